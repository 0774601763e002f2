"""One playback at a time (issue 8, case 6): the last call's recording kept playing ~12 s into
a new call. Starting a call (or another playback) stops it, through the real speaker path."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from pulse import PulseServer, stop_recording

from gatekeeper.audio.fakes import tone
from gatekeeper.audio.wavfile import read_wav, write_wav
from gatekeeper.session.app_services import play_recording, stop_playback

pytestmark = pytest.mark.audio


def heard(path) -> np.ndarray:
    audio, _rate = read_wav(path)
    return np.abs(audio.reshape(len(audio), -1).mean(axis=1))


def test_a_new_call_stops_the_recording_that_is_playing(pulse: PulseServer, tmp_path) -> None:
    long = tone(440, 15.0, 0.3)
    recording = tmp_path / "call-1.wav"
    write_wav(recording, np.stack([long, long], axis=1), 16000)
    before, after = tmp_path / "before.wav", tmp_path / "after.wav"
    recorder = pulse.record(before)
    time.sleep(1.0)  # parecord is slow to start on a loaded machine
    player = threading.Thread(target=play_recording, args=(recording,))
    try:
        player.start()
        time.sleep(2.5)
        stop_recording(recorder)
        assert player.is_alive()
        stopped_at = time.monotonic()
        stop_playback()  # what starting a new call does
        player.join(timeout=5)
        assert not player.is_alive()
        assert time.monotonic() - stopped_at < 2.0
        time.sleep(0.5)
        recorder = pulse.record(after)  # listen on: nothing may follow
        time.sleep(3.0)
    finally:
        stop_playback()
        player.join(timeout=20)
        stop_recording(recorder)
    assert (heard(before) > 0.05).sum() > 0  # it was playing
    quiet = heard(after)
    assert len(quiet) > 16000 and quiet.max() < 0.05
