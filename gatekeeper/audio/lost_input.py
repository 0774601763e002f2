"""Input lost to an overflow: how much of it, and what stands in its place on the timeline.

The call's clock is the microphone's sample count. When the reader falls behind long enough
for the sound card's buffer to overflow, PortAudio drops the input it could not hold and
goes on; counted as delivered, every later sample would then sit early by the lost
duration (the shock pause reads short, a line is placed too soon). PortAudio stamps each
block with the time its first sample was captured (``inputBufferAdcTime``, seconds on the
stream's clock), so the hole is the distance between the time this block should have and
the time it has.

Those stamps are only believed on clear evidence (:class:`CaptureClock`):

- *PortAudio must flag the overflow.* An unflagged jump is not a loss. Measured on ALSA's
  ``pulse`` device (the test suite's PulseAudio, 20 ms blocks): while its reported latency
  settles, in the first one to two and a half seconds of a stream, the stamps of a block
  now and then run 16-24 ms ahead of the last, or up to 6 ms behind; with the callback held
  up for 3 s and for 8 s they jumped 82-85 ms and then went back by a block, and no overflow
  was flagged (the sound server buffered all of it).
- *The hole must exceed one block by* :data:`MARGIN_S` (30 ms at 20 ms blocks). Elsewhere
  the stamps jittered by under 0.1 ms, and the ``pulse`` device's early runs stay within a
  block. A real loss that short is not filled: the timeline is then early by at most that.
- *The stamps must make sense*: zero (backends that do not stamp), not a number, going
  backwards, or a hole longer than :data:`MAX_LOST_S` (not an overflow: a suspended machine
  or a restarted clock) fill nothing; the overflow is still counted.

What is put in the hole is *the room's tone* (:func:`room_tone`): noise with the level and
the spectral envelope of the quietest block of the last second. Digital zeros would be a
silence quieter than the room: the speech detector learns the room's noise from quiet
frames and judges a pause's edges against that pause's own noise, so a stretch of zeros
teaches it a room far quieter than the real one. What the trainee said during the lost
stretch is gone either way; the room's tone keeps the pause a pause without making up
anything that could be heard as a voice (repeating the last audio could repeat a word).
``benchmarks/lost_input_fill.py`` compares the room's tone, zeros and no fill at all (the
timeline shortened) in a shock pause in four kinds of room noise: how often the room is
taken for the trainee in the pause, and where the trainee's next words are heard.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

MARGIN_S = 0.01
"""A hole counts only when it is longer than one block by this much."""

MAX_LOST_S = 5.0
"""A longer hole is not taken for input lost to an overflow: the reader falling behind by
more than this is a frozen or suspended machine, whose time no call can account for."""

ROOM_S = 1.0
"""How far back the quietest block (the room's tone) is looked for."""

_SMOOTH_BINS = 5  # the quiet block's power spectrum is averaged over this many bins


def _capture_time(time_info: object) -> float | None:
    """This block's capture time in seconds, or None where the backend gives none."""
    try:
        adc = float(time_info.inputBufferAdcTime)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None
    return adc if math.isfinite(adc) and adc > 0 else None


class CaptureClock:
    """Follows PortAudio's capture times block by block and tells how many device samples
    went missing before a block (see the module docstring for when it believes them)."""

    def __init__(self, device_rate: int) -> None:
        self.device_rate = device_rate
        self._last: tuple[float, int] | None = None  # the previous block: capture time, frames

    def lost_before(self, time_info: object, frames: int, overflow: bool) -> int:
        """Device samples lost between the previous block and this one (0 unless clear)."""
        adc = _capture_time(time_info)
        last, self._last = self._last, (None if adc is None else (adc, frames))
        if adc is None or last is None or not overflow:
            return 0
        last_adc, last_frames = last
        block_s = last_frames / self.device_rate
        hole_s = adc - (last_adc + block_s)
        if hole_s <= block_s + MARGIN_S or hole_s > MAX_LOST_S:
            return 0
        return round(hole_s * self.device_rate)


def room_tone(quiet: np.ndarray | None, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` samples of noise with ``quiet``'s level, mean and spectral envelope (fresh
    random phases, one piece for the whole hole, so it neither repeats nor clicks); zeros
    when nothing was heard yet or the room is digital silence."""
    if n <= 0:
        return np.zeros(0, dtype=np.float32)
    if quiet is None or len(quiet) < 2 * _SMOOTH_BINS:
        return np.zeros(n, dtype=np.float32)
    x = quiet.astype(np.float64)
    mean = float(np.mean(x))
    level = float(np.sqrt(np.mean((x - mean) ** 2)))
    if level == 0.0:
        return np.full(n, mean, dtype=np.float32)
    power = np.abs(np.fft.rfft((x - mean) * np.hanning(len(x)))) ** 2
    power = np.convolve(power, np.ones(_SMOOTH_BINS) / _SMOOTH_BINS, mode="same")
    where = np.linspace(0.0, 1.0, n // 2 + 1)
    gain = np.sqrt(np.interp(where, np.linspace(0.0, 1.0, len(power)), power))
    tone = np.fft.irfft(np.fft.rfft(rng.standard_normal(n)) * gain, n)
    tone_level = float(np.sqrt(np.mean(tone**2)))
    if tone_level > 0.0:
        tone *= level / tone_level
    return (tone + mean).astype(np.float32)


def quietest(blocks: Iterable[np.ndarray]) -> np.ndarray | None:
    """The block with the least energy (around its mean) among ``blocks``; None if none."""
    best, best_energy = None, math.inf
    for block in blocks:
        if not len(block):
            continue
        energy = float(np.var(block))
        if energy < best_energy:
            best, best_energy = block, energy
    return best
