"""Rules for vague answers (Typ 3).

Typ 3, the vague caller: a topic named without saying what he wants.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="a topic without content",
        category="vague",
        why="A matter, topic or project named without what it is.",
        weight=2.0,
        phrases=(
            "es geht um eine Sache",
            ("um eine Sache", 1.5),
            ("eine Angelegenheit", 1.2),
            "eher geschäftlich",
            ("geschäftlich", 1.5),
            "geschäftliche Angelegenheit",
            "verschiedene Themen",
            "verschiedene Dinge",
            ("um ein Projekt", 1.5),
            ("um ein Thema", 1.5),
            ("ein Thema", 1.2),
            ("eine Idee", 1.2),
            ("ein Anliegen", 1.2),
            "etwas Geschäftliches",
            "ein geschäftliches Thema",
            "ein betriebliches Thema",
            ("bezüglich", 1.0),
            ("hinsichtlich", 1.0),
            ("im weitesten Sinne", 1.5),
            ("im Allgemeinen", 1.2),
            ("so allgemein", 1.2),
            ("allgemein", 1.0),
            ("strategische Themen", 1.5),
            ("strategisch", 1.2),
        ),
        must_catch=(
            "geschäftlich",
            "Geschäftlich.",
        ),
        must_not_catch=("Es geht um eine Mahnung.",),
    ),
    Rule(
        name="hard to explain",
        category="vague",
        why="Calling it hard to explain on the phone avoids saying what it is.",
        weight=2.0,
        phrases=(
            ("am Telefon schwer zu erklären", 2.5),
            "schwer zu erklären",
            "ein bisschen kompliziert",
            ("kompliziert", 1.5),
            ("schwierig", 1.2),
            "das kann ich Ihnen so nicht sagen",
            "das kann ich nicht sagen",
            "eine längere Geschichte",
            "eine lange Geschichte",
            "schwer zu sagen",
            ("schwer sagen", 1.5),
            ("schlecht sagen", 1.5),
            ("das kommt darauf an", 1.5),
            ("kommt drauf an", 1.5),
        ),
        must_catch=(
            "Das ist eine längere Geschichte.",
            "hm schwer zu erklären am telefon",
        ),
        must_not_catch=("es ist was privates das möchte ich nicht am telefon sagen",),
    ),
    Rule(
        name="keeps it for the boss",
        category="vague",
        why="Keeping the topic for the boss in person says nothing to the gatekeeper.",
        weight=2.0,
        phrases=(
            "lieber persönlich besprechen",
            "mit ihm persönlich besprechen",
            "persönlich besprechen",
            "direkt mit ihm besprechen",
            "lieber direkt mit ihm",
            "das erkläre ich ihm selbst",
            "unter vier Augen",
            "das sage ich ihm lieber selbst",
            ("lieber direkt", 1.5),
            ("lieber persönlich", 1.5),
            ("persönlich klären", 1.5),
            ("das merkt er dann", 1.5),
            ("wird er schon sehen", 1.5),
        ),
        must_catch=(
            "Das bespreche ich lieber direkt mit ihm.",
            "Das ist halb so wild, er wird schon sehen.",
        ),
        must_not_catch=("jede Anfrage wird innerhalb von vier Stunden beantwortet",),
    ),
    Rule(
        name="a vague partnership",
        category="vague",
        why='A "collaboration" or "partnership" names no offer.',
        weight=1.5,
        phrases=(
            ("mögliche Zusammenarbeit", 2.0),
            "Zusammenarbeit",
            "Kooperation",
            ("Partnerschaft", 1.2),
        ),
        must_catch=(
            "es geht um eine kooperation",
            "Um eine mögliche Zusammenarbeit.",
        ),
        must_not_catch=("Es geht um eine Mahnung.",),
    ),
    Rule(
        name="vague promise of value",
        category="vague",
        why="Advantages, potential, optimisation: value claimed without content.",
        weight=1.5,
        phrases=(
            "interessieren könnte",
            ("etwas für die Geschäftsleitung", 2.0),
            "für die Geschäftsführung",
            "viele Vorteile",
            ("Vorteile", 1.0),
            ("Optimierung", 1.2),
            "Optimierungspotenzial",
            ("Potenzial", 1.0),
            "Ihre Prozesse",
            ("interessant sein könnte", 2.0),
            ("interessieren dürfte", 2.0),
            ("interessant", 1.0),
            "im Detail anschauen",
        ),
        must_catch=(
            "Um ein interessantes Konzept.",
            "Vorteile halt, viele Vorteile.",
        ),
        must_not_catch=(
            "Ich rufe an, um Ihnen etwas anzubieten, und zwar Wartungsverträge für Ihre Klima"
            "anlagen.",
        ),
    ),
    Rule(
        name="a good offer, with nothing in it",
        category="vague",
        why="A 'great offer' that says nothing about what it is stays vague (Typ 3).",
        weight=1.2,
        patterns=(
            r"\b(?:ein|n|nen|das|is|ist)\s+(?:(?:richtig|echt|wirklich|sehr|total|ganz|einfach"
            r")\s+)?{good_adjectives}\s+(?:angebot|ding|sache|geschaeft)\b",
        ),
        must_catch=(
            "er kriegt n super Angebot, wirklich",
            "na ja, ein richtig tolles Angebot halt",
        ),
        must_not_catch=(
            "Servus, i möcht eam halt a Angebot fürs Firmenwagen-Leasing machen, ganz ehrlich"
            ", is a Verkaufsanruf.",
        ),
    ),
)
