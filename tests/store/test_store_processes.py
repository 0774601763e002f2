"""Two app instances writing at once, and an app killed with SIGKILL in the middle of a call."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gatekeeper.scenario.model import Outcome
from gatekeeper.store import open_store
from gatekeeper.store.db import StoreError, connect, migrate

WORKER = Path(__file__).with_name("store_worker.py")
CALLS_EACH = 25


def worker(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WORKER.parent,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "history.sqlite3"  # not created yet: both race to create and migrate it
    go = tmp_path / "go"
    procs = [worker("calls", db, name, CALLS_EACH, go) for name in ("Anna", "Ben")]
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "done"

    with open_store(db) as store:
        assert store.integrity_problems() == []
        trainees = {t.name: t for t in store.list_trainees()}
        assert set(trainees) == {"Anna", "Ben"}
        for trainee in trainees.values():
            calls = store.attempts(trainee.id, "standard-receptionist")
            assert [c.seed for c in calls] == list(range(CALLS_EACH))
            assert [c.score for c in calls] == list(range(CALLS_EACH))
            assert all(len(store.get_call(c.id).turns) == 2 for c in calls)
            assert all(len(store.get_call(c.id).score_items) == 2 for c in calls)


def open_and_migrate_at(path: str, start_at: float) -> str:
    """Open a history file at a given moment (run in a pool worker); "ok" or the error."""
    while time.time() < start_at:
        pass
    try:
        conn = connect(Path(path))
        migrate(conn)
        conn.close()
    except StoreError as e:
        return str(e)
    return "ok"


def test_instances_opening_a_new_history_at_the_same_moment_all_succeed(tmp_path):
    # Switching a new file to WAL answers "database is locked" at once (no busy wait) while
    # another connection is opening it: four instances started together hit that often.
    openers = 4
    with multiprocessing.get_context("spawn").Pool(openers) as pool:
        pool.map(abs, range(openers))  # workers started before the clock matters
        problems = []
        for n in range(60):
            path = str(tmp_path / f"history-{n}.sqlite3")
            start_at = time.time() + 0.05
            results = pool.starmap(open_and_migrate_at, [(path, start_at)] * openers)
            problems += [r for r in results if r != "ok"]
    assert problems == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_call_keeps_the_committed_turns(tmp_path):
    db = tmp_path / "history.sqlite3"
    proc = worker("endless", db)
    call_line = proc.stdout.readline()
    assert call_line.startswith("call "), proc.stderr.read()
    call_id = int(call_line.split()[1])
    last_reported = -1
    while last_reported < 40:
        line = proc.stdout.readline()
        assert line.startswith("turn "), proc.stderr.read()
        last_reported = int(line.split()[1])
    os.kill(proc.pid, signal.SIGKILL)
    # read through the buffered reader: readline() may already hold later lines that
    # communicate() (which reads the raw pipe) would never see
    rest = proc.stdout.read()
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    # every complete line was printed after its commit; a torn last line proves nothing
    for line in rest.splitlines(keepends=True):
        if line.startswith("turn ") and line.endswith("\n"):
            last_reported = int(line.split()[1])

    with open_store(db) as store:
        assert store.integrity_problems() == []
        before = store.get_call(call_id)
        assert before.summary.in_progress
        # every turn reported as committed is there, in order, and at most one more
        ordinals = [t.ordinal for t in before.turns]
        assert ordinals == list(range(len(ordinals)))
        assert last_reported + 1 <= len(ordinals) <= last_reported + 2
        assert [t.speaker for t in before.turns[:2]] == ["gatekeeper", "trainee"]

        assert store.mark_abandoned_calls() == [call_id]
        after = store.get_call(call_id)
        assert after.summary.outcome is Outcome.abandoned
        assert after.turns == before.turns
        assert store.leaderboard()[0].calls == 1
