"""The real app in tmux, in the faults of issue 8: a read-only history (case 2), an error no
screen handles (exit code 1 and one line, never a traceback and exit 0), and C libraries
writing to standard error while the app runs (ALSA's "underrun occurred", case 6)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import textwrap
import time
from datetime import UTC
from pathlib import Path

import pytest
from read_only import read_only
from ui_support import FixedClock

from gatekeeper.store import open_store

REPO = Path(__file__).resolve().parents[2]
SESSION = "gatekeeper-faults"
UNDERRUN = "ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred"

WRAPPER = textwrap.dedent(
    """
    import os, sys, threading, time
    from pathlib import Path
    from gatekeeper.commands.app import start_app

    mode, data = sys.argv[1], Path(sys.argv[2])
    if mode == "c-stderr":  # what a C library does: write to file descriptor 2
        def noise():
            for _ in range(3):
                time.sleep(1.5)
                os.write(2, b"UNDERRUN\\n")
        threading.Thread(target=noise, daemon=True).start()
    if mode == "crash":  # a bug in a screen
        from gatekeeper.ui.screens import start
        def broken(self):
            raise RuntimeError("the leaderboard broke")
        start.StartScreen.action_history = broken
    start_app(data_dir=data, language="en")
    """
).replace("UNDERRUN", UNDERRUN)


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen within {timeout} s; last screen:\n{shown}")


def start(tmp_path: Path, command: str) -> Path:
    """Run ``command`` in a 150x45 tmux session; its exit code lands in the returned file."""
    rc = tmp_path / "rc.txt"
    script = tmp_path / "run.sh"
    script.write_text(
        f"export PYTHONPATH={shlex.quote(str(REPO))} TERM=xterm-256color LANG=C.UTF-8\n"
        f"export GATEKEEPER_CONFIG_DIR={shlex.quote(str(tmp_path / 'config'))}\n"
        "export GATEKEEPER_NO_POLL=1\nunset COLUMNS LINES\n"
        f"cd {shlex.quote(str(tmp_path))}\n"
        f"{command}\necho rc=$? > {shlex.quote(str(rc))}\nsleep 60\n"
    )
    tmux("new-session", "-d", "-s", SESSION, "-x", "150", "-y", "45", f"bash {script}")
    tmux("set-option", "-t", SESSION, "window-size", "manual")
    tmux("resize-window", "-t", SESSION, "-x", "150", "-y", "45")
    return rc


def exit_code(rc: Path, timeout: float = 20) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if rc.exists() and rc.read_text().strip():
            return int(rc.read_text().strip().removeprefix("rc="))
        time.sleep(0.2)
    raise AssertionError(f"the app did not exit within {timeout} s:\n{screen()}")


@pytest.fixture(autouse=True)
def _one_session():
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    yield
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


def app_command(data: Path, *extra: str) -> str:
    args = [sys.executable, "-m", "gatekeeper.cli", "--data-dir", str(data), "--lang", "en"]
    return shlex.join([*args, *extra])


def test_a_read_only_history_is_shown_with_one_line_and_quits_with_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    history = data / "history.sqlite3"
    with open_store(history, now=FixedClock(), tz=UTC) as store:
        anna = store.add_trainee("Anna")
        store.add_trainee("Ben")
        store.set_last_trainee(anna.id)
    with read_only(history):
        rc = start(tmp_path, app_command(data))
        shown = wait_for("is read-only", 30)
        assert "Anna" in shown and "Ben" in shown
        tmux("send-keys", "-t", SESSION, "Tab")  # to the names: highlighting one writes
        tmux("send-keys", "-t", SESSION, "Down")
        tmux("send-keys", "-t", SESSION, "Up")
        time.sleep(1.0)
        shown = screen()
        assert "Traceback" not in shown and "is read-only" in shown
        tmux("send-keys", "-t", SESSION, "C-q")
        assert exit_code(rc) == 0
        assert "Traceback" not in screen()


def test_an_unhandled_error_ends_the_app_with_1_and_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER)
    rc = start(tmp_path, shlex.join([sys.executable, str(wrapper), "crash", str(data)]))
    wait_for("Who is practising?", 30)
    tmux("send-keys", "-t", SESSION, "F3")
    assert exit_code(rc) == 1
    shown = screen()
    assert "gatekeeper: stopped after an internal error: RuntimeError: the leaderboard broke" in (
        " ".join(shown.split())
    )
    assert "Traceback" not in shown
    log = (data / "gatekeeper.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "the leaderboard broke" in log


def test_c_libraries_stderr_goes_to_the_log_not_over_the_screen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER)
    rc = start(tmp_path, shlex.join([sys.executable, str(wrapper), "c-stderr", str(data)]))
    wait_for("Who is practising?", 30)
    log = data / "gatekeeper.log"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and log.read_text().count(UNDERRUN) < 3:
        assert "underrun" not in screen()
        time.sleep(0.3)
    assert log.read_text().count(UNDERRUN) == 3
    shown = screen()
    assert "underrun" not in shown and "Who is practising?" in shown
    tmux("send-keys", "-t", SESSION, "C-q")
    assert exit_code(rc) == 0


def test_a_read_only_history_of_an_older_schema_exits_1_with_one_line(tmp_path: Path) -> None:
    """It can be neither migrated nor used as it is: the app cannot go on."""
    from gatekeeper.store.db import connect, migrate

    data = tmp_path / "data"
    history = data / "history.sqlite3"
    conn = connect(history)
    migrate(conn, target=2)
    conn.close()
    with read_only(history):
        done = subprocess.run(
            [sys.executable, "-m", "gatekeeper.cli", "--data-dir", str(data)],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is read-only and from another gatekeeper version" in lines[0]
    assert "Traceback" not in done.stderr
