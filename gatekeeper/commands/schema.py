"""``gatekeeper schema``: print the JSON Schema of scenario files, for editors and for
``scenarios/scenario.schema.json``."""

from __future__ import annotations

from pathlib import Path

import click

from gatekeeper.commands.output import BadInput, emit, run_command


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the schema to this file instead of printing it.",
)
@click.option("--json", "as_json", is_flag=True, help="Same output (the schema is JSON).")
def command(output: Path | None, as_json: bool) -> None:
    """Print the JSON Schema of a scenario file."""
    run_command(as_json, lambda: _schema(output, as_json))


def _schema(output: Path | None, as_json: bool) -> int:
    from gatekeeper.scenario.schema import render_schema

    if output is None:
        click.echo(render_schema(), nl=False)
        return 0
    try:
        output.write_text(render_schema(), encoding="utf-8")
    except OSError as e:
        raise BadInput(f"cannot write {output}: {e.strerror or e}") from e
    emit({"written": str(output)}, as_json, lambda: f"wrote {output}")
    return 0
