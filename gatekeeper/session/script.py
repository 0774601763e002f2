"""Trainee scripts: what a scripted call says, and when.

A script is what a trainee would say in a call, one turn per line, each with the silence the
trainee leaves before speaking::

    # PAUSE[/DURATION] TEXT
    0.8 Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen.
    4.5/2.0 Es spart zwei Stunden pro Woche.

``PAUSE`` is counted from the end of the last speech by anyone; ``DURATION`` (how long the
turn is spoken) defaults to the words at a normal speaking pace. A ``.yaml``/``.yml`` file may
instead hold a list of ``{pause: 0.8, text: "...", duration: 2.0}``. Coaches use scripts to
test that a scenario's routes do what they mean, so every mistake names ``file:line``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from gatekeeper.session.turns import speech_seconds

MAX_SECONDS = 600.0

_LINE = re.compile(r"^(?P<pause>\d+(?:\.\d+)?)(?:/(?P<duration>\d+(?:\.\d+)?))?\s+(?P<text>\S.*)$")
_FORMAT_HINT = "expected 'PAUSE[/DURATION] TEXT', e.g. '0.8 Worum es geht? Ganz ehrlich ...'"


class ScriptError(ValueError):
    """A script that cannot be used; the message is one line naming ``file:line``."""


@dataclass(frozen=True)
class ScriptEntry:
    """One trainee turn: the silence left before it, its words and (optionally) its length."""

    pause_s: float
    text: str
    duration_s: float | None = None
    line: int = 0

    @property
    def seconds(self) -> float:
        return self.duration_s if self.duration_s is not None else speech_seconds(self.text)


def load_script(path: Path) -> list[ScriptEntry]:
    """Read a script file (text, or YAML by its suffix)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScriptError(f"{path}: no such script file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ScriptError(f"{path}: cannot read script: {e}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        return parse_yaml_script(text, str(path))
    return parse_script(text, str(path))


def parse_script(text: str, source: str = "<script>") -> list[ScriptEntry]:
    entries: list[ScriptEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            raise ScriptError(f"{source}:{number}: {_FORMAT_HINT}")
        pause = _seconds(m["pause"], "pause", source, number)
        duration = _seconds(m["duration"], "duration", source, number) if m["duration"] else None
        if duration is not None and duration <= 0:
            raise ScriptError(f"{source}:{number}: duration must be more than 0 s")
        entries.append(ScriptEntry(pause, m["text"].strip(), duration, number))
    return entries


def parse_yaml_script(text: str, source: str = "<script>") -> list[ScriptEntry]:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = getattr(e, "problem", None) or str(e)
        raise ScriptError(f"{where}: not valid YAML: {problem}") from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ScriptError(
            f"{source}:{root.start_mark.line + 1}: a YAML script is a list of "
            "{pause, text, duration}"
        )
    entries: list[ScriptEntry] = []
    for node in root.value:
        number = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise ScriptError(f"{source}:{number}: each entry needs pause and text")
        fields: dict[str, tuple[object, int]] = {}
        for key, value in node.value:
            name = key.value
            if name not in ("pause", "text", "duration"):
                raise ScriptError(
                    f"{source}:{key.start_mark.line + 1}: unknown field {name!r} "
                    "(use pause, text, duration)"
                )
            if name in fields:
                raise ScriptError(f"{source}:{key.start_mark.line + 1}: duplicate field {name!r}")
            fields[name] = (yaml.safe_load(yaml.serialize(value)), value.start_mark.line + 1)
        for required in ("pause", "text"):
            if required not in fields:
                raise ScriptError(f"{source}:{number}: missing field {required!r}")
        said, text_line = fields["text"]
        if not isinstance(said, str) or not said.strip():
            hint = " (quote it)" if isinstance(said, bool | int | float) else ""
            raise ScriptError(f"{source}:{text_line}: text must be a non-empty string{hint}")
        pause = _number(*fields["pause"], "pause", source)
        duration = (
            _number(*fields["duration"], "duration", source) if "duration" in fields else None
        )
        if duration is not None and duration <= 0:
            raise ScriptError(f"{source}:{fields['duration'][1]}: duration must be more than 0 s")
        entries.append(ScriptEntry(pause, said.strip(), duration, number))
    return entries


def _seconds(raw: str, name: str, source: str, line: int) -> float:
    value = float(raw)
    if value > MAX_SECONDS:
        raise ScriptError(f"{source}:{line}: {name} {raw} s is more than {MAX_SECONDS:.0f} s")
    return value


def _number(value: object, line: int, name: str, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ScriptError(f"{source}:{line}: {name} must be a number of seconds")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or seconds > MAX_SECONDS:
        raise ScriptError(f"{source}:{line}: {name} must be between 0 and {MAX_SECONDS:.0f} s")
    return seconds
