"""The JSON Schema of a scenario file, generated from the pydantic models.

Editors (e.g. a YAML language server) use it for completion and inline errors while a coach
writes a scenario; ``scenarios/scenario.schema.json`` is this schema, kept in step with the
models by a test. The loader also reads it to list the allowed keys when a key is unknown.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from gatekeeper.scenario.model import Scenario

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "gatekeeper scenario"
SCHEMA_FILE_NAME = "scenario.schema.json"


@cache
def _schema() -> dict[str, Any]:
    body = Scenario.model_json_schema(by_alias=True, mode="validation")
    body.pop("title", None)
    return {"$schema": DIALECT, "title": TITLE, **body}


def scenario_json_schema() -> dict[str, Any]:
    """A fresh copy of the schema (callers may change it)."""
    return json.loads(json.dumps(_schema()))


def render_schema() -> str:
    """The schema as the exact text of ``scenarios/scenario.schema.json``."""
    return json.dumps(_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    path.write_text(render_schema(), encoding="utf-8")


def allowed_keys(path: tuple[str | int, ...]) -> list[str]:
    """The keys the schema allows in the mapping at ``path`` (empty if it is not a fixed
    set of keys), e.g. ``("steps", "ask", "routes", 0)`` -> ``["if", "goto"]``."""
    node: dict[str, Any] | None = _schema()
    for part in path:
        node = _object_of(node)
        if node is None:
            return []
        if isinstance(part, int):
            node = node.get("items")
        elif part in node.get("properties", {}):
            node = node["properties"][part]
        else:
            free = [*node.get("patternProperties", {}).values(), node.get("additionalProperties")]
            node = next((n for n in free if isinstance(n, dict)), None)
    node = _object_of(node)
    return list(node.get("properties", {})) if node is not None else []


def _object_of(node: dict[str, Any] | None) -> dict[str, Any] | None:
    """Follow ``$ref`` and pick the object (or array) branch of an ``anyOf``."""
    if node is None:
        return None
    if "$ref" in node:
        return _object_of(_schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    for branch in node.get("anyOf", []):
        found = _object_of(branch)
        if found is not None and found.get("type") in ("object", "array"):
            return found
    return node if node.get("type") in ("object", "array") else None
