"""``gatekeeper judge``: how would the judge classify this answer, and why?

A coach's tool for tuning a scenario's ``judge:`` phrases and a trainee's way to check a
sentence before saying it aloud. The text comes from the arguments or, with ``--wav``, from
transcribing a recording with the same speech recogniser a live call uses. ``--explain``
names the rule behind every point (file:line, and why it scores what it scores).

``--eval [FILE]`` judges a whole labelled corpus (the built-in one of the language when no
FILE is given) and prints accuracy per category and the confusion table; with
``--scenario PATH --diff`` it lists the items whose verdict the scenario's phrases change.

Exit 0 with a verdict, 2 for bad input (no text, both or neither of --scenario/--language,
a broken scenario, an unreadable recording, no speech recogniser), 1 on internal failure.
"""

from __future__ import annotations

import contextlib
import inspect
import sys
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
@click.option("--explain", is_flag=True, help="Name the rule (file:line) behind each point.")
@click.option(
    "--eval",
    "eval_path",
    is_flag=False,
    flag_value="-",
    default=None,
    metavar="[FILE]",
    help="Judge a labelled corpus (default: the built-in one) and print accuracy.",
)
@click.option(
    "--split",
    type=click.Choice(["all", "tune", "hold"]),
    default="all",
    show_default=True,
    help="With --eval: only this part of the corpus.",
)
@click.option(
    "--diff",
    is_flag=True,
    help="With --eval --scenario: list verdicts the scenario's phrases change.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(
    text: tuple[str, ...],
    scenario_path: Path | None,
    language: str | None,
    turn: str,
    wav: Path | None,
    explain: bool,
    eval_path: str | None,
    split: str,
    diff: bool,
    as_json: bool,
) -> None:
    """Classify TEXT (what the trainee said) and show the evidence."""
    if eval_path is not None:
        run_command(
            as_json,
            lambda: _eval(eval_path, " ".join(text), scenario_path, language, split, diff, as_json),
        )
        return
    run_command(
        as_json,
        lambda: _judge(
            " ".join(text), scenario_path, language, Turn(turn), wav, explain, diff, as_json
        ),
    )


def _judge(
    text: str,
    scenario_path: Path | None,
    language: str | None,
    turn: Turn,
    wav: Path | None,
    explain: bool,
    diff: bool,
    as_json: bool,
) -> int:
    from gatekeeper.dialogue.judge import Judge

    if diff:
        raise BadInput("--diff needs --eval (and --scenario)")
    lang, extra = _language_and_phrases(scenario_path, language)
    said = utterance_text(text, wav, lang)
    judge = Judge(lang, extra)
    judgement = judge.judge(said, turn)
    payload: dict[str, Any] = {
        **judgement.to_json(),
        "scores": judgement.scores,
        "language": lang.value,
        "text": said,
    }
    if explain:
        payload["rules"] = _explain(judge, said, turn, scenario_path)
    emit(payload, as_json, lambda: _human(payload))
    return 0


def _explain(judge: Any, said: str, turn: Turn, scenario_path: Path | None) -> list[dict]:
    """Each counted hit with its rule: name, file:line, why."""
    out = []
    for h in sorted(judge.counted_hits(said, turn), key=lambda h: h.start):
        if h.rule.startswith("scenario: "):
            where, why = str(scenario_path), "a phrase the scenario's coach added"
        elif h.rule == "praise":
            where, why = "praise words of the language pack", "praise marks the show (Typ 1)"
        else:
            rule = judge.pack.rule(h.rule)
            where, why = rule.where, rule.why
        out.append(
            {
                "rule": h.rule,
                "category": h.category,
                "phrase": h.phrase,
                "points": round(h.points, 2),
                "where": where,
                "why": why,
            }
        )
    return out


def _eval(
    eval_path: str,
    text: str,
    scenario_path: Path | None,
    language: str | None,
    split: str,
    diff: bool,
    as_json: bool,
) -> int:
    from gatekeeper.corpus import CorpusError, Evaluation, default_path, load_corpus
    from gatekeeper.corpus.moves import is_moves_file
    from gatekeeper.dialogue.judge import Judge

    if text.strip():
        raise BadInput("--eval judges a corpus: give no TEXT")
    if diff and scenario_path is None:
        raise BadInput("--diff compares with a scenario's phrases: give --scenario PATH")
    lang: Language | None = None
    extra: JudgePhrases | None = None
    if scenario_path is not None or language is not None:
        lang, extra = _language_and_phrases(scenario_path, language)
    if eval_path == "-":
        if lang is None:
            raise BadInput("--eval without FILE needs --language de|en or --scenario PATH")
        path = default_path(lang)
    else:
        path = Path(eval_path)
        if is_moves_file(path):
            return _eval_moves(path, lang, extra, split, as_json)
    try:
        corpus = load_corpus(path)
    except CorpusError as e:
        raise BadInput(str(e)) from e
    if lang is not None and lang is not corpus.language:
        raise BadInput(f"{path}: a {corpus.language.value} corpus, not {lang.value}")
    items = [i for i in corpus.items if split == "all" or i.split == split]

    judge = Judge(corpus.language, extra)
    plain = Judge(corpus.language) if diff else None
    evaluation = Evaluation()
    changed = []
    with _progress(items, as_json, f"judging {len(items)} answers") as bar:
        for item in bar:
            verdict = _verdict(judge, item.text, item.turn)
            evaluation.add(item, verdict)
            if plain is not None:
                before = _verdict(plain, item.text, item.turn)
                if before != verdict:
                    changed.append((item, before, verdict))
    payload: dict[str, Any] = {
        "corpus": str(path),
        "language": corpus.language.value,
        "split": split,
        **evaluation.to_json(),
    }
    if eval_path == "-":
        from gatekeeper.corpus.moves import default_moves_path

        payload["boss_moves"] = _moves_payload(default_moves_path(corpus.language), judge, split)
    if diff:
        payload["scenario"] = str(scenario_path)
        payload["changed"] = [
            {
                "text": item.text,
                "turn": item.turn.value,
                "label": {"kind": item.kind.value, "benefit": item.benefit},
                "without": {"kind": a.kind.value, "benefit": a.benefit},
                "with": {"kind": b.kind.value, "benefit": b.benefit},
                "source": item.source,
            }
            for item, a, b in changed
        ]
    emit(payload, as_json, lambda: _human_eval(payload))
    return 0


def _moves_payload(path: Path, judge: Any, split: str) -> dict[str, Any]:
    from gatekeeper.corpus import CorpusError
    from gatekeeper.corpus.moves import evaluate_moves, judge_hears, load_moves

    try:
        corpus = load_moves(path)
    except CorpusError as e:
        raise BadInput(str(e)) from e
    items = [i for i in corpus.items if split == "all" or i.split == split]
    evaluation = evaluate_moves(judge_hears(judge), items).to_json()
    return {
        "corpus": str(path),
        "language": corpus.language.value,
        "split": split,
        "items": len(items),
        "per_move": evaluation["moves"]["all"] if items else {},
        "per_split": {k: v for k, v in evaluation["moves"].items() if k != "all"},
        "per_set": evaluation["sets"],
        "misses": evaluation["misses"],
    }


def _eval_moves(
    path: Path, lang: Language | None, extra: JudgePhrases | None, split: str, as_json: bool
) -> int:
    """A file of answers to the boss: how well each move is heard."""
    from gatekeeper.corpus import CorpusError
    from gatekeeper.corpus.moves import load_moves
    from gatekeeper.dialogue.judge import Judge

    try:
        language = load_moves(path).language
    except CorpusError as e:
        raise BadInput(str(e)) from e
    if lang is not None and lang is not language:
        raise BadInput(f"{path}: a {language.value} corpus, not {lang.value}")
    payload = {"boss_moves": _moves_payload(path, Judge(language, extra), split)}
    emit(payload, as_json, lambda: _human_moves(payload["boss_moves"]))
    return 0


def _verdict_text(v: dict[str, Any]) -> str:
    """A verdict as ``kind`` or ``kind+benefit``."""
    return f"{v['kind']}{'+benefit' if v['benefit'] else ''}"


def _human_moves(m: dict[str, Any]) -> str:
    lines = [
        f"{m['corpus']} ({m['language']}, split {m['split']}): {m['items']} answers to the boss",
        f"  {'move':<22}{'accuracy':>9}{'recall':>8}{'precision':>10}{'with move':>11}",
    ]
    for move, v in m["per_move"].items():
        recall = "-" if v["recall"] is None else f"{v['recall']:.1%}"
        precision = "-" if v["precision"] is None else f"{v['precision']:.1%}"
        lines.append(
            f"  {move:<22}{v['accuracy']:>9.1%}{recall:>8}{precision:>10}{v['with_move']:>11}"
        )
    if len(m["per_set"]) > 1:  # each set on its own: a later blind set is the fairer test
        lines.append("  accuracy by the set the answers were written in:")
        for name, per_move in m["per_set"].items():
            cells = "  ".join(f"{move} {v['accuracy']:.1%}" for move, v in per_move.items())
            n = max((v["items"] for v in per_move.values()), default=0)
            lines.append(f"    {name} ({n}): {cells}")
    if m["misses"]:
        lines.append(f"answers not heard exactly as labelled ({len(m['misses'])}):")
        for x in m["misses"]:
            want, got = set(x["label"]), set(x["heard"])
            missing = ", ".join(sorted(want - got)) or "-"
            extra = ", ".join(sorted(got - want)) or "-"
            lines.append(f"  missed {missing}; extra {extra}  [{x['answers']}] {x['text']}")
    return "\n".join(lines)


def _verdict(judge: Any, text: str, turn: Turn) -> Any:
    from gatekeeper.corpus import Verdict

    j = judge.judge(text, turn)
    return Verdict(j.kind, j.benefit)


def _progress(items: list[Any], quiet: bool, label: str) -> Any:
    """A progress bar on stderr while the corpus is judged (none with --json)."""
    if quiet:
        return contextlib.nullcontext(items)
    return click.progressbar(items, label=label, file=sys.stderr)


def _human_eval(p: dict[str, Any]) -> str:
    lines = [
        f"{p['corpus']} ({p['language']}, split {p['split']}): {p['items']} items",
        f"kind {p['kind_accuracy']:.1%}   benefit flag {p['benefit_accuracy']:.1%}",
        "per split: "
        + "  ".join(
            f"{s} {v['accuracy']:.1%} ({v['right']}/{v['items']})"
            for s, v in p["per_split"].items()
        ),
        "per category (label: right/items):",
    ]
    for kind, v in p["per_kind"].items():
        lines.append(f"  {kind:<9} {v['accuracy']:6.1%}  {v['right']}/{v['items']}")
    lines.append("per source (kind right/items):")
    for source, v in p["per_source"].items():
        lines.append(f"  {v['accuracy']:6.1%}  {v['right']}/{v['items']}  {source}")
    kinds = list(p["confusion"])
    cols = sorted({k for row in p["confusion"].values() for k in row} | set(kinds))
    lines.append("confusion (rows: label, columns: verdict):")
    lines.append("  " + " " * 10 + "".join(f"{c:>10}" for c in cols))
    for k in kinds:
        row = p["confusion"][k]
        lines.append(f"  {k:<10}" + "".join(f"{row.get(c, 0):>10}" for c in cols))
    if p["misses"]:
        lines.append(f"misses ({len(p['misses'])}):")
        for m in p["misses"]:
            lines.append(
                f"  want {_verdict_text(m['label'])} got {_verdict_text(m['verdict'])}"
                f"  [{m['turn']}] {m['text']}"
            )
    if "changed" in p:
        lines.append(f"verdicts changed by {p['scenario']}: {len(p['changed'])}")
        for c in p["changed"]:
            lines.append(
                f"  {_verdict_text(c['without'])} -> {_verdict_text(c['with'])}"
                f"  (label {c['label']['kind']})  [{c['turn']}] {c['text']}"
            )
    if "boss_moves" in p:
        lines.append("")
        lines.append(_human_moves(p["boss_moves"]))
    return "\n".join(lines)


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
    if p.get("rules"):
        lines.append("rules:")
        for r in p["rules"]:
            lines.append(
                f"  {r['category']}: matched rule {r['rule']!r} ({r['where']})"
                f" +{r['points']:g}: {r['why']}"
            )
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
