"""Streaming voice activity detection: when does the trainee start and stop speaking?

Silero VAD (the ONNX model faster-whisper ships) scores each 32 ms frame; its LSTM state
*and* its 64-sample context window are carried from frame to frame, so scoring a call frame
by frame gives exactly what scoring it in one batch would. faster-whisper's own wrapper
starts from zero state on every call, which is why it is not used here.

A small hysteresis state machine turns probabilities into events. Frame resolution (32 ms)
is too coarse for timing a shock pause, and Silero's probability lags the audio by a frame
or two, so onsets and offsets are refined to a few milliseconds with short-window energy
around the frames Silero marked, measured against the room's noise floor.

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

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
CONTEXT_SAMPLES = 64
_WIN = 128  # energy window for onset/offset refinement (8 ms)
_HOP = 16  # and its hop (1 ms)
_FLOOR_MARGIN_DB = 4.0  # above the room's noise floor counts as voiced (tuned by benchmark)


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
    confirmed: the turn goes on, so drop any speculative transcription."""

    index: int
    t_s: float


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
        prob, self._h, self._c = self._session.run(
            None, {"input": x, "h": self._h, "c": self._c}
        )
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
    ``min_speech_s``; it pauses at the first frame below ``neg_threshold``
    (:class:`EndOfTurnPending`), resumes only at ``threshold`` again, and ends after
    ``end_silence_s`` of pause (:class:`SpeechEnded`).
    """

    def __init__(
        self,
        threshold: float = 0.5,
        neg_threshold: float = 0.35,
        min_speech_s: float = 0.25,
        end_silence_s: float = 0.6,
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
        self._history: deque[tuple[int, np.ndarray]] = deque(maxlen=32)
        self._noise_db: deque[float] = deque(maxlen=64)
        self._muted_until = 0
        self.reset()

    def reset(self) -> None:
        """Forget the speaker and the model state (a new call, or after a long mute)."""
        self._scorer.reset()
        self._history.clear()
        self._noise_db.clear()
        self._state = "quiet"
        self._onset_index = 0
        self._onset_frame = 0
        self._voiced_end = 0
        self._dip = 0
        self._pause_index = 0
        self.probability = 0.0

    @property
    def speaking(self) -> bool:
        return self._state in ("speaking", "pausing")

    def mute_until(self, index: int) -> None:
        self._muted_until = max(self._muted_until, int(index))

    def _clip(self, start: int, end: int) -> tuple[int, int]:
        pad = round(self.speech_pad_s * SAMPLE_RATE)
        return max(0, start - pad), end + pad

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
        events: list[VadEvent] = []

        if self._state == "quiet":
            if not muted:
                self._noise_db.append(_frame_db(samples))
            if prob >= self.threshold:
                self._state = "onset"
                self._onset_frame = index
                self._voiced_end = end
                self._dip = 0
        elif self._state == "onset":
            if prob >= self.neg_threshold:
                self._voiced_end = end
                self._dip = 0
            else:
                self._dip += len(samples)
                if self._dip >= self.onset_gap_s * SAMPLE_RATE:
                    self._state = "quiet"
            if (
                self._state == "onset"
                and self._voiced_end - self._onset_frame >= self.min_speech_s * SAMPLE_RATE
            ):
                self._onset_index = self._refine_onset(self._onset_frame)
                self._state = "speaking"
                events.append(SpeechStarted(self._onset_index, self._onset_index / SAMPLE_RATE))
        elif self._state == "speaking":
            if prob >= self.neg_threshold:
                self._voiced_end = end
            else:
                self._state = "pausing"
                self._pause_index = self._refine_offset(self._voiced_end)
                events.append(self._pending())
        elif self._state == "pausing":
            if prob >= self.threshold:
                self._state = "speaking"
                self._voiced_end = end
                resumed = max(self._pause_index, self._refine_onset(index))
                events.append(SpeechResumed(resumed, resumed / SAMPLE_RATE))
            elif end - self._pause_index >= self.end_silence_s * SAMPLE_RATE:
                self._state = "quiet"
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

    def _pending(self) -> EndOfTurnPending:
        clip = self._clip(self._onset_index, self._pause_index)
        return EndOfTurnPending(
            self._pause_index, self._pause_index / SAMPLE_RATE, self._onset_index, *clip
        )

    # --- boundary refinement -------------------------------------------------------------

    def _recent(self) -> tuple[int, np.ndarray]:
        """The buffered frames as one signal and the index of its first sample."""
        first = self._history[0][0]
        parts, expected = [], first
        for idx, s in self._history:
            if idx != expected:  # a gap in the timeline: keep only the contiguous tail
                parts, first = [], idx
            parts.append(s)
            expected = idx + len(s)
        return first, np.concatenate(parts)

    def _floor_db(self) -> float:
        return float(np.percentile(self._noise_db, 20)) if self._noise_db else -90.0

    def _energies(self, signal: np.ndarray) -> np.ndarray:
        if len(signal) < _WIN:
            return np.zeros(0)
        windows = np.lib.stride_tricks.sliding_window_view(signal, _WIN)[::_HOP]
        power = np.mean(np.square(windows, dtype=np.float64), axis=1)
        return 10 * np.log10(np.maximum(power, 1e-12))

    def _threshold_db(self, energies: np.ndarray) -> float:
        peak = float(np.max(energies)) if len(energies) else -90.0
        return max(self._floor_db() + _FLOOR_MARGIN_DB, peak - 35.0, -75.0)

    def _refine_onset(self, frame_index: int) -> int:
        """Walk back from Silero's first voiced frame to where energy rose out of the floor."""
        if not self.refine:
            return frame_index
        first, signal = self._recent()
        e = self._energies(signal)
        if not len(e):
            return frame_index
        rel = frame_index - first
        anchor_lo = max(0, rel // _HOP)
        if anchor_lo >= len(e):
            return frame_index
        th = self._threshold_db(e[anchor_lo:])
        above = e >= th
        hits = np.nonzero(above[anchor_lo:])[0]
        if not len(hits):
            return frame_index
        k = anchor_lo + int(hits[0])
        gap_allow = 0.02 * SAMPLE_RATE / _HOP
        lo = max(0, anchor_lo - round(0.15 * SAMPLE_RATE / _HOP))
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
        if not self.refine:
            return voiced_end
        first, signal = self._recent()
        e = self._energies(signal)
        if not len(e):
            return voiced_end
        start = max(self._onset_index, first)
        lo = (start - first) // _HOP
        th = self._threshold_db(e[lo:])
        above = e >= th
        # the last loud window up to the end of the buffer, bridging short gaps backwards
        limit = min(len(e), (voiced_end - first) // _HOP + round(0.1 * SAMPLE_RATE / _HOP))
        hits = np.nonzero(above[lo:limit])[0]
        if not len(hits):
            return voiced_end
        k = lo + int(hits[-1])
        seg = signal[k * _HOP : k * _HOP + _WIN]
        return first + k * _HOP + _WIN - _first_loud(seg[::-1], th)


def _frame_db(samples: np.ndarray) -> float:
    power = float(np.mean(np.square(samples, dtype=np.float64))) if len(samples) else 0.0
    return 10 * math.log10(max(power, 1e-12))


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
