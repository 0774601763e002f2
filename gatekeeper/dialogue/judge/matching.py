"""Finding cue phrases, patterns and praise words in an utterance.

Speech recognition mishears ("schef" for "Chef", "sails call"), merges or splits words
("verkaufs anruf") and drops punctuation, so phrases are compared with a similarity ratio
against every window of the utterance whose length is within one word of the phrase. All
phrases that can meet a window of a given length are handed to rapidfuzz in one call, which
keeps a judgement in the low milliseconds even with a few hundred phrases.

People also pad a phrase with their own words ("ein Angebot *für Ihre Drucker* machen",
"give your boss *a* quote"), so a phrase whose words are all heard in order, with at most
a few extra words between them and no negation or clause break among those, still counts,
a little weaker (:data:`MAX_GAP`). German compounds count as their head word
("Kundenumfrage" is an "Umfrage"). Patterns are exact regular expressions, so a long word
they need that ASR got one letter wrong ("Flagsschiff") is read as the rules' own word first
(:class:`WordRepair`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from gatekeeper.dialogue.judge.normalize import normalise
from gatekeeper.dialogue.judge.packs import Pattern
from gatekeeper.scenario.model import Language


@dataclass(frozen=True)
class Hit:
    """One piece of evidence on content-token span [start, end)."""

    category: str
    phrase: str  # the cue as written, or "pattern: ..." / "praise: ..."
    start: int
    end: int
    similarity: float  # 0..100
    weight: float
    suppresses: str | None = None
    rule: str = ""  # the name of the rule (or "scenario: <category>") that made it
    heard_in_full: bool = False  # every word heard: full points whatever the similarity

    @property
    def points(self) -> float:
        if self.heard_in_full:
            return self.weight
        return self.weight * self.similarity / 100.0

    def overlaps(self, other: Hit) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Cue:
    category: str
    phrase: str
    norm: str
    size: int
    weight: float
    cutoff: float
    keywords: tuple[str, ...]  # the words that must each be heard (see _words_heard)
    rule: str = ""
    strict: bool = False  # a coach's phrase: every word counts, negation on either side


WORD_CUTOFF = 75.0
"""How close a phrase word must come to a word of the window to count as heard."""

SHORT_WORD_CUTOFF = 80.0
"""Words of four letters or fewer may gain or lose a letter ("Schef") but not change one:
"kein Problem" and "mein Problem" mean opposite things."""

SPLIT_CUTOFF = 90.0
"""How close a phrase word must come to part of the window when ASR split or merged it."""


HEARD_IN_FULL = frozenset({"honest", "benefit"})
"""Categories whose phrases count in full when every word was heard (:func:`_words_heard`),
even if ASR misheard a letter or two ("weniger Ausfaltseiten", "Kosten spannen") or, in a
phrase of four words or more, one word that is not its key: the rest of the phrase is clear,
and a benefit must not be lost to a similarity of 0.9 under a threshold of one point."""


def _same_numbers(phrase: Sequence[str], window: Sequence[str]) -> bool:
    """A number in a phrase must be heard as that number: numbers read as digits
    (``numbers.py``) differ by one character, "2 minutes" is not "5 minutes"."""
    wanted = [w for w in phrase if w.isdigit()]
    return not wanted or wanted == [w for w in window if w.isdigit()]


def _words_heard(cue: Cue, window: str) -> bool:
    """A whole-string ratio forgives a wrong *word* in a longer phrase ("boss something"
    scores 83 against "about something"). So each word of three or more letters must also be
    heard: close to one word of the window ("costumer"), or contained in the window when ASR
    split or merged it ("verkaufs anruf"). Phrases of four words or more may miss one, but
    not their longest word, which carries the meaning: "es geht um seinen Vertrag" is not
    "es geht um einen Verkauf", nor "es geht um eine offene Rechnung" "eine Sache"."""
    tokens = window.split()
    misses = 0
    key = max(cue.keywords, key=len, default="")
    for w in cue.keywords:
        cutoff = SHORT_WORD_CUTOFF if len(w) <= 4 else WORD_CUTOFF
        if max(fuzz.ratio(w, t) for t in tokens) >= cutoff:
            continue
        if cue.strict and len(w) <= 3:
            return False  # a coach's "ja" must be said, not found inside "jahr"
        if fuzz.partial_ratio(w, window) >= SPLIT_CUTOFF:
            continue
        if w == key:
            return False
        misses += 1
    return misses <= (1 if cue.size >= 4 and not cue.strict else 0)


MIN_STEM = 5
"""One-word cues at least this long also match with an inflection ending appended."""
MAX_ENDING = 3
INFLECTION_STEM = 4  # index key: first letters shared by a cue and its inflected forms
INFLECTED_SIMILARITY = 95.0


def similarity_cutoff(norm: str) -> float:
    """Short phrases must match almost exactly (one wrong letter in "privat" is another
    word); longer ones tolerate a misheard word."""
    n = len(norm)
    if n <= 4:
        return 100.0
    if n <= 8:
        return 90.0
    if n <= 14:
        return 86.0
    return 82.0


def make_cues(
    phrases: Iterable[tuple[str, str, float] | tuple[str, str, float, str]],
    language: Language,
    strict: bool = False,
) -> list[Cue]:
    """(category, phrase, weight[, rule]) -> cues, dropping phrases that fold to nothing.
    ``strict`` cues (a coach's phrases) need every word heard, short ones such as "ja" too;
    only articles may be misheard ("das is ne Frechheit")."""
    cues = []
    for category, phrase, weight, *rule in phrases:
        norm = normalise(phrase, language)
        if norm:
            words = norm.split()
            keywords = tuple(w for w in words if (w not in ARTICLES if strict else len(w) >= 3))
            cutoff = similarity_cutoff(norm)
            cues.append(
                Cue(category, phrase, norm, len(words), weight, cutoff, keywords, *rule[:1], strict)
            )
    return cues


ARTICLES = frozenset(
    ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")
    + ("a", "an", "the")
)

NEGATION_REACH = 3
"""Words before and after a coach's phrase in which a negation turns it around ("Nein, das
stimmt so nicht" is no "das stimmt")."""
CLAUSE_START = frozenset({"ich", "wir", "aber", "sondern", "und", "i", "we", "but", "and"})
SAYS_NO = frozenset({"nein", "noe", "no", "nope", "nah"})
"""A "no" beside a coach's phrase also turns it around ("Das stimmt? Nein ...")."""


MAX_GAP = 3
"""Extra words a phrase may have between its own words and still count (a gapped match)."""
GAP_SIMILARITY = 92.0
GAP_PENALTY = 3.0  # similarity lost per extra word
GAP_WORD_CUTOFF = 86.0
"""How close an utterance word must come to a phrase word in a gapped match (inflections
such as "Kunde"/"Kunden" pass, other words do not)."""
MIN_TAIL = 5
MIN_HEAD = 3
"""A compound matches a cue word as its tail when the tail has five letters or more and the
head at least three ("Telefonumfrage"; not "unkompliziert", where "un" negates)."""


class PhraseMatcher:
    """Fuzzy matching of many cue phrases against the word windows of an utterance."""

    def __init__(
        self,
        cues: Sequence[Cue],
        gap_barriers: Iterable[str] = (),
        compound_tails: bool = False,
        negations: Iterable[str] = (),
    ) -> None:
        self._cues = list(cues)
        self._barriers = frozenset(gap_barriers)
        self._negations = frozenset(negations)
        self._compounds = compound_tails
        # phrases of two words or more whose words may be spread out (gapped matches)
        self._gappable = [
            i
            for i, c in enumerate(self._cues)
            if c.size >= 2 and len(c.keywords) >= 2 and not c.strict
        ]
        self._cue_words = sorted({w for i in self._gappable for w in self._cues[i].norm.split()})
        self._tails: dict[str, list[int]] = {}
        for i, c in enumerate(self._cues):
            if c.size == 1 and len(c.norm) >= MIN_TAIL:
                self._tails.setdefault(c.norm, []).append(i)
        self._max_window = max((c.size for c in self._cues), default=0) + 1
        self._min_cutoff = min((c.cutoff for c in self._cues), default=100.0)
        # window length -> (phrase strings, indices into self._cues)
        self._by_window: dict[int, tuple[list[str], list[int]]] = {}
        # one-word cues long enough to carry an ending, by their first letters
        self._single: dict[str, list[int]] = {}
        for i, c in enumerate(self._cues):
            if c.size == 1 and len(c.norm) >= MIN_STEM:
                self._single.setdefault(c.norm[:INFLECTION_STEM], []).append(i)
        for m in range(1, self._max_window + 1):
            idx = [i for i, c in enumerate(self._cues) if abs(c.size - m) <= 1]
            self._by_window[m] = ([self._cues[i].norm for i in idx], idx)

    def hits(self, words: Sequence[str]) -> list[Hit]:
        """The best place of each phrase that matches somewhere (one hit per phrase)."""
        best: dict[int, tuple[float, int, int]] = {}
        heard: set[int] = set()  # cues matched window by window with every word checked
        for ci, start in self._inflected(words):
            best[ci] = (INFLECTED_SIMILARITY, start, start + 1)
        for m in range(1, min(self._max_window, len(words)) + 1):
            choices, idx = self._by_window[m]
            if not choices:
                continue
            for start in range(len(words) - m + 1):
                window = " ".join(words[start : start + m])
                found = process.extract(
                    window, choices, scorer=fuzz.ratio, score_cutoff=self._min_cutoff, limit=None
                )
                for _, score, j in found:
                    ci = idx[j]
                    cue = self._cues[ci]
                    if score < cue.cutoff:
                        continue
                    prev = best.get(ci)
                    # prefer a higher score, then a window of the phrase's own length
                    better = prev is None or (score, -abs(m - cue.size)) > (
                        prev[0],
                        -abs(prev[2] - prev[1] - cue.size),
                    )
                    if (
                        better
                        and _words_heard(cue, window)
                        and not self._negates(cue, window, words[max(0, start - 1) : start])
                    ):
                        best[ci] = (score, start, start + m)
                        heard.add(ci)
        for ci, found in self._gapped(words, best).items():
            best[ci] = found
            heard.discard(ci)
        if self._compounds:
            for ci, start in self._compound(words):
                best.setdefault(ci, (INFLECTED_SIMILARITY, start, start + 1))
        return [
            Hit(
                c.category,
                c.phrase,
                s,
                e,
                score,
                c.weight,
                rule=c.rule,
                heard_in_full=ci in heard and c.category in HEARD_IN_FULL,
            )
            for ci, (score, s, e) in best.items()
            for c in (self._cues[ci],)
            if not (c.strict and self._negated_around(words, s, e, c.norm.split()))
            and _same_numbers(c.norm.split(), words[s:e])
        ]

    def _negated_around(
        self, words: Sequence[str], start: int, end: int, own: Sequence[str]
    ) -> bool:
        """A negation inside a strict phrase's words, in the few words before it, or in the
        few words after it up to the next clause ("das stimmt so nicht")."""
        before = words[max(0, start - NEGATION_REACH) : start]
        after: list[str] = []
        for w in words[end : end + NEGATION_REACH]:
            if w in CLAUSE_START:
                break
            after.append(w)
        negations = self._negations | SAYS_NO | (self._barriers - CLAUSE_START - {"oder", "or"})
        inside = [w for w in words[start:end] if w not in own]
        return any(w in negations for w in (*before, *inside, *after))

    def _negates(self, cue: Cue, window: str, before: Sequence[str]) -> bool:
        """Whether the words turn the phrase around: a negation or clause break in the window
        that the phrase does not have ("kein Angebot machen" is not "ein Angebot machen"), a
        negation just before it ("nicht in Ordnung"), or an "un-" word ("unkompliziert"); and
        the other way round, an "un-" cue does not hear its positive word ("professionell" is
        not "unprofessionell")."""
        own = cue.norm.split()
        said = window.split()
        if any(w in self._barriers and w not in own for w in said):
            return True
        if any(w in self._negations for w in before) and own[0] not in self._negations:
            return True
        return any(t == "un" + w or w == "un" + t for w in own for t in said)

    def _gapped(
        self, words: Sequence[str], found: dict[int, tuple[float, int, int]]
    ) -> dict[int, tuple[float, int, int]]:
        """Phrases heard word by word, in order, with a few extra words in between."""
        if len(words) < 3:
            return {}
        heard: dict[str, list[int]] = {}
        for pos, w in enumerate(words):
            for cue_word, _, _ in process.extract(
                w, self._cue_words, scorer=fuzz.ratio, score_cutoff=GAP_WORD_CUTOFF, limit=None
            ):
                if len(cue_word) <= 4 and cue_word != w:
                    continue  # short words only exactly ("ihr" is not "ihn")
                heard.setdefault(cue_word, []).append(pos)
        out: dict[int, tuple[float, int, int]] = {}
        for ci in self._gappable:
            if ci in found:
                continue
            cue = self._cues[ci]
            cue_words = cue.norm.split()
            if not all(w in heard for w in cue.keywords):
                continue
            span = self._tightest(cue_words, heard, words)
            if span is None:
                continue
            start, end = span
            extra = (end - start) - cue.size
            if 0 < extra <= MAX_GAP:
                out[ci] = (GAP_SIMILARITY - GAP_PENALTY * (extra - 1), start, end)
        return out

    def _tightest(
        self, cue_words: Sequence[str], heard: dict[str, list[int]], words: Sequence[str]
    ) -> tuple[int, int] | None:
        """The shortest span holding the phrase's words in order (short words such as "a" or
        "zu" may be missing), with no barrier word among the extra words."""
        best: tuple[int, int] | None = None
        needed = [w for w in cue_words if w in heard or len(w) >= 3]
        if len(needed) < 2 or any(w not in heard for w in needed):
            return None
        for first in heard[needed[0]]:
            pos = first
            used = {first}
            for w in needed[1:]:
                nxt = next((p for p in heard[w] if p > pos), None)
                if nxt is None or nxt - first > len(cue_words) + MAX_GAP:
                    break
                pos = nxt
                used.add(nxt)
            else:
                between = (words[p] for p in range(first, pos + 1) if p not in used)
                if any(b in self._barriers for b in between):
                    continue
                if best is None or pos + 1 - first < best[1] - best[0]:
                    best = (first, pos + 1)
        return best

    def _compound(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """One-word cues that end a longer compound word ("Serviceanruf", "Kundenumfrage")."""
        found = []
        for start, w in enumerate(words):
            if len(w) < MIN_TAIL + MIN_HEAD:
                continue
            for cut in range(MIN_HEAD, len(w) - MIN_TAIL + 1):
                found.extend((ci, start) for ci in self._tails.get(w[cut:], ()))
        return found

    def _inflected(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """One-word cues also match their inflected forms ("privat" in "privates",
        "private" in "privately"), which a ratio on short words would reject."""
        found = []
        for start, w in enumerate(words):
            for ci in self._single.get(w[:INFLECTION_STEM], ()):
                stem = self._cues[ci].norm
                if w != stem and w.startswith(stem) and len(w) - len(stem) <= MAX_ENDING:
                    found.append((ci, start))
        return found


REPAIR_MIN_LENGTH = 6
"""Words this long that no rule knows may be heard as the known word they nearly are."""
REPAIR_CUTOFF = 85.0
"""How close a heard word must come to a known word to be read as it: one letter wrong,
missing or doubled in a word of seven or more letters ("Leuchtum", "Flagsschiff")."""
JOIN_MIN_PART = 3
"""Letters each half of a split compound needs to be joined ("Gewinn spiel"); shorter
words are articles and particles, which a compound does not split off."""
JOINED_SIMILARITY = 95.0
"""How a compound heard as two words counts: every letter heard, only the join missing (and
two words heard as one: only the space missing)."""
GLUED_MIN_REST = 4
"""Letters the word glued onto a rule's word must have to be split off ("Gespür|weiß"):
shorter rests are endings ("Angebot|s", "Kunde|n")."""
SOUND_CUTOFF = 92.0
"""How close a heard word's sound code must come to a known word's to be read as it, when
their letters are too far apart (:mod:`gatekeeper.dialogue.judge.sounds`): the same code, or
one consonant sound more or less when the longer code has seven or more ("Mutterkonsans",
62746868, for "Mutterkonzerns", 627468768). A sound changed for another passes only in codes
of thirteen or more, and a code of five matches only the same code."""
SOUND_LETTERS_FLOOR = 70.0
"""Letters a word read by its sound must still share with the known word (and its first
letter): a code is short, and words of quite different letters can share one
("Minionär" and "nominiert")."""
SOUND_MIN_CODE = 5
"""Sound codes shorter than this say too little to read a word by (a code of four digits
is shared by hundreds of words)."""


def pattern_vocabulary(
    patterns: Iterable[Pattern], examples: Iterable[str], language: Language
) -> frozenset[str]:
    """The longer words the patterns are written to hear: the plain words spelled out in
    their expressions and the words of their rules' examples (``must_catch``)."""
    words: set[str] = set()
    for p in patterns:
        plain = re.sub(r"\\[a-zA-Z]|\{[^}]*\}", " ", p.regex)
        words |= {w for w in re.findall(r"[a-z]+", plain) if len(w) >= REPAIR_MIN_LENGTH}
    for example in examples:
        words |= {w for w in normalise(example, language).split() if len(w) >= REPAIR_MIN_LENGTH}
    return frozenset(w for w in words if not w.isdigit())


class WordRepair:
    """Reads a misheard long word as the rules' own word it nearly is.

    Patterns are exact: "Leuchtum der Region" misses "Leuchtturm", "Flagsschiff" misses
    "Flaggschiff", though a listener hears the word at once. A word of
    :data:`REPAIR_MIN_LENGTH` letters or more that no rule knows, starting with the same letter
    as a known word and within :data:`REPAIR_CUTOFF` of it, is read as that word. Only long
    words: a short one changes its meaning with one letter ("kein"/"ein", "Ihnen"/"ihn").

    Whisper also writes a German compound as two words ("Gewinn spiel", "Firmen wagen",
    "Telefon Anlage"): two neighbouring words that together spell a known word are read as
    that one word (the second then reads as nothing, so the positions stay those of the
    words heard). And the other way round, it glues the next word onto a rule's word
    ("Gespürweiß"): an unknown word that starts with a known word of
    :data:`REPAIR_MIN_LENGTH` letters or more, followed by :data:`GLUED_MIN_REST` letters
    or more, is read as the two words.

    With a ``sound`` code (the pack's, :mod:`gatekeeper.dialogue.judge.sounds`), a long
    unknown word none of these reads is read as the known word that sounds like it: the same
    first letter, codes within :data:`SOUND_CUTOFF` and letters within
    :data:`SOUND_LETTERS_FLOOR`. It counts as heard as well as a word one letter off
    (:data:`REPAIR_CUTOFF`)."""

    def __init__(
        self, vocabulary: Iterable[str], sound: Callable[[str], str] | None = None
    ) -> None:
        self._known = frozenset(vocabulary)
        self._by_initial: dict[str, list[str]] = {}
        for w in sorted(self._known):
            self._by_initial.setdefault(w[0], []).append(w)
        self._sound = sound
        self._by_sound: dict[str, list[tuple[str, str]]] = {}
        if sound is not None:
            for w in sorted(self._known):
                code = sound(w)
                if len(code) >= SOUND_MIN_CODE:
                    self._by_sound.setdefault(w[0], []).append((code, w))

    def repaired(self, words: Sequence[str]) -> dict[int, tuple[str, float]]:
        """Position -> (the known word, similarity) for the words read as another."""
        out: dict[int, tuple[str, float]] = {}
        for i, w in enumerate(words):
            if len(w) < REPAIR_MIN_LENGTH or w in self._known or not w.isalpha():
                continue
            found = process.extractOne(
                w, self._by_initial.get(w[0], ()), scorer=fuzz.ratio, score_cutoff=REPAIR_CUTOFF
            )
            if found is not None:
                out[i] = (found[0], found[1])
                continue
            for cut in range(len(w) - GLUED_MIN_REST, REPAIR_MIN_LENGTH - 1, -1):
                if w[:cut] in self._known:
                    out[i] = (f"{w[:cut]} {w[cut:]}", JOINED_SIMILARITY)
                    break
            else:
                sounded = self._sounds_like(w)
                if sounded is not None:
                    out[i] = (sounded, REPAIR_CUTOFF)
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            if i in out or i + 1 in out or i - 1 in out:
                continue
            if min(len(first), len(second)) < JOIN_MIN_PART:
                continue
            joined = first + second
            if joined in self._known and first.isalpha() and second.isalpha():
                out[i] = (joined, JOINED_SIMILARITY)
                out[i + 1] = ("", JOINED_SIMILARITY)
        return out

    def _sounds_like(self, word: str) -> str | None:
        """The known word ``word`` sounds like, if one is close enough (see the class)."""
        if self._sound is None:
            return None
        code = self._sound(word)
        if len(code) < SOUND_MIN_CODE:
            return None
        best, best_score = None, 0.0
        for known_code, known in self._by_sound.get(word[0], ()):
            score = fuzz.ratio(code, known_code)
            if score < SOUND_CUTOFF or score <= best_score:
                continue
            if fuzz.ratio(word, known) >= SOUND_LETTERS_FLOOR:
                best, best_score = known, score
        return best


class PatternMatcher:
    """Regular expressions over the folded text; every non-overlapping occurrence counts.

    With a :class:`WordRepair`, the patterns are also run over the words with misheard long
    words read as the rules' own words; a hit that needs a repaired word counts as heard
    with that word's similarity (in full for honest and benefit, :data:`HEARD_IN_FULL`)."""

    def __init__(self, patterns: Iterable[Pattern], repair: WordRepair | None = None) -> None:
        self._patterns = [(p, re.compile(p.regex)) for p in patterns]
        self._repair = repair

    def hits(self, words: Sequence[str]) -> list[Hit]:
        out = self._hits(words, {})
        fixed = self._repair.repaired(words) if self._repair is not None else {}
        if fixed:
            seen = {(h.phrase, h.start, h.end) for h in out}
            repaired = [fixed[i][0] if i in fixed else w for i, w in enumerate(words)]
            more = self._hits(repaired, fixed)
            out += [h for h in more if (h.phrase, h.start, h.end) not in seen]
        return out

    def _hits(self, words: Sequence[str], fixed: dict[int, tuple[str, float]]) -> list[Hit]:
        text = " ".join(words)
        starts: list[int] = []
        pos = 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        out = []
        for pattern, rx in self._patterns:
            for m in rx.finditer(text):
                if m.end() == m.start():
                    continue
                first = _token_at(starts, m.start())
                last = _token_at(starts, m.end() - 1)
                while last + 1 < len(words) and not words[last + 1]:
                    last += 1  # the second half of a joined compound is part of the hit
                similarity = min(
                    (fixed[i][1] for i in range(first, last + 1) if i in fixed), default=100.0
                )
                if fixed and similarity == 100.0:
                    continue  # heard without any repaired word: the plain run has it
                out.append(
                    Hit(
                        pattern.category,
                        f"pattern: {pattern.name}",
                        first,
                        last + 1,
                        similarity,
                        pattern.weight,
                        pattern.suppresses,
                        pattern.rule or pattern.name,
                        heard_in_full=bool(fixed) and pattern.category in HEARD_IN_FULL,
                    )
                )
        return out


class PraiseMatcher:
    """Praise and superlative words; their density marks the show-off pitch."""

    def __init__(self, words: Iterable[str], weight: float, language: Language) -> None:
        exact: set[str] = set()
        prefixes: list[str] = []
        for w in words:
            norm = normalise(w.rstrip("*"), language)
            if norm:
                (prefixes.append if w.endswith("*") else exact.add)(norm)
        self._exact = frozenset(exact)
        self._prefixes = tuple(prefixes)
        self._weight = weight

    def hits(self, words: Sequence[str]) -> list[Hit]:
        out = []
        for i, w in enumerate(words):
            if w in self._exact or w.startswith(self._prefixes):
                out.append(
                    Hit("flattery", f"praise: {w}", i, i + 1, 100.0, self._weight, rule="praise")
                )
        return out


def _token_at(starts: Sequence[int], char: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo
