"""A lost microphone, for real (issue 8, case 3): a PulseAudio source suspended mid-check and
mid-call, and the whole process frozen for 1.3 s as on a closed laptop lid.

The microphone check says "microphone stopped delivering audio" and comes back by itself when
the source does; a call is kept as interrupted (not "you hung up", no score) and the watchdog
finds the device again; a process that was itself frozen is not a stalled device.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pulse import VIRTUAL_MIC, PulseServer

from gatekeeper.scenario import LoadedScenario, load_scenario
from gatekeeper.scenario.model import Outcome
from gatekeeper.session.app_services import LiveMicCheck, LiveVoiceDriver, _wait_for_microphone
from gatekeeper.session.events import CallFailed, GatekeeperSpoke, InputLevel, MicBack, MicStalled
from gatekeeper.store import Trainee
from gatekeeper.ui.ports import CallSetup

pytestmark = [pytest.mark.audio, pytest.mark.models]

REPO = Path(__file__).resolve().parents[2]
STALLED = "microphone stopped delivering audio"


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what} within {timeout} s"
        time.sleep(0.1)


def suspend(pulse: PulseServer, on: bool) -> None:
    pulse.pactl("suspend-source", VIRTUAL_MIC, "1" if on else "0")


def test_the_mic_check_says_the_microphone_stopped_and_comes_back(pulse: PulseServer) -> None:
    events: list[object] = []
    stop = threading.Event()
    worker = threading.Thread(target=LiveMicCheck("en").run, args=(None, events.append, stop))
    worker.start()
    try:
        wait_until(lambda: any(isinstance(e, InputLevel) for e in events), 60, "a level")
        suspend(pulse, True)
        wait_until(lambda: any(isinstance(e, MicStalled) for e in events), 10, "a stall")
        stalled = next(e for e in events if isinstance(e, MicStalled))
        assert stalled.message.startswith(STALLED)
        time.sleep(2.0)
        assert worker.is_alive()  # the check waits for the microphone, it did not die
        assert not any(isinstance(e, MicBack) for e in events)
        suspend(pulse, False)
        wait_until(lambda: any(isinstance(e, MicBack) for e in events), 30, "the mic back")
        back = events.index(next(e for e in events if isinstance(e, MicBack)))
        wait_until(
            lambda: any(isinstance(e, InputLevel) for e in events[back:]),
            10,
            "a level after the mic came back",
        )
    finally:
        suspend(pulse, False)
        stop.set()
        worker.join(timeout=15)
    assert not worker.is_alive()


def test_a_call_that_loses_the_microphone_is_kept_as_interrupted(
    pulse: PulseServer, tmp_path: Path
) -> None:
    path = REPO / "scenarios" / "standard-receptionist.en.yaml"
    loaded = LoadedScenario("standard-receptionist.en", path, load_scenario(path))
    trainee = Trainee(1, "Alex", datetime(2025, 3, 14, tzinfo=UTC), None)
    driver = LiveVoiceDriver(CallSetup(loaded, trainee, seed=3, typed=False))
    events: list[object] = []
    reports: list[object] = []
    call = threading.Thread(target=lambda: reports.append(driver.run(events.append)))
    call.start()
    try:
        wait_until(lambda: any(isinstance(e, GatekeeperSpoke) for e in events), 120, "the greeting")
        time.sleep(1.0)
        suspend(pulse, True)
        call.join(timeout=30)
        assert not call.is_alive(), "the call did not end when the microphone stopped"
    finally:
        if call.is_alive():
            driver.hang_up()
            call.join(timeout=10)
    failed = [e for e in events if isinstance(e, CallFailed)]
    assert failed and failed[0].message.startswith(STALLED)
    report = reports[0]
    assert report.outcome is Outcome.interrupted  # not abandoned ("you hung up")
    assert report.scorecard.score == 0 and report.turns  # kept, scored as nothing
    # the watchdog: nothing while the source is suspended, found again once it is back
    stop = threading.Event()
    found: list[bool] = []
    watch = threading.Thread(target=lambda: found.append(_wait_for_microphone(None, stop)))
    watch.start()
    try:
        time.sleep(3.0)
        assert not found
        suspend(pulse, False)
        watch.join(timeout=30)
        assert found == [True]
    finally:
        suspend(pulse, False)
        stop.set()
        watch.join(timeout=15)


READER = textwrap.dedent(
    """
    import sys, time
    from gatekeeper.audio.base import AudioStalled
    from gatekeeper.audio.mic import Microphone

    mic = Microphone(None)
    mic.start()
    frames, t0 = 0, time.monotonic()
    try:
        while time.monotonic() - t0 < float(sys.argv[1]):
            mic.read()
            frames += 1
            if frames == 20:
                print("reading", flush=True)
    except AudioStalled as e:
        print("stalled:", e, flush=True)
        sys.exit(3)
    finally:
        mic.stop()
    print("frames", frames, flush=True)
    """
)


def test_a_frozen_process_is_not_a_stalled_microphone(pulse: PulseServer, tmp_path: Path) -> None:
    """SIGSTOP for 1.3 s (a laptop lid, a swap storm) freezes PortAudio's thread too; after
    SIGCONT the reader must not blame the device for the time it was not running."""
    script = tmp_path / "reader.py"
    script.write_text(READER)
    env = {**os.environ, **pulse.client_env(), "PYTHONPATH": str(REPO)}
    reader = subprocess.Popen(
        [sys.executable, str(script), "12"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None
        assert reader.stdout.readline().strip() == "reading"
        for _ in range(2):
            time.sleep(1.0)
            reader.send_signal(signal.SIGSTOP)
            time.sleep(1.3)
            reader.send_signal(signal.SIGCONT)
        out, _ = reader.communicate(timeout=30)
    finally:
        if reader.poll() is None:
            reader.kill()
    assert reader.returncode == 0, out
    assert out.startswith("frames")
