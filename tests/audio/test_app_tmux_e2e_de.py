"""A German call through the real app, heard: `gatekeeper` in tmux, PulseAudio null sinks.

A fresh user picks the German standard receptionist (Frau Schneider), says an honest pitch
into the virtual microphone, holds the shock pause and answers her question. Meanwhile the
speaker sink's monitor is recorded, as the trainee's ears would hear it. Each gatekeeper
line of the call report (the greeting, "Worum geht's denn?" and the reply after the shock
pause) must be found in that recording, audible, starting where the report says it started:
the recording and the call's timeline are put on one clock by the greeting, and every later
line must then start within 50 ms of its reported start.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from audio_synth import make_call
from pulse import PulseServer, stop_recording

from gatekeeper.audio.wavfile import read_wav
from gatekeeper.scenario import load_scenario
from gatekeeper.speech.line_cache import LineCache
from gatekeeper.speech.tts import Audio, resample
from gatekeeper.speech.voices import choose_voice, find_voice, speaker_for

pytestmark = [pytest.mark.audio, pytest.mark.models]

SESSION = "gatekeeper-e2e-de"
REPO = Path(__file__).resolve().parents[2]
SCENARIO = REPO / "scenarios" / "standard-receptionist.de.yaml"
RATE = 16_000
TOLERANCE_S = 0.050
ASK_AGAIN = "Das habe ich jetzt nicht ganz verstanden"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def wait_for(text: str, timeout: float, history: list[str], *, new_after: int = 0) -> str:
    """The screen once ``text`` is on it; with ``new_after``, ``text`` must occur more often
    than that many times (a line said again)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = tmux("capture-pane", "-p", "-t", SESSION)
        history.append(shown)
        if shown.count(text) > new_after:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen within {timeout} s; last screen:\n{history[-1]}")


def say_pitch_until_understood(pulse: PulseServer, pitch: Path, seen: list[str]) -> None:
    """Whisper may mishear espeak's German; she then asks again and the pitch is repeated."""
    for attempt in range(3):
        time.sleep(0.5)
        pulse.play(pitch).wait(timeout=20)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            shown = wait_for("", 1, seen)
            if "Shock pause — stay silent!" in shown:
                return
            if shown.count(ASK_AGAIN) > attempt:
                wait_for("Your turn — speak", 20, seen)
                break
            time.sleep(0.2)
    raise AssertionError(f"the honest pitch was never understood; last screen:\n{seen[-1]}")


def trainee_says(text: str) -> np.ndarray:
    """The trainee's German, in Pico's voice at a lower pitch: Whisper mishears espeak-ng's
    German too often for a call to follow the honest route reliably."""
    voice = find_voice("pico:de-DE")
    assert voice is not None
    x = resample(speaker_for(voice, pitch=0.75).synthesize(text), RATE).samples
    loud = np.nonzero(np.abs(x) > 0.003)[0]
    return x[loud[0] : loud[-1] + 1].copy()


def find_clip(recording: np.ndarray, clip: np.ndarray, lo: int, hi: int) -> tuple[int, float]:
    """Where ``clip`` starts in ``recording`` (searching starts in [lo, hi)), and how well it
    matches there (Pearson correlation of the clip with the recording at that place)."""
    lo, hi = max(0, lo), min(len(recording) - len(clip), hi)
    assert hi > lo, "the recording ends before the line would"
    part = recording[lo : hi + len(clip)]
    n = 1 << int(np.ceil(np.log2(len(part) + len(clip))))
    corr = np.fft.irfft(np.fft.rfft(part, n) * np.conj(np.fft.rfft(clip, n)), n)[: hi - lo]
    at = lo + int(np.argmax(corr))
    heard = recording[at : at + len(clip)]
    match = float(np.corrcoef(heard, clip)[0, 1])
    return at, match


@pytest.mark.skipif(
    shutil.which("tmux") is None and not os.environ.get("CI"), reason="tmux is not installed"
)
def test_a_german_call_by_voice_is_heard_where_the_report_says(
    pulse: PulseServer, tmp_path: Path
) -> None:
    pitch = make_call(
        [trainee_says("Ich möchte Ihren Chef gerne als Kunden gewinnen.")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    ).write(tmp_path / "pitch.wav", rate=44_100)
    benefit = make_call(
        [trainee_says("Wir senken seine Wartungskosten um fünfzehn Prozent.")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    ).write(tmp_path / "benefit.wav", rate=44_100)
    data = tmp_path / "data"
    env = {
        **os.environ,
        **pulse.client_env(),
        "GATEKEEPER_DATA_DIR": str(data),
        "GATEKEEPER_CONFIG_DIR": str(tmp_path / "config"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    for fixed_size in ("COLUMNS", "LINES"):
        env.pop(fixed_size, None)
    script = tmp_path / "start.sh"
    exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items() if k.isidentifier())
    script.write_text(f"{exports}exec {shlex.quote(sys.executable)} -m gatekeeper.cli --lang en\n")
    heard_wav = tmp_path / "speaker.wav"
    recorder = pulse.record(heard_wav, latency_ms=1000)
    tmux("new-session", "-d", "-s", SESSION, "-x", "160", "-y", "48", f"bash {script}")
    tmux("set-option", "-t", SESSION, "window-size", "manual")
    tmux("resize-window", "-t", SESSION, "-x", "160", "-y", "48")
    seen: list[str] = []
    try:
        wait_for("Standard receptionist", 60, seen)
        tmux("send-keys", "-t", SESSION, "Alex", "Enter")
        wait_for("Alex", 10, seen)
        # the scenario list is sorted by id: standard-receptionist.de comes first
        tmux("send-keys", "-t", SESSION, "Enter")
        wait_for("Frau Schneider", 60, seen)
        wait_for("Your turn — speak", 90, seen)
        say_pitch_until_understood(pulse, pitch, seen)
        wait_for("Held", 15, seen)
        wait_for("Your turn — speak", 20, seen)
        time.sleep(0.5)
        pulse.play(benefit).wait(timeout=20)
        # she puts the caller through and her boss picks up: this test hangs up on him
        wait_for("Sie wollen mir bestimmt nur etwas verkaufen", 60, seen)
        tmux("send-keys", "-t", SESSION, "Escape")
        wait_for("Your score", 60, seen)
        time.sleep(1.0)  # the last line's tail reaches the monitor
    finally:
        stop_recording(recorder)
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)

    with sqlite3.connect(data / "history.sqlite3") as db:
        (report_json,) = db.execute("SELECT report_json FROM calls").fetchone()
    report = json.loads(report_json)
    said = [
        t for t in report["turns"] if t["speaker"] == "gatekeeper" and not t.get("section")
    ]  # hers: the boss's lines after the handover are his voice, not in her line cache
    lines = [t["line"] for t in said]
    # the greeting, the question, and after the shock pause her reply
    assert lines[:2] == ["greeting", "ask_purpose"] and "what_for_boss" in lines, lines
    assert report["path"].index("shock_pause") < report["path"].index("what_for_boss")
    assert report["silence_after_pitch_s"] is not None and not report["trainee_broke_silence"]

    # what the speaker played, on a 16 kHz clock, and each line as the voice renders it
    samples, rate = read_wav(heard_wav)
    heard = resample(Audio(samples[:, 0].copy(), rate), RATE).samples
    scenario = load_scenario(SCENARIO)
    voice = choose_voice(scenario.persona.voices, "de")
    assert voice is not None and voice.name == "pico:de-DE"

    # the very clips the app played: its line cache (Pico's noise differs between renders)
    def not_played(*_: object) -> None:
        raise AssertionError("a line of the call is missing from the app's line cache")

    lines = LineCache(Path(env["GATEKEEPER_CACHE_DIR"]) / "lines", make_speaker=not_played)
    lines.prepare(scenario, voice)

    # Where each line is in the recording. The recorder's clock starts at an unknown moment
    # of the call's: the greeting gives a first estimate, then the one offset that fits all
    # lines best (the middle of their spread) is the call's t = 0 in the recording.
    found: list[tuple[str, int]] = []
    first: int | None = None
    for turn in said:
        clip = resample(lines.get(turn["text"]), RATE).samples
        if first is None:
            at, match = find_clip(heard, clip, 0, len(heard))
            first = at - round(turn["start_s"] * RATE)
        else:
            expected = first + round(turn["start_s"] * RATE)
            at, match = find_clip(heard, clip, expected - RATE, expected + RATE)
        part = heard[at : at + len(clip)]
        assert match > 0.8, (turn["line"], match)
        assert np.abs(part).max() > 0.2, (turn["line"], "not audible")
        # before the line starts the speaker is quiet (no earlier copy of it playing)
        before = heard[max(0, at - RATE // 20) : at]
        assert np.abs(before).max() < 0.5 * np.abs(part).max(), turn["line"]
        found.append((turn["line"], at - round(turn["start_s"] * RATE)))
    raw = [r for _, r in found]
    offset = (max(raw) + min(raw)) / 2
    for (line, r), turn in zip(found, said, strict=True):
        off_ms = 1000 * (r - offset) / RATE
        print(f"{line}: reported at {turn['start_s']:.3f} s, heard {off_ms:+.1f} ms from it")
    assert all(abs(r - offset) <= TOLERANCE_S * RATE for r in raw), [
        (line, round(1000 * (r - offset) / RATE)) for line, r in found
    ]
