"""Checking a coach's phrases against the built-in rules' examples.

A coach phrase for one category that is heard in a sentence the built-in rules file under
another category ("das stimmt" for honesty, heard in a pretext example) would turn that
sentence around. ``gatekeeper validate`` shows each such clash as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from gatekeeper.dialogue.judge.judge import Judge
from gatekeeper.scenario.model import JudgePhrases, Language


@dataclass(frozen=True)
class Clash:
    """A coach phrase of ``category`` heard in an example of a rule of another category."""

    category: str
    index: int  # position in the scenario's judge.<category> list
    phrase: str
    rule: str
    rule_category: str
    rule_where: str
    example: str

    @property
    def message(self) -> str:
        return (
            f"coach phrase {self.phrase!r} ({self.category}) is heard in {self.example!r},"
            f" an example of the {self.rule_category} rule {self.rule!r} ({self.rule_where})"
        )


def coach_phrase_clashes(language: Language, phrases: JudgePhrases) -> list[Clash]:
    """Every coach phrase heard in a must-catch example of a built-in rule whose category
    differs (benefit phrases are only checked against benefit-free categories' examples
    of the benefit kind: none, as the flag stands beside every kind)."""
    judge = Judge(language, phrases)
    index = {
        (category, entry.phrase): i
        for category in ("honest", "pretext", "flattery", "vague", "dignified", "pushy")
        for i, entry in enumerate(phrases.entries(category))
    }
    out: list[Clash] = []
    for rule in judge.pack.rules:
        if rule.category == "benefit":
            continue
        for example in rule.must_catch:
            for hit in judge.coach_hits(example):
                if hit.category in (rule.category, "benefit"):
                    continue
                out.append(
                    Clash(
                        hit.category,
                        index.get((hit.category, hit.phrase), 0),
                        hit.phrase,
                        rule.name,
                        rule.category,
                        rule.where,
                        example,
                    )
                )
    return out
