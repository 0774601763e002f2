"""The microphone check: pick a device, watch the level, say something and read it back.

Without a microphone (no PortAudio, no device) it says so plainly: calls are then typed."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label, ProgressBar, Select, Static

from gatekeeper.session.events import InputLevel, MicBack, MicStalled, Progress
from gatekeeper.ui.background import in_background
from gatekeeper.ui.i18n import t
from gatekeeper.ui.ports import MicCheck, MicEvent, MicHeard, MicUnavailable
from gatekeeper.ui.widgets.level_meter import LevelMeter

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp


class MicEventArrived(Message):
    def __init__(self, event: MicEvent) -> None:
        super().__init__()
        self.event = event


class MicFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class MicCheckScreen(Screen[None]):
    BINDINGS = [Binding("escape", "back", show=False)]

    app: GatekeeperApp

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._mic: MicCheck | None = None

    def compose(self) -> ComposeResult:
        yield Label(t("mic.title"), classes="heading")
        yield Select([], prompt=t("settings.default_device"), id="device")
        yield Label(t("mic.level"), id="level-label")
        yield LevelMeter(id="level")
        yield ProgressBar(total=None, show_eta=False, id="progress")
        yield Label(t("mic.say_something"), id="prompt")
        yield Static("", id="heard")
        yield Static("", id="status")
        yield Static(t("keys.back"), id="keys")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        factory = self.app.services.mic_check
        if factory is None:
            self._unavailable(t("mic.none_configured"))
            return
        try:
            self._mic = factory(self.app.prefs.language)  # transcribe what the screen speaks
            devices = self._mic.input_devices()
        except MicUnavailable as e:
            self._unavailable(t("mic.unavailable", reason=str(e)))
            return
        select = self.query_one("#device", Select)
        select.set_options([(d.label, d.id) for d in devices])
        chosen = self.app.prefs.input_device
        if chosen in {d.id for d in devices}:
            select.value = chosen
        self.listen(chosen or None)

    def _unavailable(self, message: str) -> None:
        for widget_id in ("#device", "#level-label", "#level", "#prompt"):
            self.query_one(widget_id).display = False
        self.query_one("#status", Static).update(message)

    def on_select_changed(self, event: Select.Changed) -> None:
        if self._mic is None:
            return
        self._stop.set()
        self._stop = threading.Event()
        self.listen(None if event.value is Select.BLANK else str(event.value))

    def listen(self, device: str | None) -> None:
        """The check runs in a daemon thread (the screen never waits on audio); any error
        there becomes one line on screen, never a silently dead check."""
        assert self._mic is not None
        mic, stop = self._mic, self._stop

        def run() -> None:
            mic.run(device, lambda e: self.post_message(MicEventArrived(e)), stop)

        def failed(error: BaseException) -> None:
            from gatekeeper.store.db import one_line

            self.post_message(MicFailed(one_line(error)))

        in_background("mic-check", run, failed)

    def on_mic_event_arrived(self, message: MicEventArrived) -> None:
        event = message.event
        if isinstance(event, InputLevel):
            self.query_one(LevelMeter).show_level(event.dbfs)
        elif isinstance(event, MicHeard):
            self.query_one("#heard", Static).update(
                t("mic.heard", text=event.text) if event.text.strip() else t("mic.heard_nothing")
            )
        elif isinstance(event, MicStalled):
            self.query_one(LevelMeter).show_level(-120.0)
            self.query_one("#prompt", Label).update(t("mic.waiting"))
            self.query_one("#status", Static).update(event.message)
        elif isinstance(event, MicBack):
            self.query_one("#prompt", Label).update(t("mic.say_something"))
            self.query_one("#status", Static).update(t("mic.back"))
        elif isinstance(event, Progress):
            bar = self.query_one("#progress", ProgressBar)
            finished = event.total is not None and event.done >= event.total
            bar.display = not finished
            bar.update(total=event.total, progress=event.done)
            self.query_one("#status", Static).update("" if finished else event.label)

    def on_mic_failed(self, message: MicFailed) -> None:
        self._unavailable(t("mic.unavailable", reason=message.reason))

    def action_back(self) -> None:
        self._stop.set()
        self.app.pop_screen()

    def on_unmount(self) -> None:
        self._stop.set()
