"""The core never imports textual, and the pure engine stays light (STYLE.md guideline 2)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

CORE = ["scenario", "dialogue", "speech", "audio", "session", "store"]


def _modules_after_import(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _all_core_modules() -> list[str]:
    import pkgutil

    import gatekeeper

    names = []
    for info in pkgutil.walk_packages(gatekeeper.__path__, "gatekeeper."):
        if info.name.split(".")[1] in CORE:
            names.append(info.name)
    return names


def test_core_never_imports_textual():
    code = "\n".join(f"import {name}" for name in _all_core_modules())
    loaded = _modules_after_import(code)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


def test_dialogue_is_light():
    loaded = _modules_after_import(
        "import gatekeeper.dialogue, gatekeeper.dialogue.types\n"
        "import importlib, pkgutil\n"
        "for i in pkgutil.walk_packages(gatekeeper.dialogue.__path__, 'gatekeeper.dialogue.'):\n"
        "    importlib.import_module(i.name)"
    )
    heavy = {
        "numpy",
        "faster_whisper",
        "ctranslate2",
        "onnxruntime",
        "piper",
        "sounddevice",
        "textual",
        "sqlite3",
    }
    assert not heavy & {m.split(".")[0] for m in loaded}


def test_cli_help_is_light():
    """`gatekeeper validate` must not pay for speech models: the CLI imports lazily."""
    loaded = _modules_after_import("import gatekeeper.cli")
    assert not {"faster_whisper", "piper", "textual", "numpy"} & {m.split(".")[0] for m in loaded}


@pytest.mark.skipif(
    shutil.which("lint-imports") is None,
    reason="import-linter is not installed: pip install import-linter",
)
def test_import_linter_contracts():
    result = subprocess.run(["lint-imports"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
