"""The interface's words, in German and English, looked up by key.

Every string a user sees comes from a catalog (``de.yaml``, ``en.yaml`` beside this file)
so a translation is one file, and a test can prove both catalogs have the same keys and the
same ``{placeholders}``. The language defaults to the system locale and can be switched at
run time (settings screen); screens re-read their labels on :func:`set_language`.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

from gatekeeper.dialogue.evidence_texts import DECIMAL_MARK

LANGUAGES = ("de", "en")
FALLBACK = "en"
_HERE = Path(__file__).parent

_current = FALLBACK


@cache
def catalog(language: str) -> dict[str, str]:
    """The flat ``key -> text`` mapping of one language (nested YAML keys joined by dots)."""
    data = yaml.safe_load((_HERE / f"{language}.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, Mapping):
            for k, v in node.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        else:
            out[prefix] = str(node)

    walk("", data)
    return out


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def system_language(env: Mapping[str, str] | None = None) -> str:
    """``de`` or ``en`` from ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` / ``LANGUAGE``."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "").strip()
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else FALLBACK
    return FALLBACK


def set_language(language: str | None) -> str:
    """Switch the interface language; unknown or empty values fall back to English."""
    global _current
    _current = language if language in LANGUAGES else FALLBACK
    return _current


def current_language() -> str:
    return _current


def t(key: str, **kw: object) -> str:
    """The text for ``key`` in the current language, with ``{placeholders}`` filled.

    A missing key shows the key itself rather than crashing a screen; the catalog test keeps
    that from ever shipping."""
    text = catalog(_current).get(key) or catalog(FALLBACK).get(key) or key
    if not kw:
        return text
    try:
        return text.format(**kw)
    except (KeyError, IndexError, ValueError):
        return text


def number(value: float, digits: int = 1) -> str:
    """``value`` with the current language's decimal mark ("3,5" in German, "3.5" in
    English), so every figure on screen reads like the evidence text beside it."""
    text = f"{value:.{digits}f}"
    return text.replace(".", DECIMAL_MARK.get(_current, ".")) if digits > 0 else text
