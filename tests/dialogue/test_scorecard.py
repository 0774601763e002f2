"""Scorecard: partial credit per item, weights normalised over the items that apply, and
evidence that quotes the transcript and its times."""

from __future__ import annotations

import pytest
from dialogue_fakes import make_scenario
from scorecard_records import gk, item, me, share

from gatekeeper.dialogue.scorecard import CallFacts, score_call
from gatekeeper.dialogue.tips import BUILTIN_TIPS
from gatekeeper.dialogue.types import Evidence, Judgement, TurnRecord
from gatekeeper.scenario.model import Kind, Language, Scenario, ScoreItem, Turn

PITCH = "I would like to win your boss as a customer for our company"


def held_call(scenario: Scenario, held_until: float = 9.0) -> tuple[list[TurnRecord], CallFacts]:
    turns = [
        gk("What is it about?", 1.0, 2.0, "ask", "ask"),
        me(PITCH, 3.0, 6.0),
        gk(
            "What does Mr. Boss get out of it?",
            held_until,
            held_until + 1.5,
            "what_for",
            "what_for",
        ),
        me(
            "It cuts his maintenance costs by a fifth",
            12.0,
            14.0,
            turn=Turn.benefit,
            benefit=True,
            step="what_for",
            evidence=(Evidence("benefit", "costs", "maintenance costs"),),
        ),
    ]
    facts = CallFacts(
        pitch=1,
        shock_pause_s=3.0,
        silence_from_s=6.0,
        silence_to_s=held_until,
        trainee_broke_silence=False,
    )
    return turns, facts


def test_a_perfect_call_scores_100_with_evidence_for_each_item(scenario: Scenario):
    turns, facts = held_call(scenario)
    card = score_call(scenario, turns, facts)
    assert card.score == 100
    assert {i.item for i in card.items} == {
        ScoreItem.honesty,
        ScoreItem.brevity,
        ScoreItem.silence,
        ScoreItem.no_flattery,
        ScoreItem.no_pretext,
        ScoreItem.benefit,
        ScoreItem.fillers,
    }  # no rejection answered: no dignity item
    assert sum(i.max_points for i in card.items) == pytest.approx(100.0)
    brevity = item(card, ScoreItem.brevity).evidence
    assert brevity.startswith('"I would like to win your ...')
    assert "13 words, 3.0 s (3.0–6.0 s)" in brevity
    assert item(card, ScoreItem.silence).evidence.startswith(
        "held 3.0 s after the pitch (6.0 s → 9.0 s) until Anna spoke; goal 3.0 s"
    )
    assert '"maintenance costs"' in item(card, ScoreItem.benefit).evidence
    assert (
        'asked "What does Mr. Boss get out ..." at 9.0 s' in item(card, ScoreItem.benefit).evidence
    )


def test_weights_are_normalised_over_the_items_that_apply():
    scenario = make_scenario(scoring={"weights": {"silence": 50, "fillers": 0}})
    turns, facts = held_call(scenario)
    card = score_call(scenario, turns, facts)
    assert ScoreItem.fillers not in {i.item for i in card.items}
    # honesty 20, brevity 10, silence 50, no_flattery 10, no_pretext 10, benefit 10 = 110
    assert item(card, ScoreItem.silence).max_points == pytest.approx(100 * 50 / 110)
    assert item(card, ScoreItem.honesty).max_points == pytest.approx(100 * 20 / 110)


def test_no_pause_reached_means_no_silence_item(scenario: Scenario):
    turns = [
        gk("What is it about?", 1.0, 2.0, "ask", "ask"),
        me("No, I just want to introduce myself", 3.0, 5.0, kind=Kind.pretext),
    ]
    card = score_call(scenario, turns, CallFacts(pitch=1))
    items = {i.item for i in card.items}
    assert ScoreItem.silence not in items and ScoreItem.benefit not in items
    assert share(card, ScoreItem.honesty) == 0.0
    assert share(card, ScoreItem.no_pretext) == 0.0
    assert share(card, ScoreItem.no_flattery) == 1.0
    assert 0 < card.score < 100


def test_honesty_gives_part_credit_for_a_vague_answer(scenario: Scenario):
    turns = [me("It is about a few things", 3.0, 5.0, kind=Kind.vague)]
    card = score_call(scenario, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.honesty) == pytest.approx(0.4)
    assert "judged vague" in item(card, ScoreItem.honesty).evidence


def test_brevity_scales_down_beyond_the_targets(scenario: Scenario):
    long = " ".join(["word"] * 30)  # 30 words vs 20: word factor 0.5
    card = score_call(scenario, [me(long, 0.0, 10.0)], CallFacts(pitch=0))  # 10 s vs 8: 0.75
    assert share(card, ScoreItem.brevity) == pytest.approx((0.5 + 0.75) / 2)
    assert (
        "30 words, 10.0 s (0.0–10.0 s); target ≤ 20 words, ≤ 8.0 s"
        in item(card, ScoreItem.brevity).evidence
    )
    very_long = " ".join(["word"] * 80)
    card = score_call(scenario, [me(very_long, 0.0, 40.0)], CallFacts(pitch=0))
    assert share(card, ScoreItem.brevity) == 0.0


def test_silence_held_shorter_than_the_goal_counts_what_she_allowed(scenario: Scenario):
    turns, _ = held_call(scenario, held_until=8.2)
    facts = CallFacts(
        pitch=1,
        shock_pause_s=2.2,
        silence_from_s=6.0,
        silence_to_s=8.2,
        trainee_broke_silence=False,
    )
    assert share(score_call(scenario, turns, facts), ScoreItem.silence) == pytest.approx(1.0)


def test_breaking_the_silence_earns_what_was_held(scenario: Scenario):
    turns = [
        me(PITCH, 3.0, 6.0),
        me("Well we are a software company", 7.5, 9.0),
    ]
    facts = CallFacts(
        pitch=0, shock_pause_s=3.6, silence_from_s=6.0, silence_to_s=7.5, trainee_broke_silence=True
    )
    card = score_call(scenario, turns, facts)
    assert share(card, ScoreItem.silence) == pytest.approx(1.5 / 3.6)
    evidence = item(card, ScoreItem.silence).evidence
    assert evidence.startswith(
        'broke the silence after 1.5 s (6.0 s → 7.5 s) with "Well we are a software company"'
    )
    assert "Anna would have spoken after 3.6 s; goal 3.0 s" in evidence


def test_breaking_sooner_scores_less(scenario: Scenario):
    def silence_share(broken_at: float) -> float:
        facts = CallFacts(
            pitch=0,
            shock_pause_s=3.0,
            silence_from_s=6.0,
            silence_to_s=broken_at,
            trainee_broke_silence=True,
        )
        return share(score_call(scenario, [me(PITCH, 3.0, 6.0)], facts), ScoreItem.silence)

    assert 0 < silence_share(6.5) < silence_share(7.5) < silence_share(8.9) < 1


def test_flattery_in_one_of_two_answers_halves_no_flattery(scenario: Scenario):
    turns = [
        me(
            "What a wonderful company you have",
            3.0,
            5.0,
            kind=Kind.flattery,
            evidence=(Evidence("flattery", "wonderful company", "wonderful company"),),
        ),
        me(PITCH, 8.0, 11.0),
    ]
    card = score_call(scenario, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.no_flattery) == pytest.approx(0.5)
    assert item(card, ScoreItem.no_flattery).evidence == (
        '"What a wonderful company you have" at 3.0 s — judged flattery '
        '("wonderful company") (1 of 2 answers)'
    )


def test_a_trace_of_a_pretext_in_an_honest_answer_costs_half(scenario: Scenario):
    turns = [
        me(PITCH, 3.0, 6.0, evidence=(Evidence("pretext", "introduce myself", "introduce myself"),))
    ]
    card = score_call(scenario, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.no_pretext) == pytest.approx(0.5)
    assert "contains pretext" in item(card, ScoreItem.no_pretext).evidence


def test_benefit_named_only_earlier_gets_part_credit(scenario: Scenario):
    turns = [
        gk("What is it about?", 1.0, 2.0, "ask", "ask"),
        me(PITCH + " to cut costs", 3.0, 6.0, benefit=True),
        gk("What does Mr. Boss get out of it?", 9.0, 10.0, "what_for", "what_for"),
        me("It is good for him", 11.0, 12.0, turn=Turn.benefit, step="what_for"),
    ]
    card = score_call(scenario, turns, CallFacts(pitch=1))
    assert share(card, ScoreItem.benefit) == pytest.approx(0.5)
    assert "named one earlier" in item(card, ScoreItem.benefit).evidence


def test_benefit_asked_but_unanswered_scores_zero(scenario: Scenario):
    turns = [
        me(PITCH, 3.0, 6.0),
        gk("What does Mr. Boss get out of it?", 9.0, 10.0, "what_for", "what_for"),
    ]
    card = score_call(scenario, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.benefit) == 0.0
    assert item(card, ScoreItem.benefit).evidence.endswith("no answer")


def test_dignity_counts_dignified_answers_to_rejections(scenario: Scenario):
    turns = [
        me(PITCH, 3.0, 6.0),
        gk("We buy nothing.", 9.0, 10.0, "refuse", "refuse"),
        me("But you must listen", 11.0, 12.0, kind=Kind.pushy, turn=Turn.rejection),
        me("Thank you, goodbye", 14.0, 15.0, kind=Kind.dignified, turn=Turn.rejection),
    ]
    card = score_call(scenario, turns, CallFacts(pitch=0))
    assert share(card, ScoreItem.dignity) == pytest.approx(0.5)
    assert '"But you must listen" (11.0–12.0 s) — pushy' in item(card, ScoreItem.dignity).evidence


def test_fillers_per_minute_of_speech(scenario: Scenario):
    ok = [me("um I would like to win your boss", 0.0, 30.0, fillers=1)]  # 2/min
    card = score_call(scenario, ok, CallFacts(pitch=0))
    assert share(card, ScoreItem.fillers) == 1.0
    many = [
        me(
            "um uh I would like um to win",
            0.0,
            15.0,
            fillers=3,
            evidence=(Evidence("filler", "um", "um"), Evidence("filler", "uh", "uh")),
        )
    ]
    card = score_call(scenario, many, CallFacts(pitch=0))  # 12/min vs 4: 1 - 8/14
    assert share(card, ScoreItem.fillers) == pytest.approx(1 - 8 / 14)
    assert item(card, ScoreItem.fillers).evidence == (
        "3 fillers (um, uh) in 15.0 s of speech = 12.0/min; ok ≤ 4.0/min"
    )


def test_nothing_said_scores_zero(scenario: Scenario):
    card = score_call(scenario, [gk("What is it about?", 1.0, 2.0, "ask", "ask")], CallFacts())
    assert card.score == 0
    assert all(i.points == 0 for i in card.items)


def test_tips_in_the_scenario_language_with_overrides_and_placeholders():
    en = make_scenario(tips={"silence": "Count to three, then let {name} speak."})
    turns, facts = held_call(en)
    card = score_call(en, turns, facts)
    assert item(card, ScoreItem.silence).tip == "Count to three, then let Anna speak."
    assert item(card, ScoreItem.honesty).tip == BUILTIN_TIPS[Language.en][
        ScoreItem.honesty
    ].replace("{boss}", "Mr. Boss")
    de = make_scenario(language="de")
    card = score_call(de, turns, facts)
    assert "Wahrheit" in item(card, ScoreItem.honesty).tip
    for lang in Language:
        assert set(BUILTIN_TIPS[lang]) == set(ScoreItem)


def test_scorecard_json_rounds_points(scenario: Scenario):
    turns, facts = held_call(scenario)
    data = score_call(scenario, turns, facts).to_json()
    assert data["score"] == 100
    assert {"item", "points", "max_points", "evidence", "tip"} <= set(data["items"][0])


def _boss_says(
    text: str, start: float, end: float, moves: frozenset[str] = frozenset()
) -> TurnRecord:
    words = len(text.split())
    j = Judgement(Turn.pitch, Kind.honest, False, 0, words, (), moves=moves)
    return TurnRecord("trainee", text, start, end, "ask", judgement=j)


TWENTY_FIVE = " ".join(["word"] * 25)


@pytest.mark.parametrize(
    ("second_start", "first_moves", "one_stretch"),
    [
        (11.0, frozenset(), True),  # straight on: one stretch of 50 words, 20 s
        (14.0, frozenset(), False),  # a pause of 4 s gave him the floor
        (11.0, frozenset({"asks_about_him"}), False),  # a question to him gave him the floor
    ],
)
def test_the_show_is_talk_without_a_turn_question_or_pause_for_him(
    second_start: float, first_moves: frozenset[str], one_stretch: bool
) -> None:
    persona = {"name": "Mr. Boss", "company": "ACME", "boss": "Mr. Boss", "role": "boss"}
    boss = make_scenario(persona=persona)
    turns = [
        gk("Tell me.", 0.0, 1.0, "ask", "ask"),
        _boss_says(TWENTY_FIVE, 1.0, 10.0, first_moves),
        _boss_says(TWENTY_FIVE, second_start, second_start + 10.0),
    ]
    line = item(score_call(boss, turns, CallFacts(pitch=1)), ScoreItem.no_show)
    assert ("50 words" in line.evidence) is one_stretch
    assert (line.points < line.max_points) is one_stretch
