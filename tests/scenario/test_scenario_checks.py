"""Cross-reference checks: names, routes that leave a step with no way out, reachability,
loops without an end, lines, placeholders, tips and voices."""

from __future__ import annotations

import pytest
from scenario_cases import at, errors, line_of, only, replace

from gatekeeper.scenario import Severity, load_scenario

# --- names ----------------------------------------------------------------------------------


def test_start_must_name_a_step(check, base):
    text = replace(base, "start: greeting", "start: greting")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "start:"), "start")
    assert (problem.message, problem.hint) == (
        "no step named 'greting'",
        "did you mean 'greeting'?",
    )


def test_a_goto_must_name_a_step(check, base):
    text = replace(base, "        goto: shock\n", "        goto: shok\n")
    _, problems = check(text)
    problem = at(problems, "steps.question.routes[0].goto")
    assert problem.line == line_of(text, "goto: shok")
    assert problem.hint == "did you mean 'shock'?"


def test_next_must_name_a_step(check, base):
    text = replace(base, "next: question", "next: nowhere")
    problem = at(check(text)[1], "steps.greeting.next")
    assert problem.line == line_of(text, "next: nowhere")
    assert problem.message == "no step named 'nowhere'"
    assert problem.hint.startswith("known names: brush_off, greeting, question")


def test_patience_goto_and_say_must_exist(check, base):
    text = base + "patience:\n  max_talk_s: 20\n  say: byebye\n  goto: brushoff\n"
    _, problems = check(text)
    assert at(problems, "patience.say").line == line_of(text, "say: byebye")
    assert at(problems, "patience.goto").line == line_of(text, "goto: brushoff")
    assert at(problems, "patience.say").hint == "did you mean 'bye'?"


def test_a_steps_own_patience_is_checked(check, base):
    text = replace(
        base,
        "listen: {turn: pitch}",
        "listen:\n      turn: pitch\n      patience: {max_talk_s: 9, say: nope, goto: nope}",
    )
    _, problems = check(text)
    line = line_of(text, "patience: {")
    assert at(problems, "steps.question.listen.patience.say").line == line
    assert at(problems, "steps.question.listen.patience.goto").line == line


def test_say_must_name_a_line(check, base):
    text = replace(base, "    say: bye\n", "    say: by\n")
    problem = only(errors(check(text)[1]))
    assert (problem.line, problem.field) == (line_of(text, "say: by"), "steps.brush_off.say")
    assert problem.message == "no line named 'by'"


# --- routes ---------------------------------------------------------------------------------


def test_a_listen_step_without_a_route_for_some_kinds_has_no_way_out(check, base):
    text = replace(base, "      - goto: brush_off\n  shock:", "  shock:")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "routes:"), "steps.question.routes")
    assert problem.message == (
        "a step with no way out: no route matches a pretext answer, a flattery answer "
        "or a vague answer"
    )


def test_a_benefit_flag_covers_only_half_of_the_cases(check, base):
    text = replace(base, "{kind: honest}", "{kind: honest, flags: {benefit: true}}")
    text = replace(
        text,
        "      - goto: brush_off\n  shock:",
        "      - if: {kind: [pretext, flattery, vague]}\n        goto: brush_off\n  shock:",
    )
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes"
    assert problem.message.endswith("no route matches a honest answer without benefit")


def test_both_flag_values_cover_a_kind(check, base):
    text = replace(
        base,
        "      - goto: brush_off\n  shock:",
        "      - if: {flags: {benefit: true}}\n        goto: shock\n"
        "      - if: {flags: {benefit: false}}\n        goto: brush_off\n  shock:",
    )
    scenario, problems = check(text)
    assert problems == [] and scenario is not None


def test_a_pause_step_must_cover_held_and_broken(check, base):
    text = replace(base, "      - goto: brush_off\n  through:", "  through:")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "routes:", 2), "steps.shock.routes")
    assert problem.message == "a step with no way out: no route matches silence broken"


def test_a_fallback_that_is_not_last_is_an_error(check, base):
    text = replace(
        base,
        "      - if: {kind: honest}\n        goto: shock\n      - goto: brush_off\n",
        "      - goto: brush_off\n      - if: {kind: honest}\n        goto: shock\n",
    )
    _, problems = check(text)
    problem = at(errors(problems), "steps.question.routes[0]")
    assert problem.line == line_of(text, "- goto: brush_off")
    assert "must come last: the 1 route(s) after it are never taken" in problem.message


def test_a_route_shadowed_by_earlier_routes_is_a_warning(check, base):
    text = replace(
        base,
        "      - goto: brush_off\n  shock:",
        "      - if: {kind: [honest, vague]}\n        goto: brush_off\n      - goto: brush_off\n"
        "  shock:",
    )
    text = replace(
        text,
        "      - if: {kind: [honest, vague]}",
        "      - if: {kind: honest}\n        goto: through\n      - if: {kind: [honest, vague]}",
    )
    _, problems = check(text)
    assert errors(problems) == []
    warning = only(problems)
    assert warning.severity is Severity.warning
    assert warning.field == "steps.question.routes[1]"
    assert warning.line == line_of(text, "goto: through") - 1


def test_silence_on_a_listen_step_is_an_error(check, base):
    text = replace(base, "{kind: honest}", "{silence: held}")
    _, problems = check(text)
    problem = at(problems, "steps.question.routes[0].if.silence")
    assert problem.line == line_of(text, "{silence: held}")
    assert problem.message == "silence is only known after a pause step"
    # the route can never fire, so honest answers are not covered by it -- but the fallback is
    assert len(errors(problems)) == 1


@pytest.mark.parametrize(
    ("cond", "key"), [("{kind: vague}", "kind"), ("{flags: {benefit: true}}", "flags")]
)
def test_kind_or_flags_on_a_pause_step_is_an_error(check, base, cond, key):
    text = replace(base, "{silence: held}", cond)
    problem = only(check(text)[1])
    assert problem.field == f"steps.shock.routes[0].if.{key}"
    assert problem.line == line_of(text, cond)
    assert problem.message == "a pause step routes only on silence (held or broken)"


def test_a_kind_of_another_turn_is_an_error(check, base):
    text = replace(base, "{kind: honest}", "{kind: dignified}")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == (
        "steps.question.routes[0].if.kind",
        line_of(text, "dignified"),
    )
    assert problem.message == "dignified is not a verdict on a pitch turn"
    assert problem.hint == "a pitch turn is judged honest, pretext, flattery, vague"


def test_a_kind_of_another_turn_inside_a_list(check, base):
    text = replace(base, "{kind: honest}", "{kind: [honest, pushy]}")
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes[0].if.kind[1]"


def test_rejection_turns_take_rejection_kinds(check, base):
    text = replace(base, "{turn: pitch}", "{turn: rejection}")
    text = replace(text, "{kind: honest}", "{kind: dignified}")
    scenario, problems = check(text)
    assert problems == [] and scenario is not None


# --- graph ----------------------------------------------------------------------------------


def test_an_unreachable_step_is_an_error(check, base):
    text = base + "  lonely:\n    say: bye\n    end: rejected\n"
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("steps.lonely", line_of(text, "lonely:"))
    assert problem.message == "step 'lonely' is never reached from start 'greeting'"


def test_a_step_reached_only_through_patience_is_reachable(check, base):
    text = base + "  cut_off:\n    say: bye\n    end: hung_up\n"
    text += "patience: {max_talk_s: 20, say: bye, goto: cut_off}\n"
    scenario, problems = check(text)
    assert problems == [] and scenario is not None


def test_a_loop_without_an_exit_is_an_error(check, base):
    text = replace(base, "        goto: through\n", "        goto: spin\n")
    text += "  spin:\n    say: ask\n    next: spin\n"
    _, problems = check(text)
    spin = at(problems, "steps.spin")
    assert spin.line == line_of(text, "  spin:")
    assert spin.message == (
        "no end step can be reached from step 'spin': the call would go round forever"
    )
    assert at(problems, "steps.through").message.endswith("is never reached from start 'greeting'")
    assert len(errors(problems)) == 2  # shock still has a way to an end


def test_no_end_step_at_all(check, base):
    text = replace(base, "    end: put_through\n", "    next: greeting\n")
    text = replace(text, "    end: brushed_off\n", "    next: greeting\n")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("steps", line_of(text, "steps:"))
    assert problem.message == "no step ends the call"


def test_graph_checks_wait_until_every_step_is_valid(check, base):
    """A broken step may hold the only route to another step: no guessing."""
    text = replace(base, "    say: ask\n", "    say: ask\n    next: shock\n")
    _, problems = check(text)
    assert [p.field for p in problems] == ["steps.question"]


def test_name_checks_still_run_when_another_part_is_invalid(check, base):
    text = replace(base, "title: Test", "title: 1.10").replace("next: question", "next: qestion")
    _, problems = check(text)
    assert [p.field for p in problems] == ["title", "steps.greeting.next"]


# --- lines, tips, voices --------------------------------------------------------------------


def test_an_unused_line_is_only_a_warning(check, base, tmp_path):
    text = replace(base, "  bye: Goodbye.", "  bye: Goodbye.\n  spare: Never said.")
    scenario, problems = check(text)
    warning = only(problems)
    assert warning.severity is Severity.warning
    assert (warning.field, warning.line) == ("lines.spare", line_of(text, "spare:"))
    assert str(warning).endswith(
        "lines.spare: warning: line 'spare' is never said "
        "(hint: use it in a step's say: or remove it)"
    )
    assert scenario is not None
    path = tmp_path / "warn.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_scenario(path).title == "Test"


def test_an_unknown_placeholder_is_an_error(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye: Goodbye from {boos}.")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("lines.bye", line_of(text, "{boos}"))
    assert problem.message == "unknown placeholder {boos}"
    assert problem.hint == "did you mean {boss}? placeholders are {name}, {company}, {boss}"


def test_placeholders_in_line_variants_name_the_variant(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye:\n    - Goodbye.\n    - Bye from {}.")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("lines.bye[1]", line_of(text, "{}"))


def test_escaped_braces_are_fine_and_lone_braces_are_not(check, base):
    ok = replace(base, "  bye: Goodbye.", '  bye: "Goodbye {{not a placeholder}} {boss}."')
    assert check(ok)[1] == []
    bad = replace(base, "  bye: Goodbye.", '  bye: "Goodbye {boss."')
    problem = only(check(bad)[1])
    assert (problem.message, problem.hint) == (
        "a lone { or } in the line",
        "write {{ or }} for a literal brace",
    )


def test_a_placeholder_with_a_format_is_an_error(check, base):
    text = replace(base, "  bye: Goodbye.", '  bye: "Goodbye {name!r}."')
    assert only(check(text)[1]).message == "placeholder {name} takes no format"


def test_tips_must_be_keyed_by_score_items(check, base):
    text = base + "tips:\n  silence: Hold it.\n  silense: Hold it!\n"
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("tips.silense", line_of(text, "silense"))
    assert problem.hint.startswith("did you mean 'silence'? tips are keyed by score item: honesty")


def test_a_language_without_a_voice_is_only_a_warning(check, base):
    text = replace(base, "language: en", "language: de")
    scenario, problems = check(text)
    warning = only(problems)
    assert warning.severity is Severity.warning
    assert (warning.field, warning.line) == ("persona.voices", line_of(text, "voices:"))
    assert "persona.voices.de: [de_DE-thorsten-medium]" in warning.hint
    assert scenario is not None


def test_no_voices_at_all_points_at_the_persona(check, base):
    text = replace(base, "  voices:\n    en: [en_US-joe-medium]\n", "")
    warning = only(check(text)[1])
    assert (warning.field, warning.line) == ("persona.voices", line_of(text, "persona:"))


# --- every scenario can finish (issue 8) ------------------------------------------------------


def test_a_loop_of_lines_and_a_pause_without_a_listen_step_is_an_error(check, base):
    """She talks, waits, talks again... the way out (a broken silence) needs the trainee,
    but going round does not: a loop the call could run alone."""
    text = replace(base, "        goto: through\n", "        goto: chat\n")
    text += "  chat:\n    say: hello\n    next: wait\n"
    text += "  wait:\n    pause: {min_s: 1, max_s: 2}\n    routes:\n"
    text += "      - if: {silence: held}\n        goto: chat\n      - goto: through\n"
    loop = only(check(text)[1])
    assert (loop.field, loop.line) == ("steps.chat", line_of(text, "  chat:"))
    assert loop.message.startswith("the loop 'chat' -> 'wait' -> 'chat' has no listen step")


def test_a_pause_loop_without_a_listen_step_is_an_error(check, base):
    text = replace(
        base,
        "      - if: {silence: held}\n        goto: through\n",
        "      - if: {silence: held}\n        goto: shock\n",
    )
    _, problems = check(text)
    loop = at(problems, "steps.shock")
    assert loop.line == line_of(text, "  shock:")
    assert loop.message == (
        "the loop 'shock' -> 'shock' has no listen step: the call would go round without "
        "the trainee saying anything"
    )


def test_a_loop_through_a_listen_step_is_fine(check, base):
    text = replace(base, "      - goto: brush_off\n  shock:", "      - goto: greeting\n  shock:")
    scenario, problems = check(text)
    assert errors(problems) == [] and scenario is not None


def test_a_longer_loop_is_named_step_by_step(check, base):
    text = replace(
        base,
        "      - if: {silence: held}\n        goto: through\n",
        "      - if: {silence: held}\n        goto: wait\n",
    )
    text += "  wait:\n    say: hello\n    next: shock\n"
    loop = at(check(text)[1], "steps.shock")
    assert loop.message.startswith("the loop 'shock' -> 'wait' -> 'shock' has no listen step")


def test_a_pause_of_zero_seconds_is_an_error(check, base):
    text = replace(base, "pause: {min_s: 1.0, max_s: 2.0}", "pause: {min_s: 0, max_s: 0}")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("steps.shock.pause.min_s", line_of(text, "min_s: 0"))
    assert problem.message == "a pause must last longer than 0 s"


@pytest.mark.parametrize("outcome", ["interrupted", "overrun"])
def test_an_end_step_cannot_use_the_outcomes_the_app_sets(check, base, outcome):
    text = replace(base, "end: brushed_off", f"end: {outcome}")
    problem = only(check(text)[1])
    where = ("steps.brush_off.end", line_of(text, "end: " + outcome))
    assert (problem.field, problem.line) == where
    assert "a scenario cannot end with it" in problem.message
