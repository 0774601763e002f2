"""A one-glance strip of the call: who spoke when, and the silence after the pitch.

Drawn from the report's turns: one row for the gatekeeper, one for the trainee, one for the
shock pause's silence (green when held, red when broken). Each cell is a slice of the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from gatekeeper.ui.i18n import number, t

BAR = "█"


@dataclass(frozen=True)
class Span:
    speaker: str  # "gatekeeper" | "trainee"
    start_s: float
    end_s: float


def strip_row(spans: Sequence[tuple[float, float]], duration_s: float, width: int) -> list[bool]:
    """Which of ``width`` cells over ``[0, duration_s]`` are covered by a span."""
    cells = [False] * width
    if duration_s <= 0 or width <= 0:
        return cells
    for start, end in spans:
        first = int(start / duration_s * width)
        last = int(max(end, start) / duration_s * width - 1e-9)
        for i in range(max(0, first), min(width - 1, max(first, last)) + 1):
            cells[i] = True
    return cells


class Timeline(Static):
    def __init__(
        self,
        spans: Sequence[Span],
        duration_s: float,
        silence: tuple[float, float] | None,
        silence_held: bool | None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.spans = list(spans)
        self.duration_s = max(duration_s, max((s.end_s for s in spans), default=0.0))
        self.silence = silence
        self.silence_held = silence_held

    def on_resize(self) -> None:
        self.update(self.render_strip(max(10, self.size.width - 14)))

    def on_mount(self) -> None:
        self.update(self.render_strip(max(10, self.size.width - 14 if self.size.width else 60)))

    def render_strip(self, width: int) -> Text:
        rows = [
            (t("timeline.gatekeeper"), "gatekeeper", "bold magenta"),
            (t("timeline.trainee"), "trainee", "bold cyan"),
        ]
        out = Text()
        for label, speaker, style in rows:
            spans = [(s.start_s, s.end_s) for s in self.spans if s.speaker == speaker]
            out.append(f"{label[:12]:<12}  ")
            for covered in strip_row(spans, self.duration_s, width):
                out.append(BAR if covered else "·", style=style if covered else "dim")
            out.append("\n")
        out.append(f"{t('timeline.silence')[:12]:<12}  ")
        style = "bold green" if self.silence_held else "bold red"
        cells = strip_row([self.silence] if self.silence else [], self.duration_s, width)
        for covered in cells:
            out.append(BAR if covered else " ", style=style)
        out.append("\n")
        out.append(f"{'':<12}  0 s", style="dim")
        end = f"{number(self.duration_s)} s"
        out.append(" " * max(1, width - len(end) - 3) + end, style="dim")
        return out
