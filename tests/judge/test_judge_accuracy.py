"""Accuracy of the judge on labelled utterances, per language.

The labelled sets were written before the language packs and independently of their phrases
(``labelled_*``). The ``holdout*`` sets were written after tuning; their first runs failed
(de 88.9%/78.3%, en 85.2%/87.0%) and led to general fixes, so they now guard those fixes.
Each must reach 90% on the kind and, separately, 90% on the benefit flag.
"""

from __future__ import annotations

from collections import Counter

import pytest
from judge_data import DATA, load_labelled

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn

BAR = 0.90
SETS = sorted(p.name for p in DATA.glob("*.yaml"))


def _run(judge: Judge, items: list[dict]) -> tuple[list[tuple[dict, str, bool]], Counter]:
    results = []
    confusion: Counter = Counter()
    for item in items:
        j = judge.judge(item["text"], Turn(item["turn"]))
        results.append((item, j.kind.value, j.benefit))
        confusion[(item["kind"], j.kind.value)] += 1
    return results, confusion


def _confusion_table(confusion: Counter) -> str:
    kinds = [k.value for k in Kind]
    head = "want\\got  " + " ".join(f"{k[:9]:>9}" for k in kinds)
    rows = [head]
    for want in kinds:
        if any(confusion[(want, got)] for got in kinds):
            rows.append(f"{want:<10} " + " ".join(f"{confusion[(want, g)]:>9}" for g in kinds))
    return "\n".join(rows)


def test_sets_are_present_and_large_enough() -> None:
    assert {"labelled_de.yaml", "labelled_en.yaml"} <= set(SETS)
    for name in SETS:
        items = load_labelled(name)
        minimum = 70 if name.startswith("labelled") else 20
        assert len(items) >= minimum, name
        kinds = {i["kind"] for i in items}
        assert kinds == {k.value for k in Kind}, f"{name} misses kinds {set(Kind) - kinds}"
        assert any(i["benefit"] for i in items) and not all(i["benefit"] for i in items)
        assert any(i["kind"] == "honest" and i["benefit"] for i in items), name


@pytest.mark.parametrize("name", SETS)
def test_kind_accuracy(name: str, judges: dict[str, Judge]) -> None:
    items = load_labelled(name)
    lang = name.rsplit("_", 1)[1].split(".")[0]
    results, confusion = _run(judges[lang], items)
    wrong = [(item, got) for item, got, _ in results if got != item["kind"]]
    accuracy = 1 - len(wrong) / len(items)
    detail = "\n".join(f"  want {i['kind']:<9} got {g:<9} {i['text']}" for i, g in wrong)
    assert accuracy >= BAR, (
        f"{name}: kind accuracy {accuracy:.1%} < {BAR:.0%}\n{_confusion_table(confusion)}\n{detail}"
    )


@pytest.mark.parametrize("name", SETS)
def test_benefit_accuracy(name: str, judges: dict[str, Judge]) -> None:
    items = load_labelled(name)
    lang = name.rsplit("_", 1)[1].split(".")[0]
    results, _ = _run(judges[lang], items)
    wrong = [(item, got) for item, _, got in results if got != item["benefit"]]
    accuracy = 1 - len(wrong) / len(items)
    detail = "\n".join(f"  want {i['benefit']!s:<5} got {g!s:<5} {i['text']}" for i, g in wrong)
    assert accuracy >= BAR, f"{name}: benefit accuracy {accuracy:.1%} < {BAR:.0%}\n{detail}"


UNSEEN_FLOOR = 0.70
"""The ``data/unseen`` sets were run once after all tuning and are never tuned against. Their
first run (de 85%, en 75% kind; 100% benefit) is the honest measure of how the judge does on
phrasing it has not seen; the floor catches regressions without pretending it reaches 90%."""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_unseen_phrasing_stays_above_floor(lang: str, judges: dict[str, Judge]) -> None:
    items = load_labelled(f"unseen/unseen_{lang}.yaml")
    assert len(items) >= 20
    results, confusion = _run(judges[lang], items)
    kind_ok = sum(got == item["kind"] for item, got, _ in results) / len(items)
    benefit_ok = sum(b == item["benefit"] for item, _, b in results) / len(items)
    assert kind_ok >= UNSEEN_FLOOR, f"unseen {lang}: {kind_ok:.1%}\n{_confusion_table(confusion)}"
    assert benefit_ok >= BAR, f"unseen {lang}: benefit {benefit_ok:.1%}"
