"""What the history holds, as the rest of the app sees it.

These are plain frozen dataclasses, separate from the SQL rows (see ``converters.py``), so
the UI never depends on column names and the schema can change under a migration without
touching the screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gatekeeper.scenario.model import Kind, Outcome


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


@dataclass(frozen=True)
class Workshop:
    id: int
    name: str
    created_at: datetime


@dataclass(frozen=True)
class CallSummary:
    """One call as listed in history, trends, the leaderboard and exports."""

    id: int
    trainee_id: int
    trainee_name: str
    scenario_id: str
    scenario_title: str
    language: str
    seed: int
    workshop: str | None
    started_at: datetime
    ended_at: datetime | None  # None while the call is in progress
    outcome: Outcome | None  # None while in progress; ``abandoned`` after a crash
    score: int | None
    pitch_kind: Kind | None
    silence_after_pitch_s: float | None
    trainee_broke_silence: bool | None
    recording_path: Path | None

    @property
    def in_progress(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class StoredTurn:
    ordinal: int
    speaker: str  # "gatekeeper" | "trainee"
    text: str
    start_s: float
    end_s: float
    kind: Kind | None
    step: str | None
    line: str | None
    interrupted: bool
    barged_in: bool
    judgement: dict[str, Any] | None  # Judgement.to_json()
    silence_after_s: float | None = None  # the silence measured after this turn (the pitch)
    silence_held: bool | None = None  # True: held until she spoke; False: broken by the trainee
    section: int = 0  # who was on the line: 0 the first scenario's person, 1 the handover's


@dataclass(frozen=True)
class StoredScoreItem:
    item: str  # a ScoreItem value
    points: float
    max_points: float
    evidence: str
    tip: str
    section: int = 0  # the person on the line the item scores (see StoredTurn.section)


@dataclass(frozen=True)
class CallDetail:
    """A call with everything needed to show its scorecard again."""

    summary: CallSummary
    turns: tuple[StoredTurn, ...]
    score_items: tuple[StoredScoreItem, ...]
    report: dict[str, Any] | None  # CallReport.to_json(); None unless finished normally


@dataclass(frozen=True)
class LeaderRow:
    trainee: Trainee
    calls: int
    best_score: int | None
    longest_silence_s: float | None


@dataclass(frozen=True)
class TraineeDeleted:
    """What :meth:`Store.delete_trainee` removed."""

    trainee: Trainee
    calls: int
    recordings_removed: tuple[Path, ...]
