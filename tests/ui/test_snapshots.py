"""Snapshots of every screen at a fixed size, with fixed data, seed and clocks.

Update after an intended change with ``pytest tests/ui --snapshot-update`` and look at the
SVGs in ``__snapshots__`` before committing them."""

from __future__ import annotations

from test_app_flow import BENEFIT, HONEST, add_trainee, say, start_scenario, wait_for
from ui_support import SIZE, TypedCalls

from gatekeeper.ui.screens.confirm import ConfirmScreen
from gatekeeper.ui.screens.scorecard import ScorecardScreen
from gatekeeper.ui.screens.start import StartScreen
from gatekeeper.ui.widgets.silence_timer import SilenceTimer


def test_start_screen(snap_compare, make_app) -> None:
    async def before(pilot) -> None:
        await add_trainee(pilot, "Anna")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=before)


def test_start_screen_in_german(snap_compare, make_app) -> None:
    assert snap_compare(make_app(language="de"), terminal_size=SIZE)


def test_call_screen_in_the_shock_pause(snap_compare, make_app) -> None:
    calls = TypedCalls(auto=False)

    async def before(pilot) -> None:
        await add_trainee(pilot, "Anna")
        await start_scenario(pilot, "standard-receptionist.en")
        await say(pilot, HONEST)
        timer = pilot.app.screen.query_one(SilenceTimer)
        await wait_for(pilot, lambda: timer.has_class("running"))
        calls.drivers[0].clock.advance(1.5)
        await wait_for(pilot, lambda: timer.query_one("#silence-digits").value == "1.5")
        await pilot.pause()

    assert snap_compare(make_app(typed_driver=calls), terminal_size=SIZE, run_before=before)


async def _one_call(pilot) -> None:
    await add_trainee(pilot, "Anna")
    await start_scenario(pilot, "standard-receptionist.en")
    await say(pilot, HONEST)
    timer = pilot.app.screen.query_one(SilenceTimer)
    await wait_for(pilot, lambda: timer.has_class("held"))
    await say(pilot, BENEFIT)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ScorecardScreen))


def test_scorecard_screen(snap_compare, make_app) -> None:
    async def before(pilot) -> None:
        await _one_call(pilot)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=before)


def test_history_screen(snap_compare, make_app) -> None:
    async def before(pilot) -> None:
        await _one_call(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))
        await pilot.press("f3")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=before)


def test_delete_confirmation(snap_compare, make_app) -> None:
    async def before(pilot) -> None:
        await _one_call(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))
        await pilot.press("f3")
        # Keyboard, not a click: a mouse left over the button behind the dialog renders it
        # hovered or not depending on timing, and the snapshot would flicker between the two.
        pilot.app.screen.query_one("#delete").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=before)


def test_settings_screen(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["f4"])


def test_mic_check_without_a_microphone(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["f2"])
