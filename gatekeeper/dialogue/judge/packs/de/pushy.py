"""Rules for pushy replies to a rejection.

After a no the caller pushes: pressure, blame, begging, going around her.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="will not take no",
        category="pushy",
        why="Insisting, arguing and not letting go after a no.",
        weight=2.0,
        phrases=(
            ("glauben Sie mir", 1.0),
            ("aber Sie haben doch", 2.5),
            ("noch gar nicht gehört", 2.5),
            "stellen Sie mich doch",
            ("hören Sie mir doch zu", 2.5),
            "hören Sie mir zu",
            "jetzt hören Sie mal",
            "warum denn nicht",
            "wieso nicht",
            ("warum nicht", 1.5),
            ("ich bestehe darauf", 2.5),
            ("versprochen", 1.2),
            "Moment Moment",
            "warten Sie doch",
            "lassen Sie mich doch",
            "geben Sie mir eine Chance",
            ("ich rufe morgen wieder an", 1.0),
            "das glaube ich nicht",
            "schon zum dritten Mal",
            ("lassen Sie mich ausreden", 2.5),
            ("ausreden", 1.5),
            ("nicht zugehört", 2.5),
            ("geben Sie sich einen Ruck", 2.5),
            ("sonst kriege ich Ärger", 2.5),
            "Ärger mit meinem Chef",
            "ich brauche diesen Termin",
            ("so schnell gebe ich nicht auf", 2.5),
            ("ich gebe nicht auf", 2.5),
            ("extra vorbereitet", 1.5),
            "abwimmeln",
            ("Sie wimmeln mich ab", 2.5),
            "Sie haben das noch gar nicht gesehen",
            "jetzt warten Sie mal",
            ("einfach ablehnen", 1.5),
            ("dann eben nicht", 1.5),
            "bleiben Sie doch bei",
            ("machen Sie weiter mit", 1.5),
            "noch nicht fertig",
        ),
        must_catch=(
            "glauben sie mir, das lohnt sich",
            "jetzt hören sie mir doch erstmal zu",
        ),
        must_not_catch=("schade na gut dann will ich nicht weiter stören einen schönen tag noch",),
    ),
    Rule(
        name="begs for minutes",
        category="pushy",
        why='Bargaining for "just two minutes" is pressure after a no.',
        weight=2.0,
        phrases=(
            ("nur fünf Minuten", 2.5),
            ("nur zwei Minuten", 2.5),
            "nur eine Minute",
            "nur ganz kurz",
            "bitte bitte",
            "das dauert nicht lange",
            "dauert wirklich nicht lange",
            ("ganz kurz", 1.5),
            ("nur kurz", 1.5),
        ),
        must_catch=(
            "aber das dauert doch nur fünf minuten bitte",
            "Das versteh ich, aber nur fünf Minuten, bitte.",
        ),
        must_not_catch=(
            "es geht um eine riesen chance wirklich was ganz großes mehr kann ich noch nicht "
            "verraten",
        ),
    ),
    Rule(
        name="demands to be put through",
        category="pushy",
        why="Demanding the boss's line or to be put through goes around her.",
        weight=1.5,
        phrases=(
            "stellen Sie mich durch",
            "verbinden Sie mich",
            ("seine Durchwahl", 1.2),
            ("seine Handynummer", 1.2),
        ),
        must_catch=(
            "Geben Sie mir doch wenigstens seine Durchwahl.",
            "Das ist ein Fehler, den Herr Weber bereuen wird. Geben Sie mir bitte seine Durchwahl.",
        ),
        must_not_catch=("Herr Weber hat mich um Rückruf gebeten.",),
    ),
    Rule(
        name="belittles her",
        category="pushy",
        why="Blaming, mocking or belittling the gatekeeper after a no.",
        weight=2.0,
        phrases=(
            ("unprofessionell", 2.5),
            ("Sie wissen doch gar nicht", 2.5),
            ("Sie wissen gar nicht worum es geht", 2.5),
            "gar nicht beurteilen",
            ("selbst entscheiden", 1.5),
            "das ist nicht Ihr Ernst",
            "wer sind Sie denn",
            "frustrierend",
            ("unverschämt", 2.5),
            "unhöflich",
            ("nicht mein Problem", 2.5),
            "Ihr Problem",
            ("Ihr Pech", 2.5),
            ("selber schuld", 2.5),
            ("selbst schuld", 2.5),
            ("so behandeln Sie", 2.5),
            "unfreundlich",
            "kurzsichtig",
            "arrogant",
            "respektlos",
            "ein Witz",
            ("Sie machen Witze", 2.5),
            ("das kann nicht Ihr Ernst sein", 2.5),
            "alten Kram",
            ("keine Ahnung", 1.5),
        ),
        must_catch=(
            "das finde ich jetzt aber echt unhöflich von ihnen",
            "Aber Sie wissen doch noch gar nicht, was ich anbiete!",
        ),
        must_not_catch=(
            "es geht um eine riesen chance wirklich was ganz großes mehr kann ich noch nicht "
            "verraten",
        ),
    ),
    Rule(
        name="threatens a loss",
        category="pushy",
        why="Threatening that the boss will lose or regret something is pressure.",
        weight=2.0,
        phrases=(
            ("Sie machen einen Fehler", 2.5),
            ("einen großen Fehler", 2.5),
            "wird sich ärgern",
            ("das werden Sie bereuen", 2.5),
            "bereuen",
            "Sie verpassen",
            "da entgeht Ihnen",
            "Geld verlieren",
            "Sie werden schon sehen",
            ("Ihre Konkurrenz", 1.5),
            ("Ihre Mitbewerber", 1.5),
            "leer ausgehen",
            ("als einzige", 1.2),
            "was Ihnen entgeht",
        ),
        must_catch=(
            "sie werden schon sehen was sie davon haben",
            "Das sagen alle, und hinterher bereuen sie es.",
        ),
        must_not_catch=("Das wird er schon sehen, es lohnt sich auf jeden Fall.",),
    ),
    Rule(
        name="sarcastic thanks",
        category="pushy",
        why="Sarcastic thanks after a no is pressure through blame.",
        weight=2.5,
        patterns=(
            r"\b(?:danke|dank)\b(?:\s+\w+){0,2}?\s+(?:fuer\s+nichts|auch)\b",
            r"\bna\s+(?:toll|super|prima|klasse|bravo|wunderbar)\b",
            r"\b(?:sehr|wirklich|echt|total)\s+(?:freundlich|nett|hilfreich|hoeflich)\s+(?:wir"
            r"klich|echt|von\s+ihnen)\b",
        ),
        suppresses="dignified",
        must_catch=(
            "na toll vielen dank auch für nichts",
            "Aha, so behandeln Sie also Anrufer. Sehr freundlich, wirklich.",
        ),
        must_not_catch=(
            "also ich muss sagen sie sind so freundlich wirklich selten so nett empfangen worden",
        ),
    ),
    Rule(
        name="orders her about",
        category="pushy",
        why="Ordering her to put him through after a no is pushy.",
        weight=1.5,
        patterns=(
            r"\b(?:lassen|hoeren|warten|geben|stellen|verbinden|holen|reichen)\s+sie\s+(?:mich"
            r"|mir|ihn|doch|mal|jetzt|trotzdem)\b",
        ),
        must_catch=(
            "Das sagen alle, und hinterher ärgern sie sich. Verbinden Sie mich einfach.",
            "Dann verbinden Sie mich wenigstens mit dem Einkauf, ich lasse nicht locker.",
        ),
        must_not_catch=("Können Sie mich einfach verbinden? Dauert nicht lange.",),
    ),
    Rule(
        name="will call again soon",
        category="pushy",
        why="Announcing to call again tomorrow, after a no, is pressure.",
        weight=1.5,
        patterns=(
            r"\b(?:morgen|uebermorgen|gleich|nachher|jeden\s+tag|taeglich|immer\s+wieder)\b(?:"
            r"\s+(?!nicht\b|nie\b|kein\w*)\w+){0,3}?\s+(?:wieder|nochmal|noch\s+mal|an)\b",
        ),
        must_catch=(
            "kann ich morgen statt heute nochmal anrufen",
            "Dann ruf ich halt jeden Tag an, bis ich ihn erwische.",
        ),
        must_not_catch=(
            "ähm er hat dann halt einfach mehr davon also es lohnt sich auf jeden fall",
        ),
    ),
    Rule(
        name="asks when the boss is there",
        category="pushy",
        why="Asking when the boss is back, after a no, goes around her.",
        weight=2.0,
        patterns=(
            r"\bwann\s+(?:ist|kommt|wird)\s+(?:er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef)\b(?"
            r":\s+\w+){0,3}?\s+(?:da|zurueck|wieder|erreichbar|im\s+haus|frei)\b",
        ),
        must_catch=(
            "nee so schnell geb ich nicht auf wann ist er denn wieder im haus",
            "nee so schnell geb ich nicht auf wann ist er denn morgen erreichbar dann ruf ich"
            " da nochmal an und übermorgen auch",
        ),
        must_not_catch=("ja gut dann will ich sie auch nicht weiter aufhalten schönen tag noch",),
    ),
    Rule(
        name="everybody buys",
        category="pushy",
        why="'Everybody needs this' argues against her no.",
        weight=2.0,
        patterns=(
            r"\b(?:jeder|jede|alle|jedes\s+unternehmen|jede\s+firma)\s+(?:kauft|kaufen|braucht"
            r"|brauchen|nutzt|nutzen)\b",
        ),
        must_catch=(
            "Das kann doch nicht Ihr Ernst sein, jeder braucht das!",
            "Ach, Sie kaufen nichts? Jeder kauft irgendwas. Also, ganz kurz:",
        ),
        must_not_catch=(
            "es geht um eine riesen chance wirklich was ganz großes mehr kann ich noch nicht "
            "verraten",
        ),
    ),
    Rule(
        name="blames her",
        category="pushy",
        why="Calling her short-sighted or unprofessional after a no is pressure through blame.",
        weight=2.0,
        patterns=(
            r"\b(?:das\s+ist|sind\s+sie)\s+(?:aber|ja|doch)?\s*(?:sehr\s+|ganz\s+schoen\s+)?(?"
            r":kurzsichtig|engstirnig|ignorant|arrogant|frech|unhoeflich|schade\s+fuer\s+sie)\b",
            r"\bverlieren\s+sie\b",
            r"\bsie\s+verlieren\b",
        ),
        must_catch=(
            "das ist aber kurzsichtig von ihnen",
            "Schon gut, schon gut, dann verlieren Sie halt Geld, ist ja nicht mein Problem.",
        ),
        must_not_catch=("naja er hat halt vorteile davon das merkt er dann schon",),
    ),
    Rule(
        name="starts with 'aber'",
        category="pushy",
        why="A reply that starts with 'but' argues against the no.",
        weight=1.2,
        patterns=(r"^aber\b",),
        must_catch=(
            "aber das dauert doch nur fünf minuten bitte",
            "Aber Sie wissen doch noch gar nicht, was ich anbiete!",
        ),
        must_not_catch=("Ja scho, aber Sie wissen ja noch gar net, was i anbiet.",),
    ),
    Rule(
        name="questions her say",
        category="pushy",
        why="Questioning her right to decide is pressure after a no.",
        weight=1.2,
        patterns=(r"\b(?:entscheid\w*|beurteil\w*)\b",),
        must_catch=(
            "Das entscheiden doch nicht Sie, das entscheidet Ihr Chef.",
            "das entscheiden doch nicht sie das soll ihr chef mal schön selber entscheiden",
        ),
        must_not_catch=(
            "ja also ähm wie soll ich sagen ich bin verkäufer bei einem softwarehaus und ich "
            "würde ihren chef halt gern als kunden gewinnen mehr steckt da nicht dahinter",
        ),
    ),
    Rule(
        name="tells her what she needs",
        category="pushy",
        why="Telling her what her firm needs argues against her no.",
        weight=2.0,
        patterns=(r"\bsie\s+brauchen\s+(?:\w+\s+)?(?:das|es|uns|so\s+was|sowas)\b",),
        must_catch=("Das sagen alle am Anfang, aber glauben Sie mir, Sie brauchen das.",),
        must_not_catch=(
            "Er wird begeistert sein, glauben Sie mir, alle unsere Kunden sind restlos begeistert!",
        ),
    ),
    Rule(
        name="challenges what she knows",
        category="pushy",
        why="'How would you know?' challenges her no.",
        weight=2.0,
        patterns=(
            r"\bwoher\s+(?:wollen|wissen|koennen)\s+sie\b",
            r"\bwie\s+(?:wollen|koennen)\s+sie\s+(?:\w+\s+){0,2}?wissen\b",
            r"\bsie\s+wissen\s+(?:(?:doch|ja|noch|gar|eigentlich)\s+){0,3}nicht\b",
        ),
        must_catch=("Woher wollen Sie denn wissen, dass Ihr Chef kein Interesse hat?",),
        must_not_catch=("Danke, dass Sie rangehen. Ich möchte Ihrem Chef Bürostühle verkaufen.",),
    ),
    Rule(
        name="threatens a complaint",
        category="pushy",
        why="Threatening a complaint about her is pressure.",
        weight=2.5,
        patterns=(
            r"\bbeschwer\w*\s+(?:mich|uns)\b",
            r"\bbeschwerde\s+(?:\w+\s+){0,3}?(?:einreichen|ein|bei|ueber)\b",
            r"\b(?:melde|melden)\s+(?:ich\s+)?(?:sie|das)\s+(?:\w+\s+)?(?:ihrem|ihrer|der|dem)"
            r"\s+(?:chef\w*|vorgesetzt\w*|geschaeftsleitung|leitung)\b",
        ),
        must_catch=("Ich beschwere mich über Sie bei Ihrer Geschäftsleitung.",),
        must_not_catch=(
            "Hier spricht die IT Ihrer Konzernzentrale, verbinden Sie mich bitte mit Herrn Weber.",
        ),
    ),
    Rule(
        name="asks for minutes",
        category="pushy",
        why="Bargaining for 'five minutes' after a no is pressure.",
        weight=1.5,
        patterns=(r"\b{num}\s+(?:minuten?|sekunden)\b",),
        must_catch=(
            "Na geh, fragen’s halt den Chef, ob er net doch fünf Minuten hat.",
            "jetzt hören sie mir doch mal zwei minuten zu das lohnt sich wirklich",
        ),
        must_not_catch=(
            "ach wissen sie jemand mit ihrer erfahrung merkt doch sofort wann sich ein gesprä"
            "ch für den chef lohnt",
        ),
    ),
    Rule(
        name="bargains",
        category="pushy",
        why="'At least ...' bargains against the no.",
        weight=0.8,
        patterns=(r"\b(?:wenigstens|zumindest)\b",),
        must_catch=(
            "Geben Sie mir doch wenigstens seine Durchwahl.",
            "Dann geben Sie mir wenigstens die Durchwahl von Ihrem Chef.",
        ),
        must_not_catch=("Ich möchte Ihrem Chef ein gutes Angebot für seine Firmenwagen machen.",),
    ),
    Rule(
        name="demands",
        category="pushy",
        why="'Give me ...' demands what she has refused.",
        weight=1.5,
        patterns=(r"\bgeben sie mir\b",),
        must_catch=(
            "Geben Sie mir doch wenigstens seine Durchwahl.",
            "Dann geben Sie mir wenigstens die Durchwahl von Ihrem Chef.",
        ),
        must_not_catch=("Ich möchte Ihrem Chef ein gutes Angebot für seine Firmenwagen machen.",),
    ),
    Rule(
        name="insisting 'doch'",
        category="pushy",
        why="An insisting 'doch' argues against the no; a hint that adds up with others.",
        weight=0.6,
        patterns=(r"\bdoch\b",),
        must_catch=(
            "aber das dauert doch nur fünf minuten bitte",
            "Geben Sie mir doch wenigstens seine Durchwahl.",
        ),
        must_not_catch=(
            "die reisekostenabrechnung dauert dann fünf minuten statt ner halben stunde pro a"
            "brechnung",
        ),
    ),
    Rule(
        name="'gar nicht'",
        category="pushy",
        why="'Not at all' in a reply to a no usually argues; a hint that adds up with others.",
        weight=0.5,
        patterns=(r"\bgar nicht\b",),
        must_catch=(
            "sie sind doch nur die zentrale sie haben das gar nicht zu entscheiden verbinden "
            "sie mich",
            "Wieso, Sie haben doch noch gar nicht mit ihm gesprochen! Geben Sie mir doch zwei"
            " Minuten.",
        ),
        must_not_catch=(
            "Danke, dass Sie so ehrlich sind. Ich melde mich dann nicht wieder, versprochen. "
            "Schönen Tag noch.",
        ),
    ),
    Rule(
        name="asks for the boss anyway",
        category="pushy",
        why="Asking for the boss anyway goes around her no.",
        weight=1.5,
        patterns=(
            r"\b(?:mit|zu)\s+(?:dem|ihrem|ihrer|der|ihren|den)\s+(?:\w+\s+)?{the_boss_nouns}\b"
            r"(?:\s+\w+){0,2}?\s+(?:sprechen|reden|verbunden|verbinden|telefonieren|durchstell"
            r"en|durchgestellt)\b",
        ),
        must_catch=(
            "Ich bestehe darauf, mit Ihrem Vorgesetzten zu sprechen.",
            "Ich muss aber trotzdem mit dem Geschäftsführer sprechen.",
        ),
        must_not_catch=("Verstehe, aber danke trotzdem.",),
    ),
    Rule(
        name="still insists",
        category="pushy",
        why="'I still have to speak to him' ignores her no.",
        weight=1.0,
        patterns=(
            r"\b(?:muss|moechte|will|brauche|wuerde|werde)\b(?:\s+\w+){0,2}?\s+(?:trotzdem|den"
            r"noch)\b",
            r"\b(?:trotzdem|dennoch)\s+(?:\w+\s+){0,4}?(?:sprechen|reden|verbinden|durchstelle"
            r"n)\b",
        ),
        must_catch=("Ich muss aber trotzdem mit dem Geschäftsführer sprechen.",),
        must_not_catch=("Verstehe, aber danke trotzdem.",),
    ),
    Rule(
        name="agrees, but argues on",
        category="pushy",
        why="'I understand, but ...' agrees in words and argues on.",
        weight=1.2,
        patterns=(
            r"^{agreeing_openers}(?:\s+\w+){0,3}?\s+aber\s+(?!okay\b|ok\b|gut\b|in\s+ordnung\b"
            r"|danke\b|trotzdem\b|schade\b|kein\s+problem\b|verstaendlich\b|alles\s+klar\b|dan"
            r"n\b|vielen\b|wenn\b)",
        ),
        must_catch=(
            "Das versteh ich, aber nur fünf Minuten, bitte.",
            "Ja scho, aber Sie wissen ja noch gar net, was i anbiet, gell.",
        ),
        must_not_catch=("Sie san scho a ganz a Liebe, gell.",),
    ),
    Rule(
        name="asks her to reconsider",
        category="pushy",
        why="Asking her to think it over again does not accept the no.",
        weight=1.5,
        patterns=(
            r"\bueberlegen\s+sie\s+(?:es|sich|das|doch|bitte|noch)\b",
            r"\bdenken\s+sie\s+(?:\w+\s+){0,3}?(?:darueber|drueber)\s+nach\b",
            r"\bgeben\s+sie\s+(?:\w+\s+){0,2}?(?:eine\s+)?chance\b",
        ),
        must_catch=(
            "Schade, aber überlegen Sie es sich doch bitte noch einmal, das lohnt sich wirklich!",
        ),
        must_not_catch=("Schade, aber ich verstehe das. Einen guten Tag noch.",),
    ),
    Rule(
        name="will not stop calling",
        category="pushy",
        why="Threatening to call every day is pressure.",
        weight=2.0,
        patterns=(
            r"\bso\s+lange\b(?:\s+\w+){0,4}?\s+bis\b",
            r"\bbis\s+ich\s+(?:\w+\s+){0,2}?(?:erreiche|erwische|spreche|dran\s+habe|durchkomm"
            r"e)\b",
        ),
        must_catch=(
            "Dann ruf ich halt jeden Tag an, bis ich ihn erwische.",
            "ähm ja dann ruf ich halt morgen nochmal an und übermorgen auch so lange bis es klappt",
        ),
        must_not_catch=(
            "ähm er hat dann halt einfach mehr davon also es lohnt sich auf jeden fall",
        ),
    ),
    Rule(
        name="insists it pays off",
        category="pushy",
        why="'It pays off, believe me' argues against the no.",
        weight=0.8,
        patterns=(r"\b(?:es|das)\s+lohnt\s+sich\b",),
        must_catch=(
            "glauben sie mir, das lohnt sich",
            "jetzt hören sie mir doch mal zwei minuten zu das lohnt sich wirklich",
        ),
        must_not_catch=("Jemand mit Ihrer Menschenkenntnis merkt doch gleich, ob sich das lohnt.",),
    ),
    Rule(
        name="lectures her",
        category="pushy",
        why="Lecturing her on how to do her job is pressure through blame.",
        weight=2.0,
        patterns=(
            r"\b(?:nicht|nie)\s+(?:mal\s+|einmal\s+|mal\s+richtig\s+)?(?:zuhoeren|zuhoert|zuho"
            r"eren|ausreden\s+lassen)\b",
            r"\bwerden\s+sie\s+nie\b",
            r"\bsie\s+werden\s+(?:\w+\s+)?nie\b",
        ),
        must_catch=("Na toll, so werden Sie nie besser, wenn Sie nicht mal zuhören.",),
        must_not_catch=("das werden sie sehen das ist einfach toll unglaublich gut",),
    ),
    Rule(
        name="denies her the decision",
        category="pushy",
        why="'That's not for you to decide' denies her the decision.",
        weight=2.0,
        patterns=(
            r"\b(?:nicht|kaum)\s+(?:\w+\s+)?(?:ihre\s+entscheidung|ihre\s+sache|ihr\s+job|ihre"
            r"\s+aufgabe)\b",
            r"\bnicht\s+sie\s+(?:\w+\s+)?(?:zu\s+)?entscheiden\b",
            r"\bentscheiden\s+(?:doch\s+|ja\s+|aber\s+)*nicht\s+sie\b",
            r"\bist\s+das\s+(?:\w+\s+)?(?:wirklich|ueberhaupt|eigentlich|denn|tatsaechlich)\s+"
            r"(?:\w+\s+)?(?:ihre\s+entscheidung|ihre\s+sache|ihr\s+job|ihre\s+aufgabe)\b",
            r"\b(?:duerfen|koennen)\s+sie\s+das\s+(?:\w+\s+)?(?:ueberhaupt|wirklich|eigentlich"
            r"|denn)\s+(?:\w+\s+)?(?:entscheiden|beurteilen|bestimmen)\b",
            r"\b(?:entscheiden|bestimmen)\s+(?:das\s+)?sie\s+(?:das\s+)?(?:wirklich|ueberhaupt"
            r"|eigentlich|allein)\b",
        ),
        must_catch=(
            "Das entscheiden doch nicht Sie, das entscheidet Ihr Chef.",
            "Das entscheiden doch nicht Sie, sondern Herr Weber, oder?",
        ),
        must_not_catch=("Herr Weber erwartet meinen Anruf.",),
    ),
    Rule(
        name="sends her back to the boss",
        category="pushy",
        why="'Just ask him' sends her back to the boss after her no.",
        weight=2.0,
        patterns=(
            r"\bfragen\s+sie\s+(?:(?:ihn|ihren\s+chef|ihre\s+chefin|herrn\s+\w+|frau\s+\w+|den"
            r"\s+chef|die\s+chefin)\s+)?(?:doch|einfach|wenigstens|trotzdem|jetzt)\b",
            r"\bfrag\s+(?:ihn\s+)?(?:doch|einfach|wenigstens|trotzdem)\b",
        ),
        must_catch=("frag ihn doch einfach",),
        must_not_catch=("verkauf, ganz einfach",),
    ),
)
