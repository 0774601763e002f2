"""Faults in the app (issue 8): a read-only history is shown, not written, with one line on
screen; an error no screen handles ends the app with exit code 1 and a log, never a
traceback; Esc and Ctrl+Q work whatever the call is doing."""

from __future__ import annotations

import threading
from datetime import UTC
from pathlib import Path

import pytest
from read_only import read_only
from textual.widgets import OptionList, Static
from ui_support import SIZE, FixedClock

from gatekeeper.store import ReadOnly, open_store
from gatekeeper.ui.screens.call import CallScreen
from gatekeeper.ui.screens.start import StartScreen

pytestmark = pytest.mark.anyio


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def wait_for(pilot, condition, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition not met in time")


@pytest.fixture
def read_only_store(tmp_path: Path):
    """A history with two trainees and a setting, then made read-only (issue 8, case 2)."""
    path = tmp_path / "ro" / "history.sqlite3"
    with open_store(path, now=FixedClock(), tz=UTC) as s:
        anna = s.add_trainee("Anna")
        s.add_trainee("Ben")
        s.set_last_trainee(anna.id)
        s.set_setting("language", "en")
    with read_only(path):
        store = open_store(path, now=FixedClock(), tz=UTC)
        yield store
        store.close()


def test_a_read_only_history_opens_for_reading_and_refuses_writes_in_one_line(read_only_store):
    assert read_only_store.read_only
    assert [t.name for t in read_only_store.list_trainees()] == ["Anna", "Ben"]
    with pytest.raises(ReadOnly) as refused:
        read_only_store.set_last_trainee(read_only_store.list_trainees()[1].id)
    assert "is read-only" in str(refused.value) and "\n" not in str(refused.value)


async def test_a_read_only_history_is_shown_and_the_app_keeps_working(
    make_app, read_only_store
) -> None:
    app = make_app(store=read_only_store)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        trainees = app.screen.query_one("#trainee-list", OptionList)
        assert trainees.option_count == 2  # shown
        assert "is read-only" in text_of(app, "#status")
        # moving through the names used to crash: set_last_trainee writes
        trainees.focus()
        await pilot.press("down")
        await pilot.press("up")
        assert isinstance(app.screen, StartScreen)
        # a new name cannot be saved: one line, no crash
        field = app.screen.query_one("#new-trainee")
        field.focus()
        field.value = "Cleo"
        await pilot.press("enter")
        assert "read-only" in text_of(app, "#status")
        # the leaderboard still shows (reading)
        await pilot.press("f3")
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)
        await pilot.press("ctrl+q")
    assert app.return_code == 0 and app.crash is None


async def test_an_error_no_screen_handles_ends_the_app_with_code_1_and_a_log(
    make_app, tmp_path: Path
) -> None:
    def broken_driver(setup):  # noqa: ANN001, ANN202 - a driver factory that fails
        raise RuntimeError("the driver factory broke\nover two lines")

    log = tmp_path / "gatekeeper.log"
    app = make_app(typed_driver=broken_driver, log_path=log)
    with pytest.raises(RuntimeError):  # run_test re-raises what the app did not handle
        async with app.run_test(size=SIZE) as pilot:
            field = app.screen.query_one("#new-trainee")
            field.focus()
            field.value = "Dana"
            await pilot.press("enter")
            await pilot.press("enter")  # start the highlighted scenario
            await pilot.pause(0.2)
    assert app.return_code == 1
    assert app.crash == "RuntimeError: the driver factory broke over two lines"
    assert app.crash_log == log and "Traceback" in log.read_text(encoding="utf-8")


class StuckDriver:
    """A call stuck for good: ``run`` never returns and ``hang_up`` does not free it, like a
    driver blocked in an audio device that stopped answering (or an engine going round)."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.hang_ups = 0

    def now_s(self) -> float:
        return 0.0

    def run(self, on_event):  # noqa: ANN001, ANN201
        self.released.wait(60)  # a daemon thread: left behind when the app ends
        return None

    def hang_up(self) -> None:
        self.hang_ups += 1

    def push_to_talk(self, pressed: bool) -> None:
        pass

    def say_text(self, text: str) -> None:
        pass


async def start_stuck_call(app, pilot, stuck: StuckDriver) -> None:
    field = app.screen.query_one("#new-trainee")
    field.focus()
    field.value = "Eve"
    await pilot.press("enter")
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))


async def test_esc_leaves_a_stuck_call_on_the_second_press(make_app) -> None:
    stuck = StuckDriver()
    app = make_app(typed_driver=lambda setup: stuck)
    async with app.run_test(size=SIZE) as pilot:
        await start_stuck_call(app, pilot, stuck)
        await pilot.press("escape")
        assert stuck.hang_ups == 1 and isinstance(app.screen, CallScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    stuck.released.set()


async def test_ctrl_q_ends_the_app_while_the_call_is_stuck(make_app) -> None:
    stuck = StuckDriver()
    app = make_app(typed_driver=lambda setup: stuck)
    async with app.run_test(size=SIZE) as pilot:
        await start_stuck_call(app, pilot, stuck)
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    assert stuck.hang_ups == 1  # told to stop on the way out, not waited for
    assert not stuck.released.is_set()
    stuck.released.set()
