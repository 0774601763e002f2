"""Pilot tests: the app's screens driven by keys, on the real store, scenarios and judge."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Digits, Input, OptionList, Static
from ui_support import BUNDLED, SIZE, TypedCalls

from gatekeeper.scenario.model import Outcome
from gatekeeper.ui.screens.call import CallScreen
from gatekeeper.ui.screens.confirm import ConfirmScreen
from gatekeeper.ui.screens.history import HistoryScreen
from gatekeeper.ui.screens.scorecard import ScorecardScreen
from gatekeeper.ui.screens.settings import SettingsScreen
from gatekeeper.ui.screens.start import StartScreen
from gatekeeper.ui.widgets.silence_timer import SilenceTimer

pytestmark = pytest.mark.anyio

HONEST = "I would like to win Mr. Weber as a customer for our company."
BENEFIT = "We can lower maintenance costs for his machines by a fifth."


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def wait_for(pilot, condition, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition not met in time")


async def type_in(pilot, selector: str, text: str) -> None:
    """Type a line and press Enter (the value is set at once: key-by-key is slow)."""
    field = pilot.app.screen.query_one(selector, Input)
    field.focus()
    field.value = text
    await pilot.press("enter")


async def add_trainee(pilot, name: str) -> None:
    await type_in(pilot, "#new-trainee", name)


async def say(pilot, text: str) -> None:
    await type_in(pilot, "#typed", text)


async def start_scenario(pilot, scenario_id: str) -> None:
    options = pilot.app.screen.query_one("#scenario-list", OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.focus()
    options.highlighted = ids.index(scenario_id)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CallScreen))


async def test_fresh_start_adds_a_trainee_and_remembers_them(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert app.screen.query_one("#trainee-list", OptionList).option_count == 0
        await add_trainee(pilot, "Anna")
        assert [t.name for t in store.list_trainees()] == ["Anna"]
        assert app.screen.trainee.name == "Anna"
        assert "Anna" in text_of(app, "#status")
    assert store.get_last_trainee().name == "Anna"


async def test_scenarios_are_listed_and_broken_files_shown_with_errors(
    make_app, tmp_path: Path
) -> None:
    coach = tmp_path / "coach"
    coach.mkdir()
    (coach / "broken.yaml").write_text("title: x\nlanguage: fr\n")
    app = make_app(extra_scenario_dirs=[coach])
    async with app.run_test(size=SIZE) as pilot:
        options = app.screen.query_one("#scenario-list", OptionList)
        ids = {options.get_option_at_index(i).id for i in range(options.option_count)}
        assert {p.stem for p in BUNDLED.glob("*.yaml")} <= ids
        broken = text_of(app, "#broken")
        assert "broken.yaml" in broken and "language" in broken
        # the coach fixes the file: F5 reloads it and it joins the list
        shutil.copy(BUNDLED / "suspicious.en.yaml", coach / "broken.yaml")
        await pilot.press("f5")
        assert options.option_count == len(ids) + 1
        assert "broken.yaml" not in text_of(app, "#broken")


async def test_picking_a_scenario_without_a_trainee_asks_for_a_name(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#scenario-list").focus()
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        assert "name" in text_of(app, "#status")


async def test_typed_call_runs_to_the_scorecard_and_is_stored(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await add_trainee(pilot, "Ben")
        await start_scenario(pilot, "standard-receptionist.en")
        screen = app.screen
        await wait_for(
            pilot,
            lambda: (
                "listening" in str(screen.query_one("#call-state").render())
                or "Your turn" in str(screen.query_one("#call-state").render())
            ),
        )
        await say(pilot, HONEST)
        await wait_for(pilot, lambda: screen.query_one(SilenceTimer).has_class("held"))
        await say(pilot, BENEFIT)
        await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        card = app.screen
        assert card.report.outcome is Outcome.put_through
        assert str(card.query_one("#score", Digits).value) == str(card.report.scorecard.score)
        assert "held" in text_of(app, "#silence-fact")
        calls = store.attempts(store.list_trainees()[0].id, "standard-receptionist.en")
        assert len(calls) == 1 and calls[0].score == card.report.scorecard.score
        assert calls[0].silence_after_pitch_s is not None
        await pilot.press("p")
        assert "no recording" in text_of(app, "#status")


async def test_shock_pause_timer_counts_then_shows_the_result(make_app, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    stop = SilenceTimer.stop

    def recording_stop(self: SilenceTimer, held: bool, silence_s: float) -> None:
        stop(self, held, silence_s)
        result = str(self.query_one("#silence-result").render())
        shown.append(("held" if self.has_class("held") else "broken", result))

    monkeypatch.setattr(SilenceTimer, "stop", recording_stop)
    calls = TypedCalls(auto=False)
    app = make_app(typed_driver=calls)
    async with app.run_test(size=SIZE) as pilot:
        await add_trainee(pilot, "Cleo")
        await start_scenario(pilot, "standard-receptionist.en")
        await say(pilot, HONEST)
        timer = app.screen.query_one(SilenceTimer)
        await wait_for(pilot, lambda: timer.has_class("running"))
        calls.drivers[0].clock.advance(1.5)
        digits = timer.query_one("#silence-digits", Digits)
        await wait_for(pilot, lambda: digits.value == "1.5")
        assert "hold until she speaks" in str(timer.query_one("#silence-goal").render())
        await say(pilot, "Well we are really great")
        await wait_for(pilot, lambda: shown)
        assert shown[0] == ("broken", "Broken at 1.5 s — you spoke first.")
        await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        assert "broken at 1.5 s" in text_of(app, "#silence-fact")


async def test_escape_hangs_up_and_still_scores(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await add_trainee(pilot, "Dan")
        await start_scenario(pilot, "we-buy-nothing.en")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        assert app.screen.report.outcome is Outcome.abandoned


async def _finished_calls(pilot, names: list[str]) -> None:
    for name in names:
        await add_trainee(pilot, name)
        await start_scenario(pilot, "standard-receptionist.en")
        await say(pilot, HONEST)
        timer = pilot.app.screen.query_one(SilenceTimer)
        await wait_for(pilot, lambda: timer.has_class("held"))  # noqa: B023
        await say(pilot, BENEFIT)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ScorecardScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))


async def test_leaderboard_export_and_delete(make_app, store, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _finished_calls(pilot, ["Eva", "Finn"])
        await pilot.press("f3")
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        names = {table.get_row_at(i)[1] for i in range(2)}
        assert names == {"Eva", "Finn"}
        await pilot.click("#export-csv")
        csv_path = tmp_path / "exports" / "gatekeeper-20250314-090000.csv"
        assert csv_path.exists() and str(csv_path) in text_of(app, "#status")
        assert len(csv_path.read_text().strip().splitlines()) == 3  # header + 2 calls
        await pilot.click("#export-json")
        data = json.loads((tmp_path / "exports" / "gatekeeper-20250314-090000.json").read_text())
        assert len(data["calls"]) == 2
        table.move_cursor(row=0)
        doomed = table.get_row_at(0)[1]
        await pilot.click("#delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#no")
        assert table.row_count == 2
        await pilot.click("#delete")
        await pilot.click("#yes")
        await wait_for(pilot, lambda: table.row_count == 1)
        assert doomed in text_of(app, "#status")
    assert [t.name for t in store.list_trainees()] == list({"Eva", "Finn"} - {doomed})


async def test_language_switch_rebuilds_in_german_and_is_saved(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#language").value = "de"
        app.screen.query_one("#workshop", Input).value = "März-Workshop"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert "Wer übt?" in str(app.screen.query_one("#trainees .heading").render())
    assert store.get_setting("language") == "de"
    assert store.get_setting("workshop") == "März-Workshop"


async def test_second_attempt_shows_the_trend(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await add_trainee(pilot, "Gus")
        for answer in ("No, I just want to introduce myself.", HONEST):
            if isinstance(app.screen, ScorecardScreen):
                await pilot.press("a")  # again, same scenario
                await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
            else:
                await start_scenario(pilot, "standard-receptionist.en")
            await say(pilot, answer)
            if answer == HONEST:
                timer = app.screen.query_one(SilenceTimer)
                await wait_for(pilot, lambda: timer.has_class("held"))  # noqa: B023
                await say(pilot, BENEFIT)
            await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        first, second = (
            a.score
            for a in app.services.store.attempts(
                app.screen.setup.trainee.id, "standard-receptionist.en"
            )
        )
        assert f"2 attempts · score {first} → {second}" in text_of(app, "#attempts-score")


async def test_a_workshop_runs_five_trainees_in_a_row_and_exports_its_leaderboard(
    make_app, store, tmp_path: Path
) -> None:
    trainees = ["Anna", "Ben", "Cem", "Dana", "Emil"]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        app.screen.query_one("#workshop", Input).value = "Vertrieb Nord"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await _finished_calls(pilot, trainees)
        await pilot.press("f3")
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 5  # the workshop scope is preselected when one is set
        assert {table.get_row_at(i)[1] for i in range(5)} == set(trainees)
        await pilot.click("#export-csv")
        csv_path = tmp_path / "exports" / "gatekeeper-20250314-090000.csv"
        rows = csv_path.read_text(encoding="utf-8-sig").strip().splitlines()
        assert len(rows) == 6  # header + one call per trainee
        assert all(any(name in row for row in rows) for name in trainees)
    board = store.leaderboard(workshop="Vertrieb Nord")
    assert {row.trainee.name for row in board} == set(trainees)
    assert all(row.best_score is not None and row.longest_silence_s for row in board)
