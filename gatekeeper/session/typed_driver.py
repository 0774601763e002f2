"""A call where the trainee types instead of speaking.

Used when no microphone is available (and by the app's tests). It runs the same pure
:class:`~gatekeeper.dialogue.engine.Engine` as a voice call, on a clock instead of audio
sample counts: a gatekeeper line "plays" for as long as it would take to say it, a typed
answer counts as spoken from the moment it is sent for as long as it would take to say it,
and the shock pause is timed by calling ``engine.tick``. The clock is injectable so tests run
a whole call on a virtual clock in milliseconds and can stop time in the middle of the pause.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

from gatekeeper.dialogue.engine import Engine, Judging
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
from gatekeeper.session.script import speech_seconds
from gatekeeper.session.text_call import estimate_line_s


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


class TypedCallDriver:
    """A :class:`~gatekeeper.session.events.CallDriver` whose trainee types.

    ``run`` blocks in a worker thread; ``say_text`` and ``hang_up`` come from the UI thread.
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
        on_report: Callable[[CallReport], None] | None = None,
    ) -> None:
        self.scenario = scenario
        self.clock = clock or MonotonicClock()
        self.engine = Engine(scenario, judge, seed=seed, scenario_id=scenario_id, headset=headset)
        self._cond = threading.Condition()
        self._typed: deque[str] = deque()
        self._hung_up = False
        self._on_report = on_report
        self._last_end = 0.0

    # --- from the UI thread ------------------------------------------------------------

    def say_text(self, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        with self._cond:
            self._typed.append(text)
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

    # --- the call ------------------------------------------------------------------------

    def run(self, on_event: EventSink) -> CallReport | None:
        self._emit = on_event
        try:
            report = self._run()
        except Exception as e:  # noqa: BLE001 - reported to the UI, which shows one line
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
        actions = self.engine.start(self.clock.now())
        while True:
            if not actions:
                if self.engine.finished:
                    return self.engine.report()
                return self._abandon()
            action, actions = actions[0], actions[1:]
            if isinstance(action, Hangup):
                return action.report
            if isinstance(action, Say):
                actions = self._say(action) + actions
            elif isinstance(action, Listen):
                actions = self._listen(action) + actions
            elif isinstance(action, Pause):
                actions = self._pause(action) + actions
            if self._hung_up and not self.engine.finished:
                return self._abandon()

    def _abandon(self) -> CallReport:
        for action in self.engine.hang_up(self.clock.now()):
            if isinstance(action, Hangup):
                return action.report
        return self.engine.report(self.clock.now())

    def _say(self, say: Say) -> list[Action]:
        start = self.clock.now()
        self.engine.line_started(start)
        seconds = estimate_line_s(self.scenario, say.text)
        self._emit(CallStateChanged("speaking", start))
        self._emit(GatekeeperSpoke(say.text, start, start + seconds, say.interrupting))
        self._wait_until(start + seconds)
        end = max(self.clock.now(), start + seconds)
        self._last_end = end
        return self.engine.line_finished(end)

    def _listen(self, listen: Listen) -> list[Action]:
        self._emit(CallStateChanged("listening", self.clock.now()))
        text = self._next_text(deadline=None)
        if text is None:
            return []
        return self._speak(text, in_pause=False, max_talk_s=listen.max_talk_s)

    def _pause(self, pause: Pause) -> list[Action]:
        self._emit(CallStateChanged("shock_pause", self.clock.now()))
        goal = self.scenario.scoring.targets.silence_goal_s
        self._emit(ShockPauseStarted(pause.silence_from_s, goal))
        text = self._next_text(deadline=pause.until_s)
        now = self.clock.now()
        if text is not None and now < pause.until_s:
            self._emit(ShockPauseEnded(held=False, silence_s=now - pause.silence_from_s))
            return self._speak(text, in_pause=True, max_talk_s=None)
        if self._hung_up:
            return []
        if text is not None:  # sent just as the deadline passed: the gatekeeper was first
            with self._cond:
                self._typed.appendleft(text)
        at = max(now, pause.until_s)
        actions = self.engine.tick(at)
        self._emit(ShockPauseEnded(held=True, silence_s=at - pause.silence_from_s))
        return actions

    def _speak(self, text: str, in_pause: bool, max_talk_s: float | None) -> list[Action]:
        """Feed a typed line to the engine as a spoken turn.

        Outside the pause the line counts as said up to the moment it is sent (it lasts as
        long as saying it would take); inside the pause it breaks the silence the moment it
        is sent and is said from then on — the same rule as ``gatekeeper call --typed``."""
        seconds = speech_seconds(text)
        now = self.clock.now()
        if in_pause:
            onset = now
            self._emit(TraineeSpeechStarted(onset))
            actions: list[Action] = []
            for action in self.engine.speech_started(onset):
                if isinstance(action, Listen):
                    max_talk_s = action.max_talk_s
                else:
                    actions.append(action)
        else:
            onset = max(now - seconds, self._last_end)
            self._emit(TraineeSpeechStarted(onset))
            actions = list(self.engine.speech_started(onset))
        # Until the line has been "said" (in the pause, or when sent faster than it could
        # be said), the trainee is still talking on the call's timeline.
        talked = seconds if max_talk_s is None else min(seconds, max_talk_s)
        self._wait_until(onset + talked)
        if self._hung_up:
            return []
        end = onset + seconds
        if max_talk_s is not None and seconds > max_talk_s:
            end = onset + max_talk_s
            cut_in = self.engine.tick(end)  # patience ran out: she cuts in
            actions += cut_in
        self._emit(CallStateChanged("thinking", self.clock.now()))
        before = len(self.engine.turns)
        actions += self.engine.utterance(Utterance(text, onset, end))
        self._last_end = max(self._last_end, end)
        judged = [t for t in self.engine.turns[before:] if t.speaker == "trainee"]
        self._emit(TraineeTranscribed(text, onset, end, judged[0].judgement if judged else None))
        return actions

    # --- waiting -------------------------------------------------------------------------

    def _next_text(self, deadline: float | None) -> str | None:
        """The next typed line, or None at the deadline or on hang-up."""
        with self._cond:
            while True:
                if self._hung_up:
                    return None
                if self._typed:
                    return self._typed.popleft()
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
