"""The app installs like any Python app: a wheel built from this repository, installed into a
fresh virtual environment, has every bundled scenario and the voice catalogue, run from a
folder outside the clone.

The venv sees the system's site-packages (the heavy dependencies are installed there already),
but gatekeeper itself comes from the wheel: the test checks where it is imported from.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = sorted(p.stem for p in (REPO / "scenarios").glob("*.yaml"))
HONEST = {
    "de": "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen.",
    "en": "I would like to win your boss as a customer for our company.",
}
COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".venv",
    ".cache",
    "build",
    "dist",
    "*.egg-info",
    "*.onnx",
    "*.onnx.json",
)


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs
    )
    assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(venv folder, a working folder outside the clone, the environment to run in)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy, so the build leaves nothing behind in the clone
    shutil.copytree(REPO, source, ignore=COPY_IGNORE)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", source)
    (wheel,) = (work / "dist").glob("gatekeeper-*.whl")
    run(sys.executable, "-m", "venv", "--system-site-packages", work / "venv")
    python = work / "venv" / "bin" / "python"
    # --ignore-installed: a gatekeeper in the system's site-packages (an editable install of
    # a checkout) must not count as "already satisfied"
    run(python, "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", wheel)
    outside = work / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {
        "GATEKEEPER_DATA_DIR": str(work / "data"),
        "GATEKEEPER_CONFIG_DIR": str(work / "config"),
        "PATH": f"{work / 'venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    }
    return work / "venv", outside, env


def test_gatekeeper_comes_from_the_wheel_with_its_bundled_folders(venv) -> None:
    folder, outside, env = venv
    code = (
        "import gatekeeper, json; from gatekeeper.locations import bundled_dir; "
        "print(json.dumps([gatekeeper.__file__, str(bundled_dir('scenarios')), "
        "str(bundled_dir('voices') / 'catalogue.json')]))"
    )
    result = run(folder / "bin" / "python", "-c", code, cwd=outside, env=env)
    package, scenarios, catalogue = (Path(p) for p in json.loads(result.stdout))
    assert package.is_relative_to(folder), package
    assert scenarios.is_relative_to(folder) and scenarios.is_dir()
    assert sorted(p.stem for p in scenarios.glob("*.yaml")) == SCENARIOS
    assert catalogue.is_relative_to(folder) and catalogue.is_file()


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_bundled_scenario_runs_a_scripted_call(venv, name: str) -> None:
    folder, outside, env = venv
    script = outside / f"{name}.txt"
    script.write_text(f"0.8 {HONEST[name.rsplit('.', 1)[1]]}\n", encoding="utf-8")
    result = run(
        folder / "bin" / "gatekeeper",
        "call",
        name,
        "--script",
        script,
        "--json",
        cwd=outside,
        env=env,
    )
    report = json.loads(result.stdout)
    assert report["scenario"] == name
    trainee = [t for t in report["turns"] if t["speaker"] == "trainee"]
    assert trainee and trainee[0]["kind"] == "honest"


def test_voices_list_runs_from_the_wheel(venv) -> None:
    folder, outside, env = venv
    result = run(folder / "bin" / "gatekeeper", "voices", "list", "--json", cwd=outside, env=env)
    assert "voices" in json.loads(result.stdout)
