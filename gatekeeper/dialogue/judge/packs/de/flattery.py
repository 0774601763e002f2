"""Rules for flattery and hype (Typ 1, the show).

Typ 1, the show: praise and hype instead of a plain sentence.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="claims to be the best",
        category="flattery",
        why="Market leader, number one, the best: the show-off pitch (Typ 1).",
        weight=2.0,
        phrases=(
            "absoluter Marktführer",
            ("Marktführer", 1.5),
            ("die Nummer eins", 1.5),
            ("die Nummer 1", 1.5),  # as Whisper writes it: "eins" is kept a word, "1" is not
            "das Beste am Markt",
            "das Beste auf dem Markt",
            ("weltweit führend", 1.5),
            ("führender Anbieter", 1.5),
            "nur das Beste",
            ("das es je gab", 1.5),
            "das nächste Level",
            "next Level",
            "Hidden Champion",
            ("Role Model", 1.5),
            ("das Beste was", 1.2),
            "verdient das Beste",
        ),
        must_catch=(
            "Euer Recruiting ist einfach next Level.",
            "Ihr seid echt ein Hidden Champion, Respekt.",
        ),
        must_not_catch=(
            "jetzt stellen sie mich doch bitte einfach kurz durch das dauert echt nur zwei minuten",
        ),
    ),
    Rule(
        name="an exclusive chance",
        category="flattery",
        why="A once-only, hand-picked, today-only chance is hype, not content.",
        weight=2.0,
        phrases=(
            "einmalige Gelegenheit",
            "einmalige Chance",
            "einmaliges Angebot",
            "exklusives Angebot",
            "nur für ausgewählte",
            "ausgewählte Kunden",
            "ausgewählte Firmen",
            "ausgewählte Unternehmen",
            ("etwas ganz Besonderes", 1.5),
            "ein Angebot das Sie nicht ablehnen können",
            ("nur heute", 1.5),
            "Herzlichen Glückwunsch",
            "Sie wurden ausgewählt",
            "Sie haben gewonnen",
            "exklusiv für Sie",
            ("nur für Sie", 1.5),
            ("nur diese Woche", 1.5),
            ("nur noch heute", 1.5),
            ("Sonderangebot", 1.5),
            ("Sonderpreis", 1.5),
            ("Vorzugspreis", 1.5),
            ("Aktionspreis", 1.5),
            "auf keinen Fall entgehen lassen",
            ("nicht entgehen lassen", 1.5),
        ),
        must_catch=(
            "Herzlichen Glückwunsch, Sie haben gewonnen!",
            "Das ist eine einmalige Chance, so etwas Großartiges hat er noch nie gesehen!",
        ),
        must_not_catch=(
            "es geht um eine riesen chance wirklich was ganz großes mehr kann ich noch nicht "
            "verraten",
        ),
    ),
    Rule(
        name="praises her voice",
        category="flattery",
        why="Compliments to the gatekeeper herself are flattery.",
        weight=2.0,
        phrases=(
            "wunderbare Stimme",
            "sympathische Stimme",
            "glücklich schätzen",
            "Sie klingen so sympathisch",
            ("so sympathisch", 1.5),
        ),
        must_catch=(
            "Was für eine sympathische Stimme, Sie haben mir den Tag versüßt!",
            "Sie haben eine wunderbare Stimme, Sie sind sicher die gute Seele des Hauses.",
        ),
        must_not_catch=("Danke, dass Sie so ehrlich sind. Dann alles Gute für Sie und Ihr Team.",),
    ),
    Rule(
        name="praises the firm",
        category="flattery",
        why="Praise of the firm, its team or its reputation is flattery.",
        weight=1.5,
        phrases=(
            ("renommiertes Haus", 2.0),
            ("renommiertes Unternehmen", 2.0),
            ("ein tolles Unternehmen", 2.0),
            ("hervorragenden Ruf", 2.0),
            "so beeindruckend",
            "so erfolgreich",
            ("ein Unternehmen wie Ihres", 1.0),
            ("eine Firma wie Ihre", 1.0),
            "ein super Team",
            "ein tolles Team",
            "Sie sind bekannt für",
            ("von Ihrer Firma gehört", 1.2),
            "so viel Gutes",
            ("eine Firma Ihrer Klasse", 2.0),
            ("ein Unternehmen Ihrer Klasse", 2.0),
            "Ruf in der Branche",
            "in der Branche bekannt",
            ("einen hervorragenden Ruf", 2.0),
        ),
        must_catch=(
            "Ihr Geschäftsführer ist ja eine Legende in der Branche.",
            "So eine Qualität gibt es sonst nirgendwo in der Branche.",
        ),
        must_not_catch=("Ich hätte gern einen Auftrag von Ihrer Firma, wir sind Malermeister.",),
    ),
    Rule(
        name="promises delight",
        category="flattery",
        why="Promising he will be thrilled, without saying why, is the show.",
        weight=2.0,
        phrases=(
            ("Sie werden begeistert sein", 1.5),
            ("stellen Sie sich vor", 1.5),
            "restlos begeistert",
            "alle sind begeistert",
            "das wird ihn umhauen",
        ),
        must_catch=(
            "Er wird begeistert sein, glauben Sie mir, alle unsere Kunden sind restlos begeistert!",
            "Das wird Ihren Chef umhauen, versprochen, das ist das Beste, was er dieses Jahr "
            "hören wird!",
        ),
        must_not_catch=(
            "na ich möcht halt ihren chef als kunden haben für unsere kaffeeautomaten",
        ),
    ),
    Rule(
        name="superlative",
        category="flattery",
        why="Superlatives ('the best', 'the most innovative') are the show (Typ 1); each one is a"
        " small point.",
        weight=0.8,
        patterns=("{superlative}",),
        must_catch=(
            "Er hat dann einfach das Beste vom Besten.",
            "Wir haben die schnellste und zuverlässigste Software, die es weltweit gibt.",
        ),
        must_not_catch=(
            "ähm er hat dann halt einfach mehr davon also es lohnt sich auf jeden fall",
        ),
    ),
    Rule(
        name="claims to be the best anywhere",
        category="flattery",
        why="'The best on the market / in the world' is the show-off pitch (Typ 1).",
        weight=1.5,
        patterns=(
            r"{superlative}(?:\s+\w+){0,3}?\s+(?:am markt|auf dem markt|der welt|weltweit|der "
            r"branche|ueberhaupt|aller zeiten|in deutschland|in europa|das es gibt|die es gibt"
            r"|den es gibt)\b",
        ),
        must_catch=(
            "Er bekommt ein traumhaftes Produkt, das Allerbeste überhaupt.",
            "das ist die innovativste lösung am markt ein echter meilenstein",
        ),
        must_not_catch=("Nein, nein, überhaupt nicht.",),
    ),
    Rule(
        name="compliments her",
        category="flattery",
        why="Compliments to the gatekeeper herself are flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:schoene|tolle|nette|angenehme|sympathische|wunderbare|wunderschoene|freundl"
            r"iche)\s+stimme\b",
            r"\bist\s+(?:\w+\s+)?(?:klasse|spitze|der\s+hammer|ein\s+traum)\b",
        ),
        must_catch=(
            "ähm ja also ihre webseite ist echt der hammer so was schönes hab ich lange nicht"
            " gesehen",
            "boah sie haben ne wahnsinnig angenehme stimme haben sie schon mal übers radio na"
            "chgedacht",
        ),
        must_not_catch=("ja aber warum denn nicht sie haben das doch noch gar nicht gesehen",),
    ),
    Rule(
        name="compliments the listener",
        category="flattery",
        why="Telling her how kind or competent she sounds is flattery.",
        weight=1.5,
        patterns=(
            r"\bsie\s+(?:sind|klingen|wirken|waren)\s+(?:\w+\s+)?(?:so|sehr|wirklich|echt|ja|t"
            r"otal|unglaublich|besonders|aber)\s+{kind_adjectives}\w*",
            r"\b(?:so|sehr)\s+(?:nett|freundlich|herzlich|charmant|angenehm)\w*\s+(?:\w+\s+){0,"
            r"5}?(?:empfangen|begruesst|behandelt|bedient|aufgenommen)\b",
        ),
        must_catch=(
            "so herzlich bin ich heute noch nicht begrüßt worden",
            "Was für ein herzlicher Empfang, so freundlich wird man selten begrüßt!",
        ),
        must_not_catch=("Aber Sie wissen doch noch gar nicht, was ich anbiete!",),
    ),
    Rule(
        name="calls the listener indispensable",
        category="flattery",
        why="Calling her the good soul or the heart of the firm is flattery.",
        weight=1.5,
        patterns=(
            r"\bohne\s+sie\s+(?:\w+\s+)?(?:laeuft|geht|funktioniert|waere|liefe|ginge)\b",
            r"\b(?:seele|herz|herzstueck|rueckgrat)\s+(?:des|der|vom)\s+(?:hauses|unternehmens"
            r"|betriebs|bueros|teams|firma|ladens|ganzen)\b",
            r"\bgute\s+seele\b",
            r"\bwichtigste[nr]?\s+(?:person|frau|mann|mitarbeiter\w*|kraft)\b",
        ),
        must_catch=(
            "Ich liebe Ihren Akzent, Sie sind bestimmt die gute Seele vom Büro.",
            "Sie haben eine wunderbare Stimme, Sie sind sicher die gute Seele des Hauses.",
        ),
        must_not_catch=(
            "Wir sind eine Steuerkanzlei und würden Ihren Chef gern als Mandanten gewinnen.",
        ),
    ),
    Rule(
        name="praises her judgement",
        category="flattery",
        why="Praising her experience or instinct flatters her into putting him through.",
        weight=1.5,
        patterns=(
            r"\b(?:jemand|eine?\s+(?:\w+\s+)?(?:frau|mann|person|dame|profi|fachfrau|fachkraft"
            r"|kraft)|leute|menschen)\s+{with_her_judgement}\b",
            # "mit Ihren Gespür": speakers and Whisper alike miss the dative ending
            r"\bmit\s+(?:ihrer|ihrem|ihren)\s+(?:\w+\s+)?\w*(?:erfahrung|gespuer|menschenkenn"
            r"tnis|instinkt|riecher|feingefuehl|intuition|urteilsvermoegen)\b",
            r"\bso\s+(?:erfahren|kompetent|klug|schlau|aufmerksam|scharfsinnig|clever|gewieft|"
            r"erfahrene\w*|kluge\w*)\s+(?:\w+\s+)?wie\s+sie\b",
            r"\bsie\s+(?:klingen|wirken|scheinen|hoeren\s+sich)\s+(?:\w+\s+)?(?:wie|nach)\s+(?"
            r":jemand\w*|einer?\s+(?:frau|person|dame|profi)|eine[rm]?\s+(?:\w+\s+)?(?:frau|pe"
            r"rson|dame))\s+(?:die|der|mit|dem)\b",
        ),
        must_catch=(
            "Sie wirken wie eine Frau, die alles im Griff hat.",
            "Sie klingen wie jemand, der den Laden am Laufen hält.",
            "Mit Ihren Erfahrung sehen Sie sofort, was der Chef braucht.",
        ),
        must_not_catch=(
            "come on jeder kauft irgendwas sonst würde euer laden ja gar nicht laufen gib mir"
            " einfach mal den chef",
            "Mit Ihren Kollegen aus dem Einkauf habe ich schon gesprochen.",
        ),
    ),
    Rule(
        name="compliments her manner",
        category="flattery",
        why="Praising her voice, accent or welcome is flattery.",
        weight=1.5,
        patterns=(
            r"\bich\s+(?:\w+\s+)?(?:liebe|mag|bewundere)\s+(?:ihren|ihre|ihr)\s+(?:\w+\s+)?(?:"
            r"akzent|stimme|dialekt|art|lachen|humor|namen|tonfall)\b",
            r"\b(?:schoen|toll|sympathisch|angenehm|charmant|herrlich|wunderbar|nett|suess|war"
            r"m|herzlich|freundlich)\w*\s+(?:akzent|dialekt|lachen|empfang|begruessung)\b",
            r"\bwas\s+fuer\s+(?:ein|eine|einen)\s+(?:\w+\s+)?{warm_adjectives}\w*\s+(?:empfang"
            r"|begruessung|stimme|art|frau|dame|mensch|team|akzent|lachen|service)\b",
            r"\b(?:tag|morgen|vormittag|nachmittag|woche)\s+(?:\w+\s+)?(?:gerettet|versuesst|v"
            r"erschoenert|gemacht)\b",
        ),
        must_catch=(
            "Was für eine sympathische Stimme, Sie haben mir den Tag versüßt!",
            "Ich liebe Ihren Akzent, Sie sind bestimmt die gute Seele vom Büro.",
        ),
        must_not_catch=(
            "Wir sind eine Steuerkanzlei und würden Ihren Chef gern als Mandanten gewinnen.",
        ),
    ),
    Rule(
        name="calls her the one who runs things",
        category="flattery",
        why="Calling her the secret boss who runs the place is flattery.",
        weight=1.5,
        patterns=(
            r"\bsie\s+(?:sind|waeren|muessen)\s+(?:ja\s+|doch\s+|wohl\s+|bestimmt\s+|sicher\s+"
            r"|hier\s+|da\s+)*(?:die|der)\s+(?:einzige|einzigste|eigentliche|heimliche|wahre|e"
            r"chte)\w*\b",
            r"\bheimliche\w*\s+(?:chef\w*|boss|leiter\w*)\b",
            r"\b(?:den|vollen|ganzen)\s+(?:vollen\s+|ganzen\s+)?ueberblick\s+(?:hat|haben|beha"
            r"lten|behaelt)\b",
            r"\bden\s+laden\s+(?:\w+\s+)?(?:schmeissen|schmeisst|zusammenhalten|zusammenhaelt)"
            r"\b",
            r"\b(?:den\s+laden|das\s+buero|die\s+firma|den\s+betrieb|den\s+ganzen\s+laden|das\s"
            r"+ganze|alles)\s+(?:\w+\s+){0,2}?(?:am\s+laufen\s+(?:halt\w*|haelt)|im\s+griff\s+"
            r"ha\w*|zusammen(?:halt\w*|haelt))\b",
        ),
        must_catch=(
            "Sie sind doch die heimliche Chefin dort, oder?",
            "Sie wirken wie eine Frau, die alles im Griff hat.",
        ),
        must_not_catch=("Das entscheiden doch nicht Sie, sondern Herr Weber, oder?",),
    ),
    Rule(
        name="gushes about the firm or the boss",
        category="flattery",
        why="Gushing about what the boss has built is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:ihre|ihr)\s+(?:firma|unternehmen|haus|chef|chefin|geschaeftsfuehrer\w*|team"
            r"|betrieb|inhaber\w*)\s+(?:ist|sind|war)\s+(?:\w+\s+)?{fame_words}\w*",
            r"\bich\s+(?:\w+\s+){0,2}?bewunder\w*\b",
            r"\bwas\s+(?:ihr|ihre|er|sie|ihr\s+chef|ihre\s+chefin|der\s+chef|herr\s+\w+|frau\s"
            r"+\w+)\s+(?:\w+\s+){0,2}?(?:aufgebaut|geschaffen|erreicht|geleistet)\s+(?:hat|hab"
            r"en)\b",
        ),
        must_catch=(
            "Was Ihr Chef da aufgebaut hat, ist der Wahnsinn.",
            "Ich bewundere sehr, was Ihre Chefin geschaffen hat.",
        ),
        must_not_catch=("also ich möchte ihrer chefin ein angebot für ihre drucker machen",),
    ),
    Rule(
        name="praises how she works",
        category="flattery",
        why="Praising how professionally she handles calls is flattery.",
        weight=1.5,
        patterns=(
            r"\bsie\s+{doing_verbs}\s+(?:\w+\s+){0,3}?(?:so|sehr|wirklich|echt|total|richtig|a"
            r"usgesprochen|unglaublich|super)\s+(?:\w+\s+)?{work_praise}\w*\b",
            r"\bsie\s+(?:sind|wirken|klingen)\s+(?:\w+\s+)?(?:so|sehr|wirklich|echt|total|ungl"
            r"aublich|ausgesprochen)\s+(?:professionell|kompetent|souveraen|zuvorkommend|charm"
            r"ant|hilfsbereit)\w*\b",
            r"\b(?:respekt|hut\s+ab|chapeau|alle\s+achtung|bewundernswert|beeindruckend|vorbil"
            r"dlich|klasse|toll|super|stark)\b(?:\s+\w+){0,2}?\s+wie\s+sie\b",
            r"\bwie\s+sie\s+(?:\w+\s+){1,4}?(?:machen|managen|meistern|handhaben|regeln|organi"
            r"sieren|fuehren|schaukeln|hinkriegen)\b(?:\s+\w+){0,3}?\s+{admiring_adjectives}\w"
            r"*\b",
            r"\bhut\s+ab\b",
            r"\balle\s+achtung\b",
            r"\bchapeau\b",
        ),
        must_catch=(
            "Sie machen das wirklich souverän, Hut ab!",
            "Hut ab, Sie machen Ihren Job gut. Schönen Tag noch.",
        ),
        must_not_catch=("Das machen Sie sehr professionell, danke und schönen Tag noch.",),
    ),
    Rule(
        name="holds her up as a model",
        category="flattery",
        why="Holding her up as a model for others is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:eine?|ne|n)\s+scheibe\s+(?:\w+\s+)?abschneiden\b",
            r"\bsich\b(?:\s+\w+){0,4}?\s+(?:was|etwas)\s+(?:\w+\s+)?abschneiden\b",
            r"\b(?:andere|viele|manche|die\s+meisten|alle)\b(?:\s+\w+){0,5}?\s+von\s+ihnen\s+("
            r"?:\w+\s+){0,2}?(?:lernen|abgucken|abschauen)\b",
        ),
        must_catch=(
            "Da können andere Firmen noch was von Ihnen lernen.",
            "Von Ihnen könnten sich andere Sekretariate echt was abschneiden.",
        ),
        must_not_catch=(
            "Kein Problem, dann wünsch ich Ihnen noch einen guten Tag. Wenn sich was ändert, "
            "freu ich mich über einen Anruf.",
        ),
    ),
    Rule(
        name="tells them to be proud",
        category="flattery",
        why="Telling them they can be proud is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:kann|koennen|darf|duerfen|muss|muessen|sollte|sollten|koennte|koennten)\s+("
            r"?:(?!wir\b|ich\b)\w+\s+){0,3}?(?:stolz|maechtig\s+stolz)\s+(?:sein|drauf|darauf|"
            r"auf)\b",
            r"\bwie\s+stolz\s+(?:er|sie)\b",
        ),
        must_catch=(
            "Da können Sie aber stolz drauf sein, so ein Haus!",
            "Ihr Chef kann wirklich stolz sein auf das, was er da aufgebaut hat.",
        ),
        must_not_catch=(
            "Ihr Chef kann sein Konto bei uns in fünf Minuten eröffnen, ich möchte ihm das an"
            "bieten.",
        ),
    ),
    Rule(
        name="a long-time admirer",
        category="flattery",
        why="Posing as a long-time admirer of the firm is flattery.",
        weight=1.2,
        patterns=(
            r"\b(?:verfolge\w*|beobachte\w*|bewundere\w*)\s+(?:ich\s+|wir\s+)?(?:ihr|ihre[nms]"
            r"?|sein|seine[nms]?)\s+(?:\w+\s+){0,2}?(?:schon\s+|bereits\s+)?(?:seit|lange|jahr"
            r"elang)\b",
        ),
        must_catch=(
            "Ich verfolge Ihre Firma schon seit Jahren mit großer Begeisterung.",
            "also äh ich verfolge ihr haus schon seit jahren und ich muss wirklich sagen so e"
            "ine innovationskraft so eine qualität das findet man sonst nirgends in deutschla"
            "nd ihr chef kann echt stolz sein",
        ),
        must_not_catch=(
            "Ja grüß Gott, also ich bin der Thomas von der Firma Lechner, wir machen Reinigun"
            "g für Büros hier im Landkreis schon seit zwanzig Jahren, und ich ruf an, weil ic"
            "h Ihren Chef gern als Kunden gewinnen möcht, einfach mal schauen ob das passt.",
        ),
    ),
    Rule(
        name="found nowhere else",
        category="flattery",
        why="'Nowhere else in the sector' is the show (Typ 1).",
        weight=1.2,
        patterns=(
            r"\b(?:sonst\s+nirgends|sonst\s+nirgendwo|nirgendwo\s+sonst|nirgends\s+sonst|nirge"
            r"ndwo\s+anders|sucht\s+man\s+(?:\w+\s+){0,2}?vergeblich|seinesgleichen)\b",
        ),
        must_catch=(
            "So eine Qualität gibt es sonst nirgendwo in der Branche.",
            "also äh ich verfolge ihr haus schon seit jahren und ich muss wirklich sagen so e"
            "ine innovationskraft so eine qualität das findet man sonst nirgends in deutschla"
            "nd ihr chef kann echt stolz sein",
        ),
        must_not_catch=(
            "Ja grüß Gott, also ich bin der Thomas von der Firma Lechner, wir machen Reinigun"
            "g für Büros hier im Landkreis schon seit zwanzig Jahren, und ich ruf an, weil ic"
            "h Ihren Chef gern als Kunden gewinnen möcht, einfach mal schauen ob das passt.",
        ),
    ),
    Rule(
        name="holds the firm up as a model",
        category="flattery",
        why="Calling the firm a benchmark for the sector is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:ein|das|als|echtes|wahres|absolutes|grosses)\s+(?:\w+\s+)?(?:vorbild|aushae"
            r"ngeschild)\w*\s+(?:fuer|in|der|im)\b",
            r"\bmassstaebe\s+setz\w*",
            r"\bsetz\w*\s+(?:\w+\s+)?massstaebe\b",
        ),
        must_catch=(
            "Ihr Haus setzt ja Maßstäbe, das weiß jeder.",
            "Ihr Unternehmen ist ein echtes Vorbild für die ganze Region.",
        ),
        must_not_catch=("Herr Maier weiß schon, worum's geht.",),
    ),
    Rule(
        name="the boss or the firm known for greatness",
        category="flattery",
        why="'Known everywhere for ...' is flattery of the boss or the firm.",
        weight=1.5,
        patterns=(
            r"\b(?:er|sie|ihr\s+\w+|ihre\s+\w+|herr\s+\w+|frau\s+\w+|der\s+chef|die\s+firma)\s"
            r"+{known_as}",
        ),
        must_catch=(
            "Ihr Chef ist ja überall bekannt für seinen Weitblick.",
            "Herr Weber gilt als einer der klügsten Köpfe der Branche.",
            "Ihre Firma ist da weithin bekannt für ihren Service.",
        ),
        must_not_catch=(
            "Ich rufe wegen der Lotterie an, Herr Weber ist einer unserer Gewinner.",
            "Ihr Chef ist nicht bekannt für Geduld, das weiß ich.",
        ),
    ),
    Rule(
        name="a flagship everyone talks about",
        category="flattery",
        why="Calling the firm a flagship everyone talks about is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:ein|das|als|echtes|wahres|absolutes)\s+(?:\w+\s+)?(?:flaggschiff|leuchtturm"
            r"|paradebeispiel|aushaengeschild|aushaenge\w*)\w*\b",
            r"\b(?:alle|jeder|die\s+ganze\s+\w+|man)\s+(?:\w+\s+)?(?:redet|reden|spricht|sprec"
            r"hen|schwaermt|schwaermen)\s+(?:\w+\s+)?(?:von|ueber)\s+(?:ihnen|ihm|ihr|ihrer|ih"
            r"rem|ihren|ihre)\b",
            r"\bin\s+aller\s+munde\b",
        ),
        must_catch=(
            "Ihre Firma ist ja ein echtes Flaggschiff der Region.",
            "Alle reden von Ihnen, Sie sind ein Paradebeispiel für die ganze Branche.",
        ),
        must_not_catch=("Es geht um ein Thema, das Ihre ganze Branche betrifft.",),
    ),
    Rule(
        name="just the person he hoped to reach",
        category="flattery",
        why="'Exactly the kind of person I wanted to reach' is flattery.",
        weight=1.5,
        patterns=(
            # "genau so" is also written as one word ("genauso jemanden")
            r"\bgenau(?:\s*so)?\s+{just_the_person}\s+(?:\w+\s+){0,3}?(?:wollte|will|moechte|s"
            r"uche|suchte|gesucht|wollten|hoffte)\b",
        ),
        must_catch=(
            "Ihr Haus ist in aller Munde, genau so jemanden wollte ich sprechen.",
            "Sie führen Ihr Haus mit Weitblick, genauso jemanden wollte ich sprechen.",
            "Herr Weber gilt ja als einer der innovativsten Unternehmer im ganzen Landkreis, "
            "genau so jemanden wollte ich unbedingt sprechen.",
        ),
        must_not_catch=("ich rufe zurück herr weber wollte dass ich mich nochmal melde",),
    ),
    Rule(
        name="admires the premises in passing",
        category="flattery",
        why="Admiring the workshop or premises is small-talk flattery.",
        weight=2.0,
        patterns=(
            r"\b{premises_praise}\s+(?:betrieb|laden|firma|werkstatt|halle|haus|gebaeude|gelae"
            r"nde|buero|bueros|hof|standort|unternehmen)\s+(?:habt|haben|hat)\s+(?:ihr|sie|er)"
            r"\b",
            r"\b(?:ganz\s+)?(?:feine|tolle|schoene)\s+sache\s+das\b",
        ),
        must_catch=(
            "Tolle Werkstatt habt ihr da, echt.",
            "Schönes Gebäude haben Sie da, hab ich gestern gesehen.",
        ),
        must_not_catch=("ja aber warum denn nicht sie haben das doch noch gar nicht gesehen",),
    ),
    Rule(
        name="has heard only good things about her",
        category="flattery",
        why="'I have heard only good things about you' is flattery.",
        weight=2.0,
        patterns=(
            r"\b(?:so\s+viel|viel|nur|lauter|schon\s+viel|nichts\s+als)\s+gutes\s+(?:\w+\s+){0,"
            r"3}?gehoert\b",
        ),
        must_catch=(
            "Von Ihnen hab i nur Guads ghört.",
            "Ich hab schon viel Gutes über Sie gehört.",
        ),
        must_not_catch=(
            "Wir arbeiten doch schon lange mit Ihnen zusammen, es geht um den bestehenden Vertrag.",
        ),
    ),
    Rule(
        name="calls her a kind soul",
        category="flattery",
        why="Calling her a kind soul is flattery.",
        weight=1.5,
        patterns=(
            r"\bsie\s+sind\s+(?:(?:a|eine|ja|echt|wirklich|so|ganz|aber|total|sehr|halt|schon|"
            r"doch)\s+){1,4}(?:nette|liebe|freundliche|sympathische|charmante|herzliche|gute\s"
            r"+seele|perle)\b",
            # any other particle before "eine (ganz) Nette", also one ASR misheard ("la" for
            # "ja"), as long as it is no negation
            r"\bsie\s+sind\s+(?!{neg}\b)\w+\s+(?:eine|a)\s+(?:(?:ganz|so|echt|wirklich|"
            r"total|sehr|richtig)\s+)?(?:nette|liebe|freundliche|sympathische|charmante|herzlic"
            r"he|perle)\b",
        ),
        must_catch=(
            "Sie sind ja eine ganz Nette.",
            "Sie san scho a ganz a Liebe, gell.",
            "Sie sind bestimmt eine ganz Liebe.",
        ),
        must_not_catch=(
            "Ja scho, aber Sie wissen ja noch gar net, was i anbiet, gell.",
            "Sie sind keine Nette, aber ich rufe trotzdem wegen der Angebote an.",
            "Sie sind nicht eine ganz Liebe, sondern streng.",
        ),
    ),
    Rule(
        name="a fan of the firm or the boss",
        category="flattery",
        why="Declaring oneself a fan of the firm is flattery.",
        weight=1.5,
        patterns=(
            r"\bich\s+bin\s+(?:\w+\s+){0,2}?(?:fan|bewunderer|bewunderin)\s+(?:von|vom|ihres|i"
            r"hrer|eures|eurer|seines|seiner)\b",
            r"\b(?:ihr|euer|sein)\s+(?:\w+\s+)?fan\b",
        ),
        must_catch=(
            "Ich bin ein großer Fan von Ihrem Unternehmen, ehrlich.",
            "ey ihr seid ja voll die hidden champions ich bin echt fan von dem was herr weber"
            " da aufgebaut hat",
        ),
        must_not_catch=("Herr Weber erwartet meinen Anruf.",),
    ),
)
