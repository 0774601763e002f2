"""How a word sounds, as a code: two spellings that sound alike get close codes.

Whisper writes a word it half heard the way it sounded: "Mutterkonsans" for
"Mutterkonzerns", "Kustoma" for "Customer". Letter by letter these are too far apart for
:data:`~gatekeeper.dialogue.judge.matching.REPAIR_CUTOFF`, but said aloud they are the same
word. :func:`koelner_phonetik` is the Kölner Phonetik (Postel, 1969), the German
counterpart of Soundex: letters that sound alike share a digit ("z" and "s", "c" and "k",
"d" and "t", "v", "w" and "f"), vowels count only at the start, "h" not at all, and a digit
repeated is written once. The code keeps every consonant, so it stays long enough to tell
words apart (Soundex cuts after four). How close two codes must be, and how long, is the
rule of :class:`~gatekeeper.dialogue.judge.matching.WordRepair`: the four sounds of
"Kustoma" below are too few to read a word by.

    >>> koelner_phonetik("Mutterkonzerns"), koelner_phonetik("Mutterkonsans")
    ('627468768', '62746868')
    >>> koelner_phonetik("Customer"), koelner_phonetik("Kustoma")
    ('48267', '4826')
"""

from __future__ import annotations

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})
_VOWELS = frozenset("aeijouy")
_C_HARD_AT_START = frozenset("ahkloqrux")
_C_HARD_INSIDE = frozenset("ahkoqux")


def _digit(word: str, i: int) -> str:
    """The Kölner Phonetik digit(s) of ``word[i]``, which depend on its neighbours."""
    c = word[i]
    before = word[i - 1] if i else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if c in _VOWELS:
        return "0"
    if c == "b":
        return "1"
    if c == "p":
        return "3" if after == "h" else "1"
    if c in "dt":
        return "8" if after in ("c", "s", "z") and after else "2"
    if c in "fvw":
        return "3"
    if c in "gkq":
        return "4"
    if c == "c":
        if i == 0:
            return "4" if after in _C_HARD_AT_START and after else "8"
        hard = after in _C_HARD_INSIDE and after and before not in ("s", "z")
        return "4" if hard else "8"
    if c == "x":
        return "8" if before in ("c", "k", "q") and before else "48"
    if c == "l":
        return "5"
    if c in "mn":
        return "6"
    if c == "r":
        return "7"
    if c in "sz":
        return "8"
    return ""  # h, and anything that is not a letter of the German alphabet


def koelner_phonetik(word: str) -> str:
    """The word's Kölner Phonetik code: digits, repeats collapsed, inner vowels dropped."""
    w = "".join(c for c in word.lower().translate(_FOLD) if c.isalpha())
    digits = "".join(_digit(w, i) for i in range(len(w)))
    collapsed = [d for n, d in enumerate(digits) if n == 0 or d != digits[n - 1]]
    return "".join(d for n, d in enumerate(collapsed) if d != "0" or n == 0)
