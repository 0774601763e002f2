"""How a sentence ends: does the voice rise (uptalk) or fade away?

The boss in the technique likes callers who know what they offer. Two habits of the voice give
the opposite away, whatever the words say:

- **uptalk** — a statement that ends *rising*, as if it were a question ("Wir senken Ihre
  Kosten um zehn Prozent?"). It asks for approval instead of stating a fact;
- **fading** — the level drops away on the last words, as if the speaker lost faith in the
  sentence while saying it.

Both are measured on the *last voiced second* of an utterance, with Praat's own pitch and
intensity algorithms (through ``praat-parselmouth``), never a hand-written pitch tracker:

- pitch movement (semitones) = median pitch of the final ``END_PART_S`` of voicing minus the
  median of the voiced frames before it inside the last second. Semitones make a 5 st rise
  mean the same for a low and a high voice. Frames more than ``OCTAVE_JUMP_ST`` away from the
  window's median are dropped: those are the tracker's octave errors, not the voice;
- level drop (dB) = the loud end (90th percentile) of the intensity over the sentence's body
  minus the same over its last ``END_LEVEL_S``. The sentence spans the frames within
  ``SPEECH_RANGE_DB`` of its loudest one, so the silence after it never reads as "fading".
  Percentiles of the loud end, not medians of voiced frames: an unstressed last syllable
  ("Kun-*den*", "cus-to-*mer*") is naturally quiet, but the stressed syllable before it is
  still in the window; a speaker who fades lets the whole last word or two drop. (Voiced
  frames alone fail here: a fading ending loses its voicing first, so the window would slide
  back onto the louder words.)

Where there is too little voicing to decide (a one-word answer, noise only), the measure is
``None`` and nothing is judged. The thresholds are named below; ``benchmarks/delivery_prosody.py``
measures how often they are right on speech whose ending was set by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from gatekeeper.dialogue.types import Delivery

Contour = Literal["rising", "falling", "flat"]

PITCH_FLOOR_HZ = 50.0  # low male voices end near 60 Hz
PITCH_CEILING_HZ = 500.0
TIME_STEP_S = 0.01
FINAL_WINDOW_S = 1.0  # the last voiced second
END_PART_S = 0.2  # what "the end" of the sentence is, for pitch
OCTAVE_JUMP_ST = 7.0
MIN_VOICED_S = 0.3  # less voicing than this in the last second: no verdict
RISING_ST = 2.0  # at least this much up at the end: uptalk
FALLING_ST = -2.0  # at least this much down: a falling, finished statement
SPEECH_RANGE_DB = 35.0
BODY_GAP_S = 1.0  # the body ends this long before the end of speech
END_LEVEL_S = 0.5
FADING_DB = 4.5  # the last words this much quieter than the rest: fading away
CONTOUR_POINTS = 48  # how finely the scorecard draws the pitch of a sentence


@dataclass(frozen=True)
class Ending:
    """What the voice did at the end of one utterance. Times are seconds from the start of
    the audio that was measured (add the utterance's ``start_s`` for the call timeline)."""

    pitch_movement_st: float | None
    level_drop_db: float | None
    window_start_s: float | None  # where the last voiced second begins
    voiced_end_s: float | None  # the last voiced frame
    pitch_track: tuple[tuple[float, float], ...] = ()  # (time_s, Hz), voiced frames only

    @property
    def contour(self) -> Contour | None:
        return contour_of(self.pitch_movement_st)

    @property
    def uptalk(self) -> bool | None:
        contour = self.contour
        return None if contour is None else contour == "rising"

    @property
    def fading(self) -> bool | None:
        return None if self.level_drop_db is None else self.level_drop_db >= FADING_DB


NO_ENDING = Ending(None, None, None, None)


def contour_of(pitch_movement_st: float | None) -> Contour | None:
    """Rising, falling or flat, from the pitch movement at the end (None: not measured)."""
    if pitch_movement_st is None:
        return None
    if pitch_movement_st >= RISING_ST:
        return "rising"
    if pitch_movement_st <= FALLING_ST:
        return "falling"
    return "flat"


def _semitones(hz: np.ndarray) -> np.ndarray:
    return 12.0 * np.log2(hz / 100.0)


def measure_ending(samples: np.ndarray, sample_rate: int) -> Ending:
    """The :class:`Ending` of mono float samples (any rate Praat accepts)."""
    import parselmouth

    samples = np.asarray(samples, dtype=np.float64)
    if samples.ndim != 1 or len(samples) < int(0.1 * sample_rate):
        return NO_ENDING
    sound = parselmouth.Sound(samples, sampling_frequency=float(sample_rate))
    pitch = sound.to_pitch_ac(
        time_step=TIME_STEP_S, pitch_floor=PITCH_FLOOR_HZ, pitch_ceiling=PITCH_CEILING_HZ
    )
    hz = pitch.selected_array["frequency"]
    times = pitch.xs()
    voiced = hz > 0
    if voiced.sum() * TIME_STEP_S < MIN_VOICED_S:
        return NO_ENDING
    v_times, v_hz = times[voiced], hz[voiced]
    voiced_end = float(v_times[-1])
    window_start = max(float(v_times[0]), voiced_end - FINAL_WINDOW_S)
    track = tuple(
        (round(float(t), 3), round(float(f), 1)) for t, f in zip(v_times, v_hz, strict=True)
    )

    movement = _pitch_movement(v_times, _semitones(v_hz), window_start, voiced_end)
    intensity = sound.to_intensity(minimum_pitch=PITCH_FLOOR_HZ, time_step=TIME_STEP_S)
    drop = _level_drop(intensity.xs(), intensity.values[0])
    return Ending(movement, drop, window_start, voiced_end, track)


def _pitch_movement(
    times: np.ndarray, st: np.ndarray, window_start: float, voiced_end: float
) -> float | None:
    in_window = times >= window_start
    w_times, w_st = times[in_window], st[in_window]
    if len(w_st) * TIME_STEP_S < MIN_VOICED_S:
        return None
    sane = np.abs(w_st - np.median(w_st)) <= OCTAVE_JUMP_ST
    w_times, w_st = w_times[sane], w_st[sane]
    end = w_times >= voiced_end - END_PART_S
    before = ~end
    if end.sum() < 3 or before.sum() < 5:
        return None
    return round(float(np.median(w_st[end]) - np.median(w_st[before])), 2)


def _level_drop(times: np.ndarray, level_db: np.ndarray) -> float | None:
    finite = np.isfinite(level_db)
    times, level_db = times[finite], level_db[finite]
    if len(level_db) == 0:
        return None
    spoken = times[level_db >= level_db.max() - SPEECH_RANGE_DB]
    start, end = float(spoken[0]), float(spoken[-1])
    body = level_db[(times >= start) & (times < end - BODY_GAP_S)]
    last = level_db[(times >= end - END_LEVEL_S) & (times <= end)]
    if len(body) < 20 or len(last) < 10:
        return None
    return round(float(np.percentile(body, 90) - np.percentile(last, 90)), 2)


def delivery(samples: np.ndarray, sample_rate: int) -> Delivery:
    """The :class:`~gatekeeper.dialogue.types.Delivery` the scorecard reads: the ending's
    measures and verdicts, and the pitch contour (semitones, at most ``CONTOUR_POINTS``
    voiced points in time order) to draw."""
    ending = measure_ending(samples, sample_rate)
    hz = np.array([f for _, f in ending.pitch_track], dtype=np.float64)
    contour: tuple[float, ...] = ()
    if len(hz):
        picks = np.linspace(0, len(hz) - 1, min(CONTOUR_POINTS, len(hz))).round().astype(int)
        contour = tuple(round(float(v), 2) for v in _semitones(hz[picks]))
    return Delivery(
        ending.pitch_movement_st, ending.level_drop_db, ending.uptalk, ending.fading, contour
    )
