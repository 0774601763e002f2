"""The scorecard's evidence speaks the scenario's language: a German call gets German
evidence (decimal comma, „…“ quotes, translated verdicts) with the same facts and times as
the English one; an English call keeps its English evidence word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scorecard_records import gk, item, me, share

from gatekeeper.dialogue.scorecard import CallFacts, score_call
from gatekeeper.dialogue.types import Evidence, Scorecard, TurnRecord
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Kind, Scenario, ScoreItem, Turn

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
PITCH_QUOTE = "„Ich möchte Ihren Chef gerne als …“"
QUESTION = "Und ... was hat Herr Weber davon?"
BENEFIT = "Es senkt seine Wartungskosten um ein Fünftel."
EXPLAIN = "Also, wir sind ein Softwarehaus aus Berlin und machen Wartung."
FLATTERY = "Sie haben ja ein wirklich tolles Unternehmen."
ENGLISH_DECIMAL = re.compile(r"\d\.\d")


@pytest.fixture(scope="module")
def receptionist() -> Scenario:
    return load_scenario(SCENARIOS / "standard-receptionist.de.yaml")


@pytest.fixture(scope="module")
def we_buy_nothing() -> Scenario:
    return load_scenario(SCENARIOS / "we-buy-nothing.de.yaml")


def no_english_numbers(card: Scorecard) -> None:
    for line in card.items:
        assert not ENGLISH_DECIMAL.search(line.evidence), line.evidence


def held_call() -> tuple[list[TurnRecord], CallFacts]:
    """Honest pitch 2.5–4.1 s, silence held 4.1 → 7.3 s until she asked, benefit answered."""
    turns = [
        gk("Worum geht's denn?", 1.0, 2.0, "ask_purpose", "ask_purpose"),
        me(PITCH, 2.5, 4.1, evidence=(Evidence("honest", "als Kunden gewinnen", "als Kunden"),)),
        gk(QUESTION, 7.3, 9.0, "what_for_boss", "what_for_boss"),
        me(
            BENEFIT,
            10.2,
            12.6,
            turn=Turn.benefit,
            benefit=True,
            step="what_for_boss",
            evidence=(Evidence("benefit", "Wartungskosten senken", "Wartungskosten"),),
        ),
    ]
    facts = CallFacts(
        pitch=1,
        shock_pause_s=3.2,
        silence_from_s=4.1,
        silence_to_s=7.3,
        trainee_broke_silence=False,
    )
    return turns, facts


def test_a_german_call_gets_german_evidence_for_every_item(receptionist: Scenario):
    turns, facts = held_call()
    card = score_call(receptionist, turns, facts)
    evidence = {line.item: line.evidence for line in card.items}
    assert evidence == {
        ScoreItem.honesty: f"{PITCH_QUOTE} (2,5–4,1 s) – eingestuft als ehrlich („als Kunden“)",
        ScoreItem.brevity: f"{PITCH_QUOTE} – 11 Wörter, 1,6 s (2,5–4,1 s); "
        "Ziel ≤ 20 Wörter, ≤ 8,0 s",
        ScoreItem.silence: "Stille nach dem Einstieg 3,2 s gehalten (4,1 s → 7,3 s), "
        "bis Frau Schneider sprach; Ziel 3,0 s",
        ScoreItem.no_flattery: "2 Antworten ohne Schmeichelei",
        ScoreItem.no_pretext: "2 Antworten ohne Vorwand",
        ScoreItem.benefit: "Frage „Und ... was hat Herr Weber …“ bei 7,3 s; "
        "Antwort „Es senkt seine Wartungskosten um ein …“ (10,2–12,6 s) – "
        "konkreter Nutzen („Wartungskosten“)",
        ScoreItem.fillers: "0 Füllwörter in 4,0 s Sprechzeit = 0,0/min; akzeptabel ≤ 4,0/min",
    }
    assert card.score == 100
    no_english_numbers(card)


def test_the_same_call_in_english_keeps_the_english_evidence():
    scenario = load_scenario(SCENARIOS / "standard-receptionist.en.yaml")
    turns = [
        gk("What's it about?", 1.0, 2.0, "ask_purpose", "ask_purpose"),
        me("I'd like to win your boss as a customer for our company", 2.5, 4.1),
        gk("And ... what's in it for Mr. Weber?", 7.3, 9.0, "what_for_boss", "what_for_boss"),
        me("It cuts his maintenance costs by a fifth", 10.2, 12.6, turn=Turn.benefit),
    ]
    facts = CallFacts(
        pitch=1,
        shock_pause_s=3.2,
        silence_from_s=4.1,
        silence_to_s=7.3,
        trainee_broke_silence=False,
    )
    evidence = {line.item: line.evidence for line in score_call(scenario, turns, facts).items}
    assert evidence == {
        ScoreItem.honesty: '"I\'d like to win your boss ..." (2.5–4.1 s) — judged honest',
        ScoreItem.brevity: '"I\'d like to win your boss ..." — 12 words, 1.6 s (2.5–4.1 s); '
        "target ≤ 20 words, ≤ 8.0 s",
        ScoreItem.silence: "held 3.2 s after the pitch (4.1 s → 7.3 s) until Sarah Miller "
        "spoke; goal 3.0 s",
        ScoreItem.no_flattery: "no flattery in 2 answers",
        ScoreItem.no_pretext: "no pretext in 2 answers",
        ScoreItem.benefit: 'asked "And ... what\'s in it for ..." at 7.3 s; answered '
        '"It cuts his maintenance costs by ..." (10.2–12.6 s) — no concrete benefit',
        ScoreItem.fillers: "0 fillers in 4.0 s of speech = 0.0/min; ok ≤ 4.0/min",
    }


@pytest.mark.parametrize(
    ("kind", "german"),
    [
        (Kind.honest, "ehrlich"),
        (Kind.pretext, "Vorwand"),
        (Kind.flattery, "Schmeichelei"),
        (Kind.vague, "vage"),
    ],
)
def test_honesty_names_the_verdict_in_german(receptionist: Scenario, kind: Kind, german: str):
    card = score_call(
        receptionist, [me("Es geht um Ihre Wartung", 3.0, 4.5, kind=kind)], CallFacts(pitch=0)
    )
    assert item(card, ScoreItem.honesty).evidence == (
        f"„Es geht um Ihre Wartung“ (3,0–4,5 s) – eingestuft als {german}"
    )


def test_brevity_in_german_counts_one_word_and_says_who_cut_in(receptionist: Scenario):
    card = score_call(receptionist, [me("Verkauf.", 0.0, 0.75)], CallFacts(pitch=0))
    assert item(card, ScoreItem.brevity).evidence == (
        "„Verkauf.“ – 1 Wort, 0,8 s (0,0–0,8 s); Ziel ≤ 20 Wörter, ≤ 8,0 s"
    )
    rambling = " ".join(["Wort"] * 30)
    card = score_call(
        receptionist, [me(rambling, 0.0, 10.25, interrupted=True)], CallFacts(pitch=0)
    )
    assert item(card, ScoreItem.brevity).evidence == (
        "„Wort Wort Wort Wort Wort Wort …“ – 30 Wörter, 10,2 s (0,0–10,2 s); "
        "Ziel ≤ 20 Wörter, ≤ 8,0 s; vom Vorzimmer unterbrochen"
    )


def test_breaking_the_silence_in_german(receptionist: Scenario):
    turns = [me(PITCH, 3.0, 6.0), me(EXPLAIN, 7.2, 10.0)]
    facts = CallFacts(
        pitch=0, shock_pause_s=3.6, silence_from_s=6.0, silence_to_s=7.2, trainee_broke_silence=True
    )
    card = score_call(receptionist, turns, facts)
    assert share(card, ScoreItem.silence) == pytest.approx(1.2 / 3.6)
    assert item(card, ScoreItem.silence).evidence == (
        "Stille nach 1,2 s gebrochen (6,0 s → 7,2 s) mit „Also, wir sind ein Softwarehaus "
        "aus …“; Frau Schneider hätte nach 3,6 s gesprochen; Ziel 3,0 s"
    )
    no_english_numbers(card)


def test_hung_up_during_the_silence_in_german(receptionist: Scenario):
    facts = CallFacts(
        pitch=0, shock_pause_s=3.6, silence_from_s=6.0, silence_to_s=8.5, trainee_broke_silence=None
    )
    card = score_call(receptionist, [me(PITCH, 3.0, 6.0)], facts)
    assert item(card, ScoreItem.silence).evidence == (
        "während der Stille nach 2,5 s aufgelegt (6,0 s → 8,5 s); Ziel 3,0 s"
    )


def test_flattery_judged_and_a_pretext_trace_in_german(receptionist: Scenario):
    turns = [
        me(
            FLATTERY,
            2.5,
            4.5,
            kind=Kind.flattery,
            evidence=(Evidence("flattery", "tolles Unternehmen", "tolles Unternehmen"),),
        ),
        me(
            PITCH,
            8.0,
            11.5,
            evidence=(Evidence("pretext", "nur mal vorstellen", "nur mal vorstellen"),),
        ),
    ]
    card = score_call(receptionist, turns, CallFacts(pitch=0))
    assert item(card, ScoreItem.no_flattery).evidence == (
        "„Sie haben ja ein wirklich tolles …“ bei 2,5 s – eingestuft als Schmeichelei "
        "(„tolles Unternehmen“) (1 von 2 Antworten)"
    )
    assert item(card, ScoreItem.no_pretext).evidence == (
        f"{PITCH_QUOTE} bei 8,0 s – enthält eine Spur Vorwand („nur mal vorstellen“) "
        "(1 von 2 Antworten)"
    )
    assert item(card, ScoreItem.honesty).evidence.endswith(
        "– eingestuft als Schmeichelei („tolles Unternehmen“)"
    )


def test_a_pretext_as_the_only_answer_in_german(receptionist: Scenario):
    turns = [me("Ich will mich nur mal vorstellen", 3.0, 5.0, kind=Kind.pretext)]
    card = score_call(receptionist, turns, CallFacts(pitch=0))
    assert item(card, ScoreItem.no_pretext).evidence == (
        "„Ich will mich nur mal vorstellen“ bei 3,0 s – eingestuft als Vorwand (1 von 1 Antwort)"
    )
    assert item(card, ScoreItem.no_flattery).evidence == "1 Antwort ohne Schmeichelei"


def test_benefit_named_only_earlier_in_german(receptionist: Scenario):
    turns = [
        me(PITCH + " Das senkt Kosten.", 3.0, 6.5, benefit=True),
        gk(QUESTION, 9.5, 11.0, "what_for_boss", "what_for_boss"),
        me("Das ist gut für ihn.", 12.0, 13.0, turn=Turn.benefit, step="what_for_boss"),
    ]
    card = score_call(receptionist, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.benefit) == pytest.approx(0.5)
    assert item(card, ScoreItem.benefit).evidence == (
        "Frage „Und ... was hat Herr Weber …“ bei 9,5 s; kein Nutzen in der Antwort, aber "
        f"schon vorher einen genannt: {PITCH_QUOTE} (3,0–6,5 s)"
    )


def test_benefit_missing_or_unanswered_in_german(receptionist: Scenario):
    asked = gk(QUESTION, 9.5, 11.0, "what_for_boss", "what_for_boss")
    vague = me("Das ist gut für ihn.", 12.0, 13.0, turn=Turn.benefit, step="what_for_boss")
    card = score_call(receptionist, [me(PITCH, 3.0, 6.0), asked, vague], CallFacts(pitch=0))
    assert item(card, ScoreItem.benefit).evidence == (
        "Frage „Und ... was hat Herr Weber …“ bei 9,5 s; Antwort „Das ist gut für ihn.“ "
        "(12,0–13,0 s) – kein konkreter Nutzen"
    )
    card = score_call(receptionist, [me(PITCH, 3.0, 6.0), asked], CallFacts(pitch=0))
    assert item(card, ScoreItem.benefit).evidence == (
        "Frage „Und ... was hat Herr Weber …“ bei 9,5 s; keine Antwort"
    )


def test_dignity_in_german(we_buy_nothing: Scenario):
    turns = [
        me(PITCH, 3.0, 6.0),
        gk("Wir kaufen nichts.", 9.0, 10.0, "we_buy_nothing", "we_buy_nothing"),
        me(
            "Aber Sie müssen mir doch zuhören",
            11.0,
            12.4,
            kind=Kind.pushy,
            turn=Turn.rejection,
            step="we_buy_nothing",
        ),
        me(
            "Danke trotzdem, schönen Tag noch",
            14.0,
            15.5,
            kind=Kind.dignified,
            turn=Turn.rejection,
            step="still_no",
            evidence=(Evidence("dignified", "schönen Tag", "schönen Tag"),),
        ),
    ]
    card = score_call(we_buy_nothing, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.dignity) == pytest.approx(0.5)
    assert item(card, ScoreItem.dignity).evidence == (
        "„Aber Sie müssen mir doch zuhören“ (11,0–12,4 s) – aufdringlich; "
        "„Danke trotzdem, schönen Tag noch“ (14,0–15,5 s) – würdevoll („schönen Tag“)"
    )
    assert item(card, ScoreItem.dignity).tip.startswith("Bedanken Sie sich")
    no_english_numbers(card)


def test_fillers_in_german_with_decimal_comma_and_singular(receptionist: Scenario):
    many = me(
        "ähm also ich möchte äh Ihren Chef ähm gewinnen",
        0.0,
        15.0,
        fillers=3,
        evidence=(
            Evidence("filler", "ähm", "Ähm"),
            Evidence("filler", "äh", "äh"),
            Evidence("filler", "ähm", "ähm"),
        ),
    )
    card = score_call(receptionist, [many], CallFacts(pitch=0))
    assert share(card, ScoreItem.fillers) == pytest.approx(1 - 8 / 14)
    assert item(card, ScoreItem.fillers).evidence == (
        "3 Füllwörter (ähm, äh) in 15,0 s Sprechzeit = 12,0/min; akzeptabel ≤ 4,0/min"
    )
    one = me("ähm ich möchte Ihren Chef gewinnen", 0.0, 40.0, fillers=1)
    card = score_call(receptionist, [one], CallFacts(pitch=0))
    assert item(card, ScoreItem.fillers).evidence == (
        "1 Füllwort in 40,0 s Sprechzeit = 1,5/min; akzeptabel ≤ 4,0/min"
    )


def test_nothing_said_in_german(receptionist: Scenario):
    card = score_call(
        receptionist,
        [gk("Worum geht's denn?", 1.0, 2.0, "ask_purpose", "ask_purpose")],
        CallFacts(),
    )
    evidence = {line.item: line.evidence for line in card.items}
    assert evidence[ScoreItem.honesty] == "keine Antwort auf die Frage, worum es geht"
    assert evidence[ScoreItem.brevity] == "kein Einstieg"
    assert evidence[ScoreItem.no_flattery] == evidence[ScoreItem.fillers] == "nichts gesagt"
