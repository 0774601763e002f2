"""The YAML stage: files refused before parsing, syntax errors and YAML's typing traps,
each reported with its exact line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from scenario_cases import line_of, only, replace

from gatekeeper.scenario import check_file
from gatekeeper.scenario.loader import MAX_BYTES, check_text

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: *i
"""


def test_the_base_scenario_is_valid_without_any_problem(check, base):
    scenario, problems = check(base)
    assert problems == []
    assert scenario is not None and scenario.start == "greeting"


# --- refused before parsing -----------------------------------------------------------------


def test_billion_laughs_is_refused_without_expanding(check):
    scenario, problems = check(BILLION_LAUGHS)
    assert scenario is None
    messages = {p.line: p.message for p in problems}
    assert "anchors (&a) are not allowed" in messages[1]
    assert "aliases (*a) are not allowed (73 in this file)" in messages[2]
    assert len(problems) == 2


def test_a_single_anchor_and_alias_are_refused_with_their_lines(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye: &bye Goodbye.\n  bye_again: *bye")
    _, problems = check(text)
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (line_of(text, "&bye"), "YAML anchors"),
        (line_of(text, "*bye"), "YAML aliases"),
    ]
    assert all(p.hint == "write each value out in full" for p in problems)


@pytest.mark.parametrize(
    "value",
    ["!!python/object/apply:os.system ['true']", "!!binary aGVsbG8=", "!custom x", "!!set {a}"],
)
def test_foreign_tags_are_refused(check, base, value):
    text = replace(base, "title: Test", f"title: {value}")
    scenario, problems = check(text)
    problem = only(problems)
    assert scenario is None
    assert problem.line == 1
    assert "YAML tag" in problem.message and "is not allowed" in problem.message


def test_a_standard_tag_that_does_not_fit_its_value(check, base):
    text = replace(base, "title: Test", "title: !!float abc")
    problem = only(check(text)[1])
    assert (problem.line, problem.field, problem.message) == (
        1,
        "title",
        "cannot read 'abc' as !!float",
    )


def test_standard_tags_are_allowed(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye: !!str 1.10")
    scenario, problems = check(text)
    assert problems == []
    assert scenario is not None and scenario.lines["bye"] == "1.10"


def test_an_oversized_file_is_refused_before_reading_it(tmp_path: Path, base):
    path = tmp_path / "big.yaml"
    path.write_text(base + "# padding\n" * (MAX_BYTES // 10 + 1), encoding="utf-8")
    scenario, problems = check_file(path)
    problem = only(problems)
    assert scenario is None
    assert problem.line is None
    assert problem.message == "the file is larger than 256 KiB"
    assert str(problem).startswith(f"{path}: the file is larger")


def test_oversized_text_is_refused_too(base):
    _, problems = check_text(base + "#" * MAX_BYTES, "big.yaml")
    assert only(problems).message == "the file is larger than 256 KiB"


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path, base):
    path = tmp_path / "edge.yaml"
    path.write_bytes(base.encode() + b"#" * (MAX_BYTES - len(base.encode())))
    scenario, problems = check_file(path)
    assert problems == [] and scenario is not None


def test_text_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path, base):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(replace(base, "Goodbye.", "Auf Wiederh\xf6ren.").encode("latin-1"))
    problem = only(check_file(path)[1])
    assert (problem.line, problem.message) == (
        line_of(base, "Goodbye."),
        "the file is not UTF-8 text",
    )


def test_a_byte_order_mark_is_accepted(tmp_path: Path, base):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + base.encode())
    assert check_file(path)[1] == []


# --- shape of the document ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_an_empty_file_is_one_problem(check, text):
    problem = only(check(text)[1])
    assert (problem.line, problem.message) == (1, "the file is empty")


@pytest.mark.parametrize(
    ("text", "found"), [("- a\n- b\n", "a list"), ("\n\njust text\n", 'the text "just text"')]
)
def test_the_top_level_must_be_a_mapping(check, text, found):
    problem = only(check(text)[1])
    assert problem.message == f"the top level must be a mapping of keys, found {found}"
    assert problem.line == line_of(text, text.strip().splitlines()[0])


def test_more_than_one_document_is_refused(check, base):
    text = base + "---\ntitle: Second\n"
    problem = only(check(text)[1])
    assert problem.line == line_of(text, "---")
    assert problem.message == "the file holds more than one YAML document"


def test_a_syntax_error_names_its_line(check, base):
    text = replace(base, "  ask: What is it about?", '  ask: "What is it about?')
    problem = only(check(text)[1])
    assert problem.message.startswith("YAML syntax error:")
    assert problem.line > line_of(text, "  ask:")  # an unclosed quote is found later


def test_an_unquoted_colon_in_a_value_gets_the_quoting_hint(check, base):
    text = replace(base, "description: A small valid scenario.", "description: Note: quote me")
    problem = only(check(text)[1])
    assert problem.line == line_of(text, "description:")
    assert problem.hint == 'a value that contains ": " must be quoted'


def test_tabs_in_the_indentation_are_named_on_every_line(check, base):
    text = replace(base, "  name: Ms Smith\n  company: Acme", "\tname: Ms Smith\n\tcompany: Acme")
    _, problems = check(text)
    assert [p.line for p in problems] == [line_of(text, "name: Ms"), line_of(text, "company:")]
    assert {p.hint for p in problems} == {"YAML does not allow tabs for indentation; use spaces"}


def test_a_control_character_is_refused(check, base):
    text = replace(base, "Goodbye.", "Good\x07bye.")
    problem = only(check(text)[1])
    assert problem.line == line_of(text, "Good\x07bye.")
    assert "control character (#x0007)" in problem.message


# --- duplicate keys -------------------------------------------------------------------------


def test_duplicate_keys_deep_inside_name_both_lines(check, base):
    text = replace(base, "    say: bye\n", "    say: bye\n    say: through\n")
    problem = only(check(text)[1])
    first = line_of(text, "    say: bye")
    again = first + 1
    assert problem.field == "steps.brush_off.say"
    assert problem.line == again
    assert problem.message == f"duplicate key 'say' (first at line {first}, again at line {again})"


def test_duplicate_top_level_keys_are_reported(check, base):
    text = base + "title: Again\n"
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "title: Again"), "title")
    assert "first at line 1" in problem.message


def test_keys_that_look_like_booleans_stay_names(check, base):
    """`no:` is a step called "no", and a duplicate of `"no":`."""
    text = (
        base + '  no:\n    say: bye\n    end: rejected\n  "no":\n    say: bye\n    end: rejected\n'
    )
    problems = check(text)[1]
    dup = [p for p in problems if p.message.startswith("duplicate key 'no'")]
    assert len(dup) == 1 and dup[0].line == line_of(text, '"no":')


# --- typing traps ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "No", "TRUE"])
def test_a_boolean_where_text_is_expected(check, base, word):
    text = replace(base, "title: Test", f"title: {word}")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (1, "title")
    assert problem.hint == f'quote it: "{word}"'
    assert f"YAML reads unquoted {word} as" in problem.message


def test_a_boolean_in_a_list_of_texts(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye:\n    - Goodbye.\n    - off")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "- off"), "lines.bye[1]")
    assert problem.hint == 'quote it: "off"'


def test_a_float_where_text_is_expected(check, base):
    text = replace(base, "  bye: Goodbye.", "  bye: 1.10")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "bye: 1.10"), "lines.bye")
    assert problem.message == (
        "expected text or a list, but YAML reads unquoted 1.10 as the number 1.1"
    )
    assert problem.hint == 'quote it: "1.10"'


def test_a_quoted_number_where_a_number_is_expected(check, base):
    text = replace(base, "{min_s: 1.0, max_s: 2.0}", '{min_s: "2.5", max_s: 3.0}')
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "min_s"), "steps.shock.pause.min_s")
    assert problem.message == 'expected a number, found the text "2.5"'
    assert problem.hint == "remove the quotes"


def test_a_quoted_boolean_where_true_or_false_is_expected(check, base):
    text = replace(base, "      - if: {kind: honest}", "      - if: {flags: {benefit: 'true'}}")
    problem = only(check(text)[1])
    assert problem.field == "steps.question.routes[0].if.flags.benefit"
    assert problem.hint == "remove the quotes"


def test_an_unquoted_date_is_a_trap(check, base):
    text = replace(base, "description: A small valid scenario.", "description: 2024-05-01")
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (2, "description")
    assert problem.message == "YAML reads unquoted 2024-05-01 as a date"
    assert problem.hint == 'quote it: "2024-05-01"'


def test_an_unquoted_date_where_a_number_is_expected_is_one_problem(check, base):
    text = replace(base, "{min_s: 1.0, max_s: 2.0}", "{min_s: 2024-05-01, max_s: 3.0}")
    problem = only(check(text)[1])
    assert problem.field == "steps.shock.pause.min_s"
    assert "as a date" in problem.message


def test_base_60_numbers_are_a_trap(check, base):
    text = base + "patience:\n  max_talk_s: 1:30\n  say: bye\n  goto: brush_off\n"
    problem = only(check(text)[1])
    assert (problem.line, problem.field) == (line_of(text, "1:30"), "patience.max_talk_s")
    assert problem.message == "YAML 1.1 reads 1:30 as the base-60 number 90"


def test_a_number_where_a_name_is_expected_says_quote_it(check, base):
    text = replace(base, "    say: bye\n", "    say: 010\n")
    _, problems = check(text)
    problem = [p for p in problems if p.field == "steps.brush_off.say"]
    assert len(problem) == 1
    assert problem[0].hint == 'quote it: "010"'
    assert "as the number 8" in problem[0].message


def test_an_empty_value_where_text_is_expected(check, base):
    text = replace(base, "title: Test", "title:")
    problem = only(check(text)[1])
    assert (problem.line, problem.message) == (1, "expected text, found nothing")
