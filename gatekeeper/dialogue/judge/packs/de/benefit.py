"""Rules for a concrete benefit for the boss (the benefit flag).

A concrete, small advantage for the boss: a number, a cost, a time.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="saves cost or time",
        category="benefit",
        why="Lower costs, saved time, fewer errors: a concrete gain for the boss.",
        weight=1.0,
        phrases=(
            "Kosten senken",
            "Kosten sparen",
            "Zeit sparen",
            "weniger Ausfallzeiten",
            "weniger Aufwand",
            "weniger Fehler",
            "doppelt so schnell",
            "halb so teuer",
            "amortisiert sich",
            "rechnet sich in",
            "mehr Umsatz",
        ),
    ),
    Rule(
        name="a service in a set time",
        category="benefit",
        why="A delivery or repair within a named time is a concrete gain.",
        weight=1.0,
        phrases=(
            "am nächsten Tag geliefert",
            "innerhalb von 24 Stunden",
            ("am selben Tag", 0.6),
            "über Nacht geliefert",
        ),
    ),
    Rule(
        name="a cost cut by a fraction",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{target}\b(?:\s+\w+){0,8}?\s+(?:um\s+)?(?:ein\s+drittel|ein\s+viertel|die\s+ha"
            r"elfte|{num}\s+prozent)\b",
        ),
    ),
    Rule(
        name="pays a fraction",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.2,
        patterns=(
            r"\b(?:zahlen|bezahlen|kostet|kosten)\s+(?:\w+\s+){0,3}?(?:nur\s+)?(?:noch\s+)?(?:"
            r"die\s+)?(?:haelfte|weniger|ein\s+drittel|ein\s+viertel)\b",
        ),
    ),
    Rule(
        name="a cost or time put in figures",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(r"\b{target}\b(?:\s+\w+){0,3}?\s+{num}(?:\s+{num})*\s+{unit}\b",),
    ),
    Rule(
        name="improvement of a cost",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,5}?\s+{target}(?:\s+{target})?\b",
            r"\b{target}\b(?:\s+\w+){0,5}?\s+{improve}\b",
        ),
    ),
    Rule(
        name="quantity",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=0.6,
        patterns=(
            r"\b{num}(?:\s+{num})*\s+(?:(?:volle|ganze|zusaetzliche|extra)[nmrs]?\s+)?{unit}\b",
        ),
    ),
    Rule(
        name="improvement",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=0.5,
        patterns=(r"\b(?:{improve}|mehr|laenger)\b",),
    ),
    Rule(
        name="the length of the call",
        category="benefit",
        why='how long the call or survey takes is no benefit to the boss ("dauert nur zwei Minute'
        'n")',
        weight=0.0,
        patterns=(
            r"\b(?:brauche|braucht|brauchen)\s+(?:\w+\s+){0,2}?{num}\s+(?:minuten?|sekunden)(?"
            r":\s+(?:ihrer|seiner)\s+zeit)?\s+(?:und\s+)?(?:nicht|statt)\s+(?:\w+\s+)?{num}\s+"
            r"(?:minuten?|stunden?)\b",
            r"\b(?:dauert|dauern|brauche|braucht|kostet)\s+(?:\w+\s+){0,2}?{num}\s+(?:minuten?"
            r"|sekunden)\b",
        ),
        suppresses="benefit",
    ),
    Rule(
        name="more of something good",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\bmehr\s+(?:umsatz|gewinn|marge|ruhe|zeit|produktion|ausbeute|durchsatz|kapazita"
            r"et|laufzeit)\b",
        ),
    ),
    Rule(
        name="saves a fraction",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,5}?\s+{fraction}\b",
            r"\b{fraction}\s+(?:\w+\s+){0,3}?(?:weniger|billiger|guenstiger|seltener|schneller"
            r"|kuerzer|niedriger)\b",
        ),
    ),
    Rule(
        name="a price below the usual",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{num}\s+prozent\s+(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b",
            r"\bunter\s+(?:dem\s+)?(?:listen|markt|laden|handels|normal)?preis\w*\b",
        ),
    ),
    Rule(
        name="a ratio of improvement",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b(?:halb|doppelt|(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal)\s+so\s+(?:oft"
            r"|viel|viele|haeufig|lange|schnell|teuer|selten)\b",
            r"\b(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal\s+(?:schneller|weniger|seltene"
            r"r|guenstiger|laenger|mehr|kuerzer)\b",
        ),
    ),
    Rule(
        name="a time set against the usual",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{when}(?:\s+\w+){0,2}?\s+{statt_etc}\s+(?:\w+\s+){0,2}?(?:{when}|{count})\b",
            r"\b(?:statt|anstatt)\s+(?:\w+\s+){0,2}?{when}(?:\s+\w+){0,4}?\s+{when}\b",
        ),
    ),
    Rule(
        name="a service within a set time",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{service}(?:\s+\w+){0,4}?\s+{within}\b",
            r"\b{within}(?:\s+\w+){0,4}?\s+{service}\b",
        ),
    ),
    Rule(
        name="a guarantee with money back",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\bgeld\s+zurueck\b",
            r"\b(?:sonst|ansonsten|andernfalls)\s+(?:\w+\s+){0,4}?(?:kostenlos|gratis|umsonst|"
            r"geschenkt|gratis)\b",
            r"\b(?:sonst|ansonsten|andernfalls)\s+(?:zahlt|zahlen|bezahlt|bezahlen)\s+(?:\w+\s"
            r"+){0,2}?nichts\b",
        ),
    ),
    Rule(
        name="less than he pays now",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\b{unter_etc}\s+(?:dem\s+)?(?:das\s+)?was\s+(?:\w+\s+){0,4}?(?:zahlt|bezahlt|zah"
            r"len|bezahlen|ausgibt|ausgeben|gezahlt|zahlte)\b",
            r"\b{count}\s+(?:prozent|euro|eur|cent)\s+(?:(?:pro|je|die|im|in\s+der)\s+(?:\w+\s"
            r"+){1,2}?)?(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b",
        ),
    ),
    Rule(
        name="the work in a fraction of the time",
        category="benefit",
        why="A concrete, small advantage for the boss: a number, a cost, a time.",
        weight=1.0,
        patterns=(
            r"\bin\s+(?:der\s+)?(?:halben|einem\s+(?:drittel|viertel|fuenftel|zehntel)\s+der)\s"
            r"+(?:\w+)?zeit\b",
            r"\b(?:zum|mit|fuer)\s+(?:dem\s+)?halben\s+(?:preis|aufwand|geld)\b",
        ),
    ),
)
