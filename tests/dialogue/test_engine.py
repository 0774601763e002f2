"""The engine driven by synthetic events, with times to the millisecond."""

from __future__ import annotations

import pytest
from dialogue_fakes import (
    BENEFIT,
    DIGNIFIED,
    EXPLAIN,
    FLATTERY,
    HONEST,
    PRETEXT,
    PUSHY,
    FakeJudge,
    make_scenario,
)

from gatekeeper.dialogue.engine import Engine, State
from gatekeeper.dialogue.types import Hangup, Listen, Pause, Say, Utterance
from gatekeeper.scenario.model import Kind, Outcome, Scenario, Turn

ms = pytest.approx


def asked(eng: Engine) -> Listen:
    """Start the call and play greeting (0.0–1.0 s) and question (1.0–2.0 s)."""
    greeting = eng.start(0.0)
    assert [type(a) for a in greeting] == [Say]
    assert eng.state is State.speaking
    eng.line_started(0.0)
    question = eng.line_finished(1.0)
    assert [(a.step, a.line) for a in question] == [("ask", "ask")]
    eng.line_started(1.0)
    listen = eng.line_finished(2.0)
    assert len(listen) == 1 and isinstance(listen[0], Listen)
    assert eng.state is State.listening
    return listen[0]


def pitched(eng: Engine, text: str = HONEST, start: float = 2.5, end: float = 5.0) -> Pause:
    asked(eng)
    assert eng.speech_started(start) == []
    actions = eng.utterance(Utterance(text, start, end))
    assert len(actions) == 1 and isinstance(actions[0], Pause)
    assert eng.state is State.shock_pause
    return actions[0]


def finish(eng: Engine, at: float) -> Hangup:
    """Play the current (closing) line from ``at`` to ``at + 1``; expect the hang-up."""
    eng.line_started(at)
    actions = eng.line_finished(at + 1.0)
    assert len(actions) == 1 and isinstance(actions[0], Hangup)
    assert eng.state is State.ended and eng.finished
    return actions[0]


def test_start_says_the_greeting_with_placeholders_filled(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge, seed=1, scenario_id="test")
    (say,) = eng.start(0.0)
    assert isinstance(say, Say)
    assert (say.step, say.line, say.text, say.interrupting) == (
        "greeting",
        "greeting",
        "ACME, Anna speaking.",
        False,
    )
    assert eng.step == "greeting"


def test_question_listens_with_the_patience_limit(scenario: Scenario, judge: FakeJudge):
    listen = asked(Engine(scenario, judge))
    assert (listen.step, listen.turn, listen.max_talk_s) == ("ask", Turn.pitch, 10.0)


def test_honest_pitch_starts_the_shock_pause_from_the_last_voiced_moment(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    pause = pitched(eng, start=2.5, end=5.0)
    assert pause.step == "shock"
    assert 2.0 <= pause.seconds <= 4.0
    assert pause.silence_from_s == 5.0
    assert pause.until_s == ms(5.0 + pause.seconds, abs=1e-9)
    assert judge.calls == [(HONEST, Turn.pitch)]


def test_silence_held_until_the_gatekeeper_speaks(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pause = pitched(eng)
    assert eng.tick(pause.until_s - 0.001) == []
    assert eng.state is State.shock_pause
    (say,) = eng.tick(pause.until_s + 0.010)
    assert isinstance(say, Say) and say.line == "what_for"
    assert say.text == "What does Mr. Boss get out of it?"
    # her audio actually starts 0.120 s after the deadline: that is the silence held
    eng.line_started(pause.until_s + 0.120)
    report = eng.report()
    assert report.trainee_broke_silence is False
    assert report.silence_after_pitch_s == ms(pause.seconds + 0.120, abs=1e-9)
    assert report.shock_pause_s == ms(pause.seconds)
    assert report.pitch_kind is Kind.honest


def test_silence_held_counts_the_pause_when_no_onset_is_reported(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    pause = pitched(eng)
    eng.tick(pause.until_s)
    assert eng.report().silence_after_pitch_s == ms(pause.seconds, abs=1e-9)


def test_silence_broken_at_the_trainees_onset(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pause = pitched(eng, end=5.0)
    (listen,) = eng.speech_started(6.234)
    assert isinstance(listen, Listen) and listen.turn is Turn.pitch
    assert eng.state is State.thinking
    report = eng.report()
    assert report.trainee_broke_silence is True
    assert report.silence_after_pitch_s == ms(1.234, abs=1e-9)
    # the deadline passing while the transcript is pending changes nothing
    assert eng.tick(pause.until_s + 1.0) == []
    (say,) = eng.utterance(Utterance(EXPLAIN, 6.234, 8.0))
    assert say.line == "email" and say.step == "email_end"
    assert judge.calls[-1] == (EXPLAIN, Turn.pitch)
    hangup = finish(eng, 8.5)
    assert hangup.outcome is Outcome.brushed_off
    assert hangup.report.silence_after_pitch_s == ms(1.234, abs=1e-9)
    assert [t.text for t in hangup.report.turns if t.speaker == "trainee"] == [HONEST, EXPLAIN]


def test_utterance_in_the_pause_without_onset_breaks_at_its_start(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    pitched(eng, end=5.0)
    (say,) = eng.utterance(Utterance(EXPLAIN, 5.5, 7.0))
    assert say.line == "email"
    assert eng.report().silence_after_pitch_s == ms(0.5, abs=1e-9)
    assert eng.report().trainee_broke_silence is True


def test_an_onset_after_the_deadline_resolves_the_pause_as_held(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    pause = pitched(eng)
    (say,) = eng.speech_started(pause.until_s + 0.5)
    assert say.line == "what_for"
    assert eng.report().trainee_broke_silence is False


def test_empty_transcript_after_an_onset_was_not_a_break(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pause = pitched(eng, end=5.0)
    eng.speech_started(5.8)
    (again,) = eng.utterance(Utterance("  ", 5.8, 6.0))
    assert again == pause
    assert eng.state is State.shock_pause
    assert eng.report().trainee_broke_silence is None
    (say,) = eng.tick(pause.until_s)
    assert say.line == "what_for"
    assert eng.report().trainee_broke_silence is False


def test_held_pitch_with_benefit_is_put_through(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge, scenario_id="test")
    pause = pitched(eng)
    t = pause.until_s
    eng.tick(t)
    eng.line_started(t)
    (listen,) = eng.line_finished(t + 1.5)
    assert (listen.step, listen.turn) == ("what_for", Turn.benefit)
    eng.speech_started(t + 2.0)
    (say,) = eng.utterance(Utterance(BENEFIT, t + 2.0, t + 4.0))
    assert say.line == "through"
    hangup = finish(eng, t + 4.5)
    assert hangup.outcome is Outcome.put_through
    report = hangup.report
    assert report.outcome is Outcome.put_through
    assert report.scenario == "test" and report.language == "en"
    assert report.duration_s == ms(t + 5.5)
    assert [t.speaker for t in report.turns] == [
        "gatekeeper",
        "gatekeeper",
        "trainee",
        "gatekeeper",
        "trainee",
        "gatekeeper",
    ]
    assert report.turns[4].judgement is not None and report.turns[4].judgement.benefit
    assert report.to_json()["outcome"] == "put_through"


def test_no_benefit_leads_to_a_rejection_answered_with_dignity(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    pause = pitched(eng)
    t = pause.until_s
    eng.tick(t)
    eng.line_finished(t + 1.0)
    (say,) = eng.utterance(Utterance(EXPLAIN, t + 2.0, t + 3.0))
    assert say.line == "refuse"
    (listen,) = eng.line_finished(t + 4.0)
    assert listen.turn is Turn.rejection
    (say,) = eng.utterance(Utterance(DIGNIFIED, t + 5.0, t + 6.0))
    assert say.line == "ok_bye"
    assert finish(eng, t + 6.0).outcome is Outcome.rejected


def test_pushy_answer_to_the_rejection_is_hung_up_on(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pause = pitched(eng)
    t = pause.until_s
    eng.tick(t)
    eng.line_finished(t + 1.0)
    eng.utterance(Utterance(EXPLAIN, t + 2.0, t + 3.0))
    eng.line_finished(t + 4.0)
    (say,) = eng.utterance(Utterance(PUSHY, t + 5.0, t + 6.0))
    assert say.line == "bye"
    assert finish(eng, t + 6.0).outcome is Outcome.hung_up


def test_pretext_is_hung_up_on_and_no_pause_is_reported(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    (say,) = eng.utterance(Utterance(PRETEXT, 2.5, 4.0))
    assert say.line == "bye"
    report = finish(eng, 4.2).report
    assert report.outcome is Outcome.hung_up
    assert report.pitch_kind is Kind.pretext
    assert report.silence_after_pitch_s is None
    assert report.trainee_broke_silence is None
    assert report.shock_pause_s is None


def test_flattery_takes_the_fallback_route(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    (say,) = eng.utterance(Utterance(FLATTERY, 2.5, 4.0))
    assert say.step == "email_end"
    assert finish(eng, 4.0).outcome is Outcome.brushed_off


def test_vague_twice_is_brushed_off_and_the_pitch_is_the_first(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge)
    asked(eng)
    (say,) = eng.utterance(Utterance("Hm, about things.", 2.5, 3.5))
    assert say.line == "again"
    (listen,) = eng.line_finished(4.5)
    assert listen.step == "again"
    (say,) = eng.utterance(Utterance("Just stuff.", 5.0, 6.0))
    assert say.step == "email_end"
    report = finish(eng, 6.0).report
    assert report.pitch_kind is Kind.vague
    assert report.scorecard.to_json()["items"][0]["evidence"].startswith('"Hm, about things."')


def test_pitch_is_the_answer_that_led_into_the_pause(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    eng.utterance(Utterance("Hm, about things.", 2.5, 3.5))
    eng.line_finished(4.5)
    (pause,) = eng.utterance(Utterance(HONEST, 5.0, 7.0))
    assert isinstance(pause, Pause) and pause.silence_from_s == 7.0
    eng.tick(pause.until_s)
    report = eng.report()
    assert report.pitch_kind is Kind.honest
    assert report.silence_after_pitch_s == ms(pause.seconds, abs=1e-9)


def test_patience_cuts_in_on_a_monologue(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    eng.speech_started(3.0)
    assert eng.tick(12.999) == []
    (say,) = eng.tick(13.0)
    assert isinstance(say, Say)
    assert (say.line, say.interrupting, say.text) == ("impatient", True, "Stop, stop!")
    assert eng.state is State.speaking
    # the transcript of the cut-off turn arrives later: recorded, not routed
    assert eng.utterance(Utterance(FLATTERY, 3.0, 13.0)) == []
    eng.line_started(13.1)
    (say,) = eng.line_finished(14.0)
    assert (say.step, say.line) == ("cut", "email")
    report = finish(eng, 14.0).report
    assert report.outcome is Outcome.brushed_off
    monologue = [t for t in report.turns if t.speaker == "trainee"]
    assert len(monologue) == 1 and monologue[0].interrupted
    assert monologue[0].judgement is not None and monologue[0].judgement.kind is Kind.flattery
    assert report.pitch_kind is Kind.flattery


def test_patience_counts_from_the_onset_not_from_the_question(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    assert eng.tick(30.0) == []  # silent trainee: nobody is talking too long
    eng.speech_started(31.0)
    eng.speech_started(35.0)  # a second onset in the same turn keeps the first
    assert eng.tick(40.9) == []
    (say,) = eng.tick(41.0)
    assert say.interrupting


def test_patience_applies_after_breaking_the_silence(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pitched(eng, end=5.0)
    eng.speech_started(6.0)
    assert eng.tick(15.9) == []
    (say,) = eng.tick(16.0)
    assert say.line == "impatient" and say.interrupting
    assert eng.report().trainee_broke_silence is True


def test_headset_barge_in_answers_the_question_being_asked(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge, headset=True)
    eng.start(0.0)
    eng.line_started(0.0)
    eng.line_finished(1.0)  # "What is it about?" from 1.0 s
    eng.line_started(1.0)
    assert eng.speech_started(1.6) == []
    assert eng.utterance(Utterance(HONEST, 1.6, 3.0)) == []
    assert eng.state is State.speaking
    (pause,) = eng.line_finished(2.0)
    assert isinstance(pause, Pause) and pause.silence_from_s == 3.0
    trainee = [t for t in eng.turns if t.speaker == "trainee"]
    assert len(trainee) == 1 and trainee[0].barged_in


def test_headset_barge_in_onset_with_a_late_transcript(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge, headset=True)
    eng.start(0.0)
    eng.line_started(0.0)
    eng.line_finished(1.0)
    eng.line_started(1.0)
    eng.speech_started(1.8)
    (listen,) = eng.line_finished(2.0)
    assert isinstance(listen, Listen)
    (pause,) = eng.utterance(Utterance(HONEST, 1.8, 3.5))
    assert isinstance(pause, Pause)
    assert [t.barged_in for t in eng.turns if t.speaker == "trainee"] == [True]
    # patience counted from the barge-in onset
    eng2 = Engine(scenario, judge, headset=True)
    eng2.start(0.0)
    eng2.line_finished(1.0)
    eng2.speech_started(1.5)
    eng2.line_finished(2.0)
    (say,) = eng2.tick(11.5)
    assert say.interrupting


def test_talking_over_a_line_that_asks_nothing_is_recorded_not_routed(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge, headset=True)
    eng.start(0.0)
    eng.line_started(0.0)
    eng.speech_started(0.3)
    assert eng.utterance(Utterance(FLATTERY, 0.3, 0.9)) == []
    (say,) = eng.line_finished(1.0)
    assert say.line == "ask"
    (turn,) = [t for t in eng.turns if t.speaker == "trainee"]
    assert turn.barged_in and turn.step == "greeting"


def test_half_duplex_ignores_onsets_while_the_gatekeeper_speaks(
    scenario: Scenario, judge: FakeJudge
):
    eng = Engine(scenario, judge, headset=False)
    eng.start(0.0)
    eng.line_started(0.0)
    assert eng.speech_started(0.5) == []
    eng.line_finished(1.0)
    eng.line_started(1.0)
    eng.line_finished(2.0)
    assert eng.tick(20.0) == []  # the ignored onset does not start the patience clock


def test_empty_transcript_while_listening_is_ignored(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    assert eng.utterance(Utterance("", 2.5, 3.0)) == []
    assert eng.utterance(Utterance("   ", 3.5, 4.0)) == []
    assert eng.state is State.listening
    assert judge.calls == []
    assert not [t for t in eng.turns if t.speaker == "trainee"]


def test_events_in_the_wrong_state_are_ignored(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    assert eng.tick(0.0) == [] and eng.line_finished(0.0) == []
    assert eng.utterance(Utterance(HONEST, 0.0, 1.0)) == []  # before start: ended state
    eng.start(0.0)
    assert eng.start(0.5) == []
    assert eng.tick(0.5) == []  # speaking
    (question,) = eng.line_finished(1.0)
    assert question.line == "ask"
    assert eng.speech_started(1.5) == []  # half-duplex: ignored while she speaks
    eng.line_finished(2.0)
    assert eng.state is State.listening
    assert eng.line_finished(2.2) == []  # no line is playing
    eng.line_started(2.3)  # no line: nothing to stamp
    assert eng.tick(100.0) == []
    assert [t.end_s for t in eng.turns] == [1.0, 2.0]
    assert eng.state is State.listening


def test_events_after_the_end_are_no_ops(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    eng.utterance(Utterance(PRETEXT, 2.5, 4.0))
    report = finish(eng, 4.0).report
    before = len(eng.turns)
    assert eng.speech_started(6.0) == []
    assert eng.utterance(Utterance(HONEST, 6.0, 7.0)) == []
    assert eng.tick(9.0) == [] and eng.line_finished(9.0) == []
    assert eng.hang_up(10.0) == []
    eng.line_started(10.0)
    assert len(eng.turns) == before
    assert eng.report().duration_s == report.duration_s == 5.0


def test_hang_up_while_listening_is_abandoned(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    asked(eng)
    (hangup,) = eng.hang_up(7.5)
    assert isinstance(hangup, Hangup) and hangup.outcome is Outcome.abandoned
    assert hangup.report.duration_s == 7.5 and eng.state is State.ended


def test_hang_up_mid_line_closes_the_line(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    eng.start(0.0)
    eng.line_started(0.1)
    (hangup,) = eng.hang_up(0.6)
    (turn,) = hangup.report.turns
    assert (turn.start_s, turn.end_s) == (0.1, 0.6)


def test_hang_up_during_the_pause_measures_the_silence_so_far(scenario: Scenario, judge: FakeJudge):
    eng = Engine(scenario, judge)
    pitched(eng, end=5.0)
    (hangup,) = eng.hang_up(6.5)
    assert hangup.report.silence_after_pitch_s == ms(1.5, abs=1e-9)
    assert hangup.report.trainee_broke_silence is None
    assert hangup.outcome is Outcome.abandoned


def events(seed: int, scenario: Scenario, judge: FakeJudge) -> list[object]:
    eng = Engine(scenario, judge, seed=seed)
    out: list[object] = list(eng.start(0.0))
    out += eng.line_finished(1.0)
    out += eng.line_finished(2.0)
    (pause,) = eng.utterance(Utterance(HONEST, 2.5, 5.0))
    out.append(pause)
    out += eng.tick(pause.until_s)
    return out


def test_same_seed_same_call(judge: FakeJudge):
    scenario = make_scenario(
        lines={
            **make_scenario().model_dump()["lines"],
            "greeting": ["ACME, hello.", "ACME, {name}.", "Good morning, ACME."],
            "ask": ["What is it about?", "And what is this about?", "Yes?"],
        }
    )
    assert events(7, scenario, judge) == events(7, scenario, judge)
    calls = {tuple(repr(a) for a in events(seed, scenario, judge)) for seed in range(12)}
    assert len(calls) > 1
    pauses = {events(seed, scenario, judge)[3].seconds for seed in range(12)}
    assert len(pauses) == 12 and all(2.0 <= p <= 4.0 for p in pauses)


def test_routes_match_kind_lists_flags_and_silence(judge: FakeJudge):
    scenario = make_scenario(
        steps={
            **make_scenario().model_dump(by_alias=True, exclude_none=True)["steps"],
            "shock": {
                "pause": {"min_s": 3.0, "max_s": 3.0},
                "routes": [
                    {
                        "if": {"silence": "broken", "kind": ["flattery", "pretext"]},
                        "goto": "hangup",
                    },
                    {
                        "if": {"silence": "broken", "flags": {"benefit": True}},
                        "goto": "through_end",
                    },
                    {"if": {"silence": "held"}, "goto": "what_for"},
                    {"goto": "email_end"},
                ],
            },
        }
    )

    def broken_with(text: str) -> str:
        eng = Engine(scenario, judge)
        pause = pitched(eng, end=5.0)
        assert pause.seconds == 3.0 and pause.until_s == 8.0
        eng.speech_started(7.999)
        (say,) = eng.utterance(Utterance(text, 7.999, 9.0))
        return say.step

    assert broken_with(FLATTERY) == "hangup"
    assert broken_with(PRETEXT) == "hangup"
    assert broken_with(BENEFIT) == "through_end"
    assert broken_with(EXPLAIN) == "email_end"
