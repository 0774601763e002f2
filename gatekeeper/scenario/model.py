"""The scenario file a coach writes, as strict pydantic models.

A scenario is a small state machine: *steps* that say a *line*, then either listen to the
trainee (and route on the judge's verdict), hold a timed *pause* (the shock pause, routed on
whether the trainee held the silence), go straight on to the *next* step, or *end* the call
with an outcome. The models are strict (no coercion, unknown keys rejected) so a coach's typo
becomes a clear error instead of a silently different call.

Cross-references (routes to unknown steps, unreachable steps, missing lines, placeholders)
are checked in :mod:`gatekeeper.scenario.checks`, which runs on the parsed model.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Strict(BaseModel):
    """Base for every scenario model: no unknown keys, no type coercion, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Language(StrEnum):
    de = "de"
    en = "en"


class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class Turn(StrEnum):
    """What the gatekeeper just asked, i.e. how the trainee's answer is judged.

    ``pitch``: the answer to "Worum geht's denn?" -> honest / pretext / flattery / vague.
    ``benefit``: the answer to "Was hat er davon?" -> judged like a pitch; the ``benefit``
    flag is what counts here.
    ``rejection``: the answer to a flat rejection ("Wir kaufen nichts") -> dignified / pushy.
    """

    pitch = "pitch"
    benefit = "benefit"
    rejection = "rejection"


class Kind(StrEnum):
    """The judge's canonical verdicts (see docs/technique.md)."""

    honest = "honest"
    pretext = "pretext"
    flattery = "flattery"
    vague = "vague"
    dignified = "dignified"
    pushy = "pushy"


PITCH_KINDS: tuple[Kind, ...] = (Kind.honest, Kind.pretext, Kind.flattery, Kind.vague)
REJECTION_KINDS: tuple[Kind, ...] = (Kind.dignified, Kind.pushy)


def kinds_for(turn: Turn) -> tuple[Kind, ...]:
    return REJECTION_KINDS if turn is Turn.rejection else PITCH_KINDS


class Silence(StrEnum):
    held = "held"
    broken = "broken"


class Outcome(StrEnum):
    put_through = "put_through"
    callback = "callback"
    brushed_off = "brushed_off"
    rejected = "rejected"
    hung_up = "hung_up"
    appointment = "appointment"  # the boss gave the caller an appointment
    abandoned = "abandoned"  # the trainee hung up (Esc) or the call was stopped
    interrupted = "interrupted"  # the app lost the microphone or the speaker mid-call
    overrun = "overrun"  # the call ran past the engine's cap on steps or length


UNSCORED_OUTCOMES = frozenset({Outcome.interrupted, Outcome.overrun})
"""Outcomes the app sets when a call could not be practised to its end: they score nothing
and are no attempt in the trainee's trend. A scenario's end step never uses them."""


Seconds = Annotated[float, Field(ge=0.0, le=600.0)]
StepId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
LineId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
# A Piper voice (de_DE-thorsten-medium) or a Pico voice (pico:de-DE).
VoiceName = Annotated[
    str,
    Field(pattern=r"^([A-Za-z]{2,3}_[A-Za-z]{2}-[\w-]+|pico:[a-z]{2}-[A-Z]{2})$", max_length=100),
]


class Role(StrEnum):
    """Who the persona is in the call: the secretary at the gate, or the boss behind her."""

    gatekeeper = "gatekeeper"
    boss = "boss"


class Persona(Strict):
    """The gatekeeper the trainee talks to. Names are placeholders in lines:
    ``{name}``, ``{company}``, ``{boss}``."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    company: Annotated[str, Field(min_length=1, max_length=120)]
    boss: Annotated[str, Field(min_length=1, max_length=80)]
    mood: Annotated[str, Field(max_length=80)] = ""
    voices: dict[Language, list[VoiceName]] = Field(
        default_factory=dict,
        description="Voices to try, per language, in order of preference; the first "
        "installed one wins. Pico voices (pico:de-DE, pico:en-US, pico:en-GB) come with every "
        "install; Piper voices (e.g. de_DE-kerstin-low) once installed.",
    )
    speaking_rate: Annotated[float, Field(ge=0.5, le=2.0)] = Field(
        default=1.0, description="1.0 is the voice's own pace; 1.1 is 10 % faster."
    )
    pitch: Annotated[float, Field(ge=0.5, le=2.0)] = Field(
        default=1.0,
        description="1.0 is the voice's own pitch; 1.1 is 10 % higher (0.85-1.15 sounds "
        "natural). Acts on Pico and Piper voices alike.",
    )
    role: Role = Field(
        default=Role.gatekeeper,
        description="gatekeeper (the secretary) or boss: a boss is scored on the moves he "
        "listens for (the show, questions about him, an advantage over today, the "
        "appointment ask, confidence without arrogance).",
    )


class PauseRange(Strict):
    """A timed silence of the gatekeeper, drawn uniformly (seeded) from [min_s, max_s]."""

    min_s: Annotated[float, Field(ge=0.0, le=30.0)]
    max_s: Annotated[float, Field(ge=0.0, le=30.0)]

    @model_validator(mode="after")
    def _ordered(self) -> PauseRange:
        if self.max_s < self.min_s:
            raise ValueError("max_s must be at least min_s")
        return self


class Move(StrEnum):
    """What the boss listens for in an answer (several may be in one; the words that make
    each are the judge's ``packs/<language>/moves.py``):

    - ``show``: the Typ-1 performance: self-praise, superlatives, honey for the "king";
    - ``asks_about_him``: a real question about his situation or needs (not a rhetorical one,
      not the caller's own agenda);
    - ``advantage_over_today``: a small, concrete advantage measured against what he has now;
    - ``asks_for_appointment`` and ``honest_time_ask``: the request, and its honest length
      ("eine Stunde", not "nur fünf Minuten");
    - ``hedge``: words that shrink the caller ("nur mal kurz", "eigentlich", "just");
    - ``pressure``: presumption and pushing ("Sie müssen", "you need this").
    """

    show = "show"
    asks_about_him = "asks_about_him"
    advantage_over_today = "advantage_over_today"
    asks_for_appointment = "asks_for_appointment"
    honest_time_ask = "honest_time_ask"
    hedge = "hedge"
    pressure = "pressure"


class Condition(Strict):
    """All given fields must match (logical AND). ``kind`` may be one kind or a list;
    ``moves`` says which moves must (true) or must not (false) be in the answer."""

    kind: Kind | list[Kind] | None = None
    flags: dict[Annotated[str, Field(pattern=r"^(benefit)$")], bool] | None = None
    moves: dict[Move, bool] | None = None
    silence: Silence | None = None

    @field_validator("kind")
    @classmethod
    def _non_empty(cls, v: Kind | list[Kind] | None) -> Kind | list[Kind] | None:
        if isinstance(v, list) and not v:
            raise ValueError("kind list must not be empty")
        return v

    def kinds(self) -> tuple[Kind, ...] | None:
        if self.kind is None:
            return None
        return tuple(self.kind) if isinstance(self.kind, list) else (self.kind,)


class Route(Strict):
    """One transition. Without ``if`` it is the fallback and must come last."""

    if_: Condition | None = Field(default=None, alias="if")
    goto: StepId

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


class Patience(Strict):
    """The gatekeeper cuts in when the trainee talks longer than ``max_talk_s`` in one turn:
    she says ``say`` (interrupting) and the call continues at ``goto`` (which may be an
    end step with outcome ``hung_up``)."""

    max_talk_s: Annotated[float, Field(gt=0.0, le=600.0)]
    say: LineId
    goto: StepId


class Listen(Strict):
    """Wait for the trainee's answer; the judge classifies it according to ``turn`` and the
    step's routes decide where the call goes."""

    turn: Turn
    patience: Patience | None = None


class Step(Strict):
    """Say a line (optional), then exactly one of: listen, pause, next, end."""

    say: LineId | None = Field(default=None, description="The line to say first (a key of lines).")
    listen: Listen | None = None
    pause: PauseRange | None = None
    routes: list[Route] = Field(
        default_factory=list,
        description="For listen and pause steps: tried in order, the first whose if matches "
        "is taken. A route without if is the fallback and comes last.",
    )
    next: StepId | None = Field(default=None, description="Go straight on to this step.")
    end: Outcome | None = Field(
        default=None, description="End the call with this outcome after saying the line."
    )

    @model_validator(mode="after")
    def _one_way_on(self) -> Step:
        ways = [n for n in ("listen", "pause", "next", "end") if getattr(self, n) is not None]
        if len(ways) != 1:
            raise ValueError(
                "a step needs exactly one of listen, pause, next, end"
                + (f" (has {', '.join(ways)})" if ways else "")
            )
        if (self.listen or self.pause) and not self.routes:
            raise ValueError("a listen or pause step needs routes")
        if (self.next or self.end) and self.routes:
            raise ValueError("routes only belong to listen and pause steps")
        if self.end is not None and self.say is None:
            raise ValueError("an end step must say a closing line")
        return self


COACH_WEIGHT = 2.0
"""Weight of a coach phrase unless the coach gives one: as strong as the pack's clear cues."""


class CoachPhrase(Strict):
    """A coach's phrase with its own weight and the sentences it must not count in.

    ``not`` lists "not this" phrases: when one of them is heard in the answer, the coach
    phrase does not count ("ja das stimmt", not: ["stimmt nicht", "stimmt so nicht"])."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    phrase: str = Field(min_length=1)
    weight: float = Field(default=COACH_WEIGHT, gt=0, le=5)
    not_this: list[str] = Field(default_factory=list, alias="not")


CoachPhrases = list[str | CoachPhrase]


class Handover(Strict):
    """The call goes on with the next person on the line: when this scenario ends with the
    outcome ``when`` (``put_through`` unless given), the scenario ``to`` takes over in the
    same call — one timeline, one scorecard with a section per person. (Not ``on:``: YAML
    1.1 reads that key as true.)"""

    when: Outcome = Outcome.put_through
    to: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_./ -]+$")] = Field(
        description="A bundled scenario's id (boss-weber.de) or a file path relative to "
        "this scenario file."
    )


class JudgePhrases(Strict):
    """Extra phrases a coach adds to the built-in language pack, per judge category.
    Matched case-insensitively and forgiving misheard letters, but stricter than the pack's
    own phrases: every word of a coach phrase must be heard, and a negation before, inside or
    just after it means it does not count. Each entry is a phrase, or
    ``{phrase: ..., weight: 1.5, not: [...]}``."""

    honest: CoachPhrases = Field(default_factory=list)
    pretext: CoachPhrases = Field(default_factory=list)
    flattery: CoachPhrases = Field(default_factory=list)
    vague: CoachPhrases = Field(default_factory=list)
    dignified: CoachPhrases = Field(default_factory=list)
    pushy: CoachPhrases = Field(default_factory=list)
    benefit: CoachPhrases = Field(default_factory=list)
    filler: list[str] = Field(default_factory=list)

    def entries(self, category: str) -> list[CoachPhrase]:
        """The coach's phrases for ``category``, each with its weight and "not this" list."""
        return [CoachPhrase(phrase=p) if isinstance(p, str) else p for p in getattr(self, category)]


class ScoreItem(StrEnum):
    """The scorecard's items (see docs/technique.md)."""

    honesty = "honesty"
    brevity = "brevity"
    silence = "silence"
    no_flattery = "no_flattery"
    no_pretext = "no_pretext"
    benefit = "benefit"
    dignity = "dignity"
    fillers = "fillers"
    # what the boss listens for
    no_show = "no_show"
    asks_about_him = "asks_about_him"
    advantage_over_today = "advantage_over_today"
    appointment = "appointment"
    confident = "confident"
    not_arrogant = "not_arrogant"


BOSS_ITEMS = frozenset(
    {
        ScoreItem.no_show,
        ScoreItem.asks_about_him,
        ScoreItem.advantage_over_today,
        ScoreItem.appointment,
        ScoreItem.confident,
        ScoreItem.not_arrogant,
    }
)
"""Items that only a boss scores; at the gate they do not apply."""

GATE_ITEMS = frozenset({ScoreItem.brevity, ScoreItem.no_flattery, ScoreItem.benefit})
"""Items of the gate that the boss scores his own way (the show, the advantage over today)."""


DEFAULT_WEIGHTS: dict[ScoreItem, float] = {
    ScoreItem.honesty: 20,
    ScoreItem.brevity: 10,
    ScoreItem.silence: 25,
    ScoreItem.no_flattery: 10,
    ScoreItem.no_pretext: 10,
    ScoreItem.benefit: 10,
    ScoreItem.dignity: 10,
    ScoreItem.fillers: 5,
    ScoreItem.no_show: 15,
    ScoreItem.asks_about_him: 15,
    ScoreItem.advantage_over_today: 15,
    ScoreItem.appointment: 15,
    ScoreItem.confident: 10,
    ScoreItem.not_arrogant: 10,
}


class Targets(Strict):
    """What "good" means for the measured items; partial credit scales towards these."""

    pitch_max_words: Annotated[int, Field(ge=3, le=200)] = 20
    pitch_max_s: Annotated[float, Field(gt=0.0, le=120.0)] = 8.0
    silence_goal_s: Annotated[float, Field(gt=0.0, le=30.0)] = 3.0
    fillers_per_min_ok: Annotated[float, Field(ge=0.0, le=120.0)] = 4.0
    show_max_words: Annotated[int, Field(ge=5, le=400)] = 40
    show_max_s: Annotated[float, Field(gt=0.0, le=300.0)] = 15.0


class Scoring(Strict):
    weights: dict[ScoreItem, Annotated[float, Field(ge=0.0, le=100.0)]] = Field(
        default_factory=dict,
        description="Relative weights; missing items use the defaults. Normalised to 100 "
        "over the items that apply to a call.",
    )
    targets: Targets = Field(default_factory=Targets)

    def weight(self, item: ScoreItem) -> float:
        return self.weights.get(item, DEFAULT_WEIGHTS[item])


Text = Annotated[str, Field(min_length=1, max_length=500)]


class Scenario(Strict):
    """One scenario file: the gatekeeper, her lines, and the steps of the call."""

    title: Annotated[str, Field(min_length=1, max_length=120)]
    description: Annotated[str, Field(min_length=1, max_length=300)]
    language: Language
    difficulty: Difficulty = Difficulty.medium
    persona: Persona
    lines: dict[LineId, Text | Annotated[list[Text], Field(min_length=1)]] = Field(
        description="What the gatekeeper says, by name: one text or a list of variants to "
        "pick from. Placeholders: {name}, {company}, {boss}."
    )
    start: StepId = Field(description="The step the call starts with.")
    steps: dict[StepId, Step] = Field(description="The steps of the call, by name.")
    patience: Patience | None = Field(
        default=None, description="Default patience rule for listen steps without their own."
    )
    judge: JudgePhrases = Field(default_factory=JudgePhrases)
    tips: dict[str, Text] = Field(
        default_factory=dict,
        description="Tips shown with score items, keyed by score item (e.g. silence, "
        "no_flattery), overriding the built-in tip in the scenario's language.",
    )
    scoring: Scoring = Field(default_factory=Scoring)
    handover: Handover | None = Field(
        default=None,
        description="Hand the call over to another scenario (e.g. the boss) when it ends "
        "with the given outcome.",
    )

    @classmethod
    def from_data(cls, data: object) -> Scenario:
        """Validate plain data (as parsed from YAML). Goes through JSON mode so enums accept
        their string values while strictness (no "1" for 1.0, no ``no`` for a string) holds."""
        return cls.model_validate_json(json.dumps(data))

    def variants(self, line: str) -> list[str]:
        v = self.lines[line]
        return [v] if isinstance(v, str) else list(v)

    def fill(self, text: str) -> str:
        """Replace the persona placeholders in a line (``{{``/``}}`` are literal braces).

        The validator has already refused unknown placeholders, so ``format`` cannot fail on
        a loaded scenario; a persona name containing braces is inserted as it is."""
        p = self.persona
        return text.format(name=p.name, company=p.company, boss=p.boss)

    def patience_for(self, step: Step) -> Patience | None:
        if step.listen is None:
            return None
        return step.listen.patience or self.patience


PLACEHOLDERS = ("name", "company", "boss")
