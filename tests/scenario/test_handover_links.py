"""A scenario's handover names who takes the call next; a broken link is found, located."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.scenario import ScenarioError, load_scenario
from gatekeeper.scenario.handover import handover_chain

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

BOSS = """\
title: Boss
description: The boss.
language: {lang}
persona: {{name: Mr. Boss, company: ACME, boss: Mr. Boss, role: boss}}
lines:
  hello: "Boss."
  bye: "Bye."
start: hello
steps:
  hello: {{say: hello, next: bye}}
  bye: {{say: bye, end: appointment}}
{handover}"""

SECRETARY = """\
title: Secretary
description: The secretary.
language: en
persona: {{name: Anna, company: ACME, boss: Mr. Boss}}
lines:
  hello: "ACME."
  through: "Putting you through."
start: hello
steps:
  hello: {{say: hello, next: through}}
  through: {{say: through, end: put_through}}

handover:
  when: put_through
  to: {to}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_next_to_the_scenario_is_found_first(tmp_path: Path) -> None:
    write(tmp_path, "boss.en.yaml", BOSS.format(lang="en", handover=""))
    first = write(tmp_path, "desk.en.yaml", SECRETARY.format(to="boss.en"))
    chain = handover_chain(first, load_scenario(first), bundled_dir=SCENARIOS)
    assert [link.id for link in chain] == ["boss.en"]
    assert chain[0].scenario.persona.role.value == "boss"


def test_a_bundled_boss_is_found_by_its_id(tmp_path: Path) -> None:
    first = write(tmp_path, "desk.en.yaml", SECRETARY.format(to="boss-weber.en"))
    chain = handover_chain(first, load_scenario(first), bundled_dir=SCENARIOS)
    assert [link.path for link in chain] == [SCENARIOS / "boss-weber.en.yaml"]


def test_every_bundled_handover_resolves() -> None:
    linked = 0
    for path in sorted(SCENARIOS.glob("*.yaml")):
        scenario = load_scenario(path)
        chain = handover_chain(path, scenario, bundled_dir=SCENARIOS)
        if scenario.handover is not None:
            linked += 1
            assert chain and chain[-1].scenario.persona.role.value == "boss"
    assert linked >= 4


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no scenario 'boss.en' next to this file"),
        ({"boss.en.yaml": BOSS.format(lang="de", handover="")}, "is in de, this call in en"),
        (
            {"boss.en.yaml": BOSS.format(lang="en", handover="handover: {to: desk.en}\n")},
            "round in a circle",
        ),
    ],
)
def test_a_broken_link_is_a_located_problem(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        write(tmp_path, name, text)
    first = write(tmp_path, "desk.en.yaml", SECRETARY.format(to="boss.en"))
    with pytest.raises(ScenarioError) as e:
        handover_chain(first, load_scenario(first), bundled_dir=None)
    problem = e.value.problems[0]
    assert message in problem.message
    assert problem.field == "handover.to"
    if "circle" in message:
        assert problem.file.endswith("boss.en.yaml") and problem.line == 12
    else:
        assert problem.file.endswith("desk.en.yaml") and problem.line == 15
