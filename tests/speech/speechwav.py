"""Make real speech (and real silence / noise) WAV files for speech tests.

Speech comes from espeak-ng, resampled and padded with sox, so tests run on audio a real
synthesiser produced rather than on arrays made up in Python. Import from tests in this
folder with ``from speechwav import make_speech_wav``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

ESPEAK_VOICES = {"de": "de", "en": "en-us"}


def tools_available() -> bool:
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def make_speech_wav(
    text: str,
    path: Path | str,
    voice: str = "de",
    rate: int = 16000,
    *,
    pad_start_s: float = 0.0,
    pad_end_s: float = 0.0,
    words_per_minute: int = 150,
    channels: int = 1,
) -> Path:
    """Speak ``text`` with espeak-ng into a 16-bit PCM WAV at ``rate`` Hz, mono by default,
    with ``pad_start_s`` / ``pad_end_s`` seconds of digital silence around it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "espeak.wav"
        _run(
            [
                "espeak-ng",
                "-v",
                ESPEAK_VOICES.get(voice, voice),
                "-s",
                str(words_per_minute),
                "-w",
                str(raw),
                text,
            ]
        )
        cmd = ["sox", str(raw), "-b", "16", "-c", str(channels), "-r", str(rate), str(path)]
        if pad_start_s or pad_end_s:
            cmd += ["pad", f"{pad_start_s}", f"{pad_end_s}"]
        _run(cmd)
    return path


def make_silence_wav(path: Path | str, seconds: float, rate: int = 16000) -> Path:
    path = Path(path)
    _run(
        ["sox", "-n", "-b", "16", "-c", "1", "-r", str(rate), str(path), "trim", "0", f"{seconds}"]
    )
    return path


def make_noise_wav(
    path: Path | str,
    seconds: float,
    kind: str = "whitenoise",
    volume: float = 0.3,
    rate: int = 16000,
) -> Path:
    """White/pink/brown noise from sox's synth at ``volume`` (linear, 1.0 = full scale)."""
    path = Path(path)
    _run(
        [
            "sox",
            "-n",
            "-b",
            "16",
            "-c",
            "1",
            "-r",
            str(rate),
            str(path),
            "synth",
            f"{seconds}",
            kind,
            "vol",
            f"{volume}",
        ]
    )
    return path


def read_mono(path: Path | str) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV as float32 in [-1, 1] (channels averaged) and its rate."""
    with wave.open(str(path), "rb") as w:
        rate, channels = w.getframerate(), w.getnchannels()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    audio = pcm.astype(np.float32).reshape(-1, channels).mean(axis=1) / 32768.0
    return audio, rate


def voiced_span(path: Path | str, threshold_db: float = -40.0) -> tuple[float, float]:
    """Where the signal is, in seconds: first and last 10 ms frame louder than
    ``threshold_db`` dBFS. The ground truth for segment-time tests, measured from the file."""
    audio, rate = read_mono(path)
    hop = rate // 100
    frames = audio[: len(audio) // hop * hop].reshape(-1, hop)
    rms_db = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)
    loud = np.flatnonzero(rms_db > threshold_db)
    if loud.size == 0:
        raise ValueError(f"{path}: no frame louder than {threshold_db} dBFS")
    return loud[0] * hop / rate, (loud[-1] + 1) * hop / rate


def concat_wavs(out: Path | str, *parts: Path | str) -> Path:
    """Join WAVs (same rate and channels) end to end with sox."""
    out = Path(out)
    _run(["sox", *[str(p) for p in parts], str(out)])
    return out
