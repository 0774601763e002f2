"""Normalisation and filler spotting: typed text and ASR output must meet the same phrases."""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.judge.normalize import fold, normalise, tokenize
from gatekeeper.scenario.model import Language, Turn


def test_umlauts_and_sharp_s_fold_to_their_ascii_spelling() -> None:
    assert fold("Grüße, Größe, Äpfel, Öl") == "gruesse, groesse, aepfel, oel"
    assert normalise("Ich möchte", Language.de) == normalise("ich moechte", Language.de)
    assert normalise("Straße", Language.de) == "strasse"


def test_punctuation_case_and_apostrophes_disappear() -> None:
    assert normalise("I'd like to win your boss, honestly!", Language.en) == (
        "id like to win your boss honestly"
    )
    assert normalise("It’s a sales call.", Language.en) == "its a sales call"
    assert normalise("Mr. Miller", Language.en) == "mr miller"


def test_hyphens_split_and_units_become_words() -> None:
    assert normalise("once-in-a-lifetime", Language.en) == "once in a lifetime"
    assert normalise("IT-Dienstleister", Language.de) == "it dienstleister"
    assert normalise("20% günstiger, 300 €", Language.de) == "20 prozent guenstiger 300 euro"
    assert normalise("by 12%", Language.en) == "by 12 percent"
    assert normalise("1,5 Stunden", Language.de) == "1,5 stunden"


def test_tokens_remember_how_they_were_written() -> None:
    tokens = tokenize("Ihren Schef, 15%!", Language.de)
    assert [t.surface for t in tokens] == ["Ihren", "Schef", "15", "%"]
    assert [t.norm for t in tokens] == ["ihren", "schef", "15", "prozent"]


def test_full_width_and_compatibility_forms_are_normalised() -> None:
    assert normalise("ＡＢＣ １２", Language.en) == "abc 12"


def test_empty_and_punctuation_only_text() -> None:
    assert tokenize("", Language.de) == []
    assert tokenize(" ... !? – ", Language.en) == []


@pytest.mark.parametrize(
    ("text", "fillers", "words"),
    [
        ("äh ich möchte ähm ihren chef halt als kunden gewinnen", 3, 7),
        ("Also, ich möchte Ihren Chef sozusagen als Kunden gewinnen", 2, 7),
        ("hm öh quasi", 3, 0),
        ("na ja es geht um eine sache", 1, 5),
    ],
)
def test_german_fillers_are_counted_and_excluded_from_words(
    de: Judge, text: str, fillers: int, words: int
) -> None:
    j = de.judge(text, Turn.pitch)
    assert (j.fillers, j.words) == (fillers, words)


def test_german_also_is_a_filler_only_at_the_start(de: Judge) -> None:
    assert de.judge("also ich will verkaufen", Turn.pitch).fillers == 1
    assert de.judge("ich will also verkaufen", Turn.pitch).fillers == 0
    assert de.judge("äh also ich will verkaufen", Turn.pitch).fillers == 2


def test_german_er_and_eigentlich_are_words_not_fillers(de: Judge) -> None:
    j = de.judge("er hat mich eigentlich gebeten anzurufen", Turn.pitch)
    assert (j.fillers, j.words) == (0, 6)


@pytest.mark.parametrize(
    ("text", "fillers"),
    [
        ("um I'd like to uh win your boss as a customer", 2),
        ("I'd like to win your boss as a customer", 0),  # "like" is the verb here
        ("it's like the best offer you know", 2),
        ("do you know what this is about", 0),
        ("a firm like yours", 0),
        ("what kind of company is this", 0),
        ("it's kind of basically a sales call", 2),
        ("er so it's erm personal", 2),
    ],
)
def test_english_fillers_depend_on_context(en: Judge, text: str, fillers: int) -> None:
    assert en.judge(text, Turn.pitch).fillers == fillers


def test_fillers_appear_as_evidence_with_what_was_said(de: Judge) -> None:
    j = de.judge("Äh, ich möchte ÄHM Ihren Chef als Kunden gewinnen", Turn.pitch)
    fillers = [(e.phrase, e.matched) for e in j.evidence if e.category == "filler"]
    assert fillers == [("äh", "Äh"), ("ähm", "ÄHM")]
