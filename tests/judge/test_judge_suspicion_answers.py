"""A plain yes or no to the suspicious "Sie wollen mir bestimmt nur etwas verkaufen, oder?".

The blog's liar (Typ 2) answers that question with "Nein, ich will mich nur vorstellen"; the
honest caller simply says yes. Such answers carry no cue phrase at all ("Ja, genau.", "Of
course not."), so they are decided by two small rules: an answer made only of yes-words is an
admission (honest), a bare denial is the lie (pretext). Anything with more content is left to
the ordinary cues, and only the pitch turn is affected.
"""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Language, Turn


@pytest.fixture(scope="module")
def judges() -> dict[str, Judge]:
    return {lang.value: Judge(lang) for lang in Language}


ADMISSIONS = {
    "de": [
        "Ja.",
        "Ja, genau.",
        "ja richtig das stimmt",
        "Erwischt!",
        "ertappt, ja",
        "Ja, da haben Sie recht, Frau Lorenz.",
        "Ja, ehrlich gesagt schon.",
        "äh ja klar",
        "Jawohl.",
        "Zugegeben, ja.",
        "Das stimmt, ja.",
    ],
    "en": [
        "Yes.",
        "Yes, exactly.",
        "yeah that's right",
        "Guilty as charged.",
        "You're right, I do.",
        "Well, honestly, yes.",
        "Yes, Mrs Lorenz, you got me.",
        "um yeah pretty much",
        "Absolutely, yes.",
        "That's true.",
        "Yep, fair enough.",
    ],
}

DENIALS = {
    "de": [
        "Nein.",
        "Natürlich nicht.",
        "Nicht wirklich.",
        "Keineswegs.",
        "Auf keinen Fall.",
        "Wo denken Sie hin!",
        "Um Gottes willen.",
        "ach was",
        "aber nein, gar nicht",
    ],
    "en": [
        "No.",
        "Of course not.",
        "Not really.",
        "Absolutely not.",
        "Not at all.",
        "Oh god no.",
        "Nope.",
        "By no means.",
        "certainly not",
    ],
}

# Guards: a yes with content, a question, or a yes in another turn is not an admission.
NOT_ADMISSIONS = [
    ("de", Turn.pitch, "Ja, hallo, ich wollte mit Herrn Brandt sprechen.", Kind.vague),
    ("de", Turn.pitch, "ja also es geht um eine sache", Kind.vague),
    ("de", Turn.pitch, "Ähm.", Kind.vague),
    ("de", Turn.pitch, "Ja, nein, also das ist kompliziert.", Kind.vague),
    ("en", Turn.pitch, "Yes, hello, I'd like to speak to Mr Brandt.", Kind.vague),
    ("en", Turn.pitch, "Um.", Kind.vague),
    ("en", Turn.pitch, "Yeah so it's about a business matter.", Kind.vague),
    ("de", Turn.benefit, "Ja, genau.", Kind.vague),
    ("en", Turn.benefit, "Yes, exactly.", Kind.vague),
]


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in ADMISSIONS.items() for text in texts]
)
def test_a_plain_yes_admits_the_sale(judges: dict[str, Judge], lang: str, text: str) -> None:
    j = judges[lang].judge(text, Turn.pitch)
    assert j.kind is Kind.honest, (text, j.evidence)
    assert any("plain yes" in e.phrase for e in j.evidence)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in DENIALS.items() for text in texts]
)
def test_a_bare_no_is_the_lie(judges: dict[str, Judge], lang: str, text: str) -> None:
    j = judges[lang].judge(text, Turn.pitch)
    assert j.kind is Kind.pretext, (text, j.evidence)


@pytest.mark.parametrize(("lang", "turn", "text", "kind"), NOT_ADMISSIONS)
def test_yes_with_content_or_in_another_turn_is_not_an_admission(
    judges: dict[str, Judge], lang: str, turn: Turn, text: str, kind: Kind
) -> None:
    j = judges[lang].judge(text, turn)
    assert j.kind is kind, (text, j.evidence)
    assert not any("plain yes" in e.phrase for e in j.evidence)


def test_a_yes_in_reply_to_a_rejection_stays_dignified(judges: dict[str, Judge]) -> None:
    assert judges["de"].judge("Ja, verstehe.", Turn.rejection).kind is Kind.dignified
    assert judges["en"].judge("Yes, I understand.", Turn.rejection).kind is Kind.dignified
