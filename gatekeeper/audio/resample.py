"""Sample-format conversion and resampling to the pipeline's 16 kHz mono float32.

soxr's streaming resampler compensates its own filter delay, so sample ``k`` of the output is
time ``k / 16000`` of the input: resampling never shifts the timeline.
"""

from __future__ import annotations

import numpy as np

from gatekeeper.audio.base import SAMPLE_RATE


def to_float32(samples: np.ndarray) -> np.ndarray:
    """Integer PCM to float32 in [-1, 1); float input is passed through as float32."""
    if samples.dtype.kind == "f":
        return samples.astype(np.float32, copy=False)
    if samples.dtype == np.uint8:
        return (samples.astype(np.float32) - 128.0) / 128.0
    if samples.dtype.kind == "i":
        scale = float(2 ** (8 * samples.dtype.itemsize - 1))
        return (samples.astype(np.float64) / scale).astype(np.float32)
    raise ValueError(f"unsupported sample type {samples.dtype}")


def to_int16(samples: np.ndarray) -> np.ndarray:
    x = to_float32(samples)
    return (np.clip(x, -1.0, 32767 / 32768) * 32768.0).round().astype(np.int16)


def to_mono(samples: np.ndarray) -> np.ndarray:
    """Average the channels of an ``(n, channels)`` block; 1-D input is already mono."""
    if samples.ndim == 1:
        return samples
    if samples.shape[1] == 1:
        return samples[:, 0]
    return samples.mean(axis=1, dtype=np.float32)


def resample(samples: np.ndarray, in_rate: int, out_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Resample a whole mono signal at once (files, synthesised lines)."""
    x = to_float32(to_mono(samples))
    if in_rate == out_rate:
        return x
    import soxr

    return soxr.resample(x, in_rate, out_rate, quality="HQ").astype(np.float32, copy=False)


class StreamResampler:
    """Resample an endless mono stream chunk by chunk, keeping the filter state between chunks."""

    def __init__(self, in_rate: int, out_rate: int = SAMPLE_RATE) -> None:
        self.in_rate = int(in_rate)
        self.out_rate = int(out_rate)
        self._stream = None
        if self.in_rate != self.out_rate:
            import soxr

            self._stream = soxr.ResampleStream(
                self.in_rate, self.out_rate, 1, dtype="float32", quality="HQ"
            )

    def process(self, chunk: np.ndarray, last: bool = False) -> np.ndarray:
        x = np.ascontiguousarray(to_float32(to_mono(chunk)))
        if self._stream is None:
            return x
        return self._stream.resample_chunk(x, last=last)

    def flush(self) -> np.ndarray:
        return self.process(np.zeros(0, dtype=np.float32), last=True)
