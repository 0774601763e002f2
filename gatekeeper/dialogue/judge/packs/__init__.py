"""Language packs: what each judgement category sounds like, per language.

A pack is data, kept in Python (not YAML) because ``gatekeeper.dialogue`` may not depend on
a YAML parser. It has three kinds of knowledge:

- **phrases**: short cue phrases in ordinary spelling, each with a weight. They are matched
  fuzzily against word windows of the utterance, so they should be the *core* of a cue
  ("als Kunden gewinnen"), not whole sentences;
- **patterns**: regular expressions over the folded utterance (umlauts as ``ae``, no
  punctuation, fillers removed) for what word lists cannot say: a denied sale, a number
  with a unit, an improvement next to a cost;
- **praise**: word prefixes whose *density* marks the show-off pitch (Typ 1), and the
  filler words that are counted and then ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gatekeeper.scenario.model import Language

# Weight of a phrase a coach adds in a scenario's ``judge:`` section: a deliberate cue, as
# strong as the pack's clearest phrases.
EXTRA_WEIGHT = 2.0


@dataclass(frozen=True)
class Pattern:
    """A regular expression over the folded, filler-free utterance."""

    category: str
    name: str
    regex: str
    weight: float
    suppresses: str | None = None  # drop hits of this category on the same words


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
    phrases: dict[str, tuple[tuple[str, float], ...]]
    patterns: tuple[Pattern, ...]
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


def load_pack(language: Language) -> Pack:
    """The built-in pack for ``language``."""
    if Language(language) is Language.de:
        from gatekeeper.dialogue.judge.packs.de import PACK
    else:
        from gatekeeper.dialogue.judge.packs.en import PACK
    return PACK
