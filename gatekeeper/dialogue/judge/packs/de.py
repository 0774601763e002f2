"""German language pack.

Phrases are written in ordinary spelling and folded like the utterance (ä -> ae ...).
Patterns run on the folded, filler-free text, so they spell umlauts as ``ae``/``oe``/``ue``
and ``ß`` as ``ss``. Weights: ~2.5 a clear cue on its own, ~1.5 a typical cue, <=1 a hint
that only counts together with others.

"eigentlich" is deliberately not a filler: it carries meaning ("eigentlich will ich nichts
verkaufen"), and counting it would punish ordinary speech.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.packs import ContextFiller, Pack, Pattern
from gatekeeper.scenario.model import Language

_NUM = (
    r"(?:\d+(?:[.,]\d+)?|(?:(?:ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf"
    r"|zwanzig|dreissig|vierzig|fuenfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)"
    r"(?:und)?)+(?:e[nmrs]?)?|halbe[nmrs]?|halb|doppelt|drittel|viertel|dutzend)"
)
# a count that is a number, not an article ("ein" would match too much)
_COUNT = (
    r"(?:\d+(?:[.,]\d+)?|(?:einund)?(?:(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn"
    r"|elf|zwoelf|zwanzig|dreissig|vierzig|fuenfzig|sechzig|siebzig|achtzig|neunzig|hundert"
    r"|tausend)(?:und)?)+)"
)
_FRACTION = (
    r"(?:(?:ein|eine|einen|e|um\s+ein|um\s+die|die)\s+)?(?:haelfte|drittel|viertel|fuenftel"
    r"|sechstel|siebtel|achtel|zehntel|zwanzigstel)"
)
_UNIT = (
    r"(?:prozent|euro|eur|cent|dollar|stunden?|minuten?|sekunden?|tage?n?|arbeitstage?n?"
    r"|wochen?|monate?n?|jahre?n?|kwh|kilowattstunden)"
)
_IMPROVE = (
    r"(?:\w*senk\w*|\w*spar\w*|reduzier\w*|verringer\w*|weniger|niedriger\w*|guenstiger\w*"
    r"|billiger\w*|schneller\w*|verkuerz\w*|halbier\w*|beschleunig\w*|statt|anstatt"
    r"|vermeid\w*|entfaell\w*|entfall\w*|sink\w*|runter|seltener)"
)
_TARGET = (
    r"(?:\w*kosten|\w*zeit|\w*zeiten|\w*ausfall\w*|\w*ausfaelle|stillstand\w*|\w*stillstaende"
    r"|\w*fehler\w*|\w*aufwand|\w*aufwaende|\w*stunden|\w*verbrauch\w*|strom\w*|energie\w*"
    r"|\w*rechnung\w*|\w*gebuehr\w*|\w*ausgaben|\w*papierkram|\w*wartezeit\w*|geld|budget"
    r"|\w*gas|heiz\w*|\w*oel|sprit|diesel|\w*kraftstoff|\w*treibstoff|miete|porto|material\w*"
    r"|\w*reklamation\w*|\w*beschwerde\w*|\w*retoure\w*|\w*ausschuss)"
)
# a point in time or a span a service takes ("vier Stunden", "am nächsten Morgen")
_WHEN = (
    rf"(?:{_NUM}\s+(?:\w+\s+)?(?:stunden?|tage?n?|arbeitstage?n?|werktage?n?|wochen?|monate?n?"
    r"|minuten?)|(?:noch\s+)?(?:am\s+)?(?:naechsten|selben|gleichen|folgenden)\s+(?:tag|morgen"
    r"|werktag|vormittag|woche)|uebermorgen|ueber\s+nacht)"
)
# a service done: what a promised time is about
_SERVICE = (
    r"(?:behoben|repariert|geliefert|ausgeliefert|zugestellt|versandt|verschickt|erledigt"
    r"|ausgetauscht|ersetzt|beantwortet|geloest|installiert|bearbeitet|vor\s+ort|da|liefern"
    r"|reparieren|beheben|tauschen|antworten|zurueckrufen|wieder\s+\w+)"
)
_WITHIN = (
    rf"(?:innerhalb|binnen|in\s+unter|in\s+weniger\s+als)\s+(?:von\s+)?(?:{_COUNT}|einer?|einem|eines)"
    r"\s+(?:stunden?|tage?[ns]?|werktage?[ns]?|arbeitstage?[ns]?|wochen?|minuten?)"
)
# the boss, as the subject of a sentence ("sie" is left out: it is also "Sie")
_BOSS = (
    r"(?:er|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin|herr\s+\w+|frau\s+\w+"
    r"|ihr\s+geschaeftsfuehrer|ihre\s+geschaeftsfuehrerin)"
)

# words that turn the next words around ("nicht in Ordnung"); "nichts" and "nix" are objects
# ("gar nichts, nur Informationen") and only count as barriers inside a phrase
_NEGATORS = ("nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals")
_NEGATIONS = (*_NEGATORS, "nichts", "nix")
_NEG = rf"(?:{'|'.join(_NEGATIONS)})"
_SELL = (
    r"\w*(?:verkauf|verkaeuf|vertrieb|vertreter|werbung|akquise|akquis|aufschwatz|andreh"
    r"|kommerz)\w*"
)
# superlatives: the common ones by stem, the rest by an adjective ending before "-ste"
_SUPERLATIVE = (
    r"\b(?:(?:aller)?(?:best|groesst|hoechst|modernst|innovativst|erfolgreichst|staerkst"
    r"|schnellst|guenstigst|effizientest|leistungsstaerkst|fortschrittlichst"
    r"|zuverlaessigst|sensationellst|genialst|tollst|schoenst)e[nmrs]?"
    r"|\w{3,}(?:iv|ig|lich|ell|isch|bar|sam|haft|ent|ant|ert|ern)e?ste[nmrs]?)\b"
)
# a personal or private matter: the pretext that keeps the gatekeeper from asking further
_PERSONAL = (
    r"\b(?:persoenlich|privat)\w*\s+(?:\w+\s+)?(?:sache|angelegenheit|thema|grund|anliegen)\b"
    r"|\b(?:etwas|was)\s+(?:ganz\s+)?(?:persoenliches|privates)\b"
    r"|\b(?:es|das)\s+ist\s+(?:\w+\s+)?(?:persoenlich|privat)\b"
)
# someone the boss already trusts with his money, health or family: posing as one of them is
# a pretext ("im Auftrag seiner Hausbank"), selling their kind of service is not
_TRUSTED = (
    r"(?:\w*bank|sparkasse|\w*kasse|\w*versicherung|versicherer|\w*makler\w*|steuerberat\w*"
    r"|steuerbuero\w*|\w*kanzlei|\w*anwalt\w*|\w*anwaelt\w*|notar\w*|buchhalt\w*"
    r"|wirtschaftspruef\w*|finanzberat\w*|vermoegensberat\w*|finanzamt\w*|\w*arzt\w*|\w*aerzt\w*"
    r"|\w*praxis|klinik\w*|krankenhaus\w*|schule|kita|kindergarten|hausverwaltung|vermieter\w*)"
)
# what such a party holds for him: only someone he already deals with calls about it
_HIS_ACCOUNT = r"(?:\w*konto|kontos|konten|police|depot\w*|befund\w*|\w*untersuchung)"
# a prize draw the boss supposedly entered
_PRIZE = (
    r"(?:gewinnspiel\w*|verlosung\w*|preisausschreiben\w*|tombola\w*|lotterie\w*|auslosung\w*"
    r"|gewinnaktion\w*|preisraetsel\w*|gluecksspiel\w*)"
)
# a made-up matter that only the boss may hear about: a bill, his account, a prize
_MADE_UP = (
    rf"(?:{_PERSONAL}|\boffene\w*\s+(?:\w+\s+)?(?:rechnung|posten|betrag|forderung|zahlung"
    rf"|summe)\w*|\bmahnung\w*|\bzahlungsrueckstand\w*|\b{_PRIZE}"
    rf"|\b(?:sein|seine[nmrs]?)\s+(?:\w+\s+)?(?:{_HIS_ACCOUNT}|vertrag\w*|versicherung))"
)
# words between a negation and "verkaufen" that still belong to the same clause
_GAP = r"(?:\s+(?!ich\b|wir\b|aber\b|sondern\b|doch\b)\w+){0,4}?"

PACK = Pack(
    language=Language.de,
    phrases={
        "honest": (
            ("als Kunden gewinnen", 3.0),
            ("als Kunde gewinnen", 3.0),
            ("als Neukunden gewinnen", 3.0),
            ("als Auftraggeber gewinnen", 3.0),
            ("Kunden für unser Unternehmen gewinnen", 3.0),
            ("Ihren Chef als Kunden", 2.5),
            ("Ihre Firma als Kunden", 2.5),
            ("Sie als Kunden", 2.5),
            ("gern als Kunden", 2.5),
            ("Kunden gewinnen", 2.5),
            ("Ihnen etwas verkaufen", 2.5),
            ("etwas verkaufen", 2.0),
            ("was verkaufen", 2.0),
            ("ein Verkaufsgespräch", 2.5),
            ("Verkaufsanruf", 2.5),
            ("Akquiseanruf", 2.5),
            ("ein Vertriebsanruf", 2.5),
            ("Kaltakquise", 2.0),
            ("ich bin im Vertrieb", 2.5),
            ("ich arbeite im Vertrieb", 2.5),
            ("ich bin Vertriebler", 2.5),
            ("ein Angebot machen", 2.0),
            ("ein Angebot unterbreiten", 2.0),
            ("Ihnen anbieten", 2.0),
            ("unsere Dienstleistung anbieten", 2.5),
            ("es geht um einen Verkauf", 2.5),
            ("über einen Auftrag sprechen", 2.0),
            ("mit Ihnen ins Geschäft kommen", 2.5),
            ("ins Geschäft kommen", 2.5),
            ("eine Geschäftsbeziehung aufbauen", 2.0),
            ("für Sie arbeiten", 1.5),
            ("ganz ehrlich", 0.8),
            ("ehrlich gesagt", 0.8),
            ("um ehrlich zu sein", 0.8),
            ("ich will ehrlich sein", 0.8),
            ("kurz und ehrlich", 0.8),
            # the sale named in other words: offers, quotes, becoming their supplier
            ("ein Angebot", 1.2),
            ("ein Angebot schicken", 2.0),
            ("ein Angebot erstellen", 2.0),
            ("Kostenvoranschlag", 1.5),
            ("Ihr Lieferant werden", 2.5),
            ("Ihr Dienstleister werden", 2.5),
            ("ich bin Verkäufer", 2.5),
            ("ich verkaufe", 2.0),
            ("Vertriebsmitarbeiter", 2.0),
            ("Außendienst", 1.5),
            ("Werbeanruf", 2.5),
            ("Neukundengewinnung", 2.5),
            ("Neukunde", 2.0),
            ("Geschäft machen", 2.0),
            ("zusammen ins Geschäft", 2.5),
            ("einen Termin für eine Präsentation", 1.5),
            ("Produktvorstellung", 1.5),
            ("offen gesagt", 0.8),
            ("offen und ehrlich", 0.8),
            ("direkt gesagt", 0.8),
            ("neue Kunden", 2.0),
            ("Kunden suchen", 2.0),
            ("unverbindliches Angebot", 2.0),
            ("kostenloses Angebot", 1.5),
        ),
        "pretext": (
            ("ich will mich nur vorstellen", 2.5),
            ("mich nur mal vorstellen", 2.5),
            ("mich nur kurz vorstellen", 2.5),
            ("mich kurz vorstellen", 2.0),
            ("mich vorstellen", 1.5),
            ("kennenlernen", 1.0),
            ("hat mich gebeten", 2.0),
            ("um Rückruf gebeten", 2.5),
            ("ihn zurückzurufen", 2.5),
            ("zurückrufen", 2.0),
            ("ich rufe zurück", 2.5),
            ("Rückruf", 2.0),
            ("wollte dass ich mich melde", 2.0),
            ("das ist privat", 2.5),
            ("privat", 2.0),
            ("Privatsache", 2.5),
            ("persönliche Angelegenheit", 2.5),
            ("etwas Persönliches", 2.0),
            ("es ist persönlich", 2.5),
            ("wir hatten bereits Kontakt", 2.5),
            ("wir hatten schon Kontakt", 2.5),
            ("bereits Kontakt", 2.0),
            ("er kennt mich", 2.0),
            ("ein Bekannter von", 2.0),
            ("ein alter Freund", 2.0),
            ("wir sind befreundet", 2.0),
            ("ich soll mich melden", 2.0),
            ("Studie", 1.5),
            ("wir kennen uns", 2.0),
            ("von der Messe", 1.5),
            ("er weiß Bescheid", 2.0),
            ("wir haben schon telefoniert", 2.0),
            ("wie besprochen", 1.5),
            ("eine kurze Umfrage", 2.5),
            ("Umfrage", 2.0),
            ("Marktforschung", 2.0),
            ("nur eine kurze Information", 2.0),
            ("nur eine Information", 2.0),
            ("nichts verkaufen", 2.5),
            ("keine Sorge", 1.0),
            ("Höflichkeitsanruf", 2.5),
            ("nur hallo sagen", 2.0),
            ("wie es so läuft", 1.5),
            ("Rückfrage zu seiner Bestellung", 2.5),
            ("seiner Bestellung", 1.5),
            ("Ihrer Bestellung", 1.5),
            ("seiner Anfrage", 1.5),
            ("Ihre Meinung hören", 2.0),
            ("Ihre Meinung", 1.5),
            ("erwartet meinen Anruf", 2.5),
            ("er erwartet mich", 2.0),
            # an existing relationship that is not there: colleague, contract, invoice, meeting
            ("wir arbeiten schon zusammen", 2.5),
            ("wir arbeiten bereits zusammen", 2.5),
            ("bestehende Zusammenarbeit", 2.0),
            ("Ihr neuer Ansprechpartner", 2.5),
            ("Ihr Ansprechpartner", 2.0),
            ("Ihr Kundenbetreuer", 2.5),
            ("Kundenbetreuer", 1.5),
            ("Ihr zuständiger Berater", 2.5),
            ("Ihre offene Rechnung", 2.5),
            ("offene Rechnung", 2.0),
            ("Stammdaten", 2.0),
            ("Datenabgleich", 2.5),
            ("Ihre Daten aktualisieren", 2.5),
            ("Daten abgleichen", 2.5),
            ("Rückfrage", 1.2),
            ("Serviceanruf", 2.5),
            ("Routineanruf", 2.5),
            ("Kontrollanruf", 2.5),
            ("Kundenzufriedenheit", 2.0),
            ("Zufriedenheitsbefragung", 2.5),
            ("Befragung", 2.0),
            ("Qualitätssicherung", 1.5),
            ("letzten Termin", 2.0),
            ("unser letztes Gespräch", 2.5),
            ("unserem letzten Gespräch", 2.5),
            ("wie vereinbart", 2.0),
            ("wie abgesprochen", 2.0),
            ("vereinbart", 1.2),
            ("abgesprochen", 1.2),
            ("ausgemacht", 1.2),
            ("Kennenlernanruf", 2.5),
            ("kennenlern", 1.0),
            ("uns mal melden", 1.5),
            ("einfach mal melden", 1.5),
            ("nur mal hören", 1.5),
            ("Industrie- und Handelskammer", 2.5),
            ("Handelskammer", 2.0),
            ("Handwerkskammer", 2.0),
            ("IHK", 2.0),
            ("Berufsgenossenschaft", 2.0),
            ("im Auftrag der", 1.2),
            ("er hat sich gemeldet", 1.5),
            ("er kennt uns", 2.0),
            ("Empfehlung von", 1.2),
            ("vertraulich", 1.2),
        ),
        "flattery": (
            ("absoluter Marktführer", 2.0),
            ("Marktführer", 1.5),
            ("die Nummer eins", 1.5),
            ("einmalige Gelegenheit", 2.0),
            ("einmalige Chance", 2.0),
            ("einmaliges Angebot", 2.0),
            ("exklusives Angebot", 2.0),
            ("nur für ausgewählte", 2.0),
            ("ausgewählte Kunden", 2.0),
            ("ausgewählte Firmen", 2.0),
            ("ausgewählte Unternehmen", 2.0),
            ("das Beste am Markt", 2.0),
            ("das Beste auf dem Markt", 2.0),
            ("weltweit führend", 1.5),
            ("führender Anbieter", 1.5),
            ("wunderbare Stimme", 2.0),
            ("sympathische Stimme", 2.0),
            ("glücklich schätzen", 2.0),
            ("nur das Beste", 2.0),
            ("renommiertes Haus", 2.0),
            ("renommiertes Unternehmen", 2.0),
            ("ein tolles Unternehmen", 2.0),
            ("hervorragenden Ruf", 2.0),
            ("so beeindruckend", 1.5),
            ("so erfolgreich", 1.5),
            ("das es je gab", 1.5),
            ("etwas ganz Besonderes", 1.5),
            ("ein Angebot das Sie nicht ablehnen können", 2.0),
            ("Sie werden begeistert sein", 1.5),
            ("ein Unternehmen wie Ihres", 1.0),
            ("eine Firma wie Ihre", 1.0),
            ("nur heute", 1.5),
            # hype, prizes and compliments (Typ 1: the show)
            ("Herzlichen Glückwunsch", 2.0),
            ("Sie wurden ausgewählt", 2.0),
            ("Sie haben gewonnen", 2.0),
            ("exklusiv für Sie", 2.0),
            ("nur für Sie", 1.5),
            ("das nächste Level", 2.0),
            ("next Level", 2.0),
            ("Hidden Champion", 2.0),
            ("Role Model", 1.5),
            ("stellen Sie sich vor", 1.5),
            ("restlos begeistert", 2.0),
            ("alle sind begeistert", 2.0),
            ("das wird ihn umhauen", 2.0),
            ("das Beste was", 1.2),
            ("nur diese Woche", 1.5),
            ("nur noch heute", 1.5),
            ("Sonderangebot", 1.5),
            ("Sonderpreis", 1.5),
            ("Vorzugspreis", 1.5),
            ("Aktionspreis", 1.5),
            ("Sie klingen so sympathisch", 2.0),
            ("so sympathisch", 1.5),
            ("ein super Team", 1.5),
            ("ein tolles Team", 1.5),
            ("Sie sind bekannt für", 1.5),
            ("von Ihrer Firma gehört", 1.2),
            ("so viel Gutes", 1.5),
            ("eine Firma Ihrer Klasse", 2.0),
            ("ein Unternehmen Ihrer Klasse", 2.0),
            ("verdient das Beste", 2.0),
            ("auf keinen Fall entgehen lassen", 2.0),
            ("nicht entgehen lassen", 1.5),
            ("Ruf in der Branche", 1.5),
            ("in der Branche bekannt", 1.5),
            ("einen hervorragenden Ruf", 2.0),
        ),
        "vague": (
            ("es geht um eine Sache", 2.0),
            ("um eine Sache", 1.5),
            ("eine Angelegenheit", 1.2),
            ("eher geschäftlich", 2.0),
            ("geschäftlich", 1.5),
            ("geschäftliche Angelegenheit", 2.0),
            ("am Telefon schwer zu erklären", 2.5),
            ("schwer zu erklären", 2.0),
            ("lieber persönlich besprechen", 2.0),
            ("mit ihm persönlich besprechen", 2.0),
            ("persönlich besprechen", 2.0),
            ("mögliche Zusammenarbeit", 2.0),
            ("Zusammenarbeit", 1.5),
            ("Kooperation", 1.5),
            ("Partnerschaft", 1.2),
            ("verschiedene Themen", 2.0),
            ("verschiedene Dinge", 2.0),
            ("ein bisschen kompliziert", 2.0),
            ("kompliziert", 1.5),
            ("schwierig", 1.2),
            ("direkt mit ihm besprechen", 2.0),
            ("lieber direkt mit ihm", 2.0),
            ("um ein Projekt", 1.5),
            ("um ein Thema", 1.5),
            ("ein Thema", 1.2),
            ("interessieren könnte", 1.5),
            ("das kann ich Ihnen so nicht sagen", 2.0),
            ("das kann ich nicht sagen", 2.0),
            ("etwas für die Geschäftsleitung", 2.0),
            ("für die Geschäftsführung", 1.5),
            ("viele Vorteile", 1.5),
            ("Vorteile", 1.0),
            ("das erkläre ich ihm selbst", 2.0),
            ("eine Idee", 1.2),
            ("ein Anliegen", 1.2),
            # a topic without content: business, processes, "hard to say"
            ("etwas Geschäftliches", 2.0),
            ("ein geschäftliches Thema", 2.0),
            ("ein betriebliches Thema", 2.0),
            ("Optimierung", 1.2),
            ("Optimierungspotenzial", 1.5),
            ("Potenzial", 1.0),
            ("Ihre Prozesse", 1.5),
            ("bezüglich", 1.0),
            ("hinsichtlich", 1.0),
            ("im weitesten Sinne", 1.5),
            ("im Allgemeinen", 1.2),
            ("so allgemein", 1.2),
            ("allgemein", 1.0),
            ("eine längere Geschichte", 2.0),
            ("eine lange Geschichte", 2.0),
            ("schwer zu sagen", 2.0),
            ("schwer sagen", 1.5),
            ("schlecht sagen", 1.5),
            ("unter vier Augen", 2.0),
            ("das sage ich ihm lieber selbst", 2.0),
            ("lieber direkt", 1.5),
            ("lieber persönlich", 1.5),
            ("persönlich klären", 1.5),
            ("interessant sein könnte", 2.0),
            ("interessieren dürfte", 2.0),
            ("interessant", 1.0),
            ("strategische Themen", 1.5),
            ("strategisch", 1.2),
            ("das kommt darauf an", 1.5),
            ("kommt drauf an", 1.5),
            ("im Detail anschauen", 1.5),
            ("das merkt er dann", 1.5),
            ("wird er schon sehen", 1.5),
        ),
        "dignified": (
            ("verstehe", 1.2),
            ("ich verstehe", 1.2),
            ("verstanden", 1.2),
            ("danke für Ihre Offenheit", 2.0),
            ("danke für Ihre Zeit", 2.0),
            ("vielen Dank", 1.2),
            ("danke", 1.0),
            ("schönen Tag noch", 2.0),
            ("einen schönen Tag", 2.0),
            ("schönes Wochenende", 2.0),
            ("alles Gute", 1.5),
            ("auf Wiederhören", 1.5),
            ("tschüss", 1.2),
            ("kein Problem", 1.5),
            ("in Ordnung", 1.2),
            ("alles klar", 1.0),
            ("das respektiere ich", 2.0),
            ("nicht weiter stören", 2.0),
            ("schade", 0.8),
            ("trotzdem danke", 1.5),
            ("bis bald", 1.0),
            ("falls sich etwas ändert", 1.5),
            ("wenn sich etwas ändert", 1.5),
            ("meine Kontaktdaten", 1.0),
            ("ich wünsche Ihnen", 1.5),
            ("gut zu wissen", 1.0),
            ("einen guten Tag", 2.0),
            ("völlig okay", 1.5),
            ("kein Thema", 1.5),
            ("wenn es recht ist", 1.2),
            # accepting, thanking, leaving; one calm question at most
            ("nichts für ungut", 2.0),
            ("machen Sie es gut", 2.0),
            ("machen Sie's gut", 2.0),
            ("Wiederhören", 1.5),
            ("servus", 1.2),
            ("ciao", 1.0),
            ("schönen Tag", 2.0),
            ("eine gute Woche", 1.5),
            ("kann ich nachvollziehen", 2.0),
            ("nachvollziehen", 1.5),
            ("das akzeptiere ich", 2.0),
            ("akzeptiere", 1.5),
            ("respektiere", 1.5),
            ("ein andermal", 1.5),
            ("ein anderes Mal", 1.5),
            ("besserer Zeitpunkt", 1.5),
            ("nicht länger aufhalten", 2.0),
            ("alles gut", 1.2),
            ("danke fürs Zuhören", 2.0),
            ("darf ich fragen", 1.2),
            ("bedanke mich", 1.5),
            ("passt", 0.8),
            ("gute Antwort", 1.0),
        ),
        "pushy": (
            # pressure only in a reply to a rejection; in a pitch it is mere emphasis
            ("glauben Sie mir", 1.0),
            ("aber Sie haben doch", 2.5),
            ("noch gar nicht gehört", 2.5),
            ("nur fünf Minuten", 2.5),
            ("nur zwei Minuten", 2.5),
            ("nur eine Minute", 2.0),
            ("nur ganz kurz", 2.0),
            ("bitte bitte", 2.0),
            ("stellen Sie mich doch", 2.0),
            ("stellen Sie mich durch", 1.5),
            ("verbinden Sie mich", 1.5),
            ("hören Sie mir doch zu", 2.5),
            ("hören Sie mir zu", 2.0),
            ("jetzt hören Sie mal", 2.0),
            ("unprofessionell", 2.5),
            ("Sie machen einen Fehler", 2.5),
            ("einen großen Fehler", 2.5),
            ("wird sich ärgern", 2.0),
            ("warum denn nicht", 2.0),
            ("wieso nicht", 2.0),
            ("warum nicht", 1.5),
            ("ich bestehe darauf", 2.5),
            ("das dauert nicht lange", 2.0),
            ("dauert wirklich nicht lange", 2.0),
            ("versprochen", 1.2),
            ("Moment Moment", 2.0),
            ("warten Sie doch", 2.0),
            ("Sie wissen doch gar nicht", 2.5),
            ("Sie wissen gar nicht worum es geht", 2.5),
            ("gar nicht beurteilen", 2.0),
            ("das werden Sie bereuen", 2.5),
            ("bereuen", 2.0),
            ("selbst entscheiden", 1.5),
            ("lassen Sie mich doch", 2.0),
            ("geben Sie mir eine Chance", 2.0),
            ("das ist nicht Ihr Ernst", 2.0),
            ("wer sind Sie denn", 2.0),
            ("Sie verpassen", 2.0),
            ("da entgeht Ihnen", 2.0),
            ("ich rufe morgen wieder an", 1.0),
            ("das glaube ich nicht", 2.0),
            ("frustrierend", 2.0),
            ("unverschämt", 2.5),
            ("unhöflich", 2.0),
            ("schon zum dritten Mal", 2.0),
            ("seine Durchwahl", 1.2),
            ("seine Handynummer", 1.2),
            # blame, sarcasm, not letting go
            ("nicht mein Problem", 2.5),
            ("Ihr Problem", 2.0),
            ("Ihr Pech", 2.5),
            ("selber schuld", 2.5),
            ("selbst schuld", 2.5),
            ("Geld verlieren", 2.0),
            ("Sie werden schon sehen", 2.0),
            ("so behandeln Sie", 2.5),
            ("unfreundlich", 2.0),
            ("lassen Sie mich ausreden", 2.5),
            ("ausreden", 1.5),
            ("nicht zugehört", 2.5),
            ("ganz kurz", 1.5),
            ("nur kurz", 1.5),
            ("geben Sie sich einen Ruck", 2.5),
            ("sonst kriege ich Ärger", 2.5),
            ("Ärger mit meinem Chef", 2.0),
            ("ich brauche diesen Termin", 2.0),
            ("kurzsichtig", 2.0),
            ("arrogant", 2.0),
            ("respektlos", 2.0),
            ("Ihre Konkurrenz", 1.5),
            ("Ihre Mitbewerber", 1.5),
            ("leer ausgehen", 2.0),
            ("als einzige", 1.2),
            ("so schnell gebe ich nicht auf", 2.5),
            ("ich gebe nicht auf", 2.5),
            ("extra vorbereitet", 1.5),
            ("abwimmeln", 2.0),
            ("Sie wimmeln mich ab", 2.5),
            ("Sie haben das noch gar nicht gesehen", 2.0),
            ("jetzt warten Sie mal", 2.0),
            ("einfach ablehnen", 1.5),
            ("ein Witz", 2.0),
            ("Sie machen Witze", 2.5),
            ("das kann nicht Ihr Ernst sein", 2.5),
            ("alten Kram", 2.0),
            ("dann eben nicht", 1.5),
            ("bleiben Sie doch bei", 2.0),
            ("machen Sie weiter mit", 1.5),
            ("was Ihnen entgeht", 2.0),
            ("keine Ahnung", 1.5),
            ("noch nicht fertig", 2.0),
        ),
        "benefit": (
            ("Kosten senken", 1.0),
            ("Kosten sparen", 1.0),
            ("Zeit sparen", 1.0),
            ("weniger Ausfallzeiten", 1.0),
            ("weniger Aufwand", 1.0),
            ("weniger Fehler", 1.0),
            ("doppelt so schnell", 1.0),
            ("halb so teuer", 1.0),
            ("amortisiert sich", 1.0),
            ("rechnet sich in", 1.0),
            ("mehr Umsatz", 1.0),
            ("am nächsten Tag geliefert", 1.0),
            ("innerhalb von 24 Stunden", 1.0),
            ("am selben Tag", 0.6),
            ("über Nacht geliefert", 1.0),
        ),
    },
    patterns=(
        Pattern(
            "pretext",
            "denies selling",
            rf"\b{_NEG}\b{_GAP}\s+{_SELL}\b|\b{_SELL}\b{_GAP}\s+{_NEG}\b",
            3.0,
            suppresses="honest",
        ),
        Pattern("pretext", "answers 'nein'", r"^(?:nein|ne|noe)\b", 1.0),
        Pattern(
            "pretext",
            "a bare no to 'Sie wollen mir bestimmt nur etwas verkaufen?'",
            r"^(?:(?:aber|ach|also|nein)\s+){0,2}(?:(?:natuerlich|ganz|absolut|ueberhaupt|sicher|"
            r"bestimmt|gar|eigentlich|doch)\s+)?(?:nicht|keineswegs|mitnichten)(?:\s+(?:wirklich|"
            r"doch|so|direkt|im geringsten|die spur))?$|^(?:auf keinen fall|um gottes willen|"
            r"gott bewahre|i wo|ach was|wo denken sie hin|ganz im gegenteil|mitnichten)$",
            2.0,
        ),
        Pattern(
            "pretext",
            "only introducing himself",
            r"\bmich\b(?:\s+\w+){0,5}?\s+(?:[vf]or\s?stell\w*|vorzustellen|bekannt\s?machen)\b",
            2.0,
        ),
        Pattern("honest", "names the sale", rf"\b{_SELL}\b", 1.2),
        Pattern(
            "honest",
            "wants to sell something",
            r"\b(?:ich|wir)\s+(?:\w+\s+)?(?:moechte\w*|will|wollen|wollte\w*|wuerde\w*)\b"
            r"(?:\s+(?!nicht\b|nichts\b|nix\b|nie\b|niemals\b|kein\w*|aber\b|sondern\b)\w+){0,8}?"
            r"\s+(?:verkaufen|anbieten|andrehen|liefern|beliefern|vermieten|installieren)\b",
            2.5,
        ),
        Pattern(
            "honest",
            "says what the company does",
            r"\bwir\s+(?:bieten|liefern|verkaufen|vertreiben|entwickeln|installieren|warten"
            r"|vermieten|betreuen|reinigen|beraten)\b",
            1.2,
        ),
        Pattern(
            "honest",
            "wants them as a customer",
            r"\bals\s+(?:\w+\s+){0,2}?(?:\w*kunden?|auftraggeber|abnehmer|mandant\w*|klient\w*)\b"
            r"|\b\w*kunden?\b(?:\s+\w+){0,3}?\s+(?:gewinnen|werben|akquirieren)\b"
            r"|\b(?:unser|unsere)\s+(?:\w+\s+)?kunden?\s+(?:werden|wird|wuerde)\b",
            2.0,
        ),
        Pattern(
            "honest",
            "names what is offered",
            r"\b(?:unsere?[nmrs]?)\s+(?:\w+\s+)?(?:\w*produkte?n?|\w*dienstleistung\w*|leistungen"
            r"|\w*software|\w*loesung\w*|\w*service\w*|\w*systeme?|\w*maschinen?|\w*geraete?n?"
            r"|\w*vertraege?n?|\w*tarife?|\w*angebote|\w*sortiment)\b",
            1.0,
        ),
        Pattern(
            "pretext",
            "the boss asked for the call",
            r"\b(?:er|herr\s+\w+|ihr\s+chef|ihre\s+chefin|frau\s+\w+)\s+(?:hat|hatte|wollte|moechte"
            r"|bat|sagte)\b(?:\s+\w+){0,8}?\s+(?:melde|melden|anrufe|anrufen|zurueckrufe"
            r"|zurueckrufen|zurueckzurufen|anzurufen)\b",
            2.0,
        ),
        Pattern(
            "honest",
            "offers something",
            r"\b(?:anbieten|anzubieten|bieten\b(?:\s+\w+){1,6}?\s+an)\b",
            1.2,
        ),
        Pattern(
            "flattery",
            "superlative",
            _SUPERLATIVE,
            0.8,
        ),
        Pattern(
            "flattery",
            "claims to be the best anywhere",
            rf"{_SUPERLATIVE}(?:\s+\w+){{0,3}}?\s+(?:am markt|auf dem markt|der welt|weltweit"
            r"|der branche|ueberhaupt|aller zeiten|in deutschland|in europa|das es gibt|die es gibt"
            r"|den es gibt)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to be in charge of their account",
            r"\b(?:ich\s+bin|wir\s+sind)\b(?:\s+\w+){0,6}?\s+(?:zustaendig\s+fuer|verantwortlich"
            r"\s+fuer)\s+(?:ihr|ihre|ihren|ihrem|ihres)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "compliments her",
            r"\b(?:schoene|tolle|nette|angenehme|sympathische|wunderbare|wunderschoene|freundliche)"
            r"\s+stimme\b|\bist\s+(?:\w+\s+)?(?:klasse|spitze|der\s+hammer|ein\s+traum)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to have met the boss",
            r"\b(?:ihren\s+chef|ihre\s+chefin|herrn\s+\w+|frau\s+\w+|ihn|den\s+chef|die\s+chefin)\b"
            r"(?:\s+\w+){0,5}?\s+(?:getroffen|kennengelernt|gesprochen|gesehen|begegnet"
            r"|kennenlernen\s+duerfen)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "claims to know the boss",
            r"\b\w*(?:freund|freundin|bekannter|bekannte|kollege|kollegin)\s+(?:von|vom)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "a personal matter",
            _PERSONAL,
            2.5,
        ),
        Pattern(
            "pretext",
            "keeps a personal matter for the boss",
            rf"(?:{_PERSONAL})(?:\s+\w+){{0,6}}?\s+(?:lieber|selbst|selber|direkt|persoenlich"
            r"|unter\s+vier\s+augen)\b(?:\s+\w+){0,4}",
            3.0,
            suppresses="vague",
        ),
        Pattern(
            "pretext",
            "only 'nur mal'",
            r"\b(?:wollte\w*|will|moechte\w*|wuerde\w*)\b(?:\s+\w+){0,3}?\s+(?:nur|bloss|einfach)"
            r"\s+(?:mal|kurz)\b",
            1.2,
        ),
        # --- pressure after a "no": sarcasm, orders, soon-again calls, going around her
        Pattern(
            "pushy",
            "sarcastic thanks",
            r"\b(?:danke|dank)\b(?:\s+\w+){0,2}?\s+(?:fuer\s+nichts|auch)\b"
            r"|\bna\s+(?:toll|super|prima|klasse|bravo|wunderbar)\b"
            r"|\b(?:sehr|wirklich|echt|total)\s+(?:freundlich|nett|hilfreich|hoeflich)"
            r"\s+(?:wirklich|echt|von\s+ihnen)\b",
            2.5,
            suppresses="dignified",
        ),
        Pattern(
            "pushy",
            "orders her about",
            r"\b(?:lassen|hoeren|warten|geben|stellen|verbinden|holen|reichen)\s+sie\s+(?:mich|mir"
            r"|ihn|doch|mal|jetzt|trotzdem)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "will call again soon",
            r"\b(?:morgen|uebermorgen|gleich|nachher|jeden\s+tag|taeglich|immer\s+wieder)\b"
            r"(?:\s+(?!nicht\b|nie\b|kein\w*)\w+){0,3}?\s+(?:wieder|nochmal|noch\s+mal|an)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "asks when the boss is there",
            r"\bwann\s+(?:ist|kommt|wird)\s+(?:er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef)\b"
            r"(?:\s+\w+){0,3}?\s+(?:da|zurueck|wieder|erreichbar|im\s+haus|frei)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "everybody buys",
            r"\b(?:jeder|jede|alle|jedes\s+unternehmen|jede\s+firma)\s+(?:kauft|kaufen|braucht"
            r"|brauchen|nutzt|nutzen)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "blames her",
            r"\b(?:das\s+ist|sind\s+sie)\s+(?:aber|ja|doch)?\s*(?:sehr\s+|ganz\s+schoen\s+)?"
            r"(?:kurzsichtig|engstirnig|ignorant|arrogant|frech|unhoeflich|schade\s+fuer\s+sie)\b"
            r"|\bverlieren\s+sie\b|\bsie\s+verlieren\b",
            2.0,
        ),
        # --- a pretext of an existing relationship, an authority or an admin errand
        Pattern(
            "pretext",
            "claims an existing account",
            r"\b(?:wegen|zu|zur|zum|bezueglich|ueber|betreffend)\s+(?:ihre[rnms]?|seine[rnms]?)\s+"
            r"(?:\w+\s+)?(?:rechnung|vertrag|vertrags\w*|bestellung|lieferung|konto|anfrage"
            r"|reklamation|stammdaten|daten|kundendaten|kundennummer|account|police|mitgliedschaft"
            r"|abo\w*|termin)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "calls on behalf of an authority",
            r"\bim\s+(?:auftrag|namen)\s+(?:der|des|vom|von\s+der)\s+(?:\w+\s+)?(?:ihk|\w*kammer"
            r"|\w*verband\w*|\w*ministerium\w*|\w*behoerde|\w*amt\w*|berufsgenossenschaft|stadt"
            r"|gemeinde|bundes\w*|landes\w*|industrie\w*)\b",
            2.5,
            suppresses="honest",
        ),
        Pattern(
            "pretext",
            "a meeting that never was",
            r"\b(?:den|das|die)\s+wir\s+(?:\w+\s+)?(?:hatten|vereinbart|besprochen|ausgemacht"
            r"|abgesprochen|gefuehrt)\b"
            r"|\bmit\s+mir\s+(?:\w+\s+){0,2}?(?:vereinbart|abgesprochen|ausgemacht|besprochen)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "claims to be their partner already",
            r"\b(?:ich\s+bin|wir\s+sind)\s+(?:ihr|ihre)\s+(?:\w+\s+){0,2}?(?:ansprechpartner\w*"
            r"|betreuer\w*|berater\w*|partner\w*|kundenbetreuer\w*|dienstleister|lieferant"
            r"|vertreter|gebietsleiter\w*)\b(?!\s+(?:werden|sein))",
            2.0,
        ),
        Pattern("pushy", "starts with 'aber'", r"^aber\b", 1.2),
        Pattern("pushy", "questions her say", r"\b(?:entscheid\w*|beurteil\w*)\b", 1.2),
        Pattern(
            "pushy",
            "tells her what she needs",
            r"\bsie\s+brauchen\s+(?:\w+\s+)?(?:das|es|uns|so\s+was|sowas)\b",
            2.0,
        ),
        Pattern(
            "dignified",
            "accepts her decision",
            r"\b(?:das\s+ist|ist\s+ja|bleibt|respektiere|akzeptiere)\s+"
            r"(?:(?!nicht\b|kaum\b|gar\b)\w+\s+){0,2}?(?:ihre|eure|deine)\s+entscheidung\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "challenges what she knows",
            r"\bwoher\s+(?:wollen|wissen|koennen)\s+sie\b|\bwie\s+(?:wollen|koennen)\s+sie\s+"
            r"(?:\w+\s+){0,2}?wissen\b|\bsie\s+wissen\s+(?:(?:doch|ja|noch|gar|eigentlich)\s+){0,3}nicht\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "threatens a complaint",
            r"\bbeschwer\w*\s+(?:mich|uns)\b|\bbeschwerde\s+(?:\w+\s+){0,3}?(?:einreichen|ein"
            r"|bei|ueber)\b|\b(?:melde|melden)\s+(?:ich\s+)?(?:sie|das)\s+(?:\w+\s+)?"
            r"(?:ihrem|ihrer|der|dem)\s+(?:chef\w*|vorgesetzt\w*|geschaeftsleitung|leitung)\b",
            2.5,
        ),
        Pattern("pushy", "asks for minutes", rf"\b{_NUM}\s+(?:minuten?|sekunden)\b", 1.5),
        Pattern("pushy", "bargains", r"\b(?:wenigstens|zumindest)\b", 0.8),
        Pattern("pushy", "demands", r"\bgeben sie mir\b", 1.5),
        Pattern(
            "dignified",
            "will call again later",
            r"\bmelde\s+(?:ich\s+)?mich\b(?:\s+\w+){0,5}?\s+(?:wieder|nochmal|noch\s+mal|noch\s+einmal)\b",
            1.5,
        ),
        Pattern("pushy", "insisting 'doch'", r"\bdoch\b", 0.6),
        Pattern("pushy", "'gar nicht'", r"\bgar nicht\b", 0.5),
        Pattern(
            "dignified",
            "asks once to call again",
            r"\b(?:darf|kann|koennte)\s+ich\b(?:\s+\w+){0,8}?\s+(?:melden|anrufen)\b",
            1.5,
        ),
        Pattern(
            "benefit",
            "a cost cut by a fraction",
            rf"\b{_TARGET}\b(?:\s+\w+){{0,8}}?\s+(?:um\s+)?(?:ein\s+drittel|ein\s+viertel"
            rf"|die\s+haelfte|{_NUM}\s+prozent)\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "pays a fraction",
            r"\b(?:zahlen|bezahlen|kostet|kosten)\s+(?:\w+\s+){0,3}?(?:nur\s+)?(?:noch\s+)?"
            r"(?:die\s+)?(?:haelfte|weniger|ein\s+drittel|ein\s+viertel)\b",
            1.2,
        ),
        Pattern(
            "benefit",
            "a cost or time put in figures",
            rf"\b{_TARGET}\b(?:\s+\w+){{0,3}}?\s+{_NUM}(?:\s+{_NUM})*\s+{_UNIT}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "improvement of a cost",
            rf"\b{_IMPROVE}\b(?:\s+\w+){{0,5}}?\s+{_TARGET}(?:\s+{_TARGET})?\b"
            rf"|\b{_TARGET}\b(?:\s+\w+){{0,5}}?\s+{_IMPROVE}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "quantity",
            rf"\b{_NUM}(?:\s+{_NUM})*\s+(?:(?:volle|ganze|zusaetzliche|extra)[nmrs]?\s+)?{_UNIT}\b",
            0.6,
        ),
        Pattern("benefit", "improvement", rf"\b(?:{_IMPROVE}|mehr|laenger)\b", 0.5),
        # how long the call or survey takes is no benefit to the boss ("dauert nur zwei Minuten")
        Pattern(
            "benefit",
            "the length of the call",
            # asking for a few minutes "nicht zwei Stunden" is still only the length of the call
            rf"\b(?:brauche|braucht|brauchen)\s+(?:\w+\s+){{0,2}}?{_NUM}\s+(?:minuten?|sekunden)"
            r"(?:\s+(?:ihrer|seiner)\s+zeit)?\s+(?:und\s+)?(?:nicht|statt)\s+(?:\w+\s+)?"
            rf"{_NUM}\s+(?:minuten?|stunden?)\b"
            rf"|\b(?:dauert|dauern|brauche|braucht|kostet)\s+(?:\w+\s+){{0,2}}?{_NUM}"
            r"\s+(?:minuten?|sekunden)\b",
            0.0,
            suppresses="benefit",
        ),
        Pattern(
            "benefit",
            "more of something good",
            r"\bmehr\s+(?:umsatz|gewinn|marge|ruhe|zeit|produktion|ausbeute|durchsatz"
            r"|kapazitaet|laufzeit)\b",
            1.0,
        ),
        # --- round 4: general paraphrase families seen in new speakers' wording
        Pattern(
            "honest",
            "names what the company sells",
            r"\bwir\s+(?:verkaufen|vertreiben|liefern|bieten|vermieten|installieren)\s+"
            r"(?!nichts\b|nix\b|nicht\b|kein\w*\b|weltklasse|erstklassig|einzigartig|einmalig"
            r"|revolution|exklusiv|unschlagbar|sensationell|spitzen|top\w*\b|beste)\w+",
            2.0,
        ),
        Pattern(
            "flattery",
            "compliments the listener",
            r"\bsie\s+(?:sind|klingen|wirken|waren)\s+(?:\w+\s+)?(?:so|sehr|wirklich|echt|ja"
            r"|total|unglaublich|besonders|aber)\s+(?:freundlich|nett|hilfsbereit|sympathisch"
            r"|kompetent|professionell|charmant|angenehm|herzlich|zuvorkommend)\w*"
            r"|\b(?:so|sehr)\s+(?:nett|freundlich|herzlich|charmant|angenehm)\w*\s+(?:\w+\s+){0,5}?"
            r"(?:empfangen|begruesst|behandelt|bedient|aufgenommen)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "calls the listener indispensable",
            r"\bohne\s+sie\s+(?:\w+\s+)?(?:laeuft|geht|funktioniert|waere|liefe|ginge)\b"
            r"|\b(?:seele|herz|herzstueck|rueckgrat)\s+(?:des|der|vom)\s+(?:hauses|unternehmens"
            r"|betriebs|bueros|teams|firma|ladens|ganzen)\b|\bgute\s+seele\b"
            r"|\bwichtigste[nr]?\s+(?:person|frau|mann|mitarbeiter\w*|kraft)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "returns a call that never was",
            r"\b(?:auf|wegen)\s+(?:seine[nms]?|ihre[nms]?)\s+(?:\w+\s+)?(?:anruf|rueckruf|nachricht"
            r"|mail|email|e\s+mail|anfrage)\w*"
            r"|\bmelde\s+mich\b(?:\s+\w+){0,6}?\s+zurueck\b"
            r"|\b(?:er|sie|ihr\s+chef|ihre\s+chefin|herr\s+\w+|frau\s+\w+)\s+hat\s+(?:\w+\s+){0,3}?"
            r"(?:angerufen|angefragt|geschrieben|nachricht\s+hinterlassen)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "claims an existing relationship",
            r"\bwir\s+(?:arbeiten|kooperieren)\b(?:\s+(?!nicht\b|nie\b|noch\s+nicht\b)\w+){0,6}?"
            r"\s+(?:zusammen|mit\s+ihnen)\b"
            r"|\b(?:bestehende|laufende|aktuelle)[nmrs]?\s+(?:\w+\s+)?(?:vertrag\w*|zusammenarbeit"
            r"|kundenbeziehung|geschaeftsbeziehung|bestellung|auftrag|kundenkonto|rahmenvertrag)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "only information",
            r"\b(?:nur|bloss|lediglich|rein)\s+(?:\w+\s+){0,2}?(?:information\w*|infos?|austausch"
            r"|hallo\s+sagen|guten\s+tag\s+sagen)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "asks for the boss anyway",
            r"\b(?:mit|zu)\s+(?:dem|ihrem|ihrer|der|ihren|den)\s+(?:\w+\s+)?(?:chef\w*"
            r"|geschaeftsfuehr\w*|vorgesetzt\w*|inhaber\w*|geschaeftsleitung|leitung|entscheider\w*"
            r"|einkauf\w*)\b(?:\s+\w+){0,2}?\s+(?:sprechen|reden|verbunden|verbinden|telefonieren"
            r"|durchstellen|durchgestellt)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "still insists",
            r"\b(?:muss|moechte|will|brauche|wuerde|werde)\b(?:\s+\w+){0,2}?\s+(?:trotzdem|dennoch)\b"
            r"|\b(?:trotzdem|dennoch)\s+(?:\w+\s+){0,4}?(?:sprechen|reden|verbinden|durchstellen)\b",
            1.0,
        ),
        # --- round 5: short, regional and indirect wording
        Pattern(
            "pretext",
            "the boss supposedly knows",
            r"\b(?:er|herr\s+\w+|frau\s+\w+|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin)"
            r"\s+weiss\s+(?:\w+\s+){0,2}?(?:bescheid|worum|was|schon|genau|das|wer)\b"
            r"|\berinnert\s+sich\s+(?:\w+\s+){0,2}?an\s+(?:mich|uns)\b"
            r"|\bsich\s+(?:\w+\s+){0,2}?an\s+(?:mich|uns)\s+erinner\w*",
            2.5,
        ),
        Pattern(
            "pretext",
            "claims to be from an authority",
            r"\b(?:vom|von\s+der|von\s+dem|beim|bei\s+der)\s+(?:\w+\s+)?(?:\w+amt|amt|\w*behoerde"
            r"|polizei|zoll|\w*ministerium|gericht|staatsanwaltschaft|\w*aufsicht"
            r"|finanzverwaltung|steuerfahndung|gewerbeaufsicht)\b",
            2.5,
            suppresses="honest",
        ),
        Pattern(
            "pretext",
            "refers to an earlier matter",
            r"\b(?:sache|angelegenheit|thema|gespraech|telefonat|termin|treffen|e?mail|brief"
            r"|schreiben|anruf|rechnung|reklamation|bestellung|lieferung|angebot|auftrag"
            r"|beschwerde|zahlung)\s+(?:von|vom|seit)\s+(?:letzter|letzten|letztem|neulich|gestern"
            r"|vorgestern|voriger|vorigen|vergangener|vergangenen|kuerzlich|montag|dienstag"
            r"|mittwoch|donnerstag|freitag)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "tells her what to pass on",
            r"\bsagen\s+sie\s+(?:ihm|ihr|herrn\s+\w+|frau\s+\w+|dem\s+chef|ihrem\s+chef)\s+"
            r"(?:\w+\s+)?(?:es|es\s+ist|es\s+geht|dass|ich)\b",
            1.2,
        ),
        Pattern(
            "honest",
            "names the company's trade",
            r"\bwir\s+sind\s+(?:ein|eine|der|die)\s+(?:\w+\s+){0,2}?\w*(?:lieferant|anbieter"
            r"|hersteller|haendler|dienstleister|grosshaendler|grosshandel|installateur|ausstatter"
            r"|produzent)(?:en)?\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "agrees, but argues on",
            r"^(?:schon|verstehe|versteh|ich\s+verstehe|das\s+verstehe\s+ich|das\s+versteh\s+ich"
            r"|klar|okay|ok|natuerlich|sicher|schade|gut|richtig|stimmt|mag\s+sein|kann\s+sein)"
            r"(?:\s+\w+){0,3}?\s+aber\s+(?!okay\b|ok\b|gut\b|in\s+ordnung\b|danke\b|trotzdem\b"
            r"|schade\b|kein\s+problem\b|verstaendlich\b|alles\s+klar\b|dann\b|vielen\b|wenn\b)",
            1.2,
        ),
        Pattern(
            "pushy",
            "asks her to reconsider",
            r"\bueberlegen\s+sie\s+(?:es|sich|das|doch|bitte|noch)\b"
            r"|\bdenken\s+sie\s+(?:\w+\s+){0,3}?(?:darueber|drueber)\s+nach\b"
            r"|\bgeben\s+sie\s+(?:\w+\s+){0,2}?(?:eine\s+)?chance\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "will not stop calling",
            r"\bso\s+lange\b(?:\s+\w+){0,4}?\s+bis\b"
            r"|\bbis\s+ich\s+(?:\w+\s+){0,2}?(?:erreiche|erwische|spreche|dran\s+habe|durchkomme)\b",
            2.0,
        ),
        Pattern("pushy", "insists it pays off", r"\b(?:es|das)\s+lohnt\s+sich\b", 0.8),
        Pattern(
            "pushy",
            "lectures her",
            r"\b(?:nicht|nie)\s+(?:mal\s+|einmal\s+|mal\s+richtig\s+)?(?:zuhoeren|zuhoert|zuhoeren"
            r"|ausreden\s+lassen)\b|\bwerden\s+sie\s+nie\b|\bsie\s+werden\s+(?:\w+\s+)?nie\b",
            2.0,
        ),
        # --- round 7: the listener's qualities, gushing about the firm, claimed acquaintance
        Pattern(
            "flattery",
            "praises her judgement",
            r"\b(?:jemand|eine?\s+(?:\w+\s+)?(?:frau|mann|person|dame|profi|fachfrau|fachkraft|kraft)|leute"
            r"|menschen)\s+(?:mit\s+(?:ihrer|ihrem|ihren)\s+(?:\w+\s+)?\w*(?:erfahrung|gespuer"
            r"|menschenkenntnis|instinkt|blick|riecher|kompetenz|intuition|urteilsvermoegen"
            r"|feingefuehl|talent|ueberblick)|wie\s+sie)\b"
            r"|\bmit\s+(?:ihrer|ihrem)\s+(?:\w+\s+)?\w*(?:erfahrung|gespuer|menschenkenntnis"
            r"|instinkt|riecher|feingefuehl|intuition|urteilsvermoegen)\b"
            r"|\bso\s+(?:erfahren|kompetent|klug|schlau|aufmerksam|scharfsinnig|clever|gewieft"
            r"|erfahrene\w*|kluge\w*)\s+(?:\w+\s+)?wie\s+sie\b"
            r"|\bsie\s+(?:klingen|wirken|scheinen|hoeren\s+sich)\s+(?:\w+\s+)?(?:wie|nach)\s+"
            r"(?:jemand\w*|einer?\s+(?:frau|person|dame|profi)|eine[rm]?\s+(?:\w+\s+)?(?:frau|person"
            r"|dame))\s+(?:die|der|mit|dem)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "compliments her manner",
            r"\bich\s+(?:\w+\s+)?(?:liebe|mag|bewundere)\s+(?:ihren|ihre|ihr)\s+(?:\w+\s+)?"
            r"(?:akzent|stimme|dialekt|art|lachen|humor|namen|tonfall)\b"
            r"|\b(?:schoen|toll|sympathisch|angenehm|charmant|herrlich|wunderbar|nett|suess|warm"
            r"|herzlich|freundlich)\w*\s+(?:akzent|dialekt|lachen|empfang|begruessung)\b"
            r"|\bwas\s+fuer\s+(?:ein|eine|einen)\s+(?:\w+\s+)?(?:herzlich|freundlich|nett|toll"
            r"|schoen|warm|sympathisch|angenehm|wunderbar|charmant|reizend)\w*\s+(?:empfang|begruessung"
            r"|stimme|art|frau|dame|mensch|team|akzent|lachen|service)\b"
            r"|\b(?:tag|morgen|vormittag|nachmittag|woche)\s+(?:\w+\s+)?(?:gerettet|versuesst"
            r"|verschoenert|gemacht)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "calls her the one who runs things",
            r"\bsie\s+(?:sind|waeren|muessen)\s+(?:ja\s+|doch\s+|wohl\s+|bestimmt\s+|sicher\s+"
            r"|hier\s+|da\s+)*(?:die|der)\s+(?:einzige|einzigste|eigentliche|heimliche|wahre"
            r"|echte)\w*\b"
            r"|\bheimliche\w*\s+(?:chef\w*|boss|leiter\w*)\b"
            r"|\b(?:den|vollen|ganzen)\s+(?:vollen\s+|ganzen\s+)?ueberblick\s+(?:hat|haben|behalten"
            r"|behaelt)\b|\bden\s+laden\s+(?:\w+\s+)?(?:schmeissen|schmeisst|zusammenhalten"
            r"|zusammenhaelt)\b"
            r"|\b(?:den\s+laden|das\s+buero|die\s+firma|den\s+betrieb|den\s+ganzen\s+laden"
            r"|das\s+ganze|alles)\s+(?:\w+\s+){0,2}?(?:am\s+laufen\s+(?:halt\w*|haelt)"
            r"|im\s+griff\s+ha\w*|zusammen(?:halt\w*|haelt))\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "gushes about the firm or the boss",
            r"\b(?:ihre|ihr)\s+(?:firma|unternehmen|haus|chef|chefin|geschaeftsfuehrer\w*|team"
            r"|betrieb|inhaber\w*)\s+(?:ist|sind|war)\s+(?:\w+\s+)?(?:beruehmt|legendaer|ein\s+vorbild"
            r"|eine\s+legende|eine\s+institution|in\s+aller\s+munde)\w*"
            r"|\bich\s+(?:\w+\s+){0,2}?bewunder\w*\b"
            r"|\bwas\s+(?:ihr|ihre|er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef|herr\s+\w+"
            r"|frau\s+\w+)\s+(?:\w+\s+){0,2}?(?:aufgebaut|geschaffen|erreicht|geleistet)\s+"
            r"(?:hat|haben)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to know the boss",
            r"\bich\s+kenne?\s+(?:ihn|sie|(?:den\s+)?herrn\s+\w+|(?:die\s+)?frau\s+\w+|ihren\s+chef"
            r"|ihre\s+chefin|den\s+chef|die\s+chefin)\s+(?:\w+\s+)?(?:persoenlich|gut|privat|schon\s+lange|seit"
            r"|von|vom|aus|ueber)\b"
            r"|\bwir\s+(?:\w+\s+)?(?:spielen|spielten|waren|gingen|segeln|segelten|studierten"
            r"|trainieren|sitzen|sassen|golfen|joggen|laufen|kegeln|rudern)\s+(?:\w+\s+){0,3}?"
            r"(?:zusammen|gemeinsam)\b"
            r"|\b(?:golf|tennis|segel|kegel|squash|ruder|lauf)(?:club|klub|verein|partner|freund"
            r"|kumpel|runde)\w*\b|\bim\s+(?:selben|gleichen)\s+(?:\w+\s+)?\w*(?:verein|club|klub)\b"
            r"|\bwir\s+duzen\s+uns\b|\b(?:wir\s+haben\s+uns|ich\s+habe?\s+(?:ihn|sie|herrn\s+\w+"
            r"|frau\s+\w+))\s+(?:(?!nie\b|nicht\b|niemals\b)\w+\s+){0,4}?(?:getroffen|kennengelernt"
            r"|kennen\s+gelernt)\b"
            r"|\b(?:von|vom|aus|seit)\s+(?:der\s+|dem\s+)?(?:\w+\s+)?(?:messe|konferenz|tagung"
            r"|kongress|seminar|event|networking|netzwerktreffen|meetup|stammtisch|workshop|summit"
            r"|barcamp|afterwork)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "refers to papers they supposedly sent",
            r"\b\w*(?:rechnung|reklamation|bestellung|lieferung|beschwerde|anfrage|auftrag|vertrag"
            r"|angebot|nachricht|brief|schreiben|formular|buchung|retoure|sendung|paket|zahlung"
            r"|ueberweisung|kuendigung)\w*\s+(?:an\s+)?(?:die|den|das|der)\s+(?:sie|er|wir"
            r"|ihr\s+\w+|ihre\s+\w+|herr\s+\w+|frau\s+\w+)\s+(?:\w+\s+){0,4}?(?:eingereicht"
            r"|geschickt|gesendet|gesandt|geschrieben|bestellt|aufgegeben|angefordert|unterschrieben"
            r"|gestellt|erteilt|angefragt|reklamiert|beanstandet|gemeldet|storniert|gekuendigt"
            r"|zurueckgeschickt|ueberwiesen|gebucht)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "an admin errand on their records",
            r"\b(?:aktualisier\w*|pruef\w*|ueberpruef\w*|abgleich\w*|vervollstaendig\w*"
            r"|ergaenz\w*|pflegen|erfass\w*|korrigier\w*)\s+(?:\w+\s+){0,3}?\w*(?:datenbank"
            r"|verzeichnis|eintrag|eintraege|kartei|register|adressdaten|firmendaten|kontaktdaten)\b"
            r"|\b\w*(?:datenbank|verzeichnis|eintrag|eintraege|kartei|register|adressdaten|firmendaten"
            r"|kontaktdaten)\w*\s+(?:\w+\s+){0,3}?(?:aktualisier\w*|pruefen|ueberpruefen|abgleichen"
            r"|vervollstaendigen|ergaenzen|pflegen|erfassen|korrigieren)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "denies her the decision",
            r"\b(?:nicht|kaum)\s+(?:\w+\s+)?(?:ihre\s+entscheidung|ihre\s+sache|ihr\s+job"
            r"|ihre\s+aufgabe)\b|\bnicht\s+sie\s+(?:\w+\s+)?(?:zu\s+)?entscheiden\b"
            r"|\bentscheiden\s+(?:doch\s+|ja\s+|aber\s+)*nicht\s+sie\b"
            r"|\bist\s+das\s+(?:\w+\s+)?(?:wirklich|ueberhaupt|eigentlich|denn|tatsaechlich)\s+"
            r"(?:\w+\s+)?(?:ihre\s+entscheidung|ihre\s+sache|ihr\s+job|ihre\s+aufgabe)\b"
            r"|\b(?:duerfen|koennen)\s+sie\s+das\s+(?:\w+\s+)?(?:ueberhaupt|wirklich|eigentlich"
            r"|denn)\s+(?:\w+\s+)?(?:entscheiden|beurteilen|bestimmen)\b"
            r"|\b(?:entscheiden|bestimmen)\s+(?:das\s+)?sie\s+(?:das\s+)?(?:wirklich|ueberhaupt"
            r"|eigentlich|allein)\b",
            2.0,
        ),
        Pattern(
            "benefit",
            "saves a fraction",
            rf"\b{_IMPROVE}\b(?:\s+\w+){{0,5}}?\s+{_FRACTION}\b"
            rf"|\b{_FRACTION}\s+(?:\w+\s+){{0,3}}?(?:weniger|billiger|guenstiger|seltener|schneller"
            r"|kuerzer|niedriger)\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a price below the usual",
            rf"\b{_NUM}\s+prozent\s+(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b"
            r"|\bunter\s+(?:dem\s+)?(?:listen|markt|laden|handels|normal)?preis\w*\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a ratio of improvement",
            r"\b(?:halb|doppelt|(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal)\s+so\s+(?:oft|viel"
            r"|viele|haeufig|lange|schnell|teuer|selten)\b"
            r"|\b(?:zwei|drei|vier|fuenf|zehn|hundert|\d+)\s*mal\s+(?:schneller|weniger|seltener"
            r"|guenstiger|laenger|mehr|kuerzer)\b",
            1.0,
        ),
        # --- round 7 follow-up: trusted third parties, prizes, praise of how she works
        Pattern(
            "pretext",
            "poses as someone the boss trusts",
            r"\b(?:im\s+(?:auftrag|namen)|(?:ich|wir)\s+(?:bin|sind|rufe?|rufen|melde|melden"
            r"|komme|kommen)(?:\s+\w+){0,3}?\s+(?:von|vom|aus|seitens)|hier\s+(?:ist|spricht)"
            r"|ich\s+bin|wir\s+sind)\s+(?:der\s+|die\s+|das\s+|dem\s+|des\s+)?"
            rf"(?:(?:sein|seine[rsnm]?|ihr|ihre[rsnm]?)\s+(?:\w+\s+)?{_TRUSTED}"
            rf"|{_TRUSTED}\s+(?:seines|seiner|ihres|ihrer))\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "calls about his account",
            rf"\bgeht\s+(?:\w+\s+)?um\s+(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+(?:\w+\s+)?"
            rf"{_HIS_ACCOUNT}\b"
            r"|\b(?:wegen|bezueglich|betreffend)\s+(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+"
            rf"(?:\w+\s+)?{_HIS_ACCOUNT}\b"
            r"|(?<!\bfuer\s)\b(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?)\s+(?:\w+\s+)?\w*(?:konto"
            r"|police|vertrag|versicherung|kredit|darlehen|depot|mitgliedschaft|abo|abonnement"
            r"|tarif)\w*\s+(?:bei|mit)\s+uns\b(?!(?:\s+\w+){0,3}?\s+(?:abschliess|abzuschliess"
            r"|eroeffn|wechsel|anleg|beantrag|machen|holen)\w*)",
            2.0,
        ),
        Pattern("pretext", "a prize draw", rf"\b{_PRIZE}\b", 1.2),
        Pattern(
            "pretext",
            "the boss supposedly won something",
            r"\b(?:er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin|herr\s+\w+|frau\s+\w+)"
            r"\s+(?:hat|hatte)\s+(?:\w+\s+){0,2}?(?:bei|beim|an|am|in|im|ein|eine|einen|den|die"
            r"|das|etwas|was)\s+(?:\w+\s+){0,3}?(?:gewonnen|mitgemacht|teilgenommen)\b"
            r"|\b(?:er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef|die\s+chefin|herr\s+\w+|frau\s+\w+)"
            r"\s+(?:ist|wurde)\s+(?:\w+\s+){0,4}?(?:ausgelost|gezogen|gewinner\w*)\b"
            r"|\b(?:bei|an)\s+(?:dem|der|denen)\s+(?:er|sie|ihr\s+chef|ihre\s+chefin|herr\s+\w+"
            r"|frau\s+\w+)\s+(?:\w+\s+){0,2}?(?:mitgemacht|teilgenommen|gewonnen)\b"
            r"|\b(?:gewinn|preis|hauptgewinn|hauptpreis|gutschein)\w*\s+(?:\w+\s+){0,2}?(?:abholen"
            r"|abzuholen|einloesen|uebergeben|ueberreichen|zustellen|aushaendigen|ausliefern)\b"
            r"|\b(?:einer?|eine[nr]?)\s+(?:unserer|der)\s+(?:\w+\s+)?gewinner\w*\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "keeps a made-up matter for the boss",
            r"(?:\b(?:es\s+geht|geht\s+es|es\s+handelt\s+sich|wegen|bezueglich)\s+(?:um\s+)?"
            rf"(?:\w+\s+)?)?{_MADE_UP}(?:\s+\w+){{0,6}}?\s+(?:lieber|selbst|selber|direkt"
            r"|persoenlich|unter\s+vier\s+augen)\b(?:\s+\w+){0,4}",
            3.0,
            suppresses="vague",
        ),
        Pattern(
            "pretext",
            "an unpaid bill",
            r"\boffene\w*\s+(?:\w+\s+)?(?:rechnung|posten|betrag|forderung|zahlung|summe)\w*"
            r"|\bmahnung\w*|\bzahlungsrueckstand\w*",
            2.0,
        ),
        Pattern(
            "honest",
            "offers the boss something",
            r"\bum\s+(?:ihrem\s+chef|ihrer\s+chefin|ihnen|ihm|ihr|ihrer\s+firma|herrn\s+\w+"
            r"|frau\s+\w+)\s+(?:\w+\s+){0,4}?anzubieten\b",
            2.5,
        ),
        Pattern(
            "honest",
            "wants an order from them",
            r"\b(?:einen|ein|nen|den)\s+(?:\w+\s+)?auftrag\b(?:\s+\w+){0,3}?\s+(?:gern|gerne)\s+"
            r"(?:\w+\s+){0,4}?(?:haette|haetten|bekommen|bekaeme|bekaemen|gewinnen|erhalten)\b"
            r"|\b(?:haette|haetten|moechte|moechten|will|wollen|wuerde|wuerden)\s+(?:\w+\s+){0,2}?"
            r"(?:gern|gerne)\s+(?:\w+\s+){0,2}?(?:einen|ein|nen)\s+(?:\w+\s+)?auftr(?:a|ae)g\w*\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "praises how she works",
            r"\bsie\s+(?:machen|erledigen|meistern|managen|handhaben|regeln|fuehren|organisieren"
            r"|schmeissen)\s+(?:\w+\s+){0,3}?(?:so|sehr|wirklich|echt|total|richtig|ausgesprochen"
            r"|unglaublich|super)\s+(?:\w+\s+)?(?:professionell|souveraen|kompetent|gut|toll|klasse"
            r"|charmant|geschickt|elegant|perfekt|vorbildlich|hervorragend|grossartig|freundlich"
            r"|nett|effizient|routiniert)\w*\b"
            r"|\bsie\s+(?:sind|wirken|klingen)\s+(?:\w+\s+)?(?:so|sehr|wirklich|echt|total"
            r"|unglaublich|ausgesprochen)\s+(?:professionell|kompetent|souveraen|zuvorkommend"
            r"|charmant|hilfsbereit)\w*\b"
            r"|\b(?:respekt|hut\s+ab|chapeau|alle\s+achtung|bewundernswert|beeindruckend"
            r"|vorbildlich|klasse|toll|super|stark)\b(?:\s+\w+){0,2}?\s+wie\s+sie\b"
            r"|\bwie\s+sie\s+(?:\w+\s+){1,4}?(?:machen|managen|meistern|handhaben|regeln"
            r"|organisieren|fuehren|schaukeln|hinkriegen)\b(?:\s+\w+){0,3}?\s+(?:professionell"
            r"|vorbildlich|beeindruckend|toll|klasse|super|bewundernswert|spitze|grossartig"
            r"|souveraen)\w*\b"
            r"|\bhut\s+ab\b|\balle\s+achtung\b|\bchapeau\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "holds her up as a model",
            r"\b(?:eine?|ne|n)\s+scheibe\s+(?:\w+\s+)?abschneiden\b"
            r"|\bsich\b(?:\s+\w+){0,4}?\s+(?:was|etwas)\s+(?:\w+\s+)?abschneiden\b"
            r"|\b(?:andere|viele|manche|die\s+meisten|alle)\b(?:\s+\w+){0,5}?\s+von\s+ihnen\s+"
            r"(?:\w+\s+){0,2}?(?:lernen|abgucken|abschauen)\b",
            1.5,
        ),
        # --- round 8: pride, admirers, a lure for the boss, a contrast of times, guarantees
        Pattern(
            "honest",
            "makes him an offer",
            r"\b(?:ihm|ihnen|ihrem\s+\w+|ihrer\s+\w+|herrn\s+\w+|frau\s+\w+|dem\s+\w+|der\s+\w+)\s+"
            r"(?:(?!kein\w*\b|nicht\b|nichts\b)\w+\s+){0,3}?\w*angebot\w*\b(?:\s+(?!aber\b"
            r"|sondern\b)\w+){0,5}?\s+(?:machen|schicken|unterbreiten|erstellen|vorlegen|zusenden"
            r"|mailen|vorstellen|zukommen)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "tells them to be proud",
            r"\b(?:kann|koennen|darf|duerfen|muss|muessen|sollte|sollten|koennte|koennten)\s+"
            r"(?:(?!wir\b|ich\b)\w+\s+){0,3}?(?:stolz|maechtig\s+stolz)\s+(?:sein|drauf|darauf"
            r"|auf)\b|\bwie\s+stolz\s+(?:er|sie)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "a long-time admirer",
            r"\b(?:verfolge\w*|beobachte\w*|bewundere\w*)\s+(?:ich\s+|wir\s+)?(?:ihr|ihre[nms]?"
            r"|sein|seine[nms]?)\s+(?:\w+\s+){0,2}?(?:schon\s+|bereits\s+)?(?:seit|lange"
            r"|jahrelang)\b",
            1.2,
        ),
        Pattern(
            "flattery",
            "found nowhere else",
            r"\b(?:sonst\s+nirgends|sonst\s+nirgendwo|nirgendwo\s+sonst|nirgends\s+sonst"
            r"|nirgendwo\s+anders|sucht\s+man\s+(?:\w+\s+){0,2}?vergeblich|seinesgleichen)\b",
            1.2,
        ),
        Pattern(
            "flattery",
            "holds the firm up as a model",
            r"\b(?:ein|das|als|echtes|wahres|absolutes|grosses)\s+(?:\w+\s+)?(?:vorbild"
            r"|aushaengeschild)\w*\s+(?:fuer|in|der|im)\b|\bmassstaebe\s+setz\w*"
            r"|\bsetz\w*\s+(?:\w+\s+)?massstaebe\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "the boss supposedly picked for a prize",
            rf"\b{_BOSS}\s+(?:ist|wurde|wird|hat|war)\s+(?:\w+\s+){{0,6}}?(?:ausgewaehlt|auserwaehlt"
            r"|ausgesucht|nominiert|ausgelost)\b",
            2.0,
            suppresses="flattery",
        ),
        Pattern(
            "pretext",
            "a free treat for the boss",
            r"\b(?:gratis|kostenlos\w*|geschenkt\w*)\s+(?:\w+\s+)?\w*(?:wochenende|reise|urlaub"
            r"|kreuzfahrt|uebernachtung\w*|gutschein\w*|abendessen|karten|tickets?|praesentkorb"
            r"|geschenk\w*)\b|\bgratis(?:wochenende|reise|urlaub|uebernachtung|gutschein)\w*\b"
            r"|\b\w*(?:wochenende|urlaub|gutschein|kreuzfahrt)\w*\s+(?:\w+\s+)?(?:gratis|geschenkt"
            r"|umsonst|kostenlos)\b",
            1.2,
        ),
        Pattern(
            "pretext",
            "confirms a meeting that never was",
            r"\b(?:unseren|unser|den|seinen|ihren)\s+(?:\w+\s+)?(?:termin|treffen|besuch"
            r"|telefontermin|rueckruftermin)\w*\s+(?:\w+\s+){0,4}?(?:bestaetig\w*|verschieb\w*"
            r"|absag\w*|umleg\w*)\b"
            r"|\b(?:bestaetig\w*|verschieb\w*)\s+(?:\w+\s+)?(?:unseren|unser|den|seinen|ihren)\s+"
            r"(?:\w+\s+)?(?:termin|treffen)\w*\b"
            r"|\b(?:wegen|bezueglich|um|zu)\s+(?:unser|unseres|unserem|unseren)\s+(?:\w+\s+)?(?:termin|treffen)"
            r"\w*\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "sends her back to the boss",
            r"\bfragen\s+sie\s+(?:(?:ihn|ihren\s+chef|ihre\s+chefin|herrn\s+\w+|frau\s+\w+"
            r"|den\s+chef|die\s+chefin)\s+)?(?:doch|einfach|wenigstens|trotzdem|jetzt)\b"
            r"|\bfrag\s+(?:ihn\s+)?(?:doch|einfach|wenigstens|trotzdem)\b",
            2.0,
        ),
        Pattern(
            "benefit",
            "a time set against the usual",
            rf"\b{_WHEN}(?:\s+\w+){{0,2}}?\s+(?:statt|anstatt|anstelle\s+von|und\s+nicht(?:\s+erst)?"
            r"|nicht\s+erst|nicht\s+wie\s+(?:bisher|sonst|ueblich)|im\s+vergleich\s+zu|gegenueber"
            rf"|wo\s+andere|waehrend\s+andere)\s+(?:\w+\s+){{0,2}}?(?:{_WHEN}|{_COUNT})\b"
            rf"|\b(?:statt|anstatt)\s+(?:\w+\s+){{0,2}}?{_WHEN}(?:\s+\w+){{0,4}}?\s+{_WHEN}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a service within a set time",
            rf"\b{_SERVICE}(?:\s+\w+){{0,4}}?\s+{_WITHIN}\b|\b{_WITHIN}(?:\s+\w+){{0,4}}?\s+"
            rf"{_SERVICE}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a guarantee with money back",
            r"\bgeld\s+zurueck\b|\b(?:sonst|ansonsten|andernfalls)\s+(?:\w+\s+){0,4}?(?:kostenlos"
            r"|gratis|umsonst|geschenkt|gratis)\b|\b(?:sonst|ansonsten|andernfalls)\s+(?:zahlt"
            r"|zahlen|bezahlt|bezahlen)\s+(?:\w+\s+){0,2}?nichts\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "less than he pays now",
            r"\b(?:unter|unterhalb|weniger\s+als|guenstiger\s+als|billiger\s+als|niedriger\s+als"
            r"|(?:die\s+)?haelfte\s+von|ein\s+drittel\s+von|ein\s+viertel\s+von)\s+(?:dem\s+)?"
            r"(?:das\s+)?was\s+(?:\w+\s+){0,4}?(?:zahlt|bezahlt|zahlen|bezahlen|ausgibt|ausgeben"
            r"|gezahlt|zahlte)\b"
            rf"|\b{_COUNT}\s+(?:prozent|euro|eur|cent)\s+(?:(?:pro|je|die|im|in\s+der)\s+"
            r"(?:\w+\s+){1,2}?)?(?:unter|unterhalb|guenstiger|billiger|weniger|niedriger)\b",
            1.0,
        ),
        # --- round 9: an invitation from the boss, a meeting to confirm, reputation, a good
        # offer with nothing in it
        Pattern(
            "pretext",
            "the whole answer: it is personal",
            r"^(?:(?:rein|ganz|eher|streng|was|etwas|sehr|ist|is)\s+)?(?:persoenlich\w*|privat\w*)"
            r"(?:\s+(?:halt|eben|quasi|eigentlich|sozusagen))?$",
            2.5,
        ),
        Pattern(
            "pretext",
            "the boss supposedly asked for the call",
            rf"\b{_BOSS}\s+(?:(?:hat|hatte)(?:\s+\w+){{0,6}}?\s+(?:gesagt|gemeint|gebeten"
            r"|geschrieben|vorgeschlagen|angeboten|eingeladen)|meinte|sagte|bat|schrieb|wollte)\b"
            r"(?:\s+\w+){0,4}?\s+(?:ich|mich)\b(?:\s+(?!nicht\b|nie\b|kein\w*\b)\w+)"
            r"{0,7}?\s+(?:melde|melden|anrufe|anrufen|anzurufen|zurueckrufe|zurueckrufen"
            r"|zurueckzurufen|vorbeikomme|vorbeikommen|vorbeizukommen)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "a meeting to confirm",
            r"\b(?:wir|er|ich|herr\s+\w+|frau\s+\w+)\s+(?:haben|hatten|hat|hatte|habe|hab)\s+"
            r"(?:\w+\s+){0,4}?(?:n|nen|einen|ein|den|unseren|unser)\s+\w*termin\w*\b"
            r"(?:\s+\w+){0,8}?\s+(?:bestaetig\w*|verschieb\w*|absag\w*|umleg\w*)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "the boss or the firm known for greatness",
            r"\b(?:er|sie|ihr\s+\w+|ihre\s+\w+|herr\s+\w+|frau\s+\w+|der\s+chef|die\s+firma)\s+"
            r"(?:(?:gilt|galt|gelten)\s+(?:ja\s+|doch\s+|wirklich\s+|ueberall\s+|weithin\s+"
            r"|allgemein\s+)*als\b|(?:ist|sind|war)\s+(?:ja\s+|doch\s+|wirklich\s+|ueberall\s+"
            r"|weithin\s+|allgemein\s+)*(?:bekannt|beruehmt)\s+(?:als|fuer)\b"
            r"|(?:ist|sind|war|zaehlt|zaehlen|gehoert|gehoeren)\s+(?:\w+\s+){0,3}?(?:einer|eine|eines"
            r"|zu)\s+(?:der|den)\s+(?:\w+\s+)?(?:\w+sten|besten|fuehrenden|groessten)\b)",
            1.5,
        ),
        Pattern(
            "flattery",
            "a flagship everyone talks about",
            r"\b(?:ein|das|als|echtes|wahres|absolutes)\s+(?:\w+\s+)?(?:flaggschiff|leuchtturm"
            r"|paradebeispiel|aushaengeschild|aushaenge\w*)\w*\b"
            r"|\b(?:alle|jeder|die\s+ganze\s+\w+|man)\s+(?:\w+\s+)?(?:redet|reden|spricht|sprechen"
            r"|schwaermt|schwaermen)\s+(?:\w+\s+)?(?:von|ueber)\s+(?:ihnen|ihm|ihr|ihrer|ihrem"
            r"|ihren|ihre)\b|\bin\s+aller\s+munde\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "just the person he hoped to reach",
            r"\bgenau\s+(?:so\s+)?(?:jemand\w*|so\s+jemand\w*|die\s+person|der\s+mann|die\s+frau"
            r"|solche\s+\w+|so\s+einen?\s+\w+|der\s+richtige|die\s+richtige)\s+(?:\w+\s+){0,3}?"
            r"(?:wollte|will|moechte|suche|suchte|gesucht|wollten|hoffte)\b",
            1.5,
        ),
        Pattern(
            "vague",
            "a good offer, with nothing in it",
            r"\b(?:ein|n|nen|das|is|ist)\s+(?:(?:richtig|echt|wirklich|sehr|total|ganz|einfach)\s+)?"
            r"(?:super|gutes|tolles|prima|klasse|schoenes|starkes|interessantes|attraktives|faires"
            r"|feines)\s+(?:angebot|ding|sache|geschaeft)\b",
            1.2,
        ),
        Pattern(
            "flattery",
            "admires the premises in passing",
            r"\b(?:schoene[nrs]?|tolle[nrs]?|super|klasse|feine[nrs]?|stattliche[nrs]?|huebsche[nrs]?"
            r"|beeindruckende[nrs]?|starke[nrs]?)\s+(?:betrieb|laden|firma|werkstatt|halle|haus"
            r"|gebaeude|gelaende|buero|bueros|hof|standort|unternehmen)\s+(?:habt|haben|hat)\s+"
            r"(?:ihr|sie|er)\b|\b(?:ganz\s+)?(?:feine|tolle|schoene)\s+sache\s+das\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "has heard only good things about her",
            r"\b(?:so\s+viel|viel|nur|lauter|schon\s+viel|nichts\s+als)\s+gutes\s+"
            r"(?:\w+\s+){0,3}?gehoert\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "calls her a kind soul",
            r"\bsie\s+sind\s+(?:(?:a|eine|ja|echt|wirklich|so|ganz|aber|total|sehr|halt|schon"
            r"|doch)\s+){1,4}"
            r"(?:nette|liebe|freundliche|sympathische|charmante|herzliche|gute\s+seele|perle)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "a fan of the firm or the boss",
            r"\bich\s+bin\s+(?:\w+\s+){0,2}?(?:fan|bewunderer|bewunderin)\s+(?:von|vom|ihres|ihrer"
            r"|eures|eurer|seines|seiner)\b|\b(?:ihr|euer|sein)\s+(?:\w+\s+)?fan\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "poses as their own group's staff",
            r"\b(?:(?:ich|wir)\s+(?:bin|sind|komme|kommen|ruf|rufe|rufen|arbeite|arbeiten|melde"
            r"|melden)|hier\s+(?:ist|spricht))\s+(?:\w+\s+){0,3}?(?:(?:von|vom|aus|bei|in)\s+"
            r"(?:der\s+|dem\s+)?(?:\w+\s+){0,2}?)?(?:ihres|ihrer|eures|eurer|ihrem|eurem)\s+"
            r"(?:\w+\s+)?(?:mutterkonzern\w*"
            r"|konzernzentrale|konzernmutter|muttergesellschaft|holding|zentrale|hauptverwaltung"
            r"|hauptsitz\w*|stammhaus\w*)\b"
            r"|\b(?:von|vom|aus|bei)\s+(?:der\s+)?(?:konzern|gruppen)\s*(?:it|edv|zentrale"
            r"|revision|leitung)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "an internal check of all their sites",
            r"\bwir\s+(?:checken|pruefen|ueberpruefen|kontrollieren|aktualisieren|testen|gehen"
            r"|erfassen|migrieren)\s+(?:\w+\s+){0,2}?(?:alle|saemtliche)\s+(?:\w+\s+)?(?:standorte"
            r"|filialen|niederlassungen|systeme|rechner|arbeitsplaetze|anschluesse|zweigstellen"
            r"|geraete|server)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "a catch-up agreed with the boss",
            r"\bwir\s+(?:wollten|hatten\s+vor)\s+uns\s+(?:\w+\s+){0,4}?(?:zu\s+)?(?:connecten"
            r"|aus(?:zu)?tauschen|treffen|zusammen(?:zu)?setzen|unterhalten|sprechen|hoeren"
            r"|kurz(?:zu)?schliessen|ab(?:zu)?stimmen|verbinden|vernetzen|wieder(?:zu)?sehen)\b",
            2.0,
        ),
        Pattern(
            "benefit",
            "the work in a fraction of the time",
            r"\bin\s+(?:der\s+)?(?:halben|einem\s+(?:drittel|viertel|fuenftel|zehntel)\s+der)\s+"
            r"(?:\w+)?zeit\b|\b(?:zum|mit|fuer)\s+(?:dem\s+)?halben\s+(?:preis|aufwand|geld)\b",
            1.0,
        ),
    ),
    praise=(
        "einzigartig*",
        "einmalig*",
        "revolution*",
        "sensation*",
        "fantast*",
        "phantast*",
        "hervorrag*",
        "genial*",
        "unschlagbar*",
        "unglaublich*",
        "grandios*",
        "exklusiv*",
        "marktfuehr*",
        "weltmarktfuehr*",
        "fuehrend*",
        "beeindruck*",
        "renommiert*",
        "wunderbar*",
        "wundervoll*",
        "toll",
        "tolle",
        "toller",
        "tolles",
        "tollen",
        "grossartig*",
        "perfekt*",
        "garantiert",
        "spitze",
        "spitzen*",
        "erstklassig*",
        "weltklasse",
        "innovativ*",
        "wahnsinn*",
        "traumhaft*",
        "phaenomenal*",
        "herausragend*",
        "ausserordentlich*",
        "absolut*",
        "erfolgreich*",
        "sensationell*",
        "top",
        "konkurrenzlos*",
        "unvergleich*",
        "unuebertroffen*",
        "beispiellos*",
        "brillant*",
        "fabelhaft*",
        "sagenhaft*",
        "atemberaubend*",
        "super",
        "premium*",
        "legend*",
        "ausgewaehlt*",
        "auserwaehlt*",
        "begeister*",
        "umhau*",
        "glueckwunsch*",
        "gratulier*",
        "vip",
        "visionaer*",
        "handverles*",
        "exzellent*",
        "ueberragend*",
        "spektakulaer*",
        "sympathisch*",
        "allerbest*",
        "marktfuehrend*",
        "bahnbrechend*",
        "ueberwaeltigend*",
        "beruehmt*",
        "legendaer*",
        "innovationskraft",
    ),
    praise_weight=0.8,
    fillers=(
        "äh",
        "ähm",
        "ähh",
        "öh",
        "öhm",
        "eh",
        "ehm",
        "em",
        "hm",
        "hmm",
        "hmmm",
        "mhm",
        "mh",
        "halt",
        "sozusagen",
        "quasi",
        "gewissermaßen",
        "naja",
        "na ja",
        "gell",
        "gelle",
    ),
    context_fillers=(
        ContextFiller("also", only_at_start=True),
        ContextFiller("ja", only_at_start=True),
    ),
    gap_barriers=frozenset((*_NEGATIONS, "aber", "sondern", "oder")),
    negations=frozenset(_NEGATORS),
    compound_tails=True,
    yes_words=frozenset(
        {
            "ja",
            "jawohl",
            "jap",
            "jo",
            "jep",
            "genau",
            "stimmt",
            "richtig",
            "korrekt",
            "exakt",
            "erwischt",
            "ertappt",
            "natuerlich",
            "klar",
            "selbstverstaendlich",
            "absolut",
            "zugegeben",
            "sicher",
            "allerdings",
            "durchaus",
            "logo",
        }
    ),
    yes_company=frozenset(
        {
            "das",
            "da",
            "sie",
            "haben",
            "hast",
            "recht",
            "ist",
            "es",
            "so",
            "schon",
            "ehrlich",
            "gesagt",
            "ganz",
            "doch",
            "in",
            "der",
            "tat",
            "also",
            "na",
            "gut",
            "ok",
            "okay",
            "mich",
            "mal",
            "wohl",
        }
    ),
    titles=frozenset({"frau", "herr", "doktor", "dr"}),
    spellings={
        "net": "nicht",
        "ned": "nicht",
        "nimmer": "nicht",
        "i": "ich",
        "scho": "schon",
        "isch": "ist",
        "hab": "habe",
        "moecht": "moechte",
        "taet": "wuerde",
        "daed": "wuerde",
        "mecht": "moechte",
        "mechat": "moechte",
        "moechat": "moechte",
        "eam": "ihm",
        # Bavarian "an Angebot" is heard as "an Gebot"; a bid is an offer here anyway
        "gebot": "angebot",
        # Bavarian praise ("so viel Guads ghört", "Sie san a Nette")
        "guads": "gutes",
        "guats": "gutes",
        "ghoert": "gehoert",
        "san": "sind",
        # a founder's anglicisms for the plain word ("als Customer gewinnen")
        "customer": "kunde",
        "customers": "kunden",
        "client": "kunde",
        "clients": "kunden",
    },
)
