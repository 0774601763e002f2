"""VoiceCall's wiring on fakes (milliseconds): frames -> VAD -> transcript -> engine -> sink.

The real-model versions of these calls are in tests/voice and tests/audio; here the VAD is the
real state machine on an energy detector, the "speech" is a tone and the transcriber returns
scripted text, so the session's own logic is pinned down exactly.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from gatekeeper.audio.base import SAMPLE_RATE, AudioStalled
from gatekeeper.audio.fakes import FakeSink, FakeSource, silence, tone
from gatekeeper.dialogue.engine import Engine
from gatekeeper.dialogue.types import Delivery
from gatekeeper.scenario.model import Outcome
from gatekeeper.session.events import (
    CallEnded,
    CallFailed,
    GatekeeperSpoke,
    ShockPauseEnded,
    ShockPauseStarted,
)
from gatekeeper.session.voice_call import VoiceCall
from gatekeeper.speech.vad import FakeVad

LINE_S = 1.0  # every gatekeeper line lasts exactly this long here
FRAMES = 0.065  # the fake VAD sees whole 32 ms frames: each edge is off by up to one frame


def make_call(receptionist, receptionist_judge, signal, texts, **kw):
    said: list[int] = []

    def transcribe(audio: np.ndarray, still_wanted) -> str:
        said.append(len(audio))
        return texts[len(said) - 1] if len(said) <= len(texts) else ""

    sink = FakeSink()
    call = VoiceCall(
        engine=Engine(receptionist, receptionist_judge, seed=0),
        source=kw.pop("source", None) or FakeSource(*signal),
        sink=sink,
        vad=FakeVad(end_silence_s=0.45),
        transcribe=transcribe,
        voice=lambda text: (np.full(round(LINE_S * SAMPLE_RATE), 0.01, np.float32), SAMPLE_RATE),
        realtime=False,
        max_tail_s=8.0,
        **kw,
    )
    return call, sink, said


PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
BENEFIT = "Wir senken seine Wartungskosten um fünfzehn Prozent."


def test_held_silence_is_timed_on_the_timeline(receptionist, receptionist_judge):
    # her two opening lines take 2 s; the pitch is a 2 s "voice" from 3.0 s to 5.0 s
    signal = [silence(3.0), tone(200, 2.0), silence(7.0), tone(200, 1.5), silence(4.0)]
    call, sink, said = make_call(receptionist, receptionist_judge, signal, [PITCH, BENEFIT])
    events: list[object] = []
    report = call.run(events.append)
    assert report.path == ["greeting", "ask_purpose", "shock_pause", "what_for_boss", "put_through"]
    pitch = next(t for t in report.turns if t.speaker == "trainee")
    assert pitch.start_s == pytest.approx(3.0, abs=FRAMES)
    assert pitch.end_s == pytest.approx(5.0, abs=FRAMES)
    follow_up = report.turns[report.turns.index(pitch) + 1]
    assert report.silence_after_pitch_s == pytest.approx(follow_up.start_s - pitch.end_s)
    assert report.trainee_broke_silence is False
    assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s, abs=FRAMES)
    # one transcription per turn: the speculative one was reused at the end of the turn
    assert len(said) == 2
    started = [e for e in events if isinstance(e, ShockPauseStarted)]
    ended = [e for e in events if isinstance(e, ShockPauseEnded)]
    assert len(started) == 1 and started[0].silence_from_s == pytest.approx(pitch.end_s)
    assert len(ended) == 1 and ended[0].held
    assert isinstance(events[-1], CallEnded)
    # every gatekeeper line was placed in the sink where the report says it was spoken
    spoken = [e for e in events if isinstance(e, GatekeeperSpoke)]
    assert [p.start_s for p in sink.playbacks] == [e.start_s for e in spoken]


def test_speaking_into_the_pause_breaks_it_at_the_onset(receptionist, receptionist_judge):
    signal = [silence(3.0), tone(200, 2.0), silence(1.2), tone(300, 1.0), silence(6.0)]
    call, _sink, _said = make_call(
        receptionist,
        receptionist_judge,
        signal,
        [PITCH, "Also wir sind ein Softwarehaus aus Köln."],
    )
    events: list[object] = []
    report = call.run(events.append)
    assert report.trainee_broke_silence is True
    assert report.silence_after_pitch_s == pytest.approx(1.2, abs=FRAMES)
    assert report.path[-2:] == ["shock_pause", "advantage_lost"]
    ended = [e for e in events if isinstance(e, ShockPauseEnded)]
    assert len(ended) == 1 and not ended[0].held
    assert ended[0].silence_s == pytest.approx(1.2, abs=FRAMES)


def test_half_duplex_ignores_the_microphone_while_she_speaks(receptionist, receptionist_judge):
    # loud "echo" during her first two lines (0-2 s) must not count as the trainee
    signal = [tone(250, 1.8), silence(1.2), tone(200, 2.0), silence(10.0)]
    call, _sink, said = make_call(receptionist, receptionist_judge, signal, [PITCH])
    report = call.run(lambda e: None)
    trainee = [t for t in report.turns if t.speaker == "trainee"]
    assert trainee[0].start_s == pytest.approx(3.0, abs=FRAMES)
    assert len(said) == 1


def test_headset_mode_hears_barge_in(receptionist, receptionist_judge):
    signal = [silence(1.5), tone(200, 1.0), silence(12.0)]
    call, _sink, _said = make_call(receptionist, receptionist_judge, signal, [PITCH], headset=True)
    call.engine.headset = True
    report = call.run(lambda e: None)
    trainee = [t for t in report.turns if t.speaker == "trainee"]
    assert trainee and trainee[0].barged_in


def test_a_stalled_microphone_ends_the_call_and_keeps_what_was_said(
    receptionist, receptionist_judge
):
    signal = [silence(3.0), tone(200, 2.0), silence(10.0)]
    source = FakeSource(
        *signal,
        fail_after=round(6.0 * SAMPLE_RATE / 512),
        error=AudioStalled("no audio from the microphone for 1 s"),
    )
    call, _sink, _said = make_call(receptionist, receptionist_judge, signal, [PITCH], source=source)
    events: list[object] = []
    report = call.run(events.append)
    failed = [e for e in events if isinstance(e, CallFailed)]
    assert failed and "no audio from the microphone" in failed[0].message
    assert report is not None and any(t.speaker == "trainee" for t in report.turns)
    assert source._stopped
    # issue 8, case 3: kept as interrupted, not "you hung up", and scored as nothing
    assert report.outcome is Outcome.interrupted
    assert report.scorecard.score == 0 and report.scorecard.items == ()
    assert failed[0].report is report


def test_the_recording_has_both_sides_on_one_timeline(receptionist, receptionist_judge, tmp_path):
    from gatekeeper.audio.wavfile import read_wav

    signal = [silence(3.0), tone(200, 2.0), silence(10.0)]
    call, _sink, _said = make_call(
        receptionist, receptionist_judge, signal, [PITCH], record_to=tmp_path / "call.wav"
    )
    report = call.run(lambda e: None)
    audio, rate = read_wav(call.recording_path)
    assert rate == SAMPLE_RATE and audio.shape[1] == 2
    loud_mic = np.nonzero(np.abs(audio[:, 0]) > 0.05)[0]
    assert loud_mic[0] / rate == pytest.approx(3.0, abs=0.01)
    first_line = report.turns[0]
    loud_gk = np.nonzero(np.abs(audio[:, 1]) > 0.005)[0]
    assert loud_gk[0] / rate == pytest.approx(first_line.start_s, abs=0.01)


def test_a_dip_between_words_abandons_the_stale_speculative_transcription(
    receptionist, receptionist_judge
):
    # the pitch has a 0.2 s dip: the transcription started there must be told it is no longer
    # wanted (so the worker is free for the real end of the turn), and the turn is judged on
    # the transcription of the whole pitch
    signal = [silence(3.0), tone(200, 1.0), silence(0.2), tone(200, 1.0), silence(8.0)]
    calls: list[tuple[int, bool]] = []  # (samples, still wanted when it returned)

    def transcribe(audio: np.ndarray, still_wanted) -> str:
        for _ in range(500):  # a slow model: the stale start waits to be abandoned
            if not still_wanted() or calls:
                break
            time.sleep(0.01)
        calls.append((len(audio), still_wanted()))
        return PITCH if still_wanted() else ""

    call = VoiceCall(
        engine=Engine(receptionist, receptionist_judge, seed=0),
        source=FakeSource(*signal),
        sink=FakeSink(),
        vad=FakeVad(end_silence_s=0.45),
        transcribe=transcribe,
        voice=lambda text: (np.full(round(LINE_S * SAMPLE_RATE), 0.01, np.float32), SAMPLE_RATE),
        realtime=False,
        max_tail_s=8.0,
    )
    report = call.run(lambda e: None)
    assert [wanted for _n, wanted in calls] == [False, True]
    first, whole = calls[0][0], calls[1][0]
    assert whole - first == pytest.approx(1.2 * SAMPLE_RATE, abs=0.1 * SAMPLE_RATE)
    pitch = next(t for t in report.turns if t.speaker == "trainee")
    assert pitch.text == PITCH
    assert pitch.end_s - pitch.start_s == pytest.approx(2.2, abs=FRAMES)
    assert len(call.timing.transcribe_wall_s) == 1  # the abandoned one is not counted


def test_the_voice_is_measured_from_the_moment_the_trainee_falls_silent(
    receptionist, receptionist_judge
):
    # How the pitch ended is measured with the speculative transcript, not after the end of
    # the turn is confirmed: measured only then, it held the reply back whenever the
    # transcript was already done. The turn carries the measurement of its own audio.
    signal = [silence(3.0), tone(200, 2.0), silence(8.0)]
    measured_at: list[tuple[int, int]] = []  # (call's now, samples measured)
    holder: dict[str, VoiceCall] = {}

    def measure(audio: np.ndarray, rate: int) -> Delivery:
        measured_at.append((holder["call"]._now, len(audio)))
        return Delivery(pitch_movement_st=-3.0, level_drop_db=0.0, uptalk=False, fading=False)

    call, _sink, _said = make_call(
        receptionist, receptionist_judge, signal, [PITCH], measure_delivery=measure
    )
    holder["call"] = call
    report = call.run(lambda e: None)
    pitch = next(t for t in report.turns if t.speaker == "trainee")
    assert pitch.delivery is not None and pitch.delivery.pitch_movement_st == -3.0
    now, samples = measured_at[0]
    assert samples / SAMPLE_RATE == pytest.approx(2.0, abs=FRAMES)
    # measured while the end-of-turn silence (0.45 s) was still being confirmed
    assert now / SAMPLE_RATE < pitch.end_s + 0.45
