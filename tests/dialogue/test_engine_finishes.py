"""Every scenario can finish: generated scenario graphs either fail validation with a located
error or run to an end, and the engine's cap ends even a scenario that was never validated.

Issue 8, case 1: a shock pause of 0 s whose ``silence: held`` route led back to itself passed
``gatekeeper validate`` and then spun for ever (a 29,922 s "abandoned" call scored 100/100).
"""

from __future__ import annotations

from collections import deque
from typing import Any

import yaml
from dialogue_fakes import BENEFIT, DIGNIFIED, EXPLAIN, HONEST, PRETEXT, PUSHY, FakeJudge
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gatekeeper.dialogue.engine import MAX_CALL_S, MAX_STEPS, Engine
from gatekeeper.dialogue.types import Hangup, Listen, Pause, Say, Utterance
from gatekeeper.scenario.loader import check_text
from gatekeeper.scenario.model import UNSCORED_OUTCOMES, Kind, Outcome, Scenario

ANSWERS = (HONEST, PRETEXT, BENEFIT, EXPLAIN, PUSHY, DIGNIFIED)
VERDICTS = {
    HONEST: (Kind.honest, False, 0),
    PRETEXT: (Kind.pretext, False, 0),
    BENEFIT: (Kind.honest, True, 0),
    EXPLAIN: (Kind.vague, False, 1),
    PUSHY: (Kind.pushy, False, 0),
    DIGNIFIED: (Kind.dignified, False, 0),
}
LINES = {"hello": "ACME, {name} speaking.", "ask": "What is it about?", "bye": "Goodbye."}
EVENT_LIMIT = 3 * MAX_STEPS + 500  # far more than any call the cap lets through

# --- what the trainee does ---------------------------------------------------------------

Move = tuple[str, bool]  # (what the trainee says when it is their turn, speak into a pause)


def drive(engine: Engine, moves: list[Move]) -> int:
    """Play a call on a virtual clock: every line takes 1 s, every answer 2 s, a pause is
    held to its end or broken 0.1 s in. After the last move the trainee hangs up. Returns
    the number of events it took; fails if the call does not end."""
    now = 0.0
    todo = deque(engine.start(now))
    moves = list(moves)
    events = 0
    while not engine.finished:
        events += 1
        assert events < EVENT_LIMIT, f"the call did not end (path {engine.path[-8:]})"
        if not todo:  # the trainee's turn
            if not moves:
                todo.extend(engine.hang_up(now))
                continue
            text, _ = moves.pop()
            todo.extend(engine.utterance(Utterance(text, now + 0.3, now + 2.0)))
            now += 2.0
            continue
        action = todo.popleft()
        if isinstance(action, Say):
            engine.line_started(now)
            now += 1.0
            todo.extend(engine.line_finished(now))
        elif isinstance(action, Pause):
            breaks = bool(moves) and moves[-1][1]
            if breaks:
                now = max(now, action.silence_from_s) + 0.1
                todo.extend(engine.speech_started(now))
            else:
                now = max(now, action.until_s)
                todo.extend(engine.tick(now))
        elif isinstance(action, Listen | Hangup):
            continue
    return events


# --- scenario graphs ---------------------------------------------------------------------


@st.composite
def scenario_data(draw: st.DrawFn) -> dict[str, Any]:
    """A random step graph. Links mostly go forward and the last step mostly ends the call,
    so that a good share is valid; back links, 0 s pauses and missing routes make the rest
    invalid in every way the checks know."""
    n = draw(st.integers(1, 8))
    names = [f"s{i}" for i in range(n)]
    steps: dict[str, Any] = {}

    def target(i: int, back: int = 3) -> str:
        """Mostly the next step (so that every step is reached), else any later one, else
        anywhere (back links make loops); ``back`` lower means more loops."""
        roll = draw(st.integers(0, back))
        if i + 1 < n and roll >= 2:
            return names[i + 1]
        if i + 1 < n and roll == 1:
            return draw(st.sampled_from(names[i + 1 :]))
        return draw(st.sampled_from(names))

    for i, name in enumerate(names):
        kinds = ["say_next", "next", "listen", "pause", "end"]
        last = i == n - 1 and draw(st.integers(0, 4))
        kind = "end" if last else draw(st.sampled_from(kinds))
        if kind == "say_next":
            steps[name] = {"say": "hello", "next": target(i)}
        elif kind == "next":
            steps[name] = {"next": target(i)}
        elif kind == "end":
            outcome = draw(st.sampled_from(["put_through", "brushed_off", "hung_up"]))
            steps[name] = {"say": "bye", "end": outcome}
        elif kind == "listen":
            turn = draw(st.sampled_from(["pitch", "benefit", "rejection"]))
            kinds = ["dignified", "pushy"] if turn == "rejection" else ["honest", "vague"]
            routes: list[dict[str, Any]] = [
                {"if": {"kind": draw(st.sampled_from(kinds))}, "goto": target(i)}
                for _ in range(draw(st.integers(0, 2)))
            ]
            if draw(st.integers(0, 5)) or not routes:
                routes.append({"goto": target(i)})
            steps[name] = {"say": "ask", "listen": {"turn": turn}, "routes": routes}
        else:
            low = draw(st.sampled_from([0.0, 0.5, 2.0, 3.0]))
            high = low + draw(st.sampled_from([0.0, 1.5]))
            # half the time the held silence leads back: a loop the trainee need not act in
            back = draw(st.booleans()) or i + 1 == n
            held = draw(st.sampled_from(names[: i + 1])) if back else target(i)
            routes = [{"if": {"silence": "held"}, "goto": held}]
            if draw(st.integers(0, 5)):  # now and then no route for a broken silence
                routes.append({"goto": target(i)})
            steps[name] = {"pause": {"min_s": low, "max_s": high}, "routes": routes}
    data: dict[str, Any] = {
        "title": "Generated",
        "description": "A generated step graph.",
        "language": "en",
        "persona": {"name": "Anna", "company": "ACME", "boss": "Mr Boss"},
        "lines": LINES,
        "start": names[0] if draw(st.integers(0, 5)) else draw(st.sampled_from(names)),
        "steps": steps,
    }
    if draw(st.booleans()):
        data["patience"] = {"max_talk_s": 10.0, "say": "bye", "goto": draw(st.sampled_from(names))}
    return data


moves = st.lists(st.tuples(st.sampled_from(ANSWERS), st.booleans()), max_size=30)


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenario_data(), moves)
def test_every_generated_scenario_is_refused_with_a_located_error_or_finishes(data, trainee):
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    scenario, problems = check_text(text, "generated.en.yaml")
    errors = [p for p in problems if p.is_error]
    for problem in errors:
        assert problem.line is not None and problem.field, str(problem)
    if scenario is not None:
        assert not errors
        event("valid: played to an end")
        engine = Engine(scenario, FakeJudge(dict(VERDICTS)), seed=len(trainee))
        drive(engine, trainee)
        report = engine.report()
        # a validated scenario needs the trainee to go round a loop: the cap is never reached
        assert report.outcome is not Outcome.overrun, engine.path
        assert len(engine.path) <= len(data["steps"]) * (len(trainee) + 1)
        return
    assert errors
    try:
        unchecked = Scenario.from_data(data)
    except ValidationError:
        event("refused by the models")
        return  # refused by the models already (a malformed step)
    engine = Engine(unchecked, FakeJudge(dict(VERDICTS)), seed=len(trainee))
    drive(engine, trainee)
    report = engine.report()
    event(f"refused by the checks, played unchecked: {report.outcome}")
    assert len(engine.path) <= MAX_STEPS
    assert report.duration_s <= MAX_CALL_S + 10.0
    if report.outcome in UNSCORED_OUTCOMES:
        assert report.scorecard.score == 0 and report.scorecard.items == ()


# --- the case from the issue -------------------------------------------------------------

SPINNING = {
    "title": "Spinning pause",
    "description": "A zero-second shock pause whose held route leads back to itself.",
    "language": "en",
    "persona": {"name": "Anna", "company": "ACME", "boss": "Mr Boss"},
    "lines": LINES,
    "start": "greeting",
    "steps": {
        "greeting": {"say": "hello", "next": "ask"},
        "ask": {"say": "ask", "listen": {"turn": "pitch"}, "routes": [{"goto": "shock"}]},
        "shock": {
            "pause": {"min_s": 0, "max_s": 0},
            "routes": [{"if": {"silence": "held"}, "goto": "shock"}, {"goto": "bye"}],
        },
        "bye": {"say": "bye", "end": "brushed_off"},
    },
}


def test_the_spinning_pause_from_the_issue_is_refused_at_its_lines():
    text = yaml.safe_dump(SPINNING, sort_keys=False)
    scenario, problems = check_text(text, "spin.en.yaml")
    assert scenario is None
    lines = text.splitlines()
    found = {p.field: p for p in problems if p.is_error}
    assert set(found) == {"steps.shock", "steps.shock.pause.min_s"}
    loop = found["steps.shock"]
    assert lines[loop.line - 1].strip() == "shock:"
    assert loop.message.startswith("the loop 'shock' -> 'shock' has no listen step")
    pause = found["steps.shock.pause.min_s"]
    assert "min_s: 0" in lines[pause.line - 1]
    assert pause.message == "a pause must last longer than 0 s"


def test_the_engine_stops_the_spinning_pause_at_its_cap_and_scores_nothing():
    engine = Engine(Scenario.from_data(SPINNING), FakeJudge(dict(VERDICTS)))
    drive(engine, [(HONEST, False)])
    report = engine.report()
    assert report.outcome is Outcome.overrun
    assert len(engine.path) == MAX_STEPS
    assert report.scorecard.score == 0  # the loop used to score 100/100
    assert report.scorecard.items == ()
    assert report.duration_s < 10.0  # ended on the virtual clock at once, not after hours


def test_the_engine_ends_a_call_that_runs_past_its_length():
    """A call that keeps going round a listen loop (the trainee answers for ever) is cut
    at MAX_CALL_S of call time."""
    data = {**SPINNING, "steps": {**SPINNING["steps"]}}
    data["steps"]["ask"] = {"say": "ask", "listen": {"turn": "pitch"}, "routes": [{"goto": "ask"}]}
    engine = Engine(Scenario.from_data(data), FakeJudge(dict(VERDICTS)))
    engine.start(0.0)
    engine.line_started(0.0)
    engine.line_finished(1.0)
    actions = engine.utterance(Utterance(EXPLAIN, MAX_CALL_S - 1.0, MAX_CALL_S + 0.5))
    assert [type(a) for a in actions] == [Hangup]
    assert engine.outcome is Outcome.overrun
    assert engine.report().scorecard.score == 0
