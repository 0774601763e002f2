from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from store_fixtures import make_report

from gatekeeper.scenario.model import Kind, Outcome
from gatekeeper.store import StoreError
from gatekeeper.store.export import CSV_COLUMNS


@pytest.fixture
def coached(store):
    """Two workshop calls, one private call and one call still in progress."""
    jurgen = store.add_trainee("Jürgen")
    formula = store.add_trainee('=HYPERLINK("http://x")')
    first = store.begin_call(
        jurgen.id, "standard-receptionist", "Empfang, mit Komma", "de", 3, "Kurs März"
    )
    store.finish_call(first, make_report(score=82, silence_s=2.5, broke=False))
    second = store.begin_call(formula.id, "standard-receptionist", "Empfang", "de", 4, "Kurs März")
    store.finish_call(
        second,
        make_report(
            score=31,
            silence_s=0.4,
            broke=True,
            outcome=Outcome.brushed_off,
            pitch_kind=Kind.flattery,
        ),
    )
    private = store.begin_call(jurgen.id, "flat-rejection", "Ablehnung", "de", 5)
    store.finish_call(
        private,
        make_report(
            score=50, silence_s=None, broke=None, outcome=Outcome.rejected, pitch_kind=None
        ),
    )
    store.begin_call(jurgen.id, "standard-receptionist", "Empfang", "de", 6, "Kurs März")
    return {"first": first, "second": second, "private": private}


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_one_row_per_ended_call_of_the_workshop(store, coached, tmp_path):
    target = tmp_path / "kurs.csv"
    assert store.export_csv(target, workshop="kurs märz") == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(target)
    assert list(rows[0]) == list(CSV_COLUMNS)
    first, second = rows
    assert first["call_id"] == str(coached["first"])
    assert first["trainee"] == "Jürgen"
    assert first["workshop"] == "Kurs März"
    assert first["scenario_title"] == "Empfang, mit Komma"
    assert (first["score"], first["outcome"]) == ("82", "put_through")
    assert first["pitch_kind"] == "honest"
    assert (first["silence_after_pitch_s"], first["trainee_broke_silence"]) == ("2.5", "no")
    assert first["started_at"].startswith("2025-03-14T09:00:")
    assert first["started_at"].endswith("+00:00")
    # spreadsheet formulas are defused, not run
    assert second["trainee"] == '\'=HYPERLINK("http://x")'
    assert (second["outcome"], second["pitch_kind"], second["trainee_broke_silence"]) == (
        "brushed_off",
        "flattery",
        "yes",
    )
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["kurs.csv"]


def test_csv_of_all_calls_to_an_open_file(store, coached):
    out = io.StringIO()
    assert store.export_csv(out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    private = rows[-1]
    assert private["workshop"] == ""
    assert (private["silence_after_pitch_s"], private["trainee_broke_silence"]) == ("", "")
    assert private["pitch_kind"] == ""


def test_csv_for_a_day(store, coached, tmp_path):
    target = tmp_path / "day.csv"
    assert store.export_csv(target, day=date(2025, 3, 14)) == 3
    assert store.export_csv(target, day=date(2025, 3, 15)) == 0
    assert read_csv(target) == []


def test_json_includes_turns_and_score_items(store, coached, tmp_path):
    target = tmp_path / "kurs.json"
    assert store.export_json(target, workshop="Kurs März") == 2
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["format"] == "gatekeeper-history"
    assert payload["filter"] == {"day": None, "workshop": "Kurs März"}
    first = payload["calls"][0]
    assert first["trainee"] == "Jürgen" and first["score"] == 82 and first["seed"] == 3
    assert first["trainee_broke_silence"] is False
    assert [t["speaker"] for t in first["turns"]] == ["gatekeeper", "trainee"]
    assert first["turns"][1]["kind"] == "honest"
    assert first["turns"][1]["judgement"]["evidence"][0]["phrase"] == "Kunden gewinnen"
    assert [s["item"] for s in first["score_items"]] == ["honesty", "silence"]
    assert first["score_items"][0]["tip"] == "Keep it this short."
    assert payload["calls"][1]["trainee"] == '=HYPERLINK("http://x")'  # JSON keeps it as is


def test_json_export_replaces_an_old_file_whole(store, coached, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("old and much longer " * 1000)
    store.export_json(target, day=date(2025, 3, 14))
    assert len(json.loads(target.read_text())["calls"]) == 3


def test_exporting_into_a_missing_folder_is_a_one_line_store_error(store, coached, tmp_path):
    with pytest.raises(StoreError, match="cannot write export") as caught:
        store.export_csv(tmp_path / "no" / "such" / "dir.csv")
    assert "\n" not in str(caught.value)
