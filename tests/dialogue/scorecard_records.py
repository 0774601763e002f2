"""Builders for the scorecard tests: turn records with a given verdict, and the card's lines.

The scorecard reads only what the judge decided, so the tests state the verdicts directly
instead of running the judge."""

from __future__ import annotations

from gatekeeper.dialogue.types import Evidence, Judgement, Scorecard, ScoreLine, TurnRecord
from gatekeeper.scenario.model import Kind, ScoreItem, Turn


def gk(text: str, start: float, end: float, step: str, line: str) -> TurnRecord:
    return TurnRecord("gatekeeper", text, start, end, step, line=line)


def me(
    text: str,
    start: float,
    end: float,
    kind: Kind = Kind.honest,
    turn: Turn = Turn.pitch,
    benefit: bool = False,
    fillers: int = 0,
    evidence: tuple[Evidence, ...] = (),
    step: str = "ask",
    interrupted: bool = False,
) -> TurnRecord:
    words = len(text.split()) - fillers
    j = Judgement(turn, kind, benefit, fillers, words, evidence)
    return TurnRecord("trainee", text, start, end, step, judgement=j, interrupted=interrupted)


def item(card: Scorecard, which: ScoreItem) -> ScoreLine:
    (line,) = [i for i in card.items if i.item is which]
    return line


def share(card: Scorecard, which: ScoreItem) -> float:
    line = item(card, which)
    return line.points / line.max_points
