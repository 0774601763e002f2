"""Playing back a call recording (the scorecard's `p`) through the real speaker path."""

from __future__ import annotations

import time

import numpy as np
import pytest
from pulse import PulseServer, stop_recording

from gatekeeper.audio.fakes import tone
from gatekeeper.audio.wavfile import read_wav, write_wav
from gatekeeper.session.app_services import play_recording

pytestmark = pytest.mark.audio


def test_play_recording_reaches_the_speaker(pulse: PulseServer, tmp_path) -> None:
    # 3 s of tone; a sound server may swallow a fraction of a second as a stream starts
    left, right = tone(440, 3.0, 0.3), np.zeros(round(3.0 * 16000), np.float32)
    recording = tmp_path / "call.wav"
    write_wav(recording, np.stack([left, right], axis=1), 16000)
    heard = tmp_path / "heard.wav"
    recorder = pulse.record(heard)
    try:
        play_recording(recording)  # blocks until played
        time.sleep(1.0)  # the monitor lags the speaker: let the tail reach the recorder
    finally:
        stop_recording(recorder)
    audio, rate = read_wav(heard)
    mono = audio.reshape(len(audio), -1).mean(axis=1)
    loud = np.abs(mono) > 0.05  # a 0.15 sine is above this 78 % of the time: 2.35 s in all
    assert loud.sum() / rate > 1.8, f"only {loud.sum() / rate:.2f} s heard"
