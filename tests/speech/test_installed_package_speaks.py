"""`pip install .` (not editable) into a fresh virtual environment still speaks German.

The environment sees the machine's packages (``--system-site-packages``), so the
dependencies are already there; the gatekeeper package itself is built from this checkout
(pip fetches the build backend) and installed into the environment, which then runs from a
folder outside the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.models

REPO = Path(__file__).resolve().parents[2]

SPEAK = """
import json, sys
from pathlib import Path
import gatekeeper
from gatekeeper.scenario import load_scenario
from gatekeeper.session.voice_setup import prepare_voice
scenario = load_scenario(Path(sys.argv[1]))
voice = prepare_voice(scenario, lambda event: None)
samples, rate = voice.speak("Worum geht's denn?")
print(json.dumps({"package": gatekeeper.__file__, "voice": voice.name,
                  "message": voice.message, "rate": rate, "seconds": len(samples) / rate,
                  "peak": float(abs(samples).max())}))
"""


def test_an_installed_package_speaks_german_with_pico(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            str(REPO),
        ],
        check=True,
        cwd=tmp_path,
        timeout=600,
    )
    out = subprocess.run(
        [str(python), "-c", SPEAK, str(REPO / "scenarios" / "standard-receptionist.de.yaml")],
        check=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PATH": str(venv / "bin"),
            "HOME": str(tmp_path),
            "GATEKEEPER_CACHE_DIR": str(tmp_path / "cache"),
            "GATEKEEPER_DATA_DIR": str(tmp_path / "data"),
            "GATEKEEPER_CONFIG_DIR": str(tmp_path / "config"),
        },
    )
    result = json.loads(out.stdout)
    assert result["package"].startswith(str(venv)), result  # not this checkout
    assert (result["voice"], result["message"], result["rate"]) == ("pico:de-DE", None, 16_000)
    assert 1.0 < result["seconds"] < 3.0 and result["peak"] > 0.5
