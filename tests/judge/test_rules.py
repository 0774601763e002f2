"""The language packs' rules: each rule's examples are its tests, and the data stays readable
(no long patterns, no duplicate names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.judge.rules import MAX_PATTERN, Family, Rule, family_index

REPO = Path(__file__).resolve().parents[2]


def _fires(judge: Judge, rule: Rule, text: str) -> bool:
    return rule.name in {h.rule for h in judge.raw_hits(text)}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_rule_catches_its_examples_and_not_its_near_misses(judges, lang: str) -> None:
    judge = judges[lang]
    wrong = [
        f"{r.where} {r.name!r} misses {t!r}"
        for r in judge.pack.rules
        for t in r.must_catch
        if not _fires(judge, r, t)
    ] + [
        f"{r.where} {r.name!r} catches the near miss {t!r}"
        for r in judge.pack.rules
        for t in r.must_not_catch
        if _fires(judge, r, t)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_rule_says_why_and_has_an_example(judges, lang: str) -> None:
    rules = judges[lang].pack.rules
    assert [r.name for r in rules if not r.why.strip() or not r.must_catch] == []
    assert all(r.phrases or r.patterns for r in rules)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_pattern_or_family_form_is_longer_than_the_limit(judges, lang: str) -> None:
    pack = judges[lang].pack
    long = [
        f"{r.where} {r.name}: {len(p)}"
        for r in pack.rules
        for p in r.patterns
        if len(p) > MAX_PATTERN
    ] + [
        f"{f.where} {f.name}: {len(form)}"
        for f in pack.families
        for form in f.forms
        if len(form) > MAX_PATTERN
    ]
    assert long == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_rule_and_family_names_are_unique(judges, lang: str) -> None:
    pack = judges[lang].pack
    names = [r.name for r in pack.rules]
    assert len(names) == len(set(names))
    families = [f.name for f in pack.families]
    assert len(families) == len(set(families))


def test_a_duplicate_family_name_is_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        family_index([Family("boss", ("er",)), Family("boss", ("sie",))])


def test_a_rule_knows_where_it_is_written(de: Judge) -> None:
    rule = de.pack.rule("names the sale")
    path, line = rule.where.rsplit(":", 1)
    assert path.endswith("packs/de/honest.py") and int(line) > 0
    source = Path(path) if Path(path).is_absolute() else REPO / path
    assert "Rule(" in source.read_text(encoding="utf-8").splitlines()[int(line) - 1]
