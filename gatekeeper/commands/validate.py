"""``gatekeeper validate PATH...``: check scenario files (or folders of them) the way the app
will load them, and list every problem with ``file:line``.

Exit 0 when every file is valid (warnings allowed), 2 when any file has an error or a path
does not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from gatekeeper.commands.output import EXIT_BAD_INPUT, EXIT_OK, emit, run_command


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(paths: tuple[Path, ...], as_json: bool) -> None:
    """Validate scenario files; folders are searched for *.yaml and *.yml."""
    run_command(as_json, lambda: _validate(paths, as_json))


def _validate(paths: tuple[Path, ...], as_json: bool) -> int:
    from gatekeeper.scenario.loader import check_file, duplicate_id_problem, scenario_files

    files: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for path, missing in scenario_files(paths):
        if missing is not None:
            problems = [missing]
        else:
            scenario, problems = check_file(path)
            if scenario is not None:
                problems = [
                    *problems,
                    *coach_phrase_warnings(path, scenario),
                    *handover_problems(path, scenario),
                ]
                if path.stem in seen:
                    problems = [duplicate_id_problem(path, seen[path.stem]), *problems]
                else:
                    seen[path.stem] = path
        ok = not any(p.is_error for p in problems)
        files.append({"path": str(path), "ok": ok, "problems": problems})
    all_ok = all(f["ok"] for f in files)
    payload = {
        "ok": all_ok,
        "files": [{**f, "problems": [p.to_dict() for p in f["problems"]]} for f in files],
    }
    emit(payload, as_json, lambda: _human(files))
    return EXIT_OK if all_ok else EXIT_BAD_INPUT


def handover_problems(path: Path, scenario: Any) -> list[Any]:
    """A broken ``handover`` link (no such scenario, another language, a circle), located in
    the file that names it, or the problems of the scenario it hands over to."""
    from gatekeeper.scenario import ScenarioError
    from gatekeeper.scenario.handover import handover_chain
    from gatekeeper.session.call_setup import scenarios_dir

    try:
        handover_chain(path, scenario, scenarios_dir())
    except ScenarioError as e:
        return [p for p in e.problems if p.is_error]
    return []


def coach_phrase_warnings(path: Path, scenario: Any) -> list[Any]:
    """A warning for each coach phrase heard in a built-in example of another category."""
    from gatekeeper.dialogue.judge.coach import coach_phrase_clashes
    from gatekeeper.scenario.problems import Problem, Severity

    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for clash in coach_phrase_clashes(scenario.language, scenario.judge):
        line = next((n for n, text in enumerate(lines, 1) if clash.phrase in text), None)
        out.append(
            Problem(
                str(path),
                line,
                f"judge.{clash.category}[{clash.index}]",
                clash.message,
                hint="make the phrase longer, or add the example to its 'not' list",
                severity=Severity.warning,
            )
        )
    return out


def _human(files: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for f in files:
        if f["ok"] and not f["problems"]:
            out.append(f"ok  {f['path']}")
        elif f["ok"]:
            out.append(f"ok  {f['path']} (with warnings)")
        out += [str(p) for p in f["problems"]]
    bad = sum(not f["ok"] for f in files)
    errors = sum(p.is_error for f in files for p in f["problems"])
    warnings = sum(not p.is_error for f in files for p in f["problems"])
    summary = f"{len(files)} file(s): {len(files) - bad} valid, {bad} invalid"
    summary += f" ({errors} error(s), {warnings} warning(s))" if errors or warnings else ""
    return "\n".join([*out, summary])
