"""A whole voice call for real: `gatekeeper call` on PortAudio through PulseAudio null sinks.

The trainee's pitch is played into the virtual microphone; what the trainee hears is
recorded from the speaker sink's monitor. The call must take the shock-pause route, time the
held silence, and the gatekeeper's voice must be in the recording.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
from audio_synth import RATE, make_call, speech
from pulse import PulseServer, stop_recording

from gatekeeper.audio.wavfile import read_wav

pytestmark = [pytest.mark.audio, pytest.mark.models]


def _lines(stream, out: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        out.put(line)
    out.put(None)


def _wait_for(lines: queue.Queue, needle: str, seen: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            raise AssertionError("the call ended early:\n" + "".join(seen))
        seen.append(line)
        if needle in line:
            return
    raise AssertionError(f"no {needle!r} within {timeout} s:\n" + "".join(seen))


def test_voice_call_through_pulseaudio(pulse: PulseServer, tmp_path) -> None:
    pitch = make_call(
        [speech("I would like to win your boss as a customer for our company.", "en-us")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    )
    benefit = make_call(
        [speech("We cut his maintenance costs by fifteen percent.", "en-us")],
        [],
        lead_s=0.0,
        tail_s=0.2,
    )
    lie = make_call(
        [speech("No, I just wanted to introduce myself.", "en-us")], [], lead_s=0.0, tail_s=0.2
    )
    pitch_wav = pitch.write(tmp_path / "pitch.wav", rate=44_100)
    benefit_wav = benefit.write(tmp_path / "benefit.wav", rate=44_100)
    lie_wav = lie.write(tmp_path / "lie.wav", rate=44_100)
    heard_wav = tmp_path / "heard.wav"
    recorder = pulse.record(heard_wav)
    call = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gatekeeper.cli",
            "call",
            "standard-receptionist.en",
            "--json",
            "--seed",
            "3",
        ],
        env=pulse.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(call.stderr, lines), daemon=True).start()
    seen: list[str] = []
    try:
        _wait_for(lines, "Sarah Miller:", seen, timeout=120)  # greeting
        _wait_for(lines, "Sarah Miller:", seen, timeout=30)  # "What's it about?"
        time.sleep(2.5)  # her question is still playing; answer after it, as a person would
        pulse.play(pitch_wav).wait(timeout=20)
        _wait_for(lines, "hold it", seen, timeout=30)  # the shock pause began
        _wait_for(lines, "Weber", seen, timeout=30)  # her hesitant follow-up
        time.sleep(6.0)  # "Um ... and what would Mr. Weber get out of it?" takes 5 s in Pico
        pulse.play(benefit_wav).wait(timeout=20)
        # she puts the caller through; her boss asks the selling question, and is lied to
        _wait_for(lines, "sell me something", seen, timeout=60)
        time.sleep(3.0)  # his question is still playing
        pulse.play(lie_wav).wait(timeout=20)
        out, err = call.communicate(timeout=60)
    finally:
        if call.poll() is None:
            call.kill()
        stop_recording(recorder)
    assert call.returncode == 0, "".join(seen) + err
    report = json.loads(out)
    assert report["path"][:4] == ["greeting", "ask_purpose", "shock_pause", "what_for_boss"]
    assert report["trainee_broke_silence"] is False
    assert 2.0 - 0.1 <= report["silence_after_pitch_s"] <= 4.0 + 0.1
    # her part ended with put_through, his with the lie seen through
    assert "put_through" in report["path"] and report["path"][-1] == "seen_through"
    assert report["outcome"] == "hung_up", [(t["speaker"], t["text"]) for t in report["turns"]]
    sections = report["scorecard"]["sections"]
    assert [s["persona"] for s in sections] == ["Sarah Miller", "Mr. Weber"]
    heard, rate = read_wav(heard_wav)
    heard = heard.reshape(len(heard), -1).mean(axis=1)
    frames = heard[: len(heard) // 480 * 480].reshape(-1, 480)  # 10 ms
    loud = np.sqrt((frames.astype(np.float64) ** 2).mean(axis=1)) > 0.01
    # her four lines and his were played: many seconds of their voices reached the speaker
    assert loud.sum() * 0.01 > 6.0, f"only {loud.sum() * 0.01:.1f} s of audio heard"
    assert RATE and rate
