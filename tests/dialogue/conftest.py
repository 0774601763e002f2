"""Fixtures for the engine and scorecard tests (helpers live in dialogue_fakes.py)."""

from __future__ import annotations

import pytest
from dialogue_fakes import (
    BENEFIT,
    DIGNIFIED,
    EXPLAIN,
    FLATTERY,
    HONEST,
    PRETEXT,
    PUSHY,
    FakeJudge,
    make_scenario,
)

from gatekeeper.scenario.model import Kind, Scenario


@pytest.fixture
def judge() -> FakeJudge:
    return FakeJudge(
        {
            HONEST: (Kind.honest, False, 0),
            PRETEXT: (Kind.pretext, False, 0),
            FLATTERY: (Kind.flattery, False, 0),
            BENEFIT: (Kind.honest, True, 0),
            EXPLAIN: (Kind.vague, False, 1),
            PUSHY: (Kind.pushy, False, 0),
            DIGNIFIED: (Kind.dignified, False, 0),
        }
    )


@pytest.fixture
def scenario() -> Scenario:
    return make_scenario()
