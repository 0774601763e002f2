"""A coach's phrases can add cues but cannot turn a lie into honesty: every word of the
phrase must be said, a negation before, inside or just after it switches it off, and the
coach can give a weight and "not this" sentences."""

from __future__ import annotations

import pytest
from judge_data import SCENARIOS

from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.judge.coach import coach_phrase_clashes
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import CoachPhrase, JudgePhrases, Kind, Language, Turn

BUNDLED = sorted(SCENARIOS.glob("*.yaml"))
NEGATED = {
    "de": ["Nein, {p} nicht.", "nicht {p}", "{p}? Nein, das stimmt so nicht."],
    "en": ["No, not {p}.", "it is not {p}", "{p}? no, that's not it at all"],
}
UNRELATED = {
    "de": ["Das Wetter ist heute schön.", "Ich rufe wegen der Mittagspause an."],
    "en": ["The weather is nice today.", "I am calling about the lunch break."],
}


def test_the_suspicious_lie_stays_a_pretext_with_and_without_the_scenario(de: Judge) -> None:
    scenario = load_scenario(SCENARIOS / "suspicious.de.yaml")
    coached = Judge(Language.de, scenario.judge)
    for judge in (de, coached):
        assert judge.judge("Nein, das stimmt so nicht.", Turn.pitch).kind is Kind.pretext
    assert coached.judge("Ja, das stimmt.", Turn.pitch).kind is Kind.honest


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_coach_phrase_is_switched_off_by_negation(path) -> None:
    scenario = load_scenario(path)
    lang = scenario.language.value
    coached = Judge(scenario.language, scenario.judge)
    plain = Judge(scenario.language)
    for category in ("honest", "pretext", "flattery", "vague", "dignified", "pushy", "benefit"):
        for entry in scenario.judge.entries(category):
            for template in NEGATED[lang]:
                said = template.format(p=entry.phrase)
                assert coached.coach_hits(said) == [], said
                turn = Turn.rejection if category in ("dignified", "pushy") else Turn.pitch
                assert coached.judge(said, turn) == plain.judge(said, turn), said
            assert coached.coach_hits(entry.phrase), entry.phrase  # the phrase itself counts
    for said in UNRELATED[lang]:
        assert coached.coach_hits(said) == []
        assert coached.judge(said, Turn.pitch) == plain.judge(said, Turn.pitch)


def test_every_word_of_a_coach_phrase_counts() -> None:
    judge = Judge(Language.de, JudgePhrases(honest=["ja das stimmt"]))
    assert judge.coach_hits("ja das stimmt")
    assert judge.coach_hits("Das stimmt.") == []  # no "ja"
    assert judge.coach_hits("im Jahr stimmt das") == []


def test_a_coach_phrase_has_its_own_weight_and_not_this_sentences() -> None:
    strong = Judge(Language.en, JudgePhrases(vague=[CoachPhrase(phrase="the thing", weight=4.0)]))
    assert strong.judge("it is about the thing", Turn.pitch).scores["vague"] >= 3.5
    guarded = Judge(
        Language.en,
        JudgePhrases(
            honest=[CoachPhrase.model_validate({"phrase": "that's right", "not": ["all right"]})]
        ),
    )
    assert guarded.coach_hits("yes, that's right")
    assert guarded.coach_hits("that's right, all right, I'll go") == []


def test_validate_warns_when_a_coach_phrase_meets_another_categorys_example() -> None:
    phrases = JudgePhrases(pretext=["ich möchte ihrem chef"])
    clashes = coach_phrase_clashes(Language.de, phrases)
    assert clashes and all(c.rule_category != "pretext" for c in clashes)
    assert coach_phrase_clashes(Language.de, JudgePhrases(honest=["ja das stimmt"])) == []
