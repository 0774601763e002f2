"""Real transcription with the offline Whisper models on espeak-ng speech (no mocks)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz
from speechwav import (
    concat_wavs,
    make_noise_wav,
    make_silence_wav,
    make_speech_wav,
    voiced_span,
)

from gatekeeper.speech.asr import (
    AudioFileError,
    SpeechToText,
    WhisperTranscriber,
    load_wav,
    transcribe_file,
)
from gatekeeper.speech.models import ModelError

pytestmark = pytest.mark.models

GERMAN = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
ENGLISH = "I would like to win your boss as a customer for our company."
TOLERANCE_S = 0.3


def _has_words(text: str, words: list[str], min_found: int) -> bool:
    tokens = text.lower().replace(",", " ").replace(".", " ").split()
    found = [w for w in words if any(fuzz.ratio(w.lower(), t) >= 80 for t in tokens)]
    return len(found) >= min_found


def test_whisper_transcriber_is_a_speech_to_text(tiny_en) -> None:
    assert isinstance(tiny_en, SpeechToText)


def test_german_sentence_with_base(base_de, speech_dir: Path) -> None:
    wav = make_speech_wav(GERMAN, speech_dir / "de.wav", "de", pad_start_s=1.2, pad_end_s=0.8)
    transcript = transcribe_file(wav, "de", base_de)
    assert transcript.language == "de"
    assert _has_words(transcript.text, ["möchte", "Kunden", "Unternehmen", "gewinnen"], 2), (
        transcript.text
    )
    start, end = voiced_span(wav)
    assert len(transcript.segments) == 1
    assert abs(transcript.segments[0].start_s - start) <= TOLERANCE_S
    assert abs(transcript.segments[0].end_s - end) <= TOLERANCE_S


@pytest.mark.parametrize("model", ["tiny_en", "base_en"])
def test_english_sentence(model: str, request, speech_dir: Path) -> None:
    transcriber = request.getfixturevalue(model)
    wav = make_speech_wav(ENGLISH, speech_dir / "en.wav", "en", pad_start_s=0.7, pad_end_s=1.0)
    transcript = transcribe_file(wav, "en", transcriber)
    assert _has_words(transcript.text, ["would", "like", "win", "customer", "company"], 4), (
        transcript.text
    )
    start, end = voiced_span(wav)
    assert abs(transcript.start_s - start) <= TOLERANCE_S
    assert abs(transcript.end_s - end) <= TOLERANCE_S


def test_start_s_puts_an_utterance_on_the_call_timeline(tiny_en, speech_dir: Path) -> None:
    wav = make_speech_wav(
        "Good morning, this is Thomas.", speech_dir / "gm.wav", "en", pad_start_s=0.4
    )
    audio = load_wav(wav)
    local = tiny_en.transcribe(audio)
    shifted = tiny_en.transcribe(audio, start_s=12.5)
    assert local.text and shifted.text == local.text
    assert shifted.segments[0].start_s == pytest.approx(local.segments[0].start_s + 12.5)
    assert shifted.segments[0].end_s == pytest.approx(local.segments[0].end_s + 12.5)
    assert all(12.5 <= w.start_s <= shifted.end_s for w in shifted.segments[0].words)


def test_two_utterances_and_the_gap_between_them(base_de, speech_dir: Path) -> None:
    first = make_speech_wav(
        "Guten Tag, hier ist Thomas Berger.", speech_dir / "a.wav", "de", pad_start_s=0.5
    )
    silence = make_silence_wav(speech_dir / "gap.wav", 2.0)
    second = make_speech_wav(GERMAN, speech_dir / "b.wav", "de", pad_end_s=0.5)
    wav = concat_wavs(speech_dir / "ab.wav", first, silence, second)
    transcript = transcribe_file(wav, "de", base_de)
    assert len(transcript.segments) == 2, transcript.segments
    first_end = voiced_span(first)[1]
    second_start = len(load_wav(first)) / 16000 + 2.0 + voiced_span(second)[0]
    assert abs(transcript.segments[0].end_s - first_end) <= TOLERANCE_S
    assert abs(transcript.segments[1].start_s - second_start) <= TOLERANCE_S
    # espeak-ng German is hard to understand; this test is about timing, so words lightly
    assert _has_words(transcript.segments[0].text, ["Guten", "Tag", "Thomas", "Berger"], 2)
    assert _has_words(transcript.segments[1].text, ["möchte", "Chef", "Kunden", "gewinnen"], 1)


def test_stereo_44k_file_is_mixed_down_and_resampled(tiny_en, speech_dir: Path) -> None:
    wav = make_speech_wav(
        ENGLISH, speech_dir / "st.wav", "en", rate=44100, channels=2, pad_start_s=0.5
    )
    mono = make_speech_wav(ENGLISH, speech_dir / "mono.wav", "en", pad_start_s=0.5)
    audio = load_wav(wav)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(len(audio) - len(load_wav(mono))) <= 160  # same length at 16 kHz (10 ms)
    transcript = transcribe_file(wav, "en", tiny_en)
    assert _has_words(transcript.text, ["would", "like", "customer", "company"], 3)


# -- nothing from nothing ---------------------------------------------------------------------


def test_digital_silence_is_empty_without_running_the_model(base_de, speech_dir: Path) -> None:
    wav = make_silence_wav(speech_dir / "silence.wav", 3.0)
    transcript = base_de.transcribe(load_wav(wav))
    assert transcript.empty and transcript.segments == []


@pytest.mark.parametrize("kind", ["whitenoise", "pinknoise", "brownnoise"])
@pytest.mark.parametrize("volume", [0.003, 0.03, 0.3])
def test_noise_is_empty(base_de, speech_dir: Path, kind: str, volume: float) -> None:
    wav = make_noise_wav(speech_dir / f"{kind}-{volume}.wav", 2.0, kind, volume)
    transcript = base_de.transcribe(load_wav(wav))
    assert transcript.text == "", transcript.segments


def test_noise_is_empty_even_with_vocabulary_hints(base_de, speech_dir: Path) -> None:
    hinted = WhisperTranscriber(
        base_de.model,
        "de",
        hints=["Frau Schneider", "Müller GmbH", "Herr Weber"],
        keep_fillers=True,
    )
    assert "Frau Schneider" in hinted.prompt
    for kind in ("whitenoise", "pinknoise"):
        wav = make_noise_wav(speech_dir / f"hint-{kind}.wav", 2.0, kind, 0.01)
        assert hinted.transcribe(load_wav(wav)).text == ""


def test_downloaded_copy_of_tiny_en_loads_and_transcribes(
    tiny_en,
    isolated_dirs: Path,
    http_server,
    speech_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The download path end to end, with the packaged tiny.en files as the "remote" model."""
    import shutil

    from gatekeeper.speech.models import resolve_model

    shutil.copytree(tiny_en.model.path, http_server.root / "tiny.en")
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", http_server.url)
    monkeypatch.setattr("gatekeeper.speech.models.OFFLINE_PACKAGES", ())
    found = resolve_model("tiny.en")
    assert found.source == "download"
    transcriber = WhisperTranscriber(found, "en")
    wav = make_speech_wav(ENGLISH, speech_dir / "dl.wav", "en", pad_start_s=0.5)
    assert _has_words(transcriber.transcribe(load_wav(wav)).text, ["customer", "company"], 2)


# -- bad input --------------------------------------------------------------------------------


def test_english_only_model_refuses_german(tiny_en) -> None:
    with pytest.raises(ModelError, match="only English"):
        WhisperTranscriber(tiny_en.model, "de")


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="no such file"):
        load_wav(tmp_path / "missing.wav")
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"RIFF....not really")
    with pytest.raises(AudioFileError, match="junk.wav: cannot decode audio"):
        load_wav(junk)


def test_live_path_hears_the_same_words_in_a_short_window(base_en, speech_dir: Path) -> None:
    wav = make_speech_wav(ENGLISH, speech_dir / "live.wav", "en", pad_start_s=0.3, pad_end_s=0.3)
    audio = load_wav(wav)
    live = base_en.transcribe_utterance(audio, start_s=4.0)
    assert _has_words(live.text, ["would", "like", "win", "customer", "company"], 4), live.text
    start, end = voiced_span(wav)
    assert abs(live.start_s - (4.0 + start)) <= TOLERANCE_S
    assert abs(live.end_s - (4.0 + end)) <= TOLERANCE_S
    asked: list[int] = []

    def no_longer_wanted() -> bool:
        asked.append(1)
        return False

    abandoned = base_en.transcribe_utterance(audio, still_wanted=no_longer_wanted)
    assert abandoned.text == "" and abandoned.segments == [] and asked
