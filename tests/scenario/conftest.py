"""Fixtures for the scenario tests: write YAML to a file and check it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from scenario_cases import BASE

from gatekeeper.scenario import Problem, Scenario, check_file

Check = Callable[[str], tuple[Scenario | None, list[Problem]]]


@pytest.fixture
def base() -> str:
    return BASE


@pytest.fixture
def check(tmp_path: Path) -> Check:
    """Write YAML to a file and return (scenario or None, problems)."""

    def run(text: str, name: str = "case.en.yaml") -> tuple[Scenario | None, list[Problem]]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return check_file(path)

    return run
