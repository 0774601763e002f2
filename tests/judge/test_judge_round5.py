"""Round 5: short, long, regional, non-native and indirect wording, written before reading the
judge.

``data/round5/{de,en}.yaml`` hold 70 utterances per language: two-word answers ("Verkauf.",
"Business."), rambling monologues, Bavarian and Swabian spellings ("net", "i tät", "gell"),
British and non-native English, questions instead of statements, honesty put indirectly
("we're a supplier of office furniture"), pretexts put indirectly ("Mr Smith knows what it's
about", "I'm from the tax office"), praise mixed with content, and "I understand, but..."
replies to a rejection beside genuinely dignified ones. The first 45 (``*_tune.yaml``) were
used to find general gaps; the last 25 (``*_hold.yaml``) were measured once at the end and
never tuned against.
Before the changes: tune 89% kind both, hold de 84% / en 80% kind. After: tune 100% kind
both; hold (clean) de 88% / en 84% kind, benefit 100% both. The hold bar is that clean
figure rounded down to 5%, so it guards the estimate for phrasing the judge has not seen.
"""

from __future__ import annotations

import pytest
from judge_data import assert_accuracy, load_round

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn, kinds_for

KIND_BAR = {("de", "tune"): 0.90, ("en", "tune"): 0.90, ("de", "hold"): 0.85, ("en", "hold"): 0.80}
BENEFIT_BAR = {"tune": 0.90, "hold": 0.90}


def _load(name: str) -> list[dict]:
    return load_round("round5", name)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_splits_are_the_full_set_in_order(lang: str) -> None:
    full = _load(f"{lang}.yaml")
    assert len(full) == 70
    assert _load(f"{lang}_tune.yaml") == full[:45]
    assert _load(f"{lang}_hold.yaml") == full[45:]
    assert {i["kind"] for i in full} == {k.value for k in Kind}
    for kind in Kind:
        assert sum(i["kind"] == kind.value for i in full) >= 8, kind
    for item in full:
        assert Kind(item["kind"]) in set(kinds_for(Turn(item["turn"]))), item


@pytest.mark.parametrize("split", ["tune", "hold"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_round5_accuracy(lang: str, split: str, judges: dict[str, Judge]) -> None:
    assert_accuracy(
        judges[lang],
        _load(f"{lang}_{split}.yaml"),
        KIND_BAR[lang, split],
        BENEFIT_BAR[split],
        f"{lang}_{split}",
    )


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("de", "Passt scho, dann halt net. Servus!", Kind.dignified),
        ("de", "Ja scho, aber Sie wissen ja noch gar net, was i anbiet.", Kind.pushy),
        ("de", "Verstehe, aber danke trotzdem.", Kind.dignified),
        ("de", "Wenn Sie es sich anders überlegen, melden Sie sich gern. Tschüss.", Kind.dignified),
        ("en", "I understand, but thanks anyway.", Kind.dignified),
        ("en", "Should you reconsider, just call. Thanks.", Kind.dignified),
        ("en", "Okay, but please do reconsider.", Kind.pushy),
    ],
)
def test_but_and_reconsider_read_in_context(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    """ "I understand, but..." argues only when pressure follows, and only an order to
    reconsider pushes; "if you change your mind" leaves the door open with dignity."""
    assert judges[lang].judge(text, Turn.rejection).kind is kind
