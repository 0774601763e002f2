"""``gatekeeper call SCENARIO``: one call, typed (``--text``) or played from a script
(``--script FILE``), ending with the transcript and the scorecard."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from gatekeeper.commands.output import BadInput, emit, run_command


@click.command("call")
@click.argument("scenario")
@click.option("--text", "text_mode", is_flag=True, help="Type your answers instead of speaking.")
@click.option(
    "--script",
    "script",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Play the trainee's turns from a file: one 'PAUSE[/DURATION] TEXT' per line "
    "(or a YAML list of {pause, text, duration}).",
)
@click.option(
    "--seed",
    type=int,
    default=None,
    help="Seed for line variants and pause lengths (default: 0 with --script, else random).",
)
@click.option(
    "--mic-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Use this audio file (WAV, FLAC, OGG, MP3, M4A ...) as the microphone.",
)
@click.option(
    "--speaker-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the gatekeeper's audio to this WAV file, on the microphone's timeline.",
)
@click.option("--fast", is_flag=True, help="With --mic-file: read the file as fast as possible.")
@click.option("--model", default=None, help="Whisper model name or folder (default: base).")
@click.option("--input-device", default=None, help="Microphone (index or name).")
@click.option("--output-device", default=None, help="Speaker (index or name).")
@click.option("--headset", is_flag=True, help="Allow barge-in (no echo guard); use with a headset.")
@click.option(
    "--end-of-turn",
    "end_of_turn_s",
    type=click.FloatRange(0.2, 3.0),
    default=None,
    help="Seconds of silence that end your turn (default 0.45).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the call report as one JSON object.")
def command(
    scenario: str,
    text_mode: bool,
    script: Path | None,
    seed: int | None,
    as_json: bool,
    **voice: Any,
) -> None:
    """Make a call against SCENARIO (a scenario file or a bundled scenario id).

    By voice through the microphone by default; --mic-file uses an audio file instead, --text
    lets you type and --script plays timed lines. The voice options (--mic-file ...
    --end-of-turn) go to the voice call as they are."""
    run_command(as_json, lambda: _call(scenario, text_mode, script, seed, as_json, voice))


def _call(
    arg: str,
    text_mode: bool,
    script: Path | None,
    seed: int | None,
    as_json: bool,
    voice: dict | None = None,
) -> int:
    from gatekeeper.session.call_setup import (
        ScenarioNotFound,
        make_judge,
        resolve_scenario,
        scenario_id,
    )
    from gatekeeper.session.script import ScriptError, load_script

    try:
        path = resolve_scenario(arg)
    except ScenarioNotFound as e:
        raise BadInput(str(e)) from None
    scenario = _load(path)
    sid = scenario_id(path)
    then = _next_on_line(path, scenario)
    if script is None and not text_mode:
        from gatekeeper.commands.voice_call import voice_call

        return voice_call(scenario, sid, seed, as_json, then=then, **(voice or {}))
    if script is None:
        return _typed_call(scenario, sid, seed, as_json, then)
    try:
        entries = load_script(script)
    except ScriptError as e:
        raise BadInput(str(e)) from None
    from gatekeeper.commands.report import format_report
    from gatekeeper.session.text_call import run_scripted

    report = run_scripted(
        scenario, make_judge(scenario), entries, seed=seed or 0, scenario_id=sid, then=then
    )
    emit(report.to_json(), as_json, lambda: format_report(report, scenario))
    return 0


def _typed_call(scenario, scenario_id: str, seed: int | None, as_json: bool, then) -> int:
    """``--text``: the trainee's lines come from standard input, the live lines and the
    report go to standard output (to standard error with ``--json``)."""
    from gatekeeper.commands.report import CallPrinter, run_and_report
    from gatekeeper.dialogue.evidence_texts import EvidenceWording
    from gatekeeper.session.call_setup import make_judge, random_seed
    from gatekeeper.session.typed_call import TypedCall, read_lines

    if sys.stdin is None or sys.stdin.closed:
        raise BadInput("standard input is closed: --text reads your answers from it")
    call = TypedCall(
        scenario,
        make_judge(scenario),
        scenario_id=scenario_id,
        seed=random_seed() if seed is None else seed,
        then=then,
    )
    out = sys.stderr if as_json else sys.stdout
    say = EvidenceWording(scenario.language)
    out.write(say("report.intro", title=scenario.title) + "\n")
    printer = CallPrinter(out, scenario.persona.name, scenario.language)
    read_lines(sys.stdin, call)
    return run_and_report(call, printer, scenario, as_json)


def _next_on_line(path: Path, scenario):
    """Who the call is handed over to (the boss), each link checked; a broken one is bad
    input, told in one line."""
    from gatekeeper.scenario import ScenarioError
    from gatekeeper.session.call_setup import next_on_line

    try:
        return next_on_line(path, scenario)
    except ScenarioError as e:
        raise BadInput("; ".join(str(e).splitlines())) from None


def _load(path: Path):
    try:
        from gatekeeper.scenario import ScenarioError, load_scenario
    except ImportError:
        from gatekeeper.scenario.loader import load_scenario
        from gatekeeper.scenario.problems import ScenarioError
    try:
        return load_scenario(path)
    except ScenarioError as e:
        raise BadInput("; ".join(str(e).splitlines())) from None
    except OSError as e:
        raise BadInput(f"{path}: cannot read scenario: {e.strerror or e}") from None
