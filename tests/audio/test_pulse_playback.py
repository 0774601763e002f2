"""Playing back a call recording (the scorecard's `p`) through the real speaker path."""

from __future__ import annotations

import numpy as np
import pytest
from pulse import PulseServer, stop_recording

from gatekeeper.audio.fakes import tone
from gatekeeper.audio.wavfile import read_wav, write_wav
from gatekeeper.session.app_services import play_recording

pytestmark = pytest.mark.audio


def test_play_recording_reaches_the_speaker(pulse: PulseServer, tmp_path) -> None:
    left, right = tone(440, 1.5, 0.3), np.zeros(round(1.5 * 16000), np.float32)
    recording = tmp_path / "call.wav"
    write_wav(recording, np.stack([left, right], axis=1), 16000)
    heard = tmp_path / "heard.wav"
    recorder = pulse.record(heard)
    try:
        play_recording(recording)  # blocks until played
    finally:
        stop_recording(recorder)
    audio, rate = read_wav(heard)
    mono = audio.reshape(len(audio), -1).mean(axis=1)
    loud = np.abs(mono) > 0.05
    assert loud.sum() / rate > 1.0, f"only {loud.sum() / rate:.2f} s heard"
