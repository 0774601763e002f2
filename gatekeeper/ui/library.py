"""The scenarios the start screen offers: bundled ones plus the coach's folders.

Broken files are kept with their problems so the screen can list them (never hide them), and
a cheap fingerprint of the files' names, sizes and modification times tells the screen when a
coach has dropped in or edited a file, so it can reload without a restart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gatekeeper.scenario import LoadedScenario, Problem, load_scenarios
from gatekeeper.scenario.loader import scenario_files

Fingerprint = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Library:
    ok: tuple[LoadedScenario, ...]
    failed: tuple[tuple[Path, tuple[Problem, ...]], ...]
    fingerprint: Fingerprint

    def find(self, scenario_id: str) -> LoadedScenario | None:
        return next((s for s in self.ok if s.id == scenario_id), None)


def folders(bundled: Path, extra: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in [bundled, *extra]:
        if folder not in out:
            out.append(folder)
    return out


def fingerprint(dirs: Iterable[Path]) -> Fingerprint:
    out: list[tuple[str, int, int]] = []
    for path, _missing in scenario_files(list(dirs)):
        try:
            st = path.stat()
            out.append((str(path), st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((str(path), -1, -1))
    return tuple(out)


_DIFFICULTY = {"easy": 0, "medium": 1, "hard": 2}


def _call_order(loaded: LoadedScenario) -> tuple[int, int, str]:
    """The order of a call: the secretaries first, the bosses behind them; easy first."""
    persona = loaded.scenario.persona
    return (
        persona.role.value == "boss",
        _DIFFICULTY.get(loaded.scenario.difficulty.value, 1),
        loaded.id,
    )


def handover_problems(loaded: LoadedScenario) -> list[Problem]:
    """A scenario whose handover leads nowhere cannot be called: it is listed with the
    problem (the file that names the missing, foreign or circular link) instead."""
    from gatekeeper.scenario import ScenarioError
    from gatekeeper.scenario.handover import handover_chain
    from gatekeeper.session.call_setup import scenarios_dir

    try:
        handover_chain(loaded.path, loaded.scenario, scenarios_dir())
    except ScenarioError as e:
        return e.problems
    return []


def load_library(dirs: list[Path]) -> Library:
    print_ = fingerprint(dirs)
    ok, failed = load_scenarios(dirs) if dirs else ([], [])
    callable_ = []
    for loaded in ok:
        broken = handover_problems(loaded)
        if broken:
            failed.append((loaded.path, broken))
        else:
            callable_.append(loaded)
    return Library(
        ok=tuple(sorted(callable_, key=_call_order)),
        failed=tuple((path, tuple(problems)) for path, problems in failed),
        fingerprint=print_,
    )
