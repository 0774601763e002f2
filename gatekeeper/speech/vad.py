"""Streaming voice activity detection: when does the trainee start and stop speaking?

Silero VAD (the ONNX model faster-whisper ships) scores each 32 ms frame; its LSTM state
*and* its 64-sample context window are carried from frame to frame, so scoring a call frame
by frame gives exactly what scoring it in one batch would. faster-whisper's own wrapper
starts from zero state on every call, which is why it is not used here.

A small hysteresis state machine turns probabilities into events. Frame resolution (32 ms)
is too coarse for timing a shock pause, and Silero's probability lags the audio by a frame
or two, so onsets and offsets are refined with short-window energy around the frames Silero
marked -- but only where the speech stands clearly above the room's noise:

1. *The noise is measured, per call and as it drifts.* Every frame Silero calls quiet
   (before speech, and deep inside pauses) updates a running noise spectrum (an exponential
   average over about a second) and a buffer of the latest quiet audio (1.5 s).
2. *The audio is whitened against that spectrum* before its energy is read: each frequency
   is divided by the noise's own level there. A room whose noise sits low (traffic,
   ventilation, brown noise, mains hum) then no longer hides the soft end of a word in the
   bands where speech dominates (roughly 300-3400 Hz and the fricatives above), and white
   noise is left as it is. In a clean room the spectrum is digital silence, whitening is a
   constant gain, and the refinement is exactly the sharp one of the quiet test bench.
3. *The floor is read from the whitened quiet audio itself*: the loudest 8 ms windows of the
   recent quiet buffer (a high percentile), so noise that fluctuates (other talkers) raises
   the bar by as much as it fluctuates. A window counts as voiced when it is a margin above
   that floor (and within 45 dB of the phrase's peak: a final 't' released after its closure
   or a final 'f' lies that far under a loud voice's peak).
4. *Where it cannot decide, it keeps the frame boundary*: when the phrase's loudest window is
   not clearly above the floor (:data:`_DECIDE_DB`), or nothing loud lies in the frame Silero
   heard speech in, the boundary stays where Silero put it. In noise, nothing past Silero's
   end extends a phrase (that energy is the room).
5. *A soft end buried in the noise*: in steady noise, where the energy has fallen under the
   bar but the audio up to Silero's end is still above the room's mean level
   (:data:`_TAIL_EXCESS_DB`), the word's tail goes on under the noise; its end is where a
   40 ms average last stands above the room (:meth:`StreamingVad._buried_tail_end`). In
   noise that comes and goes (other talkers; told by how far the floor stands above the
   mean, :data:`_STEADY_DB`) such a tail cannot be told from the room: the energy's end only
   counts when the audio after it is as quiet as the room's lulls, else Silero's end stays,
   and an onset is not walked back through the room's bursts.
6. *Both ends of a pause alike*: Silero is late by about as much at a pause's start as at
   its end, so when a pause's start kept Silero's frame, its end does too; a pause measured
   from a late frame to a sharp onset would come out short by Silero's lag.

7. *Settled with both sides heard.* The quick refinement above has only the audio up to the
   pause (it places :class:`EndOfTurnPending`, whose clip feeds a speculative transcription),
   and the room as it was before the phrase. A pause is scored after the fact, so its edges
   are settled again once both of its sides are heard: its start when speech resumes
   (:attr:`SpeechResumed.pause_index`) or when the end of turn is confirmed (the index of
   :class:`SpeechEnded`, from which the shock pause is timed), its end when the next phrase
   is confirmed (:class:`SpeechStarted`) or resumes. Each edge is tested against the pause's
   own noise (the audio Silero called non-speech, 0.1 s clear of Silero's last voiced frame
   and 0.15 s clear of its next one, topped up with the call's recent quiet audio when the
   pause is short), so noise that grew louder during the phrase is measured as it is at the
   edge. The test is a per-frequency likelihood ratio weighted by this voice's spectrum
   (:mod:`gatekeeper.speech.speech_edges`); where it has no clear evidence, or no noise to
   calibrate on (a quiet room's digital silence), the quick refinement's edge stays. In
   steady noise a phrase's end also takes in a final consonant that lies under the noise in
   every window but stands out of it over its whole length (an 's', 'f', or a 'kt' released
   after its closure), up to where the pause's noise is measured from. A settled end may
   lie before a :class:`SpeechResumed` already reported: the offset test, calibrated on the
   whole confirming silence, heard nothing of the voice the onset test (with only the short
   dip's noise) heard return. The later end wins -- that resumption was the room, and the
   pause runs on from the earlier end (the shock pause is timed from :class:`SpeechEnded`'s
   index). Where the two tests disagree neither is reliably right: a canteen's burst taken
   back is right, a final 'kt' taken back is wrong; keeping Silero's end instead came out
   even on the timing benchmark.
8. *The room is not the trainee.* Silero rates a canteen's murmur as speech now and then.
   Before a phrase is started (or a pause is ended), the same edge test is asked whether
   anything from Silero's onset on stands clearly above the pause's own noise (a window
   :data:`~gatekeeper.speech.speech_edges.ANCHOR_FACTOR` bars up). If the test can be made
   and hears nothing, it is the room: no :class:`SpeechStarted` (or :class:`SpeechResumed`),
   the pause goes on, and that murmur is learnt as the room's noise (its bursts belong to
   the room, and the next test must know them). A trainee who speaks at least a few dB above
   the murmur is heard as before.

   The test can only tell the room's bursts from a voice once it has heard the room long
   enough to contain them. A call that opens in murmur Silero half believes (no frame surely
   speech, :data:`_SURE`), with less than half a second of the room heard
   (:data:`_HOLD_ROOM_S`), gives a *held* start: no event yet, until the trainee's voice
   rises clearly above everything heard since (the turn starts where it rose, and what came
   before is learnt as the room), or Silero hears a pause in the stretch and it is judged
   against that pause's noise, or, after :data:`_HOLD_MAX_S`, against what little of the
   room was heard before it. The held audio stays in the turn's clip for the transcript. A
   start Silero is sure of is believed as before (a trainee who answers the moment the
   microphone opens). Likewise, in a room whose noise comes and goes (point 5) and was
   heard for less than a second (:data:`_MIN_GAP_NOISE_S`, the pause's noise and the call's
   quiet audio together), a stretch in a pause that Silero doubts is no resumption; once
   Silero is sure of it, it is tested from where Silero first heard it. Where no test can
   be made (a quiet room's digital silence), Silero is believed.
9. *A loud vowel is the voice, whatever Silero says.* Silero now and then scores the
   middle of a long vowel under its thresholds (SVOX Pico's British "An hour, ..." at
   -10 dBFS scores 0.3-0.49). A frame within :data:`_LOUD_UNDER_PEAK_DB` of the phrase's
   loudest and :data:`_LOUD_OVER_ROOM_DB` above the room is still the phrase's voice for
   two decisions: the end of the turn is timed from the last such frame (else a short
   comma pause ended the turn, and the gatekeeper spoke over the rest), and a start that
   lapsed is joined to the next one from there (else the turn began after the first
   words, which were missing from its transcript). Where a pause begins is not moved by
   it.
10. *The trainee's own level.* The trainee sits at the microphone, so within one call their
   voice reaches it at a fairly stable level: the loudest frame of each of their turns is
   remembered, and the median over their last :data:`_VOICE_TURNS` turns is their level.
   In a room whose noise comes and goes (point 5), a start whose loudest frame so far lies
   at least :data:`_FAINT_UNDER_VOICE_DB` under that level and at most
   :data:`_FAINT_OVER_ROOM_DB` above the room's mean level is more likely a burst of the
   other talkers standing out of the murmur learnt until then (which broke the shock pause:
   the trainee was told they spoke when they did not) than the trainee. It is *held*: no
   event until a frame Silero hears as voice lifts it over either bar, and then the turn
   starts where it would have (or, when that came more than :data:`_FAINT_RISE_S` after
   the held onset, from there: the trainee began inside the murmur); if Silero's voice
   lapses first, it was the room and is learnt as such (point 8). Only starts the edge
   test heard are held, so the room's bursts point 8 rejects are learnt as before. Someone
   who breaks the silence says something at their normal level and is heard as before
   (only the event comes later, its index is the same); a soft "ähm" is lost only where it
   stays within a few dB of the room. Before the call's first turn ended no level is known,
   and nothing changes. Where the trainee stands well clear of the room (20 dB), a burst
   must stay under the room-side bar; in a loud canteen (0-5 dB) the voice-side bar keeps a
   start near the trainee's own level from being held.

``benchmarks/silence_timing.py`` measures it against plain Silero across noise colours,
SNRs, voices and gaps, and what it costs the call's audio thread (a settled edge is one
short FFT pass over about two seconds of audio, a few ms, once per pause edge);
``benchmarks/voice_in_murmur.py`` counts the phrase starts still heard, and the murmur taken
for the trainee, in babble at -5, 0 and 5 dB; ``benchmarks/phrase_ends.py`` measures a
phrase's end over 60 sentences grouped by their final sound.

This module takes frames by duck type (``.index`` and ``.samples``): the audio and speech
packages are independent layers and must not import each other.
"""

from __future__ import annotations

import abc
import math
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from gatekeeper.speech import speech_edges as edges

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
CONTEXT_SAMPLES = 64
END_OF_TURN_S = 0.45
"""The silence that ends a trainee's turn, by default (``gatekeeper call --end-of-turn``): what
the app runs with, and so what the tests and the timing benchmarks measure."""
_WIN = 128  # energy window for onset/offset refinement (8 ms)
_HOP = 16  # and its hop (1 ms)
_FLOOR_MARGIN_DB = 4.0  # above the whitened noise floor counts as voiced (tuned by benchmark)
_FLOOR_PERCENTILE = 99.0  # the floor: this percentile of the quiet audio's window energies
_DECIDE_DB = 12.0  # the phrase's peak must stand this far above the floor to refine at all
# a voiced window lies within this of the phrase's peak: a word's last sound (the release of a
# final 't' after its closure, a final 'f') lies 35-45 dB under the peak of a loud voice
_VOICED_RANGE_DB = 45.0
_NOISE_AVG = 0.03  # weight of each new quiet frame in the running noise spectrum (~1 s)
_NOISE_EPS = 1e-9  # the spectrum's floor (-90 dB): digital silence whitens to a constant gain
_LOW_CUT_HZ = 60.0  # below this nothing is speech (rumble, mains)
_WHITEN_PAD = 1024
_REFINE_FRAMES = 32  # the audio the quick refinement looks at (~1 s)
_HANN = np.hanning(FRAME_SAMPLES)
_HANN_POWER = float(np.sum(_HANN**2))
_PSD_FREQS = np.fft.rfftfreq(FRAME_SAMPLES, 1 / SAMPLE_RATE)
_TAIL_EXCESS_DB = 0.5  # audio after a refined end this far above the room's level: undecided
_STEADY_DB = 2.0  # floor this close to the noise's mean: steady noise (hiss, hum, traffic)
_TAIL_AVG_S = 0.04  # averaging window for finding a buried tail's end
_BURIED_DB = 1.0  # a 40 ms stretch this far above the room still holds the buried tail
_TAIL_END_AT = 0.5  # where in the last raised averaging window the tail is taken to end
_LOOKBACK_S = 0.15  # how far before Silero's first voiced frame an onset may be found
_LOOKBACK_FLUCTUATING_S = 0.04  # the same in noise that comes and goes
_QUIET_FRAMES = 48  # quiet audio kept for reading the floor (~1.5 s)
_CONFIRM_FRAMES = 6  # a quiet frame is noise once this many quiet frames followed (~0.2 s)
_PAUSE_SETTLE_S = 0.3  # pause audio counts as quiet only this long after the last word
_GAP_MARGIN_S = 0.1  # a pause's noise is measured from this long after Silero's last frame
_ONSET_LOOKBACK_S = 0.15  # ... until this long before Silero's first voiced frame
_SETTLE_SPEECH_S = 0.4  # the phrase's audio next to an edge that shows its voice
_MIN_PAUSE_S = 0.05  # a pause's start is looked for at least this long before its end
_MIN_GAP_NOISE_S = 1.0  # a pause with less noise than this borrows the call's quiet audio
_LAPSED_JOIN_S = 0.5  # a start that lapsed this shortly before the next one began it
_HOLD_MAX_S = 3.0  # a start heard before the room was ever heard is held at most this long
_SURE = 0.9  # a start Silero rates this surely speech is believed without the room heard
_HOLD_ROOM_S = 0.5  # ... and judged against its own first audio once this much was heard
_LOUD_OVER_ROOM_DB = 30.0  # a frame this far above the room's level (or a quiet room's) ...
_LOUD_UNDER_PEAK_DB = 20.0  # ... and this close to the phrase's loudest frame is its voice
_QUIET_ROOM_DBFS = -70.0  # the room's level where it is quieter (digital silence, unheard)
_LOUD_TAIL_MAX_S = 0.5  # ... for at most this long after Silero's last voiced frame
# a start this far under the trainee's own level and at most this far over the room's mean
# level is held in murmur (point 10). Tuned on voice_in_murmur and the tune / held_out timing
# sets: the room's starts after a first turn lay 4-11 dB under the trainee and 0-2 dB over the
# room; the trainee's own, at least 2.9 dB over the room, and where 4 dB or more under their
# level, at least 7.8 dB over it
_FAINT_UNDER_VOICE_DB = 5.0
_FAINT_OVER_ROOM_DB = 4.0
_VOICE_TURNS = 5  # the trainee's own level: read from their last this many turns
_FAINT_RISE_S = 0.5  # a held faint start that rose later than this: the trainee began there


@dataclass
class _Lapsed:
    """A start too short to count: its onset frame, where Silero last heard its voice, where
    it was last heard at all (Silero's end, or later by loudness:
    :meth:`StreamingVad._loud_after`), Silero's peak score in it and its loudest frame's mean
    power."""

    frame: int
    silero_end: int
    voiced_end: int
    peak: float
    peak_power: float


class FrameLike(Protocol):
    index: int
    samples: np.ndarray


@dataclass(frozen=True)
class SpeechStarted:
    """The trainee started speaking at ``index`` (onset, refined to a few ms).

    Emitted once ``min_speech_s`` of speech confirms it, so it arrives a little after
    ``t_s``; consumers time from ``t_s``, never from when the event arrived.
    """

    index: int
    t_s: float


@dataclass(frozen=True)
class EndOfTurnPending:
    """Speech paused at ``index`` (end of the last voiced audio). Not yet an end of turn:
    transcription may start speculatively on ``[clip_start, clip_end)``."""

    index: int
    t_s: float
    start_index: int
    clip_start: int
    clip_end: int


@dataclass(frozen=True)
class SpeechResumed:
    """Speech came back at ``index`` (refined onset) before the end-of-turn silence was
    confirmed: the turn goes on, so drop any speculative transcription. ``pause_index`` is
    where the pause began, settled now that both its sides are heard (it may differ from the
    :class:`EndOfTurnPending` index, which had only the audio up to the pause to go on)."""

    index: int
    t_s: float
    pause_index: int


@dataclass(frozen=True)
class SpeechEnded:
    """The turn ended: speech ran from ``start_index`` to ``index`` (last voiced sample's end),
    confirmed by ``end_silence_s`` of silence. ``clip_*`` add ``speech_pad_s`` for the ASR."""

    index: int
    t_s: float
    start_index: int
    clip_start: int
    clip_end: int

    @property
    def start_s(self) -> float:
        return self.start_index / SAMPLE_RATE


VadEvent = SpeechStarted | EndOfTurnPending | SpeechResumed | SpeechEnded


class FrameScorer(Protocol):
    """Speech probability of one 512-sample frame, given all frames before it."""

    def __call__(self, samples: np.ndarray) -> float: ...

    def reset(self) -> None: ...


def silero_model_path() -> Path:
    from faster_whisper.utils import get_assets_path

    return Path(get_assets_path()) / "silero_vad_v6.onnx"


class SileroScorer:
    """Silero VAD v6 run one frame at a time, carrying h/c state and the 64-sample context."""

    def __init__(self, path: str | Path | None = None) -> None:
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.enable_cpu_mem_arena = False
        opts.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(path or silero_model_path()), providers=["CPUExecutionProvider"], sess_options=opts
        )
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)

    def __call__(self, samples: np.ndarray) -> float:
        x = np.concatenate([self._context, samples.astype(np.float32, copy=False)])[None, :]
        prob, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = x[0, -CONTEXT_SAMPLES:].copy()
        return float(prob.reshape(-1)[0])


class EnergyScorer:
    """A model-free stand-in: "speech" is anything louder than ``threshold_dbfs``.

    Deterministic and instant, for tests that drive the pipeline with tones.
    """

    def __init__(self, threshold_dbfs: float = -35.0) -> None:
        self.threshold_dbfs = threshold_dbfs

    def reset(self) -> None:
        pass

    def __call__(self, samples: np.ndarray) -> float:
        rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
        return 1.0 if rms > 0 and 20 * math.log10(rms) > self.threshold_dbfs else 0.0


class Vad(abc.ABC):
    """Frames in, speech events out. ``probability`` is the last frame's score (for a meter)."""

    probability: float = 0.0

    @abc.abstractmethod
    def process(self, frame: FrameLike) -> list[VadEvent]: ...

    @abc.abstractmethod
    def reset(self) -> None: ...

    @abc.abstractmethod
    def mute_until(self, index: int) -> None:
        """Treat the mic as silent up to ``index`` (half-duplex: the gatekeeper is talking)."""


class StreamingVad(Vad):
    """Hysteresis over per-frame speech probabilities, with energy-refined boundaries.

    Speech starts when a frame reaches ``threshold`` and stays above ``neg_threshold`` for
    ``min_speech_s`` (a start too short for that, a first word and a hesitation, still begins
    the phrase when the next start follows within :data:`_LAPSED_JOIN_S`); it pauses at the
    first frame below ``neg_threshold`` (:class:`EndOfTurnPending`), resumes only at
    ``threshold`` again, and ends after ``end_silence_s`` of pause (:class:`SpeechEnded`).
    """

    def __init__(
        self,
        threshold: float = 0.5,
        neg_threshold: float = 0.35,
        min_speech_s: float = 0.25,
        end_silence_s: float = END_OF_TURN_S,
        speech_pad_s: float = 0.1,
        onset_gap_s: float = 0.15,
        refine: bool = True,
        scorer: FrameScorer | None = None,
    ) -> None:
        if not 0 < neg_threshold <= threshold < 1:
            raise ValueError("need 0 < neg_threshold <= threshold < 1")
        self.threshold = threshold
        self.neg_threshold = neg_threshold
        self.min_speech_s = min_speech_s
        self.end_silence_s = end_silence_s
        self.speech_pad_s = speech_pad_s
        self.onset_gap_s = onset_gap_s
        self.refine = refine
        self._scorer = scorer if scorer is not None else SileroScorer()
        # enough audio to settle a pause's start once its end of turn is confirmed: the
        # confirming silence plus the phrase's last half second
        keep_s = end_silence_s + _SETTLE_SPEECH_S + 0.5
        self._settle_frames = max(32, math.ceil(keep_s * SAMPLE_RATE / FRAME_SAMPLES))
        # and a held start's whole audio (see :meth:`_hold`)
        hold_frames = math.ceil((_HOLD_MAX_S + _SETTLE_SPEECH_S) * SAMPLE_RATE / FRAME_SAMPLES)
        self._history: deque[tuple[int, np.ndarray]] = deque(
            maxlen=max(self._settle_frames, hold_frames)
        )
        self._quiet: deque[np.ndarray] = deque(maxlen=_QUIET_FRAMES)
        self._noise_psd: np.ndarray | None = None
        self._noise_frames = 0
        self._unconfirmed: deque[np.ndarray] = deque()
        self._muted_until = 0
        self.reset()

    def reset(self) -> None:
        """Forget the speaker and the model state (a new call, or after a long mute)."""
        self._scorer.reset()
        self._history.clear()
        self._quiet.clear()
        self._noise_psd = None
        self._noise_frames = 0
        self._unconfirmed.clear()
        self._state = "quiet"
        self._onset_index = 0
        self._onset_frame = 0
        self._voiced_end = 0
        self._dip = 0
        self._pause_index = 0
        self._pause_on_frame = False
        self._silero_end = 0
        self._gap_from = 0
        self._held_from = 0  # where a start heard before the room began (state "held")
        self._onset_peak = 0.0  # Silero's highest score since the onset frame
        self._clip_from = 0  # where the turn's audio for the ASR begins
        self._doubted_from: int | None = None  # a stretch in a pause Silero doubts, from here
        self._lapsed: _Lapsed | None = None  # a start too short to count
        self._peak_power = 0.0  # the phrase's loudest frame (mean power) Silero heard voiced
        self._loud_until = 0  # where the voice was last loud in a pause (see _loud_after)
        self._voice_peaks: deque[float] = deque(maxlen=_VOICE_TURNS)  # turns' loudest frames
        self._faint = False  # a start held for lying clearly under the trainee's own level
        self._faint_onset = 0  # ... and where it began
        self.probability = 0.0

    @property
    def speaking(self) -> bool:
        return self._state in ("speaking", "pausing")

    def mute_until(self, index: int) -> None:
        self._muted_until = max(self._muted_until, int(index))

    def _clip(self, start: int, end: int) -> tuple[int, int]:
        """The turn's audio for the ASR: padded, and from a held start's beginning on (see
        :meth:`_hold`: if the trainee spoke from there, the transcript must have it)."""
        pad = round(self.speech_pad_s * SAMPLE_RATE)
        return max(0, min(start, self._clip_from) - pad), end + pad

    def process(self, frame: FrameLike) -> list[VadEvent]:
        index = int(frame.index)
        samples = np.asarray(frame.samples, dtype=np.float32)
        end = index + len(samples)
        muted = index < self._muted_until
        if muted:
            samples = samples.copy()
            samples[: min(len(samples), self._muted_until - index)] = 0.0
        self._history.append((index, samples))
        prob = self._scorer(samples)
        self.probability = prob
        power = _power(samples)
        events: list[VadEvent] = []

        if self._state == "quiet":
            lapsed = self._lapsed
            if lapsed is not None and lapsed.voiced_end == index:  # the word may go on
                lapsed.voiced_end = self._loud_after(lapsed.silero_end, lapsed.peak_power)
            loud = lapsed is not None and lapsed.voiced_end == end  # the word, not the room
            if not muted and not loud and prob < self.neg_threshold:
                self._learn_noise(samples)
            if prob >= self.threshold:
                self._unconfirmed.clear()  # the frames just before an onset may hold speech
                self._state = "onset"
                self._onset_peak = prob
                self._peak_power = power
                self._onset_frame = index
                self._voiced_end = end
                self._dip = 0
                self._join_lapsed(index)
        elif self._state == "onset":
            self._onset_peak = max(self._onset_peak, prob)
            if prob >= self.neg_threshold:
                self._voiced_end = end
                self._dip = 0
                self._peak_power = max(self._peak_power, power)
            else:
                self._dip += len(samples)
                if self._dip >= self.onset_gap_s * SAMPLE_RATE:
                    if self._faint:
                        self._drop_faint()  # it never rose to the trainee's level: the room
                    else:
                        self._state = "quiet"
                        self._lapsed = _Lapsed(
                            self._onset_frame,
                            self._voiced_end,
                            self._loud_after(self._voiced_end, self._peak_power),
                            self._onset_peak,
                            self._peak_power,
                        )
            if (
                self._state == "onset"
                and self._voiced_end - self._onset_frame >= self.min_speech_s * SAMPLE_RATE
            ):
                if self._onset_peak < _SURE and self._room_unknown(
                    self._onset_frame, self._gap_from
                ):
                    self._state = "held"  # the trainee, or the room? heard only later
                    self._held_from = self._onset_frame
                    return events
                if self._faint:  # held for its level (point 10): has it risen to the voice's?
                    if self._far_under_voice(self._peak_power):
                        return events
                    self._faint = False
                    if index - self._onset_frame <= _FAINT_RISE_S * SAMPLE_RATE:
                        return [*events, self._speech_started(self._faint_onset)]
                    self._onset_frame = index  # the trainee began in the murmur, about here
                heard, settled = self._settle_onset(self._onset_frame, self._gap_from)
                if not heard:  # the room's murmur, which Silero took for a voice
                    self._state = "quiet"
                    self._learn_noise_from(self._onset_frame)  # its bursts are the room too
                    return events
                onset = self._onset_after_pause(self._onset_frame)
                if settled is not None:
                    onset = settled
                if self._far_under_voice(self._peak_power):  # the room, unless it rises
                    self._faint, self._faint_onset = True, onset
                    return events
                events.append(self._speech_started(onset))
        elif self._state == "held":
            events += self._hold(index, end, prob)
        elif self._state == "speaking":
            if prob >= self.neg_threshold:
                self._voiced_end = end
                self._peak_power = max(self._peak_power, power)
            else:
                events.append(self._pause())
        elif self._state == "pausing":
            if self._loud_until == index:  # the voice may still be loud
                self._loud_until = self._loud_after(self._silero_end, self._peak_power)
            gap_from = self._noise_from(self._silero_end)
            if prob < self.neg_threshold:
                self._doubted_from = None
            elif prob >= self.threshold and self._doubted_from is None:
                self._doubted_from = index
            at = index  # where the voice's resumption is looked for from
            test = prob >= self.threshold
            if test and self._room_bursts() and not self._room_known(index, gap_from):
                # too little of the room heard to tell its bursts from a voice Silero doubts:
                # tested once Silero is sure, from where it first heard this stretch
                test = prob >= _SURE
                at = self._doubted_from or index
            heard, onset = self._settle_onset(at, gap_from) if test else (False, None)
            tested = prob >= self.threshold and onset is None and not heard
            if heard:
                self._unconfirmed.clear()
                self._state = "speaking"
                self._voiced_end = end
                resumed = max(self._pause_index, self._onset_after_pause(at))
                if onset is not None:
                    resumed = onset
                pause_end = self._settle_offset(
                    self._silero_end,
                    at - round(_ONSET_LOOKBACK_S * SAMPLE_RATE),
                    before=resumed - round(_MIN_PAUSE_S * SAMPLE_RATE) - edges.WIN,
                )
                if pause_end is not None:
                    self._pause_index = pause_end
                resumed = max(self._pause_index, resumed)
                events.append(SpeechResumed(resumed, resumed / SAMPLE_RATE, self._pause_index))
                return events
            if (
                not muted
                and (prob < self.neg_threshold or tested)
                and index - self._pause_index >= _PAUSE_SETTLE_S * SAMPLE_RATE
                and self._loud_until < end
            ):
                # deep in a pause: the room again, with the bursts the murmur test rejected
                self._learn_noise(samples)
            silent_from = max(self._pause_index, self._loud_until)
            if end - silent_from >= self.end_silence_s * SAMPLE_RATE:
                self._state = "quiet"
                settled = self._settle_offset(self._silero_end, end)
                if settled is not None:
                    self._pause_index = settled
                self._gap_from = self._noise_from(self._silero_end)
                self._voice_peaks.append(self._peak_power)
                clip = self._clip(self._onset_index, self._pause_index)
                events.append(
                    SpeechEnded(
                        self._pause_index,
                        self._pause_index / SAMPLE_RATE,
                        self._onset_index,
                        *clip,
                    )
                )
        return events

    def _far_under_voice(self, peak_power: float) -> bool:
        """Whether a start whose loudest frame so far is ``peak_power`` is more likely the
        room than the trainee: in a room whose noise comes and goes (:meth:`_room_bursts`),
        at least :data:`_FAINT_UNDER_VOICE_DB` under the trainee's own level heard in this
        call (:meth:`_voice_level`) and at most :data:`_FAINT_OVER_ROOM_DB` above the room's
        level. Never before the call's first turn ended (no level known yet)."""
        level = self._voice_level()
        if level is None or not self.refine or not self._quiet:
            return False
        peak_db = _db(peak_power)
        return (
            peak_db < level - _FAINT_UNDER_VOICE_DB
            and peak_db < self._room_db() + _FAINT_OVER_ROOM_DB
            and self._room_bursts()  # last: it whitens the room's audio
        )

    def _voice_level(self) -> float | None:
        """The trainee's own level in this call, in dB: the median of the loudest frames of
        their last :data:`_VOICE_TURNS` turns; None before their first turn ended."""
        if not self._voice_peaks:
            return None
        return float(np.median([_db(p) for p in self._voice_peaks]))

    def _drop_faint(self) -> None:
        """A held faint start lapsed without rising to the trainee's level: it was the room,
        learnt as such (its bursts belong to the room, as in point 8), and no lapsed start
        is left to begin the next phrase early."""
        self._faint = False
        self._state = "quiet"
        self._lapsed = None
        self._learn_noise_from(self._onset_frame)

    def _learn_noise_from(self, start: int) -> None:
        """Learn the buffered frames from ``start`` on (not those the gatekeeper's voice
        muted) as the room's noise: a start Silero heard there was the room's."""
        for idx, samples in self._history:
            if idx >= max(start, self._muted_until):
                self._learn_noise(samples)

    def _speech_started(self, onset: int) -> SpeechStarted:
        """The trainee's turn starts at ``onset``."""
        self._onset_index = onset
        self._state = "speaking"
        self._clip_from = onset
        return SpeechStarted(onset, onset / SAMPLE_RATE)

    def _join_lapsed(self, index: int) -> None:
        """A start at ``index`` shortly after one that lapsed (a short first word -- "Ist",
        "Hat", "Is" -- then a closure or a breath before the next, too short together for
        ``min_speech_s``): the phrase began at the lapsed start, not at the second word
        (which came out some 300 ms late). Not across the gatekeeper's voice."""
        lapsed, self._lapsed = self._lapsed, None
        if lapsed is None:
            return
        if (
            index - lapsed.voiced_end <= _LAPSED_JOIN_S * SAMPLE_RATE
            and lapsed.voiced_end > self._muted_until
        ):
            self._onset_frame = lapsed.frame
            self._onset_peak = max(self._onset_peak, lapsed.peak)
            self._peak_power = max(self._peak_power, lapsed.peak_power)

    def _loud_after(self, voiced_end: int, peak_power: float) -> int:
        """Where the phrase's voice was last heard by its loudness alone, in the buffered
        frames right after Silero's ``voiced_end`` (each within :data:`_LOUD_UNDER_PEAK_DB`
        of the phrase's loudest frame, ``peak_power``, and :data:`_LOUD_OVER_ROOM_DB` above
        the room, or above :data:`_QUIET_ROOM_DBFS` where the room is quieter; no quiet frame
        between, for at most :data:`_LOUD_TAIL_MAX_S`); ``voiced_end`` where none is. Silero
        now and then scores the middle of a long, loud vowel under its thresholds (SVOX
        Pico's British "hour"): a turn must not end there, nor a first word lapse there."""
        bar = 10 ** ((max(self._room_db(), _QUIET_ROOM_DBFS) + _LOUD_OVER_ROOM_DB) / 10)
        bar = max(bar, peak_power * 10 ** (-_LOUD_UNDER_PEAK_DB / 10))
        limit = voiced_end + round(_LOUD_TAIL_MAX_S * SAMPLE_RATE)
        last = voiced_end
        for idx, samples in self._history:
            if idx < last:
                continue
            if idx > last or idx + len(samples) > limit or _power(samples) < bar:
                break
            last = idx + len(samples)
        return last

    def _pause(self) -> EndOfTurnPending:
        """The voice paused after ``_voiced_end``: the quick guess at where."""
        self._state = "pausing"
        self._doubted_from = None
        self._silero_end = self._voiced_end
        tail = self._loud_after(self._voiced_end, self._peak_power)
        self._loud_until = tail if tail > self._voiced_end else 0
        self._pause_index = self._refine_offset(self._voiced_end)
        self._pause_on_frame = self._pause_index == self._voiced_end
        return self._pending()

    # --- a start heard before the room was --------------------------------------------

    def _room_heard_s(self, start: int, stop: int) -> float | None:
        """How long the room has been heard (the call's quiet audio, or the buffered audio
        in ``[start, stop)``, whichever is longer), in seconds; None when what was heard is
        digital silence (a quiet room: there is nothing to hold a start for)."""
        first, signal = self._recent()
        span = signal[max(0, start - first) : max(0, stop - first)]
        quiet = self._quiet_audio()
        heard = max(len(span), len(quiet))
        if heard and max(_power(span), _power(quiet)) < edges.SILENCE_POWER:
            return None
        return heard / SAMPLE_RATE

    def _room_bursts(self) -> bool:
        """Whether the room's noise comes and goes (other talkers: its floor stands more than
        :data:`_STEADY_DB` above its mean level), so that its bursts can pass for a voice."""
        noise_mean, floor = self._floor_db()
        return floor - noise_mean > _STEADY_DB

    def _room_heard_before(self, silero_start: int, gap_from: int) -> float | None:
        """:meth:`_room_heard_s` over the pause before ``silero_start`` (from ``gap_from``, not
        within the gatekeeper's voice, up to the onset's lookback)."""
        lookback = round(_ONSET_LOOKBACK_S * SAMPLE_RATE)
        return self._room_heard_s(max(gap_from, self._muted_until), silero_start - lookback)

    def _room_known(self, silero_start: int, gap_from: int) -> bool:
        """Whether the room was heard long enough before ``silero_start`` to tell its bursts
        from a voice that Silero is unsure of (:data:`_MIN_GAP_NOISE_S`, what a pause's noise
        needs to be measured on alone), or is digital silence."""
        heard = self._room_heard_before(silero_start, gap_from)
        return heard is None or heard >= _MIN_GAP_NOISE_S

    def _room_unknown(self, silero_start: int, gap_from: int) -> bool:
        """Whether the room was heard too briefly before ``silero_start`` to know its bursts
        (less than :data:`_HOLD_ROOM_S`): a call that opens in a canteen's murmur Silero
        calls speech, or that Silero heard quiet for only a moment."""
        if not self.refine:
            return False
        heard = self._room_heard_before(silero_start, gap_from)
        return heard is not None and heard < _HOLD_ROOM_S

    def _start(self, onset: int, end: int) -> SpeechStarted:
        """A held start is the trainee's, from ``onset`` on."""
        self._onset_index = onset
        self._clip_from = min(onset, self._held_from)
        self._state = "speaking"
        self._voiced_end = max(self._voiced_end, end)
        return SpeechStarted(onset, onset / SAMPLE_RATE)

    def _hold(self, index: int, end: int, prob: float) -> list[VadEvent]:
        """One more frame of a start Silero heard before the room was heard long enough. It
        is the room until something stands clearly above what was heard before (the
        trainee's voice rising out of the murmur: they start there, and what came before is
        learnt as the room), or until Silero hears a pause in it and the stretch can be
        judged against that pause's noise. After :data:`_HOLD_MAX_S` without either, it is
        judged against the room heard before it; where no test can be made, Silero is
        believed."""
        lookback = round(_ONSET_LOOKBACK_S * SAMPLE_RATE)
        if prob >= self.neg_threshold:
            self._voiced_end = end
            self._dip = 0
            onset = self._rises_from_room(index)
            if onset is not None:
                self._learn_room(self._held_from, onset - lookback)
                return [self._start(onset, end)]
        else:
            self._dip += end - index
            margin = round(_GAP_MARGIN_S * SAMPLE_RATE)
            if self._dip >= self.onset_gap_s * SAMPLE_RATE + margin:
                heard, onset = self._judge_held((self._noise_from(self._voiced_end), end))
                if not heard:
                    return self._drop_held(end)
                onset = self._held_from if onset is None else onset
                self._learn_room(self._held_from, onset - lookback)
                return [self._start(onset, self._voiced_end), self._pause()]
        if end - self._held_from >= _HOLD_MAX_S * SAMPLE_RATE:
            # no pause heard in it: judged against the little of the room heard before it
            before = (max(self._gap_from, self._muted_until), self._held_from - lookback)
            heard, onset = self._judge_held(before)
            if not heard:
                return self._drop_held(end)
            onset = self._held_from if onset is None else onset
            self._learn_room(self._held_from, onset - lookback)
            return [self._start(onset, end)]
        return []

    def _rises_from_room(self, index: int) -> int | None:
        """Where the trainee's voice rose out of the room, if the frame at ``index`` stands
        clearly above everything heard before it (the room since the last pause, the held
        stretch included, once :data:`_HOLD_ROOM_S` of it was heard); else None."""
        lookback = round(_ONSET_LOOKBACK_S * SAMPLE_RATE)
        noise = (max(self._gap_from, self._muted_until), index - lookback)
        heard = self._room_heard_s(*noise)
        if heard is None or heard < _HOLD_ROOM_S:
            return None
        prepared = self._edge_test(noise, (index, index + FRAME_SAMPLES), frames=None)
        if prepared is None:
            return None
        first, test, power = prepared
        found = edges.onset(
            test,
            power,
            max(0, index - first) // edges.HOP,
            len(power),
            max(0, self._held_from - first) // edges.HOP,
        )
        return None if found is None else first + found

    def _judge_held(self, noise: tuple[int, int]) -> tuple[bool, int | None]:
        """Whether the held stretch holds the trainee's voice, judged against the room's
        ``noise`` (a timeline span, topped up with the call's quiet audio when short), and
        where it began; (True, None): no test can be made, Silero is believed."""
        lookback = round(_ONSET_LOOKBACK_S * SAMPLE_RATE)
        start = self._held_from
        return self._voice_from(start, noise, self._voiced_end, start - lookback, frames=None)

    def _drop_held(self, end: int) -> list[VadEvent]:
        """The held stretch was the room: learnt as such, and the pause goes on."""
        self._learn_room(self._held_from, end)
        self._state = "quiet"
        return []

    def _learn_room(self, start: int, stop: int) -> None:
        """Learn the buffered frames within ``[start, stop)`` as the room's noise (not those
        the gatekeeper's voice muted)."""
        for idx, samples in list(self._history):
            if idx >= start and idx + len(samples) <= stop and np.any(samples):
                self._learn_frame(samples)

    def _pending(self) -> EndOfTurnPending:
        clip = self._clip(self._onset_index, self._pause_index)
        return EndOfTurnPending(
            self._pause_index, self._pause_index / SAMPLE_RATE, self._onset_index, *clip
        )

    # --- boundary refinement -------------------------------------------------------------

    def _recent(self, frames: int | None = None) -> tuple[int, np.ndarray]:
        """The buffered frames (the last ``frames`` of them, else all) as one signal and the
        index of its first sample."""
        history = list(self._history)[-frames:] if frames else self._history
        first = history[0][0]
        parts, expected = [], first
        for idx, s in history:
            if idx != expected:  # a gap in the timeline: keep only the contiguous tail
                parts, first = [], idx
            parts.append(s)
            expected = idx + len(s)
        return first, np.concatenate(parts)

    def _quiet_audio(self) -> np.ndarray:
        """The room's noise learnt so far (the quiet buffer) as one signal; empty if none."""
        return np.concatenate(list(self._quiet)) if self._quiet else np.zeros(0, np.float32)

    def _room_db(self) -> float:
        """The room's level: the quiet buffer's mean power in dB; -inf where none was heard
        or it is digital silence."""
        room = _power(self._quiet_audio())
        return 10 * math.log10(room) if room > 0.0 else -math.inf

    def _learn_noise(self, samples: np.ndarray) -> None:
        """One more quiet frame. It is learnt only once :data:`_CONFIRM_FRAMES` more quiet
        frames followed it: Silero notices a soft onset a frame or two late, and the start of
        a word must not be taken for the room's noise."""
        if len(samples) != FRAME_SAMPLES:
            return
        self._unconfirmed.append(samples)
        if len(self._unconfirmed) <= _CONFIRM_FRAMES:
            return
        self._learn_frame(self._unconfirmed.popleft())

    def _learn_frame(self, samples: np.ndarray) -> None:
        """One frame of the room's noise, into the quiet buffer and the noise spectrum."""
        if len(samples) != FRAME_SAMPLES:
            return
        self._quiet.append(samples)
        spectrum = np.abs(np.fft.rfft(samples * _HANN)) ** 2 / _HANN_POWER
        self._noise_frames += 1
        if self._noise_psd is None:
            self._noise_psd = spectrum
        else:
            weight = max(_NOISE_AVG, 1.0 / self._noise_frames)
            self._noise_psd = (1 - weight) * self._noise_psd + weight * spectrum

    def _whiten(self, signal: np.ndarray) -> np.ndarray:
        """``signal`` with each frequency divided by the noise's level there (zero-padded
        so the filter does not wrap around); unchanged before any noise was heard."""
        if self._noise_psd is None or not len(signal):
            return signal
        n = len(signal) + 2 * _WHITEN_PAD
        spectrum = np.fft.rfft(np.pad(signal.astype(np.float64), _WHITEN_PAD), n)
        freqs = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
        noise = np.interp(freqs, _PSD_FREQS, self._noise_psd)
        spectrum /= np.sqrt(noise + _NOISE_EPS)
        spectrum[freqs < _LOW_CUT_HZ] = 0.0
        return np.fft.irfft(spectrum, n)[_WHITEN_PAD : _WHITEN_PAD + len(signal)]

    def _floor_db(self) -> tuple[float, float]:
        """The whitened noise: its mean level and its floor (a high percentile of the quiet
        audio's window energies), in dB."""
        if not self._quiet:
            return -120.0, -120.0
        e = self._energies(self._whiten(self._quiet_audio()))
        if not len(e):
            return -120.0, -120.0
        mean = _mean_db(e)
        return mean, float(np.percentile(e, _FLOOR_PERCENTILE))

    def _energies(self, signal: np.ndarray) -> np.ndarray:
        if len(signal) < _WIN:
            return np.zeros(0)
        windows = np.lib.stride_tricks.sliding_window_view(signal, _WIN)[::_HOP]
        power = np.mean(np.square(windows, dtype=np.float64), axis=1)
        return 10 * np.log10(np.maximum(power, 1e-12))

    def _threshold_db(self, energies: np.ndarray, floor: float) -> float | None:
        """The voiced level, or None when the speech is not clearly above the floor."""
        peak = float(np.max(energies)) if len(energies) else -120.0
        if peak < floor + _DECIDE_DB:
            return None
        return max(floor + _FLOOR_MARGIN_DB, peak - _VOICED_RANGE_DB)

    def _onset_after_pause(self, frame_index: int) -> int:
        """The refined onset, unless the pause before it kept Silero's frame boundary: then
        the onset keeps its frame too. Silero is late by about as much at both ends of a
        pause, so a pause measured frame to frame is right, and one measured from a late
        frame end to a sharp onset would come out short by Silero's lag."""
        if self._pause_on_frame:
            return frame_index
        return self._refine_onset(frame_index)

    def _refine_onset(self, frame_index: int) -> int:
        """Walk back from Silero's first voiced frame to where energy rose out of the floor."""
        if not self.refine or not self._quiet:  # the room not heard yet: cannot decide
            return frame_index
        first, signal = self._recent(_REFINE_FRAMES)
        signal = self._whiten(signal)
        e = self._energies(signal)
        if not len(e):
            return frame_index
        rel = frame_index - first
        anchor_lo = max(0, rel // _HOP)
        if anchor_lo >= len(e):
            return frame_index
        noise_mean, floor = self._floor_db()
        th = self._threshold_db(e[anchor_lo:], floor)
        if th is None:
            return frame_index
        above = e >= th
        hits = np.nonzero(above[anchor_lo:])[0]
        if not len(hits):
            return frame_index
        k = anchor_lo + int(hits[0])
        if k * _HOP > rel + FRAME_SAMPLES:
            return frame_index  # nothing loud in the frame Silero heard speech in: undecided
        gap_allow = 0.02 * SAMPLE_RATE / _HOP
        # in noise that comes and goes, a burst just before the word is not its start
        back_s = _LOOKBACK_FLUCTUATING_S if floor - noise_mean > _STEADY_DB else _LOOKBACK_S
        lo = max(0, anchor_lo - round(back_s * SAMPLE_RATE / _HOP))
        j, gap = k, 0
        while j - 1 >= lo:
            j -= 1
            if above[j]:
                k, gap = j, 0
            else:
                gap += 1
                if gap > gap_allow:
                    break
        return first + k * _HOP + _first_loud(signal[k * _HOP : k * _HOP + _WIN], th)

    def _refine_offset(self, voiced_end: int) -> int:
        """Walk forward from Silero's voiced region to where energy fell back to the floor."""
        if not self.refine or not self._quiet:
            return voiced_end
        first, signal = self._recent(_REFINE_FRAMES)
        signal = self._whiten(signal)
        e = self._energies(signal)
        if not len(e):
            return voiced_end
        start = max(self._onset_index, first)
        lo = (start - first) // _HOP
        noise_mean, floor = self._floor_db()
        th = self._threshold_db(e[lo:], floor)
        if th is None:
            return voiced_end
        above = e >= th
        # the last loud window up to the end of the buffer, bridging short gaps backwards
        limit = min(len(e), (voiced_end - first) // _HOP + round(0.1 * SAMPLE_RATE / _HOP))
        noisy = floor + _FLOOR_MARGIN_DB >= th
        if noisy:  # in noise, energy past Silero's end is the room, not a word's tail
            limit = min(limit, max(0, (voiced_end - first - _WIN) // _HOP))
        hits = np.nonzero(above[lo:limit])[0]
        if not len(hits):
            return voiced_end
        k = lo + int(hits[-1])
        # Where the noise sets the bar, the audio between the energy's end and Silero's must
        # be back at the room's level: a word's soft tail buried in the noise keeps it above,
        # and then Silero knows better.
        tail = e[k + _WIN // _HOP : (voiced_end - first) // _HOP]
        if noisy and len(tail) and floor - noise_mean > _STEADY_DB:
            # noise that comes and goes (other talkers): a quiet tail cannot be told from
            # it, so the energy's end only counts when the tail is as quiet as the room's lulls
            if _mean_db(tail) > floor:
                return voiced_end
        elif noisy and len(tail) and _mean_db(tail) > noise_mean + _TAIL_EXCESS_DB:
            return self._buried_tail_end(e, k, first, voiced_end, noise_mean)
        seg = signal[k * _HOP : k * _HOP + _WIN]
        return first + k * _HOP + _WIN - _first_loud(seg[::-1], th)

    # --- settling a pause's edges with both its sides heard ----------------------------

    def _noise_windows(self, first: int, signal: np.ndarray, start: int, stop: int) -> np.ndarray:
        """Window powers of the room: the buffered audio in ``[start, stop)``, topped up with
        the call's recent quiet audio when that is short."""
        a, b = max(0, start - first), max(0, stop - first)
        parts = [edges.window_power(signal[a:b])] if b - a >= edges.WIN else []
        if b - a < _MIN_GAP_NOISE_S * SAMPLE_RATE and self._quiet:
            parts.append(edges.window_power(self._quiet_audio()))
        if not parts:
            return np.zeros((0, 0))
        return np.vstack(parts)

    def _noise_from(self, silero_end: int) -> int:
        """Where the noise of the pause Silero began at ``silero_end`` is measured from: clear
        of the phrase's last frame and of the gatekeeper's voice."""
        return max(silero_end, self._muted_until) + round(_GAP_MARGIN_S * SAMPLE_RATE)

    def _settle_offset(self, silero_end: int, now: int, before: int | None = None) -> int | None:
        """Where the pause that Silero began at ``silero_end`` truly began (the phrase's voice
        last heard before ``before``, the next phrase's settled onset), tested against the
        pause's own noise (see :mod:`gatekeeper.speech.speech_edges`); None: undecided."""
        phrase_from = max(self._onset_index, silero_end - round(_SETTLE_SPEECH_S * SAMPLE_RATE))
        noise_from = self._noise_from(silero_end)
        prepared = self._edge_test((noise_from, now), (phrase_from, silero_end))
        if prepared is None:
            return None
        first, test, power = prepared
        phrase_from = max(phrase_from, first)
        stop = (min(silero_end, before or silero_end) - first) // edges.HOP
        # a final consonant may lie past Silero's end, up to where the pause's noise begins;
        # in noise that comes and goes (other talkers) it cannot be told from the room
        reach = min(noise_from - edges.WIN, before or noise_from) - first
        consonant_limit = None if self._room_bursts() else reach // edges.HOP + 1
        found = edges.offset(
            test, power, (phrase_from - first) // edges.HOP, stop, stop, consonant_limit
        )
        return None if found is None else first + found

    def _settle_onset(self, silero_start: int, gap_from: int) -> tuple[bool, int | None]:
        """Whether a voice is heard from ``silero_start`` on over the noise of the pause
        before it, and where that phrase truly began (None: undecided). Not heard: the edge
        test has the room's noise to go by, and nothing Silero took for speech stands clearly
        above it (no window :data:`edges.ANCHOR_FACTOR` bars up) -- a canteen's murmur, not
        the trainee. Where the test cannot be made, Silero is believed."""
        lookback = round(_ONSET_LOOKBACK_S * SAMPLE_RATE)
        noise = (max(gap_from, self._muted_until), silero_start - lookback)
        return self._voice_from(silero_start, noise, None, max(silero_start - lookback, gap_from))

    def _voice_from(
        self,
        start: int,
        noise: tuple[int, int],
        stop: int | None,
        earliest: int,
        frames: int | None = -1,
    ) -> tuple[bool, int | None]:
        """Whether the edge test, calibrated on ``noise`` against the voice from ``start``
        on, hears a voice stand clearly out of the room from ``start`` (up to ``stop``;
        None: the buffer's end), and where it began (not before ``earliest``); (True, None)
        where no test can be made."""
        speech = (start, start + round(_SETTLE_SPEECH_S * SAMPLE_RATE))
        prepared = self._edge_test(noise, speech, frames=frames)
        if prepared is None:
            return True, None
        first, test, power = prepared
        found = edges.onset(
            test,
            power,
            max(0, start - first) // edges.HOP,
            len(power) if stop is None else max(0, stop - first) // edges.HOP,
            max(0, earliest - first) // edges.HOP,
        )
        return (False, None) if found is None else (True, first + found)

    def _edge_test(
        self, noise: tuple[int, int], speech: tuple[int, int], frames: int | None = -1
    ) -> tuple[int, edges.EdgeTest, np.ndarray] | None:
        """The buffered audio's first index, the edge test calibrated on the pause's noise
        (``noise``: a timeline span) against the phrase's voice next to the edge (``speech``,
        clipped to the buffer), and the buffer's window powers; None where refinement is off
        or there is no noise to calibrate on. ``frames``: how much of the buffer is looked at
        (-1: what settling a pause needs; None: all of it, as a held start does)."""
        if not self.refine or not self._history:
            return None
        first, signal = self._recent(self._settle_frames if frames == -1 else frames)
        noise_windows = self._noise_windows(first, signal, *noise)
        if not noise_windows.size:
            return None
        lo = max(speech[0], first) - first
        hi = min(speech[1], first + len(signal)) - first
        test = edges.calibrate(noise_windows, edges.window_power(signal[lo:hi]))
        if test is None:
            return None
        return first, test, edges.window_power(signal)

    def _buried_tail_end(
        self, e: np.ndarray, k: int, first: int, voiced_end: int, noise_mean: float
    ) -> int:
        """Where a tail buried in the noise ends: the last point before Silero's boundary
        at which the energy, averaged over :data:`_TAIL_AVG_S`, is still above the room's
        level; Silero's boundary when the tail reaches it."""
        n = max(1, round(_TAIL_AVG_S * SAMPLE_RATE / _HOP))
        stop = min(len(e), (voiced_end - first) // _HOP)
        power = 10 ** (e[k:stop] / 10)
        if len(power) < n:
            return voiced_end
        avg = np.convolve(power, np.ones(n) / n, mode="valid")
        raised = np.nonzero(10 * np.log10(np.maximum(avg, 1e-12)) > noise_mean + _BURIED_DB)[0]
        if not len(raised):
            return voiced_end
        end = first + (k + int(raised[-1]) + round(n * _TAIL_END_AT)) * _HOP + _WIN // 2
        return min(end, voiced_end)


def _power(signal: np.ndarray) -> float:
    return float(np.mean(np.square(signal, dtype=np.float64))) if len(signal) else 0.0


def _db(power: float) -> float:
    """A mean power in dB (-120 dB for silence)."""
    return 10 * math.log10(max(power, 1e-12))


def _mean_db(energies_db: np.ndarray) -> float:
    """The level of the mean power of windows given in dB."""
    return _db(float(np.mean(10 ** (energies_db / 10))))


def _first_loud(window: np.ndarray, threshold_db: float) -> int:
    """Offset of the first sample in ``window`` whose magnitude reaches the threshold level."""
    level = 10 ** (threshold_db / 20)
    hits = np.nonzero(np.abs(window) >= level)[0]
    return int(hits[0]) if len(hits) else 0


class FakeVad(StreamingVad):
    """The real state machine on an energy detector: no model, deterministic, for tests."""

    def __init__(self, threshold_dbfs: float = -35.0, **kwargs: float) -> None:
        kwargs.setdefault("refine", False)
        super().__init__(scorer=EnergyScorer(threshold_dbfs), **kwargs)
