"""Spotting filler words ("äh", "um", "halt", "you know").

Fillers are counted (the scorecard rates them per minute) and then removed before any cue is
matched, so "ich möchte ähm ihren Chef als Kunden gewinnen" matches the same phrase as the
fluent sentence. Some words are fillers only in context: English "like" is a filler in
"it's like great" but a verb in "I'd like to"; German "also" only at the start of an answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gatekeeper.dialogue.judge.normalize import Token, normalise
from gatekeeper.dialogue.judge.packs import ContextFiller
from gatekeeper.scenario.model import Language


@dataclass(frozen=True)
class _Rule:
    words: tuple[str, ...]
    written: str
    context: ContextFiller | None = None


class FillerSpotter:
    """Splits an utterance into content tokens and filler occurrences."""

    def __init__(
        self,
        language: Language,
        fillers: Iterable[str],
        context_fillers: Iterable[ContextFiller] = (),
    ) -> None:
        rules: list[_Rule] = []
        for written in fillers:
            words = tuple(normalise(written, language).split())
            if words:
                rules.append(_Rule(words, written))
        for cf in context_fillers:
            words = tuple(normalise(cf.words, language).split())
            if words:
                rules.append(_Rule(words, cf.words, cf))
        # by first word, longest first, so "na ja" wins over a shorter rule at the same place
        self._rules: dict[str, list[_Rule]] = {}
        for rule in sorted(rules, key=lambda r: -len(r.words)):
            self._rules.setdefault(rule.words[0], []).append(rule)

    def split(self, tokens: Sequence[Token]) -> tuple[list[Token], list[tuple[str, str]]]:
        """Return (content tokens, [(filler as written in the pack, words as said)])."""
        norms = [t.norm for t in tokens]
        content: list[Token] = []
        found: list[tuple[str, str]] = []
        i = 0
        while i < len(tokens):
            rule = self._match(norms, i, at_start=not content)
            if rule is None:
                content.append(tokens[i])
                i += 1
                continue
            n = len(rule.words)
            found.append((rule.written, " ".join(t.surface for t in tokens[i : i + n])))
            i += n
        return content, found

    def _match(self, norms: Sequence[str], i: int, at_start: bool) -> _Rule | None:
        for rule in self._rules.get(norms[i], ()):
            n = len(rule.words)
            if tuple(norms[i : i + n]) != rule.words:
                continue
            if rule.context is None or _context_allows(rule.context, norms, i, n, at_start):
                return rule
        return None


def _context_allows(
    cf: ContextFiller, norms: Sequence[str], i: int, n: int, at_start: bool
) -> bool:
    before = norms[i - 1] if i > 0 else None
    after = norms[i + n] if i + n < len(norms) else None
    if cf.only_at_start and not at_start:
        return False
    if cf.after is not None and not (at_start or before in cf.after):
        return False
    if before is not None and before in cf.not_after:
        return False
    return after is None or after not in cf.not_before
