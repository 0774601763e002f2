"""Input level in dBFS, for the microphone meter and for "is anybody there?" checks.

dBFS here is relative to a full-scale square wave: a constant 1.0 is 0 dBFS, a full-scale
sine is -3.01 dBFS RMS (its peak is 0 dBFS). Digital silence reports ``FLOOR_DBFS``.
"""

from __future__ import annotations

import math

import numpy as np

FLOOR_DBFS = -120.0


def _db(value: float) -> float:
    return max(FLOOR_DBFS, 20.0 * math.log10(value)) if value > 0 else FLOOR_DBFS


def rms_dbfs(samples: np.ndarray) -> float:
    if not len(samples):
        return FLOOR_DBFS
    x = samples.astype(np.float64, copy=False)
    return _db(math.sqrt(float(np.mean(x * x))))


def peak_dbfs(samples: np.ndarray) -> float:
    if not len(samples):
        return FLOOR_DBFS
    return _db(float(np.max(np.abs(samples))))


class LevelMeter:
    """A meter with instant attack and slow release, so a UI bar does not flicker per frame."""

    def __init__(self, release_db_per_s: float = 20.0) -> None:
        self.release_db_per_s = release_db_per_s
        self.level_dbfs = FLOOR_DBFS

    def update(self, samples: np.ndarray, duration_s: float | None = None) -> float:
        level = rms_dbfs(samples)
        dt = duration_s if duration_s is not None else len(samples) / 16_000
        fallen = self.level_dbfs - self.release_db_per_s * dt
        self.level_dbfs = max(level, fallen, FLOOR_DBFS)
        return self.level_dbfs
