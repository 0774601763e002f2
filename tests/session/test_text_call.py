"""Scripted calls over the bundled example scenario, with the real judge; the line-length
estimate, the human report and finding a scenario by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.commands.report import format_report
from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Outcome, Scenario
from gatekeeper.session.call_setup import (
    ScenarioNotFound,
    resolve_scenario,
    scenario_id,
    scenarios_dir,
)
from gatekeeper.session.script import ScriptEntry, parse_script
from gatekeeper.session.text_call import run_scripted
from gatekeeper.session.turns import line_seconds

PITCH = "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."
BENEFIT = "Es spart ihm zwei Stunden pro Woche."
EXPLAIN = "Also, wir sind ein Softwarehaus aus Berlin und machen Wartung."
PRETEXT = "Nein, ich will mich nur mal bei Ihnen vorstellen."
FLATTERY = "Sie haben ja ein wirklich tolles Unternehmen, Ihr Chef ist sicher ein großartiger Mann."


def call(scenario: Scenario, judge: Judge, script: str, seed: int = 0):
    return run_scripted(scenario, judge, parse_script(script), seed=seed, scenario_id="example")


def trainee(report) -> list:
    return [t for t in report.turns if t.speaker == "trainee"]


def test_honest_pitch_held_silence_and_benefit_is_put_through(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.8 {PITCH}\n4.5/2.0 {BENEFIT}\n")
    assert report.outcome is Outcome.put_through
    assert report.pitch_kind is Kind.honest
    assert report.trainee_broke_silence is False
    pitch, benefit = trainee(report)
    # the gatekeeper's question began exactly when her pause ran out
    question = report.turns[report.turns.index(pitch) + 1]
    assert question.line == "what_for_boss"
    assert report.shock_pause_s is not None and 2.0 <= report.shock_pause_s <= 4.0
    assert question.start_s == pytest.approx(pitch.end_s + report.shock_pause_s)
    assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s)
    # the trainee let her finish and counted 4.5 s from her end; spoke 2.0 s
    assert benefit.start_s == pytest.approx(question.end_s + 4.5)
    assert benefit.end_s - benefit.start_s == pytest.approx(2.0)
    assert benefit.judgement.benefit
    assert report.scorecard.score >= 90
    items = {i.item.value: i for i in report.scorecard.items}
    assert items["silence"].points == pytest.approx(items["silence"].max_points)
    assert items["silence"].tip.startswith("Nach dem ehrlichen Satz")  # the scenario's tip


def test_honest_pitch_then_breaking_the_silence_is_brushed_off(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.8 {PITCH}\n1.2 {EXPLAIN}\n")
    assert report.outcome is Outcome.brushed_off
    assert report.trainee_broke_silence is True
    assert report.silence_after_pitch_s == pytest.approx(1.2)
    pitch, explain = trainee(report)
    assert explain.start_s == pytest.approx(pitch.end_s + 1.2)
    assert report.turns[-1].line == "send_email"
    silence = next(i for i in report.scorecard.items if i.item.value == "silence")
    assert 0 < silence.points < silence.max_points
    assert silence.evidence.startswith("Stille nach 1,2 s gebrochen")


def test_pretext_is_hung_up_on(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.5 {PRETEXT}\n")
    assert report.outcome is Outcome.hung_up
    assert report.pitch_kind is Kind.pretext
    assert report.silence_after_pitch_s is None
    assert report.turns[-1].line == "seen_through"


def test_flattery_is_brushed_off(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.5 {FLATTERY}\n")
    assert report.outcome is Outcome.brushed_off
    assert report.pitch_kind is Kind.flattery
    assert report.turns[-1].line == "polite_brush_off"


def test_vague_twice_is_brushed_off(receptionist, receptionist_judge):
    report = call(
        receptionist,
        receptionist_judge,
        "0.5 Ach, es geht um dies und das.\n0.7 Naja, so allgemein halt.\n",
    )
    assert report.outcome is Outcome.brushed_off
    assert [t.line for t in report.turns if t.speaker == "gatekeeper"][-2:] == [
        "ask_again",
        "vague_brush_off",
    ]
    assert report.pitch_kind is Kind.vague


def test_long_monologue_is_cut_in_on(receptionist, receptionist_judge):
    monologue = " ".join([FLATTERY] * 6)  # 84 words: 33.6 s at 2.5 words/s
    report = call(receptionist, receptionist_judge, f"0.5 {monologue}\n")
    assert report.outcome is Outcome.brushed_off
    (turn,) = trainee(report)
    assert turn.interrupted
    assert turn.end_s - turn.start_s == pytest.approx(25.0)  # the scenario's patience
    cut_in = report.turns[report.turns.index(turn) + 1]
    assert cut_in.line == "impatient" and cut_in.start_s == pytest.approx(turn.end_s)
    assert report.turns[-1].line == "cut_off"


def test_script_running_out_after_the_pitch_holds_the_silence(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.8 {PITCH}\n")
    assert report.trainee_broke_silence is False
    assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s)
    assert report.outcome is Outcome.abandoned  # she asked what the boss gets; no answer
    assert report.turns[-1].line == "what_for_boss"


def test_empty_script_abandons_at_the_first_question(receptionist, receptionist_judge):
    report = run_scripted(receptionist, receptionist_judge, [], seed=3)
    assert report.outcome is Outcome.abandoned
    assert trainee(report) == []
    assert report.scorecard.score == 0


def test_left_over_lines_are_not_spoken(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.5 {PRETEXT}\n1.0 {PITCH}\n")
    assert len(trainee(report)) == 1


def test_same_seed_same_report_and_seeds_vary_the_pause(receptionist, receptionist_judge):
    script = f"0.8 {PITCH}\n4.5 {BENEFIT}\n"
    assert (
        call(receptionist, receptionist_judge, script, 5).to_json()
        == call(receptionist, receptionist_judge, script, 5).to_json()
    )
    pauses = {call(receptionist, receptionist_judge, script, s).shock_pause_s for s in range(6)}
    assert len(pauses) == 6


def test_gatekeeper_line_lengths_can_come_from_real_audio(receptionist, receptionist_judge):
    report = run_scripted(
        receptionist,
        receptionist_judge,
        [ScriptEntry(0.5, PRETEXT)],
        line_seconds=lambda text: 1.25,
    )
    spoken = [t for t in report.turns if t.speaker == "gatekeeper"]
    assert all(t.end_s - t.start_s == pytest.approx(1.25) for t in spoken)
    assert report.duration_s == pytest.approx(spoken[-1].end_s)


def test_line_length_estimate_follows_the_speaking_rate(receptionist):
    text = "x" * 28
    assert line_seconds(text, receptionist.persona.speaking_rate) == pytest.approx(2.0)
    assert line_seconds(text, 0.5) == pytest.approx(4.0)
    assert line_seconds("Ja.") == 0.8


def test_human_report_shows_transcript_outcome_and_scorecard(receptionist, receptionist_judge):
    report = call(receptionist, receptionist_judge, f"0.8 {PITCH}\n1.0 {EXPLAIN}\n")
    text = format_report(report, receptionist)
    assert "Frau Schneider: Worum" in text or "Frau Schneider: Und worum" in text
    # a German scenario: the report speaks German, numbers with a decimal comma
    assert f"Du: {PITCH}  [ehrlich]" in text
    assert "Ergebnis: brushed_off" in text
    assert "Stille nach dem Einstieg: 1,0 s (du hast sie gebrochen" in text
    assert f"Punkte: {report.scorecard.score}/100" in text
    assert "Tipp: Nach dem ehrlichen Satz" in text


# --- scenario lookup -------------------------------------------------------------------


def test_resolve_bundled_id_and_path(tmp_path: Path):
    path = resolve_scenario("standard-receptionist.de")
    assert path == scenarios_dir() / "standard-receptionist.de.yaml"
    assert scenario_id(path) == "standard-receptionist.de"
    own = tmp_path / "mine.yaml"
    own.write_text("title: x\n", encoding="utf-8")
    assert resolve_scenario(str(own)) == own
    with pytest.raises(ScenarioNotFound, match="no-such-thing: no such scenario.*standard-"):
        resolve_scenario("no-such-thing")
    with pytest.raises(ScenarioNotFound, match="is a folder"):
        resolve_scenario(str(tmp_path))


def test_human_report_of_an_english_scenario_is_english():
    from gatekeeper.scenario import load_scenario

    scenario = load_scenario(
        Path(__file__).resolve().parents[2] / "scenarios" / "standard-receptionist.en.yaml"
    )
    judge = Judge(scenario.language, extra=scenario.judge)
    pitch = "I'd like to win your boss as a customer for our company."
    report = call(scenario, judge, f"0.8 {pitch}\n1.0 So we are a software company.\n")
    text = format_report(report, scenario)
    assert f"You: {pitch}  [honest]" in text
    assert "Outcome: brushed_off" in text
    assert "Silence after the pitch: 1.0 s (you broke it" in text
    assert f"Score: {report.scorecard.score}/100" in text
    assert "Tip: " in text and "Tipp" not in text
