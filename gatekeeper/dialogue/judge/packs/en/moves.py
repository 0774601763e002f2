"""Rules for the moves the boss listens for, in English.

Once the secretary has put the caller through, the boss decides in a minute whether the hour,
the coffee and the biscuits will pay off. He hears *moves*, not kinds, several in one answer;
each is scored on its own. What each move means is said once, in
:class:`gatekeeper.scenario.model.Move`; the words that make it are here.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Family, Rule

FAMILIES = (
    Family(
        "w_question",
        (
            "how|what|which|who|when|where|how many|how much|how often|how long|how happy|why",
            "hows|whats|whos|wheres",
        ),
        why="the words a real question to the boss starts with",
    ),
    Family(
        "today",
        ("today|now|currently|at the moment|right now|at present|these days|so far",),
        why="the boss's present situation, the yardstick of an advantage",
    ),
    Family(
        "current",
        ("current|present|existing|old|usual",),
    ),
    Family(
        "supplier",
        (
            r"\w*(?:suppliers?|providers?|vendors?|partners?|contracts?|system|software|tool"
            r"|setup|set up|solution|plan|tariff|service)",
        ),
    ),
    Family(
        "the_new",
        (
            r"us|our\s+\w+|ours|we|(?:the\s+|a\s+|an\s+)?new\s+\w+",
            r"\w+\s+(?:entry|ordering|maintenance|scanning|planning|tracking|booking)",
        ),
        why="what the caller brings instead of today's way",
    ),
    Family(
        "better_number",
        (
            "{num}|less|fewer|faster|earlier|under|below|within|gone|one|no|only|half|twice",
            "same|next|zero|none|without",
        ),
        why="how the new way compares: a number or a comparison word",
    ),
    Family(
        "meeting",
        (
            r"meeting|appointment|sit down|get together|come by|come over|stop by",
            r"drop by(?!\s+(?:a|an|about|around|roughly|nearly|almost|half|\d+|{count})\b)"
            r"|pop by|visit you|call next week|catch up in person",
        ),
    ),
    Family(
        "weekday",
        (
            "monday|tuesday|wednesday|thursday|friday|tomorrow",
            r"next\s+week|this\s+week|later\s+this\s+week",
        ),
    ),
    Family(
        "real_length",
        (
            r"(?:an|one|1|a\s+full|a\s+whole|the\s+best\s+part\s+of\s+an)\s+(?:\w+\s+)?hour",
            r"(?:sixty|ninety|45|60|90)[\s-]+minutes?",
            r"(?:half\s+an|an\s+hour\s+and\s+a\s+half|two|2)\s+hours?",
            r"(?:twenty|thirty|forty|forty\s+five|sixty|ninety|[2-9]\d)\s+minutes",
        ),
        why="the honest time an appointment takes",
    ),
    Family(
        "fake_short",
        (
            r"(?:just|only)\s+(?:a\s+)?(?:quick|quickly|briefly|real\s+quick)",
            r"(?:(?:just|only|max|at\s+most)\s+)?(?:two|three|five|ten|[2-9]|10)\s+minutes",
            r"a\s+(?:few|couple\s+of)\s+minutes|(?:a\s+)?(?:quick\s+)?minute\s+of\s+your\s+time",
            r"won\s?t\s+take\s+long",
        ),
        why="an appointment made to sound shorter than it is",
    ),
    Family(
        "we_are",
        (r"we\s?re|we\s+are|were|we\s?ve\s+been|we\s+have\s+been|we\s+at\s+\w+(?:\s+\w+)?",),
        why="the caller's own firm as the subject of a sentence",
    ),
    Family(
        "ours",
        (r"our\s+(?:\w+\s+)?\w+|we|us",),
        why="the caller's own firm or product",
    ),
    Family(
        "top_word",
        (
            r"best|greatest|finest|biggest|largest|leading|top|number\s+one|no\s+1|fastest",
            r"cheapest|strongest|fastest\s+growing|most\s+\w+|undisputed\s+\w+|leader|leaders",
            r"unbeatable|unmatched|unrivall?ed|unparalleled|unique|world\s+class|first\s+class",
        ),
        why="superlatives: 'the best', 'the leading', 'number one'",
    ),
    Family(
        "boast_adj",
        (
            r"award\s+winning|world\s+class|industry\s+leading|market\s+leading|revolutionary",
            r"revolutioni[sz]\w+|innovative|unique|unbeatable|legendary|outstanding|exceptional",
            r"superior|unparalleled|unrivall?ed|unmatched|first\s+class|cutting\s+edge",
            r"state\s+of\s+the\s+art|premium|top\s+quality|top\s+notch|excellence|transforming",
            r"highly\s+innovative|absolute\s+top",
        ),
        why="what a seller calls his own firm or product when he shows off",
    ),
    Family(
        "arena",
        (
            r"market|industry|country|world|region|business|sector|field|trade|state|county",
            r"town|city|europe|uk|us|usa|america|internet|web|planet|game",
        ),
        why="where a seller claims to be the best",
    ),
    Family(
        "fans",
        (r"customers|clients|users|firms|companies|businesses|installations|fans|partners",),
        why="the crowd of customers a seller boasts of",
    ),
    Family(
        "person",
        (
            r"man|woman|person|people|leader|businessman|businesswoman|entrepreneur|manager",
            r"boss|someone|somebody|visionary|expert|minds?|ceo|director|owner",
            r"company|firm|business",
        ),
        why="the boss as a person to be flattered",
    ),
    Family(
        "stature",
        (r"calibre|caliber|stature|standing|experience|reputation|vision|status|class|format",),
        why="what flattery credits the boss with",
    ),
    Family(
        "acclaimed",
        (
            r"successful|visionary|respected|impressive|brilliant|renowned|famous|great|leading",
            r"legendary|fantastic|amazing|remarkable|outstanding|inspiring|smart|experienced",
            r"admirable|exemplary|influential|important|wonderful|excellent|thriving",
        ),
        why="praise words aimed at the boss or his firm",
    ),
    Family(
        "his_work",
        (
            r"company|firm|business|career|reputation|success|work|team|leadership|vision",
            r"achievements?|track\s+record|name|products|plant|site|factory|story",
        ),
        why="the boss's firm and career, the object of flattery",
    ),
    Family(
        "aux",
        (r"do|does|did|are|is|have|has|would|will|s|re|were|was|can|could|should",),
        why="the helping verb a question puts before 'you'",
    ),
    Family(
        "ask_for_time",
        (
            r"free|available|have\s+time|got\s+time|prefer|suit|an\s+hour|spare\s+(?:an?|me|some)",
            r"diary|calendar|schedule",
        ),
        why="what a question asks when it asks for a meeting, not about his situation",
    ),
    Family(
        "must",
        (
            r"have\s+to|must|need\s+to|got\s+to|gotta|have\s+got\s+to|should|ought\s+to",
            r"had\s+better|better",
        ),
        why="an obligation: what he has to do",
    ),
    Family(
        "no_duty",
        (r"not|be|have\s+been|worry|nothing|anything|prepare|feel",),
        why="after 'you must' / 'you have to': a guess or a relief, not an obligation",
    ),
    Family(
        "soon",
        (
            r"today|tonight|this\s+week|this\s+month|this\s+weekend|for\s+the\s+next\s+\w+",
            r"(?:until|till)\s+(?:{weekday}|the\s+end|tonight|midnight)",
        ),
        why="a deadline close enough to hurry him",
    ),
    Family(
        "come_round",
        (
            r"come|come\s+round|come\s+by|come\s+over|be\s+there|be\s+at\s+your\s+\w+",
            r"drop\s+by|pop\s+by|pop\s+in|stop\s+by|turn\s+up|show\s+up|be\s+with\s+you",
        ),
        why="the caller turning up at the boss's",
    ),
    Family(
        "junk",
        (
            r"outdated|obsolete|antiquated|old\s+fashioned|a\s+joke|a\s+disaster|rubbish",
            r"useless|amateur\w*|stone\s+age|dinosaurs?|prehistoric|junk|garbage|a\s+mess",
            r"hopeless\w*|behind\s+the\s+times|bunglers|clowns|cowboys|ridiculous|pathetic",
            r"laughable|crap|terrible|awful|a\s+waste",
        ),
        why="belittling words for what he has now or who he works with",
    ),
    Family(
        "fool",
        (
            r"crazy|mad|insane|foolish|stupid|nuts|daft|an?\s+idiot|a\s+fool|silly|reckless",
            r"out\s+of\s+your\s+mind",
        ),
        why="what the pushy seller calls a boss who says no",
    ),
    Family(
        "sensible",
        (r"sensible|smart|reasonable|rational|intelligent|serious|clever|sane|good|decent",),
        why="the 'any sensible manager' the boss is measured against",
    ),
    Family(
        "compare",
        (r"less|fewer|lower|cheaper|faster|quicker|shorter|higher|more|better|smaller",),
        why="a comparison word: the new way against the old",
    ),
    Family(
        "share",
        (r"half|a\s+third|a\s+quarter|a\s+fifth|twice|double|triple|{count}\s+(?:percent|times)",),
        why="how much of today's cost or time is left, or how many times better",
    ),
    Family("be", (r"is|are|s|was|were|re",), why="a form of 'to be' after the subject"),
    Family(
        "firmly",
        (r"really|simply|just|absolutely|definitely|seriously",),
        why="the adverbs that make an obligation stronger",
    ),
    Family(
        "booked",
        (
            r"put|booked|pencill?ed|scheduled|entered|written|blocked|reserved|signed|putting",
            r"booking|pencill?ing|scheduling|writing|blocking|signing",
        ),
        why="putting a meeting in a diary",
    ),
    Family(
        "dayname",
        (r"monday|tuesday|wednesday|thursday|friday|saturday",),
        why="a day of the week, named for a meeting",
    ),
    Family(
        "not_told",
        (r"(?<!show\syou\s)(?<!tell\syou\s)(?<!see\s)(?<!know\s)(?<!explain\s)(?<!out\s)",),
        why="before a question word: the caller tells what he will show, it is no question",
    ),
    Family(
        "asked",
        (r"{not_told}\b{w_question}",),
        why="a question word that starts a question, not 'I'll show you what ...'",
    ),
    Family(
        "set_against",
        (r"than|compared\s+(?:to|with)|versus|vs|relative\s+to|against",),
        why="the words that set the new way against the old",
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
            "market leader",
            "industry leader",
            "innovation leader",
            "leading provider",
            "number one",
            "second to none",
            "best in class",
        ),
        patterns=(
            r"\b{we_are}\s+(?!not\b)(?:\w+\s+){0,4}?(?:the\s+)?{top_word}\b",
            r"\b{ours}\s+(?:\w+\s+){0,2}(?:is|are|s|has|have)\s+(?:\w+\s+){0,3}?{top_word}\b",
            r"\b(?:our|{we_are}|us)\s+(?:\w+\s+){0,3}?{boast_adj}\b",
            r"\b(?:best|greatest|finest|biggest|largest|leading|number\s+one|fastest|cheapest|le"
            r"aders?)\s+(?:\w+\s+){0,3}?(?:in|on|of|for)\s+(?:the\s+)?(?:\w+\s+)?{arena}\b",
            r"\b(?:simply|just|quite simply|by far|hands down|absolutely|the very|really)\s+(?:the"
            r"\s+)?{top_word}\b|\bthe\s+best\s+(?:period|full\s+stop|there\s+is|out\s+there|of\s+the)\b",
            r"\b(?:no\s+(?:other\s+)?(?:one|body|provider|company|firm|supplier)|nobody|none)\s+"
            r"(?:else\s+)?(?:\w+\s+)?(?:comes\s+close|can\s+match|beats|compares|is\s+better)\b",
            r"\b(?:never|nowhere)\s+(?:\w+\s+){0,2}(?:find|get|see)\s+(?:\w+\s+){0,3}like\s+(?:us"
            r"|ours|this)\b|\b(?:better|faster|cheaper)\s+than\s+(?:every|any|all)\b",
            r"\b(?:nobody|no\s+one|no\s+other\s+\w+)\s+(?:\w+\s+){0,4}(?:has|have|offers|can\s+m"
            r"atch)\s+(?:our|what\s+we)\b",
            r"\b(?:miles|light\s+years|years|streets|head\s+and\s+shoulders)\s+ahead\b|\bahead\s"
            r"+of\s+(?:the\s+competition|everyone|anything|the\s+rest|the\s+pack)\b",
        ),
        must_catch=(
            "We are the market leader with an award-winning platform.",
            "our revolutionary solution is simply the best on the market",
            "Honestly, our service team is the fastest in the country.",
            "Nobody else comes close to our quality.",
        ),
        must_not_catch=(
            "We deliver spare parts the next morning.",
            "Honestly: we're not the cheapest.",
            "The best way to find out is one meeting.",
        ),
    ),
    Rule(
        name="boasts of awards and customers",
        category="show",
        why="Awards, records and crowds of happy customers are the show's props: they talk "
        "about the seller, not about what the boss gains.",
        weight=1.5,
        patterns=(
            r"\b(?:multi\s+)?award\s+winn\w+|\b(?:test|prize|award)\s+winners?\b|\bwinners?\s+"
            r"of\s+(?:the\s+)?\w+|\b(?:won|received|collected)\s+(?:\w+\s+){0,3}awards\b",
            r"\b(?:voted|named|crowned)\s+(?:\w+\s+){0,3}(?:of\s+the\s+year|best|number)\b|\b(?:f"
            r"ive|5)\s+stars?\b|\bfeatured\s+in\b",
            r"\b(?:thousands|hundreds|millions|tens\s+of\s+thousands)\s+of\s+(?:\w+\s+)?{fans}\b",
            r"\b(?:over|more\s+than|above|well\s+over)\s+(?:{count}\s+){1,3}(?:and\s+a\s+half\s"
            r"+)?(?:\w+\s+)?(?:thousand\s+)?{fans}\b",
            r"\b(?:satisfied|happy|delighted|thrilled|enthusiastic)\s+(?:customers|clients|users)"
            r"\b|\btrusted\s+by\b|\ball\s+(?:our\s+)?(?:clients|customers)\s+(?:\w+\s+)?(?:say|a"
            r"re\s+(?:\w+\s+)?happy|love)\b",
            r"\b(?:customers|clients|users)\s+(?:\w+\s+)?(?:love|adore|rave\s+about)\s+us\b|\b"
            r"{count}\s+percent\s+(?:customer\s+)?satisfaction\b|\bsatisfaction\s+(?:rate|score)s?"
            r"\s+of\b",
            r"\b(?:all|most\s+of|with)\s+the\s+(?:big|biggest|top|leading|major|largest)\s+(?:\w+"
            r"\s+)?(?:names|players|brands|corporations|companies)\b|\bproven\s+(?:a\s+)?(?:{count}\s+)+times",
        ),
        must_catch=(
            "We have won several awards and thousands of satisfied customers trust us.",
            "trusted by over two thousand firms",
        ),
        must_not_catch=(
            "We look after 300 dental practices in Texas.",
            "The device won a national craft award last year, just for context.",
            "Our clients are very happy, many have been with us for years.",
        ),
    ),
    Rule(
        name="butters him up",
        category="show",
        why="Honey round the king's mouth: flattery of the boss is the show too.",
        weight=1.5,
        patterns=(
            r"\b(?:a|an|the)\s+(?:\w+\s+)?{person}\s+(?:of|with)\s+your\s+(?:\w+\s+)?{stature}\b",
            r"\b{person}\s+(?:as\s+\w+\s+as\s+you|like\s+you)\b|\bas\s+(?:a|an)\s+(?:\w+\s+)?{acc"
            r"laimed}\s+{person}\b",
            r"\b(?:one\s+of\s+the|the\s+most)\s+(?:\w+\s+)?{acclaimed}\s+(?:\w+\s+){0,2}{person}s?"
            r"\b|\b(?:one\s+of\s+the\s+)?leading\s+minds\b",
            r"\byour\s+(?:\w+\s+){0,2}?{acclaimed}\s+(?:\w+\s+)?{his_work}\b|\byou\s?re\s+(?:a|an"
            r"|such\s+an?|the)\s+(?:\w+\s+)?{acclaimed}\b",
            r"\b(?:your|you|what\s+you\s?ve|what\s+you\s+have)\s+(?:\w+\s+){0,5}{be}"
            r"\s+(?:\w+\s+)?(?:legendary|amazing|impressive|remarkable|inspiring|exemplary|admir"
            r"able|a\s+model\s+\w+|known\s+as\s+the\s+best)\b",
            r"\bwhat\s+an?\s+(?:\w+\s+)?{acclaimed}\s+(?:\w+\s+)?(?:{his_work}|job|place)\b",
            r"\bi\s?(?:ve|m|am|have)?\s*(?:always\s+|long\s+)?(?:admired|admire|a\s+(?:huge|big|g"
            r"reat)\s+(?:admirer|fan)|followed\s+your)\b|\bvisionary\s+like\b",
            r"\byou\s+(?:\w+\s+)?(?:surely|certainly|of\s+course|obviously|clearly)\s+(?:know|h"
            r"ave|appreciate|recogni[sz]e|spot|see)\s+(?:\w+\s+){0,3}(?:quality|value)\b",
        ),
        must_catch=(
            "A visionary like you knows quality when he sees it.",
            "a man of your calibre knows what he wants",
            "Your company is legendary in the whole region.",
        ),
        must_not_catch=(
            "How do you handle that today?",
            "Companies like yours lose an hour a day on paperwork.",
        ),
    ),
    Rule(
        name="asks how he does it today",
        category="asks_about_him",
        why="A real question about his situation: the boss is a person with needs, not an "
        "audience (partner, not king).",
        weight=1.5,
        patterns=(
            r"{asked}\s+(?!you\b)(?:\w+\s+){0,5}?{aux}\s+(?:you|your|y(?:ou\s+guys))\b(?!"
            r"(?:\s+\w+){0,3}\s+{ask_for_time})",
            r"(?!when\b){asked}\s+(?!you\b|day\b|time\b|date\b)(?:\w+\s+){0,5}?(?:for|w"
            r"ith|of|at|from|to|in)\s+(?:you|your)\b(?!(?:\s+\w+){0,3}\s+{ask_for_time})",
            r"\b(?:(?:who|what|which|how|where)\s+(?:s|is|are|re|was|were)|whos|whats|hows|wher"
            r"es|whore)\s+(?:\w+\s+)?(?:your|you)\b(?!(?:\s+\w+){0,3}\s+{ask_for_time})",
            r"\bhow\s+(?:often|long|much|many|fast|quickly|soon)\s+(?:\w+\s+){0,4}?{aux}\b|\bho"
            r"w\s?s\s+(?:it|that|business|things?)\s+(?:\w+\s+)?(?:going|working|running)\b",
            r"{not_told}\b(?:how\s+many|how\s+much|which|what)\s+(?:\w+\s+){0,2}(?:of\s+)?your\s+"
            r"\w+\s+\w+\b",
            r"\bwho\s+(?:\w+\s+){0,3}(?:from|on)\s+your\s+(?:side|end|team)\b|\b{w_question}\s"
            r"+(?:do|does|did)\s+(?:\w+\s+){1,4}(?:you|your)\b",
            r"^(?:\w+\s+){0,2}?(?:do|are|have|did|is|does|were|has)\s+(?:you|your)\b(?!\s+(?:\w"
            r"+\s+){0,2}(?:{ask_for_time}|an hour|really\s+want|got\s+a\s+pen|know)\b)",
            r"\b(?:is|are|do|does)\s+(?:the|your|it|that|they)\s+(?:\w+\s+){0,4}?\w+\s+or\s+"
            r"(?!not\b)\w+",
            r"\b(?:is|are|was|were|does|do|did|has|have)\s+(?:it|that|there|they)\s+(?:\w+\s+){"
            r"0,3}(?:still|already|currently|now|by\s+now|today|at\s+the\s+moment|in\s+house)\b",
            r"\b(?:can|may|could|might)\s+i\s+(?:\w+\s+){0,2}ask\b|\bi\s+(?:was\s+)?(?:just\s+)"
            r"?wonder(?:ing|ed)?\s+(?:how|what|who|which|where)\b",
            r"\bwhat\s+(?:would|will|could|does|do)\s+(?:\w+\s+){0,2}(?:have\s+to|need\s+to|ha"
            r"ppen|matter|it\s+take|change)\b(?!(?:\s+\w+){0,3}\s+from\s+us)",
            r"\btell\s+me\s+(?:about|how|what|who|where|which)\b|\bkeeps\s+you\s+(?:up|awake"
            r"|busy)\b",
            r"\b(?:before\s+i\s+(?:\w+\s+){0,3}|first\s+)(?:how|what|who|which|where|do\s+you)\b",
            r"\bi\s?d\s+(?:like|love)\s+to\s+(?:know|understand|hear|learn)\s+(?:how|what|who|wh"
            r"ich|where|whether|if|more\s+about)\b",
        ),
        must_catch=(
            "How do you handle spare parts today?",
            "how many vehicles do you have on the road",
            "Are you using any software for time tracking at the moment?",
            "Can I ask what you currently spend on postage?",
            "What does the heating cost you today?",
            "Who does your payroll?",
            "How's the new site going for you?",
            "Before I start, what matters most to you?",
            "What would have to happen for a switch to pay off?",
        ),
        must_not_catch=(
            "Would you have an hour next week?",
            "We cut your costs by ten percent.",
            "That's what our clients tell us.",
        ),
    ),
    Rule(
        name="only a rhetorical question",
        category="rhetorical",
        why="'Who doesn't want to save money?' asks nothing: it answers itself and ignores "
        "him, so it is no question about him.",
        weight=1.0,
        suppresses="asks_about_him",
        patterns=(
            r"\bwho\s+(?:doesn\s?t|does not|wouldn\s?t|would not)\s+(?:want|like|love)\b",
            r"\bwhat\s?s\s+in\s+it\s+for\s+(?:you|me)\b|\b(?:is|isn\s?t|wasn\s?t)\s+it\b$",
            r"\b(?:sounds|that s|that is)\s+(?:good|great|interesting|fair)\s+(?:right|doesn t"
            r" it|isn t it)\b",
            r"\b(?:wouldn\s?t|don\s?t)\s+you\s+(?:agree|want|love|like)\b",
            r"\b(?:can|may|could)\s+i\s+(?:just\s+)?(?:show|send|walk)\s+you\b",
            r"\b(?:do|would)\s+you\s+really\s+want\b|\bhave\s+you\s+got\s+a\s+pen\b",
            r"\bwhat\s+would\s+you\s+need\s+to\s+see\s+from\s+us\b",
        ),
        must_catch=("Who doesn't want to save money?", "Can I show you our product?"),
        must_not_catch=("How many sites do you have?",),
    ),
    Rule(
        name="against what he has now",
        category="advantage_over_today",
        why="The boss wants a small advantage over what he has today: the hour must pay off.",
        weight=2.0,
        phrases=(
            "than you pay now",
            "than you do now",
            "than today",
            "compared to today",
            "compared to what you have",
            "half of what you pay",
            "instead of the current",
        ),
        patterns=(
            r"\b{set_against}\s+(?:(?:what|how"
            r"\s+much|how)\s+you\w*|you\s+(?:do|pay|have|spend)|(?:with\s+|on\s+|at\s+|from\s+)?your"
            r"|(?:the\s+)?{today}|todays|before)\b",
            r"\b(?:instead\s+of|rather\s+than)\s+(?:like\s+|about\s+)?(?:the\s+)?(?:{count}|twic"
            r"e|once|half|a|an|your|what\s+you|{current}|\w+ing)\b|\bnot\s+{count}\s+like\s+you\b",
            r"\b(?:above|below|under|over|less\s+than|more\s+than|(?:half|a\s+third|a\s+quarte"
            r"r|a\s+fifth)\s+of)\s+what\s+(?:you\w*|it\s+is|it\s+costs)\b",
            r"\b{today}\b(?:\s+\w+){0,25}?\s+(?:under|below|above|half\s+of|less\s+than|a\s+f"
            r"raction\s+of)\s+(?:that|this|it)\b|\b(?:half|a\s+quarter|a\s+third)\s+that\b",
            r"\b{compare}\b(?:\s+\w+){0,10}?\s+(?:your|the|with\s+your)\s+{current}\s+\w+",
            r"\byour\s+{current}\s+\w+(?:\s+\w+){0,10}?\s+(?:{compare}|{share})\b",
            r"\b{today}\b(?:\s+\w+){0,25}?\s+(?:with|at|we|were|our|weve)\s+(?:{the_new}\w*"
            r"\b)?(?:\s*\w+){0,12}?\s+{better_number}\b",
            r"\bas\s+(?:\w+\s+)?as\s+(?:{today}|you\s+do|with\s+your|what\s+you)\b",
            r"\bfrom\s+(?:like\s+|about\s+|around\s+)?{count}\s+(?:\w+\s+){0,3}?(?:down\s+)?t"
            r"o\s+(?:\w+\s+){0,2}(?:{count}|a|an|zero|nothing|same|next|under|below|less)\b",
            r"\b(?:no\s+longer|any\s?more|never\s+again)\b|\b{num}\s+(?:\w+\s+){0,3}(?:less"
            r"|fewer|saved|earlier|sooner)\s+(?:\w+\s+){0,2}(?:for\s+)?(?:you|your)\b",
            r"\b(?:{num}|half)\s+(?:\w+\s+){0,4}(?:you\s+keep|you\s+have)\s+{today}\b|\b(?:you|th"
            r"ey|your\s+\w+)\s?(?:d|would)?\s+get\s+(?:\w+\s+){0,2}back\b",
            r"\b{share}\s+(?:of\s+)?(?:the\s+)?(?:time|cost|costs|money|price|amount|hours|effort|"
            r"work)\s+(?:\w+\s+){0,3}{today}\b",
        ),
        must_catch=(
            "It costs you two dollars less per unit than your current supplier.",
            "Instead of three days you wait one.",
            "You'd pay half of what you pay now.",
        ),
        must_not_catch=(
            "We are cheaper than the competition.",
            "Our software saves time.",
        ),
    ),
    Rule(
        name="asks for a meeting",
        category="asks_for_appointment",
        why="The goal of the call: an appointment with the boss, asked for plainly.",
        weight=2.0,
        phrases=(
            "set up a meeting",
            "book a meeting",
            "schedule a meeting",
            "when would suit you",
            "when would work for you",
            "can we meet",
            "could we meet",
            "shall we meet",
            "an hour of your time",
        ),
        patterns=(
            r"\b(?:would|do|have|could)\s+you\s+(?:\w+\s+){0,5}?(?:time|free|available)\b",
            r"\b(?:(?:would|could|do|can)\s+you|youd)\s+(?:\w+\s+){0,2}(?:have|spare|give me)"
            r"\s+(?:\w+\s+){0,2}(?:hour|minutes)\b",
            r"(?<!had a )(?<!had an )\b{meeting}\b|\bwhich\s+day\b|\b(?:like|love|glad|sugge"
            r"st|propose)\s+(?:to\s+|that\s+)?(?:we\s+)?meet\b",
            r"\b(?:on\s+)?{weekday}\s+(?:\w+\s+){0,3}(?:at|around)\s+{num}",
            r"\b{real_length}\s+(?:\w+\s+){0,2}(?:with|for)\s+(?:you|me)\b|\bgive\s+me\s+(?:"
            r"\w+\s+){0,2}(?:hour|minutes?)\b",
            r"\b(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)\b|\bwhen\s+(?:works|would\s"
            r"+work|suits)\b",
            r"\b(?:set|pick|lock\s+in|pencil\s+in|book)\s+(?:a\s+)?(?:date|slot|time|{weekday}|{n"
            r"um}\s+minutes|sixty\s+minutes)\b",
            r"\b(?:does|would|is|could)\s+(?:\w+\s+){0,2}{weekday}\s+(?:\w+\s+)?(?:work|be\s"
            r"+possible|suit|do)\b|\b{weekday}$|\b(?:a\s+)?slot\b|\bmeet\s+up\b|\bvideo\s+cal"
            r"l\b",
            r"\b(?:need|(?:d|would|id|wed)\s+like|want|suggest)\s+(?:\w+\s+){0,3}(?:{real_length}"
            r"|workshop)\b",
            r"\b{dayname}\s+(?:at\s+)?{num}\s*(?:o\s?clock|am|pm)?\b|\b(?:tomorrow|{dayname})\s+(?"
            r":morning|afternoon|evening|lunchtime)\b|\bwould\s+(?:\w+\s+){1,3}work\b",
            r"\b(?:give|name|tell)\s+me\s+(?:a\s+)?(?:date|day|time)\b|\b{booked}\s+(?:you|us|it)\s"
            r"+(?:down\s+|in\s+)?for\s+{dayname}\b",
        ),
        must_catch=(
            "Would you have an hour next week for me?",
            "can we meet on tuesday",
            "Could I come by for a meeting?",
        ),
        must_not_catch=("How many people work for you?",),
    ),
    Rule(
        name="names the real length",
        category="honest_time_ask",
        why="An appointment with its honest length ('an hour') respects his time; 'just five "
        "minutes' is the first lie of the meeting.",
        weight=2.0,
        patterns=(r"\b{real_length}\b",),
        must_catch=("I'd need an hour with you.", "it takes about 45 minutes"),
        must_not_catch=("Just five minutes, I promise.",),
    ),
    Rule(
        name="shrinks himself",
        category="hedge",
        why="Hedges and diminishers tell the boss the caller does not believe in the offer: "
        "self-confident, not small.",
        weight=1.5,
        phrases=(
            "I was wondering",
            "I was just wondering",
            "I just wanted to",
            "I only wanted to",
            "sorry to bother you",
            "sorry to disturb you",
            "if it's not too much trouble",
            "if you don't mind",
            "I won't keep you long",
            "I hope I'm not",
            "just a courtesy call",
        ),
        patterns=(
            r"(?<!what )(?<!which )(?<!this )(?<!that )(?<!the )(?<!any )(?<!same )(?<!some )"
            r"\b(?:maybe|perhaps|possibly|kind of|sort of|kinda|sorta|somewhat|a little bit|a "
            r"bit|hopefully)\b",
            r"\b(?:i|we)\s+(?:just|only)\s+(?:wanted|want|thought|called|wanted to|wondered)\b",
            r"\bjust\s+(?:to\s+)?(?:see|check|ask|touch base|reach out|introduce|a quick|ringi"
            r"ng|calling|phoning|popping|saying|say)\b",
            r"\bi\s+(?:guess|suppose|reckon)\b|\bi\s+think$|\bwas\s+(?:actually\s+)?(?:kind\s+o"
            r"f\s+)?hoping\b|\b(?:not|nothing)\s+(?:\w+\s+)?just\s+ringing\b",
            r"\bprobably\s+(?:nothing|not\s+(?:\w+\s+)?(?:interesting|relevant|for\s+you))\b|\b(?:"
            r"don\s?t|won\s?t|not)\s+(?:want\s+to\s+)?(?:take\s+up|keep\s+you|steal|waste)\s+(?:\w"
            r"+\s+){0,4}(?:time|long)\b",
            r"\bsorry\s+(?:to\s+)?(?:bother|disturb|interrupt|i\s+know\s+you)|\bi\s+know\s+you\s?r"
            r"e\s+(?:very\s+|really\s+|so\s+)?busy\b",
            r"\bnot\s+sure\s+(?:if|whether)\b|\b(?:only|just)\s+a\s+(?:small|little|tiny)\s+(?:th"
            r"ing|point|matter|question)\b|\bsorry\s+(?:if|for\s+(?:bothering|disturbing|calling))\b",
            r"\bbear\s+with\s+me\b|\bi\s?m\s+(?:still\s+)?(?:quite\s+|pretty\s+)?new\b|\btoo\s+muc"
            r"h\s+to\s+ask\b",
            r"\bif\s+it\s?s\s+not\s+too\s+much\s+\w+\b|\bquick\s+sec\b|\bdon\s?t\s+really"
            r"\s+want\s+to\s+keep\s+you\b",
        ),
        must_catch=(
            "I was just wondering if maybe you'd be interested.",
            "we could kind of save you a bit",
        ),
        must_not_catch=("We cut your costs by ten percent.",),
    ),
    Rule(
        name="makes the meeting sound short",
        category="hedge",
        why="'Just five minutes' shrinks the request and hides its real length.",
        weight=1.5,
        patterns=(r"(?<!not )\b{fake_short}\b(?!(?:\s+\w+){0,3}\s+to\s+(?:under|below|{num}))",),
        must_catch=("Just five minutes, I promise.", "it won't take long"),
        must_not_catch=("We need an hour.",),
    ),
    Rule(
        name="tells him what he must do",
        category="pressure",
        why="An obligation aimed at the boss ('you have to', 'you need this') decides for him: "
        "confidence turned into arrogance.",
        weight=2.0,
        patterns=(
            r"(?<!\bif )(?<!\bwhat )(?<!\ball )(?<!\bwhether )(?<!\bwhen )(?<!\bwould )(?<!\bdo )"
            r"\byou\s?(?:ve)?\s+(?:{firmly}\s+)?{must}\s+(?!{no_duty}\b)\w+",
            r"(?<!\bif )(?<!\bwhat )(?<!\bwhatever )(?<!\ball )(?<!\bwhether )(?<!\bdo )"
            r"\byou\s+(?:{firmly}\s+)?need\s+(?:this|it|that|us|our|to\s+see\s+this)\b",
            r"\b(?:legally\s+required|mandatory|compulsory|obligatory)\b|\bhas\s+to\s+be\s+(?:d"
            r"one|signed|sorted|settled)\s+by\b",
        ),
        must_catch=(
            "You have to do this, there's no reason to say no.",
            "you need this right now",
            "you gotta see this",
            "You really should switch.",
        ),
        must_not_catch=(
            "You don't have to decide today.",
            "You don't need to prepare anything.",
            "If you need to check with your team, that's fine.",
            "you only need to sign off once a month instead of every day",
        ),
    ),
    Rule(
        name="hurries him",
        category="pressure",
        why="False urgency and deadlines ('only today', 'decide now') leave the boss no time "
        "to judge the offer: pressure, not an advantage.",
        weight=2.0,
        patterns=(
            r"\b(?:only|just)\s+(?:\w+\s+)?(?:valid|available|good|on|for)?\s*(?:{soon}|until|t"
            r"ill|while\s+stocks)\b",
            r"\b{soon}\s+only\b|\b(?:offer|price|discount|deal|promotion|special)\s+(?:\w+\s+){0"
            r",3}?(?:ends|expires|runs\s+out|is\s+gone|goes\s+up|won\s?t\s+last)\b",
            r"(?<!\bto )\b(?:decide|sign|commit|order|say\s+yes|agree|act|buy|switch)\s+(?:\w+\s"
            r"+)?(?:now|today|right\s+now|immediately|straight\s+away|right\s+away|on\s+the\s+sp"
            r"ot)\b",
            r"\b(?:last|final|one\s+time|once\s+in\s+a\s+lifetime)\s+(?:chance|opportunity|offe"
            r"r)\b|\bbefore\s+it\s?s\s+too\s+late\b",
            r"\b(?:chance|offer|deal|opportunity)\s+like\s+(?:this|that)\s+(?:\w+\s+)?(?:again|t"
            r"wice)\b",
            r"\b(?:tomorrow|next\s+week|after\s+that)\s+(?:\w+\s+){0,3}(?:gone|double|twice|more"
            r"\s+expensive|over)\b|\bonly\s+{count}\s+(?:\w+\s+)?(?:left|places|spots|slots)\b",
        ),
        must_catch=(
            "The special price is only valid today.",
            "this week only twenty percent off so decide now",
            "You won't get a chance like this again.",
        ),
        must_not_catch=(
            "You don't have to decide right now.",
            "Next week's full? Then May is fine, there's no rush.",
            "It only takes an hour, next week if possible.",
        ),
    ),
    Rule(
        name="books him without asking",
        category="pressure",
        why="A meeting put in his diary, or a yes assumed, takes the decision from him: "
        "presumption is pressure.",
        weight=2.0,
        patterns=(
            r"\bi\s?(?:ve|have|m|am)?\s+(?:already\s+|just\s+)?{booked}\s+(?:you|us|it|that|thi"
            r"s|the\s+date)\s+(?:\w+\s+)?(?:down|in|for|on)\b",
            r"\bi\s?(?:ve|have|m|am)?\s+(?:already\s+)?{booked}\s+(?:\w+\s+)?(?:{dayname}|{weekda"
            r"y}|a\s+slot|the\s+slot)\b|\bi\s?ll\s+(?:bring|send)\s+(?:you\s+)?the\s+contract\b",
            r"\b(?:we\s?ll|we\s+will)\s+(?:start|begin|go\s+live)\s+(?:on\s+)?(?:{dayname}|{weekd"
            r"ay})\b",
            r"\b(?:i\s?ll|i\s+will|ill)\s+(?:just\s+)?{come_round}\s+(?:\w+\s+){0,3}?(?:{weekday}"
            r"|at\s+{num}|{num}\s+o\s?clock)\b",
            r"\b(?:take|taking|count|counting)\s+(?:that|this|it)\s+as\s+a\s+yes\b|\bi\s?(?:m|am)"
            r"\s+(?:\w+\s+)?(?:assuming|counting\s+on)\b|\bconsider\s+it\s+(?:booked|done)\b",
            r"\b(?:then|and\s+then|and)\s+you\s+(?:sign|buy|order)\b|\bbe\s+ready\b|\bcan\s?t\s+"
            r"cancel\b|\bsee\s+you\s+(?:on\s+)?{weekday}\b",
        ),
        must_catch=(
            "I've put you down for Friday.",
            "I'll come round Monday at eight.",
            "I'll take that as a yes.",
        ),
        must_not_catch=(
            "I could come by on Monday at eight, would that suit you?",
            "Give me a date that suits you.",
        ),
    ),
    Rule(
        name="belittles his choice",
        category="pressure",
        why="Belittling what he has now or how he judges ('outdated', 'you'd be crazy not to') "
        "makes him small: pressure, not a comparison.",
        weight=2.0,
        patterns=(
            r"\byour\s+(?:\w+\s+){0,3}(?:is|are|s|re|was)\s+(?:\w+\s+){0,2}{junk}\b|\byour\s+(?:"
            r"\w+\s+)?{junk}\s+\w+",
            r"\b(?:you\s?d|you\s+would|youd|you\s?re|you\s+are|be)\s+(?:\w+\s+)?{fool}\b|\b{fool}"
            r"\s+not\s+to\b|\banything\s+else\s+(?:would\s+be|is)\b",
            r"\b(?:would\s+be|is|be)\s+(?:a\s+)?(?:big\s+|huge\s+|serious\s+)?(?:mistake|madnes"
            r"s|reckless|negligent|irresponsible|foolish)\b(?!\s+(?:on\s+my\s+part|of\s+mine|for\s+"
            r"me))",
            r"\b(?:just|simply)\s+sign\b|\bsign\s+(?:here|on\s+the\s+dotted)\b",
            r"\b(?:everybody|everyone|all\s+the\s+others?)\s+(?:else\s+)?(?:\w+\s+){0,4}(?:has|"
            r"have)\s+(?:already\s+)?(?:switched|signed|moved|changed)\b",
            r"\b(?:any|every|no)\s+(?:\w+\s+)?{sensible}\s+(?:\w+\s+)?{person}\b|\b(?:anyone|an"
            r"ybody|whoever|those)\s+(?:who\s+)?(?:still|hesitates|waits|ignores|doesn\s?t|is\s+"
            r"still)\b",
            r"\b(?:throw|throwing|waste|wasting|burn|burning)\s+(?:\w+\s+)?money\b|\blike\s+mos"
            r"t\s+(?:people|companies|firms|others|of\s+them)\b|\bprobably\s+(?:wrong|badly)\b",
            r"\b(?:slowly|simply)\s+(?:\w+\s+)?so\s+(?:that\s+)?you\b|\bso\s+you\s+(?:can\s+)?(?:"
            r"keep\s+up|follow)\b|\bas\s+a\s+layman\b|\bwon\s?t\s+(?:get|understand)\s+(?:this|it)\b",
            r"\byour\s+(?:competitors|competition|rivals)\s+(?:\w+\s+){0,3}(?:already|are|have|"
            r"will)\b|\b(?:left\s+behind|out\s+of\s+business|fall\s+behind|go\s+under)\b",
            r"\b(?:competitors|competition|others|they)\s+(?:are|re)\s+(?:\w+\s+)?{junk}\b",
            r"\b(?:only|no)\s+(?:an?\s+)?(?:amateur|fool|idiot|beginner|dinosaur|madman)s?\s+(?:wou"
            r"ld|still)\b|\b(?:ripping|rip)\s+you\s+off\b|\bovercharg\w+\s+you\b",
            r"\bcan\s?t\s+(?:seriously|really|honestly)\s+(?:be|want|think)\b|\byou\s+(?:{firmly}\s"
            r"+)?(?:can\s?t|cannot)\s+(?:ignore|miss|pass|say\s+no\s+to)\b",
            r"\b(?:you\s?ll|you\s+will)\s+(?!not\b)(?:\w+\s+)?regret\b|\bcan\s?t\s+afford\s+(?:to"
            r"\s+)?(?:miss|say|ignore|pass|lose|wait|not)\b|\blosing\s+money\s+every\b",
            r"\b(?:no|nothing)\s+(?:reason|excuse)s?\s+to\b|\bnothing\s+to\s+(?:think|discuss|c"
            r"onsider)\b|\bno\s+excuses\b",
            r"\b(?:no|don\s?t\s+(?:\w+\s+)?have\s+(?:a|any))\s+(?:better|real|other)\s+(?:optio"
            r"n|choice|alternative)\b",
        ),
        must_catch=(
            "your system is hopelessly outdated",
            "frankly you'd be crazy not to buy",
            "Any sensible manager would switch today.",
        ),
        must_not_catch=(
            "Your current system works, and we would only save you two hours a week.",
            "If it's not a fit, that's completely fine.",
        ),
    ),
    Rule(
        name="does not take no",
        category="pressure",
        why="Cutting him off, not accepting his no, insisting: the boss loses the say in his "
        "own call.",
        weight=2.0,
        patterns=(
            r"\blet\s+me\s+stop\s+you\b|\byou\s+haven\s?t\s+(?:even\s+)?heard\b|\btak(?:e|ing)"
            r"\s+no\s+for\s+an\s+answer\b|\bdon\s?t\s+tell\s+me\s+you\w*\b",
            r"\blet\s+me\s+finish\b|\bdon\s?t\s+(?:hang\s+up|interrupt)\b|\blisten\s+(?:to\s"
            r"+me\s+)?(?:now|carefully|first)\b|(?<!could )(?<!would )(?<!can )\bhear\s+me\s+out\b",
            r"\bkeep\s+(?:on\s+)?(?:calling|ringing|trying|phoning)\b|\b(?:won\s?t|don\s?t|wil"
            r"l\s+not|do\s+not)\s+take\s+no\b|\bno\s+(?:is\s+not|isn\s?t|isnt)\s+an?\s+(?:optio"
            r"n|answer)\b",
            r"\bi\s+(?:insist|expect\s+you)\b|\bnot\s+discussing\s+(?:this|it)\b"
            r"|\bdon\s?t\s+be\s+so\b",
        ),
        must_catch=("Let me finish, please.", "I'll just keep calling till you say yes."),
        must_not_catch=("A no is a perfectly good answer for me.",),
    ),
)
