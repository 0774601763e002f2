"""The full voice pipeline on WAV files: WAV mic -> Silero VAD -> faster-whisper -> engine ->
Piper voice -> WAV speaker, with the real offline models and voice.

The truth for each silence comes from the audio itself: where the trainee's speech was
placed in the mic file (voiced boundaries known to the sample) and where the gatekeeper's
voice starts in the speaker file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from audio.audio_synth import speech

from gatekeeper.audio.wavfile import load_mono_16k, write_wav

pytestmark = pytest.mark.models

RATE = 16_000


def build_mic(parts: list[tuple[float, np.ndarray | None]], path: Path) -> list[tuple[int, int]]:
    """Concatenate (silence seconds before, speech) parts; returns each speech's span."""
    out, spans, pos = [], [], 0
    for silence_s, clip in parts:
        n = round(silence_s * RATE)
        out.append(np.zeros(n, dtype=np.float32))
        pos += n
        if clip is not None:
            out.append(clip)
            spans.append((pos, pos + len(clip)))
            pos += len(clip)
    write_wav(path, np.concatenate(out), RATE)
    return spans


def run_call(scenario: str, mic: Path, speaker: Path | None = None, *extra: str):
    cmd = [
        sys.executable,
        "-m",
        "gatekeeper.cli",
        "call",
        scenario,
        "--mic-file",
        str(mic),
        "--fast",
        "--json",
        *extra,
    ]
    if speaker is not None:
        cmd += ["--speaker-file", str(speaker)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return done


def first_voiced_after(signal: np.ndarray, index: int, level: float = 0.003) -> int:
    loud = np.nonzero(np.abs(signal[index:]) > level)[0]
    assert len(loud), "the gatekeeper never spoke after the pitch"
    return index + int(loud[0])


@pytest.fixture(scope="module")
def pitch_en() -> np.ndarray:
    return speech("I would like to win your boss as a customer for our company.", "en-us")


def test_honest_pitch_then_silence_takes_the_shock_pause_route(tmp_path, pitch_en):
    benefit = speech("We cut his maintenance costs by fifteen percent.", "en-us")
    mic, out = tmp_path / "mic.wav", tmp_path / "speaker.wav"
    spans = build_mic([(12.0, pitch_en), (12.0, benefit), (6.0, None)], mic)
    done = run_call("standard-receptionist.en", mic, out)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pitch_kind"] == "honest"
    assert report["path"][:4] == ["greeting", "ask_purpose", "shock_pause", "what_for_boss"]
    assert report["trainee_broke_silence"] is False
    # truth: the pitch's last voiced sample -> the first sample of her voice after it
    heard = load_mono_16k(out)
    truth = (first_voiced_after(heard, spans[0][1]) - spans[0][1]) / RATE
    assert report["silence_after_pitch_s"] == pytest.approx(truth, abs=0.1)
    assert 2.0 - 0.1 <= report["silence_after_pitch_s"] <= 4.0 + 0.1
    her = report["scorecard"]["sections"][0]
    assert her["outcome"] == "put_through"  # and her boss picked up; the file ended
    pitch_turn = next(t for t in report["turns"] if t["speaker"] == "trainee")
    assert pitch_turn["end_s"] == pytest.approx(spans[0][1] / RATE, abs=0.1)
    assert pitch_turn["start_s"] == pytest.approx(spans[0][0] / RATE, abs=0.1)


def test_speaking_into_the_pause_breaks_the_silence(tmp_path, pitch_en):
    more = speech("Well, we are a software company from Leeds.", "en-us")
    mic = tmp_path / "mic.wav"
    spans = build_mic([(12.0, pitch_en), (1.0, more), (8.0, None)], mic)
    done = run_call("standard-receptionist.en", mic)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["trainee_broke_silence"] is True
    truth = (spans[1][0] - spans[0][1]) / RATE
    assert report["silence_after_pitch_s"] == pytest.approx(truth, abs=0.1)
    assert report["outcome"] == "brushed_off"
    assert report["path"][-2:] == ["shock_pause", "advantage_lost"]


def test_german_scenario_without_german_voice_runs_with_lines_as_text(tmp_path):
    # espeak-ng's German is hard for Whisper base at espeak's default speed; slower is clear
    pitch = speech(
        "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen.",
        "de",
        words_per_minute=120,
    )
    mic = tmp_path / "mic.wav"
    build_mic([(10.0, pitch), (10.0, None)], mic)
    done = run_call("standard-receptionist.de", mic)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pitch_kind"] == "honest"
    assert report["path"][:3] == ["greeting", "ask_purpose", "shock_pause"]
    if "no German voice is installed" in done.stderr:
        assert "gatekeeper voices install de_DE-" in done.stderr


def test_bad_voice_input_is_one_line_and_exit_2(tmp_path):
    missing = run_call("standard-receptionist.en", tmp_path / "nope.wav")
    assert missing.returncode == 2
    assert missing.stdout.count("\n") == 1 and "no such file" in missing.stdout
    not_wav = tmp_path / "x.wav"
    not_wav.write_text("hello")
    broken = run_call("standard-receptionist.en", not_wav)
    assert broken.returncode == 2 and "error" in json.loads(broken.stdout)
    fast_live = subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", "call", "standard-receptionist.en", "--fast"],
        capture_output=True,
        text=True,
    )
    assert fast_live.returncode == 2 and "--fast needs --mic-file" in fast_live.stderr
