"""Turn typed text or speech-recognition output into comparable tokens.

The judge sees both "Ich möchte Ihren Chef gerne als Kunden gewinnen!" (typed) and
"ich möchte ihren chef gerne als kunden gewinnen" (ASR), sometimes "moechte" or "20%".
Everything is compared after the same folding, so the language packs can be written in
ordinary spelling and still meet any of these forms:

- lower case, Unicode NFKC (so ligatures and full-width digits behave);
- German umlauts fold to their two-letter spelling (ä -> ae, ß -> ss) because that is the
  standard ASCII transcription, so typed "Gruesse" and heard "Grüße" become equal; a
  transcript that drops the umlaut entirely ("mochte") is one edit away, which the fuzzy
  matcher tolerates;
- apostrophes vanish ("I'd" -> "id", "it's" -> "its"): ASR writes them inconsistently;
- hyphens and slashes separate words ("once-in-a-lifetime", "IT-Dienstleister");
- "%", "€", "$" become words so "20%" and "zwanzig Prozent" share a unit token;
- spelled numbers become digits ("vierundzwanzig", "twenty-four" -> "24"), however ASR
  wrote them (:mod:`gatekeeper.dialogue.judge.numbers`).

Each token keeps its surface form so evidence can quote what the trainee actually said.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from gatekeeper.dialogue.judge.numbers import read_numbers
from gatekeeper.scenario.model import Language

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "`": "'"})

_UNIT_WORDS: dict[Language, dict[str, str]] = {
    Language.de: {"%": "prozent", "€": "euro", "$": "dollar"},
    Language.en: {"%": "percent", "€": "euros", "$": "dollars"},
}

# A word is letters/digits with inner apostrophes or decimal separators; units are words.
_TOKEN = re.compile(r"[%€$]|[^\W_]+(?:['.,][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """One word of an utterance: ``norm`` for matching, ``surface`` for quoting."""

    norm: str
    surface: str


def fold(text: str) -> str:
    """Lower-case, NFKC and umlaut folding of a piece of text (no tokenising)."""
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


def tokenize(text: str, language: Language) -> list[Token]:
    """Split ``text`` into folded tokens, each remembering how it was written."""
    units = _UNIT_WORDS[Language(language)]
    tokens: list[Token] = []
    for m in _TOKEN.finditer(unicodedata.normalize("NFKC", text).replace("’", "'")):
        surface = m.group(0)
        if surface in units:
            tokens.append(Token(units[surface], surface))
            continue
        norm = fold(surface).replace("'", "")
        if not any(c.isdigit() for c in norm):
            norm = norm.replace(".", "").replace(",", "")
        if norm:
            tokens.append(Token(norm, surface))
    return read_numbers(tokens, language)


def normalise(text: str, language: Language) -> str:
    """The folded words of ``text`` joined by single spaces (how phrases are compared)."""
    return " ".join(t.norm for t in tokenize(text, language))
