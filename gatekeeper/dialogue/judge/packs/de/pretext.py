"""Rules for pretexts (Typ 2, the liar).

Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="introduces himself",
        category="pretext",
        why='The blog\'s liar: "I only want to introduce myself" hides the sale.',
        weight=2.5,
        phrases=(
            "ich will mich nur vorstellen",
            "mich nur mal vorstellen",
            "mich nur kurz vorstellen",
            ("mich kurz vorstellen", 2.0),
            ("mich vorstellen", 1.5),
            ("kennenlernen", 1.0),
            "Höflichkeitsanruf",
            ("nur hallo sagen", 2.0),
            ("wie es so läuft", 1.5),
            "Kennenlernanruf",
            ("kennenlern", 1.0),
        ),
        must_catch=(
            "nein ich will mich nur mal bei ihnen vorstellen",
            "Nein, ich will mich nur mal bei Ihnen vorstellen.",
        ),
        must_not_catch=("ach kommen sie das sagen doch alle stellen sie mich einfach kurz durch",),
    ),
    Rule(
        name="says the boss expects the call",
        category="pretext",
        why="Claiming the boss asked for or expects the call is a made-up errand.",
        weight=2.0,
        phrases=(
            "hat mich gebeten",
            ("um Rückruf gebeten", 2.5),
            ("ihn zurückzurufen", 2.5),
            "zurückrufen",
            ("ich rufe zurück", 2.5),
            "Rückruf",
            "wollte dass ich mich melde",
            "ich soll mich melden",
            ("erwartet meinen Anruf", 2.5),
            "er erwartet mich",
            ("uns mal melden", 1.5),
            ("einfach mal melden", 1.5),
            ("er hat sich gemeldet", 1.5),
        ),
        must_catch=(
            "Ihr Chef erwartet meinen Anruf.",
            "Herr Weber erwartet meinen Anruf.",
        ),
        must_not_catch=(
            "Das sagen alle, und hinterher ärgern sie sich. Verbinden Sie mich einfach.",
        ),
    ),
    Rule(
        name="calls it private",
        category="pretext",
        why="A private or personal matter keeps the gatekeeper from asking further.",
        weight=2.5,
        phrases=(
            "das ist privat",
            ("privat", 2.0),
            "Privatsache",
            "persönliche Angelegenheit",
            ("etwas Persönliches", 2.0),
            "es ist persönlich",
            ("vertraulich", 1.2),
        ),
        must_catch=(
            "das ist privat",
            "Das ist privat, Herr Weber weiß schon Bescheid.",
        ),
        must_not_catch=(
            "Es gibt da eine Entwicklung in Ihrer Branche, über die Herr Weber Bescheid wisse"
            "n sollte.",
        ),
    ),
    Rule(
        name="an earlier contact that never was",
        category="pretext",
        why="A contact, agreement or working relationship that is not there.",
        weight=2.5,
        phrases=(
            "wir hatten bereits Kontakt",
            "wir hatten schon Kontakt",
            ("bereits Kontakt", 2.0),
            ("wir haben schon telefoniert", 2.0),
            ("wie besprochen", 1.5),
            "wir arbeiten schon zusammen",
            "wir arbeiten bereits zusammen",
            ("bestehende Zusammenarbeit", 2.0),
            ("letzten Termin", 2.0),
            "unser letztes Gespräch",
            "unserem letzten Gespräch",
            ("wie vereinbart", 2.0),
            ("wie abgesprochen", 2.0),
            ("vereinbart", 1.2),
            ("abgesprochen", 1.2),
            ("ausgemacht", 1.2),
        ),
        must_catch=(
            "Wir hatten bereits Kontakt, er kennt mich.",
            "Wir hatten doch schon Kontakt auf der Messe, er weiß Bescheid.",
        ),
        must_not_catch=("Sie haben doch gar nicht zugehört! Lassen Sie mich ausreden.",),
    ),
    Rule(
        name="claims acquaintance",
        category="pretext",
        why="Claimed acquaintance with the boss is a pretext to get through.",
        weight=2.0,
        phrases=(
            "er kennt mich",
            "ein Bekannter von",
            "ein alter Freund",
            "wir sind befreundet",
            "wir kennen uns",
            ("von der Messe", 1.5),
            "er weiß Bescheid",
            "er kennt uns",
            ("Empfehlung von", 1.2),
        ),
        must_catch=(
            "Wir hatten bereits Kontakt, er kennt mich.",
            "wir kennen uns von der messe er weiß bescheid",
        ),
        must_not_catch=("Eine Frau mit Ihrem Gespür weiß doch genau, welche Anrufe wichtig sind.",),
    ),
    Rule(
        name="a survey or study",
        category="pretext",
        why="A survey or study is the classic disguise of a sales call.",
        weight=2.0,
        phrases=(
            ("Studie", 1.5),
            ("eine kurze Umfrage", 2.5),
            "Umfrage",
            "Marktforschung",
            "Ihre Meinung hören",
            ("Ihre Meinung", 1.5),
            "Kundenzufriedenheit",
            ("Zufriedenheitsbefragung", 2.5),
            "Befragung",
            ("Qualitätssicherung", 1.5),
        ),
        must_catch=(
            "eine kurze umfrage, dauert nur zwei minuten",
            "Wir machen eine Umfrage, dauert nur zwei Minuten.",
        ),
        must_not_catch=("die Abrechnung dauert zehn Minuten statt zwei Stunden",),
    ),
    Rule(
        name="denies the sale",
        category="pretext",
        why='Denying the sale ("nothing to sell, just information") is the lie the gatekeeper tes'
        "ts for.",
        weight=2.0,
        phrases=(
            "nur eine kurze Information",
            "nur eine Information",
            ("nichts verkaufen", 2.5),
            ("keine Sorge", 1.0),
            ("nur mal hören", 1.5),
        ),
        must_catch=(
            "nur eine kurze information nichts verkaufen keine sorge",
            "ich möchte ihnen keine versicherung verkaufen, keine sorge",
        ),
        must_not_catch=(
            "Ich möchte Ihnen nichts vormachen: Ich will Ihrem Chef unsere Zeiterfassung verk"
            "aufen.",
        ),
    ),
    Rule(
        name="an errand on their account",
        category="pretext",
        why="An admin errand on their order, invoice or records that only the boss can settle.",
        weight=2.5,
        phrases=(
            "Rückfrage zu seiner Bestellung",
            ("seiner Bestellung", 1.5),
            ("Ihrer Bestellung", 1.5),
            ("seiner Anfrage", 1.5),
            "Ihr neuer Ansprechpartner",
            ("Ihr Ansprechpartner", 2.0),
            "Ihr Kundenbetreuer",
            ("Kundenbetreuer", 1.5),
            "Ihr zuständiger Berater",
            "Ihre offene Rechnung",
            ("offene Rechnung", 2.0),
            ("Stammdaten", 2.0),
            "Datenabgleich",
            "Ihre Daten aktualisieren",
            "Daten abgleichen",
            ("Rückfrage", 1.2),
            "Serviceanruf",
            "Routineanruf",
            "Kontrollanruf",
        ),
        must_catch=(
            "ich rufe wegen ihrer offenen rechnung an",
            "Es geht um seine offene Bestellung bei uns.",
        ),
        must_not_catch=("Es geht um Ihre IT.",),
    ),
    Rule(
        name="poses as an authority",
        category="pretext",
        why="Calling on behalf of a chamber or authority borrows trust that is not the caller's.",
        weight=2.0,
        phrases=(
            ("Industrie- und Handelskammer", 2.5),
            "Handelskammer",
            "Handwerkskammer",
            "IHK",
            "Berufsgenossenschaft",
            ("im Auftrag der", 1.2),
        ),
        must_catch=(
            "Ich melde mich im Auftrag der Industrie- und Handelskammer.",
            "Ich ruf im Auftrag von der Krankenkasse an, es ist dringend.",
        ),
        must_not_catch=("Gut, dann melde ich mich nicht mehr, vielen Dank und tschüss.",),
    ),
    Rule(
        name="denies selling",
        category="pretext",
        why="Denying the sale ('I'm not selling anything') is the lie the gatekeeper listens for "
        "(Typ 2); it cancels the honest reading of the same words.",
        weight=3.0,
        patterns=(
            r"\b{neg}\b{gap}\s+{sell}\b",
            r"\b{sell}\b{gap}\s+{neg}\b",
        ),
        suppresses="honest",
        must_catch=(
            "keine angst ich bin kein vertreter",
            "nein mit verkaufen hat das nichts zu tun",
        ),
        must_not_catch=(
            "Ich möchte Ihnen nichts vormachen: Ich will Ihrem Chef unsere Zeiterfassung verk"
            "aufen.",
        ),
    ),
    Rule(
        name="answers 'nein'",
        category="pretext",
        why="Starting with 'no' to 'you only want to sell me something?' leans towards the lie.",
        weight=1.0,
        patterns=(
            r"^(?:(?:oh|ach|aber|um\s+gottes\s+willen|gott|na|also|{sell})\s+)*(?:nein|ne|noe|nee|"
            r"keineswegs|auf\s+keinen\s+fall|ganz\s+und\s+gar\s+nicht|i\s+wo|mitnichten)\b",
        ),
        must_catch=(
            "nein mit verkaufen hat das nichts zu tun",
            "nein nein um verkauf geht es überhaupt nicht",
            "Keineswegs, Herr Weber, es geht um eine kostenlose Analyse.",
        ),
        must_not_catch=("Es geht um den Verkauf von Arbeitsschutzkleidung.",),
    ),
    Rule(
        name="a bare no to 'Sie wollen mir bestimmt nur etwas verkaufen?'",
        category="pretext",
        why="A bare 'no' to the suspicious question is the liar's answer (Typ 2).",
        weight=2.0,
        patterns=(
            r"^(?:(?:aber|ach|also|nein)\s+){0,2}(?:{emphasis_words}\s+)?(?:nicht|keineswegs|m"
            r"itnichten)(?:\s+(?:wirklich|doch|so|direkt|im geringsten|die spur))?$",
            "^(?:auf keinen fall|um gottes willen|gott bewahre|i wo|ach was|wo denken sie hin"
            "|ganz im gegenteil|mitnichten)$",
        ),
        must_catch=("Nein, nein, überhaupt nicht.",),
        must_not_catch=(
            "nein nein nein so schnell geb ich nicht auf hören sie mir doch erst mal zu",
        ),
    ),
    Rule(
        name="only introducing himself",
        category="pretext",
        why="'I only want to introduce myself' is the blog's liar word for word.",
        weight=2.0,
        patterns=(
            r"\bmich\b(?:\s+\w+){0,5}?\s+(?:[vf]or\s?stell\w*|vorzustellen|bekannt\s?machen)\b",
        ),
        must_catch=(
            "nee verkaufen will ich nix ich wollt nur mal hallo sagen und mich vorstellen",
            "Nein nein, ich will Ihnen nix verkaufen, ich möcht mich nur mal kurz bekannt machen.",
        ),
        must_not_catch=("Ich mach's kurz, ich möcht Ihrem Chef was verkaufen, gell.",),
    ),
    Rule(
        name="the boss asked for the call",
        category="pretext",
        why="Claiming the boss asked for the call invents an errand she cannot check.",
        weight=2.0,
        patterns=(
            r"\b(?:er|herr\s+\w+|ihr\s+chef|ihre\s+chefin|frau\s+\w+)\s+(?:hat|hatte|wollte|mo"
            r"echte|bat|sagte)\b(?:\s+\w+){0,8}?\s+(?:melde|melden|anrufe|anrufen|zurueckrufe|"
            r"zurueckrufen|zurueckzurufen|anzurufen)\b",
        ),
        must_catch=(
            "äh er hat mich gebeten dass ich zurückrufe",
            "ich rufe zurück herr weber wollte dass ich mich nochmal melde",
        ),
        must_not_catch=("In Ordnung, vielen Dank, ich melde mich vielleicht später nochmal.",),
    ),
    Rule(
        name="claims to be in charge of their account",
        category="pretext",
        why="Posing as the person in charge of their account invents a relationship.",
        weight=2.0,
        patterns=(
            r"\b(?:ich\s+bin|wir\s+sind)\b(?:\s+\w+){0,6}?\s+(?:zustaendig\s+fuer|verantwortli"
            r"ch\s+fuer)\s+(?:ihr|ihre|ihren|ihrem|ihres)\b",
        ),
        must_catch=(
            "Ich bin jetzt zuständig für Ihr Konto.",
            "wir sind seit kurzem verantwortlich für ihre wartung",
        ),
        must_not_catch=("Ich bin zuständig für den Vertrieb bei uns.",),
    ),
    Rule(
        name="claims to have met the boss",
        category="pretext",
        why="Claiming to have met or spoken with the boss borrows a closeness that is not there.",
        weight=2.0,
        patterns=(
            r"\b(?:ihren\s+chef|ihre\s+chefin|herrn\s+\w+|frau\s+\w+|ihn|den\s+chef|die\s+chef"
            r"in)\b(?:\s+\w+){0,5}?\s+(?:getroffen|kennengelernt|gesprochen|gesehen|begegnet|k"
            r"ennenlernen\s+duerfen)\b",
        ),
        must_catch=(
            "Ich hab gestern schon mit Herrn Maier gesprochen, er wartet auf meinen Rückruf.",
        ),
        must_not_catch=(
            "ähm ja das stimmt schon ich bin im vertrieb und ich will den herrn weber als kunden",
        ),
    ),
    Rule(
        name="claims to know the boss",
        category="pretext",
        why="Claimed friendship with the boss is a pretext to get past her.",
        weight=2.0,
        patterns=(r"\b\w*(?:freund|freundin|bekannter|bekannte|kollege|kollegin)\s+(?:von|vom)\b",),
        must_catch=(
            "Ich bin ein Studienfreund von Herrn Weber.",
            "Ich bin ein alter Bekannter von Frau Krause.",
        ),
        must_not_catch=("Ich will Herrn Weber was verkaufen.",),
    ),
    Rule(
        name="a personal matter",
        category="pretext",
        why="A private or personal matter shuts down her questions: the classic pretext.",
        weight=2.5,
        patterns=("{personal}",),
        must_catch=(
            "Was Privates halt.",
            "das ist was privates",
        ),
        must_not_catch=("naja er hat dann halt vorteile",),
    ),
    Rule(
        name="keeps a personal matter for the boss",
        category="pretext",
        why="A personal matter 'only for him' is the pretext at its strongest; it outweighs any v"
        "ague reading.",
        weight=3.0,
        patterns=(
            r"(?:{personal})(?:\s+\w+){0,6}?\s+(?:lieber|selbst|selber|direkt|persoenlich|unte"
            r"r\s+vier\s+augen)\b(?:\s+\w+){0,4}",
        ),
        suppresses="vague",
        must_catch=("Es ist was Persönliches, das möchte ich ihm selbst sagen.",),
        must_not_catch=("Das möchte ich ihm lieber selbst erklären.",),
    ),
    Rule(
        name="only 'nur mal'",
        category="pretext",
        why="'I just wanted to ...' plays the call down to hide its purpose.",
        weight=1.2,
        patterns=(
            r"\b(?:wollte\w*|will|moechte\w*|wuerde\w*)\b(?:\s+\w+){0,3}?\s+(?:nur|bloss)\s+"
            r"(?:mal|kurz)\b",
            # "einfach mal" plays the call down only when the call is nothing but contact
            # ("einfach mal melden"); "einfach mal ein paar Punkte durchgehen" names (vague)
            # content, it does not hide a purpose
            r"\b(?:wollte\w*|will|moechte\w*|wuerde\w*)\b(?:\s+\w+){0,3}?\s+einfach\s+(?:mal"
            r"|kurz)\s+(?:\w+\s+){0,5}?{just_saying_hello}\b",
        ),
        must_catch=(
            "Ich wollte nur kurz nachfragen, ob er meine Unterlagen bekommen hat.",
            "Ach, ich wollte mich einfach nur mal kurz bei Herrn Weber melden, wir kennen uns"
            " noch von früher.",
            "Ich wollte mich einfach mal bei Herrn Weber vorstellen.",
            "Wir wollten einfach kurz hallo sagen.",
        ),
        must_not_catch=(
            "ähm ja aber ich ruf ja extra an und hab mir die mühe gemacht jetzt lassen sie mi"
            "ch doch wenigstens kurz mit herrn weber reden",
            "Ich wollte einfach mal über seine Druckkosten sprechen.",
        ),
    ),
    Rule(
        name="claims an existing account",
        category="pretext",
        why="Calling about 'his order / his contract' claims a business that does not exist.",
        weight=2.0,
        patterns=(
            r"\b(?:wegen|zu|zur|zum|bezueglich|ueber|betreffend)\s+(?:ihre[rnms]?|seine[rnms]?"
            r")\s+(?:\w+\s+)?{their_records}\b",
        ),
        must_catch=(
            "Ich melde mich wegen seiner Anfrage von gestern.",
            "es ist nur ein kurzer service anruf zu ihrem vertrag",
        ),
        must_not_catch=("stellen sie mich trotzdem kurz zu ihrem chef durch",),
    ),
    Rule(
        name="calls on behalf of an authority",
        category="pretext",
        why="Calling in the name of a chamber or authority borrows trust that is not the caller's.",
        weight=2.5,
        patterns=(
            r"\bim\s+(?:auftrag|namen)\s+(?:der|des|vom|von\s+der)\s+(?:\w+\s+)?{chambers_and_authorities}"
            r"\b",
        ),
        suppresses="honest",
        must_catch=(
            "Ich melde mich im Auftrag der Industrie- und Handelskammer.",
            "Ich rufe im Auftrag der IHK an, es geht um eine Rückfrage zu Ihrem Betrieb.",
        ),
        must_not_catch=("es geht um einen auftrag den ich gern von ihrem chef bekommen würde",),
    ),
    Rule(
        name="a meeting that never was",
        category="pretext",
        why="An appointment or agreement with the boss that never was is a made-up errand.",
        weight=2.0,
        patterns=(
            r"\b(?:den|das|die)\s+wir\s+(?:\w+\s+)?(?:hatten|vereinbart|besprochen|ausgemacht|"
            r"abgesprochen|gefuehrt)\b",
            r"\bmit\s+mir\s+(?:\w+\s+){0,2}?(?:vereinbart|abgesprochen|ausgemacht|besprochen)\b",
        ),
        must_catch=(
            "Das hat Herr Becker mit mir persönlich so vereinbart.",
            "ähm es geht um die abstimmung vom letzten termin den wir hatten",
        ),
        must_not_catch=(
            "Es geht um einen Verkauf: Wir bieten Kantinenessen an und ich hätte gern einen T"
            "ermin bei Herrn Maier.",
        ),
    ),
    Rule(
        name="claims to be their partner already",
        category="pretext",
        why="Posing as their existing partner or adviser invents a relationship.",
        weight=2.0,
        patterns=(
            r"\b(?:ich\s+bin|wir\s+sind)\s+(?:ihr|ihre)\s+(?:\w+\s+){0,2}?{account_roles}\b(?!"
            r"\s+(?:werden|sein))",
        ),
        must_catch=(
            "wir sind ihr zuständiger partner aus der region und wollten uns einfach mal melden",
        ),
        must_not_catch=(
            "Ein Unternehmen Ihres Kalibers braucht einen Premium-Partner, und wir sind die N"
            "ummer eins.",
        ),
    ),
    Rule(
        name="returns a call that never was",
        category="pretext",
        why="Returning a call nobody made is a made-up errand.",
        weight=2.5,
        patterns=(
            r"\b(?:auf|wegen)\s+(?:seine[nms]?|ihre[nms]?)\s+(?:\w+\s+)?(?:anruf|rueckruf|nach"
            r"richt|mail|email|e\s+mail|anfrage)\w*",
            r"\bmelde\s+mich\b(?:\s+\w+){0,6}?\s+zurueck\b",
            r"\b(?:er|sie|ihr\s+chef|ihre\s+chefin|herr\s+\w+|frau\s+\w+)\s+hat\s+(?:\w+\s+){0,"
            r"3}?(?:angerufen|angefragt|geschrieben|nachricht\s+hinterlassen)\b",
        ),
        must_catch=(
            "er hat mir ne mail geschrieben dass ich mich melden soll",
            "Ich melde mich auf seinen Anruf von letzter Woche zurück.",
        ),
        must_not_catch=(
            "Danke, dass Sie so ehrlich sind. Ich melde mich dann nicht wieder, versprochen. "
            "Schönen Tag noch.",
        ),
    ),
    Rule(
        name="claims an existing relationship",
        category="pretext",
        why="'We already work together' claims a relationship that is not there.",
        weight=2.5,
        patterns=(
            r"\bwir\s+(?:arbeiten|kooperieren)\b(?:\s+(?!nicht\b|nie\b|noch\s+nicht\b)\w+){0,6"
            r"}?\s+(?:zusammen|mit\s+ihnen)\b",
            r"\b(?:bestehende|laufende|aktuelle)[nmrs]?\s+(?:\w+\s+)?(?:vertrag\w*|zusammenarb"
            r"eit|kundenbeziehung|geschaeftsbeziehung|bestellung|auftrag|kundenkonto|rahmenver"
            r"trag)\b",
        ),
        must_catch=(
            "Wir arbeiten ja schon zusammen, ich bin Ihr neuer Ansprechpartner.",
            "Wir arbeiten doch schon lange mit Ihnen zusammen, es geht um den bestehenden Vertrag.",
        ),
        must_not_catch=(
            "Sie klingen so sympathisch, mit Ihnen redet man richtig gern. Sie machen das sic"
            "her schon lange, oder?",
        ),
    ),
    Rule(
        name="only information",
        category="pretext",
        why="'Only information' hides the sale behind a harmless word.",
        weight=2.0,
        patterns=(
            r"\b(?:nur|bloss|lediglich|rein)\s+(?:\w+\s+){0,2}?(?:information\w*|infos?|austau"
            r"sch|hallo\s+sagen|guten\s+tag\s+sagen)\b",
        ),
        must_catch=(
            "es geht nur um eine information nichts weiter",
            "ich wollte nur mal hallo sagen und fragen wie es so läuft",
        ),
        must_not_catch=(
            "Ja, also, wie soll ich sagen, es geht so um, ähm, verschiedene Sachen, die man h"
            "alt mal anschauen könnte, also nichts Dramatisches, aber schon was, wo man drübe"
            "r reden sollte.",
        ),
    ),
    Rule(
        name="the boss supposedly knows",
        category="pretext",
        why="'He knows what it is about' asks her to trust a knowledge she cannot check.",
        weight=2.5,
        patterns=(
            r"\b(?:er|herr\s+\w+|frau\s+\w+|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin)\s"
            r"+weiss\s+(?:\w+\s+){0,2}?(?:bescheid|worum|was|schon|genau|das|wer)\b",
            r"\berinnert\s+sich\s+(?:\w+\s+){0,2}?an\s+(?:mich|uns)\b",
            r"\bsich\s+(?:\w+\s+){0,2}?an\s+(?:mich|uns)\s+erinner\w*",
        ),
        must_catch=(
            "Herr Maier weiß schon, worum's geht.",
            "wir kennen uns von der messe er weiß bescheid",
        ),
        must_not_catch=("aber warum denn nicht sie wissen doch gar nicht worum es geht",),
    ),
    Rule(
        name="claims to be from an authority",
        category="pretext",
        why="Posing as an office, the police or the tax authority is a pretext.",
        weight=2.5,
        patterns=(r"\b(?:vom|von\s+der|von\s+dem|beim|bei\s+der)\s+(?:\w+\s+)?{authorities}\b",),
        suppresses="honest",
        must_catch=("Ich bin vom Finanzamt, es geht um eine Prüfung.",),
        must_not_catch=("es geht um eine kooperation",),
    ),
    Rule(
        name="refers to an earlier matter",
        category="pretext",
        why="'About the matter from last week' invents a history with the boss.",
        weight=2.0,
        patterns=(
            r"\b{matter_nouns}\s+(?:von|vom|seit)\s+(?:letzter|letzten|letztem|neulich|gestern"
            r"|vorgestern|voriger|vorigen|vergangener|vergangenen|kuerzlich|montag|dienstag|mi"
            r"ttwoch|donnerstag|freitag)\b",
        ),
        must_catch=(
            "wegen der Lieferung vom letzten Dienstag",
            "Sagen Sie ihm einfach, es ist wegen der Sache von letzter Woche.",
        ),
        must_not_catch=("ja äh wie soll ich sagen das ist nicht so einfach",),
    ),
    Rule(
        name="tells her what to pass on",
        category="pretext",
        why="Telling her to pass on a made-up reference uses her as a messenger for a pretext.",
        weight=1.2,
        patterns=(
            r"\bsagen\s+sie\s+(?:ihm|ihr|herrn\s+\w+|frau\s+\w+|dem\s+chef|ihrem\s+chef)\s+(?:"
            r"\w+\s+)?(?:es|es\s+ist|es\s+geht|dass|ich)\b",
        ),
        must_catch=("Sagen Sie ihm einfach, es ist wegen der Sache von letzter Woche.",),
        must_not_catch=("ja äh wie soll ich sagen das ist nicht so einfach",),
    ),
    Rule(
        name="claims a pastime or meeting shared with the boss",
        category="pretext",
        why="A golf partner, a club, a trade fair: claimed closeness to get through.",
        weight=2.0,
        patterns=(
            r"\bich\s+kenne?\s+{the_boss_as_object}\s+(?:\w+\s+)?(?:persoenlich|gut|privat|sch"
            r"on\s+lange|seit|von|vom|aus|ueber)\b",
            r"\bwir\s+(?:\w+\s+)?(?:spielen|spielten|waren|gingen|segeln|segelten|studierten|t"
            r"rainieren|sitzen|sassen|golfen|joggen|laufen|kegeln|rudern)\s+(?:\w+\s+){0,3}?(?"
            r":zusammen|gemeinsam)\b",
            r"\b(?:golf|tennis|segel|kegel|squash|ruder|lauf)(?:club|klub|verein|partner|freun"
            r"d|kumpel|runde)\w*\b",
            r"\bim\s+(?:selben|gleichen)\s+(?:\w+\s+)?\w*(?:verein|club|klub)\b",
            r"\bwir\s+duzen\s+uns\b",
            r"\b(?:wir\s+haben\s+uns|ich\s+habe?\s+(?:ihn|sie|herrn\s+\w+|frau\s+\w+))\s+(?:(?"
            r"!nie\b|nicht\b|niemals\b)\w+\s+){0,4}?(?:getroffen|kennengelernt|kennen\s+gelern"
            r"t)\b",
            r"\b(?:von|vom|aus|seit)\s+(?:der\s+|dem\s+)?(?:\w+\s+)?(?:messe|konferenz|tagung|"
            r"kongress|seminar|event|networking|netzwerktreffen|meetup|stammtisch|workshop|sum"
            r"mit|barcamp|afterwork)\b",
        ),
        must_catch=(
            "das ist mein golfpartner, wir duzen uns",
            "wir kennen uns von der messe er weiß bescheid",
        ),
        must_not_catch=("Ihr Haus setzt ja Maßstäbe, das weiß jeder.",),
    ),
    Rule(
        name="refers to papers they supposedly sent",
        category="pretext",
        why="Referring to an order or letter the boss supposedly sent invents an errand.",
        weight=2.5,
        patterns=(
            r"\b\w*{papers}\w*\s+(?:an\s+)?(?:die|den|das|der)\s+(?:sie|er|wir|ihr\s+\w+|ihre\s"
            r"+\w+|herr\s+\w+|frau\s+\w+)\s+(?:\w+\s+){0,4}?{sent_participles}\b",
        ),
        must_catch=(
            "Es geht um den Auftrag, den er uns letzte Woche erteilt hat.",
            "es geht um die beschwerde die herr weber gestern gemeldet hat",
        ),
        must_not_catch=("Herr Weber gilt als einer der klügsten Köpfe der Branche.",),
    ),
    Rule(
        name="an admin errand on their records",
        category="pretext",
        why="Checking 'their records' or 'our database' is a disguise for a sales call.",
        weight=1.5,
        patterns=(
            r"\b{record_errand_verbs}\s+(?:\w+\s+){0,3}?\w*(?:datenbank|verzeichnis|eintrag|ei"
            r"ntraege|kartei|register|adressdaten|firmendaten|kontaktdaten)\b",
            r"\b\w*(?:datenbank|verzeichnis|eintrag|eintraege|kartei|register|adressdaten|firm"
            r"endaten|kontaktdaten)\w*\s+(?:\w+\s+){0,3}?{record_errand_infinitives}\b",
        ),
        must_catch=(
            "wir prüfen gerade die Einträge in unserer Firmendatenbank",
            "Nichts Kommerzielles, wir aktualisieren nur unser Branchenverzeichnis.",
        ),
        must_not_catch=("na toll vielen dank auch für nichts",),
    ),
    Rule(
        name="poses as someone the boss trusts",
        category="pretext",
        why="Posing as his bank, adviser, doctor or child's school borrows trust that belongs to "
        "others.",
        weight=2.0,
        patterns=(
            r"\b{calling_on_behalf}\s+(?:der\s+|die\s+|das\s+|dem\s+|des\s+)?(?:(?:sein|seine["
            r"rsnm]?|ihr|ihre[rsnm]?)\s+(?:\w+\s+)?{trusted}|{trusted}\s+(?:seines|seiner|ihre"
            r"s|ihrer))\b",
        ),
        must_catch=(
            "Hier spricht die Schule seines Sohnes.",
            "ich ruf im namen seiner krankenkasse an",
        ),
        must_not_catch=("Respekt, wie Sie das hier machen, das ist wirklich vorbildlich.",),
    ),
    Rule(
        name="calls about his account",
        category="pretext",
        why="'About his account with us' claims a business relationship that does not exist.",
        weight=2.0,
        patterns=(
            r"\bgeht\s+(?:\w+\s+)?um\s+(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+(?:\w+\s+)?{his_account}"
            r"\b",
            r"\b(?:wegen|bezueglich|betreffend)\s+(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+(?:\w"
            r"+\s+)?{his_account}\b",
            r"(?<!\bfuer\s)\b(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+(?:\w+\s+)?\w*{his_contracts}"
            r"\w*\s+(?:bei|mit)\s+uns\b(?!(?:\s+\w+){0,3}?\s+{opening_verbs}\w*)",
        ),
        must_catch=(
            "es geht um seinen vertrag bei uns",
            "Hier ist die Sparkasse, es geht um sein Konto bei uns.",
        ),
        must_not_catch=("Es geht um etwas, das für Ihre Firma interessant sein könnte.",),
    ),
    Rule(
        name="a prize draw",
        category="pretext",
        why="A prize draw the boss supposedly entered is bait, not a reason to call.",
        weight=1.2,
        patterns=(r"\b{prize}\b",),
        must_catch=(
            "er hat bei der Tombola den Hauptpreis gewonnen",
            "Ihr Chef hat bei unserer Verlosung einen Preis gewonnen.",
        ),
        must_not_catch=("Sie machen einen großen Fehler, das wird Ihr Chef bereuen.",),
    ),
    Rule(
        name="the boss supposedly won something",
        category="pretext",
        why="'He has won' is bait that only the boss may hear about.",
        weight=2.0,
        patterns=(
            r"\b{the_boss_as_subject}\s+(?:hat|hatte)\s+(?:\w+\s+){0,2}?(?:bei|beim|an|am|in|i"
            r"m|ein|eine|einen|den|die|das|etwas|was)\s+(?:\w+\s+){0,3}?(?:gewonnen|mitgemacht"
            r"|teilgenommen)\b",
            r"\b(?:er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin|herr\s+\w+|frau\s+\w"
            r"+)\s+(?:ist|wurde)\s+(?:\w+\s+){0,4}?(?:ausgelost|gezogen|gewinner\w*)\b",
            r"\b(?:bei|an)\s+(?:dem|der|denen)\s+(?:er|sie|ihr\s+chef|ihre\s+chefin|herr\s+\w+"
            r"|frau\s+\w+)\s+(?:\w+\s+){0,2}?(?:mitgemacht|teilgenommen|gewonnen)\b",
            r"\b(?:gewinn|preis|hauptgewinn|hauptpreis|gutschein)\w*\s+(?:\w+\s+){0,2}?(?:abho"
            r"len|abzuholen|einloesen|uebergeben|ueberreichen|zustellen|aushaendigen|ausliefer"
            r"n)\b",
            r"\b(?:einer?|eine[nr]?)\s+(?:unserer|der)\s+(?:\w+\s+)?gewinner\w*\b",
        ),
        must_catch=(
            "Ihr Chef wurde bei unserer Auslosung als Gewinner gezogen.",
            "Es geht um das Gewinnspiel, bei dem Ihr Chef mitgemacht hat.",
        ),
        must_not_catch=("es geht um einen auftrag den ich gern von ihrem chef bekommen würde",),
    ),
    Rule(
        name="keeps a made-up matter for the boss",
        category="pretext",
        why="A made-up matter (a bill, his account, a prize) kept 'for him personally' is a prete"
        "xt.",
        weight=3.0,
        patterns=(
            r"(?:\b(?:es\s+geht|geht\s+es|es\s+handelt\s+sich|wegen|bezueglich)\s+(?:um\s+)?(?"
            r":\w+\s+)?)?{made_up}(?:\s+\w+){0,6}?\s+(?:lieber|selbst|selber|direkt|persoenlic"
            r"h|unter\s+vier\s+augen)\b(?:\s+\w+){0,4}",
        ),
        suppresses="vague",
        must_catch=(
            "Es ist was Persönliches, das möchte ich ihm selbst sagen.",
            "es ist persönlich, das bespreche ich lieber direkt mit ihm",
        ),
        must_not_catch=("Das bespreche ich lieber direkt mit ihm.",),
    ),
    Rule(
        name="an unpaid bill",
        category="pretext",
        why="An unpaid bill or a reminder invents an errand that only the boss can settle.",
        weight=2.0,
        patterns=(
            r"\boffene\w*\s+(?:\w+\s+)?(?:rechnung|posten|betrag|forderung|zahlung|summe)\w*",
            r"\bmahnung\w*",
            r"\bzahlungsrueckstand\w*",
        ),
        must_catch=(
            "Es geht um eine Mahnung.",
            "Ich rufe wegen einer offenen Rechnung an, das muss ich mit dem Chef persönlich k"
            "lären.",
        ),
        must_not_catch=(
            "Ihr Chef ist ja eine absolute Legende in der Branche, da muss ich ihm unbedingt "
            "persönlich gratulieren und ihm was ganz Exklusives zeigen.",
        ),
    ),
    Rule(
        name="the boss supposedly picked for a prize",
        category="pretext",
        why="'He has been selected' is bait dressed as good news.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:ist|wurde|wird|hat|war)\s+(?:\w+\s+){0,6}?(?:ausgewaehlt|auserwaeh"
            r"lt|ausgesucht|nominiert|ausgelost)\b",
        ),
        suppresses="flattery",
        must_catch=(
            "Herzlichen Glückwunsch, Herr Weber wurde für ein Wellness-Wochenende ausgewählt.",
            "Ihr Chef ist für eine Gratisreise ausgelost worden, ich bräuchte nur seine Daten.",
        ),
        must_not_catch=(
            "Herzlichen Glückwunsch, Ihre Firma wurde für unser VIP-Partnerprogramm ausgewählt!",
        ),
    ),
    Rule(
        name="a free treat for the boss",
        category="pretext",
        why="A free weekend or gift for the boss is bait, not a reason for the call.",
        weight=1.2,
        patterns=(
            r"\b(?:gratis|kostenlos\w*|geschenkt\w*)\s+(?:\w+\s+)?\w*(?:wochenende|reise|urlau"
            r"b|kreuzfahrt|uebernachtung\w*|gutschein\w*|abendessen|karten|tickets?|praesentko"
            r"rb|geschenk\w*)\b",
            r"\bgratis(?:wochenende|reise|urlaub|uebernachtung|gutschein)\w*\b",
            # "als Geschenk" said, or "geschenkt" heard without its t ("Gutschein Geschenk")
            r"\b\w*(?:wochenende|urlaub|gutschein|kreuzfahrt)\w*\s+(?:\w+\s+)?(?:gratis|gesche"
            r"nkt|geschenk|umsonst|kostenlos)\b",
        ),
        must_catch=(
            "Er wurde als Gewinner ausgewählt, es gibt ein Wochenende gratis.",
            "Herr Weber hat einen Gutschein geschenkt bekommen, den möchte ich ihm übergeben.",
            "Ihr Chef bekommt ein Wellness-Wochenende als Geschenk von uns.",
        ),
        must_not_catch=(
            "Ich möchte einen Termin mit Herrn Weber, um ihm unsere Kopierer zu verkaufen.",
            "Wir verkaufen Gutscheinsysteme für Geschäfte, ich würde ihm gern eins anbieten.",
        ),
    ),
    Rule(
        name="confirms a meeting that never was",
        category="pretext",
        why="Calling to confirm an appointment that was never made is a pretext.",
        weight=2.0,
        patterns=(
            r"\b(?:unseren|unser|den|seinen|ihren)\s+(?:\w+\s+)?(?:termin|treffen|besuch|telef"
            r"ontermin|rueckruftermin)\w*\s+(?:\w+\s+){0,4}?(?:bestaetig\w*|verschieb\w*|absag"
            r"\w*|umleg\w*)\b",
            r"\b(?:bestaetig\w*|verschieb\w*)\s+(?:\w+\s+)?(?:unseren|unser|den|seinen|ihren)\s"
            r"+(?:\w+\s+)?(?:termin|treffen)\w*\b",
            r"\b(?:wegen|bezueglich|um|zu)\s+(?:unser|unseres|unserem|unseren)\s+(?:\w+\s+)?(?"
            r":termin|treffen)\w*\b",
        ),
        must_catch=(
            "ich rufe wegen unseres Termins morgen an",
            "Ich muss den Termin mit Herrn Weber leider verschieben.",
        ),
        must_not_catch=("Ich rufe an, weil ich Herrn Weber unsere Messestände verkaufen möchte.",),
    ),
    Rule(
        name="the whole answer: it is personal",
        category="pretext",
        why="An answer that is only 'personal' or 'private' shuts down her questions: the pretext.",
        weight=2.5,
        patterns=(
            r"^(?:(?:rein|ganz|eher|streng|was|etwas|sehr|ist|is)\s+)?(?:persoenlich\w*|privat"
            r"\w*)(?:\s+(?:halt|eben|quasi|eigentlich|sozusagen))?$",
        ),
        must_catch=("Privat.",),
        must_not_catch=("Es geht um etwas Geschäftliches.",),
    ),
    Rule(
        name="the boss supposedly asked for the call",
        category="pretext",
        why="'He told me to call' invents an invitation she cannot check.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+{the_boss_said}\b(?:\s+\w+){0,4}?\s+(?:ich|mich)\b(?:\s+(?!nicht\b|ni"
            r"e\b|kein\w*\b)\w+){0,7}?\s+{calling_verbs}\b",
        ),
        must_catch=(
            "er hat mir beim stammtisch gesagt dass ich ruhig mal vorbeikommen soll",
            "Frau Krause meinte auf der Messe, ich solle mich doch mal bei ihr melden.",
        ),
        must_not_catch=("Frau Krause ist für mich echt ein Role Model.",),
    ),
    Rule(
        name="a meeting to confirm",
        category="pretext",
        why="'We have a meeting I want to confirm' invents an appointment.",
        weight=2.0,
        patterns=(
            r"\b(?:wir|er|ich|herr\s+\w+|frau\s+\w+)\s+(?:haben|hatten|hat|hatte|habe|hab)\s+("
            r"?:\w+\s+){0,4}?(?:n|nen|einen|ein|den|unseren|unser)\s+\w*termin\w*\b(?:\s+\w+){0,"
            r"8}?\s+{rescheduling_verbs}\b",
        ),
        must_catch=(
            "Wir haben morgen um zehn einen Termin, den wollte ich kurz bestätigen.",
            "äh wir haben heute um drei nen termin und ich wollt den nur kurz bestätigen",
        ),
        must_not_catch=("kann ich morgen statt heute nochmal anrufen",),
    ),
    Rule(
        name="poses as their own group's staff",
        category="pretext",
        why="Posing as staff of their own group or head office is a pretext.",
        weight=2.5,
        patterns=(
            r"\b{i_am_calling_from}\s+(?:\w+\s+){0,3}?(?:(?:von|vom|aus|bei|in)\s+(?:der\s+|de"
            r"m\s+)?(?:\w+\s+){0,2}?)?(?:ihres|ihrer|eures|eurer|ihrem|eurem)\s+(?:\w+\s+)?{group_headquarters}"
            r"\b",
            r"\b(?:von|vom|aus|bei)\s+(?:der\s+)?(?:konzern|gruppen)\s*(?:it|edv|zentrale|revi"
            r"sion|leitung)\b",
        ),
        must_catch=(
            "ich ruf aus ihrer zentrale an wir brauchen kurz den herrn weber",
            "Ich komme von der Revision Ihres Mutterkonzerns und muss Herrn Weber sprechen.",
        ),
        must_not_catch=("ich bestehe darauf mit herrn weber zu sprechen",),
    ),
    Rule(
        name="an internal check of all their sites",
        category="pretext",
        why="An 'internal check of all sites' disguises a sales call as routine.",
        weight=2.0,
        patterns=(
            r"\bwir\s+(?:checken|pruefen|ueberpruefen|kontrollieren|aktualisieren|testen|gehen"
            r"|erfassen|migrieren)\s+(?:\w+\s+){0,2}?(?:alle|saemtliche)\s+(?:\w+\s+)?{their_sites}"
            r"\b",
        ),
        must_catch=(
            "wir prüfen grad alle Standorte, geben Sie mir mal den Chef",
            "Wir aktualisieren heute sämtliche Rechner im Haus, ist Herr Weber da?",
        ),
        must_not_catch=(
            "Das ist ein Fehler, den Herr Weber bereuen wird. Geben Sie mir bitte seine Durchwahl.",
        ),
    ),
    Rule(
        name="a catch-up agreed with the boss",
        category="pretext",
        why="A catch-up 'we agreed on' invents a relationship with the boss.",
        weight=2.0,
        patterns=(
            r"\bwir\s+(?:wollten|hatten\s+vor)\s+uns\s+(?:\w+\s+){0,4}?(?:zu\s+)?{catch_up_verbs}"
            r"\b",
        ),
        must_catch=(
            "wir hatten vor uns nächste woche kurz abzustimmen",
            "Wir wollten uns nach dem Event nochmal austauschen, Herr Weber und ich.",
        ),
        must_not_catch=(
            "Herr Weber könnte seine Heizkosten nach unseren Erfahrungswerten um etwa zwölf P"
            "rozent senken, das wären bei Ihrer Hallengröße rund achttausend Euro im Jahr.",
        ),
    ),
)
