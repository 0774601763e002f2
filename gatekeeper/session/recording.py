"""The recording of a call: the trainee's microphone on the left channel and the
gatekeeper's voice on the right, both on the call's one timeline, so what the scorecard says
about a silence can be heard and checked in the file.

The file is written as the call goes (16-bit stereo PCM at 16 kHz), about every half second
of audio, with the WAV header's sizes brought up to date each time: a process killed mid-call
leaves a playable file that lacks at most the last half second. A file whose header still
disagrees with its length (the kill came between the audio and the header) is repaired by
:func:`repair_recordings` on the next start.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np

from gatekeeper.audio.base import SAMPLE_RATE
from gatekeeper.audio.resample import resample, to_int16

CHANNELS = 2
BYTES_PER_FRAME = CHANNELS * 2  # 16-bit stereo
HEADER_BYTES = 44
FLUSH_EVERY = SAMPLE_RATE // 2  # samples of final audio between two writes


def _header(frames: int) -> bytes:
    data = frames * BYTES_PER_FRAME
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data)
        + b"WAVEfmt "
        + struct.pack(
            "<IHHIIHH",
            16,
            1,
            CHANNELS,
            SAMPLE_RATE,
            SAMPLE_RATE * BYTES_PER_FRAME,
            BYTES_PER_FRAME,
            16,
        )
        + b"data"
        + struct.pack("<I", data)
    )


class CallRecording:
    """Collects both sides of a call. With ``path`` it streams them to that file as the call
    goes (see the module docstring); without, it keeps them in memory for :meth:`stereo`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._file: BinaryIO | None = None
        self._written = 0  # timeline samples already in the file
        self._pending = np.zeros((0, CHANNELS), dtype=np.float32)  # from _written on
        self._mic_end = 0
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("wb")
            self._file.write(_header(0))
            self._file.flush()

    def _cover(self, end: int) -> None:
        missing = end - self._written - len(self._pending)
        if missing > 0:
            grow = np.zeros((missing, CHANNELS), dtype=np.float32)
            self._pending = np.concatenate([self._pending, grow])

    def add_mic(self, index: int, samples: np.ndarray) -> None:
        samples = np.asarray(samples, dtype=np.float32)
        end = index + len(samples)
        if end <= self._written:
            return
        skip = max(0, self._written - index)
        self._cover(end)
        at = index + skip - self._written
        self._pending[at : at + len(samples) - skip, 0] = samples[skip:]
        self._mic_end = max(self._mic_end, end)
        if self._file is not None and self._mic_end - self._written >= FLUSH_EVERY:
            self._flush(self._mic_end)

    def add_gatekeeper(self, start_index: int, samples: np.ndarray, sample_rate: int) -> None:
        voice = resample(np.asarray(samples, dtype=np.float32), sample_rate, SAMPLE_RATE)
        end = start_index + len(voice)
        skip = max(0, self._written - start_index)  # never earlier than "now" in a call
        if end <= self._written:
            return
        self._cover(end)
        at = start_index + skip - self._written
        self._pending[at : at + len(voice) - skip, 1] += voice[skip:]

    def _flush(self, upto: int) -> None:
        """Write the audio before ``upto`` (final: the microphone has passed it)."""
        assert self._file is not None
        n = min(upto - self._written, len(self._pending))
        if n <= 0:
            return
        self._file.seek(0, 2)
        self._file.write(to_int16(self._pending[:n]).tobytes())
        self._pending = self._pending[n:]
        self._written += n
        self._file.seek(0)
        self._file.write(_header(self._written))
        self._file.flush()

    def stereo(self) -> np.ndarray:
        """The whole call in memory (a recording without a file)."""
        if self._file is not None or self.path is not None:
            raise ValueError("a streamed recording is on disk; read the file")
        return self._pending.copy()

    def write(self, path: Path) -> Path:
        """Finish the recording at ``path``: a streamed one is completed and closed (its
        path must be ``path``); an in-memory one is written in one go."""
        if self.path is not None:
            if Path(path) != self.path:
                raise ValueError(f"this recording streams to {self.path}, not {path}")
            self.close()
            return self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part.wav")
        with tmp.open("wb") as out:
            out.write(_header(len(self._pending)))
            out.write(to_int16(self._pending).tobytes())
        tmp.replace(path)
        return path

    def close(self) -> None:
        """Write everything still pending (the gatekeeper's last line may run past the
        microphone) and close the file."""
        if self._file is None:
            return
        self._flush(self._written + len(self._pending))
        self._file.close()
        self._file = None


def repair_recordings(folder: Path) -> list[Path]:
    """Fix the header of every recording in ``folder`` whose sizes disagree with the file's
    length (the app was killed between writing audio and its header); returns those fixed.
    A torn last sample frame is cut off. Files that are not this module's WAVs are left."""
    fixed: list[Path] = []
    if not folder.is_dir():
        return fixed
    for path in sorted(folder.glob("*.wav")):
        try:
            with path.open("r+b") as f:
                head = f.read(HEADER_BYTES)
                if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[36:40] != b"data":
                    continue
                if head[8:16] != b"WAVEfmt " or head[22:24] != struct.pack("<H", CHANNELS):
                    continue
                size = f.seek(0, 2)
                frames = (size - HEADER_BYTES) // BYTES_PER_FRAME
                if struct.unpack("<I", head[40:44])[0] == frames * BYTES_PER_FRAME and (
                    size == HEADER_BYTES + frames * BYTES_PER_FRAME
                ):
                    continue
                f.truncate(HEADER_BYTES + frames * BYTES_PER_FRAME)
                f.seek(0)
                f.write(_header(frames))
            fixed.append(path)
        except OSError:
            continue
    return fixed
