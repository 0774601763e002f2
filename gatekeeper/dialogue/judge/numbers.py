"""Numbers as speech recognition writes them, read into one canonical form: digits.

Whisper writes the same amount as "10 Stunden", "zehn Stunden" or "vierundzwanzig", "24
hours", "twenty-four hours" or "twenty four hours", depending on the voice and the context.
The judge's benefit rules count a concrete number beside a unit, so every spelled number
becomes its digits before matching: "vierundzwanzig Stunden" -> "24 stunden", "two hundred
and fifty dollars" -> "250 dollars". Cue phrases go through the same folding, so a pack may
write either form.

Kept as words, because they are not amounts: articles and "one" ("ein Angebot", "one of
our clients", "eins" in "Punkt eins"), and number words before a fraction ("two thirds",
"zwei Drittel"), which the packs read as fractions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gatekeeper.scenario.model import Language

if TYPE_CHECKING:
    from gatekeeper.dialogue.judge.normalize import Token

# German, folded (ä -> ae, ß -> ss)
_DE_UNITS = {
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fuenf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_DE_SMALL = {
    **{k: v for k, v in _DE_UNITS.items() if k != "ein"},
    "zwo": 2,
    "zehn": 10,
    "elf": 11,
    "zwoelf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fuenfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20,
    "dreissig": 30,
    "vierzig": 40,
    "fuenfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_DE_BELOW_100 = re.compile(
    rf"(?:(?P<unit>{'|'.join(_DE_UNITS)})und)?(?P<tens>{'|'.join(_DE_TENS)})"
)
_DE_PARTS = frozenset([*_DE_SMALL, *_DE_TENS, "ein", "und", "hundert", "tausend"])

_EN_SMALL = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000}

_FRACTIONS = frozenset(
    [
        "halb",
        "halbe",
        "halben",
        "drittel",
        "viertel",
        "fuenftel",
        "zehntel",
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "tenth",
        "tenths",
    ]
)
_MAX_WORDS = 5  # longest spelled number read across tokens ("two hundred and fifty")


def german_value(word: str) -> int | None:
    """The value of one folded German number word ("vierundzwanzig", "zweihundert",
    "eintausendfuenfhundert"), or None when it is not one (or is just "ein"/"eins")."""
    if "tausend" in word:
        head, _, tail = word.partition("tausend")
        high = 1 if head in ("", "ein") else _german_below_1000(head)
        low = 0 if not tail else _german_below_1000(tail)
        return None if high is None or low is None else high * 1000 + low
    return _german_below_1000(word)


def _german_below_1000(word: str) -> int | None:
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        high = 1 if head in ("", "ein") else _DE_SMALL.get(head)
        low = 0 if not tail else _german_below_100(tail)
        return None if high is None or low is None else high * 100 + low
    return _german_below_100(word)


def _german_below_100(word: str) -> int | None:
    if word in _DE_SMALL:
        return _DE_SMALL[word]
    m = _DE_BELOW_100.fullmatch(word)
    if m is None:
        return None
    return _DE_TENS[m["tens"]] + (_DE_UNITS[m["unit"]] if m["unit"] else 0)


def english_value(words: Sequence[str]) -> int | None:
    """The value of spelled English number words ("twenty four", "two hundred and fifty",
    "a thousand"), or None. Words must follow number grammar: "two three" is two numbers,
    not five."""
    if not words or words[-1] in ("and", "a") or list(words) == ["one"]:
        return None
    total = current = 0
    prev = None  # the kind of the previous word
    for i, w in enumerate(words):
        scale_next = i + 1 < len(words) and words[i + 1] in _EN_SCALES
        if w in ("a", "one") and scale_next and prev in (None, "and"):
            current, kind = current + 1, "unit"
        elif (w in _EN_SMALL and _EN_SMALL[w] < 10 or w == "one") and prev in (
            None,
            "tens",
            "scale",
            "and",
        ):
            current, kind = current + _EN_SMALL.get(w, 1), "unit"
        elif w in _EN_SMALL and prev in (None, "scale", "and"):
            current, kind = current + _EN_SMALL[w], "teen"
        elif w in _EN_TENS and prev in (None, "scale", "and"):
            current, kind = current + _EN_TENS[w], "tens"
        elif w in _EN_SCALES and prev in ("unit", "teen", "tens"):
            current = current * _EN_SCALES[w] if w == "hundred" else current
            if w == "thousand":
                total, current = total + current * 1000, 0
            kind = "scale"
        elif w == "and" and prev == "scale":
            kind = "and"
        else:
            return None
        prev = kind
    return total + current


def _value(words: Sequence[str], language: Language) -> int | None:
    if language == Language.de:
        if len(words) == 1:
            return german_value(words[0])
        if any(w not in _DE_PARTS for w in words) or words[0] == "und" or words[-1] == "und":
            return None
        return german_value("".join(words))
    return english_value(words)


def read_numbers(tokens: list[Token], language: Language) -> list[Token]:
    """``tokens`` with every spelled number (one word or several) replaced by one token of
    its digits; its surface keeps what was said."""
    from gatekeeper.dialogue.judge.normalize import Token

    language = Language(language)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        found = None
        for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            words = [t.norm for t in tokens[i : i + n]]
            value = _value(words, language)
            if value is None or value < 2 and n == 1:
                continue
            after = tokens[i + n].norm if i + n < len(tokens) else ""
            if after in _FRACTIONS:
                continue
            found = (n, value)
            break
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        n, value = found
        out.append(Token(str(value), " ".join(t.surface for t in tokens[i : i + n])))
        i += n
    return out
