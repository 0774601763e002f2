"""``gatekeeper judge --explain`` and ``--eval``: the rule behind each point, accuracy per
category with the confusion table, and the verdicts a coach's phrases change."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from judge_data import SCENARIOS

from gatekeeper.cli import main

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["judge", *args])
    return result.exit_code, result.stdout, result.stderr


def test_explain_names_the_rule_and_where_it_is_written() -> None:
    code, out, _ = _run("--language", "de", "--explain", "Herr Weber erwartet meinen Anruf")
    assert code == 0 and out.startswith("pretext")
    line = next(x for x in out.splitlines() if "matched rule" in x)
    found = re.search(r"\((\S+\.py):(\d+)\)", line)
    assert found, line
    path, number = found.groups()
    assert (REPO / path).is_file() and int(number) > 0

    code, out, _ = _run("--language", "en", "--explain", "--json", "it's a sales call")
    rules = json.loads(out)["rules"]
    assert rules and all({"rule", "where", "why", "points"} <= set(r) for r in rules)


def test_eval_prints_accuracy_per_category_and_the_confusion_table() -> None:
    code, out, _ = _run("--eval", "--language", "en")
    assert code == 0
    assert "per category" in out and "confusion (rows: label, columns: verdict)" in out
    code, out, _ = _run("--eval", "--language", "de", "--split", "hold", "--json")
    payload = json.loads(out)
    assert payload["split"] == "hold"
    assert set(payload["per_kind"]) == {
        "honest",
        "pretext",
        "flattery",
        "vague",
        "dignified",
        "pushy",
    }
    right = sum(v["right"] for v in payload["per_kind"].values())
    assert payload["kind_accuracy"] == round(right / payload["items"], 4)
    assert sum(sum(row.values()) for row in payload["confusion"].values()) == payload["items"]
    assert sum(v["items"] for v in payload["per_source"].values()) == payload["items"]


def test_eval_of_a_file_and_its_errors(tmp_path: Path) -> None:
    small = tmp_path / "small.yaml"
    small.write_text(
        "language: de\nitems:\n"
        "  - {turn: pitch, kind: honest, benefit: false, source: test,\n"
        '     text: "Ich verkaufe Drucker."}\n'
        '  - {turn: pitch, kind: vague, benefit: false, source: test, text: "Es geht um was."}\n',
        encoding="utf-8",
    )
    code, out, _ = _run("--eval", str(small), "--json")
    assert code == 0 and json.loads(out)["items"] == 2
    code, _, err = _run("--eval", str(tmp_path / "missing.yaml"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = _run("--eval", str(small), "--language", "en")
    assert code == 2
    code, _, _ = _run("--eval", "--language", "de", "Hallo")
    assert code == 2


def test_a_coach_sees_which_verdicts_a_new_phrase_changes(tmp_path: Path) -> None:
    text = (SCENARIOS / "standard-receptionist.de.yaml").read_text(encoding="utf-8")
    coached = tmp_path / "coached.de.yaml"
    coached.write_text(
        text.replace("judge:\n", 'judge:\n  pretext:\n    - "von der Sparkasse"\n', 1),
        encoding="utf-8",
    )
    code, out, _ = _run("--eval", "--scenario", str(coached), "--diff", "--json")
    assert code == 0
    changed = json.loads(out)["changed"]
    assert changed and all("sparkasse" in c["text"].lower() for c in changed)
    assert all(c["with"]["kind"] == "pretext" for c in changed)
    code, out, _ = _run("--eval", "--scenario", str(SCENARIOS / "suspicious.de.yaml"), "--diff")
    assert code == 0 and "verdicts changed by" in out
    code, _, _ = _run("--eval", "--language", "de", "--diff")
    assert code == 2
