"""Scenario files: the YAML a coach writes, validated strictly, with every problem located.

Public API (everything else in this package is internal)::

    load_scenario(path) -> Scenario
        The validated scenario; raises ScenarioError(problems) listing every error.
    load_scenarios(folder_or_paths) -> (list[LoadedScenario], list[(Path, list[Problem])])
        All ``*.yaml``/``*.yml`` files under a folder (or given paths); valid ones and
        broken ones separately. ``LoadedScenario`` has ``id`` (file name stem, e.g.
        ``standard-receptionist.de``), ``path``, ``scenario`` and ``warnings``.
    check_file(path) -> (Scenario | None, list[Problem])
        Every problem (errors and warnings), sorted by line; what ``gatekeeper validate`` uses.
    Problem
        ``file``, ``line``, ``column``, ``field`` (``steps.ask.routes[2].goto``), ``message``,
        ``hint``, ``severity``; ``str(problem)`` is ``file:line: field: message (hint: ...)``.
    ScenarioError
        ``problems``: list[Problem].
    Scenario
        The model (see :mod:`gatekeeper.scenario.model`).
    scenario_json_schema() -> dict
        The JSON Schema of a scenario file (``gatekeeper schema``).
"""

from __future__ import annotations

from gatekeeper.scenario.loader import LoadedScenario, check_file, load_scenario, load_scenarios
from gatekeeper.scenario.model import Scenario
from gatekeeper.scenario.problems import Problem, ScenarioError, Severity
from gatekeeper.scenario.schema import scenario_json_schema

__all__ = [
    "LoadedScenario",
    "Problem",
    "Scenario",
    "ScenarioError",
    "Severity",
    "check_file",
    "load_scenario",
    "load_scenarios",
    "scenario_json_schema",
]
