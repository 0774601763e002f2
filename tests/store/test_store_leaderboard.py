from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from store_fixtures import FakeClock, make_report

from gatekeeper.scenario.model import Outcome
from gatekeeper.store import open_store

TODAY = date(2025, 3, 14)
MARCH = "Kurs März"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture
def workshop_day(db_path):
    """Five trainees: four in the March workshop today, one in another workshop, plus
    yesterday's record score, a call still running and a crashed one."""
    clock = FakeClock(at(TODAY - timedelta(days=1), 9))
    store = open_store(db_path, now=clock, tz=UTC)
    ids = {name: store.add_trainee(name).id for name in ("Anna", "Ben", "Cleo", "Dana", "Emil")}

    def call(name, score, silence, workshop=MARCH, finish=True):
        call_id = store.begin_call(ids[name], "standard-receptionist", "Empfang", "de", 1, workshop)
        if finish:
            store.finish_call(call_id, make_report(score=score, silence_s=silence))
        return call_id

    call("Anna", 100, 9.0, workshop=None)  # yesterday
    clock.set(at(TODAY, 9))
    call("Anna", 70, 2.0)
    call("Anna", 85, 1.0)
    call("Ben", 85, 3.5)
    call("Cleo", 60, 4.0)
    call("Emil", 95, 0.5, workshop="Kurs April")
    running = call("Ben", None, None, finish=False)
    crashed = call("Dana", None, None, finish=False)
    store._conn.execute("UPDATE calls SET owner_pid = 0 WHERE id = ?", (crashed,))
    store.close()
    store = open_store(db_path, now=clock, tz=UTC)
    # the test runner's parent stands in for a second app window, still in its call
    store._conn.execute(
        "UPDATE calls SET owner_pid = ?, owner_start = NULL WHERE id = ?", (os.getppid(), running)
    )
    assert store.mark_abandoned_calls() == [crashed]
    yield store
    store.close()


def rows(board):
    return [(r.trainee.name, r.calls, r.best_score, r.longest_silence_s) for r in board]


def test_leaderboard_for_today(workshop_day):
    assert workshop_day.today() == TODAY
    assert rows(workshop_day.leaderboard(day=TODAY)) == [
        ("Emil", 1, 95, 0.5),
        ("Ben", 1, 85, 3.5),  # ties on score are broken by the longer silence
        ("Anna", 2, 85, 2.0),
        ("Cleo", 1, 60, 4.0),
        ("Dana", 1, None, None),
    ]


def test_leaderboard_for_a_named_workshop(workshop_day):
    expected = [
        ("Ben", 1, 85, 3.5),
        ("Anna", 2, 85, 2.0),
        ("Cleo", 1, 60, 4.0),
        ("Dana", 1, None, None),
    ]
    assert rows(workshop_day.leaderboard(workshop=MARCH)) == expected
    assert rows(workshop_day.leaderboard(day=TODAY, workshop="KURS MÄRZ")) == expected
    assert rows(workshop_day.leaderboard(day=TODAY - timedelta(days=1), workshop=MARCH)) == []
    assert workshop_day.leaderboard(workshop="Kurs Mai") == []


def test_leaderboard_of_all_days(workshop_day):
    board = rows(workshop_day.leaderboard())
    assert board[0] == ("Anna", 3, 100, 9.0)
    assert len(board) == 5


def test_a_day_is_the_coach_s_calendar_day(db_path):
    berlin_summer = timezone(timedelta(hours=2))
    clock = FakeClock(datetime(2025, 7, 1, 23, 30, tzinfo=UTC))  # 01:30 on 2 July in Berlin
    with open_store(db_path, now=clock, tz=berlin_summer) as store:
        anna = store.add_trainee("Anna")
        call_id = store.begin_call(anna.id, "s", "S", "de", 1)
        store.finish_call(call_id, make_report(score=50))
        assert store.today() == date(2025, 7, 2)
        assert [r.best_score for r in store.leaderboard(day=date(2025, 7, 2))] == [50]
        assert store.leaderboard(day=date(2025, 7, 1)) == []


def test_abandoned_calls_are_counted_but_not_scored(workshop_day):
    dana = workshop_day.find_trainee("Dana")
    [call] = workshop_day.calls(dana.id)
    assert call.outcome is Outcome.abandoned and call.score is None
