"""The Textual app: a thin shell over the store, the scenario library and a call driver.

It holds what every screen shares (services, settings, the scenario library, who is
practising) and moves between screens; each screen only displays and forwards keys. All the
work that takes time runs in worker threads that report back with messages.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from gatekeeper.scenario import LoadedScenario
from gatekeeper.session.events import CallDriver
from gatekeeper.store import StoreError, Trainee
from gatekeeper.ui.i18n import set_language, t
from gatekeeper.ui.library import Library, folders, load_library
from gatekeeper.ui.ports import CallSetup, MicUnavailable, Services
from gatekeeper.ui.prefs import Prefs, load_prefs, save_prefs


class GatekeeperApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "gatekeeper"
    BINDINGS = [Binding("ctrl+q", "quit", show=False, priority=True)]

    def __init__(self, services: Services, *, language: str | None = None) -> None:
        super().__init__()
        self.services = services
        self.prefs: Prefs = load_prefs(services.store)
        if language:
            self.prefs = self.prefs.with_(language=language)
        set_language(self.prefs.language)
        self.library: Library = load_library(self.scenario_dirs())
        self.fallback_note: str = ""  # why a call is typed instead of spoken
        self.store_note: str = ""  # why the history does not save (shown on the start screen)
        self.crash: str | None = None  # one line, when the app stopped on an internal error
        self.crash_log: Path | None = None  # where the traceback of that error went
        if services.store.read_only:
            self.store_note = t("start.read_only", path=str(services.store.path))

    def on_mount(self) -> None:
        from gatekeeper.ui.screens.start import StartScreen

        try:
            self.services.store.mark_abandoned_calls()
        except StoreError as e:
            self.store_note = self.store_note or str(e)
        self._repair_recordings()
        self.push_screen(StartScreen())

    def _repair_recordings(self) -> None:
        """Recordings of calls cut short by a kill get a WAV header that fits their audio."""
        from gatekeeper.session.recording import repair_recordings

        if not self.services.store.read_only:
            repair_recordings(self.services.store.path.parent / "recordings")

    # --- an error nobody caught ----------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        """An exception no screen handled: the app ends with exit code 1 and one line (see
        ``commands.app``), the traceback goes to the log in the data folder, never over the
        screen. (Textual's own handler prints the traceback after the app exits.)"""
        from gatekeeper.store.db import one_line

        self.crash = f"{type(error).__name__}: {one_line(error)}"
        log = self.services.log_path
        if log is not None:
            try:
                with open(log, "a", encoding="utf-8") as out:
                    out.write("".join(traceback.format_exception(error)))
                self.crash_log = log
            except OSError:
                pass
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        self.bell()
        self._close_messages_no_wait()

    # --- shared state ------------------------------------------------------------------

    def scenario_dirs(self) -> list[Path]:
        return folders(
            self.services.bundled_dir,
            [*self.services.extra_scenario_dirs, *self.prefs.scenario_dirs],
        )

    def reload_library(self) -> bool:
        """Reload the scenarios; True when anything changed."""
        fresh = load_library(self.scenario_dirs())
        changed = fresh.fingerprint != self.library.fingerprint or fresh != self.library
        self.library = fresh
        return changed

    def apply_prefs(self, prefs: Prefs) -> None:
        """Save settings; a language change rebuilds the start screen in the new language."""
        try:
            save_prefs(self.services.store, prefs)
        except StoreError as e:
            self.store_note = t("start.settings_not_saved", error=str(e))
        self.prefs = prefs
        set_language(prefs.language)
        self.reload_library()

    # --- calls ---------------------------------------------------------------------------

    def make_setup(self, loaded: LoadedScenario, trainee: Trainee) -> CallSetup:
        return CallSetup(
            scenario=loaded,
            trainee=trainee,
            seed=self.services.seed(),
            typed=self.services.voice_driver is None,
            push_to_talk=self.prefs.push_to_talk,
            headset=self.prefs.headset,
            input_device=self.prefs.input_device or None,
            output_device=self.prefs.output_device or None,
        )

    def make_driver(self, setup: CallSetup) -> tuple[CallSetup, CallDriver]:
        """A voice call if one can be had, else a typed call (with the reason noted)."""
        self.fallback_note = ""
        if not setup.typed and self.services.voice_driver is not None:
            try:
                return setup, self.services.voice_driver(setup)
            except MicUnavailable as e:
                self.fallback_note = t("call.typed_fallback", reason=str(e))
        typed = CallSetup(**{**setup.__dict__, "typed": True})
        return typed, self.services.typed_driver(typed)

    def start_call(self, loaded: LoadedScenario, trainee: Trainee, replace: bool = False) -> None:
        from gatekeeper.ui.screens.call import CallScreen

        if self.services.stop_playback is not None:
            self.services.stop_playback()  # one playback at a time
        setup, driver = self.make_driver(self.make_setup(loaded, trainee))
        screen = CallScreen(setup, driver, note=self.fallback_note)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
