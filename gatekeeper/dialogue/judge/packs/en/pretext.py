"""Rules for pretexts (Typ 2, the liar).

Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="only introducing himself",
        category="pretext",
        why='The blog\'s liar: "I only want to introduce myself" hides the sale.',
        weight=2.0,
        phrases=(
            "just checking in",
            ("see how things are going", 1.5),
            ("I just want to introduce myself", 2.5),
            "introduce myself",
            ("courtesy call", 2.5),
            ("just wanted to say hello", 2.5),
            "say hello",
            ("check in", 1.5),
            ("get to know you", 1.5),
        ),
    ),
    Rule(
        name="the boss asked for the call (phrases)",
        category="pretext",
        why="Claiming the boss asked for or expects the call is a made-up errand.",
        weight=2.0,
        phrases=(
            "calling back",
            "call him back",
            ("asked me to call", 2.5),
            "he asked me to",
            ("he wanted me to call", 2.5),
            ("returning his call", 2.5),
            ("expecting my call", 2.5),
            "he's expecting",
            ("he told me to call", 2.5),
            "he's been expecting",
        ),
    ),
    Rule(
        name="a personal matter (phrases)",
        category="pretext",
        why="A private or personal matter keeps the gatekeeper from asking further.",
        weight=2.5,
        phrases=(
            "it's personal",
            "personal matter",
            "private matter",
            "it's private",
            ("private", 2.0),
            ("confidential", 1.2),
        ),
    ),
    Rule(
        name="an earlier contact that never was",
        category="pretext",
        why="A contact, agreement or working relationship that is not there.",
        weight=2.0,
        phrases=(
            ("we've already been in touch", 2.5),
            "been in touch",
            "we spoke before",
            ("following up on our conversation", 2.5),
            ("following up", 1.5),
            "previous conversation",
            "our last conversation",
            ("as discussed", 1.5),
            ("we already work together", 2.5),
            ("we already work with you", 2.5),
            "existing customer",
            "follow up call",
            "follow up from",
            ("the meeting we had", 2.5),
            ("our last meeting", 2.5),
            "as agreed",
            "we arranged",
            "arranged this",
            "touch base",
            "catch up with him",
        ),
    ),
    Rule(
        name="claims to know the boss (phrases)",
        category="pretext",
        why="Claimed acquaintance with the boss is a pretext to get through.",
        weight=2.0,
        phrases=(
            "he knows me",
            "an old friend of",
            ("a friend of", 1.5),
            "we're friends",
            "we know each other",
            "we met at",
            "he knows what it's about",
            ("referred by", 1.5),
        ),
    ),
    Rule(
        name="a survey or study",
        category="pretext",
        why="A survey or study is the classic disguise of a sales call.",
        weight=2.0,
        phrases=(
            ("study", 1.5),
            ("a short survey", 2.5),
            "survey",
            "market research",
            ("his opinion", 1.5),
            ("your opinion", 1.5),
            "quality check",
            "customer satisfaction",
        ),
    ),
    Rule(
        name="denies the sale",
        category="pretext",
        why='Denying the sale ("nothing to sell, just information") is the lie the gatekeeper tes'
        "ts for.",
        weight=2.0,
        phrases=(
            "just some information",
            ("quick information", 1.5),
            ("nothing to sell", 2.5),
            ("don't worry", 1.0),
        ),
    ),
    Rule(
        name="an errand on their account",
        category="pretext",
        why="An admin errand on their order, invoice or records that only the boss can settle.",
        weight=2.5,
        phrases=(
            "about his order",
            ("his order", 1.5),
            ("your order", 1.5),
            ("his inquiry", 2.0),
            ("his request", 2.0),
            "your account manager",
            ("account manager", 1.5),
            ("your new contact", 2.0),
            ("your contact person", 2.0),
            ("your local partner", 2.0),
            "outstanding invoice",
            ("company details", 2.0),
            "check your details",
            "update your records",
            "update our records",
            ("data check", 2.0),
            ("quick check", 1.2),
            "service call",
            "routine call",
            "customer care call",
        ),
    ),
    Rule(
        name="poses as an authority",
        category="pretext",
        why="Calling on behalf of a chamber or authority borrows trust that is not the caller's.",
        weight=2.5,
        phrases=(
            "Chamber of Commerce",
            ("on behalf of the", 1.2),
        ),
    ),
    Rule(
        name="denies selling",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=3.0,
        patterns=(
            r"\b(?:not|nothing|never|dont|isnt|arent|wont|aint)\b{gap}\s+{sell}\b",
            r"\bno\s+{sell}\b",
        ),
        suppresses="honest",
    ),
    Rule(
        name="answers 'no'",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.0,
        patterns=(r"^(?:no|nope)\b(?!\s+(?:more|longer|need|problem|worries|doubt|matter)\b)",),
    ),
    Rule(
        name="a bare no to 'you only want to sell me something?'",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"^(?:oh\s+)?(?:(?:of course|absolutely|certainly|definitely|really|god|heavens|go"
            r"odness|good lord)\s+)?(?:not|no|nah)(?:\s+(?:at all|really|exactly|way|in the sl"
            r"ightest|a bit|me))?$",
            "^(?:by no means|far from it|quite the opposite)$",
        ),
    ),
    Rule(
        name="the boss asked for the call",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+(?:told|asked|wanted|said"
            r")\b(?:\s+\w+){0,8}?\s+(?:call|ring|phone|touch|contact|reach)\b",
        ),
    ),
    Rule(
        name="claims to be in charge of their account",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are)\b(?:\s+\w+){0,8}?\s+(?:looking\s+after|in\s+charge"
            r"\s+of|responsible\s+for)\s+your\b",
        ),
    ),
    Rule(
        name="claims to have met the boss",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:met|bumped\s+into|ran\s+into|spoke\s+(?:to|with)|talked\s+(?:to|with)|saw|c"
            r"hatted\s+with)\s+(?:your\s+(?:boss|manager|director|md|ceo|owner)|him|her|mr\s+\w"
            r"+|mrs\s+\w+|ms\s+\w+)\b",
        ),
    ),
    Rule(
        name="a personal matter",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=("{personal}",),
    ),
    Rule(
        name="keeps a personal matter for the boss",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=3.0,
        patterns=(
            r"(?:{personal})(?:\s+\w+){0,6}?\s+(?:rather|prefer|myself|directly|personally|in\s"
            r"+person|face\s+to\s+face)\b(?:\s+\w+){0,4}",
        ),
        suppresses="vague",
    ),
    Rule(
        name="only 'just wanted to'",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.2,
        patterns=(r"\b(?:just|only)\s+(?:wanted|want|wanna|calling|called|ringing)\s+to\b",),
    ),
    Rule(
        name="claims an existing account",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?{invoice_etc"
            r"}\b",
            r"\b(?:outstanding|unpaid|overdue|open)\s+(?:invoice|bill|payment|balance|amount)s"
            r"?\b",
        ),
        suppresses="flattery",
    ),
    Rule(
        name="calls on behalf of an authority",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:chamber|council|ministry|governmen"
            r"t|association|department|regulator|authority|tax|federation|board|hmrc|revenue|i"
            r"rs|city|county|state)\b",
        ),
        suppresses="honest",
    ),
    Rule(
        name="a meeting that never was",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:meeting|call|conversation|chat|talk)\s+we\s+(?:had|arranged|agreed|set\s+up"
            r")\b",
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+and\s+i\s+(?:\w+\s+)?(?:arranged|agre"
            r"ed|discussed|spoke|talked|met)\b",
        ),
    ),
    Rule(
        name="claims to be their partner already",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are)\s+(?:your|his)\s+(?:\w+\s+){0,2}?(?:account\s+mana"
            r"ger|contact|rep|representative|partner|adviser|advisor|consultant|supplier|provi"
            r"der|agent)\b(?!\s+(?:if|once|when)\b)",
        ),
    ),
    Rule(
        name="returns a call that never was",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\breturn(?:ing)?\s+(?:his|her|your|the)\s+(?:\w+\s+)?(?:call|message|email|voice"
            r"mail)\b",
            r"\b(?:he|she|your\s+boss|mr\s+\w+|ms\s+\w+|mrs\s+\w+)\s+(?:called|rang|phoned|ema"
            r"iled|wrote|messaged)\s+(?:me|us)\b",
            r"\bget(?:ting)?\s+back\s+to\s+(?:him|her)\b",
        ),
    ),
    Rule(
        name="claims an existing relationship",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\b(?:weve|we\s+have|we\s+are|were)\s+(?:\s*(?!not\b|never\b)\w+\s+){0,2}?(?:work"
            r"ing|worked|partnered|partnering)\s+(?:(?!not\b)\w+\s+){0,2}?with\s+you\b",
            r"\b(?:existing|current|ongoing|running)\s+(?:\w+\s+)?(?:contract|agreement|accoun"
            r"t|partnership|relationship|order|collaboration|subscription)\b",
        ),
    ),
    Rule(
        name="only information",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:just|only|merely|purely)\s+(?:\w+\s+){0,2}?(?:information|info|informationa"
            r"l|to\s+say\s+hello|saying\s+hello|say\s+hi)\b",
        ),
    ),
    Rule(
        name="the boss supposedly knows",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss|the\s+boss|your\s+manager)\s"
            r"+(?:already\s+|will\s+)?(?:knows?|ll\s+know)\s+(?:what|all\s+about|about\s+it|th"
            r"e\s+score|why)\b",
            r"\bhell\s+know\s+(?:what|why)\b",
            r"\b{he_etc}\s+(?:will\s+|ll\s+|would\s+|already\s+|definitely\s+|surely\s+)?(?:kn"
            r"ows?|remembers?|recogni[sz]es?)\s+(?:who\s+(?:i\s+am|this\s+is|we\s+are)|my\s+na"
            r"me|me|us)\b",
        ),
    ),
    Rule(
        name="claims to be from an authority",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\bfrom\s+(?:the\s+|your\s+local\s+|your\s+)?(?:\w+\s+)?{taxoffice_authorit_depar"
            r"_etc}\b",
        ),
        suppresses="honest",
    ),
    Rule(
        name="refers to an earlier matter",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b{thing_etc}\s+(?:from|of|on)\s+(?:last\s+(?:week|month|time|friday|monday|tues"
            r"day|wednesday|thursday)|yesterday|the\s+other\s+day|earlier|before)\b",
        ),
    ),
    Rule(
        name="tells her what to pass on",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.2,
        patterns=(
            r"\b(?:just\s+)?tell\s+(?:him|her|your\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:it"
            r"s|it\s+is|thats|that\s+its|that\s+i|im|i\s+am)\b",
            r"(?<!lets\s)\b(?:just|simply)\s+say\s+(?:its|it\s+is|thats|that\s+its)\b",
        ),
    ),
    Rule(
        name="claims to know the boss",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:i|we)\s+know\s+(?:him|her|your\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+|each\s+ot"
            r"her)\s+(?:\w+\s+)?(?:personally|well|privately|from|since|for\s+years|through)\b",
            r"\b(?:we|he\s+and\s+i|she\s+and\s+i)\s+(?:\w+\s+){0,2}?(?:play|played|golf\w*|wen"
            r"t|studied|trained|sail|sailed|served|grew\s+up|were\s+at\s+school|ran)\s+(?:\w+\s"
            r"+){0,3}?together\b",
            r"\b(?:golf|tennis|squash|sailing|rotary|lions|rowing|running)\s+(?:buddy|buddies|"
            r"partner|partners|club|friend|friends|mate|mates|pal|pals)\b",
            r"\b(?:from|since)\s+the\s+(?:\w+\s+)?(?:conference|trade\s+(?:fair|show)|expo|exh"
            r"ibition|seminar|congress|convention|summit|reunion)\b",
        ),
    ),
    Rule(
        name="refers to papers they supposedly sent",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\b(?:the|that|this|your|his|her)\s+(?:\w+\s+)?{invoice_etc2}s?\s+(?:that\s+|whic"
            r"h\s+)?{you_etc}\s+(?:\w+\s+)?{sent_etc}\b",
        ),
    ),
    Rule(
        name="an admin errand on their records",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.5,
        patterns=(
            r"\b(?:updat\w*|check\w*|verif\w*|confirm\w*|complet\w*|compil\w*|refresh\w*|corre"
            r"ct\w*)\s+(?:our|your|the|his|a|their|some|a\s+few)\s+(?:\w+\s+){0,2}?{database_e"
            r"tc}\b",
        ),
    ),
    Rule(
        name="poses as someone the boss trusts",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b{onbehalfof_etc}\s+(?:the\s+)?(?:(?:his|her|your)\s+(?:\w+\s+){0,2}?{trusted}|"
            r"{trusted}\s+of\s+(?:his|her))\b",
        ),
    ),
    Rule(
        name="calls about his account",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?(?:loan|mort"
            r"gage|test\s+results)\b",
            r"(?<!\bopen\s)(?<!\bopens\s)(?<!\bopening\s)(?<!\bup\s)(?<!\bout\s)(?<!\bfor\s)\b"
            r"(?:his|her|your)\s+(?:\w+\s+)?{account_etc}s?\s+with\s+us\b(?!(?:\s+\w+){0,3}?\s"
            r"+{open_etc}\w*)",
        ),
    ),
    Rule(
        name="a prize draw",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.2,
        patterns=(r"\b{prize}\b",),
    ),
    Rule(
        name="the boss supposedly won something",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:has\s+|had\s+|just\s+|actually\s+|already\s+|been\s+|was\s+)*(?:wo"
            r"n|entered|took\s+part|participated|drawn|picked\s+as)\b(?!\s+(?:the\s+|a\s+|new\s"
            r"+)*{market_etc})",
            r"\b(?:one\s+of\s+(?:the|our)|the\s+lucky|our\s+lucky|(?:the|a)\s+winner\s+of)\s+("
            r"?:\w+\s+)?(?:winners?|our|the|this)\b",
            r"\b(?:claim|collect|deliver\w*|send|pick\s+up|hand\s+over|arrange)\s+(?:\w+\s+){0"
            r",3}?(?:his|her|the|your)\s+(?:\w+\s+)?(?:prize|winnings|reward)\b",
        ),
    ),
    Rule(
        name="the boss supposedly picked for a prize",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:has\s+|had\s+|have\s+|just\s+|personally\s+|actually\s+|been\s+|wa"
            r"s\s+|is\s+)*(?:selected|chosen|picked|nominated)\s+(?:for|to\s+(?:receive|win|ge"
            r"t|enjoy))\b",
        ),
        suppresses="flattery",
    ),
    Rule(
        name="a free treat for the boss",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=1.2,
        patterns=(
            r"\b(?:free|complimentary)\s+(?:\w+\s+)?(?:weekend|trip|holiday|vacation|cruise|st"
            r"ay|night|nights|spa|dinner|tickets?|hamper|gift|voucher|getaway|break|bottle)\b",
        ),
    ),
    Rule(
        name="confirms a meeting that never was",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:confirm\w*|reconfirm\w*|reschedul\w*|postpon\w*|re\s+schedul\w*)\s+(?:our|h"
            r"is|your|the|tomorrows|todays|next\s+weeks)\s+(?:\w+\s+)?(?:meeting|appointment|c"
            r"all|visit|date|slot)\b",
            r"\b(?:about|regarding|concerning|re)\s+our\s+(?:\w+\s+)?(?:meeting|appointment)\b",
        ),
    ),
    Rule(
        name="the whole answer: it is personal",
        category="pretext",
        why="offer with nothing in it",
        weight=2.5,
        patterns=(
            r"^(?:(?:its|thats|purely|strictly|very|rather|more|something)\s+)?(?:personal|pri"
            r"vate)(?:\s+(?:really|actually|basically|mostly|stuff|reasons))?$",
        ),
    ),
    Rule(
        name="the boss supposedly asked for the call",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:told|asked|wanted|said|invited|urged|suggested|insisted|begged|enc"
            r"ouraged)\b(?:\s+(?!not\b|never\b|dont\b|didnt\b)\w+){0,10}?\s+{call_etc}\b",
        ),
    ),
    Rule(
        name="a meeting to confirm",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:we|he|she|i|weve|ive|hes|shes)\s+{have_etc}\s+(?:a|an|the|our|this)\s+(?:\w"
            r"+\s+){0,3}?(?:meeting|appointment|call|visit|slot)\b(?:\s+\w+){0,10}?\s+{confirm"
            r"_etc}\b",
        ),
    ),
    Rule(
        name="poses as their own group's staff",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.5,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are|this\s+is|calling|ringing)\s+(?:\w+\s+){0,4}?(?:fro"
            r"m|with|at)\s+(?:\w+\s+)?your\s+{parentcompany_etc}\b",
            r"\b(?:from|with|at)\s+(?:group|corporate|head\s+office)\s+(?:it|audit|compliance)"
            r"\b",
        ),
    ),
    Rule(
        name="an internal check of all their sites",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:\w+\s+)?{checking_etc}\s+(?:\w+\s+)?(?:all|ev"
            r"ery)\s+(?:the\s+|of\s+the\s+|your\s+)?(?:\w+\s+)?{sites_etc}\b",
        ),
    ),
    Rule(
        name="a catch-up agreed with the boss",
        category="pretext",
        why="Typ 2, the liar: a made-up reason for the call that the gatekeeper sees through.",
        weight=2.0,
        patterns=(
            r"\b(?:we|(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+and\s+i)\s+(?:wante"
            r"d|meant|agreed|said\s+we\s*d|were\s+going)\s+(?:to\s+)?(?:\w+\s+)?{reconnect_etc"
            r"}\b",
        ),
    ),
)
