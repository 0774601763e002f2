"""In-memory source and sink for tests: no device, no files, fully deterministic."""

from __future__ import annotations

import numpy as np

from gatekeeper.audio.base import (
    SAMPLE_RATE,
    AudioSink,
    AudioSource,
    Frame,
    Framer,
    Playback,
)
from gatekeeper.audio.resample import resample


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)


def tone(freq_hz: float, seconds: float, amplitude: float = 0.3) -> np.ndarray:
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (amplitude * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)


class FakeSource(AudioSource):
    """Hands out a fixed 16 kHz mono signal as frames (padded with silence to a whole frame).

    Pieces may be given as several arrays; they are simply concatenated. ``fail_after``
    raises the given error once that many frames have been read, to rehearse faults.
    """

    def __init__(
        self,
        *pieces: np.ndarray,
        start_index: int = 0,
        fail_after: int | None = None,
        error: Exception | None = None,
    ) -> None:
        super().__init__()
        signal = (
            np.concatenate([np.asarray(p, dtype=np.float32) for p in pieces])
            if pieces
            else np.zeros(0, dtype=np.float32)
        )
        framer = Framer(start_index)
        self._frames = framer.push(signal) + framer.flush()
        self._next = 0
        self._fail_after = fail_after
        self._error = error
        self._stopped = False
        self.started = False
        self._position = start_index

    def start(self) -> None:
        self.started = True

    def read(self) -> Frame | None:
        if self._fail_after is not None and self._next >= self._fail_after:
            raise self._error or RuntimeError("fake source failure")
        if self._stopped or self._next >= len(self._frames):
            return None
        frame = self._frames[self._next]
        self._next += 1
        return self._delivered(frame)

    def stop(self) -> None:
        self._stopped = True


class FakeSink(AudioSink):
    """Records every playback on the timeline; playbacks finish at once.

    ``timeline(n)`` renders what a listener would have heard as a 16 kHz signal, which is
    what tests compare against.
    """

    def __init__(self) -> None:
        super().__init__()
        self.playbacks: list[Playback] = []
        self._clips: list[tuple[int, np.ndarray]] = []
        self.closed_at: int | None = None
        self.closed = False
        self.cancels = 0

    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback:
        clip = resample(audio, sample_rate, SAMPLE_RATE)
        playback = self._place(len(clip), at_index)
        playback._finish()
        self.playbacks.append(playback)
        self._clips.append((playback.start_index, clip))
        return playback

    def cancel(self) -> None:
        self.cancels += 1

    def close(self, end_index: int | None = None) -> None:
        self.closed = True
        self.closed_at = end_index

    def timeline(self, length: int | None = None) -> np.ndarray:
        end = max([s + len(c) for s, c in self._clips], default=0)
        out = np.zeros(length if length is not None else end, dtype=np.float32)
        for start, clip in self._clips:
            piece = clip[: max(0, len(out) - start)]
            out[start : start + len(piece)] += piece
        return out
