"""The judge's labelled corpus: every utterance once, with its label and where it came from.

One YAML file per language (``de.yaml``, ``en.yaml`` beside this module, shipped with the
package so ``gatekeeper judge --eval`` works from an installed copy). Each item says what was
said (``text``), after which question (``turn``), what it is (``kind``, ``benefit``) and where
it came from (``source``); a label corrected later keeps a ``note`` with the reason.

The split between items the rules may be tuned on and items kept aside is computed from the
text (:func:`split_of`), never stored, so it cannot drift when items are added or copied.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from gatekeeper.scenario.model import Kind, Language, Turn, kinds_for

HERE = Path(__file__).parent

M = TypeVar("M", bound=BaseModel)

HOLD_SHARE = 30
"""Percent of the items kept aside (the ``hold`` split): never read when tuning the rules."""


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message is one line."""


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    turn: Turn
    kind: Kind
    benefit: bool
    source: str
    note: str | None = None

    @property
    def split(self) -> str:
        return split_of(self.text)


class Corpus(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language
    items: list[Item]


def split_of(text: str) -> str:
    """``hold`` or ``tune``, from a stable hash of the text (the same on every machine)."""
    return "hold" if zlib.crc32(text.strip().encode("utf-8")) % 100 < HOLD_SHARE else "tune"


def default_path(language: Language | str) -> Path:
    return HERE / f"{Language(language).value}.yaml"


def read_checked(path: Path, model: type[M]) -> M:
    """A labelled file read and validated as ``model``; every problem in one line
    (``CorpusError``): the file, the YAML line or the field, and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CorpusError(f"{path}: cannot read ({e.strerror or e})") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise CorpusError(f"{path}{where}: not valid YAML") from e
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected 'language:' and 'items:'")
    try:
        return model.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise CorpusError(f"{path}: {loc}: {first['msg']} ({e.error_count()} problem(s))") from e


def load_corpus(path: Path) -> Corpus:
    """Read and check a corpus file; every problem in one line (``CorpusError``)."""
    corpus = read_checked(path, Corpus)
    for i, item in enumerate(corpus.items):
        if item.kind not in kinds_for(item.turn):
            raise CorpusError(
                f"{path}: items.{i}: kind {item.kind.value} cannot follow {item.turn}"
            )
    return corpus


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    benefit: bool


@dataclass
class Evaluation:
    """How a judge's verdicts compare with the labels."""

    total: int = 0
    kind_right: int = 0
    benefit_right: int = 0
    # label kind -> verdict kind -> count
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    by_split: dict[str, list[int]] = field(default_factory=dict)  # split -> [right, total]
    by_source: dict[str, list[int]] = field(default_factory=dict)  # source -> [right, total]
    misses: list[tuple[Item, Verdict]] = field(default_factory=list)

    def add(self, item: Item, verdict: Verdict) -> None:
        self.total += 1
        kind_ok = verdict.kind is item.kind
        self.kind_right += kind_ok
        self.benefit_right += verdict.benefit == item.benefit
        self.confusion.setdefault(item.kind.value, Counter())[verdict.kind.value] += 1
        for table, key in ((self.by_split, item.split), (self.by_source, item.source)):
            counts = table.setdefault(key, [0, 0])
            counts[0] += kind_ok
            counts[1] += 1
        if not kind_ok or verdict.benefit != item.benefit:
            self.misses.append((item, verdict))

    def per_kind(self) -> dict[str, tuple[int, int]]:
        return {k: (row[k], sum(row.values())) for k, row in self.confusion.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.total,
            "kind_accuracy": _ratio(self.kind_right, self.total),
            "benefit_accuracy": _ratio(self.benefit_right, self.total),
            "per_kind": {
                k: {"right": r, "items": n, "accuracy": _ratio(r, n)}
                for k, (r, n) in self.per_kind().items()
            },
            "per_split": {
                s: {"right": r, "items": n, "accuracy": _ratio(r, n)}
                for s, (r, n) in sorted(self.by_split.items())
            },
            "per_source": {
                s: {"right": r, "items": n, "accuracy": _ratio(r, n)}
                for s, (r, n) in sorted(self.by_source.items())
            },
            "confusion": {k: dict(row) for k, row in self.confusion.items()},
            "misses": [
                {
                    "text": item.text,
                    "turn": item.turn.value,
                    "label": {"kind": item.kind.value, "benefit": item.benefit},
                    "verdict": {"kind": v.kind.value, "benefit": v.benefit},
                    "source": item.source,
                }
                for item, v in self.misses
            ],
        }


def _ratio(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


Judging = Callable[[str, Turn], Verdict]


def evaluate(judge: Judging, items: Iterable[Item]) -> Evaluation:
    out = Evaluation()
    for item in items:
        out.add(item, judge(item.text, item.turn))
    return out
