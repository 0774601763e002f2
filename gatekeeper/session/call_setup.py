"""What every call needs before it starts, in one place for the command line and the app:
the scenario found by name or path, its id, the judge, a random seed, and the microphone
and speaker opened together.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from gatekeeper.dialogue.engine import NextOnLine
from gatekeeper.dialogue.judge import Judge
from gatekeeper.locations import bundled_dir
from gatekeeper.scenario.handover import handover_chain
from gatekeeper.scenario.loader import scenario_id
from gatekeeper.scenario.model import Scenario

if TYPE_CHECKING:
    from gatekeeper.audio.mic import Microphone
    from gatekeeper.audio.speaker import Speaker

__all__ = [
    "ScenarioNotFound",
    "bundled_scenarios",
    "make_judge",
    "next_on_line",
    "open_mic_and_speaker",
    "random_seed",
    "resolve_scenario",
    "scenario_id",
    "scenarios_dir",
]


class ScenarioNotFound(ValueError):
    """Neither a scenario file nor a bundled scenario id; the message is one line."""


def scenarios_dir() -> Path:
    """The bundled scenarios (package data; the ``scenarios/`` folder in a checkout)."""
    return bundled_dir("scenarios")


def bundled_scenarios() -> list[str]:
    folder = scenarios_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def resolve_scenario(arg: str) -> Path:
    """A path to a scenario file, or the id of a bundled one (its file name without
    ``.yaml``, e.g. ``standard-receptionist.de``)."""
    path = Path(arg).expanduser()
    if path.is_file():
        return path
    if path.is_dir():
        raise ScenarioNotFound(f"{arg}: is a folder, not a scenario file")
    if "/" not in arg and "\\" not in arg:
        for suffix in (".yaml", ".yml", ""):
            candidate = scenarios_dir() / f"{arg}{suffix}"
            if candidate.is_file():
                return candidate
    known = ", ".join(bundled_scenarios()) or "none"
    raise ScenarioNotFound(f"{arg}: no such scenario file or bundled scenario (bundled: {known})")


def make_judge(scenario: Scenario) -> Judge:
    """The judge for a scenario: its language's phrase pack plus the scenario's own phrases."""
    return Judge(scenario.language, extra=scenario.judge)


def next_on_line(path: Path, scenario: Scenario) -> list[NextOnLine]:
    """Who takes the call when ``scenario`` (from ``path``) hands it over (its ``handover``:
    the boss behind the secretary), each with its own judge. Raises
    :class:`~gatekeeper.scenario.ScenarioError` for a broken link."""
    return [
        NextOnLine(link.id, link.scenario, make_judge(link.scenario))
        for link in handover_chain(path, scenario, scenarios_dir())
    ]


def random_seed() -> int:
    """A fresh seed for line variants and pause lengths (a call that is not a test)."""
    return random.SystemRandom().randrange(2**31)


def open_mic_and_speaker(
    input_device: str | None, output_device: str | None
) -> tuple[Microphone, Speaker]:
    """The microphone and the speaker (None: the saved choice, else the default). Raises
    :class:`~gatekeeper.audio.base.AudioError` (one line) with nothing left open."""
    from gatekeeper.audio.mic import open_microphone
    from gatekeeper.audio.speaker import open_speaker

    mic = open_microphone(input_device)
    try:
        return mic, open_speaker(output_device)
    except BaseException:
        mic.stop()
        raise
