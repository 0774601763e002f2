"""The hallucination filter on its own (pure, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from gatekeeper.speech.hallucination import (
    SegmentScores,
    clean_segment_text,
    collapse_repeats,
    is_known_hallucination,
    longest_repeat,
    too_quiet,
)

SURE = SegmentScores(avg_logprob=-0.2, no_speech_prob=0.05, compression_ratio=1.1)
UNSURE = SegmentScores(avg_logprob=-0.8, no_speech_prob=0.4, compression_ratio=1.1)


@pytest.mark.parametrize(
    "text",
    [
        "Untertitel im Auftrag des ZDF, 2021",
        "Untertitel der Amara.org-Community",
        "Vielen Dank fürs Zuschauen!",
        "Thanks for watching!",
        "Subtitles by the Amara.org community",
        "Copyright WDR 2020",
        "Musik",
        "[Musik]",
        "♪",
        "♪♪ ♪",
        "*Musik*",
        "you",
        " .",
        "...",
        "",
    ],
)
def test_known_hallucinations_are_dropped(text: str) -> None:
    assert is_known_hallucination(text, unsure=False)
    assert clean_segment_text(text, SURE) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, Thomas Berger hier.",
        "Ich möchte Ihren Chef als Kunden gewinnen.",
        "I'd like to sell your boss something.",
        "Nein, nein, das ist kein Werbeanruf.",
    ],
)
def test_real_sentences_pass(text: str) -> None:
    assert clean_segment_text(text, SURE) == text


def test_short_polite_words_depend_on_confidence() -> None:
    assert clean_segment_text("Danke.", SURE) == "Danke."
    assert clean_segment_text("Danke.", UNSURE) == ""
    assert clean_segment_text("Thank you.", UNSURE) == ""


def test_prompt_read_back_is_dropped() -> None:
    prompt = "Frau Schneider, Müller GmbH."
    assert clean_segment_text("Frau Schneider, Müller GmbH", SURE, prompt=prompt) == ""
    assert clean_segment_text("Frau Schneider, bitte.", SURE, prompt=prompt)


@pytest.mark.parametrize(
    ("scores", "why"),
    [
        (SegmentScores(-0.1, 0.7, 1.0), "no speech"),
        (SegmentScores(-1.7, 0.1, 1.0), "very low log-prob"),
        (SegmentScores(-1.2, 0.3, 1.0), "low log-prob and some doubt"),
        (SegmentScores(-0.1, 0.1, 3.0), "compresses like a loop"),
    ],
)
def test_decoder_doubt_drops_segment(scores: SegmentScores, why: str) -> None:
    assert clean_segment_text("Ich bin der Herr Schäfer.", scores) == "", why


def test_unclear_but_real_speech_is_kept() -> None:
    # measured: espeak-ng German through base at beam 1
    scores = SegmentScores(avg_logprob=-1.11, no_speech_prob=0.05, compression_ratio=0.87)
    assert clean_segment_text("Ich möchte eben scher, als drunden gewinnen.", scores)


def test_loops_are_dropped_and_short_repeats_collapsed() -> None:
    loop = "Ich will die Hüfte, die Hüfte, die Hüfte, die Hüfte, die"
    assert longest_repeat(loop) == 4
    assert clean_segment_text(loop, SURE) == ""
    assert collapse_repeats("ja ja ja, das passt") == "ja, das passt"
    assert collapse_repeats("nein nein, danke") == "nein nein, danke"
    assert longest_repeat("Guten Tag") == 1


def test_energy_gate() -> None:
    rng = np.random.default_rng(1)
    assert too_quiet(np.zeros(16000, np.float32))
    assert too_quiet(np.zeros(0, np.float32))
    assert too_quiet((rng.standard_normal(16000) * 10 ** (-70 / 20)).astype(np.float32))
    tone = 0.1 * np.sin(2 * np.pi * 220 * np.arange(16000) / 16000)
    assert not too_quiet(tone.astype(np.float32))
    blip = np.zeros(16000, np.float32)
    blip[8000:8480] = tone[:480]  # 30 ms of sound is enough to ask the model
    assert not too_quiet(blip)
