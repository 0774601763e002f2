"""``gatekeeper analyze`` on a long recording shows progress on stderr (issue 8, case 6: 30
minutes of speech showed nothing for minutes)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from speechwav import concat_wavs, make_silence_wav, make_speech_wav

from gatekeeper.cli import main
from gatekeeper.commands.analyze import _Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_line_per_tenth_in_a_log_and_redrawn_on_a_terminal() -> None:
    log, tty = io.StringIO(), Terminal()
    for stream in (log, tty):
        progress = _Progress(1800.0, stream)
        for reached in range(0, 1800, 30):
            progress(float(reached))
        progress.finish()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and len(lines) == 11
    assert lines[0] == "transcribed 0.0 of 30.0 min (0%)"
    assert lines[-1] == "transcribed 30.0 of 30.0 min (100%)"
    assert tty.getvalue().count("\r") == 61 and tty.getvalue().endswith("(100%)\n")


@pytest.mark.models
def test_analyze_shows_progress_on_a_long_recording(speech_dir: Path, isolated_dirs: Path) -> None:
    first = make_speech_wav("Good morning, this is Thomas Berger.", speech_dir / "p1.wav", "en")
    second = make_speech_wav(
        "I would like to win your boss as a customer.", speech_dir / "p2.wav", "en"
    )
    wav = concat_wavs(
        speech_dir / "long.wav", first, make_silence_wav(speech_dir / "p-gap.wav", 35.0), second
    )
    result = CliRunner().invoke(
        main, ["analyze", str(wav), "--language", "en", "--model", "tiny.en", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["segments"]  # stdout stays one JSON object
    progress = [line for line in result.stderr.splitlines() if line.startswith("transcribed")]
    assert len(progress) >= 2 and progress[-1].endswith("(100%)")
