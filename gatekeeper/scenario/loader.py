"""Read coach-written scenario YAML into a validated :class:`Scenario`, or say exactly what
is wrong, where.

Reading goes in stages, each refusing what the next must never see:

1. the file itself: too big, not UTF-8;
2. the YAML event stream: anchors and aliases (no "billion laughs" expansion can happen,
   because nothing has been constructed yet), tags such as ``!!python/object``, several
   documents, syntax errors (tabs get their own hint);
3. the composed node tree, turned into plain data by hand so every value keeps its line:
   duplicate keys, dates and base-60/octal numbers (YAML 1.1 traps) are found here;
4. pydantic validation (:meth:`Scenario.from_data`), each error mapped back to its line,
   with hints for YAML's typing traps (``no`` read as false, ``1.10`` read as 1.1);
5. the cross-reference checks of :mod:`gatekeeper.scenario.checks`.

All problems of stages 3-5 are collected together, so a coach sees everything at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from gatekeeper.scenario.checks import Draft, Finding, check_draft
from gatekeeper.scenario.model import Scenario
from gatekeeper.scenario.problems import (
    Path as DataPath,
)
from gatekeeper.scenario.problems import (
    Problem,
    ScenarioError,
    did_you_mean,
    field_path,
    join_hints,
    one_of,
)
from gatekeeper.scenario.schema import allowed_keys

MAX_BYTES = 256 * 1024
SUFFIXES = (".yaml", ".yml")

# libyaml's parser when present: the same events and marks, many times faster.
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {"!", *(_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map"))}


@dataclass(frozen=True)
class LoadedScenario:
    """A valid scenario with where it came from. ``id`` is the file name without its
    suffix (``standard-receptionist.de``) and is what the app and the history store use."""

    id: str
    path: Path
    scenario: Scenario
    warnings: tuple[Problem, ...] = ()


def scenario_id(path: Path | str) -> str:
    return Path(path).stem


def load_scenario(path: Path | str) -> Scenario:
    """The validated scenario in ``path``; raises :class:`ScenarioError` with every problem.
    Warnings alone do not raise."""
    scenario, problems = check_file(path)
    if scenario is None:
        raise ScenarioError(problems)
    return scenario


def load_scenarios(
    dir_or_paths: Path | str | Iterable[Path | str],
) -> tuple[list[LoadedScenario], list[tuple[Path, list[Problem]]]]:
    """Load every scenario file in a folder (recursively) or in a list of files/folders.
    Returns the valid ones and, separately, each broken file with its problems; a broken
    file never hides the others. Two files with the same id: the second one fails."""
    ok: list[LoadedScenario] = []
    failed: list[tuple[Path, list[Problem]]] = []
    seen: dict[str, Path] = {}
    for path, missing in scenario_files(dir_or_paths):
        if missing is not None:
            failed.append((path, [missing]))
            continue
        scenario, problems = check_file(path)
        sid = scenario_id(path)
        if scenario is not None and sid in seen:
            problems = [duplicate_id_problem(path, seen[sid]), *problems]
            scenario = None
        if scenario is None:
            failed.append((path, problems))
            continue
        seen[sid] = path
        ok.append(LoadedScenario(sid, path, scenario, tuple(problems)))
    return ok, failed


def duplicate_id_problem(path: Path, first: Path) -> Problem:
    return Problem(
        str(path),
        None,
        "",
        f"scenario id {scenario_id(path)!r} is already used by {first}",
        "rename one of the files",
    )


def scenario_files(
    dir_or_paths: Path | str | Iterable[Path | str],
) -> list[tuple[Path, Problem | None]]:
    """Expand folders into their ``*.yaml``/``*.yml`` files (sorted, hidden ones skipped).
    Each entry carries a problem instead when the path does not exist or a folder holds no
    scenario file."""
    paths = [dir_or_paths] if isinstance(dir_or_paths, str | Path) else list(dir_or_paths)
    out: list[tuple[Path, Problem | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                out.append((path, _file_problem(path, "no scenario files (*.yaml, *.yml) here")))
            out += [(p, None) for p in found]
        elif path.exists():
            out.append((path, None))
        else:
            out.append((path, _file_problem(path, "no such file or folder")))
    return out


def check_file(path: Path | str) -> tuple[Scenario | None, list[Problem]]:
    """Every problem in one scenario file, sorted by line; the scenario when there are no
    errors (warnings are allowed)."""
    path = Path(path)
    text, problem = _read_text(path)
    if text is None:
        return None, [problem] if problem else []
    return check_text(text, str(path))


def check_text(text: str, file: str) -> tuple[Scenario | None, list[Problem]]:
    """Like :func:`check_file` for text already read; ``file`` names it in problems."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        return None, [_too_big(file)]
    refused = _refuse_unsafe(text, file)
    if refused:
        return None, refused
    try:
        root = yaml.compose(text, Loader=_Parser)
    except yaml.YAMLError as e:  # pragma: no cover - the event pass has seen the same errors
        return None, [_syntax_problem(e, text, file)]
    if not isinstance(root, MappingNode):
        return None, [_not_a_mapping(root, file)]
    source = _Source(file, root)
    problems = list(source.problems)
    scenario: Scenario | None = None
    pydantic_paths: set[DataPath] = set()
    try:
        scenario = Scenario.from_data(source.data)
    except ValidationError as e:
        found = source.validation_problems(e)
        pydantic_paths = set(found)
        problems += [p for group in found.values() for p in group]
    for path, trap in source.traps.items():
        if trap.replaces_validation or path not in pydantic_paths:
            problems.append(trap.problem)
    draft = Draft.of(scenario) if scenario is not None else Draft.from_data(source.data)
    problems += [source.finding_problem(f) for f in check_draft(draft)]
    problems = _deduplicated(problems)
    if any(p.is_error for p in problems):
        scenario = None
    return scenario, problems


def _not_a_mapping(root: Node | None, file: str) -> Problem:
    keys = "title:, description:, language:, persona:, lines:, start: and steps:"
    if root is None or (root.tag == _TAG + "null" and not root.value):
        return Problem(file, 1, "", "the file is empty", f"a scenario starts with {keys}")
    mark = root.start_mark
    return Problem(
        file,
        mark.line + 1,
        "",
        f"the top level must be a mapping of keys, found {_found(root)}",
        f"start with {keys}",
        mark.column + 1,
    )


# --- stage 1: the file ---------------------------------------------------------------------


def _file_problem(path: Path, message: str, hint: str = "") -> Problem:
    return Problem(str(path), None, "", message, hint)


def _too_big(file: str) -> Problem:
    return Problem(
        file,
        None,
        "",
        f"the file is larger than {MAX_BYTES // 1024} KiB",
        "a scenario is a small text file; split it into several scenarios",
    )


def _read_text(path: Path) -> tuple[str | None, Problem | None]:
    try:
        if path.is_dir():
            return None, _file_problem(path, "is a folder, not a scenario file")
        if path.stat().st_size > MAX_BYTES:
            return None, _too_big(str(path))
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, _file_problem(path, "no such file or folder")
    except OSError as e:
        return None, _file_problem(path, f"cannot read the file: {e.strerror or e}")
    if len(raw) > MAX_BYTES:
        return None, _too_big(str(path))
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return None, Problem(
            str(path), line, "", "the file is not UTF-8 text", "save it with UTF-8 encoding"
        )


# --- stage 2: the event stream --------------------------------------------------------------


def _refuse_unsafe(text: str, file: str) -> list[Problem]:
    """Scan YAML events (nothing is constructed) for anchors, aliases, foreign tags and
    extra documents; also turns a syntax error into a problem."""
    out: list[Problem] = []
    anchors: list[yaml.Event] = []
    aliases: list[yaml.Event] = []
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Parser):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    out.append(
                        _at(
                            file,
                            event,
                            "",
                            "the file holds more than one YAML document",
                            "one scenario per file; remove the extra '---'",
                        )
                    )
            elif isinstance(event, yaml.AliasEvent):
                aliases.append(event)
            elif isinstance(event, yaml.NodeEvent):
                if event.anchor is not None:
                    anchors.append(event)
                tag = getattr(event, "tag", None)
                if tag is not None and tag not in _ALLOWED_TAGS and len(out) < 20:
                    out.append(
                        _at(
                            file,
                            event,
                            "",
                            f"YAML tag {_short_tag(tag)} is not allowed",
                            "remove the tag: scenario files hold only text, numbers, "
                            "true/false, lists and mappings",
                        )
                    )
    except yaml.YAMLError as e:
        out += _syntax_problems(e, text, file)
    for events, what, sign in ((anchors, "anchors", "&"), (aliases, "aliases", "*")):
        if events:
            out.append(
                _at(
                    file,
                    events[0],
                    "",
                    f"YAML {what} ({sign}{events[0].anchor}) are not allowed "
                    f"({len(events)} in this file)",
                    "write each value out in full",
                )
            )
    return sorted(out, key=lambda p: (p.line or 0, p.column or 0))


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _at(file: str, event: yaml.Event, field_: str, message: str, hint: str) -> Problem:
    mark = event.start_mark
    return Problem(file, mark.line + 1, field_, message, hint, mark.column + 1)


_SYNTAX_HINTS = (
    ("mapping values are not allowed", 'a value that contains ": " must be quoted'),
    ("could not find expected ':'", "check the indentation and the ':' after each key"),
    ("did not find expected key", "check the indentation of this line"),
    ("found undefined tag handle", "remove the tag"),
    ("expected <block end>", "check the indentation of this line"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
)


def _syntax_problems(e: yaml.YAMLError, text: str, file: str) -> list[Problem]:
    """A YAML syntax error, plus every line indented with tabs (the usual culprit)."""
    tabbed = [
        i + 1
        for i, line in enumerate(text.splitlines())
        if line.strip() and "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    out = [
        Problem(
            file,
            n,
            "",
            "a tab in the indentation",
            "YAML does not allow tabs for indentation; use spaces",
        )
        for n in tabbed
    ]
    problem = _syntax_problem(e, text, file)
    if problem.line not in tabbed:
        out.append(problem)
    return out


def _syntax_problem(e: yaml.YAMLError, text: str, file: str) -> Problem:
    if isinstance(e, yaml.reader.ReaderError):
        line = text[: e.position].count("\n") + 1
        return Problem(
            file,
            line,
            "",
            f"the file holds a control character (#x{e.character:04x}) that YAML does not allow",
            "remove it",
        )
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    problem = getattr(e, "problem", None) or str(e)
    context = getattr(e, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    hint = next((h for key, h in _SYNTAX_HINTS if key in problem), "")
    if "'\\t'" in problem:
        hint = "YAML does not allow tabs for indentation; use spaces"
    if mark is None:
        return Problem(file, None, "", message, hint)
    return Problem(file, mark.line + 1, "", message, hint, mark.column + 1)


# --- stage 3: nodes to data, keeping lines --------------------------------------------------


@dataclass(frozen=True)
class _Spot:
    """Where a value came from: its node, and the mark of its key if it sits in a mapping."""

    node: Node
    key: yaml.Mark | None


@dataclass(frozen=True)
class _Trap:
    problem: Problem
    replaces_validation: bool
    """True: report this instead of any pydantic error at the same place (dates, which
    are never valid). False: a pydantic error there says it better (a number where text
    is expected gets "quote it")."""


@dataclass
class _Source:
    """The YAML of one file as plain data, with a spot (line) for every part of it."""

    file: str
    root: MappingNode
    data: dict[str, Any] = field(init=False)
    spots: dict[DataPath, _Spot] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    traps: dict[DataPath, _Trap] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._construct = yaml.SafeLoader("").construct_object
        self.data = self._value(self.root, (), None)

    def _value(self, node: Node, path: DataPath, key: yaml.Mark | None) -> Any:
        self.spots[path] = _Spot(node, key)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self._value(item, (*path, i), None) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: MappingNode, path: DataPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self.problems.append(self._problem(key_node, path, "a key must be plain text"))
                continue
            # Keys are names, so they are taken as written: `no:` is the key "no", not false.
            key = key_node.value
            if key in first_line:
                self.problems.append(
                    self._problem(
                        key_node,
                        (*path, key),
                        f"duplicate key {key!r} (first at line {first_line[key]}, again at "
                        f"line {line})",
                        "each key may appear only once in a mapping; merge or rename them",
                    )
                )
                continue
            first_line[key] = line
            out[key] = self._value(value_node, (*path, key), key_node.start_mark)
        return out

    def _scalar(self, node: ScalarNode, path: DataPath) -> Any:
        if node.tag == _TAG + "str" or node.tag == "!":
            return node.value
        raw = node.value
        try:
            value = self._construct(node)
        except (yaml.YAMLError, ValueError, TypeError):
            tag = _short_tag(str(node.tag))
            self.problems.append(self._problem(node, path, f"cannot read {raw!r} as {tag}"))
            return raw
        if node.tag == _TAG + "timestamp":
            self._trap(
                node, path, True, f"YAML reads unquoted {raw} as a date", f'quote it: "{raw}"'
            )
            return raw
        if node.tag in (_TAG + "int", _TAG + "float") and _plain(node):
            if ":" in raw:
                self._trap(
                    node,
                    path,
                    False,
                    f"YAML 1.1 reads {raw} as the base-60 number {value}",
                    f'write the number as {value}, or quote it: "{raw}"',
                )
            elif re.fullmatch(r"[-+]?0[0-7_]+", raw):
                self._trap(
                    node,
                    path,
                    False,
                    f"YAML 1.1 reads {raw} as the octal number {value}",
                    f'write it without the leading zero, or quote it: "{raw}"',
                )
        return value

    def _trap(self, node: Node, path: DataPath, replaces: bool, message: str, hint: str) -> None:
        self.traps[path] = _Trap(self._problem(node, path, message, hint), replaces)

    def _problem(self, node: Node, path: DataPath, message: str, hint: str = "") -> Problem:
        mark = node.start_mark
        return Problem(self.file, mark.line + 1, field_path(path), message, hint, mark.column + 1)

    # --- locating ---------------------------------------------------------------------------

    def locate(self, path: DataPath, at_key: bool = False) -> tuple[int | None, int | None]:
        """The line and column for a path: a scalar's own line, a mapping's or list's key
        (``steps.ask:`` rather than its first entry), the nearest existing parent for a
        part that is missing."""
        spot = self.spots.get(path)
        while spot is None and path:
            path = path[:-1]
            spot = self.spots.get(path)
            at_key = True
        if spot is None:
            return None, None
        use_key = spot.key is not None and (at_key or not isinstance(spot.node, ScalarNode))
        mark = spot.key if use_key else spot.node.start_mark
        return mark.line + 1, mark.column + 1

    def finding_problem(self, f: Finding) -> Problem:
        line, column = self.locate(f.path, f.at_key)
        return Problem(self.file, line, field_path(f.path), f.message, f.hint, column, f.severity)

    # --- stage 4: pydantic errors -----------------------------------------------------------

    def validation_problems(self, e: ValidationError) -> dict[DataPath, list[Problem]]:
        """Pydantic's errors as problems, grouped by data path.

        A union (``text`` or ``a list of texts``) fails once per alternative. When one
        alternative got inside the value (an error deeper down), the value had that type,
        so the other alternatives' complaints about the value as a whole are dropped; the
        rest at one place become one problem ("expected text or a list")."""
        resolved = [
            (err, *self._resolve(err["loc"], err["type"] == "missing"))
            for err in e.errors(include_url=False)
        ]
        entered = {
            path[:branch]
            for _, path, _, branch in resolved
            if branch is not None and len(path) > branch
        }
        groups: dict[tuple[DataPath, bool], list[dict[str, Any]]] = {}
        for err, path, at_key, branch in resolved:
            if branch == len(path) and path in entered:
                continue
            groups.setdefault((path, at_key), []).append(err)
        out: dict[DataPath, list[Problem]] = {}
        for (path, at_key), errs in groups.items():
            if path in self.traps and self.traps[path].replaces_validation:
                continue
            at_key = at_key or errs[0]["type"] in ("missing", "extra_forbidden")
            line, column = self.locate(path, at_key)
            message, hint = self._explain(path, at_key, errs)
            out.setdefault(path, []).append(
                Problem(self.file, line, field_path(path), message, hint, column)
            )
        return out

    def _resolve(
        self, loc: tuple[str | int, ...], missing: bool
    ) -> tuple[DataPath, bool, int | None]:
        """Walk pydantic's location through the data: keep real keys and indices, drop the
        union alternative names it inserts (``constrained-str``). Returns the path, whether
        the error is about a mapping key (``[key]``), and the path length at which the first
        union alternative was chosen (None if none)."""
        path: list[str | int] = []
        branch: int | None = None
        here: Any = self.data
        for i, part in enumerate(loc):
            if part == "[key]":
                return tuple(path), True, branch
            if _holds(here, part):
                path.append(part)
                here = here[part]
            elif missing and i == len(loc) - 1:
                path.append(part)
            elif branch is None:
                branch = len(path)
        return tuple(path), False, branch

    def _explain(self, path: DataPath, at_key: bool, errs: list[dict[str, Any]]) -> tuple[str, str]:
        spot = self.spots.get(path)
        node = spot.node if spot is not None else None
        if at_key:
            raw: Any = path[-1] if path else ""
        else:
            raw = node.value if isinstance(node, ScalarNode) else errs[0].get("input")
        kinds = [err["type"] for err in errs]
        wanted = [_EXPECTED[k] for k in kinds if k in _EXPECTED]
        if len(wanted) == len(errs):
            return _type_problem(" or ".join(dict.fromkeys(wanted)), node)
        err = next(err for err in errs if err["type"] not in _EXPECTED)
        return _value_problem(err, path, raw, node)


def _plain(node: Node | None) -> bool:
    """An unquoted scalar, the kind YAML types by its look (libyaml says '' for plain)."""
    return isinstance(node, ScalarNode) and not node.style


def _holds(data: Any, part: str | int) -> bool:
    if isinstance(data, dict):
        return isinstance(part, str) and part in data
    return isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)


_EXPECTED = {
    "string_type": "text",
    "float_type": "a number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}

_BOOL_WORDS = {"true", "false", "yes", "no", "on", "off"}
_NAME_PATTERN = r"^[a-z][a-z0-9_]*$"


def _found(node: Node | None) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node is None:
        return "nothing"
    if node.tag == _TAG + "null":
        return "nothing" if node.value in ("", "~") else f"null ({node.value})"
    if node.tag == _TAG + "bool":
        return f"true/false ({node.value})"
    if node.tag in (_TAG + "int", _TAG + "float"):
        return f"the number {node.value}"
    return f'the text "{node.value}"'


def _type_problem(wanted: str, node: Node | None) -> tuple[str, str]:
    """A value of the wrong type, with the YAML trap that probably caused it."""
    if _plain(node) and "text" in wanted:
        raw = node.value
        if node.tag == _TAG + "bool":
            value = "true" if raw.lower() in ("yes", "on", "true") else "false"
            return (
                f"expected {wanted}, but YAML reads unquoted {raw} as {value}",
                f'quote it: "{raw}"',
            )
        if node.tag in (_TAG + "int", _TAG + "float"):
            value = yaml.SafeLoader("").construct_object(node)
            return (
                f"expected {wanted}, but YAML reads unquoted {raw} as the number {value}",
                f'quote it: "{raw}"',
            )
        if node.tag == _TAG + "null":
            if raw in ("", "~"):
                return f"expected {wanted}, found nothing", "write a value after the colon"
            return f"expected {wanted}, but YAML reads unquoted {raw} as null", f'quote it: "{raw}"'
    if isinstance(node, ScalarNode) and node.style in ("'", '"'):
        raw = node.value.strip()
        if "number" in wanted and _is_number(raw):
            return f'expected {wanted}, found the text "{raw}"', "remove the quotes"
        if "true or false" in wanted and raw.lower() in _BOOL_WORDS:
            return f'expected {wanted}, found the text "{raw}"', "remove the quotes"
    return f"expected {wanted}, found {_found(node)}", ""


def _is_number(raw: str) -> bool:
    try:
        float(raw)
    except ValueError:
        return False
    return True


def _value_problem(
    err: dict[str, Any], path: DataPath, raw: Any, node: Node | None
) -> tuple[str, str]:
    kind, ctx = err["type"], err.get("ctx") or {}
    name = str(path[-1]) if path else ""
    if kind == "missing":
        where = f"under {field_path(path[:-1])}" if len(path) > 1 else "at the top level"
        return f"missing required key {name!r}", f"add {name}: {where}"
    if kind == "extra_forbidden":
        allowed = allowed_keys(path[:-1])
        return f"unknown key {name!r}", join_hints(
            did_you_mean(name, allowed), f"allowed keys: {one_of(allowed)}" if allowed else ""
        )
    if kind == "enum":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        message = f"{str(raw)!r} is not one of: {one_of(choices)}"
        retyped = _plain(node) and node.tag != _TAG + "str"
        if retyped and str(raw) in choices:
            return message, f'quote it: "{raw}"'
        return message, did_you_mean(str(raw), choices)
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == _NAME_PATTERN:
            return (
                f"{str(raw)!r} is not a valid name",
                "use lower-case letters, digits and _, starting with a letter (ask_purpose)",
            )
        if "benefit" in pattern:
            return f"unknown flag {str(raw)!r}", "the only flag is benefit"
        if "_" in pattern and "A-Za-z" in pattern:
            return (
                f"{str(raw)!r} is not a Piper voice name",
                "voice names look like de_DE-thorsten-medium",
            )
        return f"{str(raw)!r} does not match the pattern {pattern}", ""
    if kind == "string_too_short":
        return "must not be empty", ""
    if kind == "string_too_long":
        return (
            f"too long: {len(str(raw))} characters, at most {ctx.get('max_length')}",
            "shorten it",
        )
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)", ""
    if kind == "too_long":
        return f"has too many items: at most {ctx.get('max_length')}", ""
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "less_than_equal": ("at most", "le"),
        "greater_than": ("more than", "gt"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"{raw} is out of range: must be {words} {_num(ctx.get(key))}", ""
    message = str(err.get("msg", kind))
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message, ""


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _deduplicated(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0, p.field))
