"""Fixtures for the judge tests: one Judge per language for the whole session (building
one compiles the matchers; judging is what is under test)."""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Language


@pytest.fixture(scope="session")
def judges() -> dict[str, Judge]:
    return {lang.value: Judge(lang) for lang in Language}


@pytest.fixture(scope="session")
def de(judges: dict[str, Judge]) -> Judge:
    return judges["de"]


@pytest.fixture(scope="session")
def en(judges: dict[str, Judge]) -> Judge:
    return judges["en"]
