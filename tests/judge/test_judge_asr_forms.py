"""Benefits as ASR writes them: digits, spelled words, compounds and split compounds all read
as the same amount, and a misheard letter inside a benefit phrase does not lose the benefit,
so the flag does not depend on how Whisper chose to write what was said."""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.dialogue.judge.normalize import normalise, tokenize
from gatekeeper.scenario.model import Language, Turn


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("zehn Stunden", "10 stunden"),
        ("vierundzwanzig Stunden", "24 stunden"),
        ("vier und zwanzig Stunden", "24 stunden"),
        ("zweihundert Euro", "200 euro"),
        ("fünfzehnhundert Euro", "1500 euro"),
        ("eintausendfünfhundert Euro", "1500 euro"),
        ("dreißig Prozent", "30 prozent"),
        ("zwölf Monate", "12 monate"),
    ],
)
def test_german_number_words_read_as_digits(spoken: str, digits: str) -> None:
    assert normalise(spoken, Language.de) == digits


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("ten hours", "10 hours"),
        ("twenty-four hours", "24 hours"),
        ("twenty four hours", "24 hours"),
        ("two hundred and fifty dollars", "250 dollars"),
        ("a hundred euros", "100 euros"),
        ("fifteen hundred dollars", "1500 dollars"),
        ("one hundred and one", "101"),
    ],
)
def test_english_number_words_read_as_digits(spoken: str, digits: str) -> None:
    assert normalise(spoken, Language.en) == digits


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("de", "ich möchte ein Angebot machen", "ich moechte ein angebot machen"),
        ("de", "Punkt eins", "punkt eins"),
        ("de", "zwei Drittel der Kosten", "zwei drittel der kosten"),
        ("en", "one of our clients", "one of our clients"),
        ("en", "two thirds of the cost", "two thirds of the cost"),
        ("en", "two three", "2 3"),  # two numbers, not five
    ],
)
def test_articles_one_and_fractions_stay_words(language: str, text: str, kept: str) -> None:
    assert normalise(text, Language(language)) == kept


def test_a_number_read_from_words_quotes_what_was_said() -> None:
    tokens = tokenize("in vier und zwanzig Stunden", Language.de)
    assert [(t.norm, t.surface) for t in tokens] == [
        ("in", "in"),
        ("24", "vier und zwanzig"),
        ("stunden", "Stunden"),
    ]


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        (
            "de",
            [
                "Wir liefern innerhalb von 24 Stunden.",
                "Wir liefern innerhalb von vierundzwanzig Stunden.",
                "wir liefern innerhalb von vier und zwanzig stunden",
            ],
        ),
        ("de", ["Das spart ihm 10 Stunden pro Woche.", "das spart ihm zehn stunden pro woche"]),
        ("de", ["Die Lieferzeiten werden halbiert.", "die lieferzeiten werden halbiert"]),
        (
            "en",
            [
                "We deliver within 24 hours.",
                "we deliver within twenty-four hours",
                "we deliver within twenty four hours",
            ],
        ),
        ("en", ["It saves him 10 hours a week.", "it saves him ten hours a week"]),
        ("en", ["It cuts his downtime in half.", "it cuts his downtime in half"]),
    ],
)
def test_the_benefit_does_not_depend_on_how_the_number_was_written(
    judges: dict[str, Judge], language: str, forms: list[str]
) -> None:
    verdicts = {
        (j.kind, j.benefit) for j in (judges[language].judge(f, Turn.benefit) for f in forms)
    }
    assert len(verdicts) == 1
    assert verdicts.pop()[1] is True


@pytest.mark.parametrize(
    ("language", "heard"),
    [
        ("de", "damit hat er weniger ausfaltseiten"),  # "Ausfallzeiten" misheard
        ("de", "er kann damit kosten spannen"),  # "sparen"
        ("en", "it means fewer erors"),  # "errors"
        ("en", "it means less downtme"),  # "downtime"
    ],
)
def test_a_misheard_letter_inside_a_benefit_phrase_keeps_the_benefit(
    judges: dict[str, Judge], language: str, heard: str
) -> None:
    j = judges[language].judge(heard, Turn.benefit)
    assert j.benefit
    assert any(e.score < 100 for e in j.evidence if e.category == "benefit")  # shown as heard


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "damit hat er mehr ausfallzeiten"),
        ("de", "damit hat er weniger ausflüge"),
        ("en", "the future of your business"),
    ],
)
def test_a_different_phrase_is_not_taken_for_a_misheard_one(
    judges: dict[str, Judge], language: str, text: str
) -> None:
    j = judges[language].judge(text, Turn.benefit)
    assert not j.benefit


@pytest.mark.parametrize(
    ("language", "heard", "kind", "benefit"),
    [
        ("de", "Ihre Firma ist nah ein echtes Flagsschiff der Region.", "flattery", False),
        ("de", "Ihr Unternehmen ist ein Leuchtum der Region.", "flattery", False),
        ("de", "Wegen seiner Pollice, das muss ich mit ihm persönlich klären.", "pretext", False),
        ("de", "also äh die lieferzeiten werden halbirt", "honest", True),
        ("en", "Your company is a real flagshipp in the region.", "flattery", False),
        ("en", "I'm calling about the complant he filed with us.", "pretext", False),
    ],
)
def test_a_misheard_long_word_inside_a_pattern_keeps_the_verdict(
    judges: dict[str, Judge], language: str, heard: str, kind: str, benefit: bool
) -> None:
    """A pattern's word heard with one letter wrong, missing or doubled ("Flagsschiff",
    "halbirt") is still that word; the evidence shows it as heard, not as said."""
    turn = Turn.benefit if benefit else Turn.pitch
    j = judges[language].judge(heard, turn)
    assert (j.kind.value, j.benefit) == (kind, benefit)
    assert any(e.score < 100 for e in j.evidence if e.category == kind or e.category == "benefit")


@pytest.mark.parametrize(
    ("heard", "kind"),
    [
        # "Mutterkonzerns" written as it sounded: too many letters off, the same sounds
        ("Ich bin von der IT Eures Mutterkonsans, verbinden Sie mich mal.", "pretext"),
        ("Ich komme von der Revision Ihres Muttergrundserns.", "pretext"),
    ],
)
def test_a_long_word_written_as_it_sounded_is_read_as_the_patterns_word(
    judges: dict[str, Judge], heard: str, kind: str
) -> None:
    """A German word Whisper spelled by its sound ("-konsans" for "-konzerns") is the word a
    listener hears; the evidence shows it as heard, not as said."""
    j = judges["de"].judge(heard, Turn.pitch)
    assert j.kind.value == kind
    assert any(e.score < 100 for e in j.evidence if e.category == kind)


@pytest.mark.parametrize(
    "text",
    [
        # sounds close to "nominiert" (a prize pattern) but starts with another letter
        "Herr Weber ist ja bekannt als ein Monitor, Minionär und so.",
        # a sound code of four ("Kustoma", "Kosten", "Kasten" share it) says too little
        "Ich würde gern Ihre Firma als Kustoma gewinnen.",
        # the same first letter, but its sounds and letters too far from "Mutterkonzerns"
        "Ich komme von der Revision Ihres Mietkonsens.",
    ],
)
def test_a_word_that_only_sounds_a_little_like_a_patterns_word_is_not_read_as_it(
    judges: dict[str, Judge], text: str
) -> None:
    j = judges["de"].judge(text, Turn.pitch)
    assert all(e.score == 100 for e in j.evidence), j.evidence  # no word read as another


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ihre Firma hat ein echtes Kriegsschiff."),  # another word, not a misheard one
        ("de", "Ihre Firma ist ein echtes Fischerschiff."),
        ("en", "Your company is a real fleet ship."),
    ],
)
def test_another_long_word_is_not_read_as_a_patterns_word(
    judges: dict[str, Judge], language: str, text: str
) -> None:
    assert judges[language].judge(text, Turn.pitch).kind.value != "flattery"


@pytest.mark.parametrize(
    ("heard", "turn", "kind", "benefit"),
    [
        # the dative ending missed: "mit Ihren" for "mit Ihrem"
        ("Mit Ihren Instinkt merken Sie doch gleich, wer wichtig ist.", "pitch", "flattery", False),
        # a particle misheard before "eine ganz Nette" ("la" for "ja")
        ("Sie sind la eine ganz Liebe.", "pitch", "flattery", False),
        # "geschenkt" heard without its t
        (
            "Er hat ein Wochenende Geschenk bekommen, das möchte ich ihm sagen.",
            "pitch",
            "pretext",
            False,
        ),
        # "unter Marktpreis" written as one word
        ("Das Papier kostet ihn fünfzehn Prozent Untermarktpreis.", "benefit", "honest", True),
        # "Ihren Chef" for "Ihrem Chef": still the offer made to him, not an empty "gutes
        # Angebot"
        (
            "Ich würde Ihren Chef gern ein gutes Angebot für seine Kantine unterbreiten.",
            "pitch",
            "honest",
            False,
        ),
        # "ein Drittel" written as one word
        ("Seine Ausfälle gehen um Eindrittel zurück.", "benefit", "honest", True),
        # a reduced "Ihrer" written "era" and hyphenated onto the word before
        ("Hier spricht die IT-era Konzernzentrale, verbinden Sie mich.", "pitch", "pretext", False),
        # "eins" written as a digit
        ("Wir sind die Nummer 1 bei Etiketten.", "pitch", "flattery", False),
        # "ja" heard as "da" between the verb and "bekannt für"
        ("Ihre Chefin ist da überall bekannt für ihre Weitsicht.", "pitch", "flattery", False),
    ],
)
def test_whisper_spellings_keep_the_verdict(
    de: Judge, heard: str, turn: str, kind: str, benefit: bool
) -> None:
    """How Whisper writes a German answer (a dative ending dropped, a particle misheard, two
    words written as one) does not change what the answer was."""
    j = de.judge(heard, Turn(turn))
    assert (j.kind.value, j.benefit) == (kind, benefit)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ich wollte einfach mal ein paar Fragen zu seinem Fuhrpark mit ihm klären.", "vague"),
        ("Ich wollte mich einfach mal kurz bei Herrn Weber melden.", "pretext"),
        ("Ich wollte nur mal ein paar Fragen mit ihm klären.", "pretext"),
        ("Sie sind keine Nette.", "vague"),
    ],
)
def test_just_playing_the_call_down_is_the_pretext_not_every_einfach_mal(
    de: Judge, text: str, kind: str
) -> None:
    """ "einfach mal" hides the call's purpose when the call is nothing but contact ("einfach
    mal melden"); "nur mal" does so whatever follows; "einfach mal ein paar Fragen klären"
    is vague talk about content, however Whisper spells "wollt"."""
    assert de.judge(text, Turn.pitch).kind.value == kind


@pytest.mark.parametrize(
    ("heard", "kind", "quoted"),
    [
        ("Er hat bei unserem Gewinn spiel etwas gewonnen.", "pretext", "Gewinn spiel"),
        ("Herr Weber war in der Tom bola unter den Gewinnern.", "pretext", "Tom bola"),
    ],
)
def test_a_compound_written_as_two_words_is_read_as_one(
    de: Judge, heard: str, kind: str, quoted: str
) -> None:
    """Whisper splits a compound a rule listens for ("Gewinn spiel"); the two words are read
    as the one word, counted as heard (not as said), and the evidence quotes both."""
    j = de.judge(heard, Turn.pitch)
    assert j.kind.value == kind
    assert any(e.category == kind and quoted in e.matched and e.score < 100 for e in j.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben ein Spiel gewonnen, dann rufe ich wegen der Abrechnung an.",  # not adjacent
        "Ihr Chef ist nicht überall bekannt für seine Geduld.",
        "Er gilt nicht als einer der Großen.",
    ],
)
def test_words_that_only_look_like_a_split_compound_or_a_particle_do_not_count(
    de: Judge, text: str
) -> None:
    assert de.judge(text, Turn.pitch).kind.value not in ("pretext", "flattery")


def test_a_word_glued_onto_a_rules_word_is_split_off(de: Judge) -> None:
    """Whisper glues the next word onto a rule's word ("Instinktweiß"); the rule's word is
    still heard, counted as heard, not as said."""
    j = de.judge("Mit Ihrem Instinktweiß man sofort, was zählt.", Turn.pitch)
    assert j.kind.value == "flattery"
    assert any(e.category == "flattery" and e.score < 100 for e in j.evidence)


@pytest.mark.parametrize(
    ("heard", "kind"),
    [
        ("Hello, we're wholesaler of garden tools based in Leeds.", "honest"),
        ("Mrs Gray urged me to drop her line once the fair was over.", "pretext"),
    ],
)
def test_an_article_whisper_dropped_does_not_change_the_verdict(
    en: Judge, heard: str, kind: str
) -> None:
    """Whisper drops a short unstressed "a" ("we're supplier", "drop her line"); the rule
    still hears the move."""
    assert en.judge(heard, Turn.pitch).kind.value == kind


def test_without_the_article_your_supplier_is_not_the_trade_named(en: Judge) -> None:
    """ "We're your supplier" claims an account the boss has; it does not name a trade."""
    j = en.judge("We're your wholesaler for garden tools, I need his account.", Turn.pitch)
    assert all(e.phrase != "pattern: names the company's trade" for e in j.evidence)
