"""The ``gatekeeper`` command. Without a subcommand it starts the Textual app.

Each subcommand lives in its own module under :mod:`gatekeeper.commands` and is imported
only when used, so ``gatekeeper validate`` never pays for loading speech models or textual.
"""

from __future__ import annotations

import importlib

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
    def _module(name: str):  # noqa: ANN205
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
@click.pass_context
def main(ctx: click.Context) -> None:
    """Practise the first seconds of a cold call aloud against a scripted gatekeeper."""
    if ctx.invoked_subcommand is None:
        from gatekeeper.commands.app import start_app

        start_app()
