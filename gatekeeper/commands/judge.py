"""``gatekeeper judge``: how would the judge classify this answer, and why?

A coach's tool for tuning a scenario's ``judge:`` phrases and a trainee's way to check a
sentence before saying it aloud. The text comes from the arguments or, with ``--wav``, from
transcribing a recording with the same speech recogniser a live call uses.

Exit 0 with a verdict, 2 for bad input (no text, both or neither of --scenario/--language,
a broken scenario, an unreadable recording, no speech recogniser), 1 on internal failure.
"""

from __future__ import annotations

import inspect
from collections import Counter
from pathlib import Path
from typing import Any

import click

from gatekeeper.commands.output import BadInput, emit, run_command
from gatekeeper.scenario.model import JudgePhrases, Language, Turn

_TURN_QUESTION = {
    Turn.pitch: "answer to 'Worum geht's denn?' / 'What is this about?'",
    Turn.benefit: "answer to 'Was hat er davon?' / 'What's in it for him?'",
    Turn.rejection: "answer to 'Wir kaufen nichts' / 'We don't buy anything'",
}


@click.command()
@click.argument("text", nargs=-1)
@click.option(
    "--scenario",
    "scenario_path",
    type=click.Path(path_type=Path),
    help="Scenario file: its language and its extra judge phrases are used.",
)
@click.option(
    "--language",
    type=click.Choice([lang.value for lang in Language]),
    help="Language pack to use (instead of --scenario).",
)
@click.option(
    "--turn",
    type=click.Choice([t.value for t in Turn]),
    default=Turn.pitch.value,
    show_default=True,
    help="What the gatekeeper just asked.",
)
@click.option(
    "--wav",
    type=click.Path(path_type=Path),
    help="Judge what is said in this recording instead of TEXT.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(
    text: tuple[str, ...],
    scenario_path: Path | None,
    language: str | None,
    turn: str,
    wav: Path | None,
    as_json: bool,
) -> None:
    """Classify TEXT (what the trainee said) and show the evidence."""
    run_command(
        as_json, lambda: _judge(" ".join(text), scenario_path, language, Turn(turn), wav, as_json)
    )


def _judge(
    text: str,
    scenario_path: Path | None,
    language: str | None,
    turn: Turn,
    wav: Path | None,
    as_json: bool,
) -> int:
    from gatekeeper.dialogue.judge import Judge

    lang, extra = _language_and_phrases(scenario_path, language)
    said = utterance_text(text, wav, lang)
    judgement = Judge(lang, extra).judge(said, turn)
    payload: dict[str, Any] = {
        **judgement.to_json(),
        "scores": judgement.scores,
        "language": lang.value,
        "text": said,
    }
    emit(payload, as_json, lambda: _human(payload))
    return 0


def _language_and_phrases(
    scenario_path: Path | None, language: str | None
) -> tuple[Language, JudgePhrases | None]:
    if (scenario_path is None) == (language is None):
        raise BadInput("give exactly one of --scenario PATH or --language de|en")
    if language is not None:
        return Language(language), None
    assert scenario_path is not None
    from gatekeeper.scenario import ScenarioError, load_scenario

    if not scenario_path.is_file():
        raise BadInput(f"{scenario_path}: no such scenario file")
    try:
        scenario = load_scenario(scenario_path)
    except ScenarioError as e:
        lines = [line.strip() for line in str(e).splitlines() if line.strip()]
        raise BadInput("; ".join(lines) or f"{scenario_path}: invalid scenario") from e
    return scenario.language, scenario.judge


def utterance_text(text: str, wav: Path | None, language: Language) -> str:
    """What the trainee said: the TEXT arguments, or the transcript of ``--wav``."""
    if wav is not None:
        if text.strip():
            raise BadInput("give either TEXT or --wav FILE, not both")
        text = transcribe(wav, language)
        if not text.strip():
            raise BadInput(f"{wav}: no speech recognised")
        return text
    if not text.strip():
        raise BadInput("no text given: pass what the trainee said as TEXT (or --wav FILE)")
    return text


def transcribe(wav: Path, language: Language) -> str:
    """Transcribe a recording with the live call's recogniser (imported only when used)."""
    try:
        from gatekeeper.speech.asr import transcribe_file
    except ImportError as e:
        raise BadInput(f"transcription is not available: {e}") from e
    if not wav.is_file():
        raise BadInput(f"{wav}: no such recording")
    kwargs: dict[str, Any] = {}
    if "keep_fillers" in inspect.signature(transcribe_file).parameters:
        kwargs["keep_fillers"] = True  # the judge counts fillers
    try:
        return transcribe_file(wav, language.value, **kwargs).text
    except Exception as e:
        if type(e).__name__ in {"AudioFileError", "WavFormatError"}:
            raise BadInput(str(e)) from e
        raise


def _human(p: dict[str, Any]) -> str:
    flags = p["flags"]
    scores = "  ".join(f"{k} {v:g}" for k, v in p["scores"].items())
    lines = [
        f"{p['kind']}  ({p['turn']}: {_TURN_QUESTION[Turn(p['turn'])]})",
        f"benefit: {'yes' if flags['benefit'] else 'no'}   fillers: {flags['fillers']}"
        f"   words: {flags['words']}",
        f"scores: {scores}",
    ]
    evidence = p["evidence"]
    if evidence:
        lines.append("evidence:")
        shown = evidence[:EVIDENCE_LINES]
        width = max(len(e["category"]) for e in shown)
        for e in shown:
            score = "" if e["score"] >= 100 else f"  ({e['score']:g}%)"
            matched = _clip(e["matched"])
            lines.append(f'  {e["category"]:<{width}}  {e["phrase"]}  <- "{matched}"{score}')
        rest = evidence[EVIDENCE_LINES:]
        if rest:
            counts = Counter(e["category"] for e in rest)
            by_kind = ", ".join(f"{k} {n}" for k, n in counts.most_common())
            lines.append(f"  ... {len(rest)} more ({by_kind}); --json lists them all")
    return "\n".join(lines)


EVIDENCE_LINES = 20
"""Evidence lines printed for a human; a long text (a pasted transcript, a 100 KB file)
would otherwise print thousands. ``--json`` keeps every item."""


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
