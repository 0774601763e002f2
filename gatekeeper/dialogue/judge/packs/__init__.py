"""Language packs: what each judgement category sounds like, per language.

A pack is data, kept in Python (not YAML) because ``gatekeeper.dialogue`` may not depend on
a YAML parser (see ``rules.py``). It has three kinds of knowledge:

- **rules**: the named moves of the technique, one file per category
  (``packs/de/pretext.py`` ...), each with its cue phrases and/or patterns, its weight, why
  it scores what it scores, and the examples it must and must not catch;
- **families**: named word families the rules' patterns share (``packs/de/families.py``);
- **praise**: word prefixes whose *density* marks the show-off pitch (Typ 1), and the
  filler words that are counted and then ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from gatekeeper.dialogue.judge.rules import Family, Rule, family_index, rule_regex
from gatekeeper.scenario.model import Language


@dataclass(frozen=True)
class Pattern:
    """A regular expression over the folded, filler-free utterance."""

    category: str
    name: str
    regex: str
    weight: float
    suppresses: str | None = None  # drop hits of this category on the same words
    rule: str = ""  # the rule it belongs to (its name, if empty)


@dataclass(frozen=True)
class ContextFiller:
    """A word that is a filler only in some positions ("like" in "it's like great" but
    not in "I'd like to"; "also" only at the start of a German answer)."""

    words: str
    only_at_start: bool = False
    after: frozenset[str] | None = None  # a filler only after one of these (or at start)
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pack:
    language: Language
    families: tuple[Family, ...]
    rules: tuple[Rule, ...]
    praise: tuple[str, ...]
    praise_not: frozenset[str] = frozenset()
    praise_weight: float = 0.8
    fillers: tuple[str, ...] = ()
    context_fillers: tuple[ContextFiller, ...] = field(default=())
    # words a gapped phrase match may not skip: a negation or a clause break between the
    # words of "ein Angebot ... machen" changes what was said
    gap_barriers: frozenset[str] = frozenset()
    # negation words: one just before a phrase turns it around ("nicht in Ordnung")
    negations: frozenset[str] = frozenset()
    # German builds compounds whose head is last ("Kundenumfrage" is an "Umfrage")
    compound_tails: bool = False
    # regional and colloquial spellings read as their standard word ("net" -> "nicht"), so
    # every cue and pattern also hears a Bavarian or chatty speaker
    spellings: dict[str, str] = field(default_factory=dict)
    # A plain yes to "Sie wollen mir bestimmt nur etwas verkaufen, oder?" admits the sale:
    # the honest answer the suspicious gatekeeper tests for (the liar says "Nein, ich will
    # mich nur vorstellen"). ``yes_words`` say yes; ``yes_company`` may stand beside them
    # ("da haben Sie recht", "you got me"); an answer made only of these is an admission.
    yes_words: frozenset[str] = frozenset()
    yes_company: frozenset[str] = frozenset()
    # forms of address: the word after one is a name ("ja, Frau Lorenz")
    titles: frozenset[str] = frozenset()
    # how a word sounds, as a code (``judge/sounds.py``): a long word Whisper misheard is
    # read as the rules' word that sounds like it ("Mutterkonsans" -> "mutterkonzerns")
    sound_code: Callable[[str], str] | None = None

    def __post_init__(self) -> None:
        families = family_index(self.families)
        seen: dict[str, Rule] = {}
        for r in self.rules:
            if r.name in seen:
                raise ValueError(f"rule {r.name!r} defined twice ({r.where}, {seen[r.name].where})")
            seen[r.name] = r
        object.__setattr__(self, "_families", families)
        object.__setattr__(self, "_by_name", seen)

    def rule(self, name: str) -> Rule:
        """The rule called ``name`` (KeyError if there is none)."""
        by_name: dict[str, Rule] = self._by_name  # type: ignore[attr-defined]
        return by_name[name]

    @property
    def family_by_name(self) -> dict[str, Family]:
        return dict(self._families)  # type: ignore[attr-defined]

    @property
    def phrases(self) -> list[tuple[str, str, float, str]]:
        """Every cue phrase as (category, phrase, weight, rule name)."""
        return [
            (r.category, phrase, weight, r.name)
            for r in self.rules
            for phrase, weight in r.weighted_phrases()
        ]

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        """Every rule with patterns as one regular expression (its families spelled out)."""
        families = self._families  # type: ignore[attr-defined]
        return tuple(
            Pattern(r.category, r.name, rule_regex(r, families), r.weight, r.suppresses, r.name)
            for r in self.rules
            if r.patterns
        )


def load_pack(language: Language) -> Pack:
    """The built-in pack for ``language``."""
    if Language(language) is Language.de:
        from gatekeeper.dialogue.judge.packs.de import PACK
    else:
        from gatekeeper.dialogue.judge.packs.en import PACK
    return PACK
