"""Fixtures for the app's Pilot and snapshot tests: a history with a fixed clock, the real
bundled scenarios, the real judge, and typed calls on a virtual clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest
from textual.widgets import Input
from ui_support import BUNDLED, FixedClock, TypedCalls

from gatekeeper.store import Store, open_store
from gatekeeper.ui.app import GatekeeperApp
from gatekeeper.ui.i18n import set_language
from gatekeeper.ui.ports import Services


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    set_language("en")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "history.sqlite3", now=FixedClock(), tz=UTC)
    yield s
    s.close()


@pytest.fixture
def typed_calls() -> TypedCalls:
    return TypedCalls()


@pytest.fixture
def make_app(store: Store, tmp_path: Path, typed_calls: TypedCalls) -> Callable[..., GatekeeperApp]:
    def make(**overrides: object) -> GatekeeperApp:
        services = Services(
            store=store,
            bundled_dir=BUNDLED,
            typed_driver=typed_calls,
            export_dir=tmp_path / "exports",
            seed=lambda: 7,
            poll_scenarios_s=None,
            now_label=lambda: "20250314-090000",
        )
        language = overrides.pop("language", "en")
        for key, value in overrides.items():
            setattr(services, key, value)
        return GatekeeperApp(services, language=str(language))

    return make
