"""Shared pieces of the app tests (imported by name: pytest puts this folder on the path)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from gatekeeper.session.call_setup import make_judge
from gatekeeper.session.typed_call import TypedCall, VirtualClock
from gatekeeper.ui.ports import CallSetup

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "scenarios"
SIZE = (110, 36)


class FixedClock:
    """Store timestamps that move one minute per call of the clock, from a fixed morning."""

    def __init__(self) -> None:
        self.t = datetime(2025, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


class TypedCalls:
    """A driver factory that builds typed calls on virtual clocks and keeps them for the
    test to drive."""

    def __init__(self, auto: bool = True) -> None:
        self.auto = auto
        self.drivers: list[TypedCall] = []

    def __call__(self, setup: CallSetup) -> TypedCall:
        scenario = setup.scenario.scenario
        driver = TypedCall(
            scenario,
            make_judge(scenario),
            scenario_id=setup.scenario.id,
            seed=setup.seed,
            clock=VirtualClock(auto=self.auto),
        )
        self.drivers.append(driver)
        return driver
