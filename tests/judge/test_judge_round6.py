"""Round 6: trainees' phone wording across industries, written before reading the judge.

``data/round6/{de,en}.yaml`` hold 60 utterances per language (honest 10, pretext 9,
flattery 9, vague 9 in pitch/benefit turns; dignified 12, pushy 11 after "Wir kaufen
nichts" / "We don't buy anything"), clean sentences mixed with lower-case ASR output. The
first 40 (``*_tune.yaml``) were used to find general gaps; the last 20 (``*_hold.yaml``)
were measured before the changes and once at the end, never tuned against.
Before: tune de 97.5% / en 97.5% kind (a "personal matter" lost to "I'd rather tell him
myself"; a survey's "zwei Minuten" raised the benefit flag), hold 100% both. After: tune
100% both, hold 100% both, benefit 100%. The hold bar is that figure rounded down to 5%.
"""

from __future__ import annotations

import pytest
from judge_data import assert_accuracy, load_round

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn, kinds_for

KIND_BAR = {"tune": 0.90, "hold": 0.90}  # the product target; hold scored 100% clean
BENEFIT_BAR = {"tune": 0.90, "hold": 0.90}


def _load(name: str) -> list[dict]:
    return load_round("round6", name)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_splits_are_the_full_set_in_order(lang: str) -> None:
    full = _load(f"{lang}.yaml")
    assert len(full) == 60
    assert _load(f"{lang}_tune.yaml") == full[:40]
    assert _load(f"{lang}_hold.yaml") == full[40:]
    counts = {k.value: sum(i["kind"] == k.value for i in full) for k in Kind}
    assert counts == {
        "honest": 10,
        "pretext": 9,
        "flattery": 9,
        "vague": 9,
        "dignified": 12,
        "pushy": 11,
    }
    for item in full:
        assert Kind(item["kind"]) in set(kinds_for(Turn(item["turn"]))), item


@pytest.mark.parametrize("split", ["tune", "hold"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_round6_accuracy(lang: str, split: str, judges: dict[str, Judge]) -> None:
    assert_accuracy(
        judges[lang],
        _load(f"{lang}_{split}.yaml"),
        KIND_BAR[split],
        BENEFIT_BAR[split],
        f"{lang}_{split}",
    )


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "de",
            "Ehrlich gesagt, Sie sind ein fantastisches Team und Ihr Chef ist eine Legende, "
            "ich möchte Ihnen einfach unser Produkt vorstellen.",
            Kind.flattery,
        ),
        (
            "en",
            "to be honest your team is amazing and your boss is a legend, "
            "i just want to present what we do",
            Kind.flattery,
        ),
        (
            "en",
            "You're fantastic and so kind, but honestly I'd like to sell your boss a printer.",
            Kind.honest,
        ),
        ("de", "Ein tolles Produkt, ich will Ihre Firma als Kunden gewinnen.", Kind.honest),
    ],
)
def test_dense_praise_beats_only_weak_cues(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    """Two compliments outweigh "honestly ... present our product"; a named sale still wins."""
    assert judges[lang].judge(text, Turn.pitch).kind is kind


@pytest.mark.parametrize(
    ("lang", "text", "turn", "kind"),
    [
        ("en", "trust me it's worth his time", Turn.pitch, Kind.vague),
        ("en", "Trust me, I'd like to win your boss as a customer.", Turn.pitch, Kind.honest),
        ("de", "glauben sie mir, das ist interessant für ihn", Turn.pitch, Kind.vague),
        ("de", "glauben sie mir, das lohnt sich", Turn.rejection, Kind.pushy),
        ("en", "trust me, it's worth it", Turn.rejection, Kind.pushy),
    ],
)
def test_trust_me_is_pressure_only_after_a_rejection(
    lang: str, text: str, turn: Turn, kind: Kind, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, turn).kind is kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "It's something personal, I'd rather tell him myself.", Kind.pretext),
        ("en", "it's kind of personal, i'd prefer to speak to her directly", Kind.pretext),
        ("de", "es ist persönlich, das bespreche ich lieber direkt mit ihm", Kind.pretext),
        ("en", "I'd rather discuss that with him personally.", Kind.vague),
        ("de", "Das möchte ich lieber persönlich mit ihm besprechen.", Kind.vague),
    ],
)
def test_a_personal_matter_beats_keeping_it_for_the_boss(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    """Claiming a personal matter is the pretext; wanting to tell the boss alone is vague."""
    assert judges[lang].judge(text, Turn.pitch).kind is kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "de",
            "ich möchte ihrem geschäftsführer eine neue software für die buchhaltung verkaufen",
            Kind.honest,
        ),
        ("de", "wir möchten ihre kantine mit frischem gemüse beliefern", Kind.honest),
        ("de", "ich möchte ihnen keine versicherung verkaufen, keine sorge", Kind.pretext),
        ("en", "we'd like to supply your kitchen with fresh produce", Kind.honest),
        ("en", "I'd like your boss to become a client.", Kind.honest),
        ("en", "we don't want to sell you anything, promise", Kind.pretext),
    ],
)
def test_wanting_to_sell_is_honest_with_words_between(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    j = judges[lang].judge(text, Turn.pitch)
    assert j.kind is kind
    if kind is Kind.honest:
        assert j.scores[Kind.honest.value] >= 2.0


@pytest.mark.parametrize(
    ("lang", "text", "benefit"),
    [
        ("de", "eine kurze umfrage, dauert nur zwei minuten", False),
        ("en", "a quick survey, it only takes two minutes", False),
        ("de", "es dauert nur zwei minuten und er spart 20 prozent stromkosten", True),
        ("en", "it only takes two minutes and he saves 20 percent on energy costs", True),
    ],
)
def test_the_length_of_the_call_is_no_benefit(
    lang: str, text: str, benefit: bool, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.benefit).benefit is benefit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i'll keep calling until i get through to him"),
        ("de", "ich ruf so lange an bis ich ihn erreiche"),
    ],
)
def test_refusing_to_stop_calling_is_pushy(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert judges[lang].judge(text, Turn.rejection).kind is Kind.pushy
