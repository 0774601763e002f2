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
        must_catch=(
            "Just a quick courtesy call.",
            "No, I just want to introduce myself.",
        ),
        must_not_catch=("You know what, I'll just call back tomorrow, and the day after.",),
    ),
    Rule(
        name="says the boss expects the call",
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
        must_catch=(
            "He's expecting my call.",
            "His wife asked me to call him.",
        ),
        must_not_catch=("thirty day money back guarantee, no questions asked",),
    ),
    Rule(
        name="calls it private",
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
        must_catch=(
            "it's personal",
            "It's personal.",
        ),
        must_not_catch=("it's about a business matter",),
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
        must_catch=(
            "We've already been in touch, he knows me.",
            "um it's a follow up from the meeting we had",
        ),
        must_not_catch=(
            "Okay so, um, I'll be upfront with you, I'm from a company that does commercial k"
            "itchens, like installation and equipment, and I'd like to have Mr Weber as a cus"
            "tomer, that's really the reason for the call.",
        ),
    ),
    Rule(
        name="claims acquaintance",
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
        must_catch=(
            "i'm an old friend of john's",
            "I'm an old friend of Ms Krause.",
        ),
        must_not_catch=("Now hold on, you don't even know what this is about yet!",),
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
        must_catch=(
            "a quick survey, it only takes two minutes",
            "We're doing a survey, it only takes two minutes.",
        ),
        must_not_catch=("but it only takes five minutes please",),
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
        must_catch=(
            "don't worry i'm not a sales rep",
            "don't worry i'm not trying to sell you anything",
        ),
        must_not_catch=(
            "hm how do i put it it's like about making things better for you guys in general "
            "you know, nothing bad, just stuff that could be interesting at some point",
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
        must_catch=(
            "It's about his open order with us.",
            "It's about his order from last week.",
        ),
        must_not_catch=(
            "Okay so, um, I'll be upfront with you, I'm from a company that does commercial k"
            "itchens, like installation and equipment, and I'd like to have Mr Weber as a cus"
            "tomer, that's really the reason for the call.",
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
        must_catch=(
            "I'm calling on behalf of the health insurance, it's urgent.",
            "I am from the chamber of commerce, we need update his company data.",
        ),
        must_not_catch=("I'm calling to win your company as a client.",),
    ),
    Rule(
        name="denies selling",
        category="pretext",
        why="Denying the sale ('I'm not selling anything') is the lie the gatekeeper listens for "
        "(Typ 2); it cancels the honest reading of the same words.",
        weight=3.0,
        patterns=(
            r"\b(?:not|nothing|never|dont|isnt|arent|wont|aint|wouldnt|doesnt|didnt)\b{gap}\s+{sel"
            r"l}\b",
            r"\bno\s+{sell}\b",
        ),
        suppresses="honest",
        must_catch=(
            "don't worry i'm not a sales rep",
            "no no this isn't about sales at all",
        ),
        must_not_catch=(
            "yeah so uh full disclosure this is a sales call about our energy contracts",
        ),
    ),
    Rule(
        name="answers 'no'",
        category="pretext",
        why="Starting with 'no' to 'you only want to sell me something?' leans towards the lie.",
        weight=1.0,
        patterns=(
            r"^(?:(?:oh|gosh|god|good|heavens|goodness|well|absolutely|certainly|of\s+course|{sel"
            r"l})\s+"
            r")*(?:no|nope|nah|not\s+at\s+all)\b(?!\s+(?:more|longer|need|problem|worries|doubt|ma"
            r"tter|pressure|rush)\b)",
            r"^(?:absolutely|certainly|of\s+course|definitely)\s+not\b",
        ),
        must_catch=(
            "No no, not at all.",
            "no no this isn't about sales at all",
            "Oh gosh, no, I was hoping to tell you about a little gift.",
        ),
        must_not_catch=(
            "yeah so uh full disclosure this is a sales call about our energy contracts",
            "No pressure from me, give me a date that suits you.",
        ),
    ),
    Rule(
        name="a bare no to 'you only want to sell me something?'",
        category="pretext",
        why="A bare 'no' to the suspicious question is the liar's answer (Typ 2).",
        weight=2.0,
        patterns=(
            r"^(?:oh\s+)?(?:(?:of course|absolutely|certainly|definitely|really|god|heavens|go"
            r"odness|good lord)\s+)?(?:not|no|nah)(?:\s+(?:at all|really|exactly|way|in the sl"
            r"ightest|a bit|me))?$",
            "^(?:by no means|far from it|quite the opposite)$",
        ),
        must_catch=(
            "No.",
            "Of course not.",
            "not at all",
        ),
        must_not_catch=("No, I want to sell you a maintenance contract.",),
    ),
    Rule(
        name="the boss asked for the call",
        category="pretext",
        why="Claiming the boss asked for the call invents an errand she cannot check.",
        weight=2.0,
        patterns=(
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+(?:told|asked|wanted|said"
            r")\b(?:\s+\w+){0,8}?\s+(?:call|ring|phone|touch|contact|reach)\b",
        ),
        must_catch=(
            "Mr. Miller asked me last week to give him a call back.",
            "your boss asked me at the fair to get in touch with him this month",
        ),
        must_not_catch=("That's not your call to make, give me the boss please.",),
    ),
    Rule(
        name="claims to be in charge of their account",
        category="pretext",
        why="Posing as the person in charge of their account invents a relationship.",
        weight=2.0,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are)\b(?:\s+\w+){0,8}?\s+(?:looking\s+after|in\s+charge"
            r"\s+of|responsible\s+for)\s+your\b",
        ),
        must_catch=(
            "I'm now in charge of your account.",
            "we are responsible for your maintenance",
        ),
        must_not_catch=("I'm in charge of sales at our company.",),
    ),
    Rule(
        name="claims to have met the boss",
        category="pretext",
        why="Claiming to have met or spoken with the boss borrows a closeness that is not there.",
        weight=2.0,
        patterns=(
            r"\b(?:met|bumped\s+into|ran\s+into|spoke\s+(?:to|with)|talked\s+(?:to|with)|saw|c"
            r"hatted\s+with)\s+(?:your\s+(?:boss|manager|director|md|ceo|owner)|him|her|mr\s+\w"
            r"+|mrs\s+\w+|ms\s+\w+)\b",
        ),
        must_catch=(
            "I met Mr. Miller at an event recently.",
            "I spoke to Mr Smith yesterday, he's expecting my call.",
        ),
        must_not_catch=("It's a sales call. I want to present our fleet offer to Mr Smith.",),
    ),
    Rule(
        name="a personal matter",
        category="pretext",
        why="A private or personal matter shuts down her questions: the classic pretext.",
        weight=2.5,
        patterns=("{personal}",),
        must_catch=(
            "it's a private matter",
            "It's a private matter.",
        ),
        must_not_catch=("it's about a business matter",),
    ),
    Rule(
        name="keeps a personal matter for the boss",
        category="pretext",
        why="A personal matter 'only for him' is the pretext at its strongest; it outweighs any v"
        "ague reading.",
        weight=3.0,
        patterns=(
            r"(?:{personal})(?:\s+\w+){0,6}?\s+(?:rather|prefer|myself|directly|personally|in\s"
            r"+person|face\s+to\s+face)\b(?:\s+\w+){0,4}",
        ),
        suppresses="vague",
        must_catch=(
            "its uh its a private matter id rather not say",
            "It's something personal, I'd rather tell him myself.",
        ),
        must_not_catch=("oh that's a long story, i'd rather tell him myself",),
    ),
    Rule(
        name="only 'just wanted to'",
        category="pretext",
        why="'I just wanted to ...' plays the call down to hide its purpose.",
        weight=1.2,
        patterns=(r"\b(?:just|only)\s+(?:wanted|want|wanna|calling|called|ringing)\s+to\b",),
        must_catch=(
            "I just wanted to check whether he got my documents.",
            "we're your local partner and just wanted to touch base",
        ),
        must_not_catch=("why don't you just check with him first",),
    ),
    Rule(
        name="claims an existing account",
        category="pretext",
        why="Calling about 'his order / his contract' claims a business that does not exist.",
        weight=2.0,
        patterns=(
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?{their_records}"
            r"\b",
            r"\b(?:outstanding|unpaid|overdue|open)\s+(?:invoice|bill|payment|balance|amount)s"
            r"?\b",
        ),
        suppresses="flattery",
        must_catch=(
            "This is his bank, it's about his account with us.",
            "It's regarding a complaint about his last delivery.",
        ),
        must_not_catch=("I'll be filing a complaint about you with your management.",),
    ),
    Rule(
        name="calls on behalf of an authority",
        category="pretext",
        why="Calling in the name of a chamber or authority borrows trust that is not the caller's.",
        weight=2.5,
        patterns=(
            r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:chamber|council|ministry|governmen"
            r"t|association|department|regulator|authority|tax|federation|board|hmrc|revenue|i"
            r"rs|city|county|state)\b",
        ),
        suppresses="honest",
        must_catch=(
            "I'm calling on behalf of the Chamber of Commerce.",
            "I'm calling on behalf of the Chamber of Commerce regarding a query about your bu"
            "siness.",
        ),
        must_not_catch=("it's about something that might be relevant for your business",),
    ),
    Rule(
        name="a meeting that never was",
        category="pretext",
        why="An appointment or agreement with the boss that never was is a made-up errand.",
        weight=2.0,
        patterns=(
            r"\b(?:meeting|call|conversation|chat|talk)\s+we\s+(?:had|arranged|agreed|set\s+up"
            r")\b",
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+and\s+i\s+(?:\w+\s+)?(?:arranged|agre"
            r"ed|discussed|spoke|talked|met)\b",
        ),
        must_catch=(
            "Mr Baker and I arranged this personally.",
            "Mr Weber and I met at the trade fair in Chicago, and he expressly asked me to ge"
            "t in touch with him.",
        ),
        must_not_catch=("i'd rather discuss that with him personally",),
    ),
    Rule(
        name="claims to be their partner already",
        category="pretext",
        why="Posing as their existing partner or adviser invents a relationship.",
        weight=2.0,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are)\s+(?:your|his)\s+(?:\w+\s+){0,2}?(?:account\s+mana"
            r"ger|contact|rep|representative|partner|adviser|advisor|consultant|supplier|provi"
            r"der|agent)\b(?!\s+(?:if|once|when)\b)",
        ),
        must_catch=("we're your local partner and just wanted to touch base",),
        must_not_catch=("just put me through to your boss anyway",),
    ),
    Rule(
        name="returns a call that never was",
        category="pretext",
        why="Returning a call nobody made is a made-up errand.",
        weight=2.5,
        patterns=(
            r"\breturn(?:ing)?\s+(?:his|her|your|the)\s+(?:\w+\s+)?(?:call|message|email|voice"
            r"mail)\b",
            r"\b(?:he|she|your\s+boss|mr\s+\w+|ms\s+\w+|mrs\s+\w+)\s+(?:called|rang|phoned|ema"
            r"iled|wrote|messaged)\s+(?:me|us)\b",
            r"\bget(?:ting)?\s+back\s+to\s+(?:him|her)\b",
        ),
        must_catch=(
            "I'm returning his call from last week.",
            "Nope. Just returning his call actually.",
        ),
        must_not_catch=("Is it actually your call to make?",),
    ),
    Rule(
        name="claims an existing relationship",
        category="pretext",
        why="'We already work together' claims a relationship that is not there.",
        weight=2.5,
        patterns=(
            r"\b(?:weve|we\s+have|we\s+are|were)\s+(?:\s*(?!not\b|never\b)\w+\s+){0,2}?(?:work"
            r"ing|worked|partnered|partnering)\s+(?:(?!not\b)\w+\s+){0,2}?with\s+you\b",
            r"\b(?:existing|current|ongoing|running)\s+(?:\w+\s+)?(?:contract|agreement|accoun"
            r"t|partnership|relationship|order|collaboration|subscription)\b",
        ),
        must_catch=("We've been working with you for years, it's about the existing contract.",),
        must_not_catch=(
            "Hi there, so my name's Tom, I'm with Lechner Cleaning, we've been doing office c"
            "leaning round here for twenty years, and I'm calling because I'd like to win you"
            "r boss as a customer, just to see if it's a fit.",
        ),
    ),
    Rule(
        name="only information",
        category="pretext",
        why="'Only information' hides the sale behind a harmless word.",
        weight=2.0,
        patterns=(
            r"\b(?:just|only|merely|purely)\s+(?:\w+\s+){0,2}?(?:information|info|informationa"
            r"l|to\s+say\s+hello|saying\s+hello|say\s+hi)\b",
        ),
        must_catch=(
            "its just for information nothing more",
            "just some quick information nothing to sell don't worry",
        ),
        must_not_catch=(
            "hm how do i put it it's like about making things better for you guys in general "
            "you know, nothing bad, just stuff that could be interesting at some point",
        ),
    ),
    Rule(
        name="the boss supposedly knows",
        category="pretext",
        why="'He knows what it is about' asks her to trust a knowledge she cannot check.",
        weight=2.5,
        patterns=(
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss|the\s+boss|your\s+manager)\s"
            r"+(?:already\s+|will\s+)?(?:knows?|ll\s+know)\s+(?:what|all\s+about|about\s+it|th"
            r"e\s+score|why)\b",
            r"\bhell\s+know\s+(?:what|why)\b",
            r"\b{the_boss_as_subject}\s+(?:will\s+|ll\s+|would\s+|already\s+|definitely\s+|sur"
            r"ely\s+)?(?:knows?|remembers?|recogni[sz]es?)\s+(?:who\s+(?:i\s+am|this\s+is|we\s"
            r"+are)|my\s+name|me|us)\b",
        ),
        must_catch=(
            "Mr Smith knows what it's about.",
            "We've already been in touch, he knows me.",
        ),
        must_not_catch=("but why not you don't even know what it's about",),
    ),
    Rule(
        name="claims to be from an authority",
        category="pretext",
        why="Posing as an office, the police or the tax authority is a pretext.",
        weight=2.5,
        patterns=(r"\bfrom\s+(?:the\s+|your\s+local\s+|your\s+)?(?:\w+\s+)?{authorities}\b",),
        suppresses="honest",
        must_catch=("I'm from the tax office, it concerns an audit.",),
        must_not_catch=(
            "I just love your accent, where are you from? You must be the heart of that office.",
        ),
    ),
    Rule(
        name="refers to an earlier matter",
        category="pretext",
        why="'About the matter from last week' invents a history with the boss.",
        weight=2.0,
        patterns=(
            r"\b{matter_nouns}\s+(?:from|of|on)\s+(?:last\s+(?:week|month|time|friday|monday|t"
            r"uesday|wednesday|thursday)|yesterday|the\s+other\s+day|earlier|before)\b",
        ),
        must_catch=(
            "it's about the invoice from last month",
            "Just tell him it's about the thing from last week.",
        ),
        must_not_catch=("we should talk about your processes just tell him its important",),
    ),
    Rule(
        name="tells her what to pass on",
        category="pretext",
        why="Telling her to pass on a made-up reference uses her as a messenger for a pretext.",
        weight=1.2,
        patterns=(
            r"\b(?:just\s+)?tell\s+(?:him|her|your\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:it"
            r"s|it\s+is|thats|that\s+its|that\s+i|im|i\s+am)\b",
            r"(?<!lets\s)\b(?:just|simply)\s+say\s+(?:its|it\s+is|thats|that\s+its)\b",
        ),
        must_catch=(
            "It's personal, mate. Just tell him it's Dave.",
            "Just tell him it's about the thing from last week.",
        ),
        must_not_catch=(
            "Straight up, I want Mr Weber as a customer for our scheduling app. It cuts his s"
            "hift planning from a full day to about an hour a week.",
        ),
    ),
    Rule(
        name="claims to know the boss",
        category="pretext",
        why="Claimed friendship with the boss is a pretext to get past her.",
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
        must_catch=(
            "i know him personally, we play golf together",
            "we're golf buddies actually, he knows who I am",
        ),
        must_not_catch=("well he gets you know benefits",),
    ),
    Rule(
        name="refers to papers they supposedly sent",
        category="pretext",
        why="Referring to an order or letter the boss supposedly sent invents an errand.",
        weight=2.5,
        patterns=(
            r"\b(?:the|that|this|your|his|her)\s+(?:\w+\s+)?{papers}s?\s+(?:that\s+|which\s+)?"
            r"{the_sender}\s+(?:\w+\s+)?{sent_verbs}\b",
        ),
        must_catch=(
            "its about the complaint he filed with us",
            "It's about the order he placed with us last week.",
        ),
        must_not_catch=("I'll be filing a complaint about you with your management.",),
    ),
    Rule(
        name="an admin errand on their records",
        category="pretext",
        why="Checking 'their records' or 'our database' is a disguise for a sales call.",
        weight=1.5,
        patterns=(
            r"\b(?:updat\w*|check\w*|verif\w*|confirm\w*|complet\w*|compil\w*|refresh\w*|corre"
            r"ct\w*)\s+(?:our|your|the|his|a|their|some|a\s+few)\s+(?:\w+\s+){0,2}?{record_nouns}"
            r"\b",
        ),
        must_catch=(
            "I am from the chamber of commerce, we need update his company data.",
            "Oh it's nothing commercial, we're just updating our database of local businesses.",
        ),
        must_not_catch=(
            "Okay so, um, I'll be upfront with you, I'm from a company that does commercial k"
            "itchens, like installation and equipment, and I'd like to have Mr Weber as a cus"
            "tomer, that's really the reason for the call.",
        ),
    ),
    Rule(
        name="poses as someone the boss trusts",
        category="pretext",
        why="Posing as his bank, adviser, doctor or child's school borrows trust that belongs to "
        "others.",
        weight=2.0,
        patterns=(
            r"\b{calling_on_behalf}\s+(?:the\s+)?(?:(?:his|her|your)\s+(?:\w+\s+){0,2}?{trusted}"
            r"|{trusted}\s+of\s+(?:his|her))\b",
        ),
        must_catch=(
            "I'm calling from his son's school.",
            "I'm calling from his insurance company.",
        ),
        must_not_catch=("I'm calling to win your company as a client.",),
    ),
    Rule(
        name="calls about his account",
        category="pretext",
        why="'About his account with us' claims a business relationship that does not exist.",
        weight=2.0,
        patterns=(
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?(?:loan|mort"
            r"gage|test\s+results)\b",
            r"(?<!\bopen\s)(?<!\bopens\s)(?<!\bopening\s)(?<!\bup\s)(?<!\bout\s)(?<!\bfor\s)\b"
            r"(?:his|her|your)\s+(?:\w+\s+)?{his_contracts}s?\s+with\s+us\b(?!(?:\s+\w+){0,3}?"
            r"\s+{opening_verbs}\w*)",
        ),
        must_catch=("This is his bank, it's about his account with us.",),
        must_not_catch=("Could I speak with Mr Jones about a sales opportunity?",),
    ),
    Rule(
        name="a prize draw",
        category="pretext",
        why="A prize draw the boss supposedly entered is bait, not a reason to call.",
        weight=1.2,
        patterns=(r"\b{prize}\b",),
        must_catch=(
            "it's about the lottery he took part in",
            "he's been drawn as the winner of our giveaway",
        ),
        must_not_catch=(
            "um yeah so i sell led lighting and i'd like to offer your boss a retrofit that t"
            "ypically cuts the lighting part of the electricity bill by about sixty percent",
        ),
    ),
    Rule(
        name="the boss supposedly won something",
        category="pretext",
        why="'He has won' is bait that only the boss may hear about.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:has\s+|had\s+|just\s+|actually\s+|already\s+|been\s+|was\s+)*(?:wo"
            r"n|entered|took\s+part|participated|drawn|picked\s+as)\b(?!\s+(?:the\s+|a\s+|new\s"
            r"+)*{business_prizes})",
            r"\b(?:one\s+of\s+(?:the|our)|the\s+lucky|our\s+lucky|(?:the|a)\s+winner\s+of)\s+("
            r"?:\w+\s+)?(?:winners?|our|the|this)\b",
            r"\b(?:claim|collect|deliver\w*|send|pick\s+up|hand\s+over|arrange)\s+(?:\w+\s+){0,"
            r"3}?(?:his|her|the|your)\s+(?:\w+\s+)?(?:prize|winnings|reward)\b",
        ),
        must_catch=(
            "it's about the lottery he took part in",
            "he's been drawn as the winner of our giveaway",
        ),
        must_not_catch=(
            "um yeah so i sell led lighting and i'd like to offer your boss a retrofit that t"
            "ypically cuts the lighting part of the electricity bill by about sixty percent",
        ),
    ),
    Rule(
        name="the boss supposedly picked for a prize",
        category="pretext",
        why="'He has been selected' is bait dressed as good news.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:has\s+|had\s+|have\s+|just\s+|personally\s+|actually\s+|been\s+|wa"
            r"s\s+|is\s+)*(?:selected|chosen|picked|nominated)\s+(?:for|to\s+(?:receive|win|ge"
            r"t|enjoy))\b",
        ),
        suppresses="flattery",
        must_catch=(
            "congratulations, Mrs Kent has been nominated for a free weekend in Paris",
            "he's been selected for a free cruise, I just need a few details from him",
        ),
        must_not_catch=(
            "Congratulations, your company has been selected for our VIP partner program!",
        ),
    ),
    Rule(
        name="a free treat for the boss",
        category="pretext",
        why="A free weekend or gift for the boss is bait, not a reason for the call.",
        weight=1.2,
        patterns=(
            r"\b(?:free|complimentary)\s+(?:\w+\s+)?(?:weekend|trip|holiday|vacation|cruise|st"
            r"ay|night|nights|spa|dinner|tickets?|hamper|gift|voucher|getaway|break|bottle)\b",
        ),
        must_catch=(
            "congratulations, Mrs Kent has been nominated for a free weekend in Paris",
            "he's been selected for a free cruise, I just need a few details from him",
        ),
        must_not_catch=(
            "Congratulations, your company has been selected for our VIP partner program!",
        ),
    ),
    Rule(
        name="confirms a meeting that never was",
        category="pretext",
        why="Calling to confirm an appointment that was never made is a pretext.",
        weight=2.0,
        patterns=(
            r"\b(?:confirm\w*|reconfirm\w*|reschedul\w*|postpon\w*|re\s+schedul\w*)\s+(?:our|h"
            r"is|your|the|tomorrows|todays|next\s+weeks)\s+(?:\w+\s+)?(?:meeting|appointment|c"
            r"all|visit|date|slot)\b",
            r"\b(?:about|regarding|concerning|re)\s+our\s+(?:\w+\s+)?(?:meeting|appointment)\b",
        ),
        must_catch=(
            "it's regarding our meeting on the fifth",
            "just need to reschedule our call from Monday",
        ),
        must_not_catch=(
            "but uh please just really quick i need to get one call through today or ill be i"
            "n trouble",
        ),
    ),
    Rule(
        name="the whole answer: it is personal",
        category="pretext",
        why="An answer that is only 'personal' or 'private' shuts down her questions: the pretext.",
        weight=2.5,
        patterns=(
            r"^(?:(?:its|thats|purely|strictly|very|rather|more|something)\s+)?(?:personal|pri"
            r"vate)(?:\s+(?:really|actually|basically|mostly|stuff|reasons))?$",
        ),
        must_catch=(
            "Personal.",
            "Private stuff.",
        ),
        must_not_catch=("Oh, loads of stuff, honestly.",),
    ),
    Rule(
        name="the boss supposedly asked for the call",
        category="pretext",
        why="'He told me to call' invents an invitation she cannot check.",
        weight=2.0,
        patterns=(
            r"\b{boss}\s+(?:told|asked|wanted|said|invited|urged|suggested|insisted|begged|enc"
            r"ouraged)\b(?:\s+(?!not\b|never\b|dont\b|didnt\b)\w+){0,10}?\s+{calling_verbs}\b",
        ),
        must_catch=(
            "He invited me at the expo to ring him once the season is over.",
            "Mrs Kent urged me to drop her a line when we were back from the show.",
        ),
        must_not_catch=("nope i'm not giving up that easily when's he back in the office",),
    ),
    Rule(
        name="a meeting to confirm",
        category="pretext",
        why="'We have a meeting I want to confirm' invents an appointment.",
        weight=2.0,
        patterns=(
            r"\b(?:we|he|she|i|weve|ive|hes|shes)\s+{have_forms}\s+(?:a|an|the|our|this)\s+(?:"
            r"\w+\s+){0,3}?(?:meeting|appointment|call|visit|slot)\b(?:\s+\w+){0,10}?\s+{rescheduling_verbs}"
            r"\b",
        ),
        must_catch=(
            "I have a call with him at four and I need to reschedule it",
            "he has a meeting with me tomorrow, I'm just calling to confirm",
        ),
        must_not_catch=("You know what, I'll just call back tomorrow, and the day after.",),
    ),
    Rule(
        name="poses as their own group's staff",
        category="pretext",
        why="Posing as staff of their own group or head office is a pretext.",
        weight=2.5,
        patterns=(
            r"\b(?:im|i\s+am|were|we\s+are|this\s+is|calling|ringing)\s+(?:\w+\s+){0,4}?(?:fro"
            r"m|with|at)\s+(?:\w+\s+)?your\s+{group_headquarters}\b",
            r"\b(?:from|with|at)\s+(?:group|corporate|head\s+office)\s+(?:it|audit|compliance)"
            r"\b",
        ),
        must_catch=(
            "This is Tom from your head office, can you put me through to Mr Weber?",
            "im calling from group it at your headquarters, need mr weber for a sec",
        ),
        must_not_catch=("um yeah honestly i'm calling to sell your manager some office furniture",),
    ),
    Rule(
        name="an internal check of all their sites",
        category="pretext",
        why="An 'internal check of all sites' disguises a sales call as routine.",
        weight=2.0,
        patterns=(
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:\w+\s+)?{checking_verbs}\s+(?:\w+\s+)?(?:all|"
            r"every)\s+(?:the\s+|of\s+the\s+|your\s+)?(?:\w+\s+)?{their_sites}\b",
        ),
        must_catch=(
            "hi we're updating all the workstations across the group, is mr weber in",
            "I'm reviewing every branch this week, so I need to speak with your boss.",
        ),
        must_not_catch=(
            "So, uh, imagine you had the chance to take your business to the next level with "
            "the most innovative, cutting edge, efficient solution ever made, at an absolutel"
            "y unbeatable price, this week only!",
        ),
    ),
    Rule(
        name="a catch-up agreed with the boss",
        category="pretext",
        why="A catch-up 'we agreed on' invents a relationship with the boss.",
        weight=2.0,
        patterns=(
            r"\b(?:we|(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+and\s+i)\s+(?:wante"
            r"d|meant|agreed|said\s+we\s*d|were\s+going)\s+(?:to\s+)?(?:\w+\s+)?{catch_up_verbs}"
            r"\b",
        ),
        must_catch=(
            "we agreed to touch base again after the expo",
            "Mr Weber and I wanted to reconnect after the summit.",
        ),
        must_not_catch=("I get it, but then I'll just ring again tomorrow, and the day after.",),
    ),
)
