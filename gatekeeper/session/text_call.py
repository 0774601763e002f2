"""Calls without audio: a scripted run on a virtual clock, and a typed call in the terminal.

Both drive the same :class:`~gatekeeper.dialogue.engine.Engine` a voice call drives; only the
clock and the source of the trainee's words differ. A scripted call needs no waiting at all
(every time is computed), which is what makes it the way to test a scenario's routes. A typed
call runs on a real monotonic clock so the shock pause is felt: the silence after the pitch
lasts until the trainee presses Enter again, or until the gatekeeper speaks first.
"""

from __future__ import annotations

import queue
import random
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol, TextIO

import gatekeeper
from gatekeeper.dialogue.engine import Engine, Judging
from gatekeeper.dialogue.evidence_texts import EvidenceWording
from gatekeeper.dialogue.types import (
    Action,
    CallReport,
    Hangup,
    Listen,
    Pause,
    Say,
    Utterance,
)
from gatekeeper.scenario.model import Scenario
from gatekeeper.session.script import ScriptEntry, speech_seconds

CHARS_PER_S = 14.0
MIN_LINE_S = 0.8
MIN_TYPED_S = 0.4  # a typed turn sent the moment her line ended still takes time
MAX_ACTIONS = 10_000  # a scripted call that has not ended by then is stuck in a cycle

LineSeconds = Callable[[str], float]
"""How long the gatekeeper takes to say a line; a voice session passes real audio lengths."""


def estimate_line_s(scenario: Scenario, text: str) -> float:
    """A gatekeeper line's length without audio: 14 characters a second at her pace."""
    return max(MIN_LINE_S, len(text) / (CHARS_PER_S * scenario.persona.speaking_rate))


# --- finding a scenario ----------------------------------------------------------------


class ScenarioNotFound(ValueError):
    """Neither a scenario file nor a bundled scenario id; the message is one line."""


def scenarios_dir() -> Path:
    """The bundled scenarios: ``scenarios/`` next to the ``gatekeeper`` package directory."""
    return Path(gatekeeper.__file__).resolve().parent.parent / "scenarios"


def bundled_scenarios() -> list[str]:
    folder = scenarios_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def resolve_scenario(arg: str) -> Path:
    """A path to a scenario file, or the id of a bundled one (its file name without
    ``.yaml``, e.g. ``standard-receptionist.de``)."""
    path = Path(arg).expanduser()
    if path.is_file():
        return path
    if path.is_dir():
        raise ScenarioNotFound(f"{arg}: is a folder, not a scenario file")
    if "/" not in arg and "\\" not in arg:
        for suffix in (".yaml", ".yml", ""):
            candidate = scenarios_dir() / f"{arg}{suffix}"
            if candidate.is_file():
                return candidate
    known = ", ".join(bundled_scenarios()) or "none"
    raise ScenarioNotFound(f"{arg}: no such scenario file or bundled scenario (bundled: {known})")


def scenario_id_for(path: Path) -> str:
    return path.stem if path.suffix in (".yaml", ".yml") else path.name


# --- the scripted call -----------------------------------------------------------------


class _Trainee:
    """Feeds a trainee turn to the engine: onset, patience cut-in, transcript."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def talk(
        self, text: str, onset: float, seconds: float, max_talk_s: float | None
    ) -> tuple[list[Action], float]:
        """Say ``text`` from ``onset`` for ``seconds``; returns the actions and the moment the
        trainee stopped talking (earlier than planned when the gatekeeper cut in)."""
        if max_talk_s is not None and seconds > max_talk_s:
            cut = onset + max_talk_s
            actions = self.engine.tick(cut)
            if actions:
                actions += self.engine.utterance(Utterance(text, onset, cut))
                return actions, cut
        end = onset + seconds
        return self.engine.utterance(Utterance(text, onset, end)), end


def run_scripted(
    scenario: Scenario,
    judge: Judging,
    script_entries: Iterable[ScriptEntry],
    seed: int = 0,
    scenario_id: str = "",
    line_seconds: LineSeconds | None = None,
) -> CallReport:
    """Play a whole call from a script on a virtual clock and return its report.

    Each entry's pause counts from the end of the last speech by anyone. If the gatekeeper
    starts speaking while the trainee is still waiting (the shock pause ended), the trainee
    lets her finish and counts again from her end. When the script runs out the trainee
    stays silent: a running shock pause resolves as held, a question left unanswered ends
    the call as abandoned."""
    engine = Engine(scenario, judge, seed=seed, scenario_id=scenario_id)
    trainee = _Trainee(engine)
    said = line_seconds or (lambda text: estimate_line_s(scenario, text))
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
            actions, now = trainee.talk(entry.text, onset, entry.seconds, action.max_talk_s)
            last_end = now
            todo.extend(actions)
        elif isinstance(action, Pause):
            onset = last_end + entries[0].pause_s if entries else None
            if entries and onset is not None and onset < action.until_s:
                entry = entries.popleft()
                onset = max(now, onset)
                listen = _listen_in(engine.speech_started(onset))
                max_talk = listen.max_talk_s if listen else None
                actions, now = trainee.talk(entry.text, onset, entry.seconds, max_talk)
                last_end = now
                todo.extend(actions)
            else:
                now = max(now, action.until_s)
                todo.extend(engine.tick(now))
    return engine.report(now) if engine.finished else _stuck(engine, now)


def _stuck(engine: Engine, now: float) -> CallReport:
    for action in engine.hang_up(now):
        if isinstance(action, Hangup):
            return action.report
    return engine.report(now)


def _listen_in(actions: list[Action]) -> Listen | None:
    return next((a for a in actions if isinstance(a, Listen)), None)


# --- the typed call --------------------------------------------------------------------


class _EndOfInput:
    """Ctrl-D: the trainee hung up."""


END_OF_INPUT = _EndOfInput()


class LineSource(Protocol):
    """Where typed lines come from. ``next_line`` waits at most ``timeout_s`` (forever when
    None) and returns the line, None on timeout, or ``END_OF_INPUT``."""

    def next_line(self, timeout_s: float | None) -> str | None | _EndOfInput: ...


class StreamLines:
    """Lines from a text stream, read on a daemon thread so waiting can time out (the
    gatekeeper must be able to end the shock pause while ``input()`` is blocked)."""

    def __init__(self, stream: TextIO) -> None:
        self._queue: queue.Queue[str | _EndOfInput] = queue.Queue()
        self._ended = False
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: TextIO) -> None:
        try:
            for line in iter(stream.readline, ""):
                self._queue.put(line.rstrip("\r\n"))
        except (OSError, ValueError):
            pass
        self._queue.put(END_OF_INPUT)

    def next_line(self, timeout_s: float | None) -> str | None | _EndOfInput:
        if self._ended:
            return END_OF_INPUT
        try:
            got = self._queue.get(timeout=timeout_s)
        except queue.Empty:
            return None
        self._ended = isinstance(got, _EndOfInput)
        return got


def run_interactive(
    scenario: Scenario,
    judge: Judging,
    seed: int,
    scenario_id: str,
    input: TextIO | LineSource = sys.stdin,  # noqa: A002 - the brief's name for it
    output: TextIO = sys.stdout,
    clock: Callable[[], float] = time.monotonic,
    line_seconds: LineSeconds | None = None,
) -> CallReport:
    """A typed call: prints the gatekeeper's lines, reads the trainee's, prints the scorecard.

    Time is the monotonic ``clock`` since the start. A gatekeeper line lasts its estimated
    length (the trainee reads it meanwhile; lines typed during it count from its end). A
    typed turn lasts words / 2.5 s and ends when Enter is pressed; in the shock pause the
    silence is broken at the moment Enter is pressed. Ctrl-D hangs up."""
    source = input if hasattr(input, "next_line") else StreamLines(input)  # type: ignore[arg-type]
    call = _TypedCall(scenario, judge, seed, scenario_id, source, output, clock, line_seconds)  # type: ignore[arg-type]
    return call.run()


class _TypedCall:
    def __init__(
        self,
        scenario: Scenario,
        judge: Judging,
        seed: int,
        scenario_id: str,
        source: LineSource,
        output: TextIO,
        clock: Callable[[], float],
        line_seconds: LineSeconds | None,
    ) -> None:
        self.scenario = scenario
        self.engine = Engine(scenario, judge, seed=seed, scenario_id=scenario_id)
        self.trainee = _Trainee(self.engine)
        self.source = source
        self.output = output
        self.clock = clock
        self.said = line_seconds or (lambda text: estimate_line_s(scenario, text))
        self.t0 = clock()
        self.floor = 0.0  # the timeline never runs backwards (a typed turn may end ahead)
        self.last_end = 0.0  # end of the last speech by anyone
        self.typed: deque[str | _EndOfInput] = deque()  # typed while she was speaking

    def now(self) -> float:
        return max(self.clock() - self.t0, self.floor)

    def show(self, text: str) -> None:
        self.output.write(text + "\n")
        self.output.flush()

    def run(self) -> CallReport:
        say = EvidenceWording(self.scenario.language)
        self.show(say("report.intro", title=self.scenario.title))
        todo: deque[Action] = deque(self.engine.start(self.now()))
        while todo:
            action = todo.popleft()
            if isinstance(action, Hangup):
                self.show("")
                self.show(format_report(action.report, self.scenario))
                return action.report
            if isinstance(action, Say):
                todo.extend(self._say(action))
            elif isinstance(action, Listen):
                todo.extend(self._listen(action))
            elif isinstance(action, Pause):
                todo.extend(self._pause(action))
        report = self.engine.report(self.now())
        self.show(format_report(report, self.scenario))
        return report

    def _say(self, say: Say) -> list[Action]:
        start = self.now()
        self.engine.line_started(start)
        self.show(f"{self.scenario.persona.name}: {say.text}")
        end = start + max(0.0, self.said(say.text))
        while self.now() < end:  # she is speaking; keep what is typed meanwhile
            got = self.source.next_line(end - self.now())
            if got is not None:
                self.typed.append(got)
            if isinstance(got, _EndOfInput):
                break  # hung up while she spoke: nothing more will come
        self.floor = max(self.floor, end)
        self.last_end = end
        return self.engine.line_finished(end)

    def _listen(self, listen: Listen) -> list[Action]:
        got = self.typed.popleft() if self.typed else self.source.next_line(None)
        if got is None or isinstance(got, _EndOfInput):
            return self.engine.hang_up(self.now())
        text = got.strip()
        if not text:
            return [listen]
        submit = self.now()
        seconds = speech_seconds(text)
        onset = max(submit - seconds, self.last_end)
        actions = self.engine.speech_started(onset)
        more, end = self.trainee.talk(
            text, onset, max(submit - onset, MIN_TYPED_S), listen.max_talk_s
        )
        self.floor = self.last_end = max(self.floor, end)
        return actions + more

    def _pause(self, pause: Pause) -> list[Action]:
        remaining = pause.until_s - self.now()
        got = self.source.next_line(remaining) if remaining > 0 else None
        if isinstance(got, _EndOfInput):
            return self.engine.hang_up(self.now())
        if got is not None and not got.strip():
            return [pause]  # Enter alone says nothing
        if got is None or self.now() >= pause.until_s:
            if got is not None:
                self.typed.append(got)  # Enter came just after she started
            return self.engine.tick(max(self.now(), pause.until_s))
        text = got.strip()
        submit = self.now()
        listen = _listen_in(self.engine.speech_started(submit))
        max_talk = listen.max_talk_s if listen else None
        actions, end = self.trainee.talk(text, submit, speech_seconds(text), max_talk)
        self.floor = self.last_end = max(self.floor, end)
        return actions


def random_seed() -> int:
    return random.SystemRandom().randrange(2**31)


# --- the human report ------------------------------------------------------------------


def format_report(report: CallReport, scenario: Scenario) -> str:
    """The call for a human, in the scenario's language: transcript with times and verdicts,
    outcome, scorecard. Item and outcome names stay the identifiers of the JSON report."""
    say = EvidenceWording(scenario.language)
    name = scenario.persona.name
    out = [
        say(
            "report.header", title=scenario.title, scenario=report.scenario or "-", seed=report.seed
        ),
        "",
    ]
    for t in report.turns:
        who = name if t.speaker == "gatekeeper" else say("report.trainee")
        notes = []
        if t.judgement is not None:
            j = t.judgement
            notes.append(say.kind(j.kind) + (", " + say("report.benefit") if j.benefit else ""))
        if t.interrupted:
            notes.append(say("report.cut_off"))
        if t.barged_in:
            notes.append(say("report.barged_in"))
        note = f"  [{'; '.join(notes)}]" if notes else ""
        when = say("report.when", start=t.start_s, end=t.end_s)
        out.append(f"{when}  {who}: {t.text}{note}")
    out.append("")
    out.append(say("report.outcome", outcome=report.outcome.value, duration=report.duration_s))
    if report.silence_after_pitch_s is not None:
        how = {True: "broken", False: "held", None: "hung_up"}[report.trainee_broke_silence]
        planned = (
            say("report.planned", planned=report.shock_pause_s) if report.shock_pause_s else ""
        )
        out.append(
            say(
                "report.silence",
                silence=report.silence_after_pitch_s,
                how=say(f"report.silence.{how}"),
                planned=planned,
            )
        )
    elif report.pitch_kind is not None:
        out.append(say("report.no_pause", kind=say.kind(report.pitch_kind)))
    out.append("")
    out.append(say("report.score", score=report.scorecard.score))
    for line in report.scorecard.items:
        points = say("report.points", points=line.points, max_points=line.max_points)
        out.append(f"  {line.item.value:<12} {points:>13}  {line.evidence}")
        out.append(f"  {'':<12} {'':>13}  {say('report.tip', tip=line.tip)}")
    return "\n".join(out)
