"""Validation errors from the models, mapped back to the line and field of the YAML."""

from __future__ import annotations

import pytest
from scenario_cases import line_of, only, replace


def test_an_unknown_key_lists_the_allowed_keys_and_a_close_match(check, base):
    text = replace(base, "    say: hello\n", "    sya: hello\n")
    problem = only([p for p in check(text)[1] if p.field == "steps.greeting.sya"])
    assert problem.line == line_of(text, "sya: hello")
    assert problem.message == "unknown key 'sya'"
    assert problem.hint == (
        "did you mean 'say'? allowed keys: say, listen, pause, routes, next, end"
    )


def test_an_unknown_key_in_a_route_condition(check, base):
    text = replace(base, "{kind: honest}", "{knid: honest}")
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes[0].if.knid"
    assert problem.line == line_of(text, "knid")
    assert problem.hint.startswith("did you mean 'kind'? allowed keys: kind, flags, moves, silence")


def test_an_unknown_top_level_key_without_a_close_match(check, base):
    text = base + "colour: blue\n"
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "colour"), "colour")
    assert problem.hint.startswith("allowed keys: title, description, language")


def test_a_missing_key_points_at_its_parent(check, base):
    text = replace(base, "  boss: Mr Jones\n", "")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "persona:"), "persona.boss")
    assert problem.message == "missing required key 'boss'"
    assert problem.hint == "add boss: under persona"


def test_a_missing_top_level_key(check, base):
    text = replace(base, "description: A small valid scenario.\n", "")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (1, "description")
    assert problem.hint == "add description: at the top level"


def test_an_unknown_enum_value_suggests_the_close_one(check, base):
    text = replace(base, "{turn: pitch}", "{turn: pich}")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "pich"), "steps.question.listen.turn")
    assert problem.message == "'pich' is not one of: pitch, benefit, rejection"
    assert problem.hint == "did you mean 'pitch'?"


def test_a_bad_kind_inside_a_kind_list_is_one_problem_at_its_item(check, base):
    text = replace(base, "{kind: honest}", "{kind: [honest, onest]}")
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes[0].if.kind[1]"
    assert problem.hint == "did you mean 'honest'?"


def test_a_wrong_type_for_a_union_is_one_problem(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye: {text: Goodbye.}")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "bye: {"), "lines.bye")
    assert problem.message == "expected text or a list, found a mapping"


def test_an_invalid_step_name_points_at_the_key(check, base):
    text = replace(base, "  brush_off:\n", "  Brush-Off:\n").replace(
        "goto: brush_off", "goto: Brush-Off"
    )
    _, problems = check(text)
    key = [p for p in problems if p.field == "steps.Brush-Off"]
    assert len(key) == 1
    assert key[0].line == line_of(text, "  Brush-Off:")
    assert key[0].message == "'Brush-Off' is not a valid name"


def test_a_bad_voice_name(check, base):
    text = replace(base, "en: [en_US-joe-medium]", "en: [joe]")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("persona.voices.en[0]", line_of(text, "[joe]"))
    assert problem.hint == "voice names look like de_DE-thorsten-medium"


def test_an_unknown_voice_language(check, base):
    text = replace(base, "    en: [en_US-joe-medium]", "    en: [en_US-joe-medium]\n    fr: []")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("persona.voices.fr", line_of(text, "fr: []"))
    assert problem.message == "'fr' is not one of: de, en"


def test_a_number_out_of_range(check, base):
    text = replace(base, "{min_s: 1.0, max_s: 2.0}", "{min_s: 1.0, max_s: 45}")
    problem = only(check(text)[1])
    assert problem.field == "steps.shock.pause.max_s"
    assert problem.message == "45 is out of range: must be at most 30"


def test_a_step_rule_from_the_model_points_at_the_step(check, base):
    text = replace(base, "    end: put_through\n", "    end: put_through\n    next: greeting\n")
    problem = only(check(text)[1])
    assert (problem.field, problem.line) == ("steps.through", line_of(text, "  through:", 2))
    assert problem.message == "a step needs exactly one of listen, pause, next, end (has next, end)"


def test_a_pause_with_max_below_min(check, base):
    text = replace(base, "{min_s: 1.0, max_s: 2.0}", "{min_s: 3.0, max_s: 2.0}")
    problem = only(check(text)[1])
    assert (problem.field, problem.message) == ("steps.shock.pause", "max_s must be at least min_s")


def test_an_unknown_flag(check, base):
    text = replace(base, "{kind: honest}", "{kind: honest, flags: {benfit: true}}")
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes[0].if.flags.benfit"
    assert (problem.message, problem.hint) == ("unknown flag 'benfit'", "the only flag is benefit")


def test_empty_text_and_too_long_text(check, base):
    text = replace(base, "title: Test", 'title: ""').replace(
        "description: A small valid scenario.", "description: " + "x" * 301
    )
    _, problems = check(text)
    assert [(p.line, p.field, p.message) for p in problems] == [
        (1, "title", "must not be empty"),
        (2, "description", "too long: 301 characters, at most 300"),
    ]


@pytest.mark.parametrize("junk", ["[]", "{}", "", "5", "[1, {a: b}]", "{x: [y]}", "true"])
def test_any_value_replaced_by_junk_gives_problems_not_a_crash(check, base, junk):
    lines = base.splitlines()
    for i, line in enumerate(lines):
        key, sep, _ = line.partition(":")
        if not sep or line.lstrip().startswith("- "):
            continue
        broken = "\n".join([*lines[:i], f"{key}: {junk}", *lines[i + 1 :]]) + "\n"
        scenario, problems = check(broken)
        assert scenario is not None or any(p.is_error for p in problems), broken
        assert all(p.line is not None and p.line >= 1 for p in problems), broken
