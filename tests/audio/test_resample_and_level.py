"""Resampling to 16 kHz keeps pitch and timing; levels in dBFS for known amplitudes."""

from __future__ import annotations

import numpy as np
import pytest

from gatekeeper.audio.level import FLOOR_DBFS, LevelMeter, peak_dbfs, rms_dbfs
from gatekeeper.audio.resample import StreamResampler, resample, to_float32, to_int16, to_mono
from gatekeeper.audio.wavfile import WavSource, read_wav, write_wav


def _tone(freq: float, rate: int, seconds: float, channels: int = 1) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    x = (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.repeat(x[:, None], channels, axis=1) if channels > 1 else x


def _peak_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("rate", [44_100, 48_000, 22_050, 16_000])
def test_stereo_wav_becomes_16k_frames_with_the_same_pitch(tmp_path, rate: int) -> None:
    path = tmp_path / "tone.wav"
    write_wav(path, _tone(1000, rate, 1.0, channels=2), rate)
    frames = list(WavSource(path))
    assert all(len(f.samples) == 512 and f.samples.dtype == np.float32 for f in frames)
    assert [f.index for f in frames] == [i * 512 for i in range(len(frames))]
    signal = np.concatenate([f.samples for f in frames])
    assert len(frames) == -(-16_000 // 512)
    assert _peak_hz(signal[:16_000], 16_000) == pytest.approx(1000, abs=2)
    assert rms_dbfs(signal[2000:14_000]) == pytest.approx(rms_dbfs(_tone(1000, rate, 1.0)), abs=0.2)


def test_streaming_resampler_keeps_the_timeline() -> None:
    """A click at 0.5 s of a 48 kHz stream lands at 0.5 s (sample 8000) at 16 kHz."""
    x = np.zeros(48_000, np.float32)
    x[24_000] = 1.0
    stream = StreamResampler(48_000)
    out = [stream.process(x[i : i + 441]) for i in range(0, len(x), 441)]
    out.append(stream.flush())
    y = np.concatenate(out)
    assert len(y) == 16_000
    assert int(np.argmax(np.abs(y))) == 8000
    assert np.allclose(y, resample(x, 48_000), atol=1e-4)


def test_float_and_24bit_wavs_are_read(tmp_path) -> None:
    import struct

    samples = np.array([0.0, 0.5, -0.5, 0.25], np.float32)
    body = samples.tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, 8000, 32_000, 4, 32)
    data = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(body))
    path = tmp_path / "float.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(data) + len(body)) + data + body)
    got, rate = read_wav(path)
    assert rate == 8000 and np.array_equal(got[:, 0], samples)

    ints = [0, 4_194_304, -4_194_304, -8_388_608]  # 0, 0.5, -0.5, -1.0
    body = b"".join(v.to_bytes(3, "little", signed=True) for v in ints)
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 24_000, 3, 24)
    data = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(body))
    path.write_bytes(b"RIFF" + struct.pack("<I", len(data) + len(body)) + data + body)
    got, _ = read_wav(path)
    assert np.allclose(got[:, 0], [0.0, 0.5, -0.5, -1.0])


def test_sample_format_conversions() -> None:
    assert to_float32(np.array([-32768, 0, 16384], np.int16)).tolist() == [-1.0, 0.0, 0.5]
    assert to_int16(np.array([-1.0, 0.5, 2.0], np.float32)).tolist() == [-32768, 16384, 32767]
    assert to_mono(np.array([[1.0, 0.0], [0.5, 0.5]], np.float32)).tolist() == [0.5, 0.5]


@pytest.mark.parametrize(
    ("amplitude", "rms_db", "peak_db"),
    [(1.0, -3.01, 0.0), (0.5, -9.03, -6.02), (0.1, -23.01, -20.0), (0.001, -63.01, -60.0)],
)
def test_sine_levels_in_dbfs(amplitude: float, rms_db: float, peak_db: float) -> None:
    x = amplitude * _tone(1000, 16_000, 0.5) / 0.5
    assert rms_dbfs(x) == pytest.approx(rms_db, abs=0.02)
    assert peak_dbfs(x) == pytest.approx(peak_db, abs=0.02)


def test_silence_and_constant_levels() -> None:
    assert rms_dbfs(np.zeros(512, np.float32)) == FLOOR_DBFS
    assert rms_dbfs(np.full(512, 0.5, np.float32)) == pytest.approx(-6.02, abs=0.01)


def test_meter_rises_at_once_and_falls_slowly() -> None:
    meter = LevelMeter(release_db_per_s=20.0)
    loud = np.full(512, 0.5, np.float32)
    assert meter.update(loud) == pytest.approx(-6.02, abs=0.01)
    after = meter.update(np.zeros(512, np.float32))
    assert after == pytest.approx(-6.02 - 20.0 * 0.032, abs=0.01)
