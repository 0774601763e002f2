"""The judge: what kind of answer did the trainee give?

Each category (honest, pretext, flattery, vague, dignified, pushy, and the benefit flag)
collects points from fuzzy cue phrases, patterns and praise words. Within a category, cues on
the same words are not counted twice; a denied sale ("ich will nichts verkaufen") cancels the
honest reading of those words. The kind with most points wins; a few rules cover what points
cannot: a concrete benefit is plain, honest content; praise with nothing else is the show;
an answer without any clear cue is vague; a reply to a rejection without pressure is
dignified. Every point is kept as
:class:`Evidence`, so a report can say *why*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from gatekeeper.dialogue.judge.fillers import FillerSpotter
from gatekeeper.dialogue.judge.matching import (
    Hit,
    PatternMatcher,
    PhraseMatcher,
    PraiseMatcher,
    WordRepair,
    make_cues,
    pattern_vocabulary,
)
from gatekeeper.dialogue.judge.normalize import Token, normalise, tokenize
from gatekeeper.dialogue.judge.packs import Pack, load_pack
from gatekeeper.dialogue.judge.rules import MOVES
from gatekeeper.dialogue.types import Evidence, Judgement
from gatekeeper.scenario.model import JudgePhrases, Kind, Language, Turn, kinds_for

NOT_THIS_SIMILARITY = 90.0
"""How close a coach's "not this" phrase must be heard for the coach phrase to be dropped."""

BENEFIT_MIN = 1.0
"""Benefit points needed for the flag: one clear benefit cue, or a hint plus a number."""

KIND_MIN = 1.0
"""Points a pitch kind needs to beat the "no clear cue" verdict (vague)."""

PRAISE_ALONE = 0.8
"""Flattery points that decide a pitch when nothing else was said: one praise word or
superlative with no honest, pretext or vague cue beside it is still the show ("it's the
most amazing product out there"), not a vague answer."""

BARE_HINT = 0.5
"""Benefit hints this weak (a bare "more", "less", "faster", "statt") only count beside
something else: a number, a cost, a named gain. On their own they are an empty promise
("More success, less stress"), however many of them are said."""

BENEFIT_AS_CONTENT = 1.5
"""Honest points for stating a concrete benefit: it answers the question plainly."""

DENSE_PRAISE = 2
"""Praise hits that make the show win over weak cues. Two compliments or superlatives beat a
mere "honestly" or "present our product", which the show says too; only a clear cue (the
sale named, a pretext, a concrete benefit) outweighs them."""

CLEAR_CUE = 2.0
"""Weight of a cue that decides an answer on its own (see the pack weights)."""

ADMITS_THE_SALE = "rule: a plain yes to 'you only want to sell me something?' admits it"

MOVE_MIN = 1.0
"""Points a move needs to be heard: one clear cue (the move rules weigh 1.5-2)."""

_MOVE_CATEGORIES = frozenset((*MOVES, "rhetorical"))

SHORT_TIME_ANSWER = 10
"""Words an answer may have to name the meeting's length without asking for it again: the
answer to "Wie lange brauchen Sie?" ("Eine Stunde, dann wissen Sie es."). A longer answer
that names a length without asking for a meeting, or names it as a saving, is talking about
something else ("das spart Ihnen eine Stunde am Tag gegenüber heute")."""

LEADS_WITH_LENGTH = 3
"""An answer whose length comes within its first words answers "how long?" whatever follows
("An hour, and then you'll know whether it's worth it for you"): the reason a trainee adds
must not turn an honest length into none."""

LONG_REJECTION_WORDS = 12
"""A reply to a flat rejection this long, with no thanks or goodbye at all, is arguing."""

# On equal points the worse habit wins: a pretext or a show is what the trainee must hear about.
_PRIORITY = {
    Kind.pretext: 0,
    Kind.flattery: 1,
    Kind.honest: 2,
    Kind.vague: 3,
    Kind.pushy: 0,
    Kind.dignified: 1,
}

_CATEGORIES = ("honest", "pretext", "flattery", "vague", "dignified", "pushy", "benefit")


class Judge:
    """Classifies one utterance. Build once per call (the matchers are precomputed); then
    :meth:`judge` is pure and takes a few milliseconds."""

    def __init__(self, language: Language, extra: JudgePhrases | None = None) -> None:
        self.language = Language(language)
        pack = load_pack(self.language)
        self._pack = pack
        extra = extra or JudgePhrases()
        self._phrases = PhraseMatcher(
            make_cues(pack.phrases, self.language),
            pack.gap_barriers,
            pack.compound_tails,
            pack.negations,
        )
        # the coach's phrases: every word counts, a negation on either side turns them off
        self._coach_not: dict[tuple[str, str], list[str]] = {}
        coach: list[tuple[str, str, float, str]] = []
        for category in _CATEGORIES:
            for entry in extra.entries(category):
                coach.append((category, entry.phrase, entry.weight, f"scenario: {category}"))
                self._coach_not[(category, entry.phrase)] = [
                    n for n in (normalise(x, self.language) for x in entry.not_this) if n
                ]
        self._coach = PhraseMatcher(
            make_cues(coach, self.language, strict=True),
            pack.gap_barriers,
            pack.compound_tails,
            pack.negations,
        )
        examples = (e for r in pack.rules if r.patterns for e in r.must_catch)
        repair = WordRepair(
            pattern_vocabulary(pack.patterns, examples, self.language), pack.sound_code
        )
        self._patterns = PatternMatcher(pack.patterns, repair)
        self._praise = PraiseMatcher(pack.praise, pack.praise_weight, self.language)
        self._spellings = pack.spellings
        self._fillers = FillerSpotter(
            self.language, (*pack.fillers, *extra.filler), pack.context_fillers
        )

    def _says_yes(self, turn: Turn, tokens: list[Token], content: list[Token]) -> bool:
        """The whole answer is a plain yes ("Ja, genau.", "Yes, you got me."), fillers and a
        form of address aside: to the suspicious "Sie wollen mir bestimmt nur etwas
        verkaufen, oder?" that admits the sale. Any other word (a "nicht", a reason, a
        story) leaves the answer to the ordinary cues."""
        if turn is not Turn.pitch:
            return False
        pack = self._pack
        kept = {id(t) for t in content}
        said_yes = after_title = False
        for t in tokens:
            if after_title:
                after_title = False
            elif t.norm in pack.yes_words:
                said_yes = True
            elif t.norm in pack.titles:
                after_title = True
            elif t.norm not in pack.yes_company and id(t) in kept:
                return False
        return said_yes

    @property
    def pack(self) -> Pack:
        return self._pack

    def _content(self, text: str) -> tuple[list[Token], list[Token], list[tuple[str, str]]]:
        tokens = [
            Token(self._spellings.get(t.norm, t.norm), t.surface)
            for t in tokenize(text, self.language)
        ]
        content, fillers = self._fillers.split(tokens)
        return tokens, content, fillers

    def raw_hits(self, text: str) -> list[Hit]:
        """Every hit of every rule on ``text``, whatever the turn, before points are counted
        (a rule's examples are checked with this)."""
        tokens, content, _ = self._content(text)
        words = [t.norm for t in content]
        said = [t.norm for t in tokens]
        kinds = [
            h
            for h in (*self._phrases.hits(words), *self._patterns.hits(words))
            if h.category not in _MOVE_CATEGORIES
        ]
        moves = [
            h
            for h in (*self._phrases.hits(said), *self._patterns.hits(said))
            if h.category in _MOVE_CATEGORIES
        ]
        return [*kinds, *moves, *self._coach_hits(tokens, content), *self._praise.hits(words)]

    def coach_hits(self, text: str) -> list[Hit]:
        """Where the scenario's own phrases are heard in ``text``."""
        tokens, content, _ = self._content(text)
        return self._coach_hits(tokens, content)

    def _coach_hits(self, tokens: list[Token], content: list[Token]) -> list[Hit]:
        """Coach phrases are heard on every word said, fillers too (a coach's "ja" counts);
        their spans are then mapped onto the content words the other hits use."""
        words = [t.norm for t in tokens]
        said = " ".join(words)
        position = {id(t): i for i, t in enumerate(content)}
        out = []
        for h in self._coach.hits(words):
            if any(
                fuzz.partial_ratio(n, said) >= NOT_THIS_SIMILARITY
                for n in self._coach_not.get((h.category, h.phrase), ())
            ):
                continue
            kept = [position[id(t)] for t in tokens[h.start : h.end] if id(t) in position]
            if kept:
                out.append(replace(h, start=min(kept), end=max(kept) + 1))
        return out

    def counted_hits(self, text: str, turn: Turn) -> list[Hit]:
        """The hits that earned points for ``text`` after ``turn`` (what --explain shows)."""
        tokens, content, _ = self._content(text)
        return self._counted(tokens, content, Turn(turn))

    def _counted(self, tokens: list[Token], content: list[Token], turn: Turn) -> list[Hit]:
        words = [t.norm for t in content]
        wanted = {k.value for k in kinds_for(turn)} | {"benefit"}
        hits = [
            h
            for h in (
                *self._phrases.hits(words),
                *self._coach_hits(tokens, content),
                *self._patterns.hits(words),
                *self._praise.hits(words),
            )
            if h.category in wanted
        ]
        return _non_overlapping(_apply_suppression(hits))

    def judge(self, text: str, turn: Turn) -> Judgement:
        turn = Turn(turn)
        tokens, content, fillers = self._content(text)
        words = [t.norm for t in content]
        kinds = kinds_for(turn)
        accepted = self._counted(tokens, content, turn)

        scores = {k.value: 0.0 for k in kinds}
        benefit_points = 0.0
        for h in accepted:
            if h.category == "benefit":
                benefit_points += h.points
            else:
                scores[h.category] += h.points
        benefit = benefit_points >= BENEFIT_MIN and any(
            h.category == "benefit" and h.weight > BARE_HINT for h in accepted
        )

        evidence = [_evidence(h, content) for h in sorted(accepted, key=lambda h: h.start)]
        if turn is Turn.rejection:
            kind, rule = _rejection_kind(scores, len(words))
        else:
            if benefit:
                scores[Kind.honest.value] += BENEFIT_AS_CONTENT
                quoted = " ".join(_quote(h, content) for h in accepted if h.category == "benefit")
                evidence.append(
                    Evidence("honest", "rule: a concrete benefit is plain talk", quoted)
                )
            kind, rule = _pitch_kind(scores)
            if rule is not None and self._says_yes(turn, tokens, content):
                kind, rule = Kind.honest, ADMITS_THE_SALE
            elif not benefit and _dense_praise(accepted):
                kind, rule = Kind.flattery, "rule: dense praise outweighs weak cues"
        if rule is not None:
            evidence.append(Evidence(kind.value, rule, " ".join(t.surface for t in content)))
        evidence += [Evidence("filler", phrase, said) for phrase, said in fillers]
        # the kinds' hits after a pitch or benefit turn are the ones the show needs: reuse them
        pitch_hits = accepted if turn is not Turn.rejection else None
        moves, move_evidence = self._moves(tokens, content, pitch_hits)
        evidence += move_evidence

        return Judgement(
            turn=turn,
            kind=kind,
            benefit=benefit,
            fillers=len(fillers),
            words=len(words),
            evidence=tuple(evidence),
            scores={k: round(v, 2) for k, v in scores.items()},
            moves=moves,
        )

    def _moves(
        self, tokens: list[Token], content: list[Token], pitch_hits: list[Hit] | None = None
    ) -> tuple[frozenset[str], list[Evidence]]:
        """The boss's moves in the answer (``packs/*/moves.py``), each with its evidence.

        Moves are heard on every word said, fillers too: "kind of", "like" and "halt" are
        fillers to the kinds but hedges to the boss. Several moves may be heard at once. A
        rhetorical question takes the question out of the words it covers; the show is also
        heard in dense praise, or praise beside a clear flattery cue (the flattery pack); an
        honest length only counts inside an appointment ask or as an answer of its own: short
        (:data:`SHORT_TIME_ANSWER`) or leading with the length (:data:`LEADS_WITH_LENGTH`)."""
        words = [t.norm for t in tokens]
        hits = [
            h
            for h in (*self._phrases.hits(words), *self._patterns.hits(words))
            if h.category in _MOVE_CATEGORIES
        ]
        hits = _non_overlapping(_apply_suppression(hits))
        points: dict[str, float] = {}
        for h in hits:
            points[h.category] = points.get(h.category, 0.0) + h.points
        heard = {m for m in MOVES if points.get(m, 0.0) >= MOVE_MIN}
        evidence = [_evidence(h, tokens) for h in hits if h.category in heard]
        praise = self._praise.hits(words)
        if "show" not in heard and praise and len(praise) < DENSE_PRAISE:
            if pitch_hits is None:
                pitch_hits = self._counted(tokens, content, Turn.pitch)
            flattery = any(h.category == "flattery" and h.weight >= CLEAR_CUE for h in pitch_hits)
        else:
            flattery = False
        if "show" not in heard and (len(praise) >= DENSE_PRAISE or (praise and flattery)):
            heard.add("show")
            evidence += [replace(_evidence(h, tokens), category="show") for h in praise]
        leads_with_length = any(
            h.category == "honest_time_ask" and h.start < LEADS_WITH_LENGTH for h in hits
        )
        answers_how_long = (
            len(words) <= SHORT_TIME_ANSWER or leads_with_length
        ) and "advantage_over_today" not in heard
        if "asks_for_appointment" not in heard and not answers_how_long:
            heard.discard("honest_time_ask")
            evidence = [e for e in evidence if e.category != "honest_time_ask"]
        return frozenset(heard), evidence


def _pitch_kind(scores: dict[str, float]) -> tuple[Kind, str | None]:
    kind = _best(scores)
    if scores[kind.value] < KIND_MIN:
        if kind is Kind.flattery and scores[kind.value] >= PRAISE_ALONE:
            return Kind.flattery, "rule: praise is all it says"
        return Kind.vague, "rule: no clear cue"
    return kind, None


def _dense_praise(hits: list[Hit]) -> bool:
    """Several praise hits and no clear honest, pretext or vague cue beside them."""
    praise = sum(h.category == Kind.flattery.value for h in hits)
    others = (Kind.honest.value, Kind.pretext.value, Kind.vague.value)
    return praise >= DENSE_PRAISE and not any(
        h.category in others and h.weight >= CLEAR_CUE for h in hits
    )


def _rejection_kind(scores: dict[str, float], words: int) -> tuple[Kind, str | None]:
    pushy, dignified = scores[Kind.pushy.value], scores[Kind.dignified.value]
    if pushy >= KIND_MIN and pushy >= dignified * 0.75:
        return Kind.pushy, None
    if dignified > 0:
        return Kind.dignified, None
    if words > LONG_REJECTION_WORDS:
        return Kind.pushy, "rule: long reply to a rejection"
    return Kind.dignified, "rule: short reply without pressure"


def _best(scores: dict[str, float]) -> Kind:
    return min((Kind(k) for k in scores), key=lambda k: (-scores[k.value], _PRIORITY[k]))


def _apply_suppression(hits: list[Hit]) -> list[Hit]:
    """Drop hits that a suppressing hit (e.g. a denied sale) covers."""
    blockers = [h for h in hits if h.suppresses]
    return [
        h for h in hits if not any(b.suppresses == h.category and b.overlaps(h) for b in blockers)
    ]


def _non_overlapping(hits: Iterable[Hit]) -> list[Hit]:
    """Per category, keep the strongest hits whose words are not already counted."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-h.points, h.start, h.end - h.start, h.phrase)):
        if not any(k.category == h.category and k.overlaps(h) for k in kept):
            kept.append(h)
    return kept


def _quote(h: Hit, content: list[Token]) -> str:
    return " ".join(t.surface for t in content[h.start : h.end])


def _evidence(h: Hit, content: list[Token]) -> Evidence:
    return Evidence(h.category, h.phrase, _quote(h, content), round(h.similarity, 1))
