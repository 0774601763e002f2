"""The blind rounds 7–10: how each labelled file is split, and the accuracy bars.

Each round holds 90 utterances per language written by someone who never saw the judge
(``data/roundN/{de,en}.yaml``; honest 26, vague 17, pretext 15, flattery 12 in pitch and
benefit turns, dignified 10 and pushy 10 after a rejection). Items at index i with
i % 3 == 2 are the hold split (``*_hold.yaml``, 30), the rest the tune split
(``*_tune.yaml``, 60). Only tune misses were read; the hold split was scored as single
figures, once before and once after the round's changes. Each round's module
(``test_judge_roundN.py``) records those figures and tests the moves it added.

Bars: 0.90 everywhere, the product target. The hold figures measured at the end of each
round were all at least 90% (kind) and 100% (benefit), so rounding them down to 5% and
capping at the target gives the same bar.
"""

from __future__ import annotations

import pytest
from judge_data import assert_accuracy, load_round

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn, kinds_for

ROUNDS = ("round7", "round8", "round9", "round10")
KIND_BAR = 0.90
BENEFIT_BAR = 0.90
COUNTS = {"honest": 26, "pretext": 15, "flattery": 12, "vague": 17, "dignified": 10, "pushy": 10}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("round_dir", ROUNDS)
def test_splits_follow_the_index_rule(round_dir: str, lang: str) -> None:
    full = load_round(round_dir, f"{lang}.yaml")
    hold = load_round(round_dir, f"{lang}_hold.yaml")
    tune = load_round(round_dir, f"{lang}_tune.yaml")
    assert len(full) == 90 and len(hold) == 30 and len(tune) == 60
    assert hold == [x for i, x in enumerate(full) if i % 3 == 2]
    assert tune == [x for i, x in enumerate(full) if i % 3 != 2]
    assert {k.value: sum(i["kind"] == k.value for i in full) for k in Kind} == COUNTS
    for item in full:
        assert Kind(item["kind"]) in set(kinds_for(Turn(item["turn"]))), item


@pytest.mark.parametrize("split", ["tune", "hold"])
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("round_dir", ROUNDS)
def test_blind_round_accuracy(
    round_dir: str, lang: str, split: str, judges: dict[str, Judge]
) -> None:
    assert_accuracy(
        judges[lang],
        load_round(round_dir, f"{lang}_{split}.yaml"),
        KIND_BAR,
        BENEFIT_BAR,
        f"{round_dir} {lang}_{split}",
    )
