"""Value types shared by the judge, the engine, the scorecard and whoever drives a call.

All times are seconds on the call's one timeline (audio sample counts / rate in a voice call,
a monotonic clock in a typed call, a virtual clock in a scripted call); 0.0 is the start of
the call.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from gatekeeper.scenario.model import Kind, Outcome, ScoreItem, Turn

# --- the judge -------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Why the judge decided something: the category, the phrase from the language pack or
    the scenario, and the words of the utterance that matched it."""

    category: str  # a Kind value, "benefit", "filler", or "length"
    phrase: str  # the pack/scenario phrase (or rule name)
    matched: str  # the words of the utterance that matched
    score: float = 100.0  # fuzzy similarity 0..100

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Judgement:
    turn: Turn
    kind: Kind
    benefit: bool
    fillers: int
    words: int  # words without fillers
    evidence: tuple[Evidence, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)  # per-kind totals, for debugging
    moves: frozenset[str] = frozenset()  # the boss's moves heard in the answer (rules.MOVES)

    @property
    def flags(self) -> dict[str, Any]:
        return {"benefit": self.benefit, "fillers": self.fillers, "words": self.words}

    def to_json(self) -> dict[str, Any]:
        return {
            "turn": self.turn.value,
            "kind": self.kind.value,
            "flags": self.flags,
            "moves": sorted(self.moves),
            "evidence": [e.to_json() for e in self.evidence],
        }


# --- what comes in ---------------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    """How the voice ended an utterance, measured from its audio (``speech.prosody``): the
    pitch movement over its last voiced second and how far the level dropped at the end."""

    pitch_movement_st: float | None
    level_drop_db: float | None
    uptalk: bool | None
    fading: bool | None
    contour_st: tuple[float, ...] = ()  # the pitch over the utterance, semitones re 100 Hz

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["contour_st"] = list(self.contour_st)
        return out


@dataclass(frozen=True)
class Utterance:
    """One transcribed turn of the trainee: text and its voiced span on the timeline, and
    how the voice ended it where there was audio to measure."""

    text: str
    start_s: float
    end_s: float
    delivery: Delivery | None = None


# --- what goes out ---------------------------------------------------------------------


@dataclass(frozen=True)
class Say:
    """The gatekeeper speaks ``text`` now. The driver reports ``line_started`` /
    ``line_finished`` with the times the audio actually played."""

    step: str
    line: str
    text: str
    interrupting: bool = False
    persona: str = ""  # who says it (the secretary, or the boss after a handover)


@dataclass(frozen=True)
class Pause:
    """The gatekeeper stays silent until ``until_s`` (the shock pause). The silence is timed
    from ``silence_from_s``, the trainee's last voiced moment. The driver calls ``tick`` at
    or after ``until_s`` and ``speech_started`` if the trainee speaks first."""

    step: str
    seconds: float
    silence_from_s: float
    until_s: float


@dataclass(frozen=True)
class Listen:
    """The trainee's turn. ``max_talk_s`` (patience) makes the driver call ``tick`` while
    the trainee is talking so the gatekeeper can cut in."""

    step: str
    turn: Turn
    max_talk_s: float | None


@dataclass(frozen=True)
class Hangup:
    outcome: Outcome
    report: CallReport


Action = Say | Pause | Listen | Hangup


# --- the record ------------------------------------------------------------------------


@dataclass
class TurnRecord:
    speaker: str  # "gatekeeper" | "trainee"
    text: str
    start_s: float
    end_s: float
    step: str
    line: str | None = None  # gatekeeper line id
    judgement: Judgement | None = None
    interrupted: bool = False  # trainee: cut off by the gatekeeper's patience rule
    barged_in: bool = False  # trainee: started while the gatekeeper was speaking
    section: int = 0  # which person on the line (0: the first scenario, 1: the handover ...)
    delivery: Delivery | None = None  # trainee: how the voice ended the turn
    persona: str = ""  # gatekeeper: who said the line (the secretary, or the boss)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "speaker": self.speaker,
            "text": self.text,
            "start_s": round(self.start_s, 3),
            "end_s": round(self.end_s, 3),
            "step": self.step,
        }
        if self.line is not None:
            out["line"] = self.line
        if self.persona:
            out["persona"] = self.persona
        if self.judgement is not None:
            out["kind"] = self.judgement.kind.value
            out["judgement"] = self.judgement.to_json()
        if self.speaker == "trainee":
            out["interrupted"] = self.interrupted
            out["barged_in"] = self.barged_in
            if self.delivery is not None:
                out["delivery"] = self.delivery.to_json()
        if self.section:
            out["section"] = self.section
        return out


@dataclass(frozen=True)
class ScoreLine:
    item: ScoreItem
    points: float
    max_points: float
    evidence: str  # quote and timing, human readable
    tip: str
    section: int = 0  # the section (person on the line) the item belongs to

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "item": self.item.value,
            "points": round(self.points, 1),
            "max_points": round(self.max_points, 1),
            "evidence": self.evidence,
            "tip": self.tip,
        }
        if self.section:
            out["section"] = self.section
        return out


@dataclass(frozen=True)
class ScoreSection:
    """One person on the line: the secretary, then the boss. Its own score out of 100."""

    scenario: str
    persona: str
    role: str
    score: int
    start_s: float
    outcome: str = ""  # how this part ended: the handover's outcome, or the call's

    def to_json(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "persona": self.persona,
            "role": self.role,
            "score": self.score,
            "start_s": round(self.start_s, 3),
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class Scorecard:
    score: int  # 0..100
    items: tuple[ScoreLine, ...]
    sections: tuple[ScoreSection, ...] = ()  # only for a call that was handed over

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"score": self.score, "items": [i.to_json() for i in self.items]}
        if self.sections:
            out["sections"] = [s.to_json() for s in self.sections]
        return out


@dataclass
class CallReport:
    scenario: str
    language: str
    seed: int
    turns: list[TurnRecord]
    pitch_kind: Kind | None
    silence_after_pitch_s: float | None
    trainee_broke_silence: bool | None
    shock_pause_s: float | None  # the pause the gatekeeper had planned
    outcome: Outcome
    duration_s: float
    scorecard: Scorecard
    path: list[str] = field(default_factory=list)  # the scenario steps entered, in order

    def to_json(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "language": self.language,
            "seed": self.seed,
            "turns": [t.to_json() for t in self.turns],
            "pitch_kind": self.pitch_kind.value if self.pitch_kind else None,
            "silence_after_pitch_s": None
            if self.silence_after_pitch_s is None
            else round(self.silence_after_pitch_s, 3),
            "trainee_broke_silence": self.trainee_broke_silence,
            "shock_pause_s": None if self.shock_pause_s is None else round(self.shock_pause_s, 3),
            "outcome": self.outcome.value,
            "duration_s": round(self.duration_s, 3),
            "scorecard": self.scorecard.to_json(),
            "path": list(self.path),
        }
