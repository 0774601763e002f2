"""Cross-reference checks: what pydantic cannot see because it needs the whole scenario.

A scenario is a state machine a coach writes by hand, so the likely mistakes are graph
mistakes: a ``goto`` to a misspelt step, a step nothing leads to, a listen step with no
route for a vague answer (the call would get stuck), a loop with no way to an end. Each
finding carries the path of the offending part; the loader turns paths into file lines.

The checks run on a :class:`Draft`, so they also work on a file that failed validation:
the parts that did validate are still checked, and checks that need a part that did not
(e.g. reachability while one step is broken) are skipped instead of guessing.
"""

from __future__ import annotations

import difflib
import json
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from gatekeeper.scenario.model import (
    PLACEHOLDERS,
    UNSCORED_OUTCOMES,
    Condition,
    Language,
    Outcome,
    Patience,
    Scenario,
    ScoreItem,
    Silence,
    Step,
    Turn,
    kinds_for,
)
from gatekeeper.scenario.problems import Path, Severity, did_you_mean, join_hints, one_of

M = TypeVar("M", bound=BaseModel)

Link = tuple[Path, str, str]
"""(where, "step" or "line", the name referred to)."""

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

EXAMPLE_VOICE = {Language.de: "de_DE-thorsten-medium", Language.en: "en_US-joe-medium"}


@dataclass(frozen=True)
class Finding:
    """One cross-reference problem at ``path`` (``at_key``: point at the key, not the value)."""

    path: Path
    message: str
    hint: str = ""
    severity: Severity = Severity.error
    at_key: bool = False


@dataclass
class Draft:
    """The parts of a scenario the checks read. A step that failed validation maps to
    ``None``: its name exists, its routes are unknown. ``complete`` is false when any part
    the graph depends on (a step, the default patience) is unknown."""

    start: str | None = None
    steps: dict[str, Step | None] | None = None
    lines: dict[str, list[str]] | None = None
    patience: Patience | None = None
    language: str | None = None
    voices: set[str] | None = None
    tips: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    complete: bool = True

    @classmethod
    def of(cls, scenario: Scenario) -> Draft:
        return cls(
            start=scenario.start,
            steps=dict(scenario.steps),
            lines={name: scenario.variants(name) for name in scenario.lines},
            patience=scenario.patience,
            language=str(scenario.language),
            voices={str(lang) for lang in scenario.persona.voices},
            tips=list(scenario.tips),
            links=_links(scenario.model_dump(mode="json", by_alias=True)),
        )

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Draft:
        """Best effort on data that failed validation as a whole."""
        draft = cls()
        start = data.get("start")
        draft.start = start if isinstance(start, str) else None
        raw_steps = data.get("steps")
        if isinstance(raw_steps, dict):
            draft.steps = {name: _part(Step, raw) for name, raw in raw_steps.items()}
            draft.complete = all(s is not None for s in draft.steps.values())
        else:
            draft.complete = False
        raw_lines = data.get("lines")
        if isinstance(raw_lines, dict):
            draft.lines = {name: _texts(value) for name, value in raw_lines.items()}
        if data.get("patience") is not None:
            draft.patience = _part(Patience, data["patience"])
            draft.complete = draft.complete and draft.patience is not None
        language = data.get("language")
        draft.language = (
            language if isinstance(language, str) and language in set(Language) else None
        )
        persona = data.get("persona")
        voices = persona.get("voices", {}) if isinstance(persona, dict) else None
        draft.voices = set(voices) if isinstance(voices, dict) else None
        tips = data.get("tips")
        draft.tips = list(tips) if isinstance(tips, dict) else []
        draft.links = _links(data)
        return draft


def _part(model: type[M], raw: object) -> M | None:
    try:
        return model.model_validate_json(json.dumps(raw))
    except (ValidationError, TypeError, ValueError):
        return None


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def check_scenario(scenario: Scenario) -> list[Finding]:
    """All cross-reference findings (errors and warnings) for a validated scenario."""
    return check_draft(Draft.of(scenario))


def check_draft(draft: Draft) -> list[Finding]:
    out: list[Finding] = []
    out += _references(draft)
    for name, step in (draft.steps or {}).items():
        if step is not None and step.routes:
            out += _routes(name, step)
        if step is not None and step.pause is not None:
            out += _pause(name, step)
        if step is not None and step.end in UNSCORED_OUTCOMES:
            out.append(
                Finding(
                    ("steps", name, "end"),
                    f"end: {step.end} is what the app records when a call breaks off; a "
                    "scenario cannot end with it",
                    "end with one of "
                    + one_of(str(o) for o in Outcome if o not in UNSCORED_OUTCOMES),
                )
            )
    out += _graph(draft)
    out += _lines(draft)
    out += _tips(draft)
    out += _voices(draft)
    return out


# --- names --------------------------------------------------------------------------------


def _references(d: Draft) -> list[Finding]:
    out: list[Finding] = []
    for path, what, target in d.links:
        names = d.steps if what == "step" else d.lines
        if names is not None and target not in names:
            out.append(Finding(path, f"no {what} named {target!r}", _name_hint(target, names)))
    return out


def _links(data: Mapping[str, Any]) -> list[Link]:
    """Every name a scenario refers to, read from plain data so that the references in a
    step that failed validation (say, a misspelt turn) are still checked."""
    out: list[Link] = []

    def add(path: Path, what: str, value: object) -> None:
        if isinstance(value, str) and _NAME.match(value):
            out.append((path, what, value))

    def patience(path: Path, value: object) -> None:
        if isinstance(value, dict):
            add((*path, "say"), "line", value.get("say"))
            add((*path, "goto"), "step", value.get("goto"))

    add(("start",), "step", data.get("start"))
    patience(("patience",), data.get("patience"))
    steps = data.get("steps")
    for name, step in steps.items() if isinstance(steps, dict) else ():
        if not isinstance(step, dict):
            continue
        here: Path = ("steps", name)
        add((*here, "say"), "line", step.get("say"))
        add((*here, "next"), "step", step.get("next"))
        routes = step.get("routes")
        for i, route in enumerate(routes if isinstance(routes, list) else ()):
            if isinstance(route, dict):
                add((*here, "routes", i, "goto"), "step", route.get("goto"))
        listen = step.get("listen")
        if isinstance(listen, dict):
            patience((*here, "listen", "patience"), listen.get("patience"))
    return out


def _name_hint(target: str, names: Iterable[str]) -> str:
    names = sorted(names)
    if not names:
        return ""
    return did_you_mean(target, names) or f"known names: {one_of(names[:12])}" + (
        ", ..." if len(names) > 12 else ""
    )


# --- routes -------------------------------------------------------------------------------

Case = tuple[str, bool | None, frozenset[str]]
"""What a route is tested against: (kind, benefit, the moves heard) after listening, (silence,
None, no moves) after a pause. The moves are every combination of those the step's routes
name, so a route on ``moves`` is only shadowed when it really is."""


def _cases(step: Step) -> list[Case]:
    if step.listen is None:
        return [(str(s), None, frozenset()) for s in Silence]
    named = sorted({str(m) for r in step.routes if r.if_ and r.if_.moves for m in r.if_.moves})
    heard = [
        frozenset(m for i, m in enumerate(named) if mask >> i & 1)
        for mask in range(2 ** len(named))
    ]
    return [
        (str(k), b, moves)
        for k in kinds_for(step.listen.turn)
        for b in (False, True)
        for moves in heard
    ]


def _matches(cond: Condition | None, case: Case, listening: bool) -> bool:
    """Whether a route fires for ``case``; a condition that cannot hold in this kind of
    step (silence after listening, kind/flags/moves after a pause) never fires."""
    if cond is None:
        return True
    what, benefit, moves = case
    if listening:
        if cond.silence is not None:
            return False
        if cond.kind is not None and what not in (cond.kinds() or ()):
            return False
        if any((str(m) in moves) != value for m, value in (cond.moves or {}).items()):
            return False
        return all(value == benefit for flag, value in (cond.flags or {}).items())
    if cond.kind is not None or cond.flags is not None or cond.moves is not None:
        return False
    return cond.silence is None or str(cond.silence) == what


def _routes(name: str, step: Step) -> list[Finding]:
    out: list[Finding] = []
    here: Path = ("steps", name, "routes")
    listening = step.listen is not None
    cases = _cases(step)
    taken: set[Case] = set()
    dead = False  # routes after a misplaced fallback are never tested
    for i, route in enumerate(step.routes):
        cond = route.if_
        out += _condition(step, (*here, i, "if"), cond)
        if dead:
            continue
        fires = {c for c in cases if _matches(cond, c, listening)}
        if cond is None and i < len(step.routes) - 1:
            later = len(step.routes) - 1 - i
            out.append(
                Finding(
                    (*here, i),
                    f"a fallback route (no 'if') must come last: the {later} route(s) after "
                    "it are never taken",
                    "move this route to the end of routes",
                )
            )
            dead = True
        if cond is not None and fires and fires <= taken:
            out.append(
                Finding(
                    (*here, i),
                    "this route is never taken: earlier routes already match every answer "
                    "it matches",
                    "remove it or move it before the routes that shadow it",
                    Severity.warning,
                )
            )
        taken |= fires
    stuck = [c for c in cases if c not in taken]
    if stuck:
        out.append(
            Finding(
                here,
                f"a step with no way out: no route matches {_describe(stuck, listening)}",
                "add routes for these cases or end the routes with a fallback (a route "
                "without 'if')",
                at_key=True,
            )
        )
    return out


def _pause(name: str, step: Step) -> list[Finding]:
    """A pause of 0 s is no pause: nothing can happen during it, and a loop through it
    would spin."""
    assert step.pause is not None
    if step.pause.min_s > 0:
        return []
    return [
        Finding(
            ("steps", name, "pause", "min_s"),
            "a pause must last longer than 0 s",
            "set min_s above 0, e.g. min_s: 1.5; a shock pause usually lasts 2 to 4 s",
        )
    ]


def _condition(step: Step, path: Path, cond: Condition | None) -> list[Finding]:
    if cond is None:
        return []
    out: list[Finding] = []
    if step.listen is not None:
        turn: Turn = step.listen.turn
        allowed = kinds_for(turn)
        if cond.silence is not None:
            out.append(
                Finding(
                    (*path, "silence"),
                    "silence is only known after a pause step",
                    "route a listen step on kind or flags",
                )
            )
        if cond.kind is not None:
            for j, kind in enumerate(cond.kinds() or ()):
                if kind not in allowed:
                    where = (*path, "kind", j) if isinstance(cond.kind, list) else (*path, "kind")
                    out.append(
                        Finding(
                            where,
                            f"{kind} is not a verdict on a {turn} turn",
                            f"a {turn} turn is judged {one_of(allowed)}",
                        )
                    )
    else:
        for key in ("kind", "flags"):
            if getattr(cond, key) is not None:
                out.append(
                    Finding(
                        (*path, key),
                        "a pause step routes only on silence (held or broken)",
                        "route on kind and flags after a listen step",
                    )
                )
    return out


def _describe(stuck: list[Case], listening: bool) -> str:
    if not listening:
        return " or ".join(f"silence {what}" for what, _, _ in stuck)
    parts: list[str] = []
    for kind in dict.fromkeys(what for what, _, _ in stuck):
        benefits = {b for what, b, _ in stuck if what == kind}
        if benefits == {False, True}:
            parts.append(f"a {kind} answer")
        else:
            parts.append(f"a {kind} answer {'with' if True in benefits else 'without'} benefit")
    return ", ".join(parts[:-1]) + (" or " if len(parts) > 1 else "") + parts[-1]


# --- graph --------------------------------------------------------------------------------


def _exits(d: Draft, step: Step) -> list[str]:
    targets = [r.goto for r in step.routes]
    if step.next is not None:
        targets.append(step.next)
    if step.listen is not None:
        patience = step.listen.patience or d.patience
        if patience is not None:
            targets.append(patience.goto)
    return targets


def _graph(d: Draft) -> list[Finding]:
    """Unreachable steps and steps from which the call can never end. Skipped unless every
    step and every link is valid: a broken step or a misspelt goto is the likely cause of
    a gap in the graph, and it is already reported."""
    if not d.complete or d.steps is None or d.start not in d.steps:
        return []
    steps: dict[str, Step] = {n: s for n, s in d.steps.items() if s is not None}
    exits = {name: _exits(d, step) for name, step in steps.items()}
    if any(target not in steps for targets in exits.values() for target in targets):
        return []
    reached = _closure([d.start], exits)
    out = [
        Finding(
            ("steps", name),
            f"step {name!r} is never reached from start {d.start!r}",
            "route to it (goto or next) from another step, or remove it",
            at_key=True,
        )
        for name in steps
        if name not in reached
    ]
    ends = [name for name, step in steps.items() if step.end is not None]
    if not ends:
        out.append(
            Finding(
                ("steps",),
                "no step ends the call",
                "add a step with say: and end: (e.g. end: brushed_off)",
                at_key=True,
            )
        )
        return out
    entries: dict[str, list[str]] = {name: [] for name in steps}
    for name, targets in exits.items():
        for target in targets:
            entries[target].append(name)
    finishing = _closure(ends, entries)
    out += [
        Finding(
            ("steps", name),
            f"no end step can be reached from step {name!r}: the call would go round forever",
            "add a route from this loop to a step with end:",
            at_key=True,
        )
        for name in steps
        if name in reached and name not in finishing
    ]
    out += _loops_without_listen(steps, exits, reached & finishing)
    return out


def _loops_without_listen(
    steps: Mapping[str, Step], exits: Mapping[str, list[str]], shown: set[str]
) -> list[Finding]:
    """Every cycle must pass through a listen step: the trainee has to act before the call
    goes round again. A loop of say / pause / next steps alone would run on by itself (a
    typed call spins, a voice call talks for ever). Loops among steps already reported as
    never ending, or never reached, are not reported twice."""
    quiet = {
        name: [t for t in exits[name] if steps[t].listen is None]
        for name, step in steps.items()
        if step.listen is None
    }
    out: list[Finding] = []
    for members in _strong_components(quiet):
        loops = len(members) > 1 or members[0] in quiet[members[0]]
        if not loops or not set(members) & shown:
            continue
        first = min(members, key=list(steps).index)
        cycle = _cycle_from(first, quiet, set(members))
        out.append(
            Finding(
                ("steps", first),
                f"the loop {' -> '.join(repr(s) for s in cycle)} has no listen step: the "
                "call would go round without the trainee saying anything",
                "route the loop through a step with listen:, or out of it to an end step",
                at_key=True,
            )
        )
    return out


def _strong_components(edges: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (a scenario may be long)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if i < len(targets):
                work.append((node, i + 1))
                nxt = targets[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
    return out


def _cycle_from(start: str, edges: Mapping[str, list[str]], within: set[str]) -> list[str]:
    """One shortest way round from ``start`` back to itself inside a component."""
    came: dict[str, str] = {}
    todo = [start]
    while todo:
        node = todo.pop(0)
        for nxt in edges[node]:
            if nxt not in within:
                continue
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(came[path[-1]])
                return [*reversed(path), start]
            if nxt not in came:
                came[nxt] = node
                todo.append(nxt)
    return [start, start]


def _closure(roots: Iterable[str], edges: Mapping[str, list[str]]) -> set[str]:
    seen = set(roots)
    todo = list(seen)
    while todo:
        for nxt in edges.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# --- lines, tips, voices ------------------------------------------------------------------


def _lines(d: Draft) -> list[Finding]:
    if d.lines is None:
        return []
    out: list[Finding] = []
    for name, texts in d.lines.items():
        for i, text in enumerate(texts):
            path: Path = ("lines", name) if len(texts) == 1 else ("lines", name, i)
            out += [Finding(path, msg, hint) for msg, hint in _placeholder_problems(text)]
    if d.complete and d.steps is not None:
        said = {s.say for s in d.steps.values() if s is not None and s.say is not None}
        said |= {
            s.listen.patience.say
            for s in d.steps.values()
            if s is not None and s.listen is not None and s.listen.patience is not None
        }
        if d.patience is not None:
            said.add(d.patience.say)
        out += [
            Finding(
                ("lines", name),
                f"line {name!r} is never said",
                "use it in a step's say: or remove it",
                Severity.warning,
                at_key=True,
            )
            for name in d.lines
            if name not in said
        ]
    return out


def _placeholder_problems(text: str) -> list[tuple[str, str]]:
    known = one_of("{" + p + "}" for p in PLACEHOLDERS)
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [("a lone { or } in the line", "write {{ or }} for a literal brace")]
    out: list[tuple[str, str]] = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.6)
            guess = f"did you mean {{{close[0]}}}? " if close else ""
            out.append((f"unknown placeholder {{{name}}}", f"{guess}placeholders are {known}"))
        elif spec or conversion:
            out.append((f"placeholder {{{name}}} takes no format", f"write {{{name}}}"))
    return out


def _tips(d: Draft) -> list[Finding]:
    items = [str(i) for i in ScoreItem]
    return [
        Finding(
            ("tips", key),
            f"no score item named {key!r}",
            join_hints(did_you_mean(key, items), f"tips are keyed by score item: {one_of(items)}"),
            at_key=True,
        )
        for key in d.tips
        if key not in items
    ]


def _voices(d: Draft) -> list[Finding]:
    if d.language is None or d.voices is None or d.language in d.voices:
        return []
    example = EXAMPLE_VOICE.get(Language(d.language), "")
    return [
        Finding(
            ("persona", "voices"),
            f"no voice listed for the scenario's language {d.language!r}",
            f"add persona.voices.{d.language}: [{example}]; without a voice the "
            "gatekeeper's lines are only shown as text",
            Severity.warning,
            at_key=True,
        )
    ]
