"""The labelled answers to the boss, one file per language (``moves_de.yaml``, ``moves_en.yaml``).

Each item is one thing a caller said to the boss: what it answers (his selling question, "Was
habe ich davon?", his room to talk, the end of the call), the moves it contains and, as
``near_miss``, the moves it only seems to contain (a rhetorical question is a near miss of
``asks_about_him``). The set was written blind — by someone who never saw the rules — so its
figures say how the move rules do on phrasing nobody tuned them on. The split between items
the rules may be tuned on and items kept aside is computed from the text, as for the kinds
(:func:`gatekeeper.corpus.split_of`), unless an item names its own ``split``: a set written
after the rules were last tuned is appended with ``split: hold`` and kept aside whole.

``lie`` is not a move rule of its own: it is the judge's ``pretext`` verdict on the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from gatekeeper.corpus import HERE, read_checked, split_of
from gatekeeper.dialogue.judge.rules import MOVES
from gatekeeper.scenario.model import Language, Turn

LIE = "lie"
LABELS = (*MOVES, LIE)


class Answers(StrEnum):
    """Which of the boss's lines the item answers, and so how it is judged."""

    suspicious = "suspicious"  # "Sie wollen mir bestimmt nur etwas verkaufen, oder?"
    what_for_me = "what_for_me"  # "Was habe ich davon?"
    open = "open"  # "Erzählen Sie."
    appointment = "appointment"  # "Und jetzt?"
    how_long = "how_long"  # "Und wie lange brauchen Sie?"

    @property
    def turn(self) -> Turn:
        return Turn.benefit if self is Answers.what_for_me else Turn.pitch


Move = StrEnum("Move", {name: name for name in LABELS})  # type: ignore[misc]


class MoveItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    answers: Answers
    text: str
    moves: list[Move]  # type: ignore[valid-type]
    near_miss: list[Move] = []  # type: ignore[valid-type]
    source: str
    note: str | None = None
    split_: Literal["tune", "hold"] | None = Field(default=None, alias="split")

    @property
    def split(self) -> str:
        """The item's own ``split`` where it has one (an item written after the rules were
        last tuned is kept aside whole: ``split: hold``), else the hash of its text."""
        return self.split_ or split_of(self.text)

    @property
    def written_in(self) -> str:
        """The set the item was written in ("blind boss set 2"), without its style note."""
        return self.source.split(" (")[0].strip()

    def has(self, move: str) -> bool:
        return any(m.value == move for m in self.moves)


class MoveCorpus(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language
    items: list[MoveItem]


def default_moves_path(language: Language | str) -> Path:
    return HERE / f"moves_{Language(language).value}.yaml"


def is_moves_file(path: Path) -> bool:
    """Whether a corpus file holds answers to the boss (items with ``moves``)."""
    try:
        head = path.read_text(encoding="utf-8")[:20_000]
    except OSError:
        return False
    return "moves:" in head and "answers:" in head


def load_moves(path: Path) -> MoveCorpus:
    return read_checked(path, MoveCorpus)


@dataclass
class MoveScore:
    """One move's confusion counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: bool, heard: bool) -> None:
        if label and heard:
            self.tp += 1
        elif heard:
            self.fp += 1
        elif label:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def items(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def to_json(self) -> dict[str, Any]:
        n = self.items
        return {
            "items": n,
            "accuracy": round((self.tp + self.tn) / n, 4) if n else 0.0,
            "precision": round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else None,
            "recall": round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else None,
            "with_move": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class MoveEvaluation:
    per_split: dict[str, dict[str, MoveScore]] = field(default_factory=dict)
    per_set: dict[str, dict[str, MoveScore]] = field(default_factory=dict)  # by written_in
    misses: list[tuple[MoveItem, frozenset[str]]] = field(default_factory=list)

    def add(self, item: MoveItem, heard: frozenset[str]) -> None:
        for table, key in (
            (self.per_split, item.split),
            (self.per_split, "all"),
            (self.per_set, item.written_in),
        ):
            scores = table.setdefault(key, {m: MoveScore() for m in LABELS})
            for move in LABELS:
                scores[move].add(item.has(move), move in heard)
        if {m.value for m in item.moves} != set(heard):
            self.misses.append((item, heard))

    def to_json(self) -> dict[str, Any]:
        return {
            "moves": {
                split: {m: s.to_json() for m, s in scores.items()}
                for split, scores in sorted(self.per_split.items())
            },
            "sets": {
                name: {m: s.to_json() for m, s in scores.items()}
                for name, scores in sorted(self.per_set.items())
            },
            "misses": [
                {
                    "text": item.text,
                    "answers": item.answers.value,
                    "label": sorted(m.value for m in item.moves),
                    "heard": sorted(heard),
                    "source": item.source,
                }
                for item, heard in self.misses
            ],
        }


HearsMoves = Callable[[str, Turn], frozenset[str]]


def evaluate_moves(hears: HearsMoves, items: Iterable[MoveItem]) -> MoveEvaluation:
    out = MoveEvaluation()
    for item in items:
        out.add(item, hears(item.text, item.answers.turn))
    return out


def judge_hears(judge: Any) -> HearsMoves:
    """What a :class:`~gatekeeper.dialogue.judge.Judge` hears: its moves, and ``lie`` where it
    judges the answer a pretext."""

    def hears(text: str, turn: Turn) -> frozenset[str]:
        j = judge.judge(text, turn)
        return j.moves | ({LIE} if j.kind.value == "pretext" else frozenset())

    return hears
