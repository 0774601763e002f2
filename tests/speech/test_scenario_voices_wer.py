"""Every line of every bundled scenario, spoken in the voice the scenario gets on this machine
(its persona's first installed choice: Pico on a fresh install), comes back through Whisper
base with a word error rate of at most 0.20 per scenario.

The figure is printed per scenario and voice (``pytest -s`` shows it).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from gatekeeper.scenario import load_scenario
from gatekeeper.speech.line_cache import scenario_texts
from gatekeeper.speech.tts import resample
from gatekeeper.speech.voices import choose_voice, speaker_for

pytestmark = pytest.mark.models

REPO = Path(__file__).resolve().parents[2]
SCENARIO_FILES = sorted((REPO / "scenarios").glob("*.yaml"))
MAX_WER = 0.20


def words(text: str) -> list[str]:
    """Lower case, apostrophes joined (geht's -> gehts), other punctuation a word break."""
    text = unicodedata.normalize("NFC", text).lower().replace("'", "").replace("’", "")
    return re.findall(r"[\w]+", text)


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def test_word_error_rate_counts_substitutions_insertions_and_deletions():
    assert edit_distance(words("Worum geht's denn?"), words("worum gehts denn")) == 0
    assert edit_distance(["a", "b", "c"], ["a", "x", "c", "d"]) == 2
    assert edit_distance(["a", "b"], []) == 2


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.name)
def test_every_line_is_understood_in_the_default_voice(path: Path, base_de, base_en):
    scenario = load_scenario(path)
    language = scenario.language.value
    voice = choose_voice(scenario.persona.voices, language)
    assert voice is not None, f"{path.name}: no {language} voice on a fresh install"
    speaker = speaker_for(voice, scenario.persona.speaking_rate, scenario.persona.pitch)
    transcriber = {"de": base_de, "en": base_en}[language]
    errors = total = 0
    worst: list[tuple[int, str, str]] = []
    for text in scenario_texts(scenario):
        audio = resample(speaker.synthesize(text), 16_000)
        heard = transcriber.transcribe(audio.samples).text
        ref = words(text)
        wrong = edit_distance(ref, words(heard))
        errors += wrong
        total += len(ref)
        worst.append((wrong, text, heard))
    wer = errors / total
    print(f"\nWER {path.name} voice={voice.name}: {wer:.3f} ({errors}/{total} words)")
    for wrong, text, heard in sorted(worst, reverse=True)[:3]:
        if wrong:
            print(f"  {wrong} wrong: {text!r} -> {heard!r}")
    assert wer <= MAX_WER, f"{path.name} in {voice.name}: WER {wer:.3f} > {MAX_WER}"
