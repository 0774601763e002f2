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
        ("how|what|which|who|when|where|how many|how much|how often|how long|how happy|why",),
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
        ("us|our|ours|the\\s+new|remote|pre|voice|scanners|electric|the\\s+app",),
        why="what the caller brings instead of today's way",
    ),
    Family(
        "better_number",
        ("{num}|less|fewer|faster|earlier|under|below|within|gone|one|no|only|half|twice",),
        why="how the new way compares: a number or a comparison word",
    ),
    Family(
        "meeting",
        (
            r"meeting|appointment|sit down|get together|come by|come over|drop by|stop by"
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
            r"(?:just|only|max|at\s+most)?\s*(?:two|three|five|ten|[2-9]|10)\s+minutes",
            r"a\s+(?:few|couple\s+of)\s+minutes|(?:a\s+)?(?:quick\s+)?minute\s+of\s+your\s+time",
            r"won\s?t\s+take\s+long",
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
            "market leader",
            "industry leader",
            "leading provider",
            "number one",
            "the best solution",
            "the best on the market",
            "we are the best",
            "award-winning",
            "world-class",
            "second to none",
            "unbeatable",
            "revolutionary",
            "cutting-edge",
            "state of the art",
            "game changer",
            "best in class",
            "unmatched",
            "thousands of happy customers",
            "decades of experience",
            "once in a lifetime",
        ),
        patterns=(
            r"\bwe\s*(?:re|are)\s+(?!not\b)(?:\w+\s+){0,3}(?:the\s+)?(?:best|biggest|largest|l"
            r"eading|fastest|number one|top|finest|the provider)\b",
            r"\b(?:better|faster|cheaper)\s+than\s+(?:every|any|all)\s+(?:other\s+)?\w+",
            r"\b(?:widest|largest|biggest)\s+range\b|\bexcellence\s+passion\b|\bnever\s+fin"
            r"d\s+a\s+\w+\s+like\s+us\b",
        ),
        must_catch=(
            "We are the market leader with an award-winning platform.",
            "our revolutionary solution is simply the best on the market",
        ),
        must_not_catch=("We deliver spare parts the next morning.",),
    ),
    Rule(
        name="butters him up",
        category="show",
        why="Honey round the king's mouth: flattery of the boss is the show too.",
        weight=1.5,
        phrases=(
            "a successful businessman like you",
            "someone as successful as you",
            "your impressive company",
            "a visionary like you",
            "I admire what you",
            "your legendary reputation",
            "a man of your standing",
        ),
        must_catch=("A visionary like you knows quality when he sees it.",),
        must_not_catch=("How do you handle that today?",),
    ),
    Rule(
        name="asks how he does it today",
        category="asks_about_him",
        why="A real question about his situation: the boss is a person with needs, not an "
        "audience (partner, not king).",
        weight=1.5,
        patterns=(
            r"\b{w_question}\s+(?!you\b)(?:\w+\s+){0,5}?(?:do|does|did|are|is|have|has|would|w"
            r"ill|s|re)\s+(?:you|your|y(?:ou\s+guys))\b(?!(?:\s+\w+){0,3}\s+(?:free|available|h"
            r"ave\s+time|got\s+time|prefer))",
            r"\b(?!when\b){w_question}\s+(?!you\b|day\b|time\b)(?:\w+\s+){0,4}?(?:for|with"
            r"|of|at|from|to)\s+(?:you|your)\b(?!(?:\s+\w+){0,3}\s+(?:free|available|prefer))",
            r"\b(?:(?:who|what|which)\s+(?:s|is|are|re)|whos|whats)\s+(?:\w+\s+)?your\b",
            r"\bhow\s+often\s+(?:does|do|is|are|did)\b|\bhows\s+it\s+going\s+with\b",
            r"\b(?:how many|how much|which|what)\s+(?:\w+\s+)?(?:of\s+)?your\s+\w+\s+\w+\b",
            r"\bwho\s+(?:\w+\s+){0,2}from\s+your\s+side\b",
            r"^(?:so\s+|and\s+)?(?:do|are|have|did|is)\s+you(?:r)?\b(?!\s+(?:\w+\s+){0,2}(?:fr"
            r"ee|available|an hour|time for|time next|time on|time this|meet)\b)",
            r"\b(?:can|may|could)\s+i\s+(?:\w+\s+){0,2}ask\b|\bi\s+was\s+(?:just\s+)?wonder"
            r"ing\s+(?:how|what|who|which|whether\s+you)\b",
            r"\bwhat\s+(?:keeps you|s your biggest|is your biggest|matters most to you)\b|\btel"
            r"l\s+me\s+(?:about|how|what)\b",
        ),
        must_catch=(
            "How do you handle spare parts today?",
            "how many vehicles do you have on the road",
            "Are you using any software for time tracking at the moment?",
            "Can I ask what you currently spend on postage?",
        ),
        must_not_catch=(
            "Would you have an hour next week?",
            "We cut your costs by ten percent.",
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
            r"\bthan\s+(?:your|you\s+pay\s+your|with\s+your)\s+(?:{current}\s+)?{supplier}",
            r"\b(?:compared\s+(?:to|with)|versus|vs|instead\s+of|rather\s+than)\s+(?:your|the|"
            r"what\s+you)\s+(?:{current}\s+)?\w+",
            r"\binstead\s+of\s+(?:the\s+)?(?:{num})\b",
            r"\b(?:what|how\s+much)\s+you\s+(?:{today}\s+)?(?:pay|spend|lose|waste)\s+(?:{today}"
            r")?",
            r"\b(?:less|more|faster|cheaper|lower|fewer)\s+than\s+(?:you\s+)?(?:{today}|your|w"
            r"hat\s+you)",
            r"\b(?:half|a\s+third|a\s+quarter)\s+of\s+what\s+you\b|\bhalves\s+what\s+you\b",
            r"\b(?:than|compared\s+to|versus|like\s+you\s+do)\s+(?:{today})\b|\bthan\s+(?:w"
            r"ith|on|at)\s+your\b",
            r"\b{today}\b(?:\s+\w+){0,30}?\s+(?:with|at)\s+{the_new}\w*\b(?:\s+\w+){0,12}?\s+"
            r"{better_number}\b",
            r"\b(?:above|below|under)\s+what\s+you\b|\binstead\s+of\s+(?:like\s+)?(?:{num}"
            r"|twice|once)\b|\bnot\s+{num}\s+like\s+you\b|\b(?:half|a\s+quarter)\s+that\b",
            r"\b(?:{num}|half)\s+(?:\w+\s+){0,4}(?:you\s+keep|you\s+have)\s+{today}\b|\bfrom"
            r"\s+(?:like\s+)?{num}\s+\w+\s+now\b",
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
            r"\b{meeting}\b",
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
            r"\b(?:maybe|perhaps|possibly|kind of|sort of|kinda|sorta|somewhat|a little bit|a "
            r"bit|hopefully)\b",
            r"\b(?:i|we)\s+(?:just|only)\s+(?:wanted|want|thought|called|wanted to|wondered)\b",
            r"\bjust\s+(?:to\s+)?(?:see|check|ask|touch base|reach out|introduce|a quick)\b",
            r"\bi\s+(?:guess|suppose|reckon)\b|\bi\s+think$|\bwas\s+(?:actually\s+)?(?:kind\s+o"
            r"f\s+)?hoping\b|\b(?:not|nothing)\s+(?:\w+\s+)?just\s+ringing\b",
            r"\bif\s+it\s+s\s+not\s+too\s+much\s+\w+\b|\bquick\s+sec\b|\bdon\s?t\s+really"
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
        patterns=(r"(?<!not )\b{fake_short}\b",),
        must_catch=("Just five minutes, I promise.", "it won't take long"),
        must_not_catch=("We need an hour.",),
    ),
    Rule(
        name="pushes and presumes",
        category="pressure",
        why="Pressure and presumption cross the thin line from confident to arrogant.",
        weight=2.0,
        phrases=(
            "you need this",
            "you need our",
            "you really should",
            "there's no reason to say no",
            "it would be a mistake",
            "you'd be crazy not to",
            "you'd be mad not to",
            "this offer expires",
            "I'll take that as a yes",
            "can't say no",
            "you're losing money every day",
            "your competitors already",
            "no excuses",
            "let me finish",
            "any sensible manager",
            "you will regret",
            "you'll regret it",
            "there's nothing to think about",
            "probably wrong like most",
            "hopelessly outdated",
            "your system is outdated",
            "throwing money out the window",
            "you don't really have a better option",
            "any sensible person",
            "I expect you to",
            "I'll just keep calling",
            "I've put you down for",
            "you can't cancel",
            "don't be so precious",
            "you won't get a chance like this",
            "so you can keep up",
            "legally required",
        ),
        patterns=(
            r"\byou\s+(?:have to|must|ve got to|have got to|need to)\s+(?!not\b|worry\b|decide\s"
            r"+(?:now|today)\s+no|prepare\s+anything)\w+",
            r"\bi\s?(?:ll|will)\s+(?:come|be\s+there|drop\s+by)\s+(?:\w+\s+){0,3}(?:at|tomorr"
            r"ow|monday|tuesday|wednesday|thursday|friday)\b",
            r"\bif\s+you\s+don\s?t\s+(?:act|buy|switch|sign)\b|\b(?:say|sign)\s+(?:yes\s+)?no"
            r"w\b|\band\s+then\s+you\s+sign\b",
            r"\b(?:only|just)\s+today\b|\btoday\s+only\b|\bout\s+of\s+business\b|\bbe\s+re"
            r"ady\b|\bas\s+a\s+layman\b",
        ),
        must_catch=(
            "You have to do this, there's no reason to say no.",
            "you need this right now",
        ),
        must_not_catch=(
            "You don't have to decide today.",
            "You don't need to prepare anything.",
        ),
    ),
)
