"""The typed call (the one core behind ``call --text`` and the app's typed calls) on a
virtual clock: onset, shock pause, late Enter and hanging up, with the real judge."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest

from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Kind, Outcome, Scenario
from gatekeeper.session.call_setup import make_judge
from gatekeeper.session.events import (
    CallEnded,
    CallStateChanged,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeTranscribed,
)
from gatekeeper.session.typed_call import TypedCall, VirtualClock, read_lines

BUNDLED = Path(__file__).resolve().parents[2] / "scenarios"

HONEST = "I would like to win Mr. Weber as a customer for our company."
BENEFIT = "We can lower maintenance costs for his machines by a fifth."


def driver(clock: VirtualClock) -> TypedCall:
    scenario = load_scenario(BUNDLED / "standard-receptionist.en.yaml")
    return TypedCall(
        scenario, make_judge(scenario), scenario_id="standard-receptionist.en", seed=3, clock=clock
    )


def test_held_silence_then_put_through() -> None:
    d = driver(VirtualClock(auto=True))
    d.say_text(HONEST)
    events: list = []

    def sink(e: object) -> None:
        events.append(e)
        if isinstance(e, ShockPauseEnded):  # she asks what is in it for the boss
            d.say_text(BENEFIT)

    report = d.run(sink)
    assert report is not None and report.outcome is Outcome.put_through
    assert report.pitch_kind is Kind.honest
    assert report.trainee_broke_silence is False
    started = next(e for e in events if isinstance(e, ShockPauseStarted))
    ended = next(e for e in events if isinstance(e, ShockPauseEnded))
    assert ended.held and 2.0 <= ended.silence_s <= 4.0
    assert abs(report.silence_after_pitch_s - ended.silence_s) < 0.01
    assert (
        started.silence_from_s == next(e for e in events if isinstance(e, TraineeTranscribed)).end_s
    )
    assert isinstance(events[-1], CallEnded)


def test_breaking_the_silence_is_timed_on_the_clock() -> None:
    clock = VirtualClock(auto=False)
    d = driver(clock)
    events: list = []
    paused = threading.Event()

    def sink(e: object) -> None:
        events.append(e)
        if isinstance(e, ShockPauseStarted):
            paused.set()

    d.say_text(HONEST)
    worker = threading.Thread(target=d.run, args=(sink,))
    worker.start()
    assert paused.wait(5)
    clock.advance(1.25)
    d.say_text("Well, we are a great company and we do lots of things for everyone.")
    worker.join(5)
    ended = next(e for e in events if isinstance(e, ShockPauseEnded))
    assert not ended.held and abs(ended.silence_s - 1.25) < 1e-6
    report = next(e for e in events if isinstance(e, CallEnded)).report
    assert report.trainee_broke_silence is True
    assert report.outcome is Outcome.brushed_off


def test_hang_up_while_listening_abandons_the_call() -> None:
    d = driver(VirtualClock(auto=False))
    result: list = []
    worker = threading.Thread(target=lambda: result.append(d.run(lambda e: None)))
    worker.start()
    d.hang_up()
    worker.join(5)
    assert result[0].outcome is Outcome.abandoned


# --- the same core as ``call --text`` drives it: lines sent at given moments ------------------

PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
NUTZEN = "Es spart ihm zwei Stunden pro Woche."
EXPLAIN = "Also, wir sind ein Softwarehaus aus Berlin und machen Wartung."
PRETEXT = "Nein, ich will mich nur mal bei Ihnen vorstellen."


class Typist:
    """A trainee at the keyboard: when the call waits for an answer (``listening``) or her
    shock pause begins (``pause``), the next planned line is sent ``delay`` seconds later on
    the virtual clock; ``None`` is Ctrl-D (the end of input), as is a plan that ran out."""

    def __init__(
        self, call: TypedCall, clock: VirtualClock, plan: list[tuple[str, float, str | None]]
    ) -> None:
        self.call, self.clock, self.plan = call, clock, list(plan)
        self.events: list = []

    def __call__(self, event: object) -> None:
        self.events.append(event)
        if isinstance(event, CallStateChanged) and event.state == "listening":
            self._send("listening")
        elif isinstance(event, ShockPauseStarted):
            self._send("pause")

    def _send(self, when: str) -> None:
        if not self.plan:
            self.call.end_of_input()
            return
        if self.plan[0][0] != when:
            return
        _, delay, text = self.plan.pop(0)
        self.clock.advance(delay)
        if text is None:
            self.call.end_of_input()
        else:
            self.call.say_text(text)


def typed(scenario: Scenario, plan: list[tuple[str, float, str | None]]):
    clock = VirtualClock(auto=True)
    call = TypedCall(
        scenario,
        make_judge(scenario),
        scenario_id="example",
        clock=clock,
        line_seconds=lambda text: 1.0,
    )
    typist = Typist(call, clock, plan)
    report = call.run(typist)
    return report, typist.events


def trainee(report) -> list:
    return [t for t in report.turns if t.speaker == "trainee"]


def test_a_typed_answer_counts_as_said_up_to_enter(receptionist):
    # her two lines end at 2.0 s; sent at 8.0 s, 11 words take 4.4 s: said 3.6 s - 8.0 s
    report, _ = typed(receptionist, [("listening", 6.0, PITCH), ("listening", 3.0, NUTZEN)])
    assert report.outcome is Outcome.put_through
    assert report.trainee_broke_silence is False
    assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s)
    pitch = trainee(report)[0]
    assert (pitch.start_s, pitch.end_s) == (pytest.approx(3.6), pytest.approx(8.0))


def test_sent_faster_than_it_can_be_said_the_trainee_is_still_talking(receptionist):
    # sent 1.0 s after her question: the pitch starts when she stopped and lasts 4.4 s
    report, events = typed(receptionist, [("listening", 1.0, PITCH)])
    pitch = trainee(report)[0]
    assert (pitch.start_s, pitch.end_s) == (pytest.approx(2.0), pytest.approx(6.4))
    started = next(e for e in events if isinstance(e, ShockPauseStarted))
    assert started.silence_from_s == pytest.approx(6.4)


def test_breaking_the_silence_at_enter(receptionist):
    report, _ = typed(receptionist, [("listening", 6.0, PITCH), ("pause", 1.5, EXPLAIN)])
    assert report.trainee_broke_silence is True
    assert report.silence_after_pitch_s == pytest.approx(1.5)
    assert report.outcome is Outcome.brushed_off


def test_end_of_input_in_the_pause_hangs_up_and_still_scores(receptionist):
    report, events = typed(receptionist, [("listening", 6.0, PITCH), ("pause", 1.0, None)])
    assert report.outcome is Outcome.abandoned
    assert report.silence_after_pitch_s == pytest.approx(1.0)
    assert report.scorecard.score > 0
    assert isinstance(events[-1], CallEnded)


def test_enter_just_after_she_spoke_first_answers_her_next_question(receptionist):
    # the pause is at most a few seconds: a line sent 10 s into it comes after her question
    report, _ = typed(receptionist, [("listening", 6.0, PITCH), ("pause", 10.0, NUTZEN)])
    assert report.trainee_broke_silence is False
    question = next(t for t in report.turns if t.line == "what_for_boss")
    benefit = trainee(report)[1]
    assert benefit.text == NUTZEN and benefit.start_s >= question.end_s
    assert report.outcome is Outcome.put_through


def test_lines_from_a_text_stream_then_its_end(receptionist):
    """The real reader thread: a blank line says nothing; every line sent before the end of
    the stream is still said."""
    call = TypedCall(
        receptionist,
        make_judge(receptionist),
        clock=VirtualClock(auto=True),
        line_seconds=lambda text: 0.5,
    )
    read_lines(io.StringIO(f"\n{PRETEXT}\n"), call)
    report = call.run(lambda e: None)
    assert report.outcome is Outcome.hung_up
    assert [t.text for t in trainee(report)] == [PRETEXT]


def test_an_unreadable_stream_ends_the_input_instead_of_hanging(receptionist):
    class Broken(io.StringIO):
        def readline(self, *args: object) -> str:
            raise ValueError("I/O operation on closed file")

    call = TypedCall(receptionist, make_judge(receptionist), clock=VirtualClock(auto=True))
    read_lines(Broken(), call).join(5)
    report = call.run(lambda e: None)
    assert report.outcome is Outcome.abandoned and trainee(report) == []
