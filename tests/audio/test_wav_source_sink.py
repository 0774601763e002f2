"""WAV files standing in for the microphone and the speaker, on one timeline."""

from __future__ import annotations

import wave

import numpy as np
import pytest
from audio_synth import RATE, make_call, speech

from gatekeeper.audio.base import AudioError
from gatekeeper.audio.wavfile import WavFormatError, WavSink, WavSource, read_wav


@pytest.fixture(scope="module")
def trainee_wav(tmp_path_factory) -> tuple:
    call = make_call([speech("Hallo, guten Tag.")], [], lead_s=0.2, tail_s=0.1)
    path = call.write(tmp_path_factory.mktemp("wav") / "trainee.wav", rate=44_100, channels=2)
    return path, call


def test_realtime_and_fast_frames_are_identical(trainee_wav) -> None:
    path, _ = trainee_wav
    fast = list(WavSource(path, realtime=False))
    real = list(WavSource(path, realtime=True))
    assert len(fast) == len(real) > 10
    for a, b in zip(fast, real, strict=True):
        assert a.index == b.index
        assert np.array_equal(a.samples, b.samples)


def test_tail_silence_extends_the_call(trainee_wav) -> None:
    path, call = trainee_wav
    plain = list(WavSource(path))
    src = WavSource(path, tail_silence_s=2.0)
    tailed = list(src)
    assert len(tailed) - len(plain) in (62, 63)  # 2 s = 62.5 frames
    pairs = zip(plain[:-1], tailed[: len(plain) - 1], strict=True)
    assert all(np.array_equal(a.samples, b.samples) for a, b in pairs)
    assert not np.concatenate([f.samples for f in tailed[len(plain) :]]).any()
    assert src.duration_s == pytest.approx(len(tailed) * 512 / RATE)
    assert src.read() is None


def test_wav_source_keeps_speech_where_it_was(trainee_wav) -> None:
    path, call = trainee_wav
    signal = np.concatenate([f.samples for f in WavSource(path)])
    start, end = call.spans[0]
    loud = np.nonzero(np.abs(signal) > 0.01)[0]
    assert abs(int(loud[0]) - start) < 0.005 * RATE
    assert abs(int(loud[-1]) - end) < 0.005 * RATE


def test_sink_places_audio_on_the_mic_timeline(tmp_path) -> None:
    path = tmp_path / "gatekeeper.wav"
    line = np.full(4410, 0.5, np.float32)  # 0.1 s at 44.1 kHz
    with WavSink(path) as sink:
        a = sink.play(line, 44_100, at_index=8000)
        b = sink.play(line, 44_100, at_index=8500)  # still playing the first: queued
        c = sink.play(np.full(1600, 8192, np.int16), 16_000, at_index=20_000)
        sink.close(end_index=32_000)
    assert (a.start_index, a.end_index) == (8000, 9600)
    assert (b.start_index, b.end_index) == (9600, 11_200)
    assert (c.start_index, c.end_index) == (20_000, 21_600)
    assert a.done and b.done and c.done
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16_000, 1, 2)
        assert w.getnframes() == 32_000
    audio, _ = read_wav(path)
    audio = audio[:, 0]
    assert not audio[:7990].any()
    # each clip was resampled on its own: allow the filter's ringing at the clip edges
    assert np.allclose(audio[8050:9540], 0.5, atol=0.02)
    assert np.allclose(audio[9660:11_150], 0.5, atol=0.02)
    assert not np.abs(audio[11_220:19_990]).max() > 0.01
    assert np.allclose(audio[20_000:21_600], 0.25, atol=1e-3)
    assert not audio[21_610:].any()


def test_sink_file_is_valid_before_close(tmp_path) -> None:
    sink = WavSink(tmp_path / "partial.wav")
    sink.play(np.full(1600, 0.1, np.float32), 16_000, at_index=3200)
    audio, rate = read_wav(tmp_path / "partial.wav")
    assert rate == 16_000 and len(audio) == 4800
    sink.close()
    sink.close()  # idempotent
    with pytest.raises(AudioError):
        sink.play(np.zeros(10, np.float32), 16_000, at_index=0)


def test_bad_wav_files_give_one_line_errors(tmp_path) -> None:
    with pytest.raises(WavFormatError, match=r"missing.wav: cannot decode audio \(No such file"):
        WavSource(tmp_path / "missing.wav")
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not audio at all")
    with pytest.raises(WavFormatError, match=r"junk.wav: cannot decode audio \(Invalid data"):
        WavSource(junk)
