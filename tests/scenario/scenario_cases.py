"""A small valid scenario and helpers to break it one line at a time.

Tests find the line they expect a problem on by searching the YAML they wrote
(``line_of``), so every assertion names an exact line without hard-coding numbers that
drift when the base scenario changes.
"""

from __future__ import annotations

from gatekeeper.scenario import Problem

BASE = """\
title: Test
description: A small valid scenario.
language: en
persona:
  name: Ms Smith
  company: Acme
  boss: Mr Jones
  voices:
    en: [en_US-joe-medium]
lines:
  hello: "{company}, {name} speaking."
  ask: What is it about?
  bye: Goodbye.
  through: I'll put you through.
start: greeting
steps:
  greeting:
    say: hello
    next: question
  question:
    say: ask
    listen: {turn: pitch}
    routes:
      - if: {kind: honest}
        goto: shock
      - goto: brush_off
  shock:
    pause: {min_s: 1.0, max_s: 2.0}
    routes:
      - if: {silence: held}
        goto: through
      - goto: brush_off
  through:
    say: through
    end: put_through
  brush_off:
    say: bye
    end: brushed_off
"""


def line_of(text: str, fragment: str, nth: int = 1) -> int:
    """1-based number of the ``nth`` line containing ``fragment``."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if fragment in line]
    assert len(hits) >= nth, f"{fragment!r} not in the test YAML"
    return hits[nth - 1]


def replace(text: str, old: str, new: str) -> str:
    """``text`` with the single occurrence of ``old`` replaced (fails loudly otherwise)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def only(problems: list[Problem]) -> Problem:
    """The single problem reported; fails with all of them listed otherwise."""
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def at(problems: list[Problem], field: str) -> Problem:
    found = [p for p in problems if p.field == field]
    assert len(found) == 1, f"{field}: " + "\n".join(map(str, problems))
    return found[0]
