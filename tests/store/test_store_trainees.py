from __future__ import annotations

import sqlite3

import pytest

from gatekeeper.store import LAST_TRAINEE, NotFound, open_store


def test_names_are_trimmed_and_duplicates_return_the_existing_trainee(store):
    anna = store.add_trainee("  Anna   Maria \n")
    assert anna.name == "Anna Maria"
    again = store.add_trainee("anna maria")
    assert again == anna
    assert len(store.list_trainees()) == 1


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "x" * 81, "Anna\x00Bob"])
def test_bad_names_are_a_one_line_value_error(store, bad):
    with pytest.raises(ValueError) as caught:
        store.add_trainee(bad)
    assert "\n" not in str(caught.value) and str(caught.value)
    assert store.list_trainees() == []


def test_unicode_names_are_kept_and_matched_without_case(store, db_path, clock):
    jurgen = store.add_trainee("Jürgen")
    orsted = store.add_trainee("Ørsted")
    assert store.add_trainee("JÜRGEN").id == jurgen.id
    assert store.add_trainee("ørsted").id == orsted.id
    assert store.add_trainee("Ju\u0308rgen").id == jurgen.id  # decomposed ü
    assert store.find_trainee("jürgen") == jurgen
    store.close()
    with open_store(db_path, now=clock) as reopened:
        assert sorted(t.name for t in reopened.list_trainees()) == ["Jürgen", "Ørsted"]


@pytest.mark.parametrize(
    "name",
    [
        "Robert'); DROP TABLE trainees;--",
        "x' OR '1'='1",
        '"; DELETE FROM calls; --',
        "%_\\ LIKE",
    ],
)
def test_injection_like_names_are_stored_literally(store, db_path, name):
    trainee = store.add_trainee(name)
    assert trainee.name == name
    assert store.get_trainee(trainee.id).name == name
    assert store.find_trainee(name) == trainee
    assert store.find_trainee("Robert") is None
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name FROM trainees").fetchall() == [(name,)]
    conn.close()


def test_list_is_most_recently_used_first(store):
    anna = store.add_trainee("Anna")
    ben = store.add_trainee("Ben")
    cleo = store.add_trainee("Cleo")
    assert [t.name for t in store.list_trainees()] == ["Cleo", "Ben", "Anna"]
    store.begin_call(anna.id, "s", "S", "de", 1)
    assert [t.name for t in store.list_trainees()] == ["Anna", "Cleo", "Ben"]
    store.set_last_trainee(ben.id)
    assert [t.id for t in store.list_trainees()] == [ben.id, anna.id, cleo.id]


def test_last_trainee_round_trip_and_unknown_ids(store, db_path, clock):
    assert store.get_last_trainee() is None
    ben = store.add_trainee("Ben")
    store.set_last_trainee(ben.id)
    store.close()
    with open_store(db_path, now=clock) as reopened:
        assert reopened.get_last_trainee().id == ben.id
        with pytest.raises(NotFound):
            reopened.set_last_trainee(999)
        assert reopened.get_last_trainee().id == ben.id
        reopened.set_setting(LAST_TRAINEE, "garbage")
        assert reopened.get_last_trainee() is None


def test_settings_get_set_and_remove(store):
    assert store.get_setting("language") is None
    assert store.get_setting("language", "de") == "de"
    store.set_setting("language", "en")
    store.set_setting("language", "de")
    assert store.get_setting("language") == "de"
    store.set_setting("language", None)
    assert store.get_setting("language") is None
    with pytest.raises(ValueError):
        store.set_setting("", "x")
    with pytest.raises(ValueError):
        store.set_setting("volume", 3)  # type: ignore[arg-type]
