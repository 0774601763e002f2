"""Rules for dignified replies to a rejection.

After a no the caller accepts it with dignity: thanks, a goodbye, a door left open.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="accepts the no",
        category="dignified",
        why="Understanding and accepting the no is the dignified reply.",
        weight=1.5,
        phrases=(
            ("verstehe", 1.2),
            ("ich verstehe", 1.2),
            ("verstanden", 1.2),
            "kein Problem",
            ("in Ordnung", 1.2),
            ("alles klar", 1.0),
            ("das respektiere ich", 2.0),
            ("schade", 0.8),
            "ich wünsche Ihnen",
            "völlig okay",
            "kein Thema",
            ("nichts für ungut", 2.0),
            ("machen Sie es gut", 2.0),
            ("machen Sie's gut", 2.0),
            ("kann ich nachvollziehen", 2.0),
            "nachvollziehen",
            ("das akzeptiere ich", 2.0),
            "akzeptiere",
            "respektiere",
            ("alles gut", 1.2),
            ("passt", 0.8),
        ),
    ),
    Rule(
        name="thanks her",
        category="dignified",
        why="Thanking her for her time after a no keeps the caller's dignity.",
        weight=2.0,
        phrases=(
            "danke für Ihre Offenheit",
            "danke für Ihre Zeit",
            ("vielen Dank", 1.2),
            ("danke", 1.0),
            ("trotzdem danke", 1.5),
            "danke fürs Zuhören",
            ("bedanke mich", 1.5),
        ),
    ),
    Rule(
        name="says goodbye",
        category="dignified",
        why="A friendly goodbye accepts the no.",
        weight=2.0,
        phrases=(
            "schönen Tag noch",
            "einen schönen Tag",
            "schönes Wochenende",
            ("alles Gute", 1.5),
            ("auf Wiederhören", 1.5),
            ("tschüss", 1.2),
            ("bis bald", 1.0),
            "einen guten Tag",
            ("Wiederhören", 1.5),
            ("servus", 1.2),
            ("ciao", 1.0),
            "schönen Tag",
            ("eine gute Woche", 1.5),
            ("gute Antwort", 1.0),
        ),
    ),
    Rule(
        name="leaves the door open",
        category="dignified",
        why="Leaving contact details or asking for a better time, without pressure.",
        weight=1.5,
        phrases=(
            ("nicht weiter stören", 2.0),
            "falls sich etwas ändert",
            "wenn sich etwas ändert",
            ("meine Kontaktdaten", 1.0),
            ("gut zu wissen", 1.0),
            ("wenn es recht ist", 1.2),
            "ein andermal",
            "ein anderes Mal",
            "besserer Zeitpunkt",
            ("nicht länger aufhalten", 2.0),
            ("darf ich fragen", 1.2),
        ),
    ),
    Rule(
        name="accepts her decision",
        category="dignified",
        why="After a no the caller accepts it with dignity: thanks, a goodbye, a door left open.",
        weight=2.0,
        patterns=(
            r"\b(?:das\s+ist|ist\s+ja|bleibt|respektiere|akzeptiere)\s+(?:(?!nicht\b|kaum\b|ga"
            r"r\b)\w+\s+){0,2}?(?:ihre|eure|deine)\s+entscheidung\b",
        ),
    ),
    Rule(
        name="will call again later",
        category="dignified",
        why="After a no the caller accepts it with dignity: thanks, a goodbye, a door left open.",
        weight=1.5,
        patterns=(
            r"\bmelde\s+(?:ich\s+)?mich\b(?:\s+\w+){0,5}?\s+(?:wieder|nochmal|noch\s+mal|noch\s"
            r"+einmal)\b",
        ),
    ),
    Rule(
        name="asks once to call again",
        category="dignified",
        why="After a no the caller accepts it with dignity: thanks, a goodbye, a door left open.",
        weight=1.5,
        patterns=(r"\b(?:darf|kann|koennte)\s+ich\b(?:\s+\w+){0,8}?\s+(?:melden|anrufen)\b",),
    ),
)
