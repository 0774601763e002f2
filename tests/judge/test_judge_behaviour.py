"""What the judge hears, move by move of the technique, in both languages: honest answers,
pretexts, flattery, vague answers, a concrete benefit, replies to a rejection, answers to the
suspicious question, negation and speech-recogniser-shaped text. (Each rule's own examples
are checked in ``test_rules.py``; the whole labelled corpus in ``test_corpus.py``.)"""

from __future__ import annotations

import pytest

from gatekeeper.scenario.model import Kind, Turn

P, B, R = Turn.pitch, Turn.benefit, Turn.rejection

CASES = {
    "honest": [
        ("de", P, "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen."),
        ("de", P, "Ganz ehrlich: Ich möchte Herrn Weber etwas verkaufen."),
        ("de", P, "Es ist ein Akquiseanruf, wir bieten Gebäudereinigung an."),
        ("en", P, "I'd like to win your boss as a customer."),
        ("en", P, "To be honest, it's a sales call: we sell forklift servicing."),
    ],
    "pretext": [
        ("de", P, "Nein, ich will mich nur mal bei Ihnen vorstellen."),
        ("de", P, "Herr Weber erwartet meinen Anruf."),
        ("de", P, "Das ist privat, stellen Sie mich bitte einfach durch."),
        ("de", P, "Ich mache eine kurze Umfrage zur Zufriedenheit mit Ihrem IT-Dienstleister."),
        ("en", P, "He asked me to call him back."),
        ("en", P, "It's a personal matter."),
        ("en", P, "We met at the trade fair, he knows me."),
    ],
    "flattery": [
        ("de", P, "Wir sind der absolute Marktführer, das beste Produkt auf dem Markt!"),
        ("de", P, "Sie haben eine wunderbare Stimme, wissen Sie das?"),
        ("en", P, "It's the most amazing product out there, a real game changer."),
        ("en", P, "Your company has an amazing reputation in the industry."),
    ],
    "vague": [
        ("de", P, "Es geht um eine geschäftliche Angelegenheit."),
        ("de", P, "Das ist am Telefon schwer zu erklären."),
        ("en", P, "It's about a possible collaboration."),
        ("en", P, "I'd rather discuss that with him personally."),
    ],
    "dignified": [
        ("de", R, "Verstehe, danke für Ihre Zeit. Schönen Tag noch."),
        ("de", R, "Kein Problem, darf ich Ihnen meine Kontaktdaten dalassen?"),
        ("en", R, "I understand, thanks for your time. Have a nice day."),
    ],
    "pushy": [
        ("de", R, "Nur fünf Minuten, bitte! Sie machen einen großen Fehler."),
        ("de", R, "Stellen Sie mich doch einfach durch, das entscheidet er selbst."),
        ("en", R, "Just put me through, you're making a big mistake."),
        ("en", R, "Come on, you haven't even heard what it's about!"),
    ],
}

BENEFIT = [
    ("de", B, "Wir senken seine Stromkosten um rund fünfzehn Prozent."),
    ("de", B, "Die Abrechnung dauert zehn Minuten statt zwei Stunden."),
    ("en", B, "He saves about two hours of admin a week."),
    ("en", B, "We replace any broken laptop within one working day."),
]
EMPTY_PROMISES = [
    ("de", B, "Mehr Erfolg, weniger Stress."),
    ("en", B, "More success, less stress."),
    ("en", B, "Lots of advantages, he'll love it."),
]


@pytest.mark.parametrize(
    ("kind", "lang", "turn", "text"),
    [(kind, *case) for kind, cases in CASES.items() for case in cases],
)
def test_each_move_gets_its_verdict(judges, kind: str, lang: str, turn: Turn, text: str) -> None:
    assert judges[lang].judge(text, turn).kind is Kind(kind)


@pytest.mark.parametrize(("lang", "turn", "text"), BENEFIT)
def test_a_concrete_benefit_raises_the_flag(judges, lang: str, turn: Turn, text: str) -> None:
    assert judges[lang].judge(text, turn).benefit


@pytest.mark.parametrize(("lang", "turn", "text"), EMPTY_PROMISES)
def test_an_empty_promise_is_no_benefit(judges, lang: str, turn: Turn, text: str) -> None:
    assert not judges[lang].judge(text, turn).benefit


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("de", "Ja, genau.", Kind.honest),
        ("de", "Ja, das stimmt, ich möchte ihm eine Wartung verkaufen.", Kind.honest),
        ("de", "Nein, das stimmt so nicht.", Kind.pretext),
        ("de", "Nein, ich will mich nur vorstellen.", Kind.pretext),
        ("en", "Yes, you got me.", Kind.honest),
        ("en", "Of course not.", Kind.pretext),
    ],
)
def test_answers_to_the_suspicious_question(judges, lang: str, text: str, kind: Kind) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich will Ihnen nichts verkaufen, ich möchte mich nur kurz vorstellen."),
        ("de", "Kein Verkauf, keine Sorge, nur eine kurze Information."),
        ("en", "I'm not trying to sell you anything, just introducing myself."),
        ("en", "Nothing to sell, don't worry, just some information."),
    ],
)
def test_a_denied_sale_is_a_pretext_not_honesty(judges, lang: str, text: str) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("de", "äh ich möchte ähm ihren schef als kunden gewinnen", Kind.honest),
        ("de", "es ist ein verkaufs anruf ich möchte ihren chef als kunde gewinnen", Kind.honest),
        ("de", "nein ich will mich nur mal bei ihnen vorstellen", Kind.pretext),
        ("en", "um its a sails call i want to win your boss as a costumer", Kind.honest),
        ("en", "uh he asked me to like call him back", Kind.pretext),
    ],
)
def test_speech_recogniser_shaped_text(judges, lang: str, text: str, kind: Kind) -> None:
    """Lower case, no punctuation, fillers, split and misheard words."""
    assert judges[lang].judge(text, Turn.pitch).kind is kind
