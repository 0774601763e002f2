"""The public loading API: one file, folders of files, and the shape of a problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from scenario_cases import BASE, line_of, replace

from gatekeeper.scenario import (
    LoadedScenario,
    Problem,
    Scenario,
    ScenarioError,
    Severity,
    load_scenario,
    load_scenarios,
)

MANY = (
    BASE.replace("title: Test", "title: yes")
    .replace("language: en", "language: en\nlanguag: de")
    .replace("  boss: Mr Jones\n", "")
    .replace("  bye: Goodbye.", "  bye: Goodbye {boos}.")
    .replace("{turn: pitch}", "{turn: pich}")
    .replace("        goto: shock\n", "        goto: shok\n")
    .replace("{silence: held}", "{silence: held, kind: honest}")
    .replace("    say: through\n", "    say: through\n    say: bye\n")
    + "tips:\n  silense: Hold it.\n"
)


def test_many_problems_are_reported_at_once(check):
    scenario, problems = check(MANY)
    assert scenario is None
    found = [(p.line, p.field) for p in problems]
    assert found == [
        (1, "title"),
        (line_of(MANY, "languag:"), "languag"),
        (line_of(MANY, "persona:"), "persona.boss"),
        (line_of(MANY, "{boos}"), "lines.bye"),
        (line_of(MANY, "pich"), "steps.question.listen.turn"),
        (line_of(MANY, "goto: shok"), "steps.question.routes[0].goto"),
        (line_of(MANY, "kind: honest}", 2), "steps.shock.routes[0].if.kind"),
        (line_of(MANY, "say: through") + 1, "steps.through.say"),
        (line_of(MANY, "silense"), "tips.silense"),
    ]
    assert all(p.is_error for p in problems)


def test_load_scenario_returns_the_model(tmp_path: Path):
    path = tmp_path / "fine.en.yaml"
    path.write_text(BASE, encoding="utf-8")
    scenario = load_scenario(path)
    assert isinstance(scenario, Scenario)
    assert scenario.variants("bye") == ["Goodbye."]


def test_load_scenario_raises_with_every_problem(tmp_path: Path):
    path = tmp_path / "many.yaml"
    path.write_text(MANY, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(str(path))
    assert len(caught.value.problems) == 9
    text = str(caught.value)
    assert text.splitlines()[0] == "9 problem(s) in scenario file"
    assert (
        f"{path}:1: title: expected text, but YAML reads unquoted yes as true "
        '(hint: quote it: "yes")' in text
    )


def test_load_scenario_of_a_missing_file(tmp_path: Path):
    with pytest.raises(ScenarioError) as caught:
        load_scenario(tmp_path / "gone.yaml")
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'gone.yaml'}: no such file or folder"
    ]


def test_problem_renders_file_line_field_message_and_hint():
    problem = Problem(
        "s.yaml", 42, "steps.ask.routes[2].goto", "no step named 'x'", "did you mean 'y'?"
    )
    assert (
        str(problem)
        == "s.yaml:42: steps.ask.routes[2].goto: no step named 'x' (hint: did you mean 'y'?)"
    )
    assert str(Problem("s.yaml", 3, "", "bad")) == "s.yaml:3: bad"
    assert problem.to_dict() == {
        "file": "s.yaml",
        "line": 42,
        "column": None,
        "field": "steps.ask.routes[2].goto",
        "message": "no step named 'x'",
        "hint": "did you mean 'y'?",
        "severity": "error",
    }


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "coach"
    (root / "nested").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "good.en.yaml").write_text(BASE, encoding="utf-8")
    (root / "nested" / "also-good.yml").write_text(BASE, encoding="utf-8")
    (root / "broken.de.yaml").write_text(replace(BASE, "start: greeting", "start: x"), "utf-8")
    warned = replace(BASE, "  bye: Goodbye.", "  bye: Goodbye.\n  spare: Unused.")
    (root / "warned.yaml").write_text(warned, encoding="utf-8")
    (root / "scenario.schema.json").write_text("{}", encoding="utf-8")
    (root / "notes.txt").write_text("not yaml", encoding="utf-8")
    (root / ".hidden" / "secret.yaml").write_text("- not a scenario", encoding="utf-8")
    return root


def test_load_scenarios_from_a_folder(tmp_path: Path):
    root = _folder(tmp_path)
    ok, failed = load_scenarios(root)
    assert [(s.id, s.path) for s in ok] == [
        ("good.en", root / "good.en.yaml"),
        ("also-good", root / "nested" / "also-good.yml"),
        ("warned", root / "warned.yaml"),
    ]
    assert all(isinstance(s, LoadedScenario) and s.scenario.title == "Test" for s in ok)
    assert [w.field for w in ok[2].warnings] == ["lines.spare"]
    assert ok[2].warnings[0].severity is Severity.warning
    assert [(path, [p.field for p in problems]) for path, problems in failed] == [
        (root / "broken.de.yaml", ["start"])
    ]


def test_load_scenarios_from_paths_with_a_missing_one_and_a_duplicate_id(tmp_path: Path):
    root = _folder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "good.en.yaml").write_text(BASE, encoding="utf-8")
    ok, failed = load_scenarios([root / "good.en.yaml", other, str(tmp_path / "nope")])
    assert [s.id for s in ok] == ["good.en"]
    assert [(path, [p.message for p in problems]) for path, problems in failed] == [
        (
            other / "good.en.yaml",
            [f"scenario id 'good.en' is already used by {root / 'good.en.yaml'}"],
        ),
        (tmp_path / "nope", ["no such file or folder"]),
    ]


def test_load_scenarios_of_an_empty_folder(tmp_path: Path):
    ok, failed = load_scenarios(tmp_path)
    assert ok == []
    assert [p.message for p in failed[0][1]] == ["no scenario files (*.yaml, *.yml) here"]
