"""The boss by voice: spoken answers (SVOX Pico, a voice the judge was not tuned on) through
the real pipeline — Silero, Whisper base, the judge's moves, the boss's own voice — take every
route of both boss scenarios that the scripted calls take, the patience cut-in too (a trainee
who talks on for 30 s with only a breath between sentences), and the secretary's call goes on
to him by voice too.

The trainee answers 0.7 s after the call starts listening and the latest line has ended (so
every shock pause is held: she waits until he speaks and asks again)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from audio.voices_synth import say
from bundled.test_bundled_routes import BOSS, BOSS_IN_A_HURRY, SAY, Case

from gatekeeper.audio.base import SAMPLE_RATE, AudioSource, Frame
from gatekeeper.audio.fakes import FakeSink
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Outcome
from gatekeeper.session.call_setup import next_on_line
from gatekeeper.session.events import CallStateChanged
from gatekeeper.session.voice_setup import VoiceOptions, build_voice_call

pytestmark = pytest.mark.models

REPO = Path(__file__).resolve().parents[2]
FRAME = 512
TRAINEE = {"de": "pico:de-DE", "en": "pico:en-GB"}


class AnsweringTrainee(AudioSource):
    """A microphone read as fast as the call can take it: silence, and each answer ``gap_s``
    after the call began listening for it and the gatekeeper's latest line ended."""

    def __init__(self, clips: list[np.ndarray], sink: FakeSink, gap_s: float = 0.7) -> None:
        super().__init__()
        self.clips = list(clips)
        self.sink = sink
        self.gap = round(gap_s * SAMPLE_RATE)
        self._next = 0
        self.state = ""  # the call's state, from its events
        self._pending: tuple[int, np.ndarray] | None = None
        self._quiet_until: int | None = None

    def start(self) -> None:
        pass

    def stop(self) -> None:
        self.clips.clear()
        self._quiet_until = 0

    def read(self) -> Frame | None:
        index = self._next
        if self._quiet_until is not None and index >= self._quiet_until:
            return None
        if self._pending is None and self.clips and self.state == "listening":
            last_end = max((p.end_index for p in self.sink.playbacks), default=0)
            self._pending = (max(index, last_end + self.gap), self.clips.pop(0))
            self.state = "answering"
        elif not self.clips and self._pending is None and self._quiet_until is None:
            # all said: listen a while longer for how the call ends, then hang up
            self._quiet_until = max(index, self.sink.playbacks[-1].end_index) + 20 * SAMPLE_RATE
        samples = np.zeros(FRAME, dtype=np.float32)
        if self._pending is not None:
            at, clip = self._pending
            lo, hi = max(index, at), min(index + FRAME, at + len(clip))
            if lo < hi:
                samples[lo - index : hi - index] = clip[lo - at : hi - at]
            if index + FRAME >= at + len(clip):
                self._pending = None
        self._next += FRAME
        return self._delivered(Frame(index, samples))


MONOLOGUE_S = 30.0  # longer than every boss's patience (max_talk_s)
BREATH_S = 0.15  # between the monologue's sentences: far shorter than an end of turn
# how the monologue goes on after its first sentence (a sentence said over and over would
# read as a decoder loop to Whisper's hallucination check)
GOES_ON = {
    "de": (
        "Wir haben vor acht Jahren in einer kleinen Garage in Ulm angefangen.",
        "Heute arbeiten bei uns fünfzig Leute in drei Büros in ganz Süddeutschland.",
        "Unsere Kunden kommen aus dem Maschinenbau, aus der Logistik und aus dem Handel.",
        "Wir bieten Schulungen vor Ort an und natürlich auch im Internet.",
        "Unser Support ist an jedem Werktag von sieben bis neunzehn Uhr erreichbar.",
        "Außerdem haben wir gerade ein neues Büro in Leipzig eröffnet.",
        "Und im Herbst kommt eine neue Version unserer Software heraus.",
    ),
    "en": (
        "We started eight years ago in a small garage in Leeds.",
        "Today fifty people work for us in three offices across the north of England.",
        "Our customers come from engineering, from logistics and from retail.",
        "We offer training on site and of course online as well.",
        "Our support team answers every working day from seven in the morning to seven at night.",
        "We have also just opened a new office in Glasgow.",
        "And in the autumn a new version of our software comes out.",
    ),
}


def spoken(lang: str, key: str) -> np.ndarray:
    """The answer in the trainee's voice; the monologue goes on for ``MONOLOGUE_S``."""
    clip = say(SAY[lang][key], TRAINEE[lang])
    if key != "monologue":
        return clip
    breath = np.zeros(round(BREATH_S * SAMPLE_RATE), np.float32)
    parts = [clip]
    for sentence in GOES_ON[lang]:
        parts += [breath, say(sentence, TRAINEE[lang])]
    monologue = np.concatenate(parts)
    assert len(monologue) >= MONOLOGUE_S * SAMPLE_RATE, len(monologue) / SAMPLE_RATE
    return monologue


def by_voice(sid: str, keys: list[str]):
    path = REPO / "scenarios" / f"{sid}.yaml"
    scenario = load_scenario(path)
    lang = scenario.language.value
    clips = [spoken(lang, key) for key in keys]
    sink = FakeSink()
    source = AnsweringTrainee(clips, sink)

    def on_event(event: object) -> None:
        if isinstance(event, CallStateChanged):
            source.state = event.state

    call, _voice = build_voice_call(
        scenario,
        source=source,
        sink=sink,
        on_event=on_event,
        options=VoiceOptions(),
        seed=1,
        scenario_id=sid,
        realtime=False,
        then=next_on_line(path, scenario),
    )
    report = call.run(on_event)
    assert report is not None
    return report, sink


BY_VOICE = [
    (name, c)
    for name, cases in (("boss-weber", BOSS), ("boss-in-a-hurry", BOSS_IN_A_HURRY))
    for c in cases
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    ("name", "c"), BY_VOICE, ids=[f"{n}-{c.name.replace(' ', '_')}" for n, c in BY_VOICE]
)
def test_every_boss_route_by_voice(lang: str, name: str, c: Case) -> None:
    report, sink = by_voice(f"{name}.{lang}", [key for _, key in c.lines])
    heard = [(t.text, sorted(t.judgement.moves)) for t in report.turns if t.judgement is not None]
    assert tuple(report.path) == c.path, heard  # what Whisper heard and the moves in it
    assert report.outcome is c.outcome
    said = [t for t in report.turns if t.speaker == "gatekeeper"]
    assert len(sink.playbacks) == len(said)  # every line he said was heard, in his voice
    items = {i.item.value: i for i in report.scorecard.items}
    assert {"no_show", "appointment", "confident", "not_arrogant"} <= set(items)
    assert all(i.evidence and i.tip for i in items.values())
    # the voice was measured: each answer carries how it ended
    answers = [t for t in report.turns if t.speaker == "trainee"]
    assert answers and all(t.delivery is not None for t in answers)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_secretary_puts_the_caller_through_to_the_boss_by_voice(lang: str) -> None:
    keys = ["honest", "benefit", "yes_sell", "advantage", "ask_him", "meeting_hour"]
    report, sink = by_voice(f"standard-receptionist.{lang}", keys)
    assert report.outcome is Outcome.appointment, [t.to_json() for t in report.turns]
    assert [s.role for s in report.scorecard.sections] == ["gatekeeper", "boss"]
    personas = [t.persona for t in report.turns if t.speaker == "gatekeeper"]
    assert len(set(personas)) == 2 and personas[0] != personas[-1]
    # one timeline: her lines, then his, each heard where the report says
    for turn, playback in zip(
        [t for t in report.turns if t.speaker == "gatekeeper"], sink.playbacks, strict=True
    ):
        assert turn.start_s == pytest.approx(playback.start_s, abs=1e-6)
