"""The workshop leaderboard: who practised, their best score and their longest silence.

Ranked by best score, then by the longest silence held after the pitch (the technique's
core skill), then by how many calls were made. Calls still in progress do not count.
"""

from __future__ import annotations

import sqlite3
from datetime import tzinfo

from gatekeeper.store.converters import trainee_from_row
from gatekeeper.store.filters import CallFilter
from gatekeeper.store.models import LeaderRow


def leaderboard(
    conn: sqlite3.Connection, selection: CallFilter, tz: tzinfo | None
) -> list[LeaderRow]:
    where, params = selection.where(tz)
    rows = conn.execute(
        f"""
        SELECT t.id, t.name, t.created_at, t.last_used_at,
               COUNT(c.id) AS calls,
               MAX(c.score) AS best_score,
               MAX(c.silence_after_pitch_s) AS longest_silence_s
        FROM calls c
        JOIN trainees t ON t.id = c.trainee_id
        LEFT JOIN workshops w ON w.id = c.workshop_id
        WHERE {where}
        GROUP BY t.id
        ORDER BY best_score IS NULL, best_score DESC,
                 longest_silence_s IS NULL, longest_silence_s DESC,
                 calls DESC, t.name_key
        """,
        params,
    ).fetchall()
    return [
        LeaderRow(
            trainee=trainee_from_row(row),
            calls=row["calls"],
            best_score=row["best_score"],
            longest_silence_s=row["longest_silence_s"],
        )
        for row in rows
    ]
