"""The evidence catalog is complete in every scenario language, and a translation keeps the
facts: the same placeholders with the same number formats, only the decimal mark and the
quotation marks follow the language."""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.evidence_texts import EVIDENCE_TEXTS, EvidenceWording, placeholders
from gatekeeper.scenario.model import Kind, Language


def test_there_is_a_catalog_for_every_scenario_language():
    assert set(EVIDENCE_TEXTS) == {language.value for language in Language}


@pytest.mark.parametrize("language", [lang.value for lang in Language if lang is not Language.en])
def test_every_key_exists_in_both_languages(language: str):
    assert set(EVIDENCE_TEXTS[language]) == set(EVIDENCE_TEXTS["en"])


@pytest.mark.parametrize("key", sorted(EVIDENCE_TEXTS["en"]))
def test_each_template_has_the_same_placeholders_in_every_language(key: str):
    english = placeholders(EVIDENCE_TEXTS["en"][key])
    for language, texts in EVIDENCE_TEXTS.items():
        assert placeholders(texts[key]) == english, (language, key)


def test_placeholders_include_the_number_format():
    assert placeholders("held {held:.1f} s until {gatekeeper} spoke") == {
        ("held", ".1f"),
        ("gatekeeper", ""),
    }
    assert placeholders("no braces") == set()


def test_every_kind_has_a_name_and_every_count_both_forms():
    for texts in EVIDENCE_TEXTS.values():
        assert {f"kind.{kind.value}" for kind in Kind} <= set(texts)
        for key in texts:
            if key.endswith(".one"):
                assert key.removesuffix(".one") + ".other" in texts


def test_german_uses_german_quotation_marks_and_english_keeps_straight_quotes():
    for key, text in EVIDENCE_TEXTS["de"].items():
        assert '"' not in text, key
    for key, text in EVIDENCE_TEXTS["en"].items():
        assert "„" not in text and "“" not in text, key
    assert EvidenceWording("de")("quote", text="Guten Tag") == "„Guten Tag“"
    assert EvidenceWording("de")("quote.cut", text="Guten Tag") == "„Guten Tag …“"
    assert EvidenceWording("en")("quote.cut", text="Good day") == '"Good day ..."'


def test_decimal_comma_in_german_only_in_numbers():
    de, en = EvidenceWording("de"), EvidenceWording("en")
    assert de("span", start=3.26, end=10.0) == "(3,3–10,0 s)"
    assert en("span", start=3.26, end=10.0) == "(3.3–10.0 s)"
    assert de("span", start=3, end=12) == "(3,0–12,0 s)"  # whole seconds still show a tenth
    # text and counts pass through untouched, dots and all
    assert de("quote", text="Und ... was? 1.5") == "„Und ... was? 1.5“"
    assert de.count("answer_count", 12) == "12 Antworten"


def test_counts_pick_singular_or_plural():
    de = EvidenceWording("de")
    assert [de.count("filler_count", n) for n in (0, 1, 2)] == [
        "0 Füllwörter",
        "1 Füllwort",
        "2 Füllwörter",
    ]
    assert EvidenceWording("en").count("answer_count", 1) == "1 answer"


def test_judged_kinds_are_named_in_german():
    de = EvidenceWording("de")
    assert [de.kind(kind) for kind in Kind] == [
        "ehrlich",
        "Vorwand",
        "Schmeichelei",
        "vage",
        "würdevoll",
        "aufdringlich",
    ]
    assert [EvidenceWording("en").kind(kind) for kind in Kind] == [kind.value for kind in Kind]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no evidence texts for language 'fr'"):
        EvidenceWording("fr")
