"""Start: who is practising, which scenario, and what is wrong with the coach's files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from gatekeeper.store import StoreError, Trainee
from gatekeeper.ui.i18n import t

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp


class StartScreen(Screen[None]):
    BINDINGS = [
        Binding("f2", "mic_check", show=False),
        Binding("f3", "history", show=False),
        Binding("f4", "settings", show=False),
        Binding("f5", "reload", show=False),
    ]

    app: GatekeeperApp

    def compose(self) -> ComposeResult:
        yield Static(t("app.title"), id="title")
        with Horizontal(id="start-body"):
            with Vertical(id="trainees"):
                yield Label(t("start.trainees"), classes="heading")
                yield OptionList(id="trainee-list")
                yield Input(placeholder=t("start.add_trainee"), id="new-trainee")
            with Vertical(id="scenarios"):
                yield Label(t("start.scenarios"), classes="heading")
                yield OptionList(id="scenario-list")
                yield Label(t("start.broken"), classes="heading", id="broken-heading")
                with VerticalScroll(id="broken-box"):
                    yield Static("", id="broken")
        yield Static("", id="status")
        yield Static(t("keys.start"), id="keys")

    def on_mount(self) -> None:
        self.refresh_trainees()
        self.refresh_scenarios()
        poll = self.app.services.poll_scenarios_s
        if poll:
            self.set_interval(poll, self._poll_files)
        self.query_one("#scenario-list" if self._trainees else "#new-trainee").focus()
        if self.app.store_note:
            self.say(self.app.store_note)

    # --- trainees ------------------------------------------------------------------------

    def refresh_trainees(self, select: int | None = None) -> None:
        store = self.app.services.store
        self._trainees: list[Trainee] = store.list_trainees()
        if select is None:
            last = store.get_last_trainee()
            select = last.id if last is not None else None
        options = self.query_one("#trainee-list", OptionList)
        options.clear_options()
        options.add_options([Option(tr.name, id=str(tr.id)) for tr in self._trainees])
        for index, trainee in enumerate(self._trainees):
            if trainee.id == select:
                options.highlighted = index
        if options.highlighted is None and self._trainees:
            options.highlighted = 0

    @property
    def trainee(self) -> Trainee | None:
        index = self.query_one("#trainee-list", OptionList).highlighted
        if index is None or index >= len(self._trainees):
            return None
        return self._trainees[index]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "new-trainee":
            return
        name = event.value.strip()
        if not name:
            return
        store = self.app.services.store
        try:
            trainee = store.find_trainee(name) or store.add_trainee(name)
            store.set_last_trainee(trainee.id)
        except (StoreError, ValueError) as e:
            self.say(t("start.trainee_error", error=str(e)))
            return
        event.input.value = ""
        self.refresh_trainees(select=trainee.id)
        self.say(t("start.trainee_added", name=trainee.name))
        self.query_one("#scenario-list").focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "trainee-list" and self.trainee is not None:
            try:
                self.app.services.store.set_last_trainee(self.trainee.id)
            except StoreError as e:  # a read-only history: who practises is not remembered
                self.say(self.app.store_note or str(e))

    # --- scenarios -----------------------------------------------------------------------

    def refresh_scenarios(self) -> None:
        library = self.app.library
        options = self.query_one("#scenario-list", OptionList)
        keep = options.highlighted_option.id if options.highlighted_option else None
        options.clear_options()
        for loaded in library.ok:
            s = loaded.scenario
            prompt = Text(s.title, style="bold")
            prompt.append(
                f"  {s.language.value} · {t('difficulty.' + s.difficulty.value)}", style="dim"
            )
            prompt.append(f"\n{s.description}", style="italic")
            options.add_option(Option(prompt, id=loaded.id))
        ids = [loaded.id for loaded in library.ok]
        if ids:
            options.highlighted = ids.index(keep) if keep in ids else 0
        broken = Text()
        for path, problems in library.failed:
            broken.append(f"{path.name}\n", style="bold red")
            for problem in problems:
                broken.append(f"  {problem}\n")
        if not library.failed:
            broken.append(t("start.no_broken"), style="dim")
        self.query_one("#broken", Static).update(broken)

    def action_reload(self) -> None:
        self.app.reload_library()
        self.refresh_scenarios()
        self.say(
            t("start.reloaded", count=len(self.app.library.ok), broken=len(self.app.library.failed))
        )

    def _poll_files(self) -> None:
        from gatekeeper.ui.library import fingerprint

        if fingerprint(self.app.scenario_dirs()) != self.app.library.fingerprint:
            self.action_reload()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "trainee-list":
            self.query_one("#scenario-list").focus()
            return
        if event.option_list.id != "scenario-list":
            return
        trainee = self.trainee
        if trainee is None:
            self.say(t("start.need_trainee"))
            self.query_one("#new-trainee").focus()
            return
        loaded = self.app.library.find(str(event.option.id))
        if loaded is not None:
            self.app.start_call(loaded, trainee)

    # --- elsewhere -----------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.query_one("#status", Static).update(text)

    def action_mic_check(self) -> None:
        from gatekeeper.ui.screens.mic_check import MicCheckScreen

        self.app.push_screen(MicCheckScreen())

    def action_history(self) -> None:
        from gatekeeper.ui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen())

    def action_settings(self) -> None:
        from gatekeeper.ui.screens.settings import SettingsScreen

        self.app.push_screen(SettingsScreen())

    def on_screen_resume(self) -> None:
        self.refresh_trainees()
        self.refresh_scenarios()
        if self.app.store_note:
            self.say(self.app.store_note)
