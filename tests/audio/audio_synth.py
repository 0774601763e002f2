"""Speech and room-noise test signals with exactly known voiced boundaries.

espeak-ng renders phrases; their leading/trailing silence is trimmed by an amplitude
threshold, so when a phrase is placed at sample ``i`` its voiced audio truly starts at ``i``.
sox renders pink noise with a fixed seed (``-R``), mixed in at a computed SNR.
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gatekeeper.audio.wavfile import load_mono_16k, write_wav

RATE = 16_000
VOICED_LEVEL = 0.003  # ~ -50 dBFS: espeak's silence is digital zero, its speech far above


@functools.lru_cache(maxsize=64)
def _espeak_cached(text: str, voice: str, words_per_minute: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(path), text],
            check=True,
        )
        return load_mono_16k(path).tobytes()


def speech(text: str, voice: str = "de", words_per_minute: int = 175) -> np.ndarray:
    """A phrase at 16 kHz, trimmed to its voiced samples (first to last above -50 dBFS).
    espeak-ng's German is clearer to Whisper when spoken slower (about 120 words/min)."""
    x = np.frombuffer(_espeak_cached(text, voice, words_per_minute), dtype=np.float32)
    loud = np.nonzero(np.abs(x) > VOICED_LEVEL)[0]
    return x[loud[0] : loud[-1] + 1].copy()


@functools.lru_cache(maxsize=8)
def _pink_cached(samples: int, seed: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "n.wav"
        subprocess.run(
            [
                "sox",
                "-R",
                "-n",
                "-r",
                str(RATE),
                "-c",
                "1",
                "-b",
                "16",
                str(path),
                "synth",
                f"{samples / RATE:.6f}",
                "pinknoise",
                "noise",
                str(seed),
            ],
            check=True,
        )
        x = load_mono_16k(path)
    x = np.resize(x, samples)
    return (x / np.sqrt(np.mean(np.square(x, dtype=np.float64)))).astype(np.float32).tobytes()


def pink_noise(seconds: float, level_dbfs: float, seed: int = 1) -> np.ndarray:
    """Room-like pink noise with the given RMS level."""
    unit = np.frombuffer(_pink_cached(round(seconds * RATE), seed), dtype=np.float32)
    return (unit * 10 ** (level_dbfs / 20)).astype(np.float32)


@dataclass
class Call:
    """A synthetic trainee recording and where each phrase truly is (sample indices)."""

    signal: np.ndarray
    spans: list[tuple[int, int]]

    def write(self, path: Path, rate: int = RATE, channels: int = 1) -> Path:
        out = self.signal
        if rate != RATE:
            import soxr

            out = soxr.resample(out, RATE, rate)
        if channels > 1:
            out = np.repeat(out[:, None], channels, axis=1)
        write_wav(path, out, rate)
        return path


def make_call(
    phrases: list[np.ndarray], gaps_s: list[float], lead_s: float = 1.0, tail_s: float = 1.5
) -> Call:
    """Phrases separated by exact gaps, with silence before the first and after the last."""
    assert len(gaps_s) == len(phrases) - 1
    parts, spans, pos = [np.zeros(round(lead_s * RATE), np.float32)], [], round(lead_s * RATE)
    for i, p in enumerate(phrases):
        parts.append(p)
        spans.append((pos, pos + len(p)))
        pos += len(p)
        gap = round((gaps_s[i] if i < len(gaps_s) else tail_s) * RATE)
        parts.append(np.zeros(gap, np.float32))
        pos += gap
    return Call(np.concatenate(parts), spans)


def add_noise(call: Call, snr_db: float | None, seed: int = 1) -> Call:
    """Mix pink noise so that (speech power) / (noise power) equals ``snr_db``."""
    if snr_db is None:
        return call
    voiced = np.concatenate([call.signal[a:b] for a, b in call.spans])
    speech_db = 10 * np.log10(np.mean(np.square(voiced, dtype=np.float64)))
    noise = pink_noise(len(call.signal) / RATE, speech_db - snr_db, seed)
    return Call((call.signal + noise).astype(np.float32), call.spans)
