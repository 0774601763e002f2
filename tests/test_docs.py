"""The README's two commands and the coach's guide stay true."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from gatekeeper.scenario.model import Scenario

REPO = Path(__file__).resolve().parent.parent


def test_readme_opens_with_start_and_test_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and text.index(block.group(0)) < 40, "the README must open with its commands"
    lines = [ln for ln in block.group(1).splitlines() if ln.strip()]
    assert any(ln.split("#")[0].strip().endswith("&& gatekeeper") for ln in lines)
    assert any("pytest" in ln for ln in lines)


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'grep -m1 -E "^python3 -m pip install .*pytest" README.md' in ci
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^python3 -m pip install .*pytest", readme, re.M)


def test_coach_guide_example_is_a_valid_scenario():
    guide = (REPO / "scenarios" / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", guide, re.S)
    assert example
    scenario = Scenario.from_data(yaml.safe_load(example.group(1)))
    assert scenario.steps["shock_pause"].pause is not None
