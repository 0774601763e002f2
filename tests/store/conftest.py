from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from store_fixtures import FakeClock

from gatekeeper.store import Store, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Store:
    opened = open_store(db_path, now=clock, tz=UTC)
    yield opened
    opened.close()
