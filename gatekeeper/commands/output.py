"""How every subcommand reports: human text by default, one JSON object with ``--json``;
exit 0 on success, 2 on bad input (one line), 1 on internal failure."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """The user's input (a path, a file, an option) is wrong; the message is one line."""


def emit(payload: dict[str, Any], as_json: bool, human: Callable[[], str]) -> None:
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        click.echo(human())


def fail(message: str, as_json: bool, code: int = EXIT_BAD_INPUT) -> None:
    """Print a one-line error (as JSON on stdout with ``--json``) and exit with ``code``."""
    line = " ".join(str(message).split())
    if as_json:
        click.echo(json.dumps({"error": line}, ensure_ascii=False))
    else:
        click.echo(f"gatekeeper: {line}", err=True)
    sys.exit(code)


def run_command(as_json: bool, body: Callable[[], int | None]) -> None:
    """Run a command body, mapping BadInput to exit 2 and anything unexpected to exit 1."""
    try:
        code = body()
    except BadInput as e:
        fail(str(e), as_json, EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        fail("interrupted", as_json, EXIT_INTERNAL)
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except Exception as e:
        fail(f"internal error: {type(e).__name__}: {e}", as_json, EXIT_INTERNAL)
    sys.exit(code or EXIT_OK)
