"""In CI (``CI=true``) a test that would skip fails instead, naming the reason; locally it
skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CONFTEST = f"""
import importlib.util

path = {str(REPO / "tests" / "conftest.py")!r}
spec = importlib.util.spec_from_file_location("gk_conftest", path)
gk = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gk)
pytest_runtest_makereport = gk.pytest_runtest_makereport
"""

TESTS = """
import pytest


def test_needs_a_tool():
    pytest.skip("espeak-ng makes the test speech: apt-get install espeak-ng")


@pytest.mark.skipif(True, reason="the model is not installed: pip install -e '.[offline]'")
def test_needs_a_model():
    pass


def test_runs():
    pass
"""


def run_pytest(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_skips.py").write_text(TESTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rsf", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )


def test_in_ci_a_skip_fails_with_its_reason(tmp_path: Path) -> None:
    result = run_pytest(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    # a skip in the test body fails the test; a skip mark fails its setup (an error)
    assert "1 failed, 1 passed, 1 error" in result.stdout, result.stdout
    assert "skipped" not in result.stdout
    assert "may not skip in CI (espeak-ng makes the test speech" in result.stdout
    assert "may not skip in CI (the model is not installed" in result.stdout


def test_locally_a_skip_says_what_to_install(tmp_path: Path) -> None:
    result = run_pytest(tmp_path, None)
    assert result.returncode == 0, result.stdout
    assert "1 passed, 2 skipped" in result.stdout, result.stdout
    assert "apt-get install espeak-ng" in result.stdout
