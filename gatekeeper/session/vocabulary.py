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

VOCABULARY_PHRASES = 12
"""Judge phrases per category in the prompt: the strongest ones, a short prompt keeps the
decoder fast (each prompt token is decoded once per utterance)."""


def call_vocabulary(
    language: Language | str, names: tuple[str, ...], phrases: int = VOCABULARY_PHRASES
) -> tuple[str, ...]:
    """``names`` (persona, company, boss) and the judge's strongest honesty and benefit
    phrases for ``language``, names first."""
    pack = load_pack(Language(language))
    out: list[str] = [n for n in names if n]
    for category in ("honest", "benefit"):
        ranked = sorted(pack.phrases.get(category, ()), key=lambda p: -p[1])
        out.extend(phrase for phrase, _ in ranked[:phrases])
    return tuple(out)
