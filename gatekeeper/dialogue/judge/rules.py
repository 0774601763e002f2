"""The judge's knowledge as named data: word families and rules (the moves of the technique).

A **family** is a named set of word forms that several rules share: the boss, selling,
customers, praise words, numbers. A **rule** is one move a caller makes ("claims to know the
boss", "names the sale"): the category it scores, why it scores it (a line tying it to the
technique), its weight, what it listens for, and its examples: sentences it must catch and
near-misses it must not. The examples are the rule's tests (``tests/judge/test_rules.py``).

A rule listens in two ways:

- ``phrases``: short cue phrases in ordinary spelling, matched fuzzily against the words of
  the utterance (misheard words, inserted words, compounds; see ``matching.py``). A phrase
  may carry its own weight as ``("phrase", 2.5)``, else the rule's weight counts;
- ``patterns``: regular expressions over the folded, filler-free utterance (umlauts as
  ``ae``, no punctuation). ``{name}`` stands for the family ``name``; quantifiers such as
  ``{0,3}`` are left alone. Each entry is one alternative of the rule's expression, so no
  single line grows into an unreadable expression (:data:`MAX_PATTERN`).

The data is plain Python, not YAML: the engine (``gatekeeper.dialogue``) depends on the
standard library, pydantic and rapidfuzz only, Python data is checked by the same type checker
and linter as the code, and every rule still knows the file and line where it is written
(:attr:`Rule.where`), which ``gatekeeper judge --explain`` prints.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gatekeeper.scenario.model import Move

MOVES = tuple(m.value for m in Move)
"""The moves the boss listens for (``packs/*/moves.py``): flags of an answer, several at once;
the same names a scenario's routes test (``if: {moves: ...}``)."""

CATEGORIES = (
    "honest",
    "pretext",
    "flattery",
    "vague",
    "dignified",
    "pushy",
    "benefit",
    *MOVES,
    "rhetorical",  # scores nothing: it only takes the question out of a rhetorical one
)

MAX_PATTERN = 200
"""Longest a family form or a pattern alternative may be written (characters)."""

_REF = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]


def _caller() -> str:
    """``file:line`` of the data file that builds a family or rule (relative to the repo)."""
    frame = sys._getframe(3)
    path = Path(frame.f_code.co_filename)
    with contextlib.suppress(ValueError):
        path = path.resolve().relative_to(_PACKAGE_ROOT)
    return f"{path}:{frame.f_lineno}"


@dataclass(frozen=True)
class Family:
    """A named family of word forms, written as regular-expression alternatives."""

    name: str
    forms: tuple[str, ...]
    why: str = ""
    where: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.where:
            object.__setattr__(self, "where", _caller())


@dataclass(frozen=True)
class Rule:
    """One move of the technique, scored for one category."""

    name: str
    category: str
    why: str
    weight: float = 1.0
    phrases: tuple[str | tuple[str, float], ...] = ()
    patterns: tuple[str, ...] = ()
    suppresses: str | None = None  # drop hits of this category on the same words
    must_catch: tuple[str, ...] = ()
    must_not_catch: tuple[str, ...] = ()
    where: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.name!r}: unknown category {self.category!r}")
        if not self.where:
            object.__setattr__(self, "where", _caller())

    def weighted_phrases(self) -> list[tuple[str, float]]:
        return [(p, self.weight) if isinstance(p, str) else p for p in self.phrases]


def expand(template: str, families: Mapping[str, Family], _seen: tuple[str, ...] = ()) -> str:
    """The regular expression a template stands for, with every ``{family}`` spelled out."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in families:
            raise KeyError(f"unknown word family {{{name}}} in {template!r}")
        if name in _seen:
            raise ValueError(f"word family {name!r} refers to itself")
        forms = "|".join(expand(f, families, (*_seen, name)) for f in families[name].forms)
        return f"(?:{forms})"

    return _REF.sub(one, template)


def rule_regex(rule: Rule, families: Mapping[str, Family]) -> str:
    """A rule's patterns as one expression (its alternatives joined)."""
    return "|".join(expand(p, families) for p in rule.patterns)


def family_index(families: Iterable[Family]) -> dict[str, Family]:
    out: dict[str, Family] = {}
    for f in families:
        if f.name in out:
            raise ValueError(
                f"word family {f.name!r} defined twice ({f.where}, {out[f.name].where})"
            )
        out[f.name] = f
    return out
