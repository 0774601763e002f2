"""The labelled corpus: one file per language, every item once, splits computed from the text,
and the judge's accuracy on it (the figures themselves come from ``gatekeeper judge --eval``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.corpus import CorpusError, Verdict, default_path, evaluate, load_corpus, split_of
from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Turn

KIND_BAR = 0.98
HOLD_BAR = 0.97
BENEFIT_BAR = 0.99


def _verdicts(judge: Judge):
    def run(text: str, turn: Turn) -> Verdict:
        j = judge.judge(text, turn)
        return Verdict(j.kind, j.benefit)

    return run


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_corpus_holds_each_utterance_once_with_a_source(lang: str) -> None:
    corpus = load_corpus(default_path(lang))
    keys = [(i.turn, i.text) for i in corpus.items]
    assert len(keys) == len(set(keys))
    assert all(i.source.strip() for i in corpus.items)
    assert corpus.language.value == lang
    assert len(corpus.items) > 1000


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_split_is_computed_from_the_text(lang: str) -> None:
    items = load_corpus(default_path(lang)).items
    hold = [i for i in items if i.split == "hold"]
    assert 0.2 < len(hold) / len(items) < 0.4
    assert split_of("  Ich möchte etwas verkaufen. ") == split_of("Ich möchte etwas verkaufen.")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_judge_reaches_its_bars_on_the_corpus_and_the_held_out_part(judges, lang) -> None:
    items = load_corpus(default_path(lang)).items
    whole = evaluate(_verdicts(judges[lang]), items)
    hold = evaluate(_verdicts(judges[lang]), [i for i in items if i.split == "hold"])
    misses = "\n".join(f"{i.kind.value} -> {v.kind.value}: {i.text}" for i, v in whole.misses)
    assert whole.kind_right / whole.total >= KIND_BAR, misses
    assert hold.kind_right / hold.total >= HOLD_BAR, misses
    assert whole.benefit_right / whole.total >= BENEFIT_BAR, misses


def test_corrected_labels_say_why() -> None:
    notes = [i for lang in ("de", "en") for i in load_corpus(default_path(lang)).items if i.note]
    assert notes and all(i.note.startswith("label was ") for i in notes)


def test_a_broken_corpus_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: de\nitems:\n  - {text: hi, turn: pitch, kind: dignified}\n")
    with pytest.raises(CorpusError) as e:
        load_corpus(bad)
    assert "\n" not in str(e.value)
