"""``gatekeeper analyze``: the report maths (pure) and the command end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from speechwav import concat_wavs, make_silence_wav, make_speech_wav, voiced_span

from gatekeeper.cli import main
from gatekeeper.commands.analyze import analyze_transcript, is_filler
from gatekeeper.speech.asr import Segment, Transcript, Word, load_wav


def _seg(start: float, end: float, words: list[str]) -> Segment:
    step = (end - start) / len(words)
    return Segment(
        start,
        end,
        " ".join(words),
        -0.2,
        0.05,
        tuple(Word(start + i * step, start + (i + 1) * step, w, 0.9) for i, w in enumerate(words)),
    )


def test_report_gaps_rate_and_fillers() -> None:
    transcript = Transcript(
        "",
        [
            _seg(1.0, 3.0, ["Äh,", "guten", "Tag,", "ähm,", "Berger", "hier."]),
            _seg(4.5, 6.5, ["Es", "geht", "um", "Ihre", "Produktion."]),
        ],
        "de",
    )
    report = analyze_transcript(transcript, 8.0, "de")
    assert report["gaps"] == [{"start_s": 3.0, "end_s": 4.5, "seconds": 1.5}]
    assert report["voiced_s"] == 4.0
    assert report["words"] == 11
    assert report["words_per_minute"] == 165.0
    assert [f["word"] for f in report["fillers"]["words"]] == ["äh", "ähm"]
    assert report["fillers"]["count"] == 2 and report["fillers"]["words"][0]["start_s"] == 1.0


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("ähm", "de", True),
        ("Äääh,", "de", True),
        ("öh", "de", True),
        ("hm", "de", True),
        ("er", "de", False),
        ("aha", "de", False),
        ("ehrlich", "de", False),
        ("um", "en", True),
        ("Uhh...", "en", True),
        ("er,", "en", True),
        ("umbrella", "en", False),
    ],
)
def test_filler_words(word: str, language: str, expected: bool) -> None:
    assert is_filler(word, language) is expected


def test_empty_transcript_report() -> None:
    report = analyze_transcript(Transcript("", [], "en"), 3.0, "en")
    assert report["segments"] == [] and report["words_per_minute"] == 0.0


@pytest.mark.models
def test_analyze_command_json(speech_dir: Path, isolated_dirs: Path) -> None:
    first = make_speech_wav(
        "Good morning, this is Thomas Berger.", speech_dir / "c1.wav", "en", pad_start_s=0.6
    )
    second = make_speech_wav(
        "I would like to win your boss as a customer.", speech_dir / "c2.wav", "en", pad_end_s=0.4
    )
    wav = concat_wavs(
        speech_dir / "call.wav", first, make_silence_wav(speech_dir / "c-gap.wav", 1.5), second
    )
    result = CliRunner().invoke(
        main, ["analyze", str(wav), "--language", "en", "--model", "tiny.en", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["model"]["name"] == "tiny.en"
    assert len(report["segments"]) == 2
    gap = report["gaps"][0]
    first_s = len(load_wav(first)) / 16000
    expected_gap = first_s + 1.5 + voiced_span(second)[0] - voiced_span(first)[1]
    assert abs(gap["seconds"] - expected_gap) <= 0.4
    assert 100 < report["words_per_minute"] < 260
    assert "customer" in report["text"].lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.wav"], "no such file"),
        (["junk.wav"], "cannot decode audio (Invalid data"),
        (["ok.wav", "--language", "fr"], "unknown language 'fr'"),
        (["ok.wav", "--model", "basse"], "unknown Whisper model"),
    ],
)
def test_analyze_bad_input_is_one_line_exit_2(
    tmp_path: Path, args: list[str], message: str, isolated_dirs: Path
) -> None:
    (tmp_path / "junk.wav").write_bytes(b"not audio")
    make_silence_wav(tmp_path / "ok.wav", 0.5)
    args = [str(tmp_path / args[0]), *args[1:]]
    for as_json in (False, True):
        result = CliRunner().invoke(main, ["analyze", *args] + (["--json"] if as_json else []))
        assert result.exit_code == 2, result.output
        if as_json:
            assert message in json.loads(result.stdout)["error"]
        else:
            assert message in result.stderr and result.stderr.count("\n") == 1
