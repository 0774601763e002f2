"""Engine and scorecard helpers: a small scenario and a judge keyed by text.

The fake judge stands in for the real one only where the engine's *routing and timing* are
under test; what the trainee said is irrelevant there, only the verdict matters."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from gatekeeper.dialogue.types import Evidence, Judgement
from gatekeeper.scenario.model import Kind, Scenario, Turn

SCENARIO_YAML = """
title: Test call
description: A small call that reaches every kind of step.
language: en
persona: {name: Anna, company: ACME, boss: Mr. Boss}
lines:
  greeting: "ACME, {name} speaking."
  ask: "What is it about?"
  again: "Pardon?"
  what_for: "What does {boss} get out of it?"
  through: "I'll put you through."
  email: "Send an email."
  bye: "Goodbye."
  impatient: "Stop, stop!"
  refuse: "We buy nothing."
  ok_bye: "Alright, bye."
start: greeting
patience: {max_talk_s: 10, say: impatient, goto: cut}
steps:
  greeting: {say: greeting, next: ask}
  ask:
    say: ask
    listen: {turn: pitch}
    routes:
      - {if: {kind: honest}, goto: shock}
      - {if: {kind: pretext}, goto: hangup}
      - {if: {kind: vague}, goto: again}
      - {goto: email_end}
  again:
    say: again
    listen: {turn: pitch}
    routes:
      - {if: {kind: honest}, goto: shock}
      - {goto: email_end}
  shock:
    pause: {min_s: 2.0, max_s: 4.0}
    routes:
      - {if: {silence: held}, goto: what_for}
      - {goto: email_end}
  what_for:
    say: what_for
    listen: {turn: benefit}
    routes:
      - {if: {flags: {benefit: true}}, goto: through_end}
      - {goto: refuse}
  refuse:
    say: refuse
    listen: {turn: rejection}
    routes:
      - {if: {kind: dignified}, goto: ok_end}
      - {goto: hangup}
  through_end: {say: through, end: put_through}
  email_end: {say: email, end: brushed_off}
  hangup: {say: bye, end: hung_up}
  ok_end: {say: ok_bye, end: rejected}
  cut: {say: email, end: brushed_off}
"""


def make_scenario(text: str = SCENARIO_YAML, **overrides: object) -> Scenario:
    data = yaml.safe_load(text)
    data.update(overrides)
    return Scenario.from_data(data)


@dataclass
class FakeJudge:
    """Verdicts by exact text: ``{text: (kind, benefit, fillers)}``; anything else is vague
    (or dignified on a rejection turn). Records every call."""

    verdicts: dict[str, tuple[Kind, bool, int]] = field(default_factory=dict)
    calls: list[tuple[str, Turn]] = field(default_factory=list)

    def judge(self, text: str, turn: Turn) -> Judgement:
        self.calls.append((text, turn))
        default = Kind.dignified if turn is Turn.rejection else Kind.vague
        kind, benefit, fillers = self.verdicts.get(text, (default, False, 0))
        evidence = (Evidence(kind.value, f"rule:{kind.value}", text.split()[0] if text else ""),)
        return Judgement(
            turn, kind, benefit, fillers, max(0, len(text.split()) - fillers), evidence
        )


HONEST = "I would like to win your boss as a customer."
PRETEXT = "No, I just want to introduce myself."
FLATTERY = "What a wonderful company you have."
BENEFIT = "It cuts his maintenance costs by a fifth."
EXPLAIN = "Well, we are a software company from Berlin."
PUSHY = "But you must listen to me now."
DIGNIFIED = "Thank you, have a nice day."
