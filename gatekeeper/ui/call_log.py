"""Writes a running call into the history as it happens.

Called from the call's worker thread with each event, before the UI sees it: every finished
turn is its own commit, and so is the silence measured after the pitch (stored with that
turn), so closing the window (or kill -9) mid-call loses at most the turn being spoken; the
recording is linked before the call starts and written as it goes. The final report replaces
those turns with the engine's complete record, keeping the measured silence.
"""

from __future__ import annotations

from pathlib import Path

from gatekeeper.dialogue.types import CallReport, TurnRecord
from gatekeeper.session.events import (
    CallEnded,
    CallEvent,
    CallFailed,
    GatekeeperSpoke,
    ShockPauseEnded,
    TraineeTranscribed,
)
from gatekeeper.store import CallSummary, Store, StoreError
from gatekeeper.ui.ports import CallSetup


class CallLog:
    def __init__(self, store: Store, setup: CallSetup, workshop: str | None) -> None:
        self.store = store
        self.setup = setup
        self.call_id: int | None = None
        self.summary: CallSummary | None = None
        self.error: str | None = None
        loaded = setup.scenario
        try:
            self.call_id = store.begin_call(
                setup.trainee.id,
                loaded.id,
                loaded.scenario.title,
                loaded.scenario.language.value,
                setup.seed,
                workshop=workshop or None,
            )
        except (StoreError, ValueError) as e:
            self.error = str(e)

    def record(self, event: CallEvent) -> None:
        if self.call_id is None or self.summary is not None:
            return
        try:
            if isinstance(event, GatekeeperSpoke):
                self.store.add_turn(
                    self.call_id,
                    TurnRecord("gatekeeper", event.text, event.start_s, event.end_s, step=""),
                )
            elif isinstance(event, TraineeTranscribed):
                self.store.add_turn(
                    self.call_id,
                    TurnRecord(
                        "trainee",
                        event.text,
                        event.start_s,
                        event.end_s,
                        step="",
                        judgement=event.judgement,
                    ),
                )
            elif isinstance(event, ShockPauseEnded):
                self.store.set_silence(self.call_id, event.silence_s, event.held)
            elif isinstance(event, CallEnded | CallFailed) and event.report is not None:
                self.finish(event.report)
        except (StoreError, ValueError) as e:
            self.error = str(e)

    def finish(self, report: CallReport) -> None:
        if self.call_id is None or self.summary is not None:
            return
        self.summary = self.store.finish_call(self.call_id, report)

    def plan_recording(self, path: Path) -> None:
        """The call will be recorded to ``path`` as it goes: linked before the first sample,
        so a call killed mid-way keeps its audio (and deleting the trainee removes it)."""
        if self.call_id is None:
            return
        try:
            self.store.set_recording(self.call_id, Path(path))
        except (StoreError, ValueError) as e:
            self.error = str(e)

    def attach_recording(self, path: Path | None) -> None:
        """The driver saved the call's audio at ``path`` (voice calls that record)."""
        if self.call_id is None or path is None or not Path(path).exists():
            return
        try:
            self.store.set_recording(self.call_id, Path(path))
            self.summary = self.store.get_call(self.call_id).summary
        except (StoreError, ValueError) as e:
            self.error = str(e)
