"""A broken or unusable history file gives one line the app can show, never a traceback."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys

import pytest
from store_fixtures import make_report

from gatekeeper.store import StoreError, open_store


def one_line_store_error(path, clock) -> str:
    with pytest.raises(StoreError) as caught:
        open_store(path, now=clock)
    message = str(caught.value)
    assert message and "\n" not in message
    assert str(path) in message
    return message


def test_a_file_that_is_not_a_database(tmp_path, clock):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is my shopping list, not a database\n" * 200)
    assert "not a database" in one_line_store_error(path, clock)
    assert path.read_bytes().startswith(b"this is my shopping list")


def test_a_damaged_database(db_path, clock):
    with open_store(db_path, now=clock) as store:
        anna = store.add_trainee("Anna")
        for n in range(40):
            call_id = store.begin_call(anna.id, "s", "S" * 200, "de", n)
            store.finish_call(call_id, make_report())
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 4 * page_size
    noise = random.Random(7).randbytes(len(data) - 3 * page_size)
    data[2 * page_size : len(data) - page_size] = noise
    db_path.write_bytes(bytes(data))
    one_line_store_error(db_path, clock)


def test_a_folder_instead_of_a_file(tmp_path, clock):
    assert "folder" in one_line_store_error(tmp_path, clock)


def test_an_unwritable_location(tmp_path, clock):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_line_store_error(blocker / "history.sqlite3", clock)


def test_a_closed_store_raises_store_error(store):
    store.close()
    with pytest.raises(StoreError):
        store.list_trainees()


def test_the_store_does_not_import_textual():
    code = (
        "import sys, gatekeeper.store, gatekeeper.store.export;"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
