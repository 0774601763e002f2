"""The recording of a call: the trainee's microphone on the left channel and the
gatekeeper's voice on the right, both on the call's one timeline, so what the scorecard says
about a silence can be heard and checked in the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gatekeeper.audio.base import SAMPLE_RATE
from gatekeeper.audio.resample import resample
from gatekeeper.audio.wavfile import write_wav


class CallRecording:
    def __init__(self) -> None:
        self._mic: list[np.ndarray] = []
        self._mic_start: int | None = None
        self._mic_end = 0
        self._gatekeeper: list[tuple[int, np.ndarray]] = []

    def add_mic(self, index: int, samples: np.ndarray) -> None:
        if self._mic_start is None:
            self._mic_start = index
        gap = index - (self._mic_start + sum(len(m) for m in self._mic))
        if gap > 0:
            self._mic.append(np.zeros(gap, dtype=np.float32))
        self._mic.append(np.asarray(samples, dtype=np.float32))
        self._mic_end = index + len(samples)

    def add_gatekeeper(self, start_index: int, samples: np.ndarray, sample_rate: int) -> None:
        self._gatekeeper.append((start_index, resample(samples, sample_rate, SAMPLE_RATE)))

    def stereo(self) -> np.ndarray:
        end = max([self._mic_end] + [i + len(s) for i, s in self._gatekeeper])
        out = np.zeros((end, 2), dtype=np.float32)
        if self._mic:
            mic = np.concatenate(self._mic)
            start = self._mic_start or 0
            out[start : start + len(mic), 0] = mic
        for index, samples in self._gatekeeper:
            out[index : index + len(samples), 1] += samples
        return out

    def write(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part.wav")
        write_wav(tmp, self.stereo(), SAMPLE_RATE)
        tmp.replace(path)
        return path
