"""The ``gatekeeper`` command. Without a subcommand it starts the Textual app.

Each subcommand lives in its own module under :mod:`gatekeeper.commands` and is imported
only when used, so ``gatekeeper validate`` never pays for loading speech models or textual.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

# name -> module under gatekeeper.commands exposing a click command called ``command``
SUBCOMMANDS = {
    "validate": "validate",
    "schema": "schema",
    "judge": "judge",
    "call": "call",
    "analyze": "analyze",
    "devices": "devices",
    "voices": "voices",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n in SUBCOMMANDS if self._module(n) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        mod = self._module(cmd_name)
        return None if mod is None else mod.command

    @staticmethod
    def _module(name: str):
        if name not in SUBCOMMANDS:
            return None
        try:
            return importlib.import_module(f"gatekeeper.commands.{SUBCOMMANDS[name]}")
        except ModuleNotFoundError as e:
            if e.name == f"gatekeeper.commands.{SUBCOMMANDS[name]}":
                return None
            raise


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.version_option(package_name="gatekeeper")
@click.option(
    "--scenarios",
    "scenarios_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A coach's scenario folder, shown beside the bundled ones (repeatable).",
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(["de", "en"]),
    default=None,
    help="Interface language for this run (default: settings, then the system locale).",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the history lives (default: GATEKEEPER_DATA_DIR, then XDG).",
)
@click.pass_context
def main(
    ctx: click.Context,
    scenarios_dirs: tuple[Path, ...],
    language: str | None,
    data_dir: Path | None,
) -> None:
    """Practise the first seconds of a cold call aloud against a scripted gatekeeper.

    Without a command, starts the app."""
    if ctx.invoked_subcommand is None:
        from gatekeeper.commands.app import start_app

        start_app(scenarios_dirs=list(scenarios_dirs), language=language, data_dir=data_dir)


if __name__ == "__main__":
    main()
