"""The Textual app: a thin shell over the store, the scenario library and a call driver.

It holds what every screen shares (services, settings, the scenario library, who is
practising) and moves between screens; each screen only displays and forwards keys. All the
work that takes time runs in worker threads that report back with messages.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from gatekeeper.scenario import LoadedScenario
from gatekeeper.session.events import CallDriver
from gatekeeper.store import Trainee
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

    def on_mount(self) -> None:
        from gatekeeper.ui.screens.start import StartScreen

        self.services.store.mark_abandoned_calls()
        self.push_screen(StartScreen())

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
        save_prefs(self.services.store, prefs)
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

        setup, driver = self.make_driver(self.make_setup(loaded, trainee))
        screen = CallScreen(setup, driver, note=self.fallback_note)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
