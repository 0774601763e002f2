"""``gatekeeper validate`` and ``gatekeeper schema``, and the committed schema file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from scenario_cases import BASE, line_of, replace

from gatekeeper.cli import main
from gatekeeper.scenario.schema import SCHEMA_FILE_NAME, render_schema, scenario_json_schema

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "scenarios"
VALIDATOR = jsonschema.Draft202012Validator(scenario_json_schema())
BROKEN = replace(BASE, "        goto: shock\n", "        goto: shok\n")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {
        "good": tmp_path / "good.yaml",
        "broken": tmp_path / "broken.yaml",
        "warned": tmp_path / "warned.yaml",
    }
    out["good"].write_text(BASE, encoding="utf-8")
    out["broken"].write_text(BROKEN, encoding="utf-8")
    out["warned"].write_text(replace(BASE, "  bye: Goodbye.", "  bye: Goodbye.\n  spare: x"))
    return out


def test_validate_a_valid_file_exits_0(files):
    code, out = run("validate", str(files["good"]))
    assert code == 0
    assert out.splitlines() == [f"ok  {files['good']}", "1 file(s): 1 valid, 0 invalid"]


def test_validate_with_only_warnings_exits_0(files):
    code, out = run("validate", str(files["warned"]))
    assert code == 0
    assert out.splitlines()[0] == f"ok  {files['warned']} (with warnings)"
    assert "lines.spare: warning: line 'spare' is never said" in out


def test_validate_a_broken_file_exits_2_with_file_line_field(files):
    code, out = run("validate", str(files["good"]), str(files["broken"]))
    assert code == 2
    line = line_of(BROKEN, "goto: shok")
    assert out.splitlines() == [
        f"ok  {files['good']}",
        f"{files['broken']}:{line}: steps.question.routes[0].goto: no step named 'shok' "
        "(hint: did you mean 'shock'?)",
        "2 file(s): 1 valid, 1 invalid (1 error(s), 0 warning(s))",
    ]


def test_validate_a_missing_path_exits_2(files, tmp_path: Path):
    code, out = run("validate", str(files["good"]), str(tmp_path / "nope.yaml"))
    assert code == 2
    assert f"{tmp_path / 'nope.yaml'}: no such file or folder" in out


def test_validate_json_is_one_object(files):
    code, out = run("validate", "--json", str(files["good"].parent))
    assert code == 2
    report = json.loads(out)
    assert report["ok"] is False
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert sorted(by_name) == ["broken.yaml", "good.yaml", "warned.yaml"]
    assert by_name["good.yaml"] == {"path": str(files["good"]), "ok": True, "problems": []}
    assert by_name["warned.yaml"]["ok"] is True
    assert by_name["warned.yaml"]["problems"][0]["severity"] == "warning"
    assert by_name["broken.yaml"]["problems"] == [
        {
            "file": str(files["broken"]),
            "line": line_of(BROKEN, "goto: shok"),
            "column": 15,
            "field": "steps.question.routes[0].goto",
            "message": "no step named 'shok'",
            "hint": "did you mean 'shock'?",
            "severity": "error",
        }
    ]


def test_validate_json_of_a_valid_folder_exits_0(files):
    files["broken"].unlink()
    code, out = run("validate", "--json", str(files["good"].parent))
    assert code == 0
    assert json.loads(out)["ok"] is True


def test_the_bundled_scenarios_are_valid():
    code, out = run("validate", str(SCENARIOS))
    assert code == 0, out
    assert "standard-receptionist.de.yaml" in out


# --- schema ---------------------------------------------------------------------------------


def test_the_committed_schema_file_matches_the_models():
    """Regenerate with: gatekeeper schema -o scenarios/scenario.schema.json"""
    committed = (SCENARIOS / SCHEMA_FILE_NAME).read_text(encoding="utf-8")
    assert committed == render_schema()


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(scenario_json_schema())


def test_schema_command_prints_the_schema():
    code, out = run("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema == scenario_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "gatekeeper scenario"
    assert "$id" not in schema
    assert schema["$defs"]["Language"] == {
        "enum": ["de", "en"],
        "title": "Language",
        "type": "string",
    }


def test_schema_command_writes_a_file(tmp_path: Path):
    target = tmp_path / "s.json"
    code, _ = run("schema", "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8") == render_schema()


def test_schema_command_reports_an_unwritable_target(tmp_path: Path):
    code, out = run("schema", "--json", "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert code == 2
    assert json.loads(out)["error"].startswith("cannot write")


@pytest.mark.parametrize("path", sorted(SCENARIOS.glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_scenarios_validate_against_the_json_schema(path: Path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    VALIDATOR.validate(data)


def test_the_json_schema_rejects_unknown_keys():
    data = yaml.safe_load(BASE)
    data["steps"]["greeting"]["sya"] = "hello"
    with pytest.raises(jsonschema.ValidationError, match="sya"):
        VALIDATOR.validate(data)
