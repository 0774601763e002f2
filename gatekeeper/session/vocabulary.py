"""The call's vocabulary for Whisper: the words this trainee is about to say.

The persona's name, the company and the boss are names Whisper has never heard together
("Weber Maschinenbau"), and the judge's honesty and benefit phrases are exactly the words
whose mishearing costs the trainee a verdict ("als Kunden gewinnen", "Ausfallzeiten").
They go into the decoder prompt after a filler sentence (see ``speech.asr.build_prompt``),
so Whisper leans towards them and still writes "äh"/"ähm". The prompt only biases the
decoder: ``tests/speech/test_asr_vocabulary.py`` checks that audio without these words
does not come out with them, and ``benchmarks/asr_vocabulary.py`` measures the effect.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.packs import load_pack
from gatekeeper.scenario.model import Language

VOCABULARY_PHRASES = 8
"""Judge phrases per category in the prompt. Each prompt token is decoded once per
utterance, so the prompt stays short: the strongest phrases, each bringing a word the
prompt does not have yet ("als Kunden gewinnen" makes "als Kunde gewinnen" redundant)."""


def call_vocabulary(
    language: Language | str, names: tuple[str, ...], phrases: int = VOCABULARY_PHRASES
) -> tuple[str, ...]:
    """``names`` (persona, company, boss) and the judge's strongest honesty and benefit
    phrases for ``language``, names first."""
    pack = load_pack(Language(language))
    out: list[str] = [n for n in names if n]
    known = {w for n in out for w in _words(n)}
    for category in ("honest", "benefit"):
        ranked = sorted(
            ((phrase, weight) for cat, phrase, weight, _ in pack.phrases if cat == category),
            key=lambda p: -p[1],
        )
        taken = 0
        for phrase, _ in ranked:
            new = _words(phrase) - known
            if taken >= phrases or not new:
                continue
            out.append(phrase)
            known |= new
            taken += 1
    return tuple(out)


def _words(text: str) -> set[str]:
    """The stems of a phrase's longer words (so "Kunde" and "Kunden" are one word)."""
    return {w.lower()[:5] for w in text.replace(".", " ").split() if len(w) >= 4}
