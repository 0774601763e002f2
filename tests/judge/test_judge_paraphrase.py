"""The general matching rules that let the judge meet phrasing its packs do not spell out:
gapped phrases, compound words, negations, praise on its own, sarcasm and pressure."""

from __future__ import annotations

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


def _phrases(j, category: str) -> set[str]:
    return {e.phrase for e in j.evidence if e.category == category}


def test_a_phrase_padded_with_extra_words_still_counts(de: Judge, en: Judge) -> None:
    j = de.judge("ich würde Ihnen gern ein Angebot für die Wartung Ihrer Anlage machen", Turn.pitch)
    assert j.kind is Kind.honest
    j = en.judge("we'd like to send your office manager an offer", Turn.pitch)
    assert "send you an offer" not in _phrases(j, "honest")  # "your office manager" is no "you"
    j = en.judge("i'm hoping to win your whole company as a client", Turn.pitch)
    assert j.kind is Kind.honest


def test_a_gap_may_not_hide_a_negation(de: Judge) -> None:
    j = de.judge("ein Angebot will ich Ihnen nicht machen, nur mal vorstellen", Turn.pitch)
    assert "ein Angebot machen" not in _phrases(j, "honest")
    assert j.kind is Kind.pretext


def test_a_negation_turns_a_phrase_around(de: Judge, en: Judge) -> None:
    assert "in Ordnung" not in _phrases(
        de.judge("das ist nicht in Ordnung", Turn.rejection), "dignified"
    )
    assert "kein Problem" not in _phrases(
        de.judge("das ist ja dann mein Problem", Turn.rejection), "dignified"
    )
    assert "fair enough" not in _phrases(
        en.judge("that's not fair enough", Turn.rejection), "dignified"
    )
    assert de.judge("das ist ganz unkompliziert", Turn.pitch).kind is Kind.vague


def test_german_compounds_count_as_their_head_word(de: Judge) -> None:
    j = de.judge("wir machen gerade eine Telefonumfrage", Turn.pitch)
    assert j.kind is Kind.pretext
    assert any(e.phrase == "Umfrage" and e.matched == "Telefonumfrage" for e in j.evidence)


def test_praise_alone_is_the_show_not_a_vague_answer(de: Judge, en: Judge) -> None:
    j = en.judge("it's the most amazing thing you'll ever hear", Turn.pitch)
    assert j.kind is Kind.flattery
    assert de.judge("einfach phänomenal was wir da haben", Turn.pitch).kind is Kind.flattery
    assert de.judge("es geht um eine Sache", Turn.pitch).kind is Kind.vague


def test_sarcastic_thanks_are_not_dignified(de: Judge, en: Judge) -> None:
    j = de.judge("ja danke auch für nichts", Turn.rejection)
    assert j.kind is Kind.pushy and not _phrases(j, "dignified")
    assert en.judge("well thanks for nothing then", Turn.rejection).kind is Kind.pushy


def test_calling_again_soon_is_pressure_but_not_when_denied(de: Judge, en: Judge) -> None:
    assert de.judge("dann probier ich es morgen wieder", Turn.rejection).kind is Kind.pushy
    j = de.judge("gut dann rufe ich morgen nicht wieder an, schönen Tag", Turn.rejection)
    assert j.kind is Kind.dignified
    assert en.judge("fine i'll call again tomorrow and the day after", Turn.rejection).kind is (
        Kind.pushy
    )


def test_an_invented_relationship_is_a_pretext(de: Judge, en: Judge) -> None:
    assert de.judge("ich rufe wegen Ihrer Kundennummer an", Turn.pitch).kind is Kind.pretext
    assert en.judge("it's regarding your subscription", Turn.pitch).kind is Kind.pretext
    assert en.judge("i ran into your director at a conference", Turn.pitch).kind is Kind.pretext
    # an "outstanding" bill is no praise
    j = en.judge("about the outstanding balance", Turn.pitch)
    assert j.kind is Kind.pretext and not _phrases(j, "flattery")


def test_a_short_answer_that_just_offers_is_honest(en: Judge, de: Judge) -> None:
    assert en.judge("frankly an offer for your fleet", Turn.benefit).kind is Kind.honest
    assert de.judge("ein kostenloses Angebot für Ihre Heizung", Turn.pitch).kind is Kind.honest
