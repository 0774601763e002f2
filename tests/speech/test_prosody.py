"""The delivery check hears how a statement ends: rising (uptalk), falling or flat, and
whether the voice fades away. Speech from real synthesisers, endings set with Praat."""

from __future__ import annotations

import numpy as np
import pytest
from ending_synth import RATE, SynthVoice, impose_ending, speech

from gatekeeper.speech.prosody import NO_ENDING, measure_ending

PICO_DE = SynthVoice("pico", "de-DE", "de")
ESPEAK_EN = SynthVoice("espeak", "en-us", "en")
PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
PITCH_EN = "I would like to win your boss as a customer for our company."


@pytest.fixture(scope="module")
def pitch_de() -> np.ndarray:
    return speech(PICO_DE, PITCH, slow=False)


@pytest.mark.parametrize("shape", ["rising", "falling", "flat"])
def test_the_contour_of_the_last_second_is_heard(pitch_de: np.ndarray, shape: str) -> None:
    ending = measure_ending(impose_ending(pitch_de, shape, 5.0, 0.0), RATE)
    assert ending.contour == shape
    assert ending.uptalk is (shape == "rising")
    assert ending.fading is False


def test_a_statement_that_rises_is_uptalk_in_another_voice_and_rate() -> None:
    audio = impose_ending(speech(ESPEAK_EN, PITCH_EN, slow=True), "rising", 4.0, 0.0)
    ending = measure_ending(audio, RATE)
    assert ending.uptalk is True
    assert ending.pitch_movement_st is not None and ending.pitch_movement_st >= 2.0


def test_a_voice_that_drops_away_is_fading_whatever_the_pitch(pitch_de: np.ndarray) -> None:
    for shape in ("rising", "falling"):
        ending = measure_ending(impose_ending(pitch_de, shape, 5.0, 12.0), RATE)
        assert ending.fading is True
        assert ending.level_drop_db is not None and ending.level_drop_db >= 4.5


def test_silence_after_the_sentence_does_not_read_as_fading(pitch_de: np.ndarray) -> None:
    steady = impose_ending(pitch_de, "falling", 5.0, 0.0)
    padded = np.concatenate([np.zeros(RATE // 2, np.float32), steady, np.zeros(RATE, np.float32)])
    alone, with_silence = measure_ending(steady, RATE), measure_ending(padded, RATE)
    assert with_silence.fading is False
    assert with_silence.contour == alone.contour == "falling"
    assert with_silence.voiced_end_s == pytest.approx(alone.voiced_end_s + 0.5, abs=0.02)


def test_the_pitch_track_is_there_to_draw(pitch_de: np.ndarray) -> None:
    ending = measure_ending(pitch_de, RATE)
    times = [t for t, _ in ending.pitch_track]
    assert len(times) > 100
    assert times == sorted(times)
    assert all(50 <= hz <= 500 for _, hz in ending.pitch_track)
    assert ending.window_start_s == pytest.approx(ending.voiced_end_s - 1.0, abs=0.01)


def test_too_little_voice_gives_no_verdict() -> None:
    rng = np.random.default_rng(3)
    for audio in (
        np.zeros(RATE, np.float32),
        (rng.standard_normal(RATE) * 0.01).astype(np.float32),
        np.zeros(100, np.float32),
    ):
        ending = measure_ending(audio, RATE)
        assert ending.contour is None and ending.uptalk is None
        assert ending == NO_ENDING or ending.fading is None
