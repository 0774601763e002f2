"""``gatekeeper judge``: verdict with --json, readable text without, exit 2 on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from judge_data import SCENARIOS

from gatekeeper.cli import main

SCENARIO = SCENARIOS / "standard-receptionist.de.yaml"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["judge", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_verdict_shape() -> None:
    code, out, _ = _run("--language", "en", "--json", "it's a sales call, we cut costs by 10%")
    assert code == 0
    payload = json.loads(out)
    assert {"kind", "flags", "evidence", "turn"} <= set(payload)
    assert payload["kind"] == "honest" and payload["turn"] == "pitch"
    # "10%" counts as two words, like the spoken "ten percent"
    assert payload["flags"] == {"benefit": True, "fillers": 0, "words": 10}
    assert all(set(e) == {"category", "phrase", "matched", "score"} for e in payload["evidence"])
    assert {e["category"] for e in payload["evidence"]} >= {"honest", "benefit"}


def test_turn_option_selects_rejection_kinds() -> None:
    code, out, _ = _run(
        "--language", "de", "--turn", "rejection", "--json", "Nur fünf Minuten, bitte!"
    )
    assert code == 0
    assert json.loads(out)["kind"] == "pushy"


def test_human_output_names_kind_flags_and_evidence() -> None:
    code, out, _ = _run("--language", "de", "Äh, ich will mich nur mal vorstellen.")
    assert code == 0
    first, *rest = out.splitlines()
    assert first.startswith("pretext")
    assert any("fillers: 1" in line for line in rest)
    assert any("pretext" in line and "vorstellen" in line for line in rest)


def test_scenario_phrases_are_used() -> None:
    code, out, _ = _run(
        "--scenario", str(SCENARIO), "--turn", "benefit", "--json", "Er kann Wartungskosten senken"
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["language"] == "de" and payload["flags"]["benefit"] is True
    assert "Wartungskosten senken" in {e["phrase"] for e in payload["evidence"]}


@pytest.mark.parametrize(
    "args",
    [
        ("--language", "de"),  # no text
        ("--language", "de", "   "),  # blank text
        ("hello",),  # neither --scenario nor --language
        ("--language", "de", "--scenario", str(SCENARIO), "hallo"),  # both
        ("--scenario", "/nonexistent/scenario.yaml", "hallo"),
        ("--language", "de", "--turn", "smalltalk", "hallo"),
        ("--language", "en", "--wav", "/nonexistent/take.wav"),
        ("--language", "en", "--wav", "/nonexistent/take.wav", "and text"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: tuple[str, ...]) -> None:
    code, out, err = _run(*args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) >= 1


def test_bad_input_with_json_is_one_json_error_line() -> None:
    code, out, _ = _run("--json", "--language", "de")
    assert code == 2
    lines = out.strip().splitlines()
    assert len(lines) == 1 and "no text" in json.loads(lines[0])["error"]


def test_broken_scenario_is_reported_in_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\nlanguage: fr\n", encoding="utf-8")
    code, _, err = _run("--scenario", str(broken), "hallo")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "broken.yaml" in err


def test_wav_without_speech_recogniser_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "gatekeeper.speech.asr", None)  # import now fails
    wav = tmp_path / "take.wav"
    wav.write_bytes(b"RIFF")
    code, _, err = _run("--language", "en", "--wav", str(wav))
    assert code == 2
    assert err.startswith("gatekeeper: transcription is not available:")
    assert len(err.strip().splitlines()) == 1


def test_runs_as_a_console_command() -> None:
    exe = shutil.which("gatekeeper")
    if exe is None:
        pytest.skip("the gatekeeper console script is not installed: pip install -e '.[offline]'")
    done = subprocess.run(
        [exe, "judge", "--language", "en", "--json", "uh", "it's", "personal"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["kind"] == "pretext"


@pytest.mark.models
def test_wav_is_transcribed_and_judged(tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng makes the test speech: apt-get install espeak-ng")
    try:
        import gatekeeper.speech.asr  # noqa: F401
    except ImportError:
        pytest.skip("the speech recogniser is not installed: pip install -e '.[offline]'")
    wav = tmp_path / "pitch.wav"
    subprocess.run(
        [
            "espeak-ng",
            "-v",
            "en-us",
            "-w",
            str(wav),
            "I would like to win your boss as a customer. "
            "We cut his maintenance costs by fifteen percent.",
        ],
        check=True,
        capture_output=True,
    )
    code, out, err = _run("--language", "en", "--json", "--wav", str(wav))
    assert code == 0, err
    payload = json.loads(out)
    assert payload["kind"] == "honest" and payload["flags"]["benefit"] is True
    assert "boss" in payload["text"].lower()


def test_a_100_kb_text_prints_a_capped_evidence_list() -> None:
    """Issue 8, case 6: a 100 KB text printed ~4,600 lines of evidence."""
    text = ("Also, ähm, I want to win your boss as a customer, you know. " * 1800)[:100_000]
    code, out, _ = _run("--language", "en", text)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) <= 30
    more = lines[-1]
    assert more.startswith("  ... ") and more.endswith("; --json lists them all")
    hidden = int(more.split()[1])
    code, out, _ = _run("--language", "en", "--json", text)
    assert len(json.loads(out)["evidence"]) == 20 + hidden  # nothing lost in --json
