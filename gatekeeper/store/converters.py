"""Rows <-> domain objects, and the few value conversions SQLite needs.

Timestamps are stored as UTC ISO 8601 text with a fixed width
(``2025-03-14T09:30:00.000000+00:00``) so that comparing the text compares the times.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gatekeeper.dialogue.types import CallReport, TurnRecord
from gatekeeper.scenario.model import UNSCORED_OUTCOMES, Kind, Outcome
from gatekeeper.store.models import (
    CallSummary,
    StoredScoreItem,
    StoredTurn,
    Trainee,
    Workshop,
)

MAX_NAME_CHARS = 80


# --- values ------------------------------------------------------------------------------


def to_iso(moment: datetime) -> str:
    """UTC, microseconds, explicit offset. A naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def clean_name(name: str, what: str = "trainee name") -> tuple[str, str]:
    """Return ``(display name, unique key)``.

    The display name is NFC-normalised with runs of whitespace collapsed; the key is its
    ``casefold()``, so "Jürgen", "JÜRGEN" and a decomposed "Ju\u0308rgen" are one trainee
    (SQLite's NOCASE only folds ASCII).
    """
    if not isinstance(name, str):
        raise ValueError(f"{what} must be text, got {type(name).__name__}")
    display = " ".join(unicodedata.normalize("NFC", name).split())
    if not display:
        raise ValueError(f"{what} is empty")
    if len(display) > MAX_NAME_CHARS:
        raise ValueError(f"{what} is longer than {MAX_NAME_CHARS} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in display):
        raise ValueError(f"{what} contains control characters")
    return display, display.casefold()


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _dump(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


# --- rows -> domain ----------------------------------------------------------------------


def trainee_from_row(row: sqlite3.Row) -> Trainee:
    return Trainee(
        id=row["id"],
        name=row["name"],
        created_at=from_iso(row["created_at"]),
        last_used_at=from_iso(row["last_used_at"]),
    )


def workshop_from_row(row: sqlite3.Row) -> Workshop:
    return Workshop(id=row["id"], name=row["name"], created_at=from_iso(row["created_at"]))


def recording_path(stored: str | None, base: Path) -> Path | None:
    """Relative recording paths are relative to the history file's folder."""
    if stored is None:
        return None
    path = Path(stored)
    return path if path.is_absolute() else base / path


CALL_SUMMARY_COLUMNS = """
    c.id, c.trainee_id, t.name AS trainee_name, c.scenario_id, c.scenario_title, c.language,
    c.seed, w.name AS workshop, c.started_at, c.ended_at, c.outcome, c.score, c.pitch_kind,
    c.silence_after_pitch_s, c.trainee_broke_silence, c.recording_path
"""
CALL_SUMMARY_FROM = """
    calls c JOIN trainees t ON t.id = c.trainee_id LEFT JOIN workshops w ON w.id = c.workshop_id
"""


def call_summary_from_row(row: sqlite3.Row, base: Path) -> CallSummary:
    return CallSummary(
        id=row["id"],
        trainee_id=row["trainee_id"],
        trainee_name=row["trainee_name"],
        scenario_id=row["scenario_id"],
        scenario_title=row["scenario_title"],
        language=row["language"],
        seed=row["seed"],
        workshop=row["workshop"],
        started_at=from_iso(row["started_at"]),
        ended_at=from_iso(row["ended_at"]),
        outcome=None if row["outcome"] is None else Outcome(row["outcome"]),
        score=row["score"],
        pitch_kind=None if row["pitch_kind"] is None else Kind(row["pitch_kind"]),
        silence_after_pitch_s=row["silence_after_pitch_s"],
        trainee_broke_silence=_bool(row["trainee_broke_silence"]),
        recording_path=recording_path(row["recording_path"], base),
    )


def turn_from_row(row: sqlite3.Row) -> StoredTurn:
    return StoredTurn(
        ordinal=row["ordinal"],
        speaker=row["speaker"],
        text=row["text"],
        start_s=row["start_s"],
        end_s=row["end_s"],
        kind=None if row["kind"] is None else Kind(row["kind"]),
        step=row["step"],
        line=row["line_id"],
        interrupted=bool(row["interrupted"]),
        barged_in=bool(row["barged_in"]),
        judgement=_json(row["judgement_json"]),
        silence_after_s=row["silence_after_s"],
        silence_held=None if row["silence_held"] is None else bool(row["silence_held"]),
        section=row["section"],
    )


def score_item_from_row(row: sqlite3.Row) -> StoredScoreItem:
    return StoredScoreItem(
        item=row["item"],
        points=row["points"],
        max_points=row["max_points"],
        evidence=row["evidence"],
        tip=row["tip"],
        section=row["section"],
    )


def report_from_row(row: sqlite3.Row) -> dict[str, Any] | None:
    return _json(row["report_json"])


# --- domain -> rows ----------------------------------------------------------------------


def turn_params(call_id: int, ordinal: int, turn: TurnRecord) -> dict[str, Any]:
    judgement = turn.judgement
    return {
        "call_id": call_id,
        "ordinal": ordinal,
        "speaker": turn.speaker,
        "text": turn.text,
        "start_s": float(turn.start_s),
        "end_s": float(turn.end_s),
        "kind": None if judgement is None else judgement.kind.value,
        "judgement_json": None if judgement is None else _dump(judgement.to_json()),
        "step": turn.step,
        "line_id": turn.line,
        "interrupted": int(turn.interrupted),
        "barged_in": int(turn.barged_in),
        "section": turn.section,
    }


def report_params(report: CallReport) -> dict[str, Any]:
    """The call columns a finished report fills in."""
    return {
        "outcome": report.outcome.value,
        # a call that broke off (lost microphone, engine cap) is kept but has no score
        "score": None if report.outcome in UNSCORED_OUTCOMES else int(report.scorecard.score),
        "pitch_kind": None if report.pitch_kind is None else report.pitch_kind.value,
        "silence_after_pitch_s": report.silence_after_pitch_s,
        "trainee_broke_silence": None
        if report.trainee_broke_silence is None
        else int(report.trainee_broke_silence),
        "shock_pause_s": report.shock_pause_s,
        "duration_s": report.duration_s,
        "report_json": _dump(report.to_json()),
    }


def score_item_params(call_id: int, report: CallReport) -> list[dict[str, Any]]:
    return [
        {
            "call_id": call_id,
            "ordinal": ordinal,
            "item": line.item.value,
            "points": float(line.points),
            "max_points": float(line.max_points),
            "evidence": line.evidence,
            "tip": line.tip,
            "section": line.section,
        }
        for ordinal, line in enumerate(report.scorecard.items)
    ]
