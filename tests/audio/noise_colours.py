"""Room noises of several colours, seeded and mixed at an exact signal-to-noise ratio.

- ``white``: flat spectrum (hiss, a bad preamp);
- ``pink``: power falling 3 dB per octave (the usual "room" stand-in);
- ``brown``: power falling 6 dB per octave, most of it below 300 Hz (traffic, ventilation);
- ``babble``: a canteen of other talkers (24 overlapping voices: espeak-ng speakers of other
  languages, each phrase looped from four random offsets) -- a murmur, not one voice one
  could follow (Silero itself rates a dozen talkers as speech);
- ``hum``: mains hum (50 Hz and its harmonics) over a fan's low rumble with its blade tone.

The SNR is speech power over the voiced samples against the noise's broadband power, the
way the timing benchmark and the issue state it.
"""

from __future__ import annotations

import functools

import numpy as np
from audio.voices_synth import RATE, say

COLOURS = ("white", "pink", "brown", "babble", "hum")

# other people in the room: voices and languages the timed speech never uses
_BABBLE_TALKERS = (
    ("espeak:fr+m2", "Bonjour, je voudrais parler avec le service des achats, s'il vous plaît."),
    ("espeak:it+f2", "Abbiamo ricevuto la fattura ieri e dobbiamo controllare gli importi."),
    ("espeak:es+m4", "La reunión de mañana empieza a las nueve en la sala grande."),
    ("espeak:nl+f4", "Kun je mij de cijfers van het laatste kwartaal nog even sturen?"),
    ("espeak:pl+m1", "Dzień dobry, dzwonię w sprawie zamówienia z zeszłego tygodnia."),
    ("espeak:sv+f1", "Vi ses efter lunch, då går vi igenom budgeten tillsammans."),
)
_BABBLE_COPIES = 4


def _shaped(n: int, rng: np.random.Generator, exponent: float) -> np.ndarray:
    """Gaussian noise whose power falls as 1/f**exponent (above 20 Hz, flat below)."""
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    spec *= np.maximum(f, 20.0) ** (-exponent / 2)
    spec[0] = 0.0
    return np.fft.irfft(spec, n)


def _babble(n: int, rng: np.random.Generator) -> np.ndarray:
    out = np.zeros(n)
    for voice, text in _BABBLE_TALKERS * _BABBLE_COPIES:
        phrase = say(text, voice).astype(np.float64)
        phrase /= np.sqrt(np.mean(phrase**2))
        pos = -int(rng.integers(0, len(phrase)))
        while pos < n:
            a, b = max(pos, 0), min(pos + len(phrase), n)
            out[a:b] += phrase[a - pos : b - pos]
            pos += len(phrase) + int(rng.uniform(0.1, 0.6) * RATE)
    return out


def _hum(n: int, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(n) / RATE
    hum = np.zeros(n)
    for k in range(1, 21):  # 50 Hz .. 1 kHz, odd harmonics stronger (transformer buzz)
        amp = (1.0 if k % 2 else 0.4) / k
        hum += amp * np.sin(2 * np.pi * 50 * k * t + rng.uniform(0, 2 * np.pi))
    fan = _shaped(n, rng, 2.0)  # rumble
    blade = np.sin(2 * np.pi * 120 * t + rng.uniform(0, 2 * np.pi))
    blade *= 1 + 0.3 * np.sin(2 * np.pi * 0.7 * t)
    fan = fan / np.std(fan) + 0.3 * blade
    hum /= np.std(hum)
    return hum + fan / np.std(fan)


@functools.lru_cache(maxsize=32)
def _unit(colour: str, n: int, seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    if colour == "white":
        x = rng.standard_normal(n)
    elif colour == "pink":
        x = _shaped(n, rng, 1.0)
    elif colour == "brown":
        x = _shaped(n, rng, 2.0)
    elif colour == "babble":
        x = _babble(n, rng)
    elif colour == "hum":
        x = _hum(n, rng)
    else:
        raise ValueError(f"unknown noise colour {colour!r}: {', '.join(COLOURS)}")
    x = x - np.mean(x)
    return (x / np.sqrt(np.mean(x**2))).astype(np.float32).tobytes()


def noise(colour: str, samples: int, level_dbfs: float, seed: int = 1) -> np.ndarray:
    """``samples`` of ``colour`` noise at an RMS of ``level_dbfs``."""
    unit = np.frombuffer(_unit(colour, samples, seed), dtype=np.float32)
    return (unit * 10 ** (level_dbfs / 20)).astype(np.float32)


def mix(
    signal: np.ndarray,
    spans: list[tuple[int, int]],
    colour: str,
    snr_db: float | None,
    seed: int = 1,
) -> np.ndarray:
    """``signal`` with ``colour`` noise so that voiced power / noise power is ``snr_db``
    (None: unchanged)."""
    if snr_db is None:
        return signal
    voiced = np.concatenate([signal[a:b] for a, b in spans])
    speech_db = 10 * np.log10(np.mean(np.square(voiced, dtype=np.float64)))
    return (signal + noise(colour, len(signal), speech_db - snr_db, seed)).astype(np.float32)
