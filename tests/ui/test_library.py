"""The start screen's scenarios: a coach's scenario whose handover leads nowhere is listed
with the problem, never offered as a call that would break when she puts the caller through."""

from __future__ import annotations

from pathlib import Path

from ui_support import BUNDLED

from gatekeeper.ui.library import load_library

DESK = """\
title: Desk
description: A secretary whose boss is missing.
language: en
persona: {name: Anna, company: ACME, boss: Mr. Boss, voices: {en: [pico:en-US]}}
lines:
  hello: "ACME."
  through: "Putting you through."
start: hello
steps:
  hello: {say: hello, next: through}
  through: {say: through, end: put_through}
handover: {to: no-such-boss}
"""


def test_a_broken_handover_is_listed_not_offered(tmp_path: Path) -> None:
    (tmp_path / "desk.en.yaml").write_text(DESK, encoding="utf-8")
    library = load_library([BUNDLED, tmp_path])
    assert library.find("desk.en") is None
    problems = dict(library.failed)[tmp_path / "desk.en.yaml"]
    assert [p.field for p in problems] == ["handover.to"]
    assert problems[0].line == 12 and "no-such-boss" in problems[0].message
    # the bundled handovers all resolve: the secretaries and their bosses are offered
    assert library.find("standard-receptionist.de") is not None
    assert library.find("boss-weber.de") is not None


def test_the_secretaries_come_first(tmp_path: Path) -> None:
    roles = [s.scenario.persona.role.value for s in load_library([BUNDLED]).ok]
    assert roles == sorted(roles, key=lambda r: r == "boss")
