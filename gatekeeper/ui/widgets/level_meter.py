"""The microphone's input level as a bar from -60 dBFS (silence) to 0 dBFS (clipping)."""

from __future__ import annotations

from textual.widgets import ProgressBar

FLOOR_DBFS = -60.0


def level_fraction(dbfs: float) -> float:
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS))


class LevelMeter(ProgressBar):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(total=100, show_eta=False, show_percentage=False, id=id)

    def show_level(self, dbfs: float) -> None:
        self.update(progress=round(level_fraction(dbfs) * 100))
