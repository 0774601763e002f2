"""The history store: trainees, calls, turns, score items, workshops and settings.

Every method is synchronous and short, and every write is its own ``BEGIN IMMEDIATE``
transaction, so killing the app loses at most the turn that was being spoken. One
connection is shared behind a lock, which lets Textual workers call the store from threads.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import IO

from gatekeeper.dialogue.types import CallReport, TurnRecord
from gatekeeper.scenario.model import Outcome
from gatekeeper.store import converters as conv
from gatekeeper.store import export as exporting
from gatekeeper.store.db import (
    SCHEMA_VERSION,
    NotFound,
    ReadOnly,
    StoreError,
    can_write,
    connect,
    is_read_only_error,
    migrate,
    one_line,
    user_version,
    write_transaction,
)
from gatekeeper.store.filters import CallFilter
from gatekeeper.store.leaderboard import leaderboard as leaderboard_query
from gatekeeper.store.models import (
    CallDetail,
    CallSummary,
    LeaderRow,
    Trainee,
    TraineeDeleted,
    Workshop,
)
from gatekeeper.store.processes import current_owner, is_running

Clock = Callable[[], datetime]

LAST_TRAINEE = "last_trainee_id"
LANGUAGE = "language"


def utc_now() -> datetime:
    return datetime.now(UTC)


def open_store(path: Path, *, now: Clock = utc_now, tz: tzinfo | None = None) -> Store:
    """Open (or create) the history at ``path`` and migrate it to the current schema.

    ``now`` is the clock for every timestamp (inject one in tests); ``tz`` is the zone
    whose calendar days the leaderboard and exports use (default: the system's local time).
    Raises :class:`StoreError` with a one-line message if the file cannot be used. A history
    that can be read but not written opens read-only (``Store.read_only``): it is shown, and
    every write raises :class:`ReadOnly` with a one-line message.
    """
    path = Path(path)
    conn = connect(path)
    try:
        conn.row_factory = sqlite3.Row
        writable = can_write(conn)
        if writable:
            migrate(conn)
        elif user_version(conn) != SCHEMA_VERSION:
            raise StoreError(
                f"history {path} is read-only and from another gatekeeper version (schema "
                f"{user_version(conn)}, this one needs {SCHEMA_VERSION}); make it writable"
            )
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as e:
        conn.close()
        raise StoreError(f"cannot open history {path}: {one_line(e)}") from None
    if problems != ["ok"]:
        conn.close()
        raise StoreError(
            f"history {path} is damaged ({one_line(problems[0])}); move it aside to start anew"
        )
    return Store(conn, path, now=now, tz=tz, read_only=not writable)


class Store:
    """Use :func:`open_store`; the constructor expects a migrated connection."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        now: Clock,
        tz: tzinfo | None,
        read_only: bool = False,
    ) -> None:
        self.read_only = read_only
        self._conn = conn
        self._path = Path(path)
        self._base = self._path.parent
        self._now = now
        self._tz = tz
        self._lock = threading.RLock()
        self.opened_at = self._stamp()

    # --- plumbing ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _stamp(self) -> str:
        return conv.to_iso(self._now())

    def today(self) -> date:
        """The current calendar day in the store's zone, by the store's clock."""
        moment = self._now()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self._tz).date()

    def _error(self, e: sqlite3.Error) -> StoreError:
        return StoreError(f"history {self._path}: {one_line(e)}")

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One consistent snapshot for several SELECTs."""
        with self._lock:
            try:
                self._conn.execute("BEGIN")
                try:
                    yield self._conn
                finally:
                    if self._conn.in_transaction:
                        self._conn.execute("COMMIT")
            except sqlite3.Error as e:
                raise self._error(e) from None

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ReadOnly(f"history {self._path} is read-only: shown, nothing is saved")
        with self._lock:
            try:
                with write_transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as e:
                if is_read_only_error(e):  # became read-only while running (disk remounted)
                    self.read_only = True
                    raise ReadOnly(
                        f"history {self._path} became read-only: {one_line(e)}"
                    ) from None
                raise self._error(e) from None

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's full ``integrity_check`` finds nothing wrong."""
        with self._reading() as db:
            rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    # --- trainees ------------------------------------------------------------------------

    def add_trainee(self, name: str) -> Trainee:
        """Add a trainee, or return the existing one with that name (any case).

        Raises ValueError (one line) for an empty, over-long or control-character name.
        """
        display, key = conv.clean_name(name)
        with self._writing() as db:
            db.execute(
                "INSERT INTO trainees (name, name_key, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (name_key) DO NOTHING",
                (display, key, self._stamp()),
            )
            row = db.execute("SELECT * FROM trainees WHERE name_key = ?", (key,)).fetchone()
        return conv.trainee_from_row(row)

    def get_trainee(self, trainee_id: int) -> Trainee:
        with self._reading() as db:
            row = db.execute("SELECT * FROM trainees WHERE id = ?", (trainee_id,)).fetchone()
        if row is None:
            raise NotFound(f"no trainee with id {trainee_id}")
        return conv.trainee_from_row(row)

    def find_trainee(self, name: str) -> Trainee | None:
        key = conv.clean_name(name)[1]
        with self._reading() as db:
            row = db.execute("SELECT * FROM trainees WHERE name_key = ?", (key,)).fetchone()
        return None if row is None else conv.trainee_from_row(row)

    def list_trainees(self) -> list[Trainee]:
        """Most recently used (or, if never used, created) first."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT * FROM trainees ORDER BY COALESCE(last_used_at, created_at) DESC, id DESC"
            ).fetchall()
        return [conv.trainee_from_row(row) for row in rows]

    def set_last_trainee(self, trainee_id: int) -> None:
        with self._writing() as db:
            self._touch_trainee(db, trainee_id)
            self._put_setting(db, LAST_TRAINEE, str(trainee_id))

    def get_last_trainee(self) -> Trainee | None:
        value = self.get_setting(LAST_TRAINEE)
        if value is None or not value.isdigit():
            return None
        try:
            return self.get_trainee(int(value))
        except NotFound:
            return None

    def _touch_trainee(self, db: sqlite3.Connection, trainee_id: int) -> None:
        changed = db.execute(
            "UPDATE trainees SET last_used_at = ? WHERE id = ?", (self._stamp(), trainee_id)
        ).rowcount
        if not changed:
            raise NotFound(f"no trainee with id {trainee_id}")

    def delete_trainee(self, trainee_id: int) -> TraineeDeleted:
        """Remove a trainee with all their calls, turns, score items and recording files.

        The files go first, inside the write transaction: if one cannot be removed, the
        history is left unchanged and StoreError names the file, so no recording outlives
        its row unnoticed.
        """
        with self._writing() as db:
            row = db.execute("SELECT * FROM trainees WHERE id = ?", (trainee_id,)).fetchone()
            if row is None:
                raise NotFound(f"no trainee with id {trainee_id}")
            trainee = conv.trainee_from_row(row)
            calls = db.execute(
                "SELECT recording_path FROM calls WHERE trainee_id = ?", (trainee_id,)
            ).fetchall()
            removed: list[Path] = []
            for (stored,) in calls:
                recording = conv.recording_path(stored, self._base)
                if recording is None:
                    continue
                try:
                    recording.unlink()
                except FileNotFoundError:
                    continue
                except OSError as e:
                    raise StoreError(
                        f"cannot delete recording {recording}: {one_line(e)}"
                    ) from None
                removed.append(recording)
            db.execute("DELETE FROM trainees WHERE id = ?", (trainee_id,))
            db.execute(
                "DELETE FROM settings WHERE key = ? AND value = ?", (LAST_TRAINEE, str(trainee_id))
            )
        return TraineeDeleted(trainee=trainee, calls=len(calls), recordings_removed=tuple(removed))

    # --- workshops -----------------------------------------------------------------------

    def add_workshop(self, name: str) -> Workshop:
        """Add a workshop, or return the existing one with that name (any case)."""
        with self._writing() as db:
            workshop_id = self._workshop_id(db, name)
            row = db.execute("SELECT * FROM workshops WHERE id = ?", (workshop_id,)).fetchone()
        return conv.workshop_from_row(row)

    def list_workshops(self) -> list[Workshop]:
        with self._reading() as db:
            rows = db.execute("SELECT * FROM workshops ORDER BY created_at DESC, id DESC")
            return [conv.workshop_from_row(row) for row in rows]

    def _workshop_id(self, db: sqlite3.Connection, name: str) -> int:
        display, key = conv.clean_name(name, "workshop name")
        db.execute(
            "INSERT INTO workshops (name, name_key, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name_key) DO NOTHING",
            (display, key, self._stamp()),
        )
        return db.execute("SELECT id FROM workshops WHERE name_key = ?", (key,)).fetchone()[0]

    # --- calls ---------------------------------------------------------------------------

    def begin_call(
        self,
        trainee_id: int,
        scenario_id: str,
        scenario_title: str,
        language: str,
        seed: int,
        workshop: str | None = None,
    ) -> int:
        """Record that a call started (committed at once) and return its id."""
        if not isinstance(scenario_id, str) or not scenario_id.strip():
            raise ValueError("scenario id is empty")
        if not isinstance(language, str) or not language.strip():
            raise ValueError("language is empty")
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ValueError(f"seed must be an integer, got {seed!r}")
        pid, start = current_owner()
        with self._writing() as db:
            self._touch_trainee(db, trainee_id)
            workshop_id = None if workshop is None else self._workshop_id(db, workshop)
            stamp = self._stamp()
            cursor = db.execute(
                """INSERT INTO calls (trainee_id, scenario_id, scenario_title, language, seed,
                       started_at, workshop_id, owner_pid, owner_start, last_activity_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    trainee_id,
                    scenario_id,
                    scenario_title,
                    language,
                    seed,
                    stamp,
                    workshop_id,
                    pid,
                    start,
                    stamp,
                ),
            )
            return int(cursor.lastrowid)

    def _open_call(self, db: sqlite3.Connection, call_id: int) -> None:
        row = db.execute("SELECT ended_at FROM calls WHERE id = ?", (call_id,)).fetchone()
        if row is None:
            raise NotFound(f"no call with id {call_id}")
        if row[0] is not None:
            raise StoreError(f"call {call_id} has already ended")

    def add_turn(self, call_id: int, turn: TurnRecord) -> int:
        """Append a finished turn (its own commit) and return its ordinal (0, 1, ...)."""
        with self._writing() as db:
            self._open_call(db, call_id)
            ordinal = db.execute(
                "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM turns WHERE call_id = ?", (call_id,)
            ).fetchone()[0]
            self._insert_turn(db, call_id, ordinal, turn)
            db.execute(
                "UPDATE calls SET last_activity_at = ? WHERE id = ?", (self._stamp(), call_id)
            )
        return int(ordinal)

    @staticmethod
    def _insert_turn(db: sqlite3.Connection, call_id: int, ordinal: int, turn: TurnRecord) -> None:
        db.execute(
            """INSERT INTO turns (call_id, ordinal, speaker, text, start_s, end_s, kind,
                   judgement_json, step, line_id, interrupted, barged_in, section)
               VALUES (:call_id, :ordinal, :speaker, :text, :start_s, :end_s, :kind,
                   :judgement_json, :step, :line_id, :interrupted, :barged_in, :section)""",
            conv.turn_params(call_id, ordinal, turn),
        )

    def set_silence(self, call_id: int, silence_s: float, held: bool) -> None:
        """The silence after the trainee's last turn was measured (the shock pause ended):
        stored with that turn and on the call at once, so a call killed afterwards still
        shows the silence the trainee held."""
        if isinstance(silence_s, bool) or not isinstance(silence_s, int | float):
            raise ValueError(f"silence must be a number of seconds, got {silence_s!r}")
        with self._writing() as db:
            self._open_call(db, call_id)
            db.execute(
                """UPDATE turns SET silence_after_s = :silence, silence_held = :held
                   WHERE call_id = :call_id AND ordinal = (
                       SELECT MAX(ordinal) FROM turns
                       WHERE call_id = :call_id AND speaker = 'trainee')""",
                {"silence": float(silence_s), "held": int(held), "call_id": call_id},
            )
            db.execute(
                """UPDATE calls SET silence_after_pitch_s = ?, trainee_broke_silence = ?,
                       last_activity_at = ? WHERE id = ?""",
                (float(silence_s), int(not held), self._stamp(), call_id),
            )

    def set_recording(self, call_id: int, path: Path) -> None:
        """Remember where the call's audio was saved, so deleting the trainee removes it.

        A path inside the history's folder is stored relative to it, so the data folder can
        be moved as a whole.
        """
        absolute = Path(path).resolve()
        try:
            stored = str(absolute.relative_to(self._base.resolve()))
        except ValueError:
            stored = str(absolute)
        with self._writing() as db:
            changed = db.execute(
                "UPDATE calls SET recording_path = ? WHERE id = ?", (stored, call_id)
            ).rowcount
            if not changed:
                raise NotFound(f"no call with id {call_id}")

    def finish_call(self, call_id: int, report: CallReport) -> CallSummary:
        """Store the final report: outcome, score, pitch facts, score items, report JSON.

        The report is the call's final record: if it carries turns they replace the ones
        added during the call (all in one transaction); if it carries none, those stay.
        """
        with self._writing() as db:
            self._open_call(db, call_id)
            stamp = self._stamp()
            db.execute(
                """UPDATE calls SET ended_at = :ended_at, last_activity_at = :ended_at,
                       outcome = :outcome, score = :score, pitch_kind = :pitch_kind,
                       silence_after_pitch_s = :silence_after_pitch_s,
                       trainee_broke_silence = :trainee_broke_silence,
                       shock_pause_s = :shock_pause_s, duration_s = :duration_s,
                       report_json = :report_json
                   WHERE id = :call_id""",
                {**conv.report_params(report), "ended_at": stamp, "call_id": call_id},
            )
            if report.turns:
                measured = db.execute(
                    "SELECT speaker, start_s, silence_after_s, silence_held FROM turns"
                    " WHERE call_id = ? AND silence_after_s IS NOT NULL",
                    (call_id,),
                ).fetchall()
                db.execute("DELETE FROM turns WHERE call_id = ?", (call_id,))
                for ordinal, turn in enumerate(report.turns):
                    self._insert_turn(db, call_id, ordinal, turn)
                for speaker, start_s, silence, held in measured:  # keep what was measured
                    db.execute(
                        "UPDATE turns SET silence_after_s = ?, silence_held = ? WHERE call_id = ?"
                        " AND speaker = ? AND ABS(start_s - ?) < 0.001",
                        (silence, held, call_id, speaker, start_s),
                    )
            db.execute("DELETE FROM score_items WHERE call_id = ?", (call_id,))
            db.executemany(
                """INSERT INTO score_items (call_id, ordinal, item, points, max_points,
                       evidence, tip, section)
                   VALUES (:call_id, :ordinal, :item, :points, :max_points, :evidence, :tip,
                       :section)""",
                conv.score_item_params(call_id, report),
            )
        return self.get_call(call_id).summary

    def mark_abandoned_calls(self) -> list[int]:
        """Close calls left unfinished by a crashed or killed app (call this on startup).

        A call counts as abandoned when it has no end, began before this store was opened,
        and the process that began it is gone — so a call running in a second app window
        is left alone. Its turns are kept; it ends at its last recorded activity.
        """
        with self._writing() as db:
            rows = db.execute(
                "SELECT id, owner_pid, owner_start FROM calls"
                " WHERE ended_at IS NULL AND started_at < ?",
                (self.opened_at,),
            ).fetchall()
            me = os.getpid()
            dead = [
                row["id"]
                for row in rows
                if row["owner_pid"] != me and not is_running(row["owner_pid"], row["owner_start"])
            ]
            db.executemany(
                "UPDATE calls SET outcome = ?, ended_at = COALESCE(last_activity_at, started_at)"
                " WHERE id = ?",
                [(Outcome.abandoned.value, call_id) for call_id in dead],
            )
        return dead

    # --- reading calls -------------------------------------------------------------------

    def _summaries(
        self, db: sqlite3.Connection, where: str, params: dict, order: str, limit: int | None
    ) -> list[CallSummary]:
        sql = (
            f"SELECT {conv.CALL_SUMMARY_COLUMNS} FROM {conv.CALL_SUMMARY_FROM}"
            f" WHERE {where} ORDER BY {order}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [conv.call_summary_from_row(row, self._base) for row in db.execute(sql, params)]

    def _detail(self, db: sqlite3.Connection, summary: CallSummary) -> CallDetail:
        turns = db.execute(
            "SELECT * FROM turns WHERE call_id = ? ORDER BY ordinal", (summary.id,)
        ).fetchall()
        items = db.execute(
            "SELECT * FROM score_items WHERE call_id = ? ORDER BY ordinal", (summary.id,)
        ).fetchall()
        report = db.execute("SELECT report_json FROM calls WHERE id = ?", (summary.id,)).fetchone()
        return CallDetail(
            summary=summary,
            turns=tuple(conv.turn_from_row(row) for row in turns),
            score_items=tuple(conv.score_item_from_row(row) for row in items),
            report=conv.report_from_row(report),
        )

    def get_call(self, call_id: int) -> CallDetail:
        with self._reading() as db:
            found = self._summaries(db, "c.id = :id", {"id": call_id}, "c.id", None)
            if not found:
                raise NotFound(f"no call with id {call_id}")
            return self._detail(db, found[0])

    def calls(
        self,
        trainee_id: int | None = None,
        *,
        day: date | None = None,
        workshop: str | None = None,
        include_in_progress: bool = True,
        limit: int | None = None,
    ) -> list[CallSummary]:
        """Calls for the history screen, newest first."""
        where, params = CallFilter(day, workshop, not include_in_progress).where(self._tz)
        if trainee_id is not None:
            where += " AND c.trainee_id = :trainee_id"
            params["trainee_id"] = trainee_id
        with self._reading() as db:
            return self._summaries(db, where, params, "c.started_at DESC, c.id DESC", limit)

    def attempts(self, trainee_id: int, scenario_id: str) -> list[CallSummary]:
        """A trainee's ended calls of one scenario, oldest first: the trend of score and
        silence held. Calls still in progress are left out; abandoned ones have no score.
        Calls that broke off (``interrupted``: the microphone stopped; ``overrun``: the
        engine's cap) are no attempt and are left out too."""
        with self._reading() as db:
            return self._summaries(
                db,
                "c.trainee_id = :trainee_id AND c.scenario_id = :scenario_id"
                " AND c.ended_at IS NOT NULL"
                " AND (c.outcome IS NULL OR c.outcome NOT IN (:interrupted, :overrun))",
                {
                    "trainee_id": trainee_id,
                    "scenario_id": scenario_id,
                    "interrupted": Outcome.interrupted.value,
                    "overrun": Outcome.overrun.value,
                },
                "c.started_at, c.id",
                None,
            )

    def leaderboard(self, day: date | None = None, workshop: str | None = None) -> list[LeaderRow]:
        """Ranking over ended calls; ``day`` None means all days (use :meth:`today`)."""
        with self._reading() as db:
            return leaderboard_query(db, CallFilter(day, workshop), self._tz)

    def call_details(
        self, day: date | None = None, workshop: str | None = None
    ) -> list[CallDetail]:
        """Ended calls with turns and score items, oldest first, from one snapshot."""
        where, params = CallFilter(day, workshop).where(self._tz)
        with self._reading() as db:
            summaries = self._summaries(db, where, params, "c.started_at, c.id", None)
            return [self._detail(db, summary) for summary in summaries]

    # --- exports -------------------------------------------------------------------------

    def export_csv(
        self,
        target: Path | IO[str],
        workshop: str | None = None,
        day: date | None = None,
    ) -> int:
        """One row per ended call (see :mod:`gatekeeper.store.export`); returns the count."""
        details = self.call_details(day=day, workshop=workshop)
        return exporting.write_csv(target, [d.summary for d in details])

    def export_json(
        self,
        target: Path | IO[str],
        workshop: str | None = None,
        day: date | None = None,
    ) -> int:
        """Like :meth:`export_csv`, with each call's turns and score items."""
        details = self.call_details(day=day, workshop=workshop)
        return exporting.write_json(
            target, details, CallFilter(day, workshop), exported_at=self._stamp()
        )

    # --- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._reading() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a text value; ``None`` removes the key."""
        if not isinstance(key, str) or not key.strip():
            raise ValueError("setting key is empty")
        if value is not None and not isinstance(value, str):
            raise ValueError(f"setting {key} must be text, got {type(value).__name__}")
        with self._writing() as db:
            self._put_setting(db, key, value)

    @staticmethod
    def _put_setting(db: sqlite3.Connection, key: str, value: str | None) -> None:
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
