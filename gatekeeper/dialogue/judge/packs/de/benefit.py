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
        must_catch=("Kosten senken",),
        must_not_catch=("Mehr Erfolg, weniger Stress.",),
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
        must_catch=("am nächsten Tag geliefert",),
        must_not_catch=("Ich hab schon viel Gutes über Sie gehört.",),
    ),
    Rule(
        name="a cost cut by a fraction",
        category="benefit",
        why="A cost cut by a fraction ('a quarter less') is a concrete gain for the boss.",
        weight=1.0,
        patterns=(
            # "um Eindrittel": Whisper writes the fraction as one word
            r"\b{target}\b(?:\s+\w+){0,8}?\s+(?:um\s+)?(?:ein\s*drittel|ein\s*viertel|die\s+ha"
            r"elfte|{num}\s+prozent)\b",
        ),
        must_catch=(
            "Er würde bei den Druckkosten ungefähr ein Viertel sparen.",
            "die stromrechnung wird um rund fünfzehn prozent niedriger",
            "Seine Heizkosten sinken damit um Einviertel.",
        ),
        must_not_catch=("Das ist halb so wild, er wird schon sehen.",),
    ),
    Rule(
        name="pays a fraction",
        category="benefit",
        why="Paying a fraction of what he pays now is a concrete gain.",
        weight=1.2,
        patterns=(
            r"\b(?:zahlen|bezahlen|kostet|kosten)\s+(?:\w+\s+){0,3}?(?:nur\s+)?(?:noch\s+)?(?:"
            r"die\s+)?(?:haelfte|weniger|ein\s+drittel|ein\s+viertel)\b",
        ),
        must_catch=(
            "das kostet weniger als das, was er heute für Porto ausgibt",
            "Ich will ihm was verkaufen, ehrlich. Unsere Etiketten kosten 30 Prozent weniger "
            "als die, die Sie jetzt benutzen.",
        ),
        must_not_catch=("ähm ja ich will ehrlich sein ich möchte ihnen was verkaufen",),
    ),
    Rule(
        name="a cost or time put in figures",
        category="benefit",
        why="A cost or a time given in figures is a concrete gain.",
        weight=1.0,
        patterns=(r"\b{target}\b(?:\s+\w+){0,3}?\s+{num}(?:\s+{num})*\s+{unit}\b",),
        must_catch=(
            "die Abrechnung ist in zwei Tagen fertig statt in zehn",
            "Seine Leute brauchen für die Spesenabrechnung rund zwei Stunden weniger pro Woche.",
        ),
        must_not_catch=("ich brauche nur zwei Minuten, nicht zwei Stunden",),
    ),
    Rule(
        name="improvement of a cost",
        category="benefit",
        why="Lower costs, shorter times, fewer errors named together are a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,5}?\s+{target}(?:\s+{target})?\b",
            r"\b{target}\b(?:\s+\w+){0,5}?\s+{improve}\b",
        ),
        must_catch=(
            "also äh die lieferzeiten werden halbiert",
            "die reparaturkosten sinken um etwa ein fünftel",
        ),
        must_not_catch=("sie werden schon sehen was sie davon haben",),
    ),
    Rule(
        name="quantity",
        category="benefit",
        why="A number with a unit (percent, euros, hours) makes a gain concrete.",
        weight=0.6,
        patterns=(
            r"\b{num}(?:\s+{num})*\s+(?:(?:volle|ganze|zusaetzliche|extra)[nmrs]?\s+)?{unit}\b",
        ),
        must_catch=(
            "wir senken seine versandkosten um zwölf prozent",
            "statt zwei Wochen wartet er bei uns nur drei Tage",
        ),
        must_not_catch=("Um seine IT, grob gesagt.",),
    ),
    Rule(
        name="improvement",
        category="benefit",
        why="A bare 'more', 'less' or 'instead' is only a hint; it counts beside a number or a co"
        "st.",
        weight=0.5,
        patterns=(r"\b(?:{improve}|mehr|laenger)\b",),
        must_catch=(
            "statt zwei Wochen wartet er bei uns nur drei Tage",
            "die Abrechnung dauert zehn Minuten statt zwei Stunden",
        ),
        must_not_catch=("eine kurze umfrage, dauert nur zwei minuten",),
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
        must_catch=("aber das dauert doch nur fünf minuten bitte",),
        must_not_catch=("Das versteh ich, aber nur fünf Minuten, bitte.",),
    ),
    Rule(
        name="more of something good",
        category="benefit",
        why="More revenue or time is a gain; on its own a weak hint.",
        weight=1.0,
        patterns=(
            r"\bmehr\s+(?:umsatz|gewinn|marge|ruhe|zeit|produktion|ausbeute|durchsatz|kapazita"
            r"et|laufzeit)\b",
        ),
        must_catch=(
            "mehr Umsatz",
            "er hat mehr Zeit für seine Kunden",
        ),
        must_not_catch=("mehr Erfolg, weniger Stress",),
    ),
    Rule(
        name="saves a fraction",
        category="benefit",
        why="Saving a fraction of a cost is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,5}?\s+{fraction}\b",
            r"\b{fraction}\s+(?:\w+\s+){0,3}?(?:weniger|billiger|guenstiger|seltener|schneller"
            r"|kuerzer|niedriger)\b",
        ),
        must_catch=(
            "das spart ihm locker e viertel vom heizöl",
            "äh also konkret sparen sie sich die hälfte der versandkosten",
        ),
        must_not_catch=(
            "ähm er hat dann halt einfach mehr davon also es lohnt sich auf jeden fall",
        ),
    ),
    Rule(
        name="a price below the usual",
        category="benefit",
        why="A price below the list price is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{num}\s+prozent\s+(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b",
            r"\bunter\s+(?:dem\s+)?(?:listen|markt|laden|handels|normal)?preis\w*\b",
            # Whisper writes "unter Listenpreis" as one word
            r"\bunter(?:listen|markt|laden|handels|normal)preis\w*\b",
        ),
        must_catch=(
            "Er zahlt dreißig Prozent unter Listenpreis für den gleichen Toner.",
            "Kurz gesagt: zehn Prozent weniger Spritverbrauch für seine Flotte.",
            "Er bekommt die Maschinen zwanzig Prozent Untermarktpreis.",
        ),
        must_not_catch=("Um seine IT, grob gesagt.", "Er hat einen Listenpreis von 500 Euro."),
    ),
    Rule(
        name="a ratio of improvement",
        category="benefit",
        why="'Three times as fast' puts the gain in figures.",
        weight=1.0,
        patterns=(
            r"\b(?:halb|doppelt|(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal)\s+so\s+(?:oft"
            r"|viel|viele|haeufig|lange|schnell|teuer|selten)\b",
            r"\b(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal\s+(?:schneller|weniger|seltene"
            r"r|guenstiger|laenger|mehr|kuerzer)\b",
        ),
        must_catch=(
            "Die Rechnungen gehen dreimal so schnell raus.",
            "zehnmal weniger Ausfälle als mit seinem alten System",
        ),
        must_not_catch=("Mehr Erfolg, weniger Stress.",),
    ),
    Rule(
        name="a time set against the usual",
        category="benefit",
        why="A time set against the usual ('next day instead of a week') is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{when}(?:\s+\w+){0,2}?\s+{instead_of}\s+(?:\w+\s+){0,2}?(?:{when}|{count})\b",
            r"\b(?:statt|anstatt)\s+(?:\w+\s+){0,2}?{when}(?:\s+\w+){0,4}?\s+{when}\b",
        ),
        must_catch=(
            "Er kriegt die Lieferung am nächsten Tag statt nach einer Woche.",
            "er hat die Teile am nächsten Vormittag, nicht erst in drei Wochen",
        ),
        must_not_catch=(
            "nein nein nein so schnell geb ich nicht auf hören sie mir doch erst mal zu",
        ),
    ),
    Rule(
        name="a service within a set time",
        category="benefit",
        why="A repair or delivery within a named time is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{service}(?:\s+\w+){0,4}?\s+{within}\b",
            r"\b{within}(?:\s+\w+){0,4}?\s+{service}\b",
        ),
        must_catch=(
            "Ersatzgeräte werden binnen eines Tages geliefert",
            "wir beheben jede Störung innerhalb von zwei Stunden",
        ),
        must_not_catch=("ich brauche nur zwei Minuten, nicht zwei Stunden",),
    ),
    Rule(
        name="a guarantee with money back",
        category="benefit",
        why="A money-back guarantee is a concrete promise to the boss.",
        weight=1.0,
        patterns=(
            r"\bgeld\s+zurueck\b",
            r"\b(?:sonst|ansonsten|andernfalls)\s+(?:\w+\s+){0,4}?(?:kostenlos|gratis|umsonst|"
            r"geschenkt|gratis)\b",
            r"\b(?:sonst|ansonsten|andernfalls)\s+(?:zahlt|zahlen|bezahlt|bezahlen)\s+(?:\w+\s"
            r"+){0,2}?nichts\b",
        ),
        must_catch=(
            "klappt es nicht, gibt es das Geld zurück",
            "wir reparieren bis Freitag, sonst zahlt er nichts",
        ),
        must_not_catch=("So eine Qualität gibt es sonst nirgendwo in der Branche.",),
    ),
    Rule(
        name="less than he pays now",
        category="benefit",
        why="Less than he pays now is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{below_what}\s+(?:dem\s+)?(?:das\s+)?was\s+(?:\w+\s+){0,4}?(?:zahlt|bezahlt|za"
            r"hlen|bezahlen|ausgibt|ausgeben|gezahlt|zahlte)\b",
            r"\b{count}\s+(?:prozent|euro|eur|cent)\s+(?:(?:pro|je|die|im|in\s+der)\s+(?:\w+\s"
            r"+){1,2}?)?(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b",
        ),
        must_catch=(
            "das ist ungefähr die Hälfte von dem, was er jetzt zahlt",
            "Er bekäme die Wartung für 30 Euro weniger im Monat als bisher.",
        ),
        must_not_catch=("Mehr Erfolg, weniger Stress.",),
    ),
    Rule(
        name="the work in a fraction of the time",
        category="benefit",
        why="The same work in a fraction of the time or price is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\bin\s+(?:der\s+)?(?:halben|einem\s+(?:drittel|viertel|fuenftel|zehntel)\s+der)\s"
            r"+(?:\w+)?zeit\b",
            r"\b(?:zum|mit|fuer)\s+(?:dem\s+)?halben\s+(?:preis|aufwand|geld)\b",
        ),
        must_catch=(
            "er kriegt die Wartung zum halben Preis",
            "seine Leute schaffen die Inventur in einem Drittel der Zeit",
        ),
        must_not_catch=("in ordnung darf ich mich in einem halben jahr nochmal melden",),
    ),
)
