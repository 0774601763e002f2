"""Speech from several real synthesisers, trimmed to its voiced samples.

A voice is named ``engine:voice``:

- ``espeak:de``, ``espeak:en-us+m3`` -- espeak-ng (formant synthesis; ``+variant`` changes
  the speaker);
- ``pico:de-DE``, ``pico:en-GB``, ``pico:en-US`` -- SVOX Pico through ``py-nanotts``;
- ``piper:en_US-joe-medium`` -- a Piper neural voice found by :mod:`gatekeeper.speech.voices`.

Every phrase comes back at 16 kHz, float32, trimmed to the first and last sample above
``VOICED_LEVEL`` (-50 dBFS), so a phrase placed at sample ``i`` truly starts at ``i``.
"""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np

from gatekeeper.audio.wavfile import load_mono_16k

RATE = 16_000
VOICED_LEVEL = 0.003


def _espeak(voice: str, text: str, words_per_minute: int) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(path), text],
            check=True,
            capture_output=True,
        )
        return load_mono_16k(path)


def _pico(voice: str, text: str, speed: float) -> np.ndarray:
    """Pico in a fresh interpreter: in process, ``py_nanotts`` renders the same phrase
    differently (by hundreds of samples) depending on what the process did before, so a
    benchmark's audio would change with unrelated code; a new process renders it alike
    every time."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.wav"
        subprocess.run(
            [sys.executable, "-m", "py_nanotts", text, "-o", str(path), "-v", voice]
            + ["--speed", str(speed)],
            check=True,
            capture_output=True,
        )
        return load_mono_16k(path)


def _piper(name: str, text: str) -> np.ndarray:
    """Piper's model draws random noise (its voices vary from render to render); the random
    generator is seeded from the text before the model is loaded, so a phrase is rendered
    alike in every run, whatever was rendered before it."""
    import onnxruntime

    from gatekeeper.speech.tts import PiperSpeaker, resample
    from gatekeeper.speech.voices import find_voice

    info = find_voice(name)
    if info is None:
        raise LookupError(f"Piper voice {name} is not installed")
    onnxruntime.set_seed(zlib.crc32(f"{name}:{text}".encode()))
    return resample(PiperSpeaker(info).synthesize(text), RATE).samples


@functools.lru_cache(maxsize=512)
def _raw(voice: str, text: str, rate: float) -> bytes:
    engine, _, name = voice.partition(":")
    if engine == "espeak":
        x = _espeak(name, text, round(175 * rate))
    elif engine == "pico":
        x = _pico(name, text, rate)
    elif engine == "piper":
        x = _piper(name, text)
    else:
        raise ValueError(f"unknown voice {voice!r} (espeak:, pico: or piper:)")
    return np.asarray(x, dtype=np.float32).tobytes()


def say(text: str, voice: str, rate: float = 1.0) -> np.ndarray:
    """``text`` spoken by ``voice`` at 16 kHz, trimmed to its voiced samples."""
    x = np.frombuffer(_raw(voice, text, rate), dtype=np.float32)
    loud = np.nonzero(np.abs(x) > VOICED_LEVEL)[0]
    if not len(loud):
        raise ValueError(f"{voice} said nothing audible for {text!r}")
    return x[loud[0] : loud[-1] + 1].copy()


def language_of(voice: str) -> str:
    """ "de" or "en" for a voice name."""
    name = voice.partition(":")[2].lower()
    return "de" if name.startswith("de") else "en"
