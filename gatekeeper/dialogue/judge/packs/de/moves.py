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
            r"(?:(?:nur|bloss|lediglich|maximal|hoechstens)\s+)?(?:zwei|drei|fuenf|zehn|[2-9]|10)"
            r"\s+minuten",
            r"(?:nur|bloss|lediglich|maximal|hoechstens)\s+(?:eine?n?|ne|1)\s+(?:minute|viertelst"
            r"unde|moment|augenblick|sekunde)",
            r"ein\s+paar\s+minuten|(?:ein|einen)\s+(?:kurzen\s+)?moment|geht\s+ganz\s+schnell",
        ),
        why="an appointment made to sound shorter than it is",
    ),
    Family(
        "we_are",
        (r"wir\s+sind|sind\s+wir|das\s+sind\s+wir|wir\s+waren|wir\s+sind\s+seit\s+\w+(?:\s+\w+)?",),
        why="the caller's own firm as the subject of a sentence",
    ),
    Family(
        "ours",
        (r"unser\w*\s+(?:\w+\s+)?\w+|wir",),
        why="the caller's own firm or product",
    ),
    Family(
        "top_word",
        (
            r"(?:aller)?beste[nmrs]?|(?:aller)?groesste[nmrs]?|fuehrende[nmrs]?|nummer\s+(?:eins|1)",
            r"schnellste[nmrs]?|guenstigste[nmrs]?|staerkste[nmrs]?|\w*marktfuehrer|\w*fuehrer",
            r"spitzenreiter|spitze|einzigartig\w*|unschlagbar\w*|unvergleichlich\w*|weltklasse",
            r"konkurrenzlos\w*|erstklassig\w*|fortschrittlichste\w*|modernste\w*|innovativste\w*",
            r"am\s+schnellsten\s+\w+|gluecklichste\w*",
        ),
        why="superlatives: 'die Besten', 'führend', 'die Nummer eins'",
    ),
    Family(
        "boast_adj",
        (
            r"preisgekroent\w*|ausgezeichnet\w*|\w*fuehrend\w*|einzigartig\w*|revolution\w+",
            r"innovativ\w*|unschlagbar\w*|unvergleichlich\w*|legendaer\w*|herausragend\w*",
            r"ueberragend\w*|erstklassig\w*|weltklasse|patentiert\w*|exklusiv\w*|premium",
            r"spitzen\w*|genial\w*|perfekt\w*|hervorragend\w*|zertifiziert\w*|begeistert\w*",
        ),
        why="what a seller calls his own firm or product when he shows off",
    ),
    Family(
        "arena",
        (
            r"markt|branche|welt|region|land|deutschland|oesterreich|schweiz|europa|netz",
            r"internet|stadt|bereich|segment\w*|dach\s+raum|\w*raum|gewerbe|ganz\s+\w+",
        ),
        why="where a seller claims to be the best",
    ),
    Family(
        "fans",
        (r"kunden|firmen|unternehmen|betriebe|nutzer|anwender|installationen|partner",),
        why="the crowd of customers a seller boasts of",
    ),
    Family(
        "person",
        (
            r"mann|frau|mensch|unternehmer\w*|geschaeftsmann|geschaeftsfrau|chef\w*|manager",
            r"visionaer\w*|profi|experte|kenner|koepfe|kopf|persoenlichkeit\w*|fuehrungskraft",
            r"kaufmann|geschaeftsfuehrer\w*|firmenchef\w*|betrieb|unternehmen",
        ),
        why="the boss as a person to be flattered",
    ),
    Family(
        "acclaimed",
        (
            r"erfolgreich\w*|visionaer\w*|beeindruckend\w*|grossartig\w*|fantastisch\w*|toll\w*",
            r"legendaer\w*|angesehen\w*|beruehmt\w*|super|genial\w*|wunderbar\w*",
            r"vorbildlich\w*|herausragend\w*|fuehrend\w*|spitze|professionell\w*|brillant\w*",
        ),
        why="praise words aimed at the boss or his firm",
    ),
    Family(
        "must",
        (r"muessen|muesst|sollten|solltest|brauchen",),
        why="an obligation: what he has to do",
    ),
    Family(
        "no_duty",
        (
            r"nicht|nichts|keine[nmrs]?|kein|nie|wissen|gar\s+nichts|nur\s+(?:einmal|noch\s+einm"
            r"al|kurz|ein|eine)",
        ),
        why="after 'Sie müssen': a relief or a filler, not an obligation",
    ),
    Family(
        "soon",
        (
            r"heute|diese\s+woche|diesen\s+monat|bis\s+{weekday}|bis\s+ende\s+\w+",
            r"bis\s+heute\s+abend|am\s+wochenende|bis\s+morgen",
        ),
        why="a deadline close enough to hurry him",
    ),
    Family(
        "booked",
        (
            r"eingetragen|notiert|gebucht|reserviert|eingeplant|vorgemerkt|geblockt|geplant",
            r"eingeschrieben|festgemacht|fest\s+gemacht",
        ),
        why="putting a meeting in a diary",
    ),
    Family(
        "junk",
        (
            r"veraltet\w*|hoffnungslos\w*|ein\s+witz|steinzeit\w*|vorsintflutlich\w*|antik",
            r"museumsreif|schrott|muell|katastroph\w*|laienhaft|stuemper\w*|amateur\w*",
            r"dilettant\w*|unprofessionell|peinlich|laecherlich|mittelalter\w*|von\s+gestern",
            r"altmodisch|ueberholt|nutzlos|unbrauchbar|mist",
        ),
        why="belittling words for what he has now or who he works with",
    ),
    Family(
        "fool",
        (r"selber|selbst|bloed\w*|dumm\w*|verrueckt\w*|wahnsinnig|naiv|schoen\s+bloed",),
        why="what the pushy seller calls a boss who says no",
    ),
    Family(
        "sensible",
        (r"vernuenftig\w*|klug\w*|schlau\w*|intelligent\w*|ernsthaft\w*|gut\w*|normal\w*",),
        why="the 'jeder vernünftige Chef' the boss is measured against",
    ),
    Family(
        "compare",
        (r"weniger|billiger|guenstiger|schneller|kuerzer|hoeher|mehr|besser|kleiner|frueher",),
        why="a comparison word: the new way against the old",
    ),
    Family(
        "not_top",
        (r"meisten|naechste\w*|letzte\w*|erste\w*|wenigsten|mindeste\w*",),
        why="words ending like a superlative that praise nothing",
    ),
    Family(
        "act",
        (
            r"sehen|machen|tun|haben|nehmen|kaufen|wechseln|zuhoeren|handeln|unterschreiben",
            r"zugreifen|zuschlagen|bestellen|entscheiden|umsteigen",
        ),
        why="what a pushy caller tells the boss he must do",
    ),
    Family(
        "asked",
        (r"(?<!\bauch )(?<!\bja )(?<!\bihnen )(?<!\bmir )(?<!\buns )(?<!\bnoch )\b{w_question}",),
        why="a question word that starts a question ('was' after 'auch' or 'ihnen' is 'etwas')",
    ),
    Family(
        "not_asked",
        (
            r"uns\b|wir\b|ich\b|mich\b|gesagt\b|erwaehnt\b|besprochen\b",
            r"(?:\w+\s+){0,2}(?:passt|passen|ginge|geht\s+es|waere\s+es|tag|uhrzeit)\b",
        ),
        why="after a question word: a comparison ('wie uns') or a question about the date",
    ),
    Family(
        "time_talk",
        (
            r"(?:\s+(?!sie\b)\w+){0,2}\s+(?:zeit|termin\w*|passen|vorbei|lieber|naechste\w*|{weekday})",
        ),
        why="after 'Sie': the question asks for a meeting, not about his situation",
    ),
    Family(
        "filler",
        (r"aeh|aehm|oeh|hm|also|denn|eigentlich|so|mal",),
        why="a filler word heard between the words of a move",
    ),
    Family(
        "dayname",
        (r"montag|dienstag|mittwoch|donnerstag|freitag|samstag",),
        why="a day of the week, named for a meeting",
    ),
)

RULES = (
    Rule(
        name="praises his own firm",
        category="show",
        why="Typ 1: the same canned show for every 'king' — superlatives about the seller's "
        "own firm instead of the boss's needs.",
        weight=1.5,
        phrases=(
            "Marktführer",
            "Weltmarktführer",
            "führender Anbieter",
            "die Nummer eins",
            "die Nummer 1",  # as Whisper writes it
        ),
        patterns=(
            r"\b{we_are}\s+(?!nicht\b)(?:\w+\s+){0,5}?(?:die\s+|der\s+|das\s+)?{top_word}\b",
            r"\b{we_are}\s+(?!nicht\b)(?:\w+\s+){0,3}(?:der|die|das)\s+(?:\w+\s+)?(?!{not_top}\b"
            r")\w+(?:st|est)e[nmrs]?\b",
            r"\b(?:meilenweit|lichtjahre|jahre|weit|haushoch)\s+(?:\w+\s+)?(?:voraus|ueberlegen)\b"
            r"|\bder\s+konkurrenz\s+(?:\w+\s+)?(?:voraus|ueberlegen)\b",
            r"\b(?:niemand|keiner|kein\s+anderer)\s+(?:\w+\s+){0,4}(?:hat|bietet|kann)\s+(?:unse"
            r"re\w*|das\s+was\s+wir)\b",
            r"\b{ours}\s+(?:\w+\s+){0,2}(?:ist|sind|hat|haben)\s+(?!(?:\w+\s+)?nicht\b)(?:\w+"
            r"\s+){0,3}?{top_word}\b",
            r"\b(?:unser\w*|{we_are}|uns)\s+(?:\w+\s+){0,3}?{boast_adj}\b",
            r"\b(?!(?:die|den|der)\s+{not_top}\b)(?:der|die|das|den|dem)\s+(?:\w+\s+)?\w+(?:"
            r"st|est)e[nmrs]?\s+(?:\w+\s+){0,2}(?:am|auf"
            r"\s+dem|der|im|in|des)\s+(?:ganzen\s+|gesamten\s+)?{arena}\b",
            r"\b(?:einfach|wirklich|schlicht|absolut|halt)\s+(?:das|die|der)\s+(?:aller)?beste\w*"
            r"|\bdas\s+(?:aller)?beste\s+(?:punkt|ueberhaupt|was\s+es\s+gibt|vom\s+besten)\b",
            r"\b(?:kein|keiner|niemand|nichts)\s+(?:anderer\s+|andere[rs]?\s+)?(?:\w+\s+)?(?:kommt"
            r"\s+(?:da\s+)?(?:ran|heran|mit)|ist\s+besser|schlaegt\s+uns)\b",
            r"\b(?:ihres|seines)gleichen\b|\bkommt\s+(?:da\s+)?(?:kein|keiner|niemand)\s+(?:\w+\s+){0,2}(?:ran|heran)\b",
            r"\b(?:nie|nirgends)\s+(?:wieder|mehr)?\s*(?:\w+\s+){0,2}wie\s+(?:uns|unsere\w*)\b|\bw"
            r"ie\s+uns\s+finden\s+sie\b|\b(?:besser|schneller|guenstiger)\s+als\s+(?:alle|jede)",
        ),
        must_catch=(
            "Wir sind Marktführer und haben die beste Lösung, die es gibt.",
            "unsere einzigartige software ist preisgekrönt",
            "Ehrlich gesagt ist unser Service der schnellste der Branche.",
            "Da kommt kein anderer Anbieter ran.",
        ),
        must_not_catch=(
            "Wir liefern Ersatzteile am nächsten Morgen.",
            "Ehrlich gesagt: Wir sind nicht die Billigsten.",
            "Die meisten Betriebe in der Region zahlen zu viel.",
        ),
    ),
    Rule(
        name="boasts of awards and customers",
        category="show",
        why="Awards, records and crowds of happy customers are the show's props: they talk "
        "about the seller, not about what the boss gains.",
        weight=1.5,
        patterns=(
            r"\b(?:preisgekroent\w*|mehrfach\s+ausgezeichnet\w*|testsieger\w*|ausgezeichnet\s+("
            r"?:als|von|mit)|(?:zum|als)\s+\w+\s+des\s+jahres|\w+\s+des\s+jahres\s+gewaehlt)",
            r"\b(?:mehrere|viele|zahlreiche|etliche|{num})\s+(?:\w+\s+)?\w*(?:preise|awards|auszeichnungen"
            r")\b|\b(?:fuenf|5)\s+sterne\b|\bzertifiziert\s+nach\s+(?:allem|allen)\b",
            r"\b(?:tausende|hunderte|millionen|zigtausend\w*)\s+(?:von\s+)?(?:\w+\s+)?{fans}\b",
            r"\b(?:ueber|mehr\s+als|weit\s+ueber)\s+(?:\w+\s+){1,3}(?:zufriedene|begeisterte|glue"
            r"ckliche)\w*\s+{fans}\b|\b(?:ueber|mehr\s+als)\s+tausend\s+{fans}\b",
            r"\b(?:zufriedene|begeisterte|glueckliche|gluecklichsten)\w*\s+(?:kunden|nutzer)\b|\b"
            r"alle\s+(?:unsere\s+)?kunden\s+(?:\w+\s+)?(?:sagen|sind\s+(?:\w+\s+)?begeistert|lieben)",
            r"\b(?:kunden|nutzer)\s+(?:\w+\s+)?(?:lieben|vergoettern|schwaermen\s+von)\s+uns\b|\b"
            r"{num}\s+prozent\s+(?:\w+\s+)?zufriedenheit|\bzufriedenheitsquote\b",
            r"\b(?:zum|zur|als)\s+(?:besten|beste[rn]?)\s+\w+\s+(?:\w+\s+)?(?:gewaehlt|gekuert|a"
            r"usgezeichnet)\b|\bin\s+folge\s+(?:zum|zur|als)\b",
            r"\b(?:den|die|alle)\s+(?:groessten|wichtigsten|bekanntesten|fuehrenden)\s+(?:namen|"
            r"marken|player|konzerne)\b",
            r"\balle\s+(?:grossen|grossen\s+namen|top|fuehrenden)\s+(?:\w+\s+)?(?:konzerne|firmen|"
            r"namen|marken|unternehmen|player)?\b|\b(?:ueber|mehr\s+als)\s+\w+\s+firmen\s+begeist",
        ),
        must_catch=(
            "Wir haben mehrere Preise gewonnen, und Tausende zufriedene Kunden vertrauen uns.",
            "mehr als zweitausend begeisterte Kunden",
        ),
        must_not_catch=(
            "Wir betreuen 300 Zahnarztpraxen in Bayern.",
            "Das Gerät hat letztes Jahr einen Handwerkspreis gewonnen, nur zur Einordnung.",
            "Unsere Kunden sind sehr zufrieden, viele sind seit Jahren bei uns.",
        ),
    ),
    Rule(
        name="butters him up",
        category="show",
        why="Honey round the king's mouth: flattery of the boss is the show too.",
        weight=1.5,
        phrases=("ich bewundere Sie", "Ihr legendärer Ruf"),
        patterns=(
            r"\bein\w*\s+(?:\w+\s+)?{person}\s+ihre[rs]\s+(?:formats|kalibers|klasse|standings|r"
            r"anges|rufs|erfahrung|groesse)\b",
            r"\b{person}\s+wie\s+sie\b|\bsie\s+als\s+(?:\w+\s+){0,4}{acclaimed}",
            r"\beine[rm]?\s+der\s+(?:\w+\s+)?(?:erfolgreichsten|fuehrenden|besten|bekanntesten|an"
            r"gesehensten|wichtigsten)\b",
            r"\bihr\w*\s+(?:\w+\s+){0,3}(?:ist|sind|war)\s+(?:\w+\s+){0,5}?(?:{acclaimed}|bek"
            r"annt\s+als|ein\s+vorbild\w*)",
            r"\bihr\w*\s+(?:\w+\s+)?{acclaimed}\s+(?:\w+\s+)?(?:erfolg|unternehmen|firma|betrieb|w"
            r"ebsite|produkte|lebenswerk|karriere|ruf|team|leistung)\b",
            r"\bsie\s+sind\s+(?:ja\s+|doch\s+)*(?:\w+\s+){0,2}(?:ein|eine)\s+(?:\w+\s+)?{acclaime"
            r"d}\s+\w+|\bwas\s+sie\s+(?:da\s+)?aufgebaut\s+haben\b",
            r"\bwas\s+fuer\s+ein\w*\s+(?:\w+\s+)?{acclaimed}|\bsie\s+(?:da\s+)?aufgebaut\s+haben"
            r"\b|\b(?:jemand|einer|ein\s+mann|eine\s+frau|ein\s+mensch)\s+(?:\w+\s+){0,2}wie\s+sie\b",
            r"\b(?:die\s+ganze\s+(?:stadt|region|branche)|alle\s+welt)\s+(?:spricht|redet)\b|\b("
            r"?:bewundere|verehre)\b",
        ),
        must_catch=(
            "Ein so erfolgreicher Unternehmer wie Sie weiß Qualität zu schätzen.",
            "Ein Mann Ihres Formats weiß, was er will.",
            "Ihr Unternehmen ist ja in der ganzen Region legendär.",
        ),
        must_not_catch=(
            "Wie lösen Sie das heute?",
            "Betriebe wie Ihrer verlieren jeden Tag eine Stunde mit Papierkram.",
        ),
    ),
    Rule(
        name="asks how he does it today",
        category="asks_about_him",
        why="A real question about his situation: the boss is a person with needs, not an "
        "audience (partner, not king).",
        weight=1.5,
        patterns=(
            r"{asked}\s+(?!sie\b|ihr\b|ihre\w*\b|es\b|{not_asked})(?:\w+\s+){0,3}?\w+(?:n|t|st"
            r"|e|d)\s+(?:{particle}\s+)*(?:sie|ihnen|ihr|ihre[nmrs]?|euch)\b(?!{time_talk})",
            r"{asked}\s+(?!{not_asked})(?:\w+\s+){0,3}(?:bei|fuer|an|mit)\s+(?:{filler}\s+)?(?:"
            r"ihnen|sie)\b(?!{time_talk})",
            r"\b(?:fragen|wissen|erfahren|verstehen|nachfragen|hoeren)\s+(?:{filler}\s+)?(?:wie|"
            r"was|wer|welche\w*|wo|womit|wieviele?|wie\s+viele?)\s+(?:sie|ihr\w*)\b",
            r"\b(?:wie viele?|wieviele?|wie viel|welche[nmrs]?)\s+(?:\w+\s+)?(?:ihre[rnms]?|ihr)"
            r"\s+\w+\s+\w+(?:en|t)\b",
            r"\bwer\s+(?:\w+\s+){0,2}von\s+ihrer\s+seite\b|\bwie\s+(?:laeuft|lief|klappt|funkti"
            r"oniert)\s+(?:es|das)\b",
            r"{asked}\s+(?!sie\b|{not_asked})\w+\s+(?:\w+\s+){0,4}(?:ihr|ihre[nmrs]?)\s+\w+",
            r"\b(?:sind|ist|haben|machen|nutzen)\s+(?:die|der|das|ihre?\w*|sie)\s+(?:\w+\s+){0,4"
            r"}?\w+\s+oder\s+(?!nicht\b)\w+",
            r"{asked}\s+(?!sie\b|{not_asked})(?:\w+\s+){0,2}(?:ihr|ihre[nmrs]?)\s+\w+\s+\w+(?:"
            r"en|t)$",
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
            r"\b{today}\b(?:\s+\w+){0,25}?\s+(?:mit|bei)\b(?:\s+\w+){0,12}?\s+(?:{num}|{fracti"
            r"on}|{compare}|unter|am\s+selben|ohne|nur|einem|einer|kein\w*|null)\b",
            r"\b{today}\b(?:\s+\w+){0,25}?\s+(?:wir|unser\w*)\b(?:\s+\w+){0,12}?\s+(?:{fract"
            r"ion}|{compare}|unter|am\s+selben|ohne|nur)\b",
            r"\b{today}\b(?:\s+\w+){0,25}?\s+(?:darunter|drunter|die\s+haelfte\s+davon)\b|\b(?:"
            r"entfaellt|entfallen|faellt\s+weg|fallen\s+weg|wegfallen)\b",
            r"\bals\s+(?:mit|bei)?\s*(?:ihre[mnrs]?|de[mnr])\s+(?:{current}|alte[nmrs]?|bestehen"
            r"de[nmrs]?)\s+\w+",
            r"\bvon\s+(?:{today}\s+)?(?:so\s+|etwa\s+|rund\s+)?{num}\s+(?:\w+\s+){0,3}auf\s+(?:"
            r"\w+\s+){0,2}(?:{num}|null|unter|de[nm]\s+selben|denselben|selben|naechsten)\b",
            r"\b(?:haetten|bekommen|kriegen)\s+(?:sie|ihre\s+\w+)\s+(?:\w+\s+)?zurueck\b",
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
            r"etzen|setzen\s+wir\s+uns|ihrer\s+zeit|zeit\s+fuer\s+mich|(?<!fuer das )gespraech)\b",
            r"\b{dayname}\s+(?:um\s+)?{num}\s*(?:uhr)?\b|\b(?:morgen|{dayname})\s+(?:frueh|vormitt"
            r"ag|nachmittag|abend|morgen)\b|\b(?:ginge|passt|waere)\s+es\s+(?:\w+\s+)?(?:am|um)\s"
            r"+(?:{dayname}|\d+)\b",
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
            r"\b(?:vielleicht|eventuell|moeglicherweise|irgendwie|sozusagen|gewissermassen"
            r"|ungefaehr so)\b",
            r"\bein\s+(?:bisschen|bissl|wenig)\b|\bich\s+(?:glaube|denke|schaetze)\s+(?:mal\s+)"
            r"?(?:ich|wir|das|es)\s+(?:koennte|koennten|wuerde|waere)\b",
            r"\b(?:ich|i|wir)\s+(?:\w+\s+){0,3}eigentlich\b|\b(?:ich|i)\s+(?:will|wollte|wollt|m"
            r"oechte|moecht|mag|wuerde|wuerd)\s+(?:\w+\s+){0,3}(?:nur|bloss|lediglich)\b",
            r"\b(?:einfach\s+)?mal\s+(?:kurz|eben|schnell)\b|\bich\s+dachte\s+(?:mir\s+)?(?:\w+\s"
            r"+)?(?:ich|mal)\b|\bentschuldig\w*\b",
            r"\b(?:wahrscheinlich|vermutlich)\s+(?:nichts|nicht\s+(?:\w+\s+)?(?:interessant|relev"
            r"ant))\b|\bob\s+das\s+(?:\w+\s+){0,2}ueberhaupt\b",
            r"\b(?:nicht|kein\w*)\s+(?:\w+\s+){0,3}(?:zeit\s+stehlen|zeit\s+rauben|aufhalten|stoe"
            r"ren)\b|\bich\s+weiss\s+(?:ja\s+)?(?:dass\s+)?sie\s+(?:\w+\s+){0,2}(?:viel\s+zu\s+tu"
            r"n|beschaeftigt|wenig\s+zeit)",
            r"\bich\s+weiss\s+(?:\w+\s+)?nicht\s+(?:\w+\s+)?ob\b|\b(?:nur|bloss)\s+(?:eine|ein|so\s"
            r"+eine)\s+(?:kleinigkeit|kleine\w*|kurze\w*\s+frage)\b|\btut\s+mir\s+leid\b",
            r"\bhaben\s+sie\s+(?:bitte\s+)?geduld\b|\bich\s+bin\s+(?:noch\s+)?(?:\w+\s+)?neu\b|\bho"
            r"ffentlich\b|\bnicht\s+zu\s+viel\s+verlangt\b",
            r"\bnicht\s+lange\s+(?:auf|aufhalten|stoeren|belaestigen)\b|\b(?:falls|wenn)\s+es\s+"
            r"(?:ihnen\s+)?nicht\s+(?:zu\s+viel|stoert|ungelegen)\b",
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
        patterns=(
            r"(?<!nicht )(?<!keine )\b{fake_short}\b(?!(?:\s+\w+){0,3}\s+auf\s+(?:unter|{num}))",
        ),
        must_catch=("Nur fünf Minuten, versprochen.", "es geht ganz schnell"),
        must_not_catch=("Wir brauchen eine Stunde.",),
    ),
    Rule(
        name="tells him what he must do",
        category="pressure",
        why="An obligation aimed at the boss ('Sie müssen', 'Sie brauchen das') decides for him: "
        "confidence turned into arrogance.",
        weight=2.0,
        patterns=(
            r"(?<!\bwenn )(?<!\bob )(?<!\bwas )(?<!\bwie )(?<!\bfalls )\bsie\s+(?:\w+\s+)?{must}\s+"
            r"(?!(?:\w+\s+){0,4}?{no_duty}\b|wissen\b)\w+",
            r"\b(?:da|dann|das|jetzt|deshalb|darum|hier|sowas)\s+(?:muessen|sollten)\s+sie\s+(?!(?:"
            r"\w+\s+){0,4}?{no_duty}\b)(?:\w+\s+){0,5}{act}\b",
            r"\b(?:kommen\s+sie\s+nicht\s+(?:drum|herum)|fuehrt\s+kein\s+weg\s+(?:\w+\s+)?vorbei|gesetzlich"
            r"\s+vorgeschrieben|pflicht\s+fuer\s+sie|muss\s+bis\s+\w+\s+erledigt)\b",
        ),
        must_catch=(
            "Sie müssen das einfach machen, da gibt es nichts zu überlegen.",
            "sie brauchen das dringend",
            "Das müssen Sie sehen!",
        ),
        must_not_catch=(
            "Sie müssen sich nicht sofort entscheiden.",
            "Sie brauchen nichts vorzubereiten.",
            "Was müssen Sie heute alles von Hand machen?",
        ),
    ),
    Rule(
        name="hurries him",
        category="pressure",
        why="False urgency and deadlines ('nur heute', 'entscheiden Sie sich jetzt') leave the "
        "boss no time to judge the offer: pressure, not an advantage.",
        weight=2.0,
        patterns=(
            r"\bnur\s+(?:noch\s+)?{soon}\b|\b(?:angebot|preis|rabatt|aktion|sonderpreis|konditio"
            r"nen)\s+(?:\w+\s+){0,3}?(?:gilt|gelten|laeuft|endet|verfaellt|ist\s+weg)\b",
            r"\b(?:morgen|naechste\s+woche|danach|ab\s+{weekday})\s+(?:\w+\s+){0,4}?(?:weg|vorbe"
            r"i|teurer|doppelt\w*|das\s+doppelte)\b",
            r"\b(?:entscheiden|unterschreiben|sagen|greifen|schlagen|bestellen)\s+sie\s+(?:sich\s"
            r"+)?(?:\w+\s+)?(?:jetzt|sofort|heute|gleich)\b",
            r"(?<!nicht )\b(?:jetzt|sofort|heute\s+noch)\s+(?:entscheiden|zusagen|unterschreiben|"
            r"zugreifen)\b",
            r"\b(?:letzte|einmalige)\s+(?:chance|gelegenheit)\b|\b(?:chance|gelegenheit|angebot)\s"
            r"+(?:\w+\s+){0,3}(?:nicht\s+zweimal|nie\s+wieder|nur\s+einmal)\b|\bbevor\s+es\s+zu\s+"
            r"spaet\b",
            r"\bwenn\s+sie\s+(?:\w+\s+){0,3}nicht\s+(?:zugreifen|handeln|kaufen|wechseln|reagier"
            r"en|unterschreiben)\b",
        ),
        must_catch=(
            "Das Angebot gilt nur heute.",
            "nur diese woche zwanzig prozent rabatt also entscheiden sie sich jetzt",
        ),
        must_not_catch=(
            "Sie müssen sich nicht sofort entscheiden.",
            "Nächste Woche ist voll? Dann gern im Mai, es eilt überhaupt nicht.",
        ),
    ),
    Rule(
        name="books him without asking",
        category="pressure",
        why="A meeting put in his diary, or a yes assumed, takes the decision from him: "
        "presumption is pressure.",
        weight=2.0,
        patterns=(
            r"\bich\s+(?:habe|hab)\s+(?:\w+\s+){0,7}?{booked}\b|\bich\s+trage\s+(?:\w+\s+){0,5}?e"
            r"in\b|\bich\s+plane\s+(?:sie|uns)\s+(?:\w+\s+){0,3}ein\b",
            r"\bich\s+(?:nehme|werte|verbuche|betrachte)\s+das\s+(?:\w+\s+)?als\s+(?:ja|zusage)\b"
            r"|\bich\s+gehe\s+davon\s+aus\b",
            r"(?<!\bwenn )(?<!\bfalls )\bich\s+(?:komme?|bin)\s+(?!(?:\w+\s+)?gerne?\b)(?:dann\s+)"
            r"?(?:\w+\s+){0,3}(?:vorbei|um\s+{num}|zu\s+ihnen)\b(?!\s+(?:wann|wenn|wie|sobald|fa"
            r"lls))",
            r"\bsie\s+werden\s+(?:es|das|uns)\s+(?:\w+\s+)?(?:kaufen|unterschreiben|bestellen|neh"
            r"men|buchen)\b",
            r"\bich\s+bringe\s+(?:\w+\s+)?(?:den|die)\s+vertr\w+|\bwir\s+(?:fangen|starten|begin"
            r"nen)\s+(?:\w+\s+)?(?:am\s+)?{dayname}\b",
            r"\bunterschreiben\s+sie\s+(?:\w+\s+)?(?:hier|jetzt|heute|gleich|sofort)\b|\b(?:alle\s+"
            r"anderen|jeder\s+andere)\b(?:\s+\w+){0,4}\s+(?:gewechselt|umgestellt|unterschrieben)\b",
            r"\b(?:dann|und)\s+unterschreiben\s+sie\b|\bhalten\s+sie\s+sich\s+(?:\w+\s+)?bereit\b"
            r"|\bsie\s+haben\s+doch\s+(?:eh|sowieso|ohnehin)\b",
        ),
        must_catch=(
            "Ich nehme das als Ja. Ich trage uns für Donnerstag ein.",
            "Ich komme morgen früh vorbei, halten Sie sich bereit.",
        ),
        must_not_catch=(
            "Ich komme gern am Montag um acht vorbei, wenn Ihnen das passt?",
            "Nennen Sie mir einen Termin, der Ihnen passt.",
        ),
    ),
    Rule(
        name="belittles his choice",
        category="pressure",
        why="Belittling what he has now or how he judges ('veraltet', 'Sie wären verrückt') "
        "makes him small: pressure, not a comparison.",
        weight=2.0,
        patterns=(
            r"\bihr\w*\s+(?:\w+\s+){0,3}(?:ist|sind|war)\s+(?:\w+\s+){0,2}{junk}\b|\bihr\w*\s+{j"
            r"unk}\w*\s+\w+",
            r"\b(?:mitbewerber|konkurrenz|wettbewerber|anderen|die\s+anderen)\s+(?:sind|ist)\s+(?"
            r":\w+\s+){0,2}{junk}",
            r"\b(?:sind|waeren|waern|ist|seien)\s+sie\s+(?:\w+\s+)?{fool}\b|\bsie\s+(?:waeren|wa"
            r"ern|sind)\s+(?:ja\s+|doch\s+)?(?:\w+\s+)?{fool}\b",
            r"\bnur\s+(?:ein\s+)?(?:amateur|anfaenger|dilettant|narr|idiot|dummkopf|laie)\w*\b|\b(?"
            r":zockt|zocken|nimmt|nehmen)\s+sie\s+(?:\w+\s+)?(?:ab|aus)\b|\babzocke\w*\b",
            r"\bnicht\s+(?:ernsthaft|wirklich|im\s+ernst)\s+(?:\w+\s+){0,3}(?:zufrieden|wollen|gl"
            r"auben|meinen)\b|\bsagen\s+sie\s+(?:bloss\s+|jetzt\s+|mir\s+)?nicht\s+(?:dass\s+)?sie\b",
            r"\b(?:jeder|kein|keiner)\s+(?:\w+\s+)?{sensible}\s+(?:\w+\s+)?{person}\b",
            r"\bwer\s+(?:\w+\s+){0,4}(?:nicht|noch|zu\s+lange|zoegert)\s+(?:\w+\s+){0,4}?(?:hat"
            r"|ist|bleibt|verliert|zahlt|verpasst)\b",
            r"\b(?:ist|sind|waere|waeren)\s+(?:\w+\s+){0,3}(?:von\s+gestern|steinzeit\w*|hinterm\s"
            r"+mond|ein\s+dinosaurier)\b",
            r"\bgeld\s+(?:\w+\s+){0,5}(?:zum\s+fenster|verbrennen|verschwenden|verschenken|rausw"
            r"erfen|hinauswerfen)|\b(?:verschwenden|verbrennen|verschenken)\s+(?:\w+\s+){0,2}geld",
            r"\bwie\s+die\s+meisten\b|\bwahrscheinlich\s+(?:falsch|schlecht)\b|\bals\s+laie\b|\bd"
            r"amit\s+sie\s+(?:es\s+)?(?:mitkommen|folgen\s+koennen)\b|\bganz\s+langsam\b",
            r"\b(?:ein\s+)?(?:grosser\s+)?fehler\s+(?:waere|ist)\b|\bwaere\s+(?:\w+\s+)?(?:ein\s+)"
            r"?(?:\w+\s+)?fehler\b|\b(?:alles\s+andere|etwas\s+anderes)\s+(?:waere|ist)\b",
            r"\bihre\s+(?:konkurrenz|mitbewerber|wettbewerber)\s+(?:\w+\s+){0,4}(?:laengst|schon|"
            r"bereits)\b|\b(?:vom\s+(?:\w+\s+)?markt|auf\s+der\s+strecke|abgehaengt|pleite|insolvent)\b",
            r"\b(?:werden|wuerden)\s+es\s+(?!nicht\b)(?:\w+\s+)?bereuen\b|\bsich\s+(?:\w+\s+){"
            r"0,3}nicht\s+(?:leisten|entgehen)\b|\bnichts\s+zu\s+(?:ueberlegen|ueberdenken|diskutieren)\b",
            r"\bkeine\s+(?:bessere|andere|echte)\s+(?:alternative|wahl|option)\b|\bkeine\s+ausr"
            r"eden\b|\bverlieren\s+(?:\w+\s+){0,3}(?:jeden\s+tag|jeden\s+monat|taeglich)\b",
        ),
        must_catch=(
            "Ihre Anlage ist hoffnungslos veraltet.",
            "ehrlich gesagt wären Sie blöd, wenn Sie nicht kaufen",
            "Jeder vernünftige Chef würde sofort wechseln.",
        ),
        must_not_catch=(
            "Ihre jetzige Anlage läuft, wir sparen Ihnen nur zwei Stunden pro Woche.",
            "Wenn es nicht passt, ist das völlig in Ordnung.",
        ),
    ),
    Rule(
        name="does not take no",
        category="pressure",
        why="Cutting him off, not accepting his no, insisting: the boss loses the say in his "
        "own call.",
        weight=2.0,
        patterns=(
            r"\blassen\s+sie\s+mich\s+(?:\w+\s+)?(?:ausreden|erst\s+mal\s+reden|zu\s+ende)\b|\bn"
            r"icht\s+auflegen\b|\blegen\s+sie\s+(?:\w+\s+)?nicht\s+auf\b",
            r"(?<!\bvielleicht )\bhoeren\s+sie\s+(?:mir\s+)?(?:jetzt\s+|einfach\s+|erst\s+|mal\s+"
            r")+(?:\w+\s+)?zu\b|\bich\s+(?:rufe|ruf)\s+(?:\w+\s+){0,3}(?:so\s+lange|immer\s+wied"
            r"er|jeden\s+tag)\b",
            r"\b(?:akzeptiere|nehme|lasse)\s+(?:\w+\s+)?kein\s+nein\b|\bnein\s+(?:\w+\s+){0,3}(?:n"
            r"icht\s+gelten|akzeptiere\s+ich\s+nicht|zaehlt\s+nicht|gibt\s+es\s+nicht)\b",
            r"\bich\s+(?:erwarte|bestehe\s+darauf)\b|\breden\s+wir\s+nicht\s+(?:mehr\s+)?(?:drueber"
            r"|darueber|am\s+telefon)\b|\bzieren\s+sie\s+sich\b",
        ),
        must_catch=("Lassen Sie mich ausreden!", "Ich rufe so lange an, bis Sie ja sagen."),
        must_not_catch=("Ein Nein ist für mich eine gute Antwort.",),
    ),
)
