"""The typed call driver on a virtual clock: the engine's shock pause, timed by ticks."""

from __future__ import annotations

import threading
from pathlib import Path

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Kind, Outcome
from gatekeeper.session.events import (
    CallEnded,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeTranscribed,
)
from gatekeeper.session.typed_driver import TypedCallDriver, VirtualClock

BUNDLED = Path(__file__).resolve().parents[2] / "scenarios"

HONEST = "I would like to win Mr. Weber as a customer for our company."
BENEFIT = "We can lower maintenance costs for his machines by a fifth."


def driver(clock: VirtualClock) -> TypedCallDriver:
    scenario = load_scenario(BUNDLED / "standard-receptionist.en.yaml")
    return TypedCallDriver(scenario, Judge(scenario.language, extra=scenario.judge),
                           scenario_id="standard-receptionist.en", seed=3, clock=clock)


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
    assert started.silence_from_s == next(
        e for e in events if isinstance(e, TraineeTranscribed)).end_s
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
