"""Where the labelled utterances live and how to read them (imported by the judge tests)."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def load_labelled(name: str) -> list[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["utterances"]


def load_round(round_dir: str, name: str) -> list[dict]:
    """One file of a labelled round (``data/round4/de_hold.yaml``: a plain YAML list)."""
    return yaml.safe_load((DATA / round_dir / name).read_text(encoding="utf-8"))


def assert_accuracy(
    judge,
    items: list[dict],
    kind_bar: float,
    benefit_bar: float,
    label: str,  # noqa: ANN001
) -> None:
    """Kind and benefit-flag accuracy of ``judge`` on labelled ``items`` reach their bars;
    on failure the message lists every miss."""
    from gatekeeper.scenario.model import Turn

    wrong_kind, wrong_benefit = [], []
    for item in items:
        j = judge.judge(item["text"], Turn(item["turn"]))
        if j.kind.value != item["kind"]:
            wrong_kind.append(f"  want {item['kind']:<9} got {j.kind.value:<9} {item['text']}")
        if j.benefit != item["benefit"]:
            wrong_benefit.append(f"  want benefit {item['benefit']!s:<5} {item['text']}")
    kind_ok = 1 - len(wrong_kind) / len(items)
    benefit_ok = 1 - len(wrong_benefit) / len(items)
    assert kind_ok >= kind_bar, f"{label}: kind {kind_ok:.1%}\n" + "\n".join(wrong_kind)
    assert benefit_ok >= benefit_bar, f"{label}: benefit {benefit_ok:.1%}\n" + "\n".join(
        wrong_benefit
    )


def kind_of(judges: dict, lang: str, text: str, turn=None):  # noqa: ANN001, ANN201
    """The kind the ``lang`` judge gives ``text`` (a pitch unless ``turn`` says otherwise)."""
    from gatekeeper.scenario.model import Turn

    return judges[lang].judge(text, turn or Turn.pitch).kind
