"""Rules for the moves the boss listens for, in German.

Once the secretary has put the caller through, the boss decides in a minute whether the hour,
the coffee and the biscuits will pay off. He hears *moves*, not kinds, several in one answer;
each is scored on its own. What each move means is said once, in
:class:`gatekeeper.scenario.model.Move`; the words that make it are here.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Family, Rule

FAMILIES = (
    Family(
        "you_do",
        (
            "machen|loesen|handhaben|organisieren|regeln|managen|planen|nutzen|verwenden",
            "bezahlen|zahlen|kaufen|beziehen|bestellen|lagern|drucken|versenden|liefern",
            "arbeiten|kalkulieren|abrechnen|fahren|betreiben|einsetzen|setzen",
        ),
        why="what a firm does today, asked about in a question to the boss",
    ),
    Family(
        "w_question",
        (
            r"wie|womit|woran|wo|wann|wer|was|welche[nmrs]?|wieviele?|wie viele?|wie oft|wie la"
            r"nge|wie hoch|wie gross|wie zufrieden|woher|warum|wieso",
        ),
        why="the words a real question to the boss starts with",
    ),
    Family(
        "particle",
        ("denn|eigentlich|so|heute|aktuell|derzeit|momentan|bei|da|zurzeit|gerade",),
        why="small words that may stand between the verb and 'Sie' in a question",
    ),
    Family(
        "today",
        ("heute|jetzt|bisher|derzeit|momentan|aktuell|zurzeit|zur zeit|im moment|gerade",),
        why="the boss's present situation, the yardstick of an advantage",
    ),
    Family(
        "current",
        ("jetzige[nmrs]?|aktuelle[nmrs]?|bisherige[nmrs]?|heutige[nmrs]?|derzeitige[nmrs]?",),
    ),
    Family(
        "supplier",
        (
            r"\w*(?:lieferant(?:en)?|anbieter[sn]?|dienstleister[sn]?|partner[sn]?|loesung|sys"
            r"tem|software|vertrag(?:e?s)?|tarif(?:e?s)?)",
        ),
    ),
    Family(
        "meeting",
        (
            r"termins?|treffen|besuch|vorbeikommen|vorbeischauen|vorbei\s?kommen"
            r"|zusammensetzen|gespraechstermin|kennenlernen|vor ort",
        ),
    ),
    Family(
        "weekday",
        (
            "montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|uebermorgen",
            r"naechste[nr]?\s+woche|kommende[nr]?\s+woche|diese[nr]?\s+woche",
        ),
    ),
    Family(
        "real_length",
        (
            r"(?:eine|einer|ne|a|1|gute|guten)\s+(?:ganze\s+|gute\s+|knappe\s+)?stunde?n?",
            r"(?:eine\s+)?(?:halbe|dreiviertel)\s+stunde|dreiviertelstunde|halbe\w*stunde",
            r"anderthalb\s+stunden|eineinhalb\s+stunden|(?:zwei|2)\s+stunden",
            r"(?:zwanzig|dreissig|vierzig|fuenfundvierzig|sechzig|neunzig|[2-9]\d)\s+minuten",
        ),
        why="the honest time an appointment takes",
    ),
    Family(
        "fake_short",
        (
            r"(?:nur|bloss|lediglich|ganz)\s+(?:mal\s+)?(?:kurz|schnell)",
            r"(?:nur|bloss|lediglich|maximal|hoechstens)?\s*(?:zwei|drei|fuenf|zehn|[2-9]|10)"
            r"\s+minuten",
            r"ein\s+paar\s+minuten|(?:ein|einen)\s+(?:kurzen\s+)?moment|geht\s+ganz\s+schnell",
        ),
        why="an appointment made to sound shorter than it is",
    ),
)

RULES = (
    Rule(
        name="praises himself",
        category="show",
        why="Typ 1: the same canned show for every 'king' — superlatives about the seller's "
        "own firm instead of the boss's needs.",
        weight=1.5,
        phrases=(
            "Marktführer",
            "Weltmarktführer",
            "führender Anbieter",
            "die Nummer eins",
            "die beste Lösung",
            "das Beste auf dem Markt",
            "wir sind die Besten",
            "preisgekrönt",
            "mehrfach ausgezeichnet",
            "einzigartig",
            "revolutionär",
            "unschlagbar",
            "konkurrenzlos",
            "innovativste",
            "modernste",
            "unvergleichlich",
            "weltweit führend",
            "Tausende zufriedene Kunden",
            "jahrzehntelange Erfahrung",
            "absolute Spitzenklasse",
            "Premium-Qualität",
            "einmalige Gelegenheit",
        ),
        patterns=(
            r"\bwir\s+sind\s+(?!nicht\b)(?:\w+\s+){0,3}(?:die\s+|der\s+)?(?:besten|beste|gro"
            r"essten|groesste|fuehrend\w*|marktfuehrer|nummer eins|schnellsten|innovations\s?fu"
            r"ehrer)\b",
            r"\b(?:besser|schneller|guenstiger)\s+als\s+(?:alle|jeder|jede|jedes)\s+(?:anderen?\s"
            r"+)?\w+",
            r"\b(?:das\s+)?beste\s+vom\s+besten\b|\berstklassige[nmrs]?\s+\w+\s+erstklassig",
            r"\bausgezeichnet\s+als\b|\bfinden\s+sie\s+nie\s+wieder\b",
        ),
        must_catch=(
            "Wir sind Marktführer und haben die beste Lösung, die es gibt.",
            "unsere einzigartige software ist preisgekrönt",
        ),
        must_not_catch=("Wir liefern Ersatzteile am nächsten Morgen.",),
    ),
    Rule(
        name="butters him up",
        category="show",
        why="Honey round the king's mouth: flattery of the boss is the show too.",
        weight=1.5,
        phrases=(
            "ein so erfolgreicher Unternehmer",
            "Ihr beeindruckendes Unternehmen",
            "Sie als Visionär",
            "ich bewundere Sie",
            "Ihr legendärer Ruf",
            "ein Mann wie Sie",
            "jemand mit Ihrem Weitblick",
        ),
        must_catch=("Ein so erfolgreicher Unternehmer wie Sie weiß Qualität zu schätzen.",),
        must_not_catch=("Wie lösen Sie das heute?",),
    ),
    Rule(
        name="asks how he does it today",
        category="asks_about_him",
        why="A real question about his situation: the boss is a person with needs, not an "
        "audience (partner, not king).",
        weight=1.5,
        patterns=(
            r"\b{w_question}\s+(?!sie\b|ihr\b|ihre\w*\b|es\b)(?:\w+\s+){0,3}?\w+(?:n|t|st|"
            r"e|d)\s+(?:{particle}\s+)*(?:sie|ihnen|ihr|ihre[nmrs]?|euch)\b(?!(?:\s+\w+){0,2}\s+"
            r"(?:zeit|termin|passen|vorbei|lieber))",
            r"\b{w_question}\s+(?:\w+\s+){0,3}(?:bei|fuer|an|mit)\s+(?:ihnen|sie)\b(?!(?:\s+\w"
            r"+){0,3}\s+(?:zeit|termin|naechste|lieber))",
            r"\b(?:wie viele?|wieviele?|wie viel|welche[nmrs]?)\s+(?:\w+\s+)?(?:ihre[rnms]?|ihr)"
            r"\s+\w+\s+\w+(?:en|t)\b",
            r"\bwer\s+(?:\w+\s+){0,2}von\s+ihrer\s+seite\b",
            r"\b{w_question}\s+(?:\w+\s+){0,2}(?:ihr|ihre[nmrs]?)\s+\w+\s+\w+(?:en|t)$",
            r"^(?:und\s+)?(?:haben|nutzen|verwenden|arbeiten|zahlen|bezahlen|machen|kaufen|beziehen"
            r"|planen|sind|setzen|lagern|drucken|fahren|hatten)\s+sie\b(?!(?:\s+\w+){0,4}\s+(?:zeit"
            r"|termin))",
            r"\b(?:darf|duerfte|kann|koennte)\s+ich\s+(?:sie\s+)?(?:\w+\s+){0,2}\w*fragen\b",
            r"\bwas\s+muesste\s+(?:\w+\s+){0,3}(?:damit|fuer sie)\b",
            r"\bwo\s+drueckt\s+(?:sie\s+)?der\s+schuh\b|\berzaehlen\s+sie\s+(?:mir\s+)?(?:mal|doch"
            r")?\b",
        ),
        must_catch=(
            "Wie lösen Sie das heute mit den Ersatzteilen?",
            "wie viele fahrzeuge haben sie im einsatz",
            "Nutzen Sie aktuell schon eine Software für die Zeiterfassung?",
            "Darf ich fragen, was Sie heute für das Porto ausgeben?",
        ),
        must_not_catch=(
            "Hätten Sie nächste Woche eine Stunde Zeit?",
            "Wir senken Ihre Kosten um zehn Prozent.",
        ),
    ),
    Rule(
        name="only a rhetorical question",
        category="rhetorical",
        why="'Wer will nicht Geld sparen?' asks nothing: it answers itself and ignores him, so "
        "it is no question about him.",
        weight=1.0,
        suppresses="asks_about_him",
        patterns=(
            r"\bwer\s+(?:will|moechte|wuerde)\s+(?:denn\s+)?(?:\w+\s+)?(?:nicht|kein)",
            r"\b(?:wollen|moechten)\s+sie\s+(?:denn\s+)?(?:\w+\s+){0,3}(?:nicht\s+auch|etwa\s+n"
            r"icht)\b",
            r"\b(?:darf|kann)\s+ich\s+ihnen\s+(?:\w+\s+){0,4}(?:zeigen|vorstellen|praesentieren|e"
            r"rklaeren|schicken)\b",
            r"\bhaben\s+sie\s+(?:schon\s+)?(?:von\s+unse|einen\s+stift)\w*",
            r"\bwas\s+glauben\s+sie\b",
        ),
        must_catch=("Wer will nicht Geld sparen?", "Darf ich Ihnen kurz unser Produkt zeigen?"),
        must_not_catch=("Wie viele Standorte haben Sie?",),
    ),
    Rule(
        name="against what he has now",
        category="advantage_over_today",
        why="The boss wants a small advantage over what he has today: the hour must pay off.",
        weight=2.0,
        phrases=(
            "als bisher",
            "als heute",
            "als jetzt",
            "als derzeit",
            "im Vergleich zu heute",
            "im Vergleich zu jetzt",
            "gegenüber heute",
            "nur noch die Hälfte",
            "statt bisher",
        ),
        patterns=(
            r"\bals\s+(?:ihr|ihre|ihren|ihrem|bei ihrem|mit ihrem)\s+{current}\s+{supplier}",
            r"\b(?:im vergleich zu|gegenueber|verglichen mit|anstatt|statt)\s+(?:ihre[mnrs]?|de"
            r"[mnrs]|die)\s+(?:{current}\s+)?\w+",
            r"\bnur\s+noch\s+(?:\w+\s+){0,2}(?:{num}|{fraction}|die haelfte)",
            r"\bstatt\s+(?:wie\s+)?(?:{today}\s+)?(?:{num}|{fraction})\b",
            r"\b(?:was|wie viel|wieviel)\s+sie\s+(?:{today})\s+(?:fuer\s+\w+\s+)?(?:zahlen|aus"
            r"geben|bezahlen|brauchen|verlieren)",
            r"\b(?:weniger|mehr|schneller|guenstiger|billiger)\s+als\s+(?:sie\s+)?(?:{today}|ih"
            r"r|ihre|ihren|ihrem)",
            r"\b(?:wie|als|gegenueber|von)\s+(?:{today})\b",
            r"\b{today}\b(?:\s+\w+){0,30}?\s+(?:mit|bei)\s+(?:uns|unsere[mnrs]?|ihm|ihr|den|de"
            r"r|dem)\b(?:\s+\w+){0,12}?\s+(?:{num}|{fraction}|weniger|unter|schneller|frueher|a"
            r"m selben|ohne|nur)\b",
            r"\b(?:unter|ueber)\s+dem\s+was\s+sie\b|\bdas\s+doppelte\s+von\s+dem\s+was\b",
            r"\b(?:die\s+)?(?:haelfte|ein\s+viertel|ein\s+drittel)\s+davon\b|\b(?:halbieren"
            r"|verdoppeln|dritteln)\s+(?:\w+\s+){0,3}die\s+sie\s+{today}",
            r"\bnicht\s+mehr\s+(?:\w+\s+){0,6}(?:von hand|selbst|zweimal|dreimal)\b",
        ),
        must_catch=(
            "Das kostet Sie zwei Euro weniger pro Stück als Ihr jetziger Lieferant.",
            "Statt drei Tagen warten Sie nur noch einen.",
            "Damit zahlen Sie nur noch die Hälfte von dem, was Sie heute zahlen.",
        ),
        must_not_catch=(
            "Wir sind günstiger als die Konkurrenz.",
            "Unsere Software spart Zeit.",
        ),
    ),
    Rule(
        name="asks for a meeting",
        category="asks_for_appointment",
        why="The goal of the call: an appointment with the boss, asked for plainly.",
        weight=2.0,
        phrases=(
            "einen Termin vereinbaren",
            "einen Termin ausmachen",
            "wann passt es Ihnen",
            "wann hätten Sie Zeit",
            "darf ich vorbeikommen",
            "darf ich Sie besuchen",
            "sollen wir uns treffen",
            "können wir uns treffen",
            "eine Stunde für mich",
        ),
        patterns=(
            r"\b(?:haetten|haben|fuer)\s+sie\s+(?:\w+\s+){0,5}?zeit\b",
            r"\b{meeting}\b",
            r"\b(?:am|diesen|naechsten)?\s*{weekday}\s+(?:\w+\s+){0,3}(?:um|gegen)\s+{num}",
            r"\b{real_length}\s+(?:\w+\s+){0,2}(?:mit|bei|fuer)\s+(?:ihnen|mich|uns)\b",
            r"\b(?:passt|geht|ginge|waere)\s+(?:es\s+|ihnen\s+|das\s+)*(?:\w+\s+)?(?:{weekday}"
            r")\b|\b{weekday}$",
            r"\b(?:reinschauen|vorbeischauen|auf\s+einen\s+kaffee|einplanen|eintragen|zusammens"
            r"etzen|setzen\s+wir\s+uns|ihrer\s+zeit|zeit\s+fuer\s+mich|gespraech)\b",
        ),
        must_catch=(
            "Hätten Sie nächste Woche eine Stunde Zeit für mich?",
            "können wir uns am dienstag treffen",
            "Darf ich Sie zu einem Termin besuchen?",
        ),
        must_not_catch=("Wie viele Mitarbeiter haben Sie?",),
    ),
    Rule(
        name="names the real length",
        category="honest_time_ask",
        why="An appointment with its honest length ('eine Stunde') respects his time; "
        "'nur fünf Minuten' is the first lie of the meeting.",
        weight=2.0,
        patterns=(r"\b{real_length}\b",),
        must_catch=("Ich bräuchte eine Stunde mit Ihnen.", "dafür brauchen wir 45 minuten"),
        must_not_catch=("Nur fünf Minuten, versprochen.",),
    ),
    Rule(
        name="shrinks himself",
        category="hedge",
        why="Hedges and diminishers tell the boss the caller does not believe in the offer: "
        "self-confident, not small.",
        weight=1.5,
        phrases=(
            "nur mal kurz",
            "nur ganz kurz",
            "ich wollte nur",
            "ich wollte eigentlich nur",
            "ich wollte mal fragen",
            "falls es nicht stört",
            "wenn es Ihnen nichts ausmacht",
            "wenn ich kurz stören darf",
            "entschuldigen Sie die Störung",
            "tut mir leid, dass ich störe",
            "ich will Sie nicht lange aufhalten",
            "nicht lange stören",
            "ein kleines bisschen",
        ),
        patterns=(
            r"\b(?:vielleicht|eventuell|moeglicherweise|irgendwie|sozusagen|quasi|gewissermassen"
            r"|ungefaehr so)\b",
            r"\bein\s+(?:bisschen|bissl|wenig)\b|\bich\s+(?:glaube|denke|schaetze)\s+(?:mal\s+)"
            r"?(?:ich|wir|das|es)\s+(?:koennte|koennten|wuerde|waere)\b",
            r"^(?:\w+\s+){0,6}?eigentlich\b(?!(?:\s+\w+){0,6}\s+(?:sie|ihnen)$)",
            r"\bwuerde(?:n)?\s+(?:gern|gerne)\s+(?:mal\s+)?(?:fragen|nachfragen)\s+ob\b",
        ),
        must_catch=(
            "Ich wollte nur mal kurz fragen, ob vielleicht Interesse besteht.",
            "wir könnten eventuell ein bisschen sparen",
        ),
        must_not_catch=("Wir senken Ihre Kosten um zehn Prozent.",),
    ),
    Rule(
        name="makes the meeting sound short",
        category="hedge",
        why="'Nur fünf Minuten' shrinks the request and hides its real length.",
        weight=1.5,
        patterns=(r"(?<!nicht )(?<!keine )\b{fake_short}\b",),
        must_catch=("Nur fünf Minuten, versprochen.", "es geht ganz schnell"),
        must_not_catch=("Wir brauchen eine Stunde.",),
    ),
    Rule(
        name="pushes and presumes",
        category="pressure",
        why="Pressure and presumption cross the thin line from confident to arrogant.",
        weight=2.0,
        phrases=(
            "Sie brauchen das",
            "das brauchen Sie",
            "Sie sollten unbedingt",
            "das wäre ein Fehler",
            "da gibt es nichts zu überlegen",
            "das Angebot gilt nur",
            "Sie können nicht nein sagen",
            "ich nehme das als ja",
            "ich werte das als ja",
            "Sie verlieren jeden Tag Geld",
            "Ihre Konkurrenz ist schon",
            "keine Ausreden",
            "Sie wären verrückt",
            "Sie wären dumm",
            "lassen Sie mich ausreden",
            "jeder vernünftige Chef",
            "Sie werden es bereuen",
            "Sie werden es auch kaufen",
            "halten Sie sich bereit",
            "so eine Chance bekommen Sie nicht zweimal",
            "Sie haben doch sowieso",
            "wahrscheinlich falsch",
            "hoffnungslos veraltet",
            "vom Markt verschwunden",
            "Geld zum Fenster rauswerfen",
            "keine bessere Alternative",
            "das ist Ihr Problem",
            "damit Sie mitkommen",
            "können Sie sich nicht leisten",
            "reden wir nicht mehr drüber",
            "gesetzlich vorgeschrieben",
            "hat den Markt nicht verstanden",
        ),
        patterns=(
            r"\bsie\s+(?:muessen|sollten)\s+(?!(?:\w+\s+){0,6}?(?:nicht|nichts|keine|kein)\b|wi"
            r"ssen\b)\w+",
            r"\bsie\s+brauchen\s+(?:das|so etwas|sowas|unsere?n?|dringend|unbedingt)\b",
            r"\bich\s+(?:erwarte|bestehe darauf)\b",
            r"\bich\s+(?:komme?|bin)\s+(?:dann\s+)?(?:\w+\s+){0,3}(?:vorbei|um\s+{num})\b",
            r"\b(?:sind|waeren|waern|ist)\s+sie\s+(?:selber|selbst|bloed|dumm|verrueckt)\w*\b",
            r"\bwenn\s+sie\s+(?:\w+\s+){0,3}nicht\s+(?:zugreifen|handeln|kaufen|wechseln)\b",
            r"\b(?:entscheiden|sagen)\s+sie\s+(?:sich\s+)?(?:\w+\s+)?(?:jetzt|sofort|zu)\b",
            r"\bnur\s+(?:noch\s+)?(?:heute|diese\s+woche)\b|\bals\s+laie\b",
        ),
        must_catch=(
            "Sie müssen das einfach machen, da gibt es nichts zu überlegen.",
            "sie brauchen das dringend",
        ),
        must_not_catch=(
            "Sie müssen sich nicht sofort entscheiden.",
            "Sie brauchen nichts vorzubereiten.",
        ),
    ),
)
