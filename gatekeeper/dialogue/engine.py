"""The call as a pure state machine: events in, actions out, time as an input.

The engine never reads a clock, plays audio or starts a thread. Whoever drives a call (the
voice session, the typed call, a scripted run, a test) reports what happened and when —
``line_started``, ``speech_started``, ``utterance``, ``tick`` — and carries out the actions
that come back (:class:`Say`, :class:`Pause`, :class:`Listen`, :class:`Hangup`). That is what
makes the shock pause testable to the millisecond and a call reproducible from its seed.

States:

``speaking``
    a gatekeeper line is playing (from ``Say`` until ``line_finished``).
``listening``
    the trainee's turn; an utterance is judged and routed.
``shock_pause``
    the gatekeeper's timed silence (the ``Pause`` action); whoever speaks first ends it.
``thinking``
    the trainee broke the silence; the engine waits for the transcript of that turn
    before it routes (``silence: broken``).
``ended``
    the call is over; further events are no-ops.

A scenario may hand the call over when it ends (``handover``: the secretary puts the caller
through to the boss). The engine then goes on with the next scenario in the same call: one
timeline, the turns of each person tagged with their *section*, and a scorecard per section.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from gatekeeper.dialogue.scorecard import CallFacts, Section, score_sections
from gatekeeper.dialogue.types import (
    Action,
    CallReport,
    Hangup,
    Judgement,
    Listen,
    Pause,
    Say,
    Scorecard,
    TurnRecord,
    Utterance,
)
from gatekeeper.scenario.model import (
    UNSCORED_OUTCOMES,
    Outcome,
    Patience,
    Route,
    Scenario,
    Silence,
    Step,
    Turn,
)

GATEKEEPER = "gatekeeper"
TRAINEE = "trainee"

_MAX_HOPS = 64  # steps entered without saying anything; guards a ``next`` cycle

MAX_STEPS = 1000
"""Steps one call may enter. A validated scenario needs the trainee's answer to go round a
loop, so a real call stays far below; a loop without a listen step hits it at once."""

MAX_CALL_S = 30 * 60.0
"""Longest call on the call's own timeline. The first seconds of a cold call are trained
here, so half an hour means something is stuck, not that the trainee is still practising."""


class Judging(Protocol):
    """Anything that can judge a trainee's turn (the real one is ``dialogue.judge.Judge``)."""

    def judge(self, text: str, turn: Turn) -> Judgement: ...


class State(StrEnum):
    speaking = "speaking"
    listening = "listening"
    shock_pause = "shock_pause"
    thinking = "thinking"
    ended = "ended"


class _Then(StrEnum):
    """What happens when the current gatekeeper line has finished."""

    way = "way"  # go on with the step's listen / pause / next
    patience = "patience"  # after a cut-in: continue at the patience rule's step
    end = "end"  # an end step's closing line: hang up


@dataclass(frozen=True)
class NextOnLine:
    """The person a scenario hands the call over to (its ``handover.to``), ready to go on:
    the driver resolves and loads it, the engine only switches to it."""

    scenario_id: str
    scenario: Scenario
    judge: Judging


@dataclass
class _Part:
    """A section of the call: who is on the line from which turn and time on."""

    scenario_id: str
    scenario: Scenario
    first_turn: int
    start_s: float
    facts: CallFacts | None = None  # set when the next person takes over


@dataclass
class _RunningPause:
    step: str
    seconds: float
    silence_from_s: float
    until_s: float
    is_shock: bool  # the pause the pitch led into (the one the report is about)
    broken_at: float | None = None


class Engine:
    """One call of one scenario. Create a new engine per call."""

    def __init__(
        self,
        scenario: Scenario,
        judge: Judging,
        seed: int = 0,
        scenario_id: str = "",
        headset: bool = False,
        then: Sequence[NextOnLine] = (),
    ) -> None:
        self.scenario = scenario
        self.judge = judge
        self._next_on_line = list(then)
        self._parts = [_Part(scenario_id, scenario, 0, 0.0)]
        self.seed = seed
        self.scenario_id = scenario_id
        self.headset = headset
        self.turns: list[TurnRecord] = []
        self.path: list[str] = []  # the steps entered, in order (for route coverage)
        self._rng = random.Random(seed)
        self._state = State.ended
        self._started = False
        self._step_id = scenario.start
        # the line being spoken
        self._say_record: TurnRecord | None = None
        self._then = _Then.way
        self._then_goto: str | None = None
        self._then_outcome: Outcome | None = None
        self._last_line_end: float | None = None
        self._start_section()
        # the end
        self._outcome: Outcome | None = None
        self._ended_at: float | None = None
        self._last_event_s = 0.0

    def _start_section(self) -> None:
        """What one person on the line keeps: the trainee's turn and the shock pause with
        its facts. Set at the start of the call and again when the call is handed over."""
        # the trainee's turn
        self._listen_turn: Turn = Turn.pitch
        self._patience: Patience | None = None
        self._talk_onset: float | None = None
        self._barge_onset: float | None = None
        self._pending_answer: Utterance | None = None
        self._cut_in_at: float | None = None
        self._cut_in_turn: Turn = Turn.pitch
        self._last_judgement: Judgement | None = None
        # the shock pause
        self._pause: _RunningPause | None = None
        self._pitch_lead: TurnRecord | None = None  # pitch-turn answer that routed last
        self._first_pitch: TurnRecord | None = None
        self._shock_pitch: TurnRecord | None = None
        self._shock_s: float | None = None
        self._silence_from: float | None = None
        self._silence_to: float | None = None
        self._broke: bool | None = None
        self._silence_waits_for_onset = False

    # --- what the driver reads ---------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def step(self) -> str:
        return self._step_id

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def section(self) -> int:
        """Which person is on the line: 0 for the first scenario, 1 after a handover ..."""
        return len(self._parts) - 1

    def facts(self) -> CallFacts:
        """The measured facts of the call's first section (the pitch to the gatekeeper, her
        shock pause, the silence); later sections keep their own for their scorecard."""
        first = self._parts[0].facts
        return first if first is not None else self._section_facts()

    def _section_facts(self) -> CallFacts:
        """The facts of the section on the line now (indices into all turns)."""
        record = self._shock_pitch if self._shock_pitch is not None else self._first_pitch
        pitch = next((i for i, t in enumerate(self.turns) if t is record), None)
        return CallFacts(
            pitch=pitch,
            shock_pause_s=self._shock_s,
            silence_from_s=self._silence_from,
            silence_to_s=self._silence_to,
            trainee_broke_silence=self._broke,
        )

    def report(self, now_s: float | None = None) -> CallReport:
        end = self._ended_at
        if end is None:
            end = now_s if now_s is not None else self._last_event_s
        facts = self.facts()
        pitch = self.turns[facts.pitch].judgement if facts.pitch is not None else None
        return CallReport(
            scenario=self.scenario_id,
            language=self.scenario.language.value,
            seed=self.seed,
            turns=list(self.turns),
            pitch_kind=pitch.kind if pitch is not None else None,
            silence_after_pitch_s=facts.silence_after_pitch_s,
            trainee_broke_silence=facts.trainee_broke_silence,
            shock_pause_s=facts.shock_pause_s,
            outcome=self._outcome or Outcome.abandoned,
            duration_s=end,
            scorecard=Scorecard(0, ())
            if self._outcome in UNSCORED_OUTCOMES
            else score_sections(self._sections()),
            path=list(self.path),
        )

    def _sections(self) -> list[Section]:
        out = []
        for i, part in enumerate(self._parts):
            last = i == len(self._parts) - 1
            end = len(self.turns) if last else self._parts[i + 1].first_turn
            facts = self._section_facts() if last or part.facts is None else part.facts
            pitch = facts.pitch - part.first_turn if facts.pitch is not None else None
            handover = part.scenario.handover
            ended = (
                (self._outcome or Outcome.abandoned).value
                if last or handover is None
                else handover.when.value
            )
            out.append(
                Section(
                    part.scenario_id,
                    part.scenario,
                    self.turns[part.first_turn : end],
                    replace(facts, pitch=pitch),
                    part.start_s,
                    ended,
                )
            )
        return out

    # --- events ------------------------------------------------------------------------

    def start(self, now_s: float) -> list[Action]:
        if self._started:
            return []
        self._started = True
        self._state = State.listening
        self._seen(now_s)
        return self._enter(self.scenario.start, now_s, None)

    def line_started(self, now_s: float) -> None:
        if self._state is not State.speaking or self._say_record is None:
            return
        self._seen(now_s)
        self._say_record.start_s = now_s
        self._say_record.end_s = now_s
        if self._silence_waits_for_onset and self._silence_from is not None:
            self._silence_to = max(now_s, self._silence_from)
            self._silence_waits_for_onset = False

    def line_finished(self, now_s: float) -> list[Action]:
        if self._state is not State.speaking or self._say_record is None:
            return []
        self._seen(now_s)
        if self._overdue(now_s):
            return self._overrun(now_s)
        self._end_line_at(now_s)
        self._last_line_end = now_s
        self._silence_waits_for_onset = False
        if self._then is _Then.end:
            assert self._then_outcome is not None
            return self._finish(now_s, self._then_outcome)
        if self._then is _Then.patience:
            assert self._then_goto is not None
            return self._enter(self._then_goto, now_s, None)
        actions = self._way(self._step_id, now_s, None)
        if self._state is State.listening and self._pending_answer is not None:
            early, self._pending_answer = self._pending_answer, None
            return self._answer(early, barged=True)
        return actions

    def speech_started(self, now_s: float) -> list[Action]:
        if self._state is State.ended:
            return []
        self._seen(now_s)
        if self._overdue(now_s):
            return self._overrun(now_s)
        if self._state is State.speaking:
            if self.headset and self._barge_onset is None:
                self._barge_onset = now_s
            return []
        if self._state is State.listening:
            if self._talk_onset is None:
                self._talk_onset = now_s
            return []
        if self._state is State.shock_pause:
            pause = self._pause
            assert pause is not None
            if now_s >= pause.until_s:  # the deadline passed before the driver ticked
                return self._hold(pause, now_s)
            return self._break(pause, now_s)
        return []  # thinking: the onset is already known

    def utterance(self, u: Utterance) -> list[Action]:
        if self._cut_in_at is not None and u.start_s <= self._cut_in_at and u.text.strip():
            self._record_cut_off(u)
            return []
        if self._state is State.ended:
            return []
        self._seen(u.end_s)
        if self._overdue(u.end_s):
            return self._overrun(u.end_s)
        if not u.text.strip():
            return self._false_alarm(u) if self._state is State.thinking else []
        if self._state is State.listening:
            return self._answer(u)
        if self._state is State.thinking:
            return self._answer_in_pause(u)
        if self._state is State.shock_pause:
            # no onset was reported: the utterance's own start is the onset
            actions = self.speech_started(u.start_s)
            if self._state is State.thinking:
                return self.utterance(u)  # no Listen: the turn is already transcribed
            return actions + self.utterance(u)
        # speaking: only a headset lets the trainee talk over the gatekeeper
        if self._then is _Then.way and self._listens(self._step_id) and not self._pending_answer:
            self._pending_answer = u  # an early answer to the question being asked
            return []
        self._record_trainee(u, self._judge(u.text, self._listen_turn), barged=True)
        self._barge_onset = None
        return []

    def tick(self, now_s: float) -> list[Action]:
        if self._state is State.ended:
            return []
        self._seen(now_s)
        if self._overdue(now_s):
            return self._overrun(now_s)
        if self._state is State.shock_pause:
            assert self._pause is not None
            return self._hold(self._pause, now_s) if now_s >= self._pause.until_s else []
        if self._state in (State.listening, State.thinking):
            p = self._patience
            onset = self._talk_onset
            # the tolerance: a driver that ticks at exactly onset + max_talk_s must get its
            # cut-in, whatever the rounding of the sum
            if p is not None and onset is not None and now_s - onset >= p.max_talk_s - 1e-9:
                return self._cut_in(p, now_s)
        return []

    def hang_up(self, now_s: float) -> list[Action]:
        if self._state is State.ended:
            return []
        self._seen(now_s)
        self._end_line_at(now_s)
        pause = self._pause
        if self._state is State.shock_pause and pause is not None and pause.is_shock:
            self._silence_to = max(now_s, pause.silence_from_s)
            self._broke = None  # neither side spoke first
        if self._silence_waits_for_onset:
            self._silence_waits_for_onset = False
        return self._finish(now_s, Outcome.abandoned)

    def interrupt(self, now_s: float) -> list[Action]:
        """The call broke off for a reason outside the conversation (the microphone stopped
        delivering audio): kept as ``interrupted``, scored as nothing."""
        if self._state is State.ended:
            return []
        self._seen(now_s)
        self._end_line_at(now_s)
        self._silence_waits_for_onset = False
        return self._finish(now_s, Outcome.interrupted)

    # --- the cap -----------------------------------------------------------------------

    @staticmethod
    def _overdue(now_s: float) -> bool:
        return now_s >= MAX_CALL_S

    def _overrun(self, now_s: float) -> list[Action]:
        """Stopped by the cap on steps or length: ``overrun``, scored as nothing."""
        self._end_line_at(now_s)
        self._silence_waits_for_onset = False
        return self._finish(now_s, Outcome.overrun)

    # --- moving through the scenario ---------------------------------------------------

    def _enter(
        self, step_id: str, now_s: float, after: Utterance | None, hops: int = 0
    ) -> list[Action]:
        if len(self.path) >= MAX_STEPS:
            return self._overrun(now_s)
        self._step_id = step_id
        self.path.append(step_id)
        step = self.scenario.steps[step_id]
        if step.say is not None:
            then = _Then.end if step.end is not None else _Then.way
            return [self._say(step_id, step.say, now_s, then, outcome=step.end)]
        return self._way(step_id, now_s, after, hops)

    def _way(
        self, step_id: str, now_s: float, after: Utterance | None, hops: int = 0
    ) -> list[Action]:
        """The part of a step after its line: listen, pause, next or end."""
        step = self.scenario.steps[step_id]
        if step.listen is not None:
            self._state = State.listening
            self._listen_turn = step.listen.turn
            self._patience = self.scenario.patience_for(step)
            self._talk_onset = self._barge_onset
            max_talk = self._patience.max_talk_s if self._patience else None
            return [Listen(step=step_id, turn=step.listen.turn, max_talk_s=max_talk)]
        if step.pause is not None:
            return [self._start_pause(step_id, step, now_s, after)]
        if step.next is not None:
            if hops >= _MAX_HOPS:
                return self._overrun(now_s)
            return self._enter(step.next, now_s, after, hops + 1)
        return self._finish(now_s, step.end or Outcome.abandoned)

    def _say(
        self,
        step_id: str,
        line: str,
        now_s: float,
        then: _Then,
        outcome: Outcome | None = None,
        goto: str | None = None,
        interrupting: bool = False,
    ) -> Say:
        text = self.scenario.fill(self._rng.choice(self.scenario.variants(line)))
        record = TurnRecord(
            GATEKEEPER,
            text,
            now_s,
            now_s,
            step_id,
            line=line,
            section=self.section,
            persona=self.scenario.persona.name,
        )
        self.turns.append(record)
        self._say_record = record
        self._then, self._then_outcome, self._then_goto = then, outcome, goto
        self._state = State.speaking
        return Say(
            step=step_id,
            line=line,
            text=text,
            interrupting=interrupting,
            persona=self.scenario.persona.name,
        )

    def _start_pause(
        self, step_id: str, step: Step, now_s: float, after: Utterance | None
    ) -> Pause:
        assert step.pause is not None
        seconds = self._rng.uniform(step.pause.min_s, step.pause.max_s)
        silence_from = after.end_s if after is not None else now_s
        is_shock = self._pitch_lead is not None and self._shock_pitch is None
        pause = _RunningPause(step_id, seconds, silence_from, silence_from + seconds, is_shock)
        self._pause = pause
        self._state = State.shock_pause
        if is_shock:
            self._shock_pitch = self._pitch_lead
            self._shock_s = seconds
            self._silence_from = silence_from
        return Pause(
            step=step_id, seconds=seconds, silence_from_s=silence_from, until_s=pause.until_s
        )

    def _hold(self, pause: _RunningPause, now_s: float) -> list[Action]:
        """The deadline came first: the trainee held the silence, the gatekeeper speaks."""
        self._pause = None
        if pause.is_shock:
            self._silence_to = pause.until_s  # refined by the next line_started
            self._broke = False
            self._silence_waits_for_onset = True
        goto = self._route(
            self.scenario.steps[pause.step].routes, self._last_judgement, Silence.held
        )
        actions = self._enter(goto, max(now_s, pause.until_s), None)
        if self._state is not State.speaking:
            self._silence_waits_for_onset = False
        return actions

    def _break(self, pause: _RunningPause, now_s: float) -> list[Action]:
        """The trainee spoke first: the silence is broken at ``now_s``."""
        pause.broken_at = now_s
        if pause.is_shock:
            self._silence_to = max(now_s, pause.silence_from_s)
            self._broke = True
        self._state = State.thinking
        self._talk_onset = now_s
        max_talk = self._patience.max_talk_s if self._patience else None
        return [Listen(step=pause.step, turn=self._listen_turn, max_talk_s=max_talk)]

    def _false_alarm(self, u: Utterance) -> list[Action]:
        """An onset that produced no words (a cough, a click) did not break the silence."""
        pause = self._pause
        assert pause is not None
        pause.broken_at = None
        if pause.is_shock:
            self._silence_to, self._broke = None, None
        self._state = State.shock_pause
        self._talk_onset = None
        now_s = max(u.end_s, u.start_s)
        if now_s >= pause.until_s:
            return self._hold(pause, now_s)
        return [
            Pause(
                step=pause.step,
                seconds=pause.seconds,
                silence_from_s=pause.silence_from_s,
                until_s=pause.until_s,
            )
        ]

    def _answer(self, u: Utterance, barged: bool = False) -> list[Action]:
        judgement = self._judge(u.text, self._listen_turn)
        barged = barged or (
            self._barge_onset is not None
            and self._last_line_end is not None
            and u.start_s < self._last_line_end
        )
        record = self._record_trainee(u, judgement, barged=barged)
        self._pitch_lead = record if judgement.turn is Turn.pitch else None
        self._last_judgement = judgement
        self._talk_onset = None
        self._barge_onset = None
        goto = self._route(self.scenario.steps[self._step_id].routes, judgement, None)
        return self._enter(goto, max(u.end_s, self._last_event_s), u)

    def _answer_in_pause(self, u: Utterance) -> list[Action]:
        pause = self._pause
        assert pause is not None
        judgement = self._judge(u.text, self._listen_turn)
        self._record_trainee(u, judgement, barged=False)
        self._pitch_lead = None
        self._last_judgement = judgement
        self._talk_onset = None
        self._pause = None
        goto = self._route(self.scenario.steps[pause.step].routes, judgement, Silence.broken)
        return self._enter(goto, max(u.end_s, self._last_event_s), u)

    def _cut_in(self, patience: Patience, now_s: float) -> list[Action]:
        """The trainee has talked too long: the gatekeeper interrupts."""
        self._cut_in_at = now_s
        self._cut_in_turn = self._listen_turn
        self._talk_onset = None
        self._pause = None
        return [
            self._say(
                self._step_id,
                patience.say,
                now_s,
                _Then.patience,
                goto=patience.goto,
                interrupting=True,
            )
        ]

    def _record_cut_off(self, u: Utterance) -> None:
        """The transcript of the turn the gatekeeper cut into: recorded, never routed."""
        assert self._cut_in_at is not None
        record = self._record_trainee(u, self._judge(u.text, self._cut_in_turn), barged=False)
        record.interrupted = True
        self._cut_in_at = None

    def _finish(self, now_s: float, outcome: Outcome) -> list[Action]:
        handover = self.scenario.handover
        if handover is not None and outcome is handover.when and self._next_on_line:
            return self._hand_over(now_s)
        self._state = State.ended
        self._outcome = outcome
        self._ended_at = now_s
        self._pause = None
        self._pending_answer = None
        return [Hangup(outcome=outcome, report=self.report(now_s))]

    def _hand_over(self, now_s: float) -> list[Action]:
        """The next person picks up: keep this section's facts, start theirs afresh."""
        nxt = self._next_on_line.pop(0)
        self._parts[-1].facts = self._section_facts()
        self._parts.append(_Part(nxt.scenario_id, nxt.scenario, len(self.turns), now_s))
        self.scenario, self.judge = nxt.scenario, nxt.judge
        self._start_section()
        self._state = State.listening
        return self._enter(nxt.scenario.start, now_s, None)

    # --- helpers -----------------------------------------------------------------------

    def _end_line_at(self, now_s: float) -> None:
        """The line being spoken ends at ``now_s`` (its end, or where the call cut it)."""
        if self._say_record is not None:
            self._say_record.end_s = max(now_s, self._say_record.start_s)
            self._say_record = None

    def _judge(self, text: str, turn: Turn) -> Judgement:
        return self.judge.judge(text, turn)

    def _record_trainee(self, u: Utterance, judgement: Judgement, barged: bool) -> TurnRecord:
        """Add a trainee turn in time order (a late transcript, e.g. of a turn the gatekeeper
        cut into, goes before her line)."""
        record = TurnRecord(
            TRAINEE,
            u.text.strip(),
            u.start_s,
            max(u.end_s, u.start_s),
            self._step_id,
            judgement=judgement,
            barged_in=barged,
            section=self.section,
            delivery=u.delivery,
        )
        at = len(self.turns)
        while at > 0 and self.turns[at - 1].start_s > record.start_s:
            at -= 1
        self.turns.insert(at, record)
        if judgement.turn is Turn.pitch and self._first_pitch is None:
            self._first_pitch = record
        return record

    def _listens(self, step_id: str) -> bool:
        return self.scenario.steps[step_id].listen is not None

    def _seen(self, now_s: float) -> None:
        self._last_event_s = max(self._last_event_s, now_s)

    @staticmethod
    def _route(routes: list[Route], judgement: Judgement | None, silence: Silence | None) -> str:
        """The first route whose condition matches; the last route if none does (the
        scenario checks make the last route an unconditional fallback)."""
        for route in routes:
            if _matches(route, judgement, silence):
                return route.goto
        return routes[-1].goto


def _matches(route: Route, judgement: Judgement | None, silence: Silence | None) -> bool:
    cond = route.if_
    if cond is None:
        return True
    kinds = cond.kinds()
    if kinds is not None and (judgement is None or judgement.kind not in kinds):
        return False
    if cond.flags:
        if judgement is None:
            return False
        flags = judgement.flags
        if any(flags.get(name) != value for name, value in cond.flags.items()):
            return False
    if cond.moves:
        if judgement is None:
            return False
        if any((move.value in judgement.moves) != value for move, value in cond.moves.items()):
            return False
    return cond.silence is None or cond.silence == silence
