"""Where the history lives by default.

Only the app and the CLI call these; :func:`gatekeeper.store.open_store` always takes an
explicit path, so tests and coaches' tools never write into someone's real history by accident.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from gatekeeper.locations import data_dir

HISTORY_FILE_NAME = "history.sqlite3"


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$GATEKEEPER_DATA_DIR`` if set, else ``$XDG_DATA_HOME/gatekeeper``, else
    ``~/.local/share/gatekeeper`` (see :mod:`gatekeeper.locations`)."""
    return data_dir(env)


def default_store_path(env: Mapping[str, str] | None = None) -> Path:
    return default_data_dir(env) / HISTORY_FILE_NAME


def default_recordings_dir(env: Mapping[str, str] | None = None) -> Path:
    """Recordings sit beside the history so deleting a trainee can find and remove them."""
    return default_data_dir(env) / "recordings"
