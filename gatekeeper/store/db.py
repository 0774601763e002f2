"""Opening the SQLite file and migrating its schema.

Why these settings: two app instances on one laptop (a trainee's window and a coach's
export) must be able to write at the same time without "database is locked" or a corrupt
file. WAL lets readers and one writer work together; ``busy_timeout`` makes a second writer
wait instead of failing; every write is a short ``BEGIN IMMEDIATE`` transaction so the lock is
taken up front and never upgraded half-way (which is where deadlocks come from).

Migrations are forward-only and numbered by ``PRAGMA user_version``. Each runs in its own
``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash or a concurrent
opener sees either the old schema or the new one, never half of it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_S = 5.0


class StoreError(Exception):
    """The history file cannot be used (corrupt, locked too long, newer version, unwritable,
    unknown id). The message is one line, fit to show the user."""


class NotFound(StoreError, LookupError):
    """A trainee or call id that is not (or no longer) in the history."""


class ReadOnly(StoreError):
    """The history can be read but not written (a read-only file, folder or disk): it is
    shown, nothing new is saved."""


def is_read_only_error(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open database" in text


def can_write(conn: sqlite3.Connection) -> bool:
    """Whether a write really commits: rewrites ``user_version`` with its own value (file
    permissions say nothing for root, an immutable file or a read-only mount)."""
    try:
        with write_transaction(conn):
            conn.execute(f"PRAGMA user_version = {user_version(conn)}")
    except sqlite3.OperationalError as e:
        if is_read_only_error(e):
            return False
        raise
    return True


@dataclass(frozen=True)
class Migration:
    version: int
    why: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "trainees, calls, turns, score items, settings",
        (
            """CREATE TABLE trainees (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                last_used_at TEXT
            )""",
            """CREATE TABLE calls (
                id INTEGER PRIMARY KEY,
                trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
                scenario_id TEXT NOT NULL,
                scenario_title TEXT NOT NULL,
                language TEXT NOT NULL,
                seed INTEGER NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT,
                outcome TEXT,
                score INTEGER,
                pitch_kind TEXT,
                silence_after_pitch_s REAL,
                trainee_broke_silence INTEGER,
                report_json TEXT,
                recording_path TEXT
            )""",
            "CREATE INDEX calls_by_trainee ON calls(trainee_id, scenario_id, started_at)",
            "CREATE INDEX calls_by_start ON calls(started_at)",
            """CREATE TABLE turns (
                call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                text TEXT NOT NULL,
                start_s REAL NOT NULL,
                end_s REAL NOT NULL,
                kind TEXT,
                judgement_json TEXT,
                step TEXT,
                line_id TEXT,
                interrupted INTEGER NOT NULL DEFAULT 0,
                barged_in INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (call_id, ordinal)
            )""",
            """CREATE TABLE score_items (
                call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                item TEXT NOT NULL,
                points REAL NOT NULL,
                max_points REAL NOT NULL,
                evidence TEXT NOT NULL,
                tip TEXT NOT NULL,
                PRIMARY KEY (call_id, ordinal)
            )""",
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ),
    ),
    Migration(
        2,
        "workshops; owner process and last activity of a call, to spot crashed calls",
        (
            """CREATE TABLE workshops (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            )""",
            "ALTER TABLE calls ADD COLUMN workshop_id INTEGER"
            " REFERENCES workshops(id) ON DELETE SET NULL",
            "CREATE INDEX calls_by_workshop ON calls(workshop_id)",
            "ALTER TABLE calls ADD COLUMN owner_pid INTEGER",
            "ALTER TABLE calls ADD COLUMN owner_start TEXT",
            "ALTER TABLE calls ADD COLUMN last_activity_at TEXT",
            "ALTER TABLE calls ADD COLUMN shock_pause_s REAL",
            "ALTER TABLE calls ADD COLUMN duration_s REAL",
        ),
    ),
    Migration(
        3,
        "the silence measured after a turn, stored with the turn as the call goes",
        (
            "ALTER TABLE turns ADD COLUMN silence_after_s REAL",
            "ALTER TABLE turns ADD COLUMN silence_held INTEGER",
        ),
    ),
    Migration(
        4,
        "who was on the line: the section (0 the secretary, 1 the boss she put the caller"
        " through to) of each turn and score item",
        (
            "ALTER TABLE turns ADD COLUMN section INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE score_items ADD COLUMN section INTEGER NOT NULL DEFAULT 0",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` (creating it and its folder) with WAL, foreign keys and a busy timeout.

    The connection is in autocommit mode; writers use :func:`write_transaction`.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"history path {path} is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create folder for history {path}: {one_line(e)}") from None
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as e:
        raise StoreError(f"cannot open history {path}: {one_line(e)}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as e:
        conn.close()
        raise StoreError(f"cannot open history {path}: {one_line(e)}") from None
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL (a lasting property of the file, so usually already done).

    SQLite answers a journal-mode change with "database is locked" at once, without its busy
    handler, while another connection is opening the same new file; two app instances started
    together hit exactly that. So the switch is retried until the busy timeout runs out. Falls
    back silently where WAL is impossible (some network file systems keep "delete").
    """
    if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    _retry_while_busy(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())


def _retry_while_busy(action: Callable[[], object], timeout_s: float = BUSY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    pause_s = 0.001
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as e:
            busy = "locked" in str(e) or "busy" in str(e)
            if not busy or time.monotonic() + pause_s > deadline:
                raise
        time.sleep(pause_s)
        pause_s = min(pause_s * 2, 0.05)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; roll back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    migrations: Sequence[Migration] = MIGRATIONS,
    target: int | None = None,
) -> int:
    """Bring the schema up to ``target`` (default: the newest) and return the version.

    Safe to call on every open and from several processes at once: the version is re-read
    inside each migration's transaction, so a step another process already applied is
    skipped. A file from a newer gatekeeper is refused rather than touched.
    """
    newest = migrations[-1].version if migrations else 0
    target = newest if target is None else target
    current = user_version(conn)
    if current > newest:
        raise StoreError(
            f"history was written by a newer gatekeeper (schema {current}, this one knows "
            f"{newest}); update gatekeeper"
        )
    for migration in migrations:
        if migration.version > target:
            break
        with write_transaction(conn):
            if user_version(conn) >= migration.version:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
    return user_version(conn)
