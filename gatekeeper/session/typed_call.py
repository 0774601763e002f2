"""A call where the trainee types instead of speaking: the one core behind
``gatekeeper call --text`` and the app's typed calls.

It runs the same pure :class:`~gatekeeper.dialogue.engine.Engine` as a voice call, on a clock
instead of audio sample counts:

- a gatekeeper line "plays" for as long as it would take to say it; lines typed meanwhile
  wait their turn;
- a typed answer counts as spoken up to the moment it is sent, for as long as saying it
  would take (words at 2.5 a second), but never before her last line ended; sent faster
  than it could be said, the trainee is still talking until it has been said;
- in the shock pause, a line breaks the silence the moment it is sent and is said from then
  on; sent just after the pause ran out (she was first), it is kept for her next question;
- Enter alone says nothing; hanging up (Esc in the app, end of input on the command line
  once every typed line is used) ends the call as abandoned.

The clock is injectable, so tests run a whole call on a virtual clock in milliseconds and
can stop time in the middle of the pause.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Protocol, TextIO

from gatekeeper.dialogue.engine import Engine, Judging, NextOnLine
from gatekeeper.dialogue.types import Action, CallReport, Hangup, Listen, Pause, Say
from gatekeeper.scenario.model import Scenario
from gatekeeper.session.events import (
    CallEnded,
    CallFailed,
    CallStateChanged,
    EventSink,
    GatekeeperSpoke,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeSpeechStarted,
    TraineeTranscribed,
)
from gatekeeper.session.turns import (
    hang_up_report,
    line_seconds,
    speech_seconds,
    split_listen,
    talk,
)

LineSeconds = Callable[[str], float]
"""How long the gatekeeper takes to say a line."""


class Clock(Protocol):
    """Time for a typed call. ``wait`` blocks on ``cond`` (held by the caller) for at most
    ``timeout_s`` of this clock's time (``None``: until notified) and may return early; the
    caller loops. ``pause`` marks a wait a test may want to stop in (the shock pause)."""

    def now(self) -> float: ...

    def wait(self, cond: threading.Condition, timeout_s: float | None, pause: bool) -> None: ...


class MonotonicClock:
    """Real time, from ``time.monotonic``, zero at construction."""

    def __init__(self) -> None:
        self._t0 = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._t0

    def wait(self, cond: threading.Condition, timeout_s: float | None, pause: bool) -> None:
        cond.wait(None if timeout_s is None else max(0.0, timeout_s))


class VirtualClock:
    """Time that only moves when told to, for tests.

    Waiting for a line to play or an answer to be said jumps ahead at once. Waiting for the
    shock pause's deadline jumps ahead too when ``auto`` is set; otherwise it waits until the
    test calls :meth:`advance` — so a test can look at the app in the middle of the pause."""

    def __init__(self, start_s: float = 0.0, auto: bool = True) -> None:
        self._t = start_s
        self.auto = auto
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._t

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._t += max(0.0, seconds)

    def wait(self, cond: threading.Condition, timeout_s: float | None, pause: bool) -> None:
        if timeout_s is not None and (self.auto or not pause):
            self.advance(timeout_s)
            return
        cond.wait(0.01)  # real time; the caller loops and re-reads now()


class TypedCall:
    """A :class:`~gatekeeper.session.events.CallDriver` whose trainee types.

    ``run`` blocks (in a worker thread in the app); ``say_text``, ``end_of_input`` and
    ``hang_up`` may come from any other thread (the UI, a reader of standard input).
    """

    typed = True

    def __init__(
        self,
        scenario: Scenario,
        judge: Judging,
        *,
        scenario_id: str = "",
        seed: int = 0,
        headset: bool = False,
        clock: Clock | None = None,
        line_seconds: LineSeconds | None = None,
        on_report: Callable[[CallReport], None] | None = None,
        then: Sequence[NextOnLine] = (),
    ) -> None:
        self.scenario = scenario
        self.clock = clock or MonotonicClock()
        self.engine = Engine(
            scenario, judge, seed=seed, scenario_id=scenario_id, headset=headset, then=then
        )
        self._said = line_seconds or self._estimate
        self._cond = threading.Condition()
        self._typed: deque[str] = deque()
        self._hung_up = False
        self._input_ended = False
        self._on_report = on_report
        self._last_end = 0.0  # end of the last speech by anyone
        self._emit: EventSink = lambda e: None

    def _estimate(self, text: str) -> float:
        return line_seconds(text, self.engine.scenario.persona.speaking_rate)

    # --- from other threads ----------------------------------------------------------

    def say_text(self, text: str) -> None:
        """The trainee sent a line (Enter). Blank lines say nothing."""
        text = " ".join(text.split())
        if not text:
            return
        with self._cond:
            self._typed.append(text)
            self._cond.notify_all()

    def end_of_input(self) -> None:
        """No more lines will come (Ctrl-D, a closed stream): the lines already sent are
        still said; when the call next waits for the trainee, the trainee hangs up."""
        with self._cond:
            self._input_ended = True
            self._cond.notify_all()

    def hang_up(self) -> None:
        with self._cond:
            self._hung_up = True
            self._cond.notify_all()

    def push_to_talk(self, pressed: bool) -> None:
        """Typing is its own push-to-talk; nothing to do."""

    def now_s(self) -> float:
        """The call's timeline, for the UI's running silence timer."""
        return self.clock.now()

    # --- the call ----------------------------------------------------------------------

    def run(self, on_event: EventSink) -> CallReport | None:
        self._emit = on_event
        try:
            report = self._run()
        except Exception as e:
            report = self.engine.report(self.clock.now()) if self.engine.turns else None
            on_event(CallFailed(message=f"{type(e).__name__}: {e}", report=report))
            return report
        on_event(CallStateChanged("ended", report.duration_s))
        on_event(CallEnded(report))
        if self._on_report is not None:
            self._on_report(report)
        return report

    def _run(self) -> CallReport:
        self._emit(CallStateChanged("ringing", self.clock.now()))
        todo: deque[Action] = deque(self.engine.start(self.clock.now()))
        while todo:
            action = todo.popleft()
            if isinstance(action, Hangup):
                return action.report
            if isinstance(action, Say):
                todo.extendleft(reversed(self._say(action)))
            elif isinstance(action, Listen):
                todo.extendleft(reversed(self._listen(action)))
            elif isinstance(action, Pause):
                todo.extendleft(reversed(self._pause(action)))
            if self._hung_up and not self.engine.finished:
                break
        if self.engine.finished:
            return self.engine.report()
        return hang_up_report(self.engine, self.clock.now())

    def _say(self, say: Say) -> list[Action]:
        start = self.clock.now()
        self.engine.line_started(start)
        end = start + max(0.0, self._said(say.text))
        self._emit(CallStateChanged("speaking", start))
        self._emit(GatekeeperSpoke(say.text, start, end, say.interrupting, say.persona))
        self._wait_until(end)
        if self._hung_up:
            return []
        self._last_end = end
        return self.engine.line_finished(end)

    def _listen(self, listen: Listen) -> list[Action]:
        self._emit(CallStateChanged("listening", self.clock.now()))
        text = self._next_text(deadline=None)
        if text is None:
            return []
        seconds = speech_seconds(text)
        onset = max(self.clock.now() - seconds, self._last_end)
        self._emit(TraineeSpeechStarted(onset))
        started = self.engine.speech_started(onset)
        return started + self._talk(text, onset, seconds, listen.max_talk_s)

    def _pause(self, pause: Pause) -> list[Action]:
        self._emit(CallStateChanged("shock_pause", self.clock.now()))
        goal = self.scenario.scoring.targets.silence_goal_s
        self._emit(ShockPauseStarted(pause.silence_from_s, goal))
        text = self._next_text(deadline=pause.until_s)
        now = self.clock.now()
        if text is not None and now < pause.until_s:
            self._emit(ShockPauseEnded(held=False, silence_s=now - pause.silence_from_s))
            self._emit(TraineeSpeechStarted(now))
            listen, actions = split_listen(self.engine.speech_started(now))
            max_talk_s = listen.max_talk_s if listen is not None else None
            return actions + self._talk(text, now, speech_seconds(text), max_talk_s)
        if self._hung_up:
            return []
        if text is not None:  # sent just as the deadline passed: she was first
            with self._cond:
                self._typed.appendleft(text)
        at = max(now, pause.until_s)
        actions = self.engine.tick(at)
        self._emit(ShockPauseEnded(held=True, silence_s=at - pause.silence_from_s))
        return actions

    def _talk(
        self, text: str, onset: float, seconds: float, max_talk_s: float | None
    ) -> list[Action]:
        """Until the line has been said (or her patience ran out), the trainee is still
        talking on the call's timeline; then the engine hears the whole turn."""
        talked = seconds if max_talk_s is None else min(seconds, max_talk_s)
        self._wait_until(onset + talked)
        if self._hung_up:
            return []
        self._emit(CallStateChanged("thinking", self.clock.now()))
        before = len(self.engine.turns)
        actions, end = talk(self.engine, text, onset, seconds, max_talk_s)
        self._last_end = max(self._last_end, end)
        judged = [t for t in self.engine.turns[before:] if t.speaker == "trainee"]
        self._emit(TraineeTranscribed(text, onset, end, judged[0].judgement if judged else None))
        return actions

    # --- waiting -----------------------------------------------------------------------

    def _next_text(self, deadline: float | None) -> str | None:
        """The next typed line; None at the deadline or when the trainee hung up (also when
        input ended and no line is left)."""
        with self._cond:
            while True:
                if self._hung_up:
                    return None
                if self._typed:
                    return self._typed.popleft()
                if self._input_ended:
                    self._hung_up = True
                    return None
                now = self.clock.now()
                if deadline is not None and now >= deadline:
                    return None
                timeout = None if deadline is None else deadline - now
                self.clock.wait(self._cond, timeout, pause=deadline is not None)

    def _wait_until(self, until_s: float) -> None:
        """Let a line play (or an answer be said) unless the trainee hangs up."""
        with self._cond:
            while not self._hung_up:
                now = self.clock.now()
                if now >= until_s:
                    return
                self.clock.wait(self._cond, until_s - now, pause=False)


def read_lines(stream: TextIO, call: TypedCall) -> threading.Thread:
    """Feed the lines of a text stream (standard input) to ``call`` from a daemon thread, so
    the call can end the shock pause while a read is blocked. At the end of the stream, or
    when it cannot be read, input ends: the call uses the lines it has, then hangs up."""

    def read() -> None:
        try:
            for line in iter(stream.readline, ""):
                call.say_text(line)
        except (OSError, ValueError):
            pass  # closed or undecodable: treated like the end of input
        finally:
            call.end_of_input()

    thread = threading.Thread(target=read, name="typed-lines", daemon=True)
    thread.start()
    return thread
