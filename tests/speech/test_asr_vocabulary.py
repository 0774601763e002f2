"""The call's vocabulary in Whisper's prompt leans it towards the words the trainee will say,
and never makes it write them when they were not said (real model, Pico and Piper speech)."""

from __future__ import annotations

import pytest
from audio.voices_synth import say

from gatekeeper.dialogue.judge.normalize import normalise
from gatekeeper.scenario.model import Language
from gatekeeper.session.vocabulary import call_vocabulary
from gatekeeper.speech.asr import WhisperTranscriber

pytestmark = pytest.mark.models

NAMES = {
    "de": ("Frau Schneider", "Weber Maschinenbau", "Herr Weber"),
    "en": ("Sarah Miller", "Weber Engineering", "Mr. Weber"),
}

# said on a call, but none of the vocabulary's names or phrases
UNRELATED = {
    "de": [
        ("pico:de-DE", "Guten Morgen, ich rufe wegen meiner Bestellung vom Dienstag an."),
        ("pico:de-DE", "Können Sie mir bitte die Rechnungsnummer noch einmal sagen?"),
    ],
    "en": [
        ("pico:en-US", "Good morning, I am calling about my order from Tuesday."),
        ("piper:en_US-joe-medium", "Could you read me the invoice number again, please?"),
    ],
}


def _vocabulary_words(language: str) -> set[str]:
    """The longer words of the vocabulary that the unrelated sentences do not contain."""
    words = set()
    for entry in call_vocabulary(language, NAMES[language]):
        words |= {w for w in normalise(entry, Language(language)).split() if len(w) >= 5}
    return words


@pytest.fixture(scope="module")
def hinted(base_de) -> dict[str, WhisperTranscriber]:
    return {
        lang: WhisperTranscriber(
            base_de.model, lang, keep_fillers=True, hints=list(call_vocabulary(lang, NAMES[lang]))
        )
        for lang in ("de", "en")
    }


def test_the_vocabulary_holds_names_and_judge_phrases_without_repeats() -> None:
    de = call_vocabulary("de", NAMES["de"])
    assert de[:3] == NAMES["de"]
    assert "als Kunden gewinnen" in de and "weniger Ausfallzeiten" in de
    assert "als Kunde gewinnen" not in de  # adds no word "als Kunden gewinnen" lacks
    en = call_vocabulary("en", NAMES["en"])
    assert "less downtime" in en and len(en) == len(set(en))


@pytest.mark.parametrize("language", ["de", "en"])
def test_whisper_does_not_invent_the_vocabulary(hinted, language: str) -> None:
    assert NAMES[language][0] in hinted[language].prompt
    vocabulary = _vocabulary_words(language)
    for voice, sentence in UNRELATED[language]:
        said = set(normalise(sentence, Language(language)).split())
        heard = set(
            normalise(
                hinted[language].transcribe_utterance(say(sentence, voice)).text, Language(language)
            ).split()
        )
        assert heard, sentence
        assert not (heard & vocabulary) - said, (sentence, heard & vocabulary)


def test_the_vocabulary_still_hears_its_words(hinted) -> None:
    text = (
        hinted["de"]
        .transcribe_utterance(
            say(
                "Ich möchte Herrn Weber als Kunden gewinnen, das bringt weniger Ausfallzeiten.",
                "pico:de-DE",
            )
        )
        .text
    )
    heard = normalise(text, Language.de)
    assert "weber" in heard and "kunden gewinnen" in heard and "ausfallzeiten" in heard
