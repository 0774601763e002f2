"""Selecting calls by day and workshop, shared by the leaderboard and the exports.

A "day" is a calendar day where the coach is (local time, or the zone given to the store),
turned into a half-open UTC range so it matches the stored UTC timestamps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from gatekeeper.store.converters import clean_name, to_iso


def day_window(day: date, tz: tzinfo | None) -> tuple[str, str]:
    """``[local midnight, next local midnight)`` as UTC ISO text."""

    def midnight(d: date) -> datetime:
        naive = datetime.combine(d, time.min)
        # astimezone() on a naive value applies the system's rules for that date (DST-safe).
        return naive.astimezone() if tz is None else naive.replace(tzinfo=tz)

    return to_iso(midnight(day)), to_iso(midnight(day + timedelta(days=1)))


@dataclass(frozen=True)
class CallFilter:
    day: date | None = None
    workshop: str | None = None
    finished_only: bool = True

    def where(self, tz: tzinfo | None) -> tuple[str, dict[str, Any]]:
        """SQL for a WHERE clause over ``calls c`` / ``workshops w`` and its parameters."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.finished_only:
            clauses.append("c.ended_at IS NOT NULL")
        if self.day is not None:
            params["day_start"], params["day_end"] = day_window(self.day, tz)
            clauses.append("c.started_at >= :day_start AND c.started_at < :day_end")
        if self.workshop is not None:
            params["workshop_key"] = clean_name(self.workshop, "workshop name")[1]
            clauses.append("w.name_key = :workshop_key")
        return (" AND ".join(clauses) or "1"), params

    def to_json(self) -> dict[str, Any]:
        return {
            "day": None if self.day is None else self.day.isoformat(),
            "workshop": self.workshop,
        }
