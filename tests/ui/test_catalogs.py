"""The message catalogs: same keys and placeholders in every language, every key used by the
code exists, and no user-facing text is written straight into a widget."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from gatekeeper.ui.i18n import (
    LANGUAGES,
    catalog,
    number,
    placeholders,
    set_language,
    system_language,
    t,
)

UI = Path(__file__).resolve().parents[2] / "gatekeeper" / "ui"
WIDGETS = {"Label", "Static", "Button", "Digits", "Input", "Option", "Select", "ConfirmScreen"}


def test_catalogs_have_the_same_keys() -> None:
    de, en = catalog("de"), catalog("en")
    assert sorted(set(de) ^ set(en)) == []


@pytest.mark.parametrize("key", sorted(catalog("en")))
def test_placeholders_match(key: str) -> None:
    assert placeholders(catalog("de")[key]) == placeholders(catalog("en")[key])


def test_every_literal_key_in_the_code_exists() -> None:
    keys = set(catalog("en"))
    used = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r'\bt\(\s*"([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert used and sorted(used - keys) == []


def test_no_bare_user_text_in_widgets() -> None:
    """A string literal with letters passed straight to a widget would skip translation."""
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in WIDGETS and name != "update":
                continue
            args = [
                *node.args,
                *(k.value for k in node.keywords if k.arg in ("placeholder", "prompt")),
            ]
            for arg in args:
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and re.search(r"[A-Za-zÄÖÜäöü]{2}", arg.value)
                ):
                    offenders.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    assert offenders == []


def test_language_from_locale() -> None:
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}) == "de"
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "en"
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({}) == "en"


def test_switching_language_changes_text_and_fills_placeholders() -> None:
    assert set(LANGUAGES) == {"de", "en"}
    set_language("de")
    assert t("start.trainee_added", name="Anna").startswith("Hallo Anna")
    set_language("en")
    assert t("start.trainee_added", name="Anna").startswith("Hello Anna")
    assert t("no.such.key") == "no.such.key"


def test_figures_use_the_languages_decimal_mark() -> None:
    set_language("de")
    assert number(3.46) == "3,5"
    assert number(12.0, 2) == "12,00"
    held = t("score.silence.held", seconds=number(4.04))
    assert held == "Stille nach dem Einstieg: 4,0 s gehalten"
    set_language("en")
    assert number(3.46) == "3.5"
    assert number(7.6, 0) == "8"
