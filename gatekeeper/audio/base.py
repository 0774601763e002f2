"""The pipeline's unit of audio and the two small interfaces every backend implements.

Everything downstream of the microphone speaks one format: 32 ms frames of 512 mono float32
samples at 16 kHz, each stamped with the index of its first sample on the call's timeline.
Time is ``index / 16000`` everywhere, so silence held, response gaps and pitch lengths come
from sample counts (the *one clock*), never from wall-clock guesses.
"""

from __future__ import annotations

import abc
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
FRAME_S = FRAME_SAMPLES / SAMPLE_RATE


class AudioError(Exception):
    """Audio failed while in use (callback error, device gone); the message is one line."""


class AudioUnavailable(AudioError):
    """Audio cannot be used at all here (no PortAudio, no device, device refuses to open)."""


class AudioStalled(AudioError):
    """The microphone stopped delivering audio (typically unplugged mid-call)."""


def index_to_s(index: int) -> float:
    return index / SAMPLE_RATE


def s_to_index(seconds: float) -> int:
    return round(seconds * SAMPLE_RATE)


@dataclass(frozen=True, eq=False)
class Frame:
    """512 samples (float32, mono, 16 kHz) whose first sample sits at ``index`` on the timeline."""

    index: int
    samples: np.ndarray

    @property
    def end_index(self) -> int:
        return self.index + len(self.samples)

    @property
    def start_s(self) -> float:
        return self.index / SAMPLE_RATE

    @property
    def end_s(self) -> float:
        return self.end_index / SAMPLE_RATE


class Framer:
    """Cuts a stream of arbitrary-length 16 kHz chunks into exact frames with a running index.

    Sources feed whatever their device or resampler hands them; the framer guarantees that
    frame ``n`` always starts at sample ``start_index + n * 512``, so indices never drift.
    """

    def __init__(self, start_index: int = 0) -> None:
        self._next_index = start_index
        self._pending = np.zeros(0, dtype=np.float32)

    @property
    def next_index(self) -> int:
        return self._next_index

    def push(self, samples: np.ndarray) -> list[Frame]:
        if len(samples):
            self._pending = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        frames = []
        while len(self._pending) >= FRAME_SAMPLES:
            frames.append(Frame(self._next_index, self._pending[:FRAME_SAMPLES].copy()))
            self._pending = self._pending[FRAME_SAMPLES:]
            self._next_index += FRAME_SAMPLES
        return frames

    def flush(self) -> list[Frame]:
        """Pad the remainder with silence into one last frame (nothing if there is none)."""
        if not len(self._pending):
            return []
        pad = np.zeros(FRAME_SAMPLES - len(self._pending), dtype=np.float32)
        return self.push(pad)


class RecentFrames:
    """The last ``seconds`` of frames, to cut an utterance out of afterwards.

    The VAD confirms an onset a quarter second after it happened and reports an utterance's
    span only at its end, so whoever transcribes needs the audio from before the event."""

    def __init__(self, seconds: float = 60.0) -> None:
        frames = max(1, round(seconds * SAMPLE_RATE / FRAME_SAMPLES))
        self._frames: deque[Frame] = deque(maxlen=frames)

    def append(self, frame: Frame) -> None:
        self._frames.append(frame)

    def between(self, start: int, end: int) -> np.ndarray:
        """Samples ``[start, end)`` of the timeline, as far as they are still kept."""
        frames = [f for f in self._frames if f.end_index > start and f.index < end]
        if not frames:
            return np.zeros(0, dtype=np.float32)
        audio = np.concatenate([f.samples for f in frames])
        first = frames[0].index
        return audio[max(0, start - first) : max(0, end - first)]


class AudioSource(abc.ABC):
    """Something that yields :class:`Frame` s in timeline order (microphone, WAV file, fake).

    ``read`` blocks until the next frame and returns ``None`` once the stream has ended
    (file exhausted, or :meth:`stop` called); faults raise :class:`AudioError`.
    """

    sample_rate = SAMPLE_RATE

    def __init__(self) -> None:
        self._position = 0
        self._level_dbfs = float("-inf")

    @abc.abstractmethod
    def start(self) -> None: ...

    @abc.abstractmethod
    def read(self) -> Frame | None: ...

    @abc.abstractmethod
    def stop(self) -> None: ...

    @property
    def position(self) -> int:
        """Timeline index just after the last frame handed out: the call's "now"."""
        return self._position

    @property
    def live_index(self) -> int:
        """Timeline index just after the newest sample the device has delivered, read or not:
        where the call is in real time. A file has no real time: its frames are "now"."""
        return self._position

    @property
    def latency_s(self) -> float:
        """How long a sound takes from the air to the delivered stream (0 for files)."""
        return 0.0

    @property
    def level_dbfs(self) -> float:
        """RMS level of the last frame handed out, for an input meter."""
        return self._level_dbfs

    @property
    def overflows(self) -> int:
        """How often input was lost because the reader fell behind (0 for files)."""
        return 0

    @property
    def lost_s(self) -> float:
        """Seconds of lost input put back in place on the timeline (0 for files)."""
        return 0.0

    def _delivered(self, frame: Frame) -> Frame:
        from gatekeeper.audio.level import rms_dbfs

        self._position = frame.end_index
        self._level_dbfs = rms_dbfs(frame.samples)
        return frame

    def __iter__(self) -> Iterator[Frame]:
        while (frame := self.read()) is not None:
            yield frame

    def __enter__(self) -> AudioSource:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Playback:
    """One piece of audio handed to a sink, placed on the mic's timeline.

    ``start_index``/``end_index`` are timeline sample indices (16 kHz), so the session knows
    the gatekeeper finished speaking when the mic's frames reach ``end_index`` — the same clock
    that times the trainee. ``wait`` is only for callers that need the physical end.
    """

    def __init__(self, start_index: int, end_index: int) -> None:
        self.start_index = start_index
        self.end_index = end_index
        self.cancelled = False
        self._done = threading.Event()

    @property
    def start_s(self) -> float:
        return self.start_index / SAMPLE_RATE

    @property
    def end_s(self) -> float:
        return self.end_index / SAMPLE_RATE

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _finish(self, end_index: int | None = None, cancelled: bool = False) -> None:
        if end_index is not None:
            self.end_index = end_index
        self.cancelled = self.cancelled or cancelled
        self._done.set()

    def __repr__(self) -> str:
        return f"Playback({self.start_index}, {self.end_index}, done={self.done})"


class AudioSink(abc.ABC):
    """Something that plays the gatekeeper's audio (speaker, WAV file, fake).

    ``play`` is told the timeline index "now" (the position of the last mic frame seen) and
    returns a :class:`Playback` saying where on that timeline the audio starts and ends:
    ``end = start + len(audio at 16 kHz)``. Audio queued while earlier audio still plays starts
    when that ends, so ``start = max(at_index, end of previous playback)``.
    """

    def __init__(self) -> None:
        self._busy_until = 0

    @abc.abstractmethod
    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback: ...

    def follow(self, source: AudioSource) -> None:  # noqa: B027 - only a device needs it
        """Place playbacks by ``source``'s real-time clock (:attr:`AudioSource.live_index`)
        rather than by the index the caller passes, which lags it while the caller catches
        up on frames; sinks that play instantly ignore it."""

    def open(self) -> None:  # noqa: B027 - optional for sinks without a device
        """Get the device running before the call starts, so the first line plays into a
        stream already in its steady state (same delay to the ear as every later line)."""

    def cancel(self) -> None:  # noqa: B027 - optional for sinks that play instantly
        """Stop whatever is playing or queued (barge-in); sinks without a queue ignore it."""

    @abc.abstractmethod
    def close(self, end_index: int | None = None) -> None:
        """Release the device or finish the file; ``end_index`` is the timeline's final index."""

    @property
    def busy_until(self) -> int:
        """Timeline index at which everything handed to the sink so far has been played."""
        return self._busy_until

    def _place(self, n16: int, at_index: int) -> Playback:
        start = max(int(at_index), self._busy_until)
        self._busy_until = start + n16
        return Playback(start, start + n16)

    def __enter__(self) -> AudioSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class NullSink(AudioSink):
    """Plays nothing but keeps the timeline: each line occupies its length at 16 kHz, so a
    WAV-driven call without a speaker file still times the gatekeeper's turns exactly."""

    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback:
        n16 = round(len(audio) * SAMPLE_RATE / sample_rate)
        playback = self._place(n16, at_index)
        playback._finish()
        return playback

    def close(self, end_index: int | None = None) -> None:
        pass
