"""Recordings from elsewhere: one recording as WAV, FLAC, OGG, MP3 and M4A, each at another
rate and channel count, gives the same transcript through ``analyze`` and ``judge --wav``;
a file that cannot be decoded exits 2 with the decoder's reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

import av
import numpy as np
import pytest
from click.testing import CliRunner
from speechwav import make_speech_wav, tools_available

from gatekeeper.audio.resample import resample, to_int16
from gatekeeper.audio.wavfile import read_audio
from gatekeeper.cli import main

requires_speech_tools = pytest.mark.skipif(
    not tools_available(),
    reason="espeak-ng and sox make the test speech: apt-get install espeak-ng sox",
)
PITCH = "I would like to win your boss as a customer for our company."
# suffix: (container, codec, sample rate, channels, bit rate) — every one at another rate or
# channel count than the 16 kHz mono WAV; lossy ones at a phone app's usual bit rates
ENCODINGS = {
    "flac": ("flac", "flac", 44_100, 2, None),
    "ogg": ("ogg", "libopus", 48_000, 1, 64_000),
    "mp3": ("mp3", "libmp3lame", 44_100, 2, 128_000),
    "m4a": ("ipod", "aac", 32_000, 1, 96_000),
}


def encode(wav: Path, suffix: str) -> Path:
    """The recording in another format, rate and channel count, encoded by FFmpeg (PyAV)."""
    container, codec, rate, channels, bit_rate = ENCODINGS[suffix]
    samples, source_rate = read_audio(wav)
    mono = resample(samples, source_rate, rate)
    pcm = to_int16(np.repeat(mono[:, None], channels, axis=1))  # interleaved
    layout = "stereo" if channels == 2 else "mono"
    path = wav.with_suffix(f".{suffix}")
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        if bit_rate is not None:
            stream.bit_rate = bit_rate
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    wav = make_speech_wav(PITCH, folder / "pitch.wav", "en", pad_start_s=0.5, pad_end_s=0.5)
    return {"wav": wav} | {suffix: encode(wav, suffix) for suffix in ENCODINGS}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


@requires_speech_tools
def test_every_format_decodes_to_the_same_signal(recordings: dict[str, Path]) -> None:
    for suffix, path in recordings.items():
        samples, rate = read_audio(path)
        expected = ENCODINGS[suffix][2:4] if suffix in ENCODINGS else (16_000, 1)
        assert (rate, samples.shape[1]) == expected, suffix
    seconds = {s: len(read_audio(p)[0]) / read_audio(p)[1] for s, p in recordings.items()}
    # lossy codecs pad a few frames at the ends; the length is the same within 0.1 s
    assert max(seconds.values()) - min(seconds.values()) < 0.1, seconds


@requires_speech_tools
@pytest.mark.models
def test_analyze_and_judge_give_one_transcript_for_every_format(
    recordings: dict[str, Path],
) -> None:
    analyzed, judged = {}, {}
    for suffix, path in recordings.items():
        result = CliRunner().invoke(main, ["analyze", str(path), "--language", "en", "--json"])
        assert result.exit_code == 0, result.output
        analyzed[suffix] = words(json.loads(result.stdout)["text"])
        result = CliRunner().invoke(
            main, ["judge", "--language", "en", "--wav", str(path), "--json"]
        )
        assert result.exit_code == 0, result.output
        judged[suffix] = words(json.loads(result.stdout)["text"])
    assert {"win", "boss", "customer", "company"} <= set(analyzed["wav"]), analyzed["wav"]
    for suffix in recordings:
        assert analyzed[suffix] == analyzed["wav"], (suffix, analyzed[suffix], analyzed["wav"])
        assert judged[suffix] == judged["wav"], (suffix, judged[suffix], judged["wav"])


@pytest.mark.parametrize("command", [["analyze"], ["judge", "--language", "en", "--wav"]])
def test_an_undecodable_file_exits_2_with_the_decoders_reason(
    tmp_path: Path, command: list[str]
) -> None:
    junk = tmp_path / "phone-call.m4a"
    junk.write_bytes(b"\x00\x00\x00\x18ftypM4A not really an m4a")
    result = CliRunner().invoke(main, [*command, str(junk)])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "phone-call.m4a: cannot decode audio (" in message, message


@requires_speech_tools
@pytest.mark.models
def test_a_call_takes_an_ogg_recording_as_the_microphone(tmp_path: Path) -> None:
    # the pitch comes after her greeting and question (about 5 s)
    wav = make_speech_wav(PITCH, tmp_path / "call.wav", "en", pad_start_s=8.0, pad_end_s=1.0)
    result = CliRunner().invoke(
        main,
        [
            "call",
            "standard-receptionist.en",
            "--mic-file",
            str(encode(wav, "ogg")),
            "--speaker-file",
            str(tmp_path / "gatekeeper.wav"),
            "--fast",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    said = [t for t in report["turns"] if t["speaker"] == "trainee"]
    assert said and said[0]["kind"] == "honest", report["turns"]
