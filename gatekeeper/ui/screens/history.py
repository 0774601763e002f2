"""History and workshops: the leaderboard (today, a named workshop, or all time), exports
for the coach, and deleting one trainee's data on request."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, DataTable, Input, Label, Select, Static

from gatekeeper.store import LeaderRow, StoreError, default_data_dir
from gatekeeper.ui.i18n import number, t
from gatekeeper.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp

SCOPES = ("today", "workshop", "all")


class HistoryScreen(Screen[None]):
    BINDINGS = [Binding("escape", "back", show=False)]

    app: GatekeeperApp

    def compose(self) -> ComposeResult:
        yield Label(t("history.title"), classes="heading")
        with Horizontal(id="history-filter"):
            yield Select(
                [(t(f"history.scope.{s}"), s) for s in SCOPES],
                value="workshop" if self.app.prefs.workshop else "today",
                allow_blank=False,
                id="scope",
            )
            yield Input(
                self.app.prefs.workshop, placeholder=t("history.workshop_name"), id="workshop"
            )
        yield DataTable(id="leaderboard", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="history-actions"):
            yield Button(t("history.export_csv"), id="export-csv")
            yield Button(t("history.export_json"), id="export-json")
            yield Button(t("history.delete"), variant="error", id="delete")
        yield Static("", id="status")
        yield Static(t("keys.history"), id="keys")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            t("history.col.rank"),
            t("history.col.trainee"),
            t("history.col.calls"),
            t("history.col.best"),
            t("history.col.silence"),
        )
        self.refresh_board()
        table.focus()

    def _filter(self) -> tuple[object, str | None]:
        scope = self.query_one("#scope", Select).value
        workshop = self.query_one("#workshop", Input).value.strip() or None
        day = self.app.services.store.today() if scope == "today" else None
        return day, (workshop if scope == "workshop" else None)

    def refresh_board(self) -> None:
        day, workshop = self._filter()
        table = self.query_one(DataTable)
        table.clear()
        try:
            self.rows: list[LeaderRow] = self.app.services.store.leaderboard(
                day=day,
                workshop=workshop,  # type: ignore[arg-type]
            )
        except (StoreError, ValueError) as e:
            self.rows = []
            self.say(str(e))
            return
        for rank, row in enumerate(self.rows, 1):
            silence = row.longest_silence_s
            table.add_row(
                str(rank),
                row.trainee.name,
                str(row.calls),
                "–" if row.best_score is None else str(row.best_score),
                "–" if silence is None else f"{number(silence)} s",
                key=str(row.trainee.id),
            )
        if not self.rows:
            self.say(t("history.empty"))

    def on_select_changed(self, event: Select.Changed) -> None:
        self.refresh_board()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.refresh_board()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id in ("export-csv", "export-json"):
            self.export("csv" if event.button.id == "export-csv" else "json")
        elif event.button.id == "delete":
            self.ask_delete()

    def export_path(self, suffix: str) -> Path:
        services = self.app.services
        folder = services.export_dir or default_data_dir() / "exports"
        stamp = (
            services.now_label() if services.now_label else datetime.now().strftime("%Y%m%d-%H%M%S")
        )
        return folder / f"gatekeeper-{stamp}.{suffix}"

    def export(self, suffix: str) -> None:
        day, workshop = self._filter()
        path = self.export_path(suffix)
        store = self.app.services.store
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write = store.export_csv if suffix == "csv" else store.export_json
            count = write(path, workshop=workshop, day=day)  # type: ignore[arg-type]
        except (OSError, StoreError, ValueError) as e:
            self.say(t("history.export_failed", error=str(e)))
            return
        self.say(t("history.exported", count=count, path=str(path)))

    def ask_delete(self) -> None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            self.say(t("history.pick_trainee"))
            return
        trainee = self.rows[table.cursor_row].trainee

        def answered(yes: bool | None) -> None:
            if not yes:
                self.say(t("history.kept", name=trainee.name))
                return
            try:
                gone = self.app.services.store.delete_trainee(trainee.id)
            except StoreError as e:
                self.say(str(e))
                return
            self.refresh_board()
            self.say(t("history.deleted", name=trainee.name, calls=gone.calls))

        self.app.push_screen(
            ConfirmScreen(t("history.confirm_delete", name=trainee.name)), answered
        )

    def say(self, text: str) -> None:
        self.query_one("#status", Static).update(text)

    def action_back(self) -> None:
        self.app.pop_screen()
