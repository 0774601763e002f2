"""Calls that go on: the secretary puts the caller through and the boss takes over in the
same call — one timeline, turns tagged by section, a scorecard per person."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.dialogue.engine import Engine, NextOnLine
from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.types import Action, CallReport, Hangup, Listen, Pause, Say, Utterance
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Outcome

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

PITCH = "Ich möchte Herrn Weber gerne als Kunden für unser Unternehmen gewinnen."
BENEFIT = "Wir senken seine Wartungskosten um fünfzehn Prozent gegenüber heute."
YES = "Ja, ehrlich gesagt will ich Ihnen etwas verkaufen."
ADVANTAGE = "Ihre Wartung dauert heute zwei Tage, mit uns nur noch einen halben."
ASK = "Wie viele Maschinen haben Sie im Einsatz?"
MEETING = "Hätten Sie nächste Woche eine Stunde Zeit für mich?"


def play(engine: Engine, answers: list[str]) -> CallReport:
    """Drive a call on a virtual clock: each line takes 1.5 s, each answer starts 0.5 s
    after the question and lasts 2 s; the trainee holds every pause until it ends."""
    now = 0.0
    pending: list[Action] = list(engine.start(now))
    queue = list(answers)
    while pending:
        action = pending.pop(0)
        if isinstance(action, Say):
            engine.line_started(now)
            now += 1.5
            pending += engine.line_finished(now)
        elif isinstance(action, Listen):
            if not queue:
                pending += engine.hang_up(now + 10)
                continue
            start, now = now + 0.5, now + 2.5
            engine.speech_started(start)
            pending += engine.utterance(Utterance(queue.pop(0), start, now))
        elif isinstance(action, Pause):
            now = max(now, action.until_s)
            pending += engine.tick(now)
        elif isinstance(action, Hangup):
            return action.report
    raise AssertionError("the call did not end")


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge("de")


def whole_call(judge: Judge) -> Engine:
    secretary = load_scenario(SCENARIOS / "standard-receptionist.de.yaml")
    boss = load_scenario(SCENARIOS / "boss-weber.de.yaml")
    return Engine(
        secretary,
        judge,
        seed=3,
        scenario_id="standard-receptionist.de",
        then=[NextOnLine("boss-weber.de", boss, judge)],
    )


def test_put_through_hands_the_call_to_the_boss_on_one_timeline(judge: Judge) -> None:
    report = play(whole_call(judge), [PITCH, BENEFIT, YES, ADVANTAGE, ASK, MEETING])
    assert report.outcome is Outcome.appointment
    sections = {t.section for t in report.turns}
    assert sections == {0, 1}
    first_boss = next(t for t in report.turns if t.section == 1)
    last_secretary = [t for t in report.turns if t.section == 0][-1]
    assert first_boss.start_s >= last_secretary.end_s
    starts = [t.start_s for t in report.turns]
    assert starts == sorted(starts)
    # the contract's pitch facts stay the secretary's
    assert report.pitch_kind is not None and report.pitch_kind.value == "honest"
    assert report.trainee_broke_silence is False
    assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s, abs=0.01)


def test_the_scorecard_has_a_section_per_person(judge: Judge) -> None:
    report = play(whole_call(judge), [PITCH, BENEFIT, YES, ADVANTAGE, ASK, MEETING])
    card = report.scorecard
    assert [s.role for s in card.sections] == ["gatekeeper", "boss"]
    assert [s.persona for s in card.sections] == ["Frau Schneider", "Herr Weber"]
    assert card.score == round(sum(s.score for s in card.sections) / 2)
    boss_items = {line.item.value: line for line in card.items if line.section == 1}
    assert {"asks_about_him", "advantage_over_today", "appointment"} <= set(boss_items)
    assert "benefit" not in boss_items and "brevity" not in boss_items
    for name in ("asks_about_him", "advantage_over_today", "appointment"):
        line = boss_items[name]
        assert line.points == pytest.approx(line.max_points)
        assert "„" in line.evidence  # the words that made the move, quoted
    json_items = report.to_json()["scorecard"]["items"]
    assert any(i.get("section") == 1 for i in json_items)


@pytest.mark.parametrize(
    ("answers", "outcome", "last_line"),
    [
        (
            [PITCH, BENEFIT, "Nein, ich will mich nur mal bei Ihnen vorstellen."],
            Outcome.hung_up,
            "seen_through",
        ),
        (
            [PITCH, BENEFIT, YES, "Wir sind Marktführer, die Nummer eins, einfach die Besten."],
            Outcome.brushed_off,
            "show_off",
        ),
        (
            [PITCH, BENEFIT, YES, ADVANTAGE, "Sie müssen das einfach machen, glauben Sie mir."],
            Outcome.hung_up,
            "pushed",
        ),
        (
            [
                PITCH,
                BENEFIT,
                YES,
                ADVANTAGE,
                "Nur fünf Minuten, nächste Woche?",
                "Ganz kurz, versprochen.",
            ],
            Outcome.brushed_off,
            "too_short",
        ),
    ],
)
def test_each_counterpart_move_ends_the_boss_call_its_way(
    judge: Judge, answers: list[str], outcome: Outcome, last_line: str
) -> None:
    report = play(whole_call(judge), answers)
    assert report.outcome is outcome
    assert report.turns[-1].line == last_line and report.turns[-1].section == 1


def test_without_a_next_person_the_call_ends_where_she_puts_through(judge: Judge) -> None:
    secretary = load_scenario(SCENARIOS / "standard-receptionist.de.yaml")
    report = play(Engine(secretary, judge, seed=3), [PITCH, BENEFIT])
    assert report.outcome is Outcome.put_through
    assert report.scorecard.sections == ()
    assert {t.section for t in report.turns} == {0}


def test_hanging_up_on_the_boss_keeps_both_sections_scored(judge: Judge) -> None:
    report = play(whole_call(judge), [PITCH, BENEFIT, YES])
    assert report.outcome is Outcome.abandoned
    assert len(report.scorecard.sections) == 2
    boss = {line.item.value: line for line in report.scorecard.items if line.section == 1}
    assert boss["appointment"].points == 0
