from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_fixtures import make_report

from gatekeeper.scenario.model import Outcome
from gatekeeper.store import SCHEMA_VERSION, StoreError, open_store
from gatekeeper.store.db import MIGRATIONS, Migration, connect, migrate, user_version
from gatekeeper.store.locations import default_data_dir, default_store_path


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_empty_file_is_migrated_to_the_newest_schema(db_path, clock):
    with open_store(db_path, now=clock) as store:
        assert store.list_trainees() == []
    assert tables(db_path) >= {
        "trainees",
        "workshops",
        "calls",
        "turns",
        "score_items",
        "settings",
    }
    conn = sqlite3.connect(db_path)
    assert user_version(conn) == SCHEMA_VERSION == MIGRATIONS[-1].version
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_connection_settings(db_path):
    conn = connect(db_path)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_is_idempotent_and_keeps_data(db_path, clock):
    with open_store(db_path, now=clock) as store:
        store.add_trainee("Anna")
    before = sorted(tables(db_path))
    for _ in range(2):
        with open_store(db_path, now=clock) as store:
            assert [t.name for t in store.list_trainees()] == ["Anna"]
    assert sorted(tables(db_path)) == before
    conn = connect(db_path)
    assert migrate(conn) == SCHEMA_VERSION
    conn.close()


def test_migrating_a_version_1_file_keeps_its_history(db_path, clock):
    conn = connect(db_path)
    assert migrate(conn, target=1) == 1
    report = make_report(score=64, silence_s=1.8, broke=True)
    conn.execute(
        "INSERT INTO trainees (id, name, name_key, created_at, last_used_at)"
        " VALUES (1, 'Jürgen', 'jürgen', '2024-11-02T10:00:00.000000+00:00', NULL)"
    )
    conn.execute(
        """INSERT INTO calls (id, trainee_id, scenario_id, scenario_title, language, seed,
               started_at, ended_at, outcome, score, pitch_kind, silence_after_pitch_s,
               trainee_broke_silence, report_json)
           VALUES (1, 1, 'standard-receptionist', 'Empfang', 'de', 3,
               '2024-11-02T10:01:00.000000+00:00', '2024-11-02T10:02:00.000000+00:00',
               'callback', 64, 'honest', 1.8, 1, '{"score": 64}')"""
    )
    # a call a v1 app left running when it crashed
    conn.execute(
        """INSERT INTO calls (id, trainee_id, scenario_id, scenario_title, language, seed,
               started_at) VALUES (2, 1, 'standard-receptionist', 'Empfang', 'de', 4,
               '2024-11-02T10:05:00.000000+00:00')"""
    )
    conn.execute(
        "INSERT INTO turns (call_id, ordinal, speaker, text, start_s, end_s, kind)"
        " VALUES (1, 0, 'trainee', 'Ich möchte Ihren Chef als Kunden gewinnen', 1.0, 3.0,"
        " 'honest')"
    )
    conn.execute(
        "INSERT INTO score_items VALUES (1, 0, 'silence', 10.0, 25.0, 'broke at 1.8 s', 'wait')"
    )
    conn.execute("INSERT INTO settings VALUES ('last_trainee_id', '1')")
    conn.close()

    with open_store(db_path, now=clock) as store:
        assert user_version(store._conn) == SCHEMA_VERSION
        assert store.get_last_trainee().name == "Jürgen"
        old = store.attempts(1, "standard-receptionist")
        assert [
            (c.id, c.score, c.outcome, c.silence_after_pitch_s, c.trainee_broke_silence)
            for c in old
        ] == [(1, 64, Outcome.callback, 1.8, True)]
        assert old[0].workshop is None
        detail = store.get_call(1)
        assert detail.turns[0].text == "Ich möchte Ihren Chef als Kunden gewinnen"
        assert detail.score_items[0].evidence == "broke at 1.8 s"
        assert detail.report == {"score": 64}
        assert store.mark_abandoned_calls() == [2]
        assert store.get_call(2).summary.outcome is Outcome.abandoned
        # the new schema works on the old data
        call_id = store.begin_call(1, "standard-receptionist", "Empfang", "de", 5, "Kurs A")
        store.finish_call(call_id, report)
        assert [r.calls for r in store.leaderboard(workshop="Kurs A")] == [1]


def test_a_file_from_a_newer_gatekeeper_is_refused_untouched(db_path, clock):
    with open_store(db_path, now=clock) as store:
        store.add_trainee("Anna")
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer gatekeeper") as caught:
        open_store(db_path, now=clock)
    assert "\n" not in str(caught.value)
    conn = sqlite3.connect(db_path)
    assert user_version(conn) == SCHEMA_VERSION + 1
    assert conn.execute("SELECT name FROM trainees").fetchall() == [("Anna",)]
    conn.close()


def test_a_failing_migration_rolls_back_entirely(db_path):
    broken = (
        MIGRATIONS[0],
        Migration(2, "half-broken", ("CREATE TABLE extra (x)", "THIS IS NOT SQL")),
    )
    conn = connect(db_path)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert user_version(conn) == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in names
    assert not conn.in_transaction
    conn.close()


def test_default_location_follows_xdg_and_the_override(tmp_path):
    home_default = default_store_path({})
    assert home_default == Path.home() / ".local/share/gatekeeper/history.sqlite3"
    xdg = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert default_store_path(xdg) == tmp_path / "xdg/gatekeeper/history.sqlite3"
    relative = default_data_dir({"XDG_DATA_HOME": "relative/dir"})
    assert relative == Path.home() / ".local/share/gatekeeper"
    both = {**xdg, "GATEKEEPER_DATA_DIR": str(tmp_path / "mine")}
    assert default_store_path(both) == tmp_path / "mine/history.sqlite3"


def test_a_version_2_file_gains_the_silence_of_each_turn(db_path, clock):
    conn = connect(db_path)
    assert migrate(conn, target=2) == 2
    conn.execute(
        "INSERT INTO trainees (id, name, name_key, created_at) VALUES (1, 'Ada', 'ada',"
        " '2025-01-01T10:00:00.000000+00:00')"
    )
    conn.execute(
        """INSERT INTO calls (id, trainee_id, scenario_id, scenario_title, language, seed,
               started_at) VALUES (1, 1, 's', 'S', 'en', 1, '2025-01-01T10:01:00.000000+00:00')"""
    )
    conn.execute(
        "INSERT INTO turns (call_id, ordinal, speaker, text, start_s, end_s)"
        " VALUES (1, 0, 'trainee', 'Hello', 1.0, 2.0)"
    )
    conn.close()
    with open_store(db_path, now=clock) as store:
        assert user_version(store._conn) == SCHEMA_VERSION >= 3
        turn = store.get_call(1).turns[0]
        assert (turn.text, turn.silence_after_s, turn.silence_held) == ("Hello", None, None)
