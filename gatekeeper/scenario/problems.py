"""What is wrong with a scenario file, said so that a coach can fix it without a traceback.

Every problem names the file, the line (and column) and the field path, e.g.
``scenarios/x.yaml:42: steps.ask_purpose.routes[2].goto: no step 'shock_paus' (hint: did
you mean 'shock_pause'?)``. Loading collects all of them at once, so one run of
``gatekeeper validate`` shows everything to fix.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """Errors make a file invalid; warnings are shown but the scenario still loads."""

    error = "error"
    warning = "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""
    column: int | None = None
    severity: Severity = Severity.error

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.error

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        parts = [where]
        if self.field:
            parts.append(self.field)
        message = self.message if self.is_error else f"warning: {self.message}"
        parts.append(message + (f" (hint: {self.hint})" if self.hint else ""))
        return ": ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data


class ScenarioError(Exception):
    """A scenario file cannot be used. ``problems`` holds every error (and any warnings)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        shown = errors or self.problems
        head = f"{len(errors)} problem(s) in scenario file" if errors else "invalid scenario"
        super().__init__("\n".join([head, *(str(p) for p in shown)]))


Path = tuple[str | int, ...]
"""A location inside the parsed YAML data: mapping keys and list indices."""

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def field_path(path: Iterable[str | int]) -> str:
    """``('steps', 'ask', 'routes', 2, 'goto')`` -> ``steps.ask.routes[2].goto``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{part!r}]"
    return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A close match from ``choices`` as ``did you mean 'x'?``, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else ""


def one_of(choices: Iterable[str]) -> str:
    return ", ".join(str(c) for c in choices)


def join_hints(*hints: str) -> str:
    """``did you mean 'x'?`` + ``allowed: ...`` -> ``did you mean 'x'? allowed: ...``."""
    out = ""
    for hint in filter(None, hints):
        out += (" " if out.endswith("?") else "; ") + hint if out else hint
    return out
