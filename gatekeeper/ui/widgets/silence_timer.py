"""The big silence timer of the shock pause.

It counts up from the trainee's last word, with the goal beside it ("hold until she
speaks"), and freezes into the result the moment either side speaks. The time comes from the
call's own clock (``now``), so what the trainee sees is what the scorecard will say.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Label

from gatekeeper.ui.i18n import number, t


class SilenceTimer(Vertical):
    DEFAULT_CLASSES = "idle"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._from_s = 0.0
        self._now: Callable[[], float] | None = None
        self._ticker = None

    def compose(self) -> ComposeResult:
        yield Label(t("call.silence.title"), id="silence-title")
        yield Digits("0.0", id="silence-digits")
        yield Label("", id="silence-goal")
        yield Label("", id="silence-result")

    def start(self, from_s: float, goal_s: float, now: Callable[[], float]) -> None:
        self._from_s, self._now = from_s, now
        self.set_classes("running")
        self.query_one("#silence-goal", Label).update(t("call.silence.goal", goal=number(goal_s)))
        self.query_one("#silence-result", Label).update("")
        self._show(max(0.0, now() - from_s))
        if self._ticker is None:
            self._ticker = self.set_interval(0.1, self._tick)
        else:
            self._ticker.resume()

    def stop(self, held: bool, silence_s: float) -> None:
        if self._ticker is not None:
            self._ticker.pause()
        self._show(silence_s)
        self.set_classes("held" if held else "broken")
        key = "call.silence.held" if held else "call.silence.broken"
        self.query_one("#silence-result", Label).update(t(key, seconds=number(silence_s)))

    def _tick(self) -> None:
        if self._now is not None and self.has_class("running"):
            self._show(max(0.0, self._now() - self._from_s))

    def _show(self, seconds: float) -> None:
        self.query_one("#silence-digits", Digits).update(number(seconds))
