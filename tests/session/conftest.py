"""Fixtures for the text-call tests: the bundled example scenario and the real judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Scenario

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "scenarios" / "standard-receptionist.de.yaml"


@pytest.fixture(scope="session")
def receptionist() -> Scenario:
    return load_scenario(EXAMPLE)


@pytest.fixture(scope="session")
def receptionist_judge(receptionist: Scenario) -> Judge:
    return Judge(receptionist.language, extra=receptionist.judge)
