"""Builders for real dialogue records, shared by the tests and the worker subprocess."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gatekeeper.dialogue.types import (
    CallReport,
    Evidence,
    Judgement,
    Scorecard,
    ScoreLine,
    TurnRecord,
)
from gatekeeper.scenario.model import Kind, Outcome, ScoreItem, Turn


class FakeClock:
    """A UTC clock that moves one second per reading unless told otherwise."""

    def __init__(self, start: datetime | None = None, step_s: float = 1.0) -> None:
        self.now = start or datetime(2025, 3, 14, 9, 0, tzinfo=UTC)
        self.step = timedelta(seconds=step_s)

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current

    def set(self, moment: datetime) -> None:
        self.now = moment


def gatekeeper_turn(text: str = "Worum geht's denn?", start_s: float = 0.0) -> TurnRecord:
    return TurnRecord(
        speaker="gatekeeper",
        text=text,
        start_s=start_s,
        end_s=start_s + 1.2,
        step="ask",
        line="ask_topic",
    )


def trainee_turn(
    text: str = "Ich möchte Ihren Chef gerne als Kunden gewinnen.",
    start_s: float = 1.5,
    kind: Kind = Kind.honest,
) -> TurnRecord:
    judgement = Judgement(
        turn=Turn.pitch,
        kind=kind,
        benefit=False,
        fillers=0,
        words=len(text.split()),
        evidence=(
            Evidence(category=kind.value, phrase="Kunden gewinnen", matched="Kunden gewinnen"),
        ),
    )
    return TurnRecord(
        speaker="trainee",
        text=text,
        start_s=start_s,
        end_s=start_s + 2.5,
        step="pitch",
        judgement=judgement,
    )


def make_report(
    score: int = 80,
    silence_s: float | None = 2.4,
    broke: bool | None = False,
    outcome: Outcome = Outcome.put_through,
    pitch_kind: Kind | None = Kind.honest,
    scenario: str = "standard-receptionist",
    turns: list[TurnRecord] | None = None,
) -> CallReport:
    items = (
        ScoreLine(
            ScoreItem.honesty, 20, 20, '"als Kunden gewinnen" at 1.5 s', "Keep it this short."
        ),
        ScoreLine(ScoreItem.silence, 25 * (score / 100), 25, f"held {silence_s} s", "Stay quiet."),
    )
    return CallReport(
        scenario=scenario,
        language="de",
        seed=7,
        turns=[gatekeeper_turn(), trainee_turn()] if turns is None else turns,
        pitch_kind=pitch_kind,
        silence_after_pitch_s=silence_s,
        trainee_broke_silence=broke,
        shock_pause_s=3.0,
        outcome=outcome,
        duration_s=12.5,
        scorecard=Scorecard(score=score, items=items),
    )
