"""The app's microphone check on real audio: devices listed, a level, and what was said."""

from __future__ import annotations

import threading
import time

import pytest
from audio_synth import make_call, speech
from pulse import PulseServer

from gatekeeper.session.app_services import LiveMicCheck
from gatekeeper.session.events import InputLevel, MicHeard

pytestmark = [pytest.mark.audio, pytest.mark.models]


def test_mic_check_hears_and_transcribes(pulse: PulseServer, tmp_path) -> None:
    wav = make_call(
        [speech("Good morning, this is a test.", "en-us")], [], lead_s=0.0, tail_s=0.2
    ).write(tmp_path / "hello.wav", rate=44_100)
    check = LiveMicCheck("en")
    devices = check.input_devices()
    assert devices and any(d.is_default for d in devices)
    events: list[object] = []
    stop = threading.Event()
    worker = threading.Thread(target=check.run, args=(None, events.append, stop))
    worker.start()
    try:
        deadline = time.monotonic() + 60
        while not any(isinstance(e, InputLevel) for e in events):
            assert time.monotonic() < deadline, "no input level reported"
            time.sleep(0.1)
        pulse.play(wav).wait(timeout=20)
        deadline = time.monotonic() + 30
        while not any(isinstance(e, MicHeard) for e in events):
            assert time.monotonic() < deadline, "nothing heard"
            time.sleep(0.1)
    finally:
        stop.set()
        worker.join(timeout=10)
    heard = next(e for e in events if isinstance(e, MicHeard))
    assert "morning" in heard.text.lower() or "test" in heard.text.lower(), heard.text
    levels = [e.dbfs for e in events if isinstance(e, InputLevel)]
    assert max(levels) > -40.0
