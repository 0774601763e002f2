"""Script files: the text and YAML forms, and errors that name file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.session.script import (
    ScriptEntry,
    ScriptError,
    load_script,
    parse_script,
    parse_yaml_script,
    speech_seconds,
)


def test_text_script_lines_comments_and_durations():
    entries = parse_script(
        "# the honest pitch\n"
        "0.8 Ich möchte Ihren Chef gerne als Kunden gewinnen.\n"
        "\n"
        "   4.5/2.0   Es spart zwei Stunden pro Woche.  \n"
        "0 Ja.\n"
    )
    assert entries == [
        ScriptEntry(0.8, "Ich möchte Ihren Chef gerne als Kunden gewinnen.", None, 2),
        ScriptEntry(4.5, "Es spart zwei Stunden pro Woche.", 2.0, 4),
        ScriptEntry(0.0, "Ja.", None, 5),
    ]
    assert entries[0].seconds == pytest.approx(8 / 2.5)  # 8 words
    assert entries[1].seconds == 2.0
    assert entries[2].seconds == 0.4  # the minimum


def test_speech_seconds_is_words_at_two_and_a_half_per_second():
    assert speech_seconds("eins zwei drei vier fünf") == 2.0
    assert speech_seconds("") == 0.4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0.5 fine\nHallo ohne Pause\n", "s.txt:2: expected 'PAUSE[/DURATION] TEXT'"),
        ("0.5\n", "s.txt:1: expected"),
        ("-1 minus\n", "s.txt:1: expected"),
        ("1.0/0 nothing\n", "s.txt:1: duration must be more than 0 s"),
        ("\n\n700 too late\n", "s.txt:3: pause 700 s is more than 600 s"),
    ],
)
def test_text_script_errors_name_the_line(text: str, message: str):
    with pytest.raises(ScriptError) as e:
        parse_script(text, "s.txt")
    assert str(e.value).startswith(message)
    assert "\n" not in str(e.value)


def test_yaml_script():
    entries = parse_yaml_script(
        "- {pause: 0.8, text: Ich möchte Ihren Chef als Kunden gewinnen.}\n"
        "- pause: 4\n"
        "  text: Es spart Zeit.\n"
        "  duration: 1.5\n",
        "s.yaml",
    )
    assert entries == [
        ScriptEntry(0.8, "Ich möchte Ihren Chef als Kunden gewinnen.", None, 1),
        ScriptEntry(4.0, "Es spart Zeit.", 1.5, 2),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pause: 1\n", "s.yaml:1: a YAML script is a list"),
        ("- {pause: 1}\n", "s.yaml:1: missing field 'text'"),
        (
            "- pause: 1\n  text: ok\n- pause: 2\n  text: no\n",
            "s.yaml:4: text must be a non-empty string (quote it)",
        ),
        ("- pause: 1\n  txt: hi\n", "s.yaml:2: unknown field 'txt'"),
        ("- pause: soon\n  text: hi\n", "s.yaml:1: pause must be a number of seconds"),
        ("- pause: 1\n  text: hi\n  duration: 0\n", "s.yaml:3: duration must be more than 0 s"),
        ("- pause: 1\n  text: [hi\n", "s.yaml:"),
        ("- just text\n", "s.yaml:1: each entry needs pause and text"),
    ],
)
def test_yaml_script_errors_name_the_line(text: str, message: str):
    with pytest.raises(ScriptError) as e:
        parse_yaml_script(text, "s.yaml")
    assert str(e.value).startswith(message)


def test_load_script_by_suffix_and_missing_file(tmp_path: Path):
    txt = tmp_path / "call.txt"
    txt.write_text("1.0 Hallo.\n", encoding="utf-8")
    yml = tmp_path / "call.yml"
    yml.write_text("- {pause: 1.0, text: Hallo.}\n", encoding="utf-8")
    assert load_script(txt) == [ScriptEntry(1.0, "Hallo.", None, 1)]
    assert load_script(yml) == [ScriptEntry(1.0, "Hallo.", None, 1)]
    with pytest.raises(ScriptError, match="no such script file"):
        load_script(tmp_path / "missing.txt")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("1.0 Grüße\n".encode("latin-1"))
    with pytest.raises(ScriptError, match="cannot read script"):
        load_script(bad)
