"""Where the history lives by default.

Only the app and the CLI call these; :func:`gatekeeper.store.open_store` always takes an
explicit path, so tests and coaches' tools never write into someone's real history by accident.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_DIR_NAME = "gatekeeper"
HISTORY_FILE_NAME = "history.sqlite3"
DATA_DIR_ENV = "GATEKEEPER_DATA_DIR"


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$GATEKEEPER_DATA_DIR`` if set, else ``$XDG_DATA_HOME/gatekeeper``, else
    ``~/.local/share/gatekeeper``. A relative ``XDG_DATA_HOME`` is ignored, as the XDG
    specification asks."""
    env = os.environ if env is None else env
    override = env.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    xdg = env.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / APP_DIR_NAME


def default_store_path(env: Mapping[str, str] | None = None) -> Path:
    return default_data_dir(env) / HISTORY_FILE_NAME


def default_recordings_dir(env: Mapping[str, str] | None = None) -> Path:
    """Recordings sit beside the history so deleting a trainee can find and remove them."""
    return default_data_dir(env) / "recordings"
