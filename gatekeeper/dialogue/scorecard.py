"""The scorecard: what the trainee did, item by item, out of 100.

Every item gives *partial* credit (a factor 0..1 of its share) and says why with the words
and times from the transcript, so a trainee can check each number against the timeline.
Weights come from the scenario (``scoring.weights``) and are normalised to 100 over the items
that apply to this call: ``benefit`` only when the gatekeeper asked what the boss gets out of
it, ``dignity`` only when the trainee answered a rejection, ``silence`` only when the pitch
led into a pause.

The rules here compute the facts; ``evidence_texts`` words them in the scenario's language,
so the evidence reads in the same language as the tip next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gatekeeper.dialogue.evidence_texts import EvidenceWording
from gatekeeper.dialogue.tips import tip_for
from gatekeeper.dialogue.types import Judgement, Scorecard, ScoreLine, ScoreSection, TurnRecord
from gatekeeper.scenario.model import (
    BOSS_ITEMS,
    GATE_ITEMS,
    Kind,
    Role,
    Scenario,
    ScoreItem,
    Turn,
)

HONESTY_CREDIT: dict[Kind, float] = {
    Kind.honest: 1.0,
    Kind.vague: 0.4,  # not a lie, but not the dry truth either
    Kind.flattery: 0.0,
    Kind.pretext: 0.0,
}
TRACE_CREDIT = 0.5  # a turn judged otherwise that still contains a flattery/pretext phrase
SHOW_MOVE_COST = 0.5  # each answer that puts on the show (self-praise, honey for the king)
SHOW_PAUSE_S = 2.0
"""A pause this long between two of the trainee's answers gives the boss the floor: the show
is talk without a turn of his, a question to him or a pause for him, so such a pause (like a
question) ends one stretch of talk and the next answer starts another."""
BENEFIT_ONLY_CREDIT = 0.5  # a concrete benefit, but not measured against what he has today
APPOINTMENT_ASK_CREDIT = 0.6  # the ask itself; its honest length earns the rest
HEDGE_COST = 0.15  # per answer with hedges or diminishers
UPTALK_COST = 0.2  # per statement that ends rising like a question
FADING_COST = 0.2  # per answer whose level drops away at the end
PRESSURE_COST = 0.4  # per answer with pressure or presumption
CUT_OFF_COST = 0.2  # per time the trainee talked over him
EARLIER_BENEFIT_CREDIT = 0.5  # a benefit named, but not as the answer to the question
QUOTE_WORDS = 6
LIST_SEPARATOR = "; "  # between the answers an item quotes
WORD_SEPARATOR = ", "  # between the filler words found


@dataclass(frozen=True)
class CallFacts:
    """What the engine measured beyond the turns themselves.

    ``pitch`` is the index (into the turns) of the pitch: the pitch-turn answer that led into
    the shock pause, else the first pitch-turn answer. The silence runs from
    ``silence_from_s`` (the trainee's last voiced moment) to ``silence_to_s`` (the onset of
    whoever ended it, or the hang-up); ``trainee_broke_silence`` is None when neither side
    spoke (the call was hung up during the pause)."""

    pitch: int | None = None
    shock_pause_s: float | None = None
    silence_from_s: float | None = None
    silence_to_s: float | None = None
    trainee_broke_silence: bool | None = None

    @property
    def silence_after_pitch_s(self) -> float | None:
        if self.silence_from_s is None or self.silence_to_s is None:
            return None
        return max(0.0, self.silence_to_s - self.silence_from_s)


@dataclass(frozen=True)
class _Credit:
    factor: float  # 0..1
    evidence: str


@dataclass(frozen=True)
class Section:
    """One person on the line, as the scorecard needs it."""

    scenario_id: str
    scenario: Scenario
    turns: Sequence[TurnRecord]
    facts: CallFacts
    start_s: float = 0.0
    outcome: str = ""


def score_sections(sections: Sequence[Section]) -> Scorecard:
    """Score a call that was handed over: each person's part on its own (out of 100), the
    call's score their mean, every item tagged with its section. One section is just
    :func:`score_call`."""
    if len(sections) == 1:
        only = sections[0]
        return score_call(only.scenario, only.turns, only.facts)
    cards = [score_call(s.scenario, s.turns, s.facts) for s in sections]
    items = tuple(
        ScoreLine(line.item, line.points, line.max_points, line.evidence, line.tip, section=i)
        for i, card in enumerate(cards)
        for line in card.items
    )
    heads = tuple(
        ScoreSection(
            s.scenario_id,
            s.scenario.persona.name,
            s.scenario.persona.role.value,
            card.score,
            s.start_s,
            s.outcome,
        )
        for s, card in zip(sections, cards, strict=True)
    )
    return Scorecard(round(sum(c.score for c in cards) / len(cards)), items, heads)


def score_call(scenario: Scenario, turns: Sequence[TurnRecord], facts: CallFacts) -> Scorecard:
    """Score one call. Pure: the same turns and facts always give the same card."""
    ctx = _Context(scenario, list(turns), facts)
    rules: list[tuple[ScoreItem, Callable[[_Context], _Credit | None]]] = [
        (ScoreItem.honesty, _honesty),
        (ScoreItem.brevity, _brevity),
        (ScoreItem.silence, _silence),
        (ScoreItem.no_flattery, lambda c: _clean_of(c, Kind.flattery)),
        (ScoreItem.no_pretext, lambda c: _clean_of(c, Kind.pretext)),
        (ScoreItem.benefit, _benefit),
        (ScoreItem.dignity, _dignity),
        (ScoreItem.fillers, _fillers),
        (ScoreItem.no_show, _no_show),
        (ScoreItem.asks_about_him, _asks_about_him),
        (ScoreItem.advantage_over_today, _advantage_over_today),
        (ScoreItem.appointment, _appointment),
        (ScoreItem.confident, _confident),
        (ScoreItem.not_arrogant, _not_arrogant),
    ]
    boss = scenario.persona.role is Role.boss
    applying: list[tuple[ScoreItem, _Credit, float]] = []
    for item, rule in rules:
        if (item in BOSS_ITEMS and not boss) or (item in GATE_ITEMS and boss):
            continue
        weight = scenario.scoring.weight(item)
        credit = rule(ctx)
        if credit is not None and weight > 0:
            applying.append((item, credit, weight))
    total = sum(w for _, _, w in applying)
    lines: list[ScoreLine] = []
    for item, credit, weight in applying:
        max_points = 100.0 * weight / total
        factor = min(1.0, max(0.0, credit.factor))
        lines.append(
            ScoreLine(
                item, factor * max_points, max_points, credit.evidence, tip_for(scenario, item)
            )
        )
    score = round(sum(line.points for line in lines))
    return Scorecard(score=max(0, min(100, score)), items=tuple(lines))


# --- the items -------------------------------------------------------------------------


class _Context:
    def __init__(self, scenario: Scenario, turns: list[TurnRecord], facts: CallFacts) -> None:
        self.scenario = scenario
        self.turns = turns
        self.facts = facts
        self.said = [t for t in turns if t.speaker == "trainee" and t.judgement is not None]
        pitch = turns[facts.pitch] if facts.pitch is not None and facts.pitch < len(turns) else None
        self.pitch = pitch if pitch is not None and pitch.judgement is not None else None
        self.targets = scenario.scoring.targets
        self.say = EvidenceWording(scenario.language)

    @property
    def gatekeeper(self) -> str:
        return self.scenario.persona.name

    def quote(self, text: str) -> str:
        """The first words of what was said, marked as cut when there is more."""
        words = text.split()
        short = " ".join(words[:QUOTE_WORDS])
        return self.say("quote.cut" if len(words) > QUOTE_WORDS else "quote", text=short)

    def span(self, t: TurnRecord) -> str:
        return self.say("span", start=t.start_s, end=t.end_s)

    def matched(self, j: Judgement, category: str) -> str:
        """The words that made the judge see ``category``, if it kept them."""
        found = [e.matched for e in j.evidence if e.category == category and e.matched]
        return self.say("matched", phrase=found[0]) if found else ""


def _honesty(c: _Context) -> _Credit:
    if c.pitch is None:
        return _Credit(0.0, c.say("honesty.no_pitch"))
    j = _judged(c.pitch)
    return _Credit(
        HONESTY_CREDIT.get(j.kind, 0.0),
        c.say(
            "honesty.judged",
            quote=c.quote(c.pitch.text),
            span=c.span(c.pitch),
            kind=c.say.kind(j.kind),
            matched=c.matched(j, j.kind.value),
        ),
    )


def _brevity(c: _Context) -> _Credit:
    if c.pitch is None:
        return _Credit(0.0, c.say("brevity.no_pitch"))
    t = c.targets
    words = _judged(c.pitch).words
    seconds = c.pitch.end_s - c.pitch.start_s
    factor = (_within(words, t.pitch_max_words) + _within(seconds, t.pitch_max_s)) / 2
    return _Credit(
        factor,
        c.say(
            "brevity.measured",
            quote=c.quote(c.pitch.text),
            words=c.say.count("word_count", words),
            seconds=seconds,
            span=c.span(c.pitch),
            max_words=t.pitch_max_words,
            max_s=t.pitch_max_s,
            cut=c.say("brevity.cut") if c.pitch.interrupted else "",
        ),
    )


def _silence(c: _Context) -> _Credit | None:
    f = c.facts
    held = f.silence_after_pitch_s
    if held is None or f.silence_from_s is None or f.silence_to_s is None:
        return None
    goal = c.targets.silence_goal_s
    planned = f.shock_pause_s if f.shock_pause_s is not None else goal
    span = c.say("silence.span", start=f.silence_from_s, end=f.silence_to_s)
    if f.trainee_broke_silence:
        # proportional to how much of the needed silence was held before breaking it
        factor = held / max(goal, planned)
        breaker = _next_trainee_turn(c.turns, f.pitch)
        said = "" if breaker is None else c.say("silence.breaker", quote=c.quote(breaker.text))
        return _Credit(
            factor,
            c.say(
                "silence.broken",
                held=held,
                span=span,
                breaker=said,
                gatekeeper=c.gatekeeper,
                planned=planned,
                goal=goal,
            ),
        )
    if f.trainee_broke_silence is None:
        return _Credit(held / goal, c.say("silence.hung_up", held=held, span=span, goal=goal))
    # held until the gatekeeper spoke: the goal cannot ask for more than she allowed
    return _Credit(
        held / min(goal, planned) if min(goal, planned) > 0 else 1.0,
        c.say("silence.held", held=held, span=span, gatekeeper=c.gatekeeper, goal=goal),
    )


def _clean_of(c: _Context, kind: Kind) -> _Credit:
    """Share of the trainee's answers free of ``kind``: 0 for an answer judged so, half for
    one that only contains such a phrase."""
    if not c.said:
        return _Credit(0.0, c.say("nothing_said"))
    credits: list[float] = []
    hits: list[str] = []
    for t in c.said:
        j = _judged(t)
        judged = j.kind is kind
        traced = not judged and any(e.category == kind.value for e in j.evidence)
        credits.append(0.0 if judged else TRACE_CREDIT if traced else 1.0)
        if judged or traced:
            hits.append(
                c.say(
                    "clean.judged" if judged else "clean.contains",
                    quote=c.quote(t.text),
                    start=t.start_s,
                    kind=c.say.kind(kind),
                    matched=c.matched(j, kind.value),
                )
            )
    answers = c.say.count("answer_count", len(c.said))
    if not hits:
        return _Credit(1.0, c.say("clean.none", kind=c.say.kind(kind), answers=answers))
    return _Credit(
        sum(credits) / len(c.said),
        c.say("clean.hits", hits=LIST_SEPARATOR.join(hits), count=len(hits), answers=answers),
    )


def _benefit(c: _Context) -> _Credit | None:
    asked = [
        t for t in c.turns if t.speaker == "gatekeeper" and _asks(c.scenario, t) is Turn.benefit
    ]
    answers = [t for t in c.said if _judged(t).turn is Turn.benefit]
    if not asked and not answers:
        return None
    question = (
        c.say("benefit.question", quote=c.quote(asked[0].text), start=asked[0].start_s)
        if asked
        else ""
    )
    with_benefit = [t for t in answers if _judged(t).benefit]
    if with_benefit:
        t = with_benefit[0]
        return _Credit(
            1.0,
            c.say(
                "benefit.answered",
                question=question,
                quote=c.quote(t.text),
                span=c.span(t),
                matched=c.matched(_judged(t), "benefit"),
            ),
        )
    earlier = [t for t in c.said if _judged(t).benefit]
    if earlier:
        t = earlier[0]
        return _Credit(
            EARLIER_BENEFIT_CREDIT,
            c.say("benefit.earlier", question=question, quote=c.quote(t.text), span=c.span(t)),
        )
    if answers:
        t = answers[0]
        return _Credit(
            0.0,
            c.say("benefit.missing", question=question, quote=c.quote(t.text), span=c.span(t)),
        )
    return _Credit(0.0, c.say("benefit.no_answer", question=question))


def _dignity(c: _Context) -> _Credit | None:
    answers = [t for t in c.said if _judged(t).turn is Turn.rejection]
    if not answers:
        return None
    parts = [
        c.say(
            "dignity.answer",
            quote=c.quote(t.text),
            span=c.span(t),
            kind=c.say.kind(_judged(t).kind),
            matched=c.matched(_judged(t), _judged(t).kind.value),
        )
        for t in answers
    ]
    dignified = sum(1 for t in answers if _judged(t).kind is Kind.dignified)
    return _Credit(dignified / len(answers), LIST_SEPARATOR.join(parts))


def _fillers(c: _Context) -> _Credit:
    """Fillers per minute of trainee speech: full credit up to the target rate, then falling
    linearly to nothing at twice the target plus ten per minute."""
    if not c.said:
        return _Credit(0.0, c.say("nothing_said"))
    ok = c.targets.fillers_per_min_ok
    count = sum(_judged(t).fillers for t in c.said)
    seconds = sum(max(0.0, t.end_s - t.start_s) for t in c.said)
    rate = count / (seconds / 60.0) if seconds > 0 else 0.0
    factor = 1.0 if rate <= ok else max(0.0, 1.0 - (rate - ok) / (ok + 10.0))
    words = [e.matched for t in c.said for e in _judged(t).evidence if e.category == "filler"]
    which = c.say("fillers.which", words=WORD_SEPARATOR.join(_unique(words))) if words else ""
    return _Credit(
        factor,
        c.say(
            "fillers.rate",
            fillers=c.say.count("filler_count", count),
            which=which,
            seconds=seconds,
            rate=rate,
            ok=ok,
        ),
    )


# --- what the boss listens for ---------------------------------------------------------


def _with_move(c: _Context, move: str) -> list[TurnRecord]:
    return [t for t in c.said if move in _judged(t).moves]


def _moved(c: _Context, t: TurnRecord, move: str) -> str:
    """The quote of an answer and the words that made the move."""
    return c.say(
        "move.answer", quote=c.quote(t.text), span=c.span(t), matched=c.matched(_judged(t), move)
    )


def _talk_runs(c: _Context) -> list[list[TurnRecord]]:
    """The trainee's talk between two of his turns: what he sat through in one go. A question
    about him or a pause of :data:`SHOW_PAUSE_S` hands him the floor, so the talk after it is
    a new stretch even if he stayed silent."""
    runs: list[list[TurnRecord]] = []
    current: list[TurnRecord] = []
    for t in c.turns:
        if t.speaker == "trainee" and t.judgement is not None:
            if current and _hands_over(current[-1], t):
                runs.append(current)
                current = []
            current.append(t)
        elif t.speaker != "trainee" and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _hands_over(before: TurnRecord, after: TurnRecord) -> bool:
    """Whether the trainee gave the boss the floor between two answers of his own."""
    asked = "asks_about_him" in _judged(before).moves
    return asked or after.start_s - before.end_s >= SHOW_PAUSE_S


def _no_show(c: _Context) -> _Credit:
    """Typ 1: the longest talk without a turn of his, a question to him or a pause for him
    (words and seconds), less for every answer that praises the caller's own firm or butters
    him up."""
    runs = _talk_runs(c)
    if not runs:
        return _Credit(0.0, c.say("nothing_said"))
    t = c.targets

    def size(run: list[TurnRecord]) -> tuple[int, float]:
        return sum(_judged(x).words for x in run), run[-1].end_s - run[0].start_s

    longest = max(runs, key=lambda r: size(r))
    words, seconds = size(longest)
    length = min(_within(words, t.show_max_words), _within(seconds, t.show_max_s))
    shows = _with_move(c, "show")
    parts = [
        c.say(
            "show.longest",
            words=c.say.count("word_count", words),
            seconds=seconds,
            start=longest[0].start_s,
            end=longest[-1].end_s,
            max_words=t.show_max_words,
            max_s=t.show_max_s,
        )
    ]
    parts += [c.say("show.praise", answer=_moved(c, x, "show")) for x in shows]
    return _Credit(length - SHOW_MOVE_COST * len(shows), LIST_SEPARATOR.join(parts))


def _asks_about_him(c: _Context) -> _Credit:
    asked = _with_move(c, "asks_about_him")
    if asked:
        return _Credit(1.0, c.say("asks.yes", answer=_moved(c, asked[0], "asks_about_him")))
    return _Credit(0.0, c.say("asks.no", answers=c.say.count("answer_count", len(c.said))))


def _advantage_over_today(c: _Context) -> _Credit | None:
    if not c.said:
        return None
    better = _with_move(c, "advantage_over_today")
    if better:
        return _Credit(
            1.0, c.say("advantage.yes", answer=_moved(c, better[0], "advantage_over_today"))
        )
    benefit = [t for t in c.said if _judged(t).benefit]
    if benefit:
        t = benefit[0]
        return _Credit(
            BENEFIT_ONLY_CREDIT, c.say("advantage.benefit_only", answer=_moved(c, t, "benefit"))
        )
    return _Credit(0.0, c.say("advantage.no"))


def _appointment(c: _Context) -> _Credit:
    asks = _with_move(c, "asks_for_appointment")
    if not asks:
        return _Credit(0.0, c.say("appointment.no"))
    honest = _with_move(c, "honest_time_ask")
    if honest:
        return _Credit(
            1.0, c.say("appointment.honest", answer=_moved(c, honest[0], "honest_time_ask"))
        )
    return _Credit(
        APPOINTMENT_ASK_CREDIT,
        c.say("appointment.no_length", answer=_moved(c, asks[0], "asks_for_appointment")),
    )


_QUESTION_MOVES = ("asks_about_him", "asks_for_appointment")


def _confident(c: _Context) -> _Credit:
    """Self-confident: no hedges in the words, no statement ending like a question, no voice
    fading away. The voice parts count only where there was audio to measure."""
    if not c.said:
        return _Credit(0.0, c.say("nothing_said"))
    hedges = _with_move(c, "hedge")
    statements = [t for t in c.said if not (_judged(t).moves & set(_QUESTION_MOVES))]
    uptalk = [t for t in statements if t.delivery is not None and t.delivery.uptalk]
    fading = [t for t in c.said if t.delivery is not None and t.delivery.fading]
    measured = [t for t in c.said if t.delivery is not None]
    parts = [c.say("confident.hedge", answer=_moved(c, t, "hedge")) for t in hedges]
    parts += [
        c.say(
            "confident.uptalk",
            quote=c.quote(t.text),
            span=c.span(t),
            st=t.delivery.pitch_movement_st or 0.0,
        )
        for t in uptalk
        if t.delivery is not None
    ]
    parts += [
        c.say(
            "confident.fading",
            quote=c.quote(t.text),
            span=c.span(t),
            db=t.delivery.level_drop_db or 0.0,
        )
        for t in fading
        if t.delivery is not None
    ]
    if not parts:
        key = "confident.clean_voice" if measured else "confident.clean_words"
        parts = [c.say(key, answers=c.say.count("answer_count", len(c.said)))]
    factor = 1.0 - HEDGE_COST * len(hedges) - UPTALK_COST * len(uptalk)
    return _Credit(factor - FADING_COST * len(fading), LIST_SEPARATOR.join(parts))


def _not_arrogant(c: _Context) -> _Credit:
    """Confident, not arrogant: no pressure or presumption, no talking over him."""
    if not c.said:
        return _Credit(0.0, c.say("nothing_said"))
    pushes = _with_move(c, "pressure")
    over = [t for t in c.said if t.barged_in]
    parts = [c.say("arrogant.pressure", answer=_moved(c, t, "pressure")) for t in pushes]
    parts += [
        c.say("arrogant.cut_off", quote=c.quote(t.text), start=t.start_s, boss=c.gatekeeper)
        for t in over
    ]
    if not parts:
        parts = [c.say("arrogant.none", answers=c.say.count("answer_count", len(c.said)))]
    factor = 1.0 - PRESSURE_COST * len(pushes) - CUT_OFF_COST * len(over)
    return _Credit(factor, LIST_SEPARATOR.join(parts))


# --- helpers ---------------------------------------------------------------------------


def _within(value: float, target: float) -> float:
    """1 up to the target, then down linearly to 0 at twice the target."""
    if value <= target:
        return 1.0
    return max(0.0, 1.0 - (value - target) / target)


def _judged(t: TurnRecord) -> Judgement:
    assert t.judgement is not None
    return t.judgement


def _asks(scenario: Scenario, t: TurnRecord) -> Turn | None:
    """The turn a gatekeeper line asks for: its step's listen, if the line is the step's own."""
    step = scenario.steps.get(t.step)
    if step is None or step.listen is None or step.say != t.line:
        return None
    return step.listen.turn


def _next_trainee_turn(turns: list[TurnRecord], after: int | None) -> TurnRecord | None:
    if after is None:
        return None
    return next((t for t in turns[after + 1 :] if t.speaker == "trainee"), None)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i.lower() for i in items))
