"""Settings: language, push-to-talk, headset mode, workshop name, coach folders, devices.

Saved in the history's settings table; a language change rebuilds the start screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static, Switch

from gatekeeper.ui.i18n import LANGUAGES, t
from gatekeeper.ui.ports import InputDevice, MicUnavailable
from gatekeeper.ui.prefs import join_dirs, split_dirs

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp


class SettingsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", show=False),
        Binding("ctrl+s", "save", show=False),
    ]

    app: GatekeeperApp

    def compose(self) -> ComposeResult:
        prefs = self.app.prefs
        yield Label(t("settings.title"), classes="heading")
        with VerticalScroll(id="settings-form"):
            yield Label(t("settings.language"))
            yield Select(
                [(t(f"language.{code}"), code) for code in LANGUAGES],
                value=prefs.language,
                allow_blank=False,
                id="language",
            )
            with Horizontal(classes="switch-row"):
                yield Switch(prefs.push_to_talk, id="push-to-talk")
                yield Label(t("settings.push_to_talk"))
            with Horizontal(classes="switch-row"):
                yield Switch(prefs.headset, id="headset")
                yield Label(t("settings.headset"))
            yield Label(t("settings.workshop"))
            yield Input(prefs.workshop, placeholder=t("settings.workshop_hint"), id="workshop")
            yield Label(t("settings.scenario_dirs"))
            yield Input(
                join_dirs(prefs.scenario_dirs),
                placeholder=t("settings.dirs_hint"),
                id="scenario-dirs",
            )
            yield Label(t("settings.input_device"))
            yield Select([], prompt=t("settings.default_device"), id="input-device")
            yield Static("", id="device-note")
            yield Label(t("settings.output_device"))
            yield Input(
                prefs.output_device, placeholder=t("settings.default_device"), id="output-device"
            )
        with Horizontal(id="settings-actions"):
            yield Button(t("settings.save"), variant="primary", id="save")
            yield Button(t("settings.cancel"), id="cancel")
        yield Static(t("keys.settings"), id="keys")

    def on_mount(self) -> None:
        devices: list[InputDevice] = []
        note = ""
        factory = self.app.services.mic_check
        if factory is None:
            note = t("mic.none_configured")
        else:
            try:
                devices = factory().input_devices()
            except MicUnavailable as e:
                note = t("mic.unavailable", reason=str(e))
        select = self.query_one("#input-device", Select)
        select.set_options([(d.label, d.id) for d in devices])
        if self.app.prefs.input_device in {d.id for d in devices}:
            select.value = self.app.prefs.input_device
        select.display = bool(devices)
        self.query_one("#device-note", Static).update(note)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_back()

    def action_save(self) -> None:
        from gatekeeper.ui.screens.start import StartScreen

        device = self.query_one("#input-device", Select).value
        prefs = self.app.prefs.with_(
            language=str(self.query_one("#language", Select).value),
            push_to_talk=self.query_one("#push-to-talk", Switch).value,
            headset=self.query_one("#headset", Switch).value,
            workshop=self.query_one("#workshop", Input).value.strip(),
            scenario_dirs=split_dirs(self.query_one("#scenario-dirs", Input).value),
            input_device="" if device is Select.BLANK else str(device),
            output_device=self.query_one("#output-device", Input).value.strip(),
        )
        self.app.apply_prefs(prefs)
        self.app.pop_screen()
        self.app.switch_screen(StartScreen())

    def action_back(self) -> None:
        self.app.pop_screen()
