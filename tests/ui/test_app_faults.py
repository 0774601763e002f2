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
    def broken_driver(setup):
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

    def run(self, on_event):
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


class LostMicDriver:
    """A voice call whose microphone stops after the greeting: what ``VoiceCall`` reports
    then (the real engine, interrupted)."""

    def __init__(self, setup) -> None:
        from gatekeeper.dialogue.engine import Engine
        from gatekeeper.dialogue.judge import Judge

        scenario = setup.scenario.scenario
        self.engine = Engine(scenario, Judge(scenario.language), scenario_id=setup.scenario.id)

    def now_s(self) -> float:
        return 0.0

    def run(self, on_event):
        from gatekeeper.session.events import CallFailed, GatekeeperSpoke

        say = self.engine.start(0.0)[0]
        self.engine.line_started(0.0)
        on_event(GatekeeperSpoke(say.text, 0.0, 2.0))
        self.engine.interrupt(3.1)
        report = self.engine.report()
        on_event(CallFailed("microphone stopped delivering audio: 'default' sent no audio", report))
        return report

    def hang_up(self) -> None:
        pass

    def push_to_talk(self, pressed: bool) -> None:
        pass

    def say_text(self, text: str) -> None:
        pass


async def test_a_call_that_lost_the_microphone_is_kept_and_waits_for_it(make_app, store) -> None:
    from gatekeeper.scenario.model import Outcome
    from gatekeeper.ui.screens.scorecard import ScorecardScreen

    asked: list[str | None] = []

    def watchdog(device, stop) -> bool:
        asked.append(device)
        return True  # the microphone is back

    app = make_app(voice_driver=LostMicDriver, mic_watchdog=watchdog)
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#new-trainee")
        field.focus()
        field.value = "Finn"
        await pilot.press("enter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
        await wait_for(pilot, lambda: "microphone is back" in text_of(app, "#status"))
        assert not isinstance(app.screen, ScorecardScreen)  # nothing to score
        assert asked == [None]
    calls = store.calls()
    assert [c.outcome for c in calls] == [Outcome.interrupted] and calls[0].score is None
    assert store.attempts(calls[0].trainee_id, calls[0].scenario_id) == []


async def test_the_call_screen_says_why_it_broke_off(make_app) -> None:
    app = make_app(voice_driver=LostMicDriver)  # no watchdog: the reason stays
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#new-trainee")
        field.focus()
        field.value = "Gus"
        await pilot.press("enter")
        await pilot.press("enter")
        await wait_for(
            pilot,
            lambda: (
                "ended" in str(app.screen.query_one("#call-state").render())
                or "over" in str(app.screen.query_one("#call-state").render())
            ),
        )
        await wait_for(pilot, lambda: "kept as broken off" in text_of(app, "#status"))
        status = text_of(app, "#status")
        assert status.startswith("microphone stopped delivering audio")
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)


class ScriptedMicCheck:
    """The mic check port as the audio side drives it when the device stalls and returns."""

    def __init__(self, language: str) -> None:
        self.language = language

    def input_devices(self):
        from gatekeeper.session.events import InputDevice

        return [InputDevice("default", "Default microphone", True)]

    def run(self, device, on_event, stop) -> None:
        from gatekeeper.session.events import InputLevel, MicBack, MicStalled

        on_event(InputLevel(-30.0, 0.1))
        on_event(MicStalled("microphone stopped delivering audio: 'default' sent no audio"))
        self.stalled = True
        stop.wait(0.3)
        on_event(MicBack())
        stop.wait(30)


async def test_the_mic_check_tells_a_stall_and_the_return_in_the_interface_language(
    make_app,
) -> None:
    made: list[ScriptedMicCheck] = []

    def factory(language: str) -> ScriptedMicCheck:
        made.append(ScriptedMicCheck(language))
        return made[-1]

    app = make_app(mic_check=factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await wait_for(pilot, lambda: "stopped delivering audio" in text_of(app, "#status"))
        await wait_for(pilot, lambda: "microphone is back" in text_of(app, "#status"))
        await pilot.press("escape")
    assert [m.language for m in made] == ["en"]  # not the saved default 'de'


async def test_starting_a_call_stops_the_recording_that_is_playing(make_app) -> None:
    stops: list[int] = []
    app = make_app(stop_playback=lambda: stops.append(1))
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#new-trainee")
        field.focus()
        field.value = "Hal"
        await pilot.press("enter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
    assert stops == [1]


class RecordingDriver(StuckDriver):
    """A voice driver as the app sees it: it records to ``record_to`` when given one."""

    def __init__(self) -> None:
        super().__init__()
        self.record_to: Path | None = None


async def test_each_call_records_to_a_file_named_by_its_id_beside_the_history(
    make_app, store
) -> None:
    drivers: list[RecordingDriver] = []

    def factory(setup):
        drivers.append(RecordingDriver())
        return drivers[-1]

    app = make_app(typed_driver=factory)
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#new-trainee")
        field.focus()
        field.value = "Ida"
        await pilot.press("enter")
        for _ in range(2):  # two calls started within the same second
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
            await pilot.press("escape", "escape")
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    folder = store.path.parent / "recordings"
    assert [d.record_to for d in drivers] == [folder / "call-1.wav", folder / "call-2.wav"]
    assert [c.recording_path for c in reversed(store.calls())] == [d.record_to for d in drivers]
    for d in drivers:
        d.released.set()


SPINNING = {
    "title": "Spinning pause",
    "description": "A zero-second shock pause whose held route leads back to itself.",
    "language": "en",
    "persona": {"name": "Anna", "company": "ACME", "boss": "Mr Boss"},
    "lines": {"hello": "ACME, Anna speaking.", "ask": "What is it about?", "bye": "Goodbye."},
    "start": "greeting",
    "steps": {
        "greeting": {"say": "hello", "next": "ask"},
        "ask": {"say": "ask", "listen": {"turn": "pitch"}, "routes": [{"goto": "shock"}]},
        "shock": {
            "pause": {"min_s": 0, "max_s": 0},
            "routes": [{"if": {"silence": "held"}, "goto": "shock"}, {"goto": "bye"}],
        },
        "bye": {"say": "bye", "end": "brushed_off"},
    },
}


async def test_a_scenario_that_would_spin_ends_at_the_cap_and_scores_nothing(
    make_app, store, tmp_path: Path
) -> None:
    """Issue 8, case 1 in the app: the timer stuck at 0.0 and neither Esc nor Ctrl+Q worked.
    Validation refuses this file now; were it to get through, the engine's cap ends it."""
    from gatekeeper.scenario import LoadedScenario, Scenario
    from gatekeeper.scenario.model import Outcome

    loaded = LoadedScenario("spin.en", tmp_path / "spin.en.yaml", Scenario.from_data(SPINNING))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        trainee = store.add_trainee("Jo")
        app.start_call(loaded, trainee)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
        await wait_for(pilot, lambda: bool(app.screen.query("#call-state")))
        typed = app.screen.query_one("#typed")
        await wait_for(
            pilot, lambda: "Your turn" in str(app.screen.query_one("#call-state").render())
        )
        typed.value = "I would like to win your boss as a customer."
        await pilot.press("enter")
        await wait_for(pilot, lambda: "ran past the limit" in text_of(app, "#status"), 20)
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)
    call = store.calls()[0]
    assert call.outcome is Outcome.overrun and call.score is None


class DeadMicCheck(ScriptedMicCheck):
    """A microphone check stuck in the device: ``run`` ignores ``stop``."""

    def run(self, device, on_event, stop) -> None:
        threading.Event().wait(60)


async def test_esc_and_ctrl_q_work_while_the_mic_check_is_stuck(make_app) -> None:
    app = make_app(mic_check=DeadMicCheck)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause(0.2)
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)
        await pilot.press("f2")
        await pilot.pause(0.2)
        await pilot.press("ctrl+q")
    assert app.return_code == 0
