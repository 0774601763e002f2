"""Rules for honest answers: the sale named.

The honest caller says it is a sales call and what he wants; the gatekeeper respects that.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="says 'as a customer'",
        category="honest",
        why="Naming the boss or the firm as a future customer is the blog's honest sentence.",
        weight=2.5,
        phrases=(
            ("als Kunden gewinnen", 3.0),
            ("als Kunde gewinnen", 3.0),
            ("als Neukunden gewinnen", 3.0),
            ("als Auftraggeber gewinnen", 3.0),
            ("Kunden für unser Unternehmen gewinnen", 3.0),
            "Ihren Chef als Kunden",
            "Ihre Firma als Kunden",
            "Sie als Kunden",
            "gern als Kunden",
            "Kunden gewinnen",
            "Neukundengewinnung",
            ("Neukunde", 2.0),
            ("neue Kunden", 2.0),
            ("Kunden suchen", 2.0),
        ),
        must_catch=(
            "neukundengewinnung",
            "Ich will Ihren Chef als Kunden gewinnen.",
        ),
        must_not_catch=(
            "Wunderbar, dass ich Sie erreiche! Ihre Firma ist einfach spitze, und unser sensa"
            "tionelles Angebot wird Ihren Chef umhauen.",
        ),
    ),
    Rule(
        name="says it is a sale",
        category="honest",
        why='Saying "sales call" or "I sell" names what the call is.',
        weight=2.5,
        phrases=(
            "Ihnen etwas verkaufen",
            ("etwas verkaufen", 2.0),
            ("was verkaufen", 2.0),
            "ein Verkaufsgespräch",
            "Verkaufsanruf",
            "Akquiseanruf",
            "ein Vertriebsanruf",
            ("Kaltakquise", 2.0),
            "ich bin im Vertrieb",
            "ich arbeite im Vertrieb",
            "ich bin Vertriebler",
            "es geht um einen Verkauf",
            "ich bin Verkäufer",
            ("ich verkaufe", 2.0),
            ("Vertriebsmitarbeiter", 2.0),
            ("Außendienst", 1.5),
            "Werbeanruf",
        ),
        must_catch=(
            "ein verkaufsanruf ja",
            "Ein Verkaufsgespräch.",
        ),
        must_not_catch=("nein nein um verkauf geht es überhaupt nicht",),
    ),
    Rule(
        name="makes an offer",
        category="honest",
        why="Offering something, a quote or a presentation is a sale named in other words.",
        weight=2.0,
        phrases=(
            "ein Angebot machen",
            "ein Angebot unterbreiten",
            "Ihnen anbieten",
            ("unsere Dienstleistung anbieten", 2.5),
            ("ein Angebot", 1.2),
            "ein Angebot schicken",
            "ein Angebot erstellen",
            ("Kostenvoranschlag", 1.5),
            ("einen Termin für eine Präsentation", 1.5),
            ("Produktvorstellung", 1.5),
            "unverbindliches Angebot",
            ("kostenloses Angebot", 1.5),
        ),
        must_catch=(
            "ein gutes Angebot: er spart zwanzig Prozent Stromkosten",
            "Ehrlich gesagt: ein Angebot. Ob das für ihn passt, soll er selbst entscheiden.",
        ),
        must_not_catch=(
            "Das entscheiden doch nicht Sie, das soll Ihr Chef schon selbst entscheiden.",
        ),
    ),
    Rule(
        name="wants to do business",
        category="honest",
        why="Wanting to work for them or become their supplier names the sale.",
        weight=2.5,
        phrases=(
            ("über einen Auftrag sprechen", 2.0),
            "mit Ihnen ins Geschäft kommen",
            "ins Geschäft kommen",
            ("eine Geschäftsbeziehung aufbauen", 2.0),
            ("für Sie arbeiten", 1.5),
            "Ihr Lieferant werden",
            "Ihr Dienstleister werden",
            ("Geschäft machen", 2.0),
            "zusammen ins Geschäft",
        ),
        must_catch=(
            "wir würden gern für sie arbeiten ich möchte ihren chef als auftraggeber gewinnen",
            "Ich bin im Vertrieb bei Logistik Huber und würde gern mit Ihrem Chef ins Geschäf"
            "t kommen.",
        ),
        must_not_catch=(
            "Ehrlich gesagt, Sie sind ein fantastisches Team und Ihr Chef ist eine Legende, i"
            "ch möchte Ihnen einfach unser Produkt vorstellen.",
        ),
    ),
    Rule(
        name="says it plainly",
        category="honest",
        why="Announcing plain talk is a weak hint of honesty that only counts beside more.",
        weight=0.8,
        phrases=(
            "ganz ehrlich",
            "ehrlich gesagt",
            "um ehrlich zu sein",
            "ich will ehrlich sein",
            "kurz und ehrlich",
            "offen gesagt",
            "offen und ehrlich",
            "direkt gesagt",
        ),
        must_catch=(
            "Ein Verkaufsgespräch, ehrlich gesagt.",
            "Ganz ehrlich: Ich möchte Herrn Weber etwas verkaufen.",
        ),
        must_not_catch=(
            "äh nein nein ich will ihnen nichts verkaufen ich möchte mich nur kurz vorstellen",
        ),
    ),
    Rule(
        name="names the sale",
        category="honest",
        why="Saying 'sale', 'Vertrieb' or 'Akquise' names what the call is; a hint that adds up w"
        "ith others.",
        weight=1.2,
        patterns=(r"\b{sell}\b",),
        must_catch=(
            "Verkauf.",
            "verkauf, ganz einfach",
        ),
        must_not_catch=(
            "Ich bewundere wirklich, was Herr Weber aufgebaut hat – dreißig Jahre Familienbet"
            "rieb, so eine Erfolgsgeschichte, ganz große Klasse, da kann man als Außenstehend"
            "er nur den Hut ziehen, und Ihr Team wirkt ja auch so motiviert und herzlich, ein"
            "fach großartig.",
        ),
    ),
    Rule(
        name="wants to sell something",
        category="honest",
        why="'I want to sell/offer ...' is the honest sentence the technique asks for.",
        weight=2.5,
        patterns=(
            r"\b(?:ich|wir)\s+(?:\w+\s+)?(?:moechte\w*|will|wollen|wollte\w*|wuerde\w*)\b(?:\s"
            r"+(?!nicht\b|nichts\b|nix\b|nie\b|niemals\b|kein\w*|aber\b|sondern\b)\w+){0,8}?\s"
            r"+{selling_verbs}\b",
        ),
        must_catch=(
            "ich will ihrem chef was verkaufen",
            "Ich will Herrn Weber was verkaufen.",
        ),
        must_not_catch=(
            "Ich, äh, ich hab so viel Gutes über Herrn Weber gehört, er soll ja, äh, ein ganz"
            " toller Chef sein.",
        ),
    ),
    Rule(
        name="says what the company does",
        category="honest",
        why="Saying what his firm sells or does answers 'what is it about?' plainly.",
        weight=1.2,
        patterns=(
            r"\bwir\s+(?:bieten|liefern|verkaufen|vertreiben|entwickeln|installieren|warten|ve"
            r"rmieten|betreuen|reinigen|beraten)\b",
        ),
        must_catch=("ähm es ist ein verkaufsgespräch wir vertreiben arbeitskleidung",),
        must_not_catch=("nein nein das ist kein verkaufsgespräch ich möchte nur informieren",),
    ),
    Rule(
        name="wants them as a customer",
        category="honest",
        why="Winning the boss or the firm as a customer is the blog's honest sentence itself.",
        weight=2.0,
        patterns=(
            r"\bals\s+(?:\w+\s+){0,2}?(?:\w*kunden?|auftraggeber|abnehmer|mandant\w*|klient\w*"
            r")\b",
            r"\b\w*kunden?\b(?:\s+\w+){0,3}?\s+(?:gewinnen|werben|akquirieren)\b",
            r"\b(?:unser|unsere)\s+(?:\w+\s+)?kunden?\s+(?:werden|wird|wuerde)\b",
        ),
        must_catch=(
            "wir wollen herrn weber als neuen customer für unser crm",
            "Ich verkaufe Telefonanlagen und will Herrn Weber als Neukunden.",
        ),
        must_not_catch=("Ich bin ein Studienfreund von Herrn Weber.",),
    ),
    Rule(
        name="names what is offered",
        category="honest",
        why="Naming 'our product / service / software' says openly that something is on offer.",
        weight=1.0,
        patterns=(r"\b(?:unsere?[nmrs]?)\s+(?:\w+\s+)?{offered_things}\b",),
        must_catch=(
            "ich rufe an weil ich ihrem chef unsere dienstleistung verkaufen möchte",
            "Ja, ich bin total begeistert von unserem Produkt und will es Ihrem Chef verkaufen!",
        ),
        must_not_catch=(
            "äh nein nein ich will ihnen nichts verkaufen ich möchte mich nur kurz vorstellen",
        ),
    ),
    Rule(
        name="offers something",
        category="honest",
        why="Offering ('anbieten') is the sale named in plain words.",
        weight=1.2,
        patterns=(r"\b(?:anbieten|anzubieten|bieten\b(?:\s+\w+){1,6}?\s+an)\b",),
        must_catch=(
            "Ich rufe an, weil ich Ihrem Geschäftsführer unsere Buchhaltungssoftware anbieten"
            " möchte.",
            "Ganz ehrlich: ich bin Verkäufer und möchte Ihrem Geschäftsführer unsere Software"
            " anbieten.",
        ),
        must_not_catch=("Ich bin ein großer Fan von Ihrem Unternehmen, ehrlich.",),
    ),
    Rule(
        name="names what the company sells",
        category="honest",
        why="'We sell/supply X' tells her the call is a sale, without disguise.",
        weight=2.0,
        patterns=(
            r"\bwir\s+(?:verkaufen|vertreiben|liefern|bieten|vermieten|installieren)\s+(?!{not_a_product_word}"
            r")\w+",
        ),
        must_catch=(
            "ähm es ist ein verkaufsgespräch wir vertreiben arbeitskleidung",
            "Wir verkaufen Firmenreisen und möchten Ihren Chef als Kunden gewinnen.",
        ),
        must_not_catch=("Ich hätte da eine Idee für Ihren Chef.",),
    ),
    Rule(
        name="names the company's trade",
        category="honest",
        why="Introducing the firm by its trade ('we are a cleaning company') is plain content.",
        weight=2.0,
        patterns=(
            r"\bwir\s+sind\s+(?:ein|eine|der|die)\s+(?:\w+\s+){0,2}?\w*(?:lieferant|anbieter|h"
            r"ersteller|haendler|dienstleister|grosshaendler|grosshandel|installateur|ausstatt"
            r"er|produzent)(?:en)?\b",
        ),
        must_catch=("wir sind ein personaldienstleister und ich hätte ihren chef gern als kunde",),
        must_not_catch=("Ich hätte da eine Idee für Ihren Chef.",),
    ),
    Rule(
        name="offers the boss something",
        category="honest",
        why="Offering the boss something in his own name is an honest sale.",
        weight=2.5,
        patterns=(
            r"\bum\s+(?:ihrem\s+chef|ihrer\s+chefin|ihnen|ihm|ihr|ihrer\s+firma|herrn\s+\w+|fr"
            r"au\s+\w+)\s+(?:\w+\s+){0,4}?anzubieten\b",
        ),
        must_catch=(
            "Ich bin von der Sparkasse, um Ihrem Chef einen Firmenkredit anzubieten.",
            "ich hätte gern einen Termin mit Herrn Weber, um ihm unsere Drucker anzubieten",
        ),
        must_not_catch=("Ich muss den Termin mit Herrn Weber leider verschieben.",),
    ),
    Rule(
        name="wants an order from them",
        category="honest",
        why="Asking for an order or a contract names the sale.",
        weight=2.0,
        patterns=(
            r"\b(?:einen|ein|nen|den)\s+(?:\w+\s+)?auftrag\b(?:\s+\w+){0,3}?\s+(?:gern|gerne)\s"
            r"+(?:\w+\s+){0,4}?(?:haette|haetten|bekommen|bekaeme|bekaemen|gewinnen|erhalten)\b",
            r"\b(?:haette|haetten|moechte|moechten|will|wollen|wuerde|wuerden)\s+(?:\w+\s+){0,"
            r"2}?(?:gern|gerne)\s+(?:\w+\s+){0,2}?(?:einen|ein|nen)\s+(?:\w+\s+)?auftr(?:a|ae)"
            r"g\w*\b",
        ),
        must_catch=(
            "es geht um einen auftrag den ich gern von ihrem chef bekommen würde",
            "Ich hätte gern einen Auftrag von Ihrer Firma, wir sind Malermeister.",
        ),
        must_not_catch=("Das würde ich gern mit dem Chef selbst klären.",),
    ),
    Rule(
        name="makes him an offer",
        category="honest",
        why="Making the boss an offer ('ein Angebot machen') is the sale named in other words.",
        weight=2.0,
        patterns=(
            # "Ihren Chef ein Angebot machen": the dative ending dropped, by the speaker or by
            # Whisper, still names whom the offer is for
            r"\b(?:ihm|ihnen|ihre[mnr]\s+\w+|herrn\s+\w+|frau\s+\w+|dem\s+\w+|der\s+\w+)\s+(?"
            r":(?!kein\w*\b|nicht\b|nichts\b)\w+\s+){0,3}?\w*angebot\w*\b(?:\s+(?!aber\b|sond"
            r"ern\b)\w+){0,5}?\s+{offer_verbs}\b",
        ),
        must_catch=(
            "i mecht eam a angebot für seine druckerei machen",
            "ich möchte herrn weber n angebot für neue firmenwagen machen",
            "Ich würde Ihren Chef gern ein Angebot für seine Kantine unterbreiten.",
        ),
        must_not_catch=("Ich bin ein Studienfreund von Herrn Weber.",),
    ),
)
