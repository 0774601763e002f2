"""kill -9 in the middle of a voice call (issue 8, case 4), the real app in tmux through
PulseAudio: the turns, the silence measured after the pitch and the audio so far survive, in
the data folder given with ``--data-dir`` (not elsewhere), in one file named by the call's id.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from audio_synth import make_call, speech
from pulse import PulseServer

from gatekeeper.audio.wavfile import read_wav
from gatekeeper.scenario.model import Outcome
from gatekeeper.store import open_store

pytestmark = [pytest.mark.audio, pytest.mark.models]

SESSION = "gatekeeper-kill"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def wait_for(text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = tmux("capture-pane", "-p", "-t", SESSION)
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen within {timeout} s; last screen:\n{shown}")


def start_app(tmp_path: Path, pulse: PulseServer, data: Path) -> None:
    env = {
        **os.environ,
        **pulse.client_env(),
        "GATEKEEPER_DATA_DIR": str(tmp_path / "default-data"),  # must stay unused
        "GATEKEEPER_CONFIG_DIR": str(tmp_path / "config"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    for fixed_size in ("COLUMNS", "LINES"):
        env.pop(fixed_size, None)
    exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items() if k.isidentifier())
    command = shlex.join(
        [sys.executable, "-m", "gatekeeper.cli", "--lang", "en", "--data-dir", str(data)]
    )
    script = tmp_path / "start.sh"
    script.write_text(f"{exports}exec {command}\n")
    tmux("new-session", "-d", "-s", SESSION, "-x", "160", "-y", "48", f"bash {script}")
    tmux("set-option", "-t", SESSION, "window-size", "manual")
    tmux("resize-window", "-t", SESSION, "-x", "160", "-y", "48")


def test_kill_9_mid_call_loses_at_most_the_turn_in_progress(
    pulse: PulseServer, tmp_path: Path
) -> None:
    pitch = make_call(
        [speech("I would like to win your boss as a customer for our company.", "en-us")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    ).write(tmp_path / "pitch.wav", rate=44_100)
    data = tmp_path / "data"
    start_app(tmp_path, pulse, data)
    try:
        wait_for("Standard receptionist", 60)
        tmux("send-keys", "-t", SESSION, "Alex", "Enter")
        wait_for("Alex", 10)
        tmux("send-keys", "-t", SESSION, "Down", "Enter")  # .de, then .en
        wait_for("Your turn — speak", 120)
        time.sleep(0.5)
        pulse.play(pitch).wait(timeout=20)
        wait_for("Held", 30)  # the shock pause is over: the silence was measured
        time.sleep(1.5)  # her next line is playing: a turn in progress
        pid = int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)

    recordings = sorted((data / "recordings").glob("*.wav"))
    assert [p.name for p in recordings] == ["call-1.wav"]
    assert not (tmp_path / "default-data" / "recordings").exists()
    with open_store(data / "history.sqlite3") as store:  # what the next start does
        assert store.mark_abandoned_calls() == [1]
        detail = store.get_call(1)
    assert detail.summary.outcome is Outcome.abandoned
    assert detail.summary.recording_path == recordings[0]
    trainee = [t for t in detail.turns if t.speaker == "trainee"]
    assert trainee and "customer" in trainee[0].text.lower()
    assert trainee[0].silence_held is True and trainee[0].silence_after_s > 1.0
    assert detail.summary.silence_after_pitch_s == trainee[0].silence_after_s
    audio, rate = read_wav(recordings[0])  # the header is current to within half a second
    assert audio.shape[1] == 2
    pitch_end = trainee[0].end_s
    assert len(audio) / rate > pitch_end + trainee[0].silence_after_s
    mic = np.abs(audio[:, 0])
    start = int(trainee[0].start_s * rate)
    assert mic[start : int(pitch_end * rate)].max() > 0.05  # the pitch is in it
    assert np.abs(audio[:, 1]).max() > 0.01  # and her voice
