"""``gatekeeper call`` as a user runs it: exit codes, one JSON object, one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."


def gatekeeper(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["gatekeeper", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "honest.txt"
    path.write_text(
        f"# honest, hold the silence, name a benefit\n0.8 {PITCH}\n"
        "4.5/2.0 Es spart ihm zwei Stunden pro Woche.\n",
        encoding="utf-8",
    )
    return path


def test_scripted_call_as_json(script: Path):
    result = gatekeeper(
        "call", "standard-receptionist.de", "--script", str(script), "--seed", "4", "--json"
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # she put the caller through; the script ends there, so the boss is left unanswered
    her, his = report["scorecard"]["sections"]
    assert (her["outcome"], her["persona"]) == ("put_through", "Frau Schneider")
    assert (his["scenario"], report["outcome"]) == ("boss-weber.de", "abandoned")
    assert report["scenario"] == "standard-receptionist.de" and report["seed"] == 4
    assert report["trainee_broke_silence"] is False
    assert report["silence_after_pitch_s"] == pytest.approx(report["shock_pause_s"], abs=0.002)
    assert [t["speaker"] for t in report["turns"]].count("trainee") == 2
    assert report["turns"][2]["kind"] == "honest"
    assert her["score"] >= 90


def test_scripted_call_by_path_for_humans(script: Path):
    scenario = Path(__file__).resolve().parents[2] / "scenarios" / "standard-receptionist.de.yaml"
    result = gatekeeper("call", str(scenario), "--script", str(script))
    assert result.returncode == 0, result.stderr
    assert "— Frau Schneider (am Empfang): " in result.stdout
    assert "Herr Weber: " in result.stdout  # the boss picked up
    assert "Punkte: " in result.stdout and "Tipp: " in result.stdout


def test_yaml_script(tmp_path: Path):
    path = tmp_path / "pretext.yaml"
    path.write_text(
        "- {pause: 0.5, text: 'Nein, ich will mich nur mal vorstellen.'}\n", encoding="utf-8"
    )
    result = gatekeeper("call", "standard-receptionist.de", "--script", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["outcome"] == "hung_up"


def test_unknown_scenario_is_bad_input(script: Path):
    result = gatekeeper("call", "no-such-scenario", "--script", str(script))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no-such-scenario" in result.stderr


def test_broken_scenario_names_file_and_line(tmp_path: Path, script: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nlanguage: fr\n", encoding="utf-8")
    result = gatekeeper("call", str(bad), "--script", str(script), "--json")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert "bad.yaml:" in error


def test_broken_script_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text(f"0.8 {PITCH}\nohne Pause\n", encoding="utf-8")
    result = gatekeeper("call", "standard-receptionist.de", "--script", str(bad))
    assert result.returncode == 2
    assert f"{bad}:2: expected 'PAUSE[/DURATION] TEXT'" in result.stderr


def test_voice_call_is_not_wired_yet():
    result = gatekeeper("call", "standard-receptionist.de")
    assert result.returncode == 2
    assert "--text" in result.stderr and result.stderr.count("\n") == 1


def test_typed_call_hung_up_at_once_still_reports():
    result = gatekeeper("call", "standard-receptionist.de", "--text", "--seed", "1", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["outcome"] == "abandoned" and report["seed"] == 1
    assert "Frau Schneider:" in result.stderr  # the dialogue goes to stderr with --json


# --- ``call --text`` reading standard input -------------------------------------------------

EN_PRETEXT = "No, I just want to introduce myself."


def typed_call(stdin: int | str, *extra: str) -> subprocess.CompletedProcess[str]:
    """``gatekeeper call --text`` with standard input closed (``subprocess.DEVNULL`` or a
    given string) or, for ``-1``, not there at all (``<&-``)."""
    args = ["gatekeeper", "call", "standard-receptionist.en", "--text", "--seed", "1", *extra]
    if stdin == -1:
        command = " ".join(args) + " <&-"
        return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    kwargs = {"input": stdin} if isinstance(stdin, str) else {"stdin": stdin}
    return subprocess.run(args, capture_output=True, text=True, timeout=60, **kwargs)


def test_typed_call_without_standard_input_is_one_line_of_bad_input():
    result = typed_call(-1)
    assert result.returncode == 2
    closed = "standard input is closed: --text reads your answers from it"
    assert result.stderr == f"gatekeeper: {closed}\n"
    assert "Traceback" not in result.stderr


def test_typed_call_with_empty_input_ends_cleanly_as_abandoned():
    result = typed_call(subprocess.DEVNULL, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["outcome"] == "abandoned"
    assert "Traceback" not in result.stderr


def test_piped_lines_are_said_before_the_input_ends():
    result = typed_call(f"\n{EN_PRETEXT}\n", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    said = [t["text"] for t in report["turns"] if t["speaker"] == "trainee"]
    assert said == [EN_PRETEXT] and report["outcome"] == "hung_up"
    assert "You: " + EN_PRETEXT in result.stderr  # the live lines go to stderr with --json
