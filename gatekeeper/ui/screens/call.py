"""The call: the gatekeeper's card, the call state, the live transcript, the silence timer.

The driver runs in a worker thread; every event it reports is written to the history first
(by :class:`CallLog`, still in the worker) and then posted here as a message, so the screen
only ever displays. Esc hangs up, r (or Ctrl+R) restarts, space is push-to-talk when enabled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, ProgressBar, Static

from gatekeeper.dialogue.types import CallReport
from gatekeeper.scenario.model import UNSCORED_OUTCOMES, Outcome
from gatekeeper.session.events import (
    CallDriver,
    CallEnded,
    CallEvent,
    CallFailed,
    CallStateChanged,
    GatekeeperSpoke,
    InputLevel,
    Progress,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeSpeechStarted,
    TraineeTranscribed,
)
from gatekeeper.ui.background import in_background
from gatekeeper.ui.call_log import CallLog
from gatekeeper.ui.i18n import t
from gatekeeper.ui.ports import CallSetup
from gatekeeper.ui.widgets.level_meter import LevelMeter
from gatekeeper.ui.widgets.silence_timer import SilenceTimer
from gatekeeper.ui.widgets.transcript import Transcript

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp


class CallEventArrived(Message):
    def __init__(self, event: CallEvent) -> None:
        super().__init__()
        self.event = event


class CallFinished(Message):
    def __init__(self, report: CallReport | None) -> None:
        super().__init__()
        self.report = report


class MicCameBack(Message):
    """The watchdog found the microphone delivering audio again after the call broke off."""


class CallCrashed(Message):
    """The driver raised: the call is over, the reason is shown as one line."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


class CallScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "hang_up", show=False),
        Binding("ctrl+r", "restart", show=False),
        Binding("r", "restart", show=False),
        Binding("space", "push_to_talk", show=False),
    ]

    app: GatekeeperApp

    def __init__(self, setup: CallSetup, driver: CallDriver, note: str = "") -> None:
        super().__init__()
        self.setup = setup
        self.driver = driver
        self.note = note
        self.report: CallReport | None = None
        self.failure: str | None = None
        self.running = False
        self._restart = False
        self._hanging_up = False
        self._watchdog_stop = threading.Event()
        self._talking = False
        self._last_at = 0.0
        self._last_at_mono = time.monotonic()
        self.log_: CallLog | None = None

    def compose(self) -> ComposeResult:
        persona = self.setup.scenario.scenario.persona
        with Horizontal(id="call-top"):
            with Vertical(id="persona"):
                yield Label(persona.name, id="persona-name")
                yield Label(persona.company, id="persona-company")
                yield Label(
                    t("call.mood", mood=persona.mood) if persona.mood else "", id="persona-mood"
                )
                yield Label(self.setup.scenario.scenario.title, id="scenario-title")
            with Vertical(id="call-side"):
                yield Label(t("call.state.ringing"), id="call-state")
                yield SilenceTimer(id="silence")
        yield Transcript(id="transcript")
        yield ProgressBar(total=None, show_eta=False, id="progress")
        yield LevelMeter(id="level")
        yield Input(placeholder=t("call.type_here"), id="typed")
        yield Static(self.note, id="status")
        yield Static(self._keys(), id="keys")

    def _keys(self) -> str:
        if self.setup.typed:
            return t("keys.call_typed")
        return t("keys.call_ptt") if self.setup.push_to_talk else t("keys.call_voice")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        self.query_one("#level").display = not self.setup.typed
        typed = self.query_one("#typed", Input)
        typed.display = self.setup.typed
        if self.setup.typed:
            typed.focus()
        if self.setup.push_to_talk and not self.setup.typed:
            self.driver.push_to_talk(False)
        self.log_ = CallLog(self.app.services.store, self.setup, self.app.prefs.workshop)
        if self.log_.call_id is not None and hasattr(self.driver, "record_to"):
            # one file per call, named by its id, beside the history in use
            folder = self.app.services.store.path.parent / "recordings"
            path = folder / f"call-{self.log_.call_id}.wav"
            self.driver.record_to = path
            self.log_.plan_recording(path)
        if self.log_.error:
            self.query_one("#status", Static).update(t("call.store_error", error=self.log_.error))
        self.running = True
        self.run_call()

    def run_call(self) -> None:
        """The driver runs in a daemon thread: the screen never waits for it (see
        :mod:`gatekeeper.ui.background`)."""
        in_background("call", self._run_call, lambda e: self.post_message(CallCrashed(e)))

    def _run_call(self) -> None:
        log = self.log_

        def on_event(event: CallEvent) -> None:
            if log is not None:
                log.record(event)
            self.post_message(CallEventArrived(event))

        report = self.driver.run(on_event)
        if log is not None:
            log.attach_recording(getattr(self.driver, "recording_path", None))
        self.post_message(CallFinished(report))

    # --- events from the call ------------------------------------------------------------

    def on_call_event_arrived(self, message: CallEventArrived) -> None:
        event = message.event
        at = getattr(event, "at_s", None) or getattr(event, "start_s", None)
        if at is not None:
            self._last_at, self._last_at_mono = at, time.monotonic()
        transcript = self.query_one(Transcript)
        if isinstance(event, CallStateChanged):
            self._show_state(event.state)
        elif isinstance(event, GatekeeperSpoke):
            # after a handover the boss speaks: the event names him
            name = event.speaker or self.setup.scenario.scenario.persona.name
            self.query_one("#persona-name", Label).update(name)
            transcript.gatekeeper(name, event.text, event.start_s, event.interrupting)
        elif isinstance(event, TraineeSpeechStarted):
            self._show_state("talking")
        elif isinstance(event, TraineeTranscribed):
            transcript.trainee(event.text, event.start_s, event.judgement)
        elif isinstance(event, ShockPauseStarted):
            self.query_one(SilenceTimer).start(event.silence_from_s, event.goal_s, self._now())
        elif isinstance(event, ShockPauseEnded):
            self.query_one(SilenceTimer).stop(event.held, event.silence_s)
        elif isinstance(event, InputLevel):
            self.query_one(LevelMeter).show_level(event.dbfs)
        elif isinstance(event, Progress):
            self._show_progress(event)
        elif isinstance(event, CallEnded):
            self.report = event.report
        elif isinstance(event, CallFailed):
            self.failure = event.message
            self.report = event.report
            self.query_one("#status", Static).update(t("call.failed", error=event.message))

    def _now(self) -> Callable[[], float]:
        """The call's clock: the driver's own if it has one, else the last event's time
        carried forward by the monotonic clock."""
        own = getattr(self.driver, "now_s", None)
        if callable(own):
            return own
        return lambda: self._last_at + (time.monotonic() - self._last_at_mono)

    def _show_state(self, state: str) -> None:
        label = self.query_one("#call-state", Label)
        label.update(t(f"call.state.{state}"))
        label.set_classes(f"state-{state}")

    def _show_progress(self, event: Progress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        finished = event.total is not None and event.done >= event.total
        bar.display = not finished
        bar.update(total=event.total, progress=event.done)
        self.query_one("#status", Static).update("" if finished else event.label)

    def on_call_finished(self, message: CallFinished) -> None:
        self.running = False
        report = message.report or self.report
        if self._restart:
            self.app.start_call(self.setup.scenario, self.setup.trainee, replace=True)
            return
        if report is None:
            self._show_state("ended")
            return
        if report.outcome in UNSCORED_OUTCOMES:
            self._broke_off(report)
            return
        from gatekeeper.ui.screens.scorecard import ScorecardScreen

        summary = self.log_.summary if self.log_ is not None else None
        self.app.switch_screen(ScorecardScreen(self.setup, report, summary))

    def _broke_off(self, report: CallReport) -> None:
        """No scorecard for a call that broke off: say why, keep it (as interrupted or
        overrun, no score), and when the microphone was lost wait for it to come back."""
        self._show_state("ended")
        reason = self.failure or t(f"outcome.{report.outcome.value}")
        self.query_one("#status", Static).update(t("call.broke_off", reason=reason))
        watchdog = self.app.services.mic_watchdog
        if report.outcome is not Outcome.interrupted or watchdog is None or self.setup.typed:
            return
        stop = self._watchdog_stop
        device = self.setup.input_device

        def watch() -> None:
            if watchdog(device, stop):
                self.post_message(MicCameBack())

        in_background("mic-watchdog", watch, lambda e: None)

    def on_mic_came_back(self, message: MicCameBack) -> None:
        self.query_one("#status", Static).update(t("call.mic_back"))

    def on_call_crashed(self, message: CallCrashed) -> None:
        from gatekeeper.store.db import one_line

        self.running = False
        self._show_state("ended")
        error = message.error
        self.query_one("#status", Static).update(
            t("call.failed", error=f"{type(error).__name__}: {one_line(error)}")
        )

    # --- keys ----------------------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "typed" and event.value.strip():
            self.driver.say_text(event.value)
            event.input.value = ""

    def action_hang_up(self) -> None:
        """Esc hangs up; a second Esc leaves even if the driver has not let go yet (a stuck
        audio device): the screen never waits for it."""
        if self.running and not self._hanging_up:
            self._hanging_up = True
            self.driver.hang_up()
            return
        self.running = False
        self.app.pop_screen()

    def action_restart(self) -> None:
        if self.running:
            self._restart = True
            self.driver.hang_up()
        else:
            self.app.start_call(self.setup.scenario, self.setup.trainee, replace=True)

    def action_push_to_talk(self) -> None:
        """Terminals report no key release, so space toggles: press to talk, again to stop."""
        if self.setup.typed or not self.setup.push_to_talk:
            return
        self._talking = not self._talking
        self.driver.push_to_talk(self._talking)
        self._show_state("talking" if self._talking else "listening")

    def on_unmount(self) -> None:
        self._watchdog_stop.set()
        if self.running:
            self.driver.hang_up()
