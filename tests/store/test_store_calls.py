from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from store_fixtures import FakeClock, gatekeeper_turn, make_report, trainee_turn

from gatekeeper.scenario.model import Kind, Outcome
from gatekeeper.store import NotFound, StoreError, open_store


def begin(store, name="Anna", scenario="standard-receptionist", workshop=None):
    trainee = store.add_trainee(name)
    return trainee, store.begin_call(trainee.id, scenario, "Empfang", "de", 7, workshop)


def test_a_call_from_begin_to_scorecard(store):
    trainee, call_id = begin(store)
    in_progress = store.get_call(call_id).summary
    assert in_progress.in_progress and in_progress.outcome is None and in_progress.score is None
    assert store.add_turn(call_id, gatekeeper_turn()) == 0
    assert store.add_turn(call_id, trainee_turn()) == 1
    report = make_report(score=83, silence_s=2.75, broke=False)

    summary = store.finish_call(call_id, report)

    assert summary.outcome is Outcome.put_through
    assert summary.score == 83
    assert summary.pitch_kind is Kind.honest
    assert summary.silence_after_pitch_s == 2.75
    assert summary.trainee_broke_silence is False
    assert summary.ended_at > summary.started_at
    assert summary.started_at.tzinfo is not None
    detail = store.get_call(call_id)
    assert detail.report == report.to_json()
    assert [t.speaker for t in detail.turns] == ["gatekeeper", "trainee"]
    pitch = detail.turns[1]
    assert pitch.kind is Kind.honest and pitch.step == "pitch"
    assert pitch.judgement == report.turns[1].judgement.to_json()
    assert detail.turns[0].line == "ask_topic"
    assert [(s.item, s.points, s.max_points) for s in detail.score_items] == [
        ("honesty", 20.0, 20.0),
        ("silence", 25 * 0.83, 25.0),
    ]
    assert detail.score_items[0].tip == "Keep it this short."


def test_timestamps_are_utc_iso_from_the_injected_clock(store, db_path, clock):
    _, call_id = begin(store)
    conn = sqlite3.connect(db_path)
    started = conn.execute("SELECT started_at FROM calls WHERE id = ?", (call_id,)).fetchone()[0]
    conn.close()
    assert started.startswith("2025-03-14T09:00:") and started.endswith("+00:00")


def test_the_report_s_turns_are_the_final_record(store):
    _, call_id = begin(store)
    store.add_turn(call_id, gatekeeper_turn("Hallo?"))
    store.finish_call(call_id, make_report())
    assert [t.text for t in store.get_call(call_id).turns][0] == "Worum geht's denn?"
    assert len(store.get_call(call_id).turns) == 2

    _, other = begin(store, "Ben")
    store.add_turn(other, gatekeeper_turn("Hallo?"))
    store.finish_call(other, make_report(turns=[]))
    assert [t.text for t in store.get_call(other).turns] == ["Hallo?"]


def test_ended_and_unknown_calls_are_refused(store):
    trainee, call_id = begin(store)
    store.finish_call(call_id, make_report())
    with pytest.raises(StoreError, match="already ended"):
        store.add_turn(call_id, trainee_turn())
    with pytest.raises(StoreError, match="already ended"):
        store.finish_call(call_id, make_report(score=1))
    assert store.get_call(call_id).summary.score == 80
    with pytest.raises(NotFound):
        store.add_turn(4242, trainee_turn())
    with pytest.raises(NotFound):
        store.get_call(4242)
    with pytest.raises(NotFound):
        store.begin_call(999, "s", "S", "de", 1)
    with pytest.raises(ValueError):
        store.begin_call(trainee.id, " ", "S", "de", 1)
    assert len(store.calls()) == 1


def test_attempts_are_the_trend_oldest_first(store):
    anna, _ = begin(store)
    ben = store.add_trainee("Ben")
    scores = [(40, 0.6, True), (55, 1.4, True), (90, 3.1, False)]
    ids = []
    for score, silence, broke in scores:
        call_id = store.begin_call(anna.id, "standard-receptionist", "Empfang", "de", 1)
        store.finish_call(call_id, make_report(score=score, silence_s=silence, broke=broke))
        ids.append(call_id)
    other = store.begin_call(anna.id, "flat-rejection", "Ablehnung", "de", 1)
    store.finish_call(other, make_report(score=10, scenario="flat-rejection"))
    bens = store.begin_call(ben.id, "standard-receptionist", "Empfang", "de", 1)
    store.finish_call(bens, make_report(score=99))

    trend = store.attempts(anna.id, "standard-receptionist")

    # the first call from begin() is still in progress and not part of the trend
    assert [c.id for c in trend] == ids
    assert [(c.score, c.silence_after_pitch_s, c.trainee_broke_silence) for c in trend] == scores
    assert [c.id for c in store.calls(anna.id, limit=2)] == [other, ids[-1]]


def test_crashed_calls_are_marked_abandoned_on_startup(db_path):
    clock = FakeClock()
    store = open_store(db_path, now=clock)
    _, call_id = begin(store)
    store.add_turn(call_id, gatekeeper_turn())
    store.add_turn(call_id, trainee_turn())
    _, finished = begin(store, "Ben")
    store.finish_call(finished, make_report())
    # pretend a process that has exited began the call
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    store._conn.execute("UPDATE calls SET owner_pid = ? WHERE id = ?", (int(gone.stdout), call_id))
    last_activity = store._conn.execute(
        "SELECT last_activity_at FROM calls WHERE id = ?", (call_id,)
    ).fetchone()[0]
    store.close()

    with open_store(db_path, now=clock) as later:
        assert later.mark_abandoned_calls() == [call_id]
        assert later.mark_abandoned_calls() == []
        detail = later.get_call(call_id)
        assert detail.summary.outcome is Outcome.abandoned
        assert detail.summary.score is None
        assert detail.summary.ended_at.isoformat(timespec="microseconds") == last_activity
        assert len(detail.turns) == 2
        assert later.get_call(finished).summary.outcome is Outcome.put_through


def test_calls_of_running_processes_are_left_alone(db_path):
    clock = FakeClock()
    with open_store(db_path, now=clock) as store:
        _, mine = begin(store)
        _, other = begin(store, "Ben")
        # the parent of this test runner stands in for a second running app window
        store._conn.execute(
            "UPDATE calls SET owner_pid = ?, owner_start = NULL WHERE id = ?", (os.getppid(), other)
        )
    with open_store(db_path, now=clock) as later:
        assert later.mark_abandoned_calls() == []
        assert later.get_call(mine).summary.in_progress
        assert later.get_call(other).summary.in_progress


def test_calls_begun_after_opening_are_not_abandoned(db_path):
    clock = FakeClock()
    with open_store(db_path, now=clock) as store:
        _, call_id = begin(store)
        store._conn.execute("UPDATE calls SET owner_pid = 0 WHERE id = ?", (call_id,))
        assert store.mark_abandoned_calls() == []


def test_recording_paths_inside_the_data_folder_are_stored_relative(store, db_path, tmp_path):
    _, call_id = begin(store)
    inside = db_path.parent / "recordings" / "call-1.wav"
    store.set_recording(call_id, inside)
    assert store.get_call(call_id).summary.recording_path == inside
    conn = sqlite3.connect(db_path)
    stored = conn.execute("SELECT recording_path FROM calls").fetchone()[0]
    conn.close()
    assert stored == os.path.join("recordings", "call-1.wav")
    outside = tmp_path / "elsewhere.wav"
    store.set_recording(call_id, outside)
    assert store.get_call(call_id).summary.recording_path == outside
    with pytest.raises(NotFound):
        store.set_recording(999, outside)


def test_delete_trainee_removes_calls_turns_scores_and_recordings(store, db_path, tmp_path):
    anna, call_a = begin(store, "Anna")
    store.add_turn(call_a, trainee_turn())
    store.finish_call(call_a, make_report())
    call_a2 = store.begin_call(anna.id, "standard-receptionist", "Empfang", "de", 2, "Kurs")
    ben, call_b = begin(store, "Ben")
    store.finish_call(call_b, make_report())
    recordings = db_path.parent / "recordings"
    recordings.mkdir()
    anna_wav, anna_gone, ben_wav = (recordings / n for n in ("a1.wav", "a2.wav", "b.wav"))
    for wav in (anna_wav, anna_gone, ben_wav):
        wav.write_bytes(b"RIFF")
    store.set_recording(call_a, anna_wav)
    store.set_recording(call_a2, anna_gone)
    store.set_recording(call_b, ben_wav)
    anna_gone.unlink()  # a missing file does not stop the deletion
    store.set_last_trainee(anna.id)

    deleted = store.delete_trainee(anna.id)

    assert deleted.trainee.name == "Anna" and deleted.calls == 2
    assert deleted.recordings_removed == (anna_wav,)
    assert not anna_wav.exists() and ben_wav.exists()
    assert [t.name for t in store.list_trainees()] == ["Ben"]
    assert store.get_last_trainee() is None
    conn = sqlite3.connect(db_path)
    for table in ("calls", "turns", "score_items"):
        left = conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE {'id' if table == 'calls' else 'call_id'}"
            " IN (?, ?)",
            (call_a, call_a2),
        ).fetchone()[0]
        assert left == 0, table
    assert conn.execute("SELECT COUNT(*) FROM score_items").fetchone()[0] == 2
    conn.close()
    assert store.get_call(call_b).summary.trainee_name == "Ben"
    with pytest.raises(NotFound):
        store.delete_trainee(anna.id)


def test_delete_trainee_keeps_everything_if_a_recording_cannot_be_removed(store, tmp_path):
    anna, call_id = begin(store)
    stubborn = tmp_path / "stubborn.wav"
    stubborn.mkdir()  # unlink() of a folder fails
    store.set_recording(call_id, stubborn)
    with pytest.raises(StoreError, match="cannot delete recording"):
        store.delete_trainee(anna.id)
    assert store.get_trainee(anna.id).name == "Anna"
    assert stubborn.is_dir()
    assert store.get_call(call_id).summary.recording_path == stubborn


def test_one_store_can_be_shared_by_worker_threads(store):
    import threading

    anna = store.add_trainee("Anna")
    call_ids = [store.begin_call(anna.id, "s", "S", "de", n) for n in range(4)]
    errors: list[BaseException] = []

    def talk(call_id: int) -> None:
        try:
            for n in range(20):
                store.add_turn(call_id, trainee_turn(start_s=n))
                store.list_trainees()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=talk, args=(c,)) for c in call_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for call_id in call_ids:
        assert [t.ordinal for t in store.get_call(call_id).turns] == list(range(20))


@pytest.mark.parametrize("outcome", [Outcome.interrupted, Outcome.overrun])
def test_a_call_that_broke_off_is_kept_but_is_no_scored_attempt(store, outcome):
    """Issue 8, case 3: a lost microphone used to end the call as 'You hung up' and save a
    0-point attempt; a call stopped by the engine's cap scored 100."""
    trainee, first = begin(store)
    store.finish_call(first, make_report(score=70))
    _, broken = begin(store)
    store.add_turn(broken, gatekeeper_turn())
    summary = store.finish_call(broken, make_report(score=100, outcome=outcome))
    assert summary.outcome is outcome and summary.score is None
    assert [t.speaker for t in store.get_call(broken).turns] == ["gatekeeper", "trainee"]
    assert [a.id for a in store.attempts(trainee.id, "standard-receptionist")] == [first]
    assert broken in [c.id for c in store.calls(trainee.id)]  # still in the history
    assert store.leaderboard()[0].best_score == 70


def test_the_measured_silence_is_stored_with_the_turn_as_the_call_goes(store):
    """Issue 8, case 4: after a kill -9 the turns survived but the measured silence was gone."""
    trainee, call_id = begin(store)
    store.add_turn(call_id, gatekeeper_turn())
    store.add_turn(call_id, trainee_turn())
    store.set_silence(call_id, 3.4, held=True)
    store.add_turn(call_id, gatekeeper_turn("Und was hat er davon?", start_s=9.0))
    detail = store.get_call(call_id)
    pitch = detail.turns[1]
    assert (pitch.speaker, pitch.silence_after_s, pitch.silence_held) == ("trainee", 3.4, True)
    assert detail.turns[0].silence_after_s is None and detail.turns[2].silence_after_s is None
    summary = detail.summary
    assert (summary.silence_after_pitch_s, summary.trainee_broke_silence) == (3.4, False)
    # the final report replaces the turns and keeps what was measured
    store.finish_call(call_id, make_report(silence_s=3.4, broke=False))
    pitch = store.get_call(call_id).turns[1]
    assert (pitch.silence_after_s, pitch.silence_held) == (3.4, True)


def test_a_handed_over_call_keeps_who_was_on_the_line_for_each_turn_and_item(store):
    # the secretary's part (section 0), then the boss she put the caller through to (1): the
    # history shows and exports each turn and score item under the person it belongs to
    from dataclasses import replace

    from gatekeeper.dialogue.types import ScoreLine, ScoreSection
    from gatekeeper.scenario.model import ScoreItem

    _trainee, call_id = begin(store)
    boss_line = replace(gatekeeper_turn("Weber. Worum geht's?", start_s=9.0), section=1)
    boss_answer = replace(trainee_turn("Eine Stunde, Dienstag?", start_s=10.5), section=1)
    for turn in (gatekeeper_turn(), trainee_turn(), boss_line):
        store.add_turn(call_id, turn)
    report = make_report(turns=[gatekeeper_turn(), trainee_turn(), boss_line, boss_answer])
    appointment = ScoreLine(ScoreItem.appointment, 20, 20, '"Eine Stunde"', "So.", section=1)
    report = replace(
        report,
        scorecard=replace(
            report.scorecard,
            items=(*report.scorecard.items, appointment),
            sections=(
                ScoreSection("standard-receptionist", "Frau Schneider", "gatekeeper", 80, 0.0),
                ScoreSection("boss-weber", "Herr Weber", "boss", 90, 9.0),
            ),
        ),
    )
    store.finish_call(call_id, report)

    detail = store.get_call(call_id)
    assert [t.section for t in detail.turns] == [0, 0, 1, 1]
    assert [(s.item, s.section) for s in detail.score_items] == [
        ("honesty", 0),
        ("silence", 0),
        ("appointment", 1),
    ]
