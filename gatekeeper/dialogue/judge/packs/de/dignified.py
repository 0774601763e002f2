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
            ("gute Antwort", 1.0),
        ),
        must_catch=(
            "Verstehe. Danke.",
            "passt danke ihnen",
        ),
        must_not_catch=(
            "Nein, nein, ich verkaufe gar nichts, ich wollte mich nur einmal kurz bei Ihnen b"
            "ekannt machen.",
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
        must_catch=(
            "okay danke",
            "Verstehe. Danke.",
        ),
        must_not_catch=("stellen sie mich trotzdem kurz zu ihrem chef durch",),
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
        ),
        must_catch=(
            "In Ordnung. Tschüss.",
            "Okay. Danke. Tschüss.",
        ),
        must_not_catch=(
            "Es geht um Ihre Bestellung von letzter Woche, da gibt's noch eine Rückfrage.",
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
        must_catch=(
            "Na gut. Vielleicht passt es ja ein andermal. Tschüss!",
            "Dann will ich Sie nicht länger aufhalten. Vielen Dank!",
        ),
        must_not_catch=("Gut, dann melde ich mich nicht mehr, vielen Dank und tschüss.",),
    ),
    Rule(
        name="accepts her decision",
        category="dignified",
        why="Accepting that the decision is hers is the dignified reply to a no.",
        weight=2.0,
        patterns=(
            r"\b(?:das\s+ist|ist\s+ja|bleibt|respektiere|akzeptiere)\s+(?:(?!nicht\b|kaum\b|ga"
            r"r\b)\w+\s+){0,2}?(?:ihre|eure|deine)\s+entscheidung\b",
        ),
        must_catch=(
            "Natürlich, das ist Ihre Entscheidung. Ich wünsche Ihnen einen angenehmen Tag.",
        ),
        must_not_catch=("Ist das denn wirklich Ihre Entscheidung?",),
    ),
    Rule(
        name="will call again later",
        category="dignified",
        why="Offering to call again when something changes, without pressure, keeps his dignity.",
        weight=1.5,
        patterns=(
            r"\bmelde\s+(?:ich\s+)?mich\b(?:\s+\w+){0,5}?\s+(?:wieder|nochmal|noch\s+mal|noch\s"
            r"+einmal)\b",
        ),
        must_catch=(
            "Kein Problem. Wenn sich bei Ihnen etwas ändert, melde ich mich gern wieder. Tschüss!",
            "Danke, dass Sie so ehrlich sind. Ich melde mich dann nicht wieder, versprochen. "
            "Schönen Tag noch.",
        ),
        must_not_catch=("Gut, dann melde ich mich nicht mehr, vielen Dank und tschüss.",),
    ),
    Rule(
        name="asks once to call again",
        category="dignified",
        why="Asking once, politely, whether he may call again later is dignified.",
        weight=1.5,
        patterns=(r"\b(?:darf|kann|koennte)\s+ich\b(?:\s+\w+){0,8}?\s+(?:melden|anrufen)\b",),
        must_catch=(
            "in ordnung darf ich mich in einem halben jahr nochmal melden",
            "Alles klar, kein Problem. Darf ich mich in einem halben Jahr noch einmal melden?",
        ),
        must_not_catch=("In Ordnung, vielen Dank, ich melde mich vielleicht später nochmal.",),
    ),
)
