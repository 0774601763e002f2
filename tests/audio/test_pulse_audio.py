"""Real audio through PulseAudio null sinks: PortAudio mic and speaker, end to end."""

from __future__ import annotations

import time

import numpy as np
import pytest
from audio_synth import RATE, make_call, speech
from pulse import MOUTH, PulseServer, stop_recording

from gatekeeper.audio.level import rms_dbfs
from gatekeeper.audio.mic import Microphone, open_microphone
from gatekeeper.audio.speaker import open_speaker
from gatekeeper.audio.wavfile import read_wav

pytestmark = pytest.mark.audio


def test_devices_listed_through_pulse(pulse: PulseServer) -> None:
    from gatekeeper.audio.devices import list_devices, resolve_device

    devices = list_devices()
    assert any(d.max_input_channels > 0 for d in devices)
    assert resolve_device(None, "input").max_input_channels > 0
    assert resolve_device(None, "output").max_output_channels > 0


def test_microphone_hears_the_trainee(pulse: PulseServer, tmp_path) -> None:
    from gatekeeper.speech.vad import SpeechEnded, SpeechStarted, StreamingVad

    call = make_call([speech("Guten Tag, hier ist Müller.")], [], lead_s=0.0, tail_s=0.3)
    wav = call.write(tmp_path / "trainee.wav", rate=44_100)
    phrase_s = (call.spans[0][1] - call.spans[0][0]) / RATE

    mic = open_microphone()
    assert isinstance(mic, Microphone)
    vad = StreamingVad()
    events = []
    frames = []
    player = None
    with mic:
        while mic.position < 0.5 * RATE:  # let the stream settle before the trainee speaks
            frames.append(mic.read())
        play_at = mic.position
        player = pulse.play(wav)
        while mic.position < play_at + (phrase_s + 1.5) * RATE:
            frame = mic.read()
            frames.append(frame)
            events += vad.process(frame)
        player.wait(timeout=10)
    indices = [f.index for f in frames]
    assert indices == list(range(0, len(frames) * 512, 512))
    assert all(f.samples.dtype == np.float32 and len(f.samples) == 512 for f in frames)
    kinds = [type(e) for e in events]
    assert SpeechStarted in kinds and SpeechEnded in kinds, kinds
    started = next(e for e in events if isinstance(e, SpeechStarted))
    ended = next(e for e in events if isinstance(e, SpeechEnded))
    # paplay's start-up and the server's buffering delay the speech a little, never much
    assert play_at / RATE <= started.t_s < play_at / RATE + 1.0
    assert ended.t_s - started.t_s == pytest.approx(phrase_s, abs=0.15)
    assert mic.overflows == 0


def test_speaker_is_heard(pulse: PulseServer, tmp_path) -> None:
    recording = tmp_path / "heard.wav"
    recorder = pulse.record(recording)
    time.sleep(0.5)
    t = np.arange(int(0.8 * 22_050)) / 22_050
    line = (0.4 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    speaker = open_speaker()
    try:
        playback = speaker.play(line, 22_050, at_index=16_000)
        assert playback.start_index == 16_000
        assert playback.end_index == 16_000 + round(0.8 * RATE)
        assert playback.wait(timeout=5)
        time.sleep(0.3)
    finally:
        speaker.close()
        stop_recording(recorder)
    heard, rate = read_wav(recording)
    heard = heard[:, 0]
    assert rate == 48_000
    assert len(heard) > 0.8 * rate
    assert rms_dbfs(heard) > -30
    spectrum = np.abs(np.fft.rfft(heard))
    assert np.fft.rfftfreq(len(heard), 1 / rate)[np.argmax(spectrum)] == pytest.approx(440, abs=5)


def test_pulse_sinks_exist(pulse: PulseServer) -> None:
    sinks = pulse.pactl("list", "short", "sinks").stdout
    assert MOUTH in sinks and "speaker" in sinks
