"""The app end to end, as a person uses it: `gatekeeper` in tmux, a voice through PulseAudio.

A fresh user (empty data and config) adds their name, picks the English standard
receptionist, says an honest pitch into the virtual microphone and stays silent. The big
silence timer must appear during the shock pause, then the call goes on to the scorecard,
which shows the silence held.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from audio_synth import make_call, speech
from pulse import PulseServer

from gatekeeper.audio.wavfile import read_wav

pytestmark = [pytest.mark.audio, pytest.mark.models]

SESSION = "gatekeeper-e2e"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(text: str, timeout: float, history: list[str]) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen()
        history.append(shown)
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen within {timeout} s; last screen:\n{history[-1]}")


@pytest.mark.skipif(
    shutil.which("tmux") is None and not os.environ.get("CI"),
    reason="tmux is not installed: apt-get install tmux",
)
def test_first_call_by_voice_to_the_scorecard(pulse: PulseServer, tmp_path: Path) -> None:
    pitch = make_call(
        [speech("I would like to win your boss as a customer for our company.", "en-us")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    ).write(tmp_path / "pitch.wav", rate=44_100)
    benefit = make_call(
        [speech("We cut his maintenance costs by fifteen percent.", "en-us")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    ).write(tmp_path / "benefit.wav", rate=44_100)
    env = {
        **os.environ,
        **pulse.client_env(),
        "GATEKEEPER_DATA_DIR": str(tmp_path / "data"),
        "GATEKEEPER_CONFIG_DIR": str(tmp_path / "config"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    for fixed_size in ("COLUMNS", "LINES"):  # Textual would take these over the terminal's
        env.pop(fixed_size, None)
    script = tmp_path / "start.sh"
    exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items() if k.isidentifier())
    script.write_text(f"{exports}exec {shlex.quote(sys.executable)} -m gatekeeper.cli --lang en\n")
    tmux("new-session", "-d", "-s", SESSION, "-x", "160", "-y", "48", f"bash {script}")
    # detached sessions otherwise shrink to tmux's default 80x24
    tmux("set-option", "-t", SESSION, "window-size", "manual")
    tmux("resize-window", "-t", SESSION, "-x", "160", "-y", "48")
    seen: list[str] = []
    try:
        wait_for("Standard receptionist", 60, seen)
        tmux("send-keys", "-t", SESSION, "Alex", "Enter")
        wait_for("Alex", 10, seen)
        # the scenario list is sorted by id: standard-receptionist.de, then .en
        tmux("send-keys", "-t", SESSION, "Down", "Enter")
        wait_for("Sarah Miller", 60, seen)
        wait_for("Your turn — speak", 90, seen)
        time.sleep(0.5)
        pulse.play(pitch).wait(timeout=20)
        during = wait_for("Shock pause — stay silent!", 30, seen)
        assert "Goal: hold until she speaks" in during
        wait_for("Held", 15, seen)
        wait_for("Your turn — speak", 20, seen)
        time.sleep(0.5)
        pulse.play(benefit).wait(timeout=20)
        # she puts the caller through and her boss picks up: this test hangs up on him
        wait_for("You just want to sell me something", 60, seen)
        tmux("send-keys", "-t", SESSION, "Escape")
        card = wait_for("Your score", 60, seen)
        assert "out of 100" in card
        lines = wait_for("Silence after the pitch:", 10, seen).splitlines()
        at = next(i for i, line in enumerate(lines) if "Silence after the pitch:" in line)
        # the fact may wrap in a narrow terminal: "held 3.1 s" on the same or the next line
        assert re.search(r"held \d+\.\d s", " ".join(lines[at : at + 2])), card
        # the call was kept: history in the data folder, and a stereo recording of it
        recordings = list((tmp_path / "data" / "recordings").glob("*.wav"))
        assert len(recordings) == 1
        audio, _rate = read_wav(recordings[0])
        assert audio.shape[1] == 2 and abs(audio[:, 0]).max() > 0.01 < abs(audio[:, 1]).max()
        assert (tmp_path / "data" / "history.sqlite3").exists()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
