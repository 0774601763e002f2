"""A scripted call: a trainee script played against the engine on a virtual clock.

It drives the same :class:`~gatekeeper.dialogue.engine.Engine` a voice call drives; only the
clock and the source of the trainee's words differ. A scripted call needs no waiting at all
(every time is computed), which is what makes it the way to test a scenario's routes. The
typed call, on a real clock, is :mod:`gatekeeper.session.typed_call`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence

from gatekeeper.dialogue.engine import Engine, Judging, NextOnLine
from gatekeeper.dialogue.types import Action, CallReport, Hangup, Listen, Pause, Say
from gatekeeper.scenario.model import Scenario
from gatekeeper.session.script import ScriptEntry
from gatekeeper.session.turns import hang_up_report, split_listen, talk
from gatekeeper.session.turns import line_seconds as line_seconds_at

MAX_ACTIONS = 10_000  # a scripted call that has not ended by then is stuck in a cycle

LineSeconds = Callable[[str], float]
"""How long the gatekeeper takes to say a line; a voice session passes real audio lengths."""


def run_scripted(
    scenario: Scenario,
    judge: Judging,
    script_entries: Iterable[ScriptEntry],
    seed: int = 0,
    scenario_id: str = "",
    line_seconds: LineSeconds | None = None,
    then: Sequence[NextOnLine] = (),
) -> CallReport:
    """Play a whole call from a script on a virtual clock and return its report.

    Each entry's pause counts from the end of the last speech by anyone. If the gatekeeper
    starts speaking while the trainee is still waiting (the shock pause ended), the trainee
    lets her finish and counts again from her end. When the script runs out the trainee
    stays silent: a running shock pause resolves as held, a question left unanswered ends
    the call as abandoned."""
    engine = Engine(scenario, judge, seed=seed, scenario_id=scenario_id, then=then)
    said = line_seconds or (
        lambda text: line_seconds_at(text, engine.scenario.persona.speaking_rate)
    )
    entries = deque(script_entries)
    now = 0.0
    last_end = 0.0
    todo: deque[Action] = deque(engine.start(now))
    for _ in range(MAX_ACTIONS):
        if not todo:
            todo.extend(engine.hang_up(now))
            if not todo:
                break
        action = todo.popleft()
        if isinstance(action, Hangup):
            return action.report
        if isinstance(action, Say):
            engine.line_started(now)
            now += max(0.0, said(action.text))
            last_end = now
            todo.extend(engine.line_finished(now))
        elif isinstance(action, Listen):
            if not entries:
                todo.extend(engine.hang_up(now))
                continue
            entry = entries.popleft()
            onset = max(now, last_end + entry.pause_s)
            todo.extend(engine.speech_started(onset))
            actions, now = talk(engine, entry.text, onset, entry.seconds, action.max_talk_s)
            last_end = now
            todo.extend(actions)
        elif isinstance(action, Pause):
            onset = last_end + entries[0].pause_s if entries else None
            if entries and onset is not None and onset < action.until_s:
                entry = entries.popleft()
                onset = max(now, onset)
                listen, started = split_listen(engine.speech_started(onset))
                max_talk = listen.max_talk_s if listen else None
                actions, now = talk(engine, entry.text, onset, entry.seconds, max_talk)
                last_end = now
                todo.extend(started + actions)
            else:
                now = max(now, action.until_s)
                todo.extend(engine.tick(now))
    return engine.report(now) if engine.finished else hang_up_report(engine, now)
