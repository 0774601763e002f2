"""Exports for the coach: CSV for a spreadsheet, JSON with every turn and score item.

Written to a path atomically (a temporary file in the same folder, then renamed), so an
interrupted export never leaves half a file where the coach expects a whole one. CSV files
get a UTF-8 byte-order mark because spreadsheet programs otherwise mangle "Jürgen".
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from gatekeeper.store.converters import to_iso
from gatekeeper.store.db import StoreError, one_line
from gatekeeper.store.filters import CallFilter
from gatekeeper.store.models import CallDetail, CallSummary

CSV_COLUMNS = (
    "call_id",
    "trainee",
    "workshop",
    "scenario_id",
    "scenario_title",
    "language",
    "started_at",
    "ended_at",
    "score",
    "outcome",
    "pitch_kind",
    "silence_after_pitch_s",
    "trainee_broke_silence",
)
JSON_FORMAT = "gatekeeper-history"
JSON_VERSION = 1

# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell_text(text: str | None) -> str:
    if text is None:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(value: float | int | None) -> str:
    return "" if value is None else str(round(value, 3) if isinstance(value, float) else value)


def summary_json(call: CallSummary) -> dict[str, Any]:
    return {
        "call_id": call.id,
        "trainee": call.trainee_name,
        "workshop": call.workshop,
        "scenario_id": call.scenario_id,
        "scenario_title": call.scenario_title,
        "language": call.language,
        "seed": call.seed,
        "started_at": to_iso(call.started_at),
        "ended_at": None if call.ended_at is None else to_iso(call.ended_at),
        "score": call.score,
        "outcome": None if call.outcome is None else call.outcome.value,
        "pitch_kind": None if call.pitch_kind is None else call.pitch_kind.value,
        "silence_after_pitch_s": call.silence_after_pitch_s,
        "trainee_broke_silence": call.trainee_broke_silence,
    }


def csv_row(call: CallSummary) -> list[str]:
    data = summary_json(call)
    broke = data["trainee_broke_silence"]
    return [
        str(data["call_id"]),
        _cell_text(data["trainee"]),
        _cell_text(data["workshop"]),
        _cell_text(data["scenario_id"]),
        _cell_text(data["scenario_title"]),
        _cell_text(data["language"]),
        data["started_at"],
        data["ended_at"] or "",
        _number(data["score"]),
        data["outcome"] or "",
        data["pitch_kind"] or "",
        _number(data["silence_after_pitch_s"]),
        "" if broke is None else ("yes" if broke else "no"),
    ]


def detail_json(detail: CallDetail) -> dict[str, Any]:
    return {
        **summary_json(detail.summary),
        "turns": [
            {
                "ordinal": t.ordinal,
                "speaker": t.speaker,
                "text": t.text,
                "start_s": t.start_s,
                "end_s": t.end_s,
                "step": t.step,
                "line": t.line,
                "kind": None if t.kind is None else t.kind.value,
                "interrupted": t.interrupted,
                "barged_in": t.barged_in,
                "judgement": t.judgement,
                "section": t.section,
            }
            for t in detail.turns
        ],
        "score_items": [
            {
                "item": s.item,
                "points": s.points,
                "max_points": s.max_points,
                "evidence": s.evidence,
                "tip": s.tip,
                "section": s.section,
            }
            for s in detail.score_items
        ],
    }


def write_csv(target: Path | IO[str], calls: Sequence[CallSummary]) -> int:
    def body(out: IO[str]) -> None:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_row(call) for call in calls)

    _write(target, body, encoding="utf-8-sig")
    return len(calls)


def write_json(
    target: Path | IO[str],
    calls: Sequence[CallDetail],
    selection: CallFilter,
    exported_at: str,
) -> int:
    payload = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": exported_at,
        "filter": selection.to_json(),
        "calls": [detail_json(call) for call in calls],
    }

    def body(out: IO[str]) -> None:
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")

    _write(target, body, encoding="utf-8")
    return len(calls)


def _write(target: Path | IO[str], body: Callable[[IO[str]], None], encoding: str) -> None:
    if not isinstance(target, str | os.PathLike):
        body(target)
        return
    path = Path(target)
    buffer = io.StringIO(newline="")
    body(buffer)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as e:
        raise StoreError(f"cannot write export {path}: {one_line(e)}") from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            out.write(buffer.getvalue())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"cannot write export {path}: {one_line(e)}") from None
