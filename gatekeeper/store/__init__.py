"""The history: trainees, calls, turns, scores, workshops and settings in one SQLite file.

Open it with :func:`open_store` and a path (the app uses :func:`default_store_path`).
No textual here: the UI sits on top.
"""

from __future__ import annotations

from gatekeeper.store.db import SCHEMA_VERSION, NotFound, ReadOnly, StoreError
from gatekeeper.store.locations import (
    default_data_dir,
    default_recordings_dir,
    default_store_path,
)
from gatekeeper.store.models import (
    CallDetail,
    CallSummary,
    LeaderRow,
    StoredScoreItem,
    StoredTurn,
    Trainee,
    TraineeDeleted,
    Workshop,
)
from gatekeeper.store.repo import LANGUAGE, LAST_TRAINEE, Store, open_store

__all__ = [
    "LANGUAGE",
    "LAST_TRAINEE",
    "SCHEMA_VERSION",
    "CallDetail",
    "CallSummary",
    "LeaderRow",
    "NotFound",
    "ReadOnly",
    "Store",
    "StoreError",
    "StoredScoreItem",
    "StoredTurn",
    "Trainee",
    "TraineeDeleted",
    "Workshop",
    "default_data_dir",
    "default_recordings_dir",
    "default_store_path",
    "open_store",
]
