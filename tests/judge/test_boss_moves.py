"""The moves the boss listens for: several per answer, each with its evidence."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gatekeeper.corpus import CorpusError, split_of
from gatekeeper.corpus.moves import (
    LABELS,
    default_moves_path,
    evaluate_moves,
    judge_hears,
    load_moves,
)
from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Turn


def moves(judge: Judge, text: str, turn: Turn = Turn.pitch) -> frozenset[str]:
    return judge.judge(text, turn).moves


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Wie lösen Sie das heute mit den Ersatzteilen?", {"asks_about_him"}),
        ("de", "Wer will nicht Geld sparen?", set()),
        (
            "de",
            "Hätten Sie nächste Woche eine Stunde für mich?",
            {"asks_for_appointment", "honest_time_ask"},
        ),
        ("de", "Nur fünf Minuten, nächste Woche?", {"asks_for_appointment", "hedge"}),
        ("de", "Statt drei Tagen warten Ihre Kunden nur noch einen.", {"advantage_over_today"}),
        ("de", "Sie müssen das machen, da gibt es nichts zu überlegen.", {"pressure"}),
        ("de", "Sie müssen sich nicht sofort entscheiden.", set()),
        ("de", "Wir sind Marktführer mit der besten Lösung am Markt.", {"show"}),
        ("en", "How do you handle spare parts today?", {"asks_about_him"}),
        ("en", "Who doesn't want to save money?", set()),
        ("en", "Would you have an hour next week?", {"asks_for_appointment", "honest_time_ask"}),
        (
            "en",
            "I was just wondering if maybe you'd have five minutes.",
            {"asks_for_appointment", "hedge"},
        ),
        ("en", "You'd pay half of what you pay now.", {"advantage_over_today"}),
        ("en", "You need this, there's no reason to say no.", {"pressure"}),
        ("en", "You don't have to decide today.", set()),
        ("en", "We're the market leader with an award-winning platform.", {"show"}),
    ],
)
def test_each_move_is_heard_and_its_near_miss_is_not(
    judges, lang: str, text: str, expected: set[str]
) -> None:
    assert moves(judges[lang], text) == expected


def test_an_honest_length_without_an_appointment_ask_is_no_time_ask(de: Judge) -> None:
    heard = moves(de, "Das spart Ihren Leuten eine Stunde pro Tag gegenüber heute.")
    assert "honest_time_ask" not in heard and "asks_for_appointment" not in heard
    assert "advantage_over_today" in heard


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An hour, and then you'll know whether it's worth it for you."),
        ("en", "About an hour, then you will know if it really pays off for your firm."),
        ("de", "Eine Stunde, und dann wissen Sie genau, ob es sich für Ihre Firma wirklich lohnt."),
    ],
)
def test_an_answer_that_leads_with_its_length_names_it_however_long_the_reason(
    judges, lang: str, text: str
) -> None:
    assert "honest_time_ask" in moves(judges[lang], text)


def test_a_length_deep_in_a_long_answer_without_an_ask_is_no_time_ask(en: Judge) -> None:
    heard = moves(en, "Our engineers looked at plants like yours: they lose an hour a day.")
    assert "honest_time_ask" not in heard


def test_hedges_are_heard_in_words_the_kinds_treat_as_fillers(en: Judge) -> None:
    j = en.judge("well I guess we could kind of save you a bit", Turn.benefit)
    assert "hedge" in j.moves
    assert any(e.category == "hedge" for e in j.evidence)


def test_every_move_names_its_rule_and_words_as_evidence(de: Judge) -> None:
    j = de.judge(
        "Ich wollte nur mal fragen: wie viele Fahrzeuge haben Sie? Hätten Sie Dienstag Zeit?",
        Turn.pitch,
    )
    assert j.moves == {"hedge", "asks_about_him", "asks_for_appointment"}
    by_move = {e.category: e for e in j.evidence if e.category in j.moves}
    assert set(by_move) == set(j.moves)
    assert all(e.matched for e in by_move.values())
    assert j.to_json()["moves"] == sorted(j.moves)


def test_the_lie_to_the_boss_is_the_pretext_verdict(judges) -> None:
    hears = judge_hears(judges["de"])
    assert "lie" in hears("Nein, ich will mich nur mal bei Ihnen vorstellen!", Turn.pitch)
    assert "lie" not in hears("Ja, ich will Ihnen etwas verkaufen.", Turn.pitch)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_blind_boss_set_is_labelled_for_every_move(lang: str) -> None:
    corpus = load_moves(default_moves_path(lang))
    assert len(corpus.items) >= 200
    for move in LABELS:
        with_move = sum(item.has(move) for item in corpus.items)
        assert with_move >= 35, (move, with_move)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_moves_are_heard_on_the_tune_split(judges, lang: str) -> None:
    """A regression guard on the part the rules were tuned on; the held-out figures are
    printed by ``gatekeeper judge --eval --language LANG --split hold``."""
    corpus = load_moves(default_moves_path(lang))
    tune = [i for i in corpus.items if i.split == "tune"]
    scores = evaluate_moves(judge_hears(judges[lang]), tune).to_json()["moves"]["all"]
    low = {m: s["accuracy"] for m, s in scores.items() if s["accuracy"] < 0.93}
    assert low == {}


def test_eval_prints_the_moves_beside_the_kinds(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", "judge", "--eval", "--language", "en", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    payload = json.loads(out.stdout)
    assert set(payload["boss_moves"]["per_move"]) == set(LABELS)
    # each blind set on its own too ("(asr-style)" items count with the set they were written in)
    sets = payload["boss_moves"]["per_set"]
    assert set(sets) == {"blind boss set 1", "blind boss set 2"}
    assert sum(s["lie"]["items"] for s in sets.values()) == payload["boss_moves"]["items"]
    human = subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", "judge", "--eval", str(default_moves_path("de"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "answers to the boss" in human and "asks_about_him" in human
    assert "blind boss set 2" in human


def test_an_item_written_after_the_tuning_is_kept_aside_whole(tmp_path, judges) -> None:
    """An item marked ``split: hold`` stays out of the tune split whatever its text hashes
    to, and an answer to "Und wie lange brauchen Sie?" is judged as a pitch."""
    text = "Eine Stunde."
    assert split_of(text) == "tune"
    path = tmp_path / "moves_de.yaml"
    path.write_text(
        "language: de\nitems:\n"
        f"  - {{answers: how_long, text: '{text}', moves: [honest_time_ask],"
        " source: 'set 2', split: hold}\n"
        f"  - {{answers: how_long, text: '{text} Wirklich.', moves: [honest_time_ask],"
        " source: 'set 1'}\n",
        encoding="utf-8",
    )
    corpus = load_moves(path)
    assert [i.split for i in corpus.items] == ["hold", split_of(f"{text} Wirklich.")]
    assert corpus.items[0].answers.turn is Turn.pitch
    scores = evaluate_moves(judge_hears(judges["de"]), corpus.items).to_json()["moves"]
    assert scores["hold"]["honest_time_ask"]["tp"] == 1


def test_a_split_other_than_tune_or_hold_is_a_one_line_error(tmp_path) -> None:
    path = tmp_path / "moves_en.yaml"
    path.write_text(
        "language: en\nitems:\n"
        "  - {answers: how_long, text: 'An hour.', moves: [honest_time_ask],"
        " source: 'set 2', split: later}\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"items\.0\.split") as e:
        load_moves(path)
    assert "\n" not in str(e.value)
