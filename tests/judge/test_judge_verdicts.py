"""What the judge decides and how it explains itself."""

from __future__ import annotations

import pytest
from judge_data import SCENARIOS

from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.types import Judgement
from gatekeeper.scenario.model import JudgePhrases, Kind, Language, Turn


def _categories(j: Judgement) -> set[str]:
    return {e.category for e in j.evidence}


def test_the_blog_answer_is_honest_with_evidence(de: Judge) -> None:
    j = de.judge(
        "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen!", Turn.pitch
    )
    assert j.kind is Kind.honest
    assert not j.benefit
    honest = [e for e in j.evidence if e.category == "honest"]
    assert honest, j.evidence
    # evidence quotes the trainee's own words (case kept), from the pack phrase
    assert any("Kunden" in e.matched and "gewinnen" in e.matched for e in honest)
    assert all(0 < e.score <= 100 for e in j.evidence)
    assert set(j.scores) == {"honest", "pretext", "flattery", "vague"}
    assert j.scores["honest"] > max(j.scores["pretext"], j.scores["flattery"], j.scores["vague"])


def test_asr_form_matches_like_the_typed_form(de: Judge) -> None:
    typed = de.judge("Ich möchte Ihren Chef gerne als Kunden gewinnen.", Turn.pitch)
    heard = de.judge("äh ich möchte ihren schef ähm gerne als kundn gewinnen", Turn.pitch)
    assert typed.kind is heard.kind is Kind.honest
    assert heard.fillers == 2
    assert any(e.score < 100 for e in heard.evidence if e.category == "honest")


def test_denied_sale_is_pretext_and_cancels_the_honest_reading(de: Judge, en: Judge) -> None:
    j = de.judge("Nein, ich will Ihnen gar nichts verkaufen, nur kurz vorstellen.", Turn.pitch)
    assert j.kind is Kind.pretext
    assert any(e.phrase == "pattern: denies selling" for e in j.evidence)
    assert not any("verkaufen" in e.matched for e in j.evidence if e.category == "honest")
    j = en.judge("don't worry, I'm not trying to sell you anything", Turn.pitch)
    assert j.kind is Kind.pretext
    assert j.scores["honest"] == 0


def test_selling_after_a_separate_negative_clause_stays_honest(de: Judge, en: Judge) -> None:
    assert (
        de.judge("Ich will Sie nicht anlügen, ich will Ihnen etwas verkaufen.", Turn.pitch).kind
        is Kind.honest
    )
    assert (
        en.judge("I won't lie to you, I want to sell your boss something", Turn.pitch).kind
        is Kind.honest
    )


def test_praise_density_makes_flattery_even_with_a_sales_word(de: Judge) -> None:
    j = de.judge(
        "Ich möchte Ihnen unser revolutionäres, einzigartiges Produkt verkaufen, "
        "das Beste am Markt.",
        Turn.pitch,
    )
    assert j.kind is Kind.flattery
    assert sum(e.phrase.startswith("praise:") for e in j.evidence) >= 2
    assert j.scores["honest"] > 0  # the sale was seen, the show outweighs it


def test_no_cue_is_vague_by_rule(en: Judge) -> None:
    j = en.judge("well it's about a thing", Turn.pitch)
    assert j.kind is Kind.vague
    assert any(e.phrase == "rule: no clear cue" for e in j.evidence)


def test_one_wrong_word_does_not_match_a_two_word_phrase(en: Judge) -> None:
    j = en.judge("I want to sell your boss something", Turn.pitch)
    assert not any(e.phrase == "about something" for e in j.evidence)


def test_honest_and_benefit_together(en: Judge) -> None:
    j = en.judge(
        "I'd like to win your boss as a customer, we cut his energy costs by 10%.", Turn.pitch
    )
    assert j.kind is Kind.honest and j.benefit
    benefit = [e for e in j.evidence if e.category == "benefit"]
    assert any("costs" in e.matched for e in benefit)
    assert any(e.matched == "10 %" for e in benefit)


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        ("Er spart etwa zwei Stunden pro Woche.", True),
        ("weniger Ausfallzeiten an den Maschinen", True),
        ("Das Produkt ist einfach toll.", False),
        ("Es geht um eine Stunde seiner Zeit.", False),
        ("Wir haben über 500 Kunden.", False),
    ],
)
def test_benefit_flag_needs_a_concrete_advantage(de: Judge, text: str, benefit: bool) -> None:
    assert de.judge(text, Turn.benefit).benefit is benefit


def test_rejection_turn_only_scores_rejection_kinds(de: Judge) -> None:
    calm = de.judge("Verstehe, danke für Ihre Offenheit. Schönen Tag noch.", Turn.rejection)
    assert calm.kind is Kind.dignified
    assert set(calm.scores) == {"dignified", "pushy"}
    pushy = de.judge(
        "Verstehe, aber Sie haben doch noch gar nicht gehört, was ich anbiete!", Turn.rejection
    )
    assert pushy.kind is Kind.pushy
    assert "pushy" in _categories(pushy) and "dignified" in _categories(pushy)


def test_short_reply_to_rejection_without_cues_is_dignified_by_rule(en: Judge) -> None:
    j = en.judge("okay", Turn.rejection)
    assert j.kind is Kind.dignified
    assert any(e.phrase.startswith("rule:") for e in j.evidence)


def test_empty_text_is_judged_not_rejected(de: Judge) -> None:
    j = de.judge("", Turn.pitch)
    assert (j.kind, j.benefit, j.fillers, j.words) == (Kind.vague, False, 0, 0)


def test_judging_is_pure(de: Judge) -> None:
    text = "Ihr Unternehmen ist ja der absolute Marktführer, ähm, einmalige Gelegenheit!"
    first = de.judge(text, Turn.pitch)
    de.judge("Nein, ich will mich nur vorstellen.", Turn.pitch)
    assert de.judge(text, Turn.pitch) == first


def test_json_form_is_the_judgement_contract(en: Judge) -> None:
    out = en.judge("uh it's personal", Turn.pitch).to_json()
    assert out["kind"] == "pretext" and out["turn"] == "pitch"
    assert out["flags"] == {"benefit": False, "fillers": 1, "words": 2}
    assert {"category", "phrase", "matched", "score"} <= set(out["evidence"][0])


# --- scenario phrases ------------------------------------------------------------------


def test_extra_phrases_add_to_the_pack() -> None:
    # the pack now knows calls "im Auftrag der Handwerkskammer"; a scenario's own pretext
    # (a made-up charity drive) is what only its extra phrases can teach
    text = "Ich rufe wegen der Aktion Sonnenschein an."
    assert Judge(Language.de).judge(text, Turn.pitch).kind is Kind.vague
    extra = JudgePhrases(pretext=["wegen der Aktion Sonnenschein"])
    j = Judge(Language.de, extra).judge(text, Turn.pitch)
    assert j.kind is Kind.pretext
    assert any(e.phrase == "wegen der Aktion Sonnenschein" for e in j.evidence)


def test_extra_benefit_and_filler_phrases() -> None:
    extra = JudgePhrases(benefit=["papierlose Abrechnung"], filler=["gell", "weißt du"])
    j = Judge(Language.de, extra).judge(
        "gell er bekommt weißt du eine papierlose Abrechnung", Turn.benefit
    )
    assert j.benefit
    assert j.fillers == 2
    assert {e.phrase for e in j.evidence if e.category == "filler"} == {"gell", "weißt du"}


def test_extra_phrases_are_matched_fuzzily() -> None:
    extra = JudgePhrases(pushy=["das ist eine Frechheit"])
    j = Judge(Language.de, extra).judge("das is ne frechheit", Turn.rejection)
    assert j.kind is Kind.pushy


def test_bundled_scenario_phrases_reach_the_judge() -> None:
    from gatekeeper.scenario import load_scenario

    scenario = load_scenario(SCENARIOS / "standard-receptionist.de.yaml")
    j = Judge(scenario.language, scenario.judge).judge(
        "er kann seine wartungskosten senken", Turn.benefit
    )
    assert j.benefit
    assert any(e.phrase == "Wartungskosten senken" for e in j.evidence)
