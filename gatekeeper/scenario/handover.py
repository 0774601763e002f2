"""Calls that go on: who takes the call when a scenario hands it over.

A scenario's ``handover: {when: put_through, to: boss-weber.de}`` says that when the call ends
with ``on``, the next person picks up — usually the boss behind the secretary. ``to`` is a
scenario file next to this one (``boss.yaml``, ``bosses/weber.yaml``) or, failing that, a
bundled scenario's id. The links are followed until a scenario hands over no further; a
missing target, a circle or a change of language is a located problem, so ``gatekeeper
validate`` finds it before a trainee does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gatekeeper.scenario.loader import SUFFIXES, load_scenario, scenario_id
from gatekeeper.scenario.model import Scenario
from gatekeeper.scenario.problems import Problem, ScenarioError

MAX_LINKS = 8  # a call handed on more often than this is a mistake, not a scenario


@dataclass(frozen=True)
class Link:
    """One person the call is handed over to."""

    id: str
    path: Path
    scenario: Scenario


def handover_chain(first: Path, scenario: Scenario, bundled_dir: Path | None) -> list[Link]:
    """The scenarios ``scenario`` (loaded from ``first``) hands the call over to, in order.
    Raises :class:`ScenarioError` with the problem located in the file that names the link
    (or the linked file's own problems)."""
    chain: list[Link] = []
    seen = {first.resolve()}
    path, current = Path(first), scenario
    while current.handover is not None:
        to = current.handover.to
        target = _find(to, path.parent, bundled_dir)
        if target is None:
            raise ScenarioError(
                [
                    _problem(
                        path,
                        f"no scenario {to!r} next to this file nor among the bundled ones",
                        "give a file name relative to this file or a bundled id",
                    )
                ]
            )
        if target.resolve() in seen or len(chain) >= MAX_LINKS:
            raise ScenarioError(
                [
                    _problem(
                        path,
                        f"{to!r} hands the call back round in a circle",
                        "the last scenario of a call must not have a handover",
                    )
                ]
            )
        nxt = load_scenario(target)
        if nxt.language is not current.language:
            raise ScenarioError(
                [
                    _problem(
                        path,
                        f"{to!r} is in {nxt.language.value}, this call in {current.language.value}",
                        "hand over to a scenario of the same language",
                    )
                ]
            )
        chain.append(Link(scenario_id(target), target, nxt))
        seen.add(target.resolve())
        path, current = target, nxt
    return chain


def _find(to: str, folder: Path, bundled_dir: Path | None) -> Path | None:
    names = [to] if to.endswith(SUFFIXES) else [to + suffix for suffix in SUFFIXES]
    for name in names:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    if bundled_dir is not None and "/" not in to:
        for name in names:
            candidate = bundled_dir / name
            if candidate.is_file():
                return candidate
    return None


def _problem(path: Path, message: str, hint: str) -> Problem:
    return Problem(str(path), _line_of_handover(path), "handover.to", message, hint)


def _line_of_handover(path: Path) -> int | None:
    """The line of ``to:`` inside the ``handover:`` block (or of ``handover:`` itself)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    start = next((i for i, line in enumerate(lines) if line.startswith("handover:")), None)
    if start is None:
        return None
    if "to:" in lines[start]:
        return start + 1
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if lines[i] and not lines[i][0].isspace():
            break
        if stripped.startswith("to:"):
            return i + 1
    return start + 1
