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
            ("trust me", 1.0),
            ("you haven't even heard", 2.5),
            ("haven't even heard", 2.5),
            "listen to me",
            "just listen",
            ("why not", 1.5),
            ("I insist", 2.5),
            ("I promise", 1.2),
            "wait wait",
            "come on",
            "at least let me",
            "give me a chance",
            ("I'll call again tomorrow", 1.0),
            "I don't believe that",
            "the third time",
            ("let me finish", 2.5),
            ("hear me out", 2.5),
            ("hang on", 1.5),
            ("hold on", 1.5),
            "disrespectful",
            ("I'm not giving up", 2.5),
            ("not giving up that easily", 2.5),
            "get in trouble",
            "I really need this",
            ("brushing me off", 2.5),
            ("fobbing me off", 2.5),
            ("especially for you", 1.0),
            ("you haven't even seen", 2.5),
            "don't hang up",
            ("say no to that", 1.5),
            "stick with your",
            ("fine then", 1.0),
            "not finished",
        ),
    ),
    Rule(
        name="begs for minutes",
        category="pushy",
        why='Bargaining for "just two minutes" is pressure after a no.',
        weight=1.5,
        phrases=(
            ("just five minutes", 2.5),
            ("just two minutes", 2.5),
            "five minutes",
            "just a minute",
            ("please please", 2.0),
            ("won't take long", 2.0),
            "real quick",
            "just quickly",
            ("one more minute", 2.0),
        ),
    ),
    Rule(
        name="demands to be put through",
        category="pushy",
        why="Demanding the boss's line or to be put through goes around her.",
        weight=2.0,
        phrases=(
            ("just put me through", 2.5),
            ("put me through", 1.5),
            "let me talk to him",
            "let me speak to",
            ("his direct line", 1.2),
            ("his mobile number", 1.2),
        ),
    ),
    Rule(
        name="belittles her",
        category="pushy",
        why="Blaming, mocking or belittling the gatekeeper after a no.",
        weight=2.0,
        phrases=(
            ("unprofessional", 2.5),
            ("you don't even know", 2.5),
            ("whatever", 1.5),
            ("can't even judge", 2.5),
            ("decide that himself", 1.5),
            ("who are you to decide", 2.5),
            "are you serious",
            "frustrating",
            ("ridiculous", 2.5),
            "rude",
            ("not my problem", 2.5),
            "your problem",
            ("your funeral", 2.5),
            "suit yourself",
            "good luck with that",
            "short sighted",
            "narrow minded",
            "arrogant",
            "unfriendly",
            ("you must be joking", 2.5),
            "you're joking",
            ("are you kidding", 2.5),
            "kidding me",
            ("rubbish", 1.5),
            ("no idea", 1.5),
        ),
    ),
    Rule(
        name="threatens a loss",
        category="pushy",
        why="Threatening that the boss will lose or regret something is pressure.",
        weight=2.5,
        phrases=(
            "big mistake",
            "making a mistake",
            ("will be upset", 2.0),
            "you'll regret",
            "regret this",
            ("regret", 2.0),
            ("you're missing out", 2.0),
            "your loss",
            ("lose money", 2.0),
            ("you'll see", 1.5),
            ("your competitors", 1.5),
            ("your competition", 1.5),
            ("the only ones", 1.5),
            ("what you're missing", 2.0),
        ),
    ),
    Rule(
        name="will not stop calling",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\bkeep\s+(?:on\s+)?(?:calling|trying|ringing|phoning)\b",
            r"\buntil\s+(?:i|we)\s+(?:\w+\s+)?(?:get|reach|speak|talk)\b",
        ),
    ),
    Rule(
        name="tells her what she needs",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\byou\s+(?:really\s+|definitely\s+|absolutely\s+)?need\s+(?:this|it|that|us)\b",
        ),
    ),
    Rule(
        name="sarcastic thanks",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.5,
        patterns=(
            r"\bthanks?\s+(?:you\s+)?for\s+nothing\b",
            r"^(?:oh\s+)?(?:great|wonderful|brilliant|lovely|perfect|fantastic|charming)\s+(?:"
            r"thanks|thank\s+you|really|then)\b",
            r"\b(?:very|really|so)\s+(?:friendly|helpful|kind|nice|polite)\s+(?:really|indeed|"
            r"of\s+you)\b",
        ),
        suppresses="dignified",
    ),
    Rule(
        name="reproaches her",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.5,
        patterns=(
            r"\b(?:this\s+is|is\s+this|thats)\s+how\s+you\s+(?:treat|talk|speak|deal)\b",
            r"\b(?:not|werent|arent|never)\s+(?:even\s+)?listening\b",
        ),
    ),
    Rule(
        name="orders her about",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(
            r"\b(?:let|hear)\s+me\s+(?!know\b)(?:finish|explain|talk|speak|just|out|tell)\b",
            r"\b(?:put|transfer|connect)\s+me\s+(?:through|to)\b",
        ),
    ),
    Rule(
        name="will call again soon",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(
            r"\b(?:call|ring|phone|try)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:tomorrow|every\s"
            r"+day|daily|again\s+and\s+again|this\s+afternoon|in\s+an\s+hour|the\s+day\s+after"
            r")\b",
        ),
    ),
    Rule(
        name="asks when the boss is there",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\bwhen(?:s|\s+is|\s+will|\s+does)?\s+(?:he|she|your\s+boss|the\s+boss|your\s+man"
            r"ager)\s+(?:be\s+)?(?:back|in|around|available|free|get\s+back)\b",
        ),
    ),
    Rule(
        name="everybody buys",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\b(?:everybody|everyone|every\s+company|every\s+business|all\s+companies)\s+(?:b"
            r"uys|needs|uses|wants)\b",
        ),
    ),
    Rule(
        name="starts with 'but'",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.2,
        patterns=(r"^but\b",),
    ),
    Rule(
        name="questions her say",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.2,
        patterns=(r"\b(?:decide|decides|deciding|judge)\b",),
    ),
    Rule(
        name="denies her the decision",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\b(?:not|isnt|wasnt)\s+(?:really\s+|exactly\s+|even\s+|actually\s+|entirely\s+)?"
            r"(?:your|yours)\s+(?:\w+\s+)?(?:decision|call|choice|place)\b",
            r"\bnot\s+(?:\w+\s+)?up\s+to\s+you\b",
            r"\bnot\s+(?:\w+\s+)?for\s+you\s+to\s+(?:decide|say|judge)\b",
            r"\byou(?:re|\s+are)\s+not\s+(?:really\s+)?(?:the\s+one|the\s+person|in\s+a\s+posi"
            r"tion)\s+(?:who|to|that)\b",
            r"\bwho\s+(?:made|put)\s+you\s+in\s+charge\b",
            r"\b(?:isnt|shouldnt)\s+(?:that|it|this)\s+(?:\w+\s+)?(?:his|her|your\s+boss\w*|th"
            r"e\s+boss\w*)\s+(?:decision|call|choice)\b",
            r"\bis\s+(?:that|it|this)\s+(?:really|actually|truly|even|honestly|yours)\s+(?:(?:"
            r"your|yours|to)\s+)?(?:\w+\s+)?(?:decision|call|choice|place|business|decide)\b",
            r"\bis\s+(?:that|it|this)\s+your\s+(?:decision|call|choice)\s+to\s+make\b",
            r"\b(?:do|can|may|should)\s+you\s+(?:really|actually|even|honestly)\s+(?:decide|ge"
            r"t\s+to\s+decide|judge|make\s+that\s+call)\b",
            r"\bare\s+you\s+(?:really|actually|even)\s+(?:the\s+one\s+who|allowed\s+to|authori"
            r"[sz]ed\s+to|in\s+a\s+position\s+to)\b",
        ),
    ),
    Rule(
        name="challenges what she knows",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\bhow\s+(?:would|do|can|could)\s+you\s+(?:even\s+)?know\b",
            r"\byou\s+(?:don\'?t|dont|do\s+not)\s+(?:even\s+)?know\b",
            r"\b(?:don\'?t|dont)\s+you\s+(?:get|understand|see)\b",
            r"\bcan\'?t\s+you\s+see\b",
        ),
    ),
    Rule(
        name="threatens a complaint",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.5,
        patterns=(
            r"\b(?:complain|complaining)\s+about\s+you\b",
            r"\b(?:file|filing|make|making|lodge)\s+a\s+complaint\b",
            r"\breport\s+(?:you|this)\s+to\b",
        ),
    ),
    Rule(
        name="asks for minutes",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(r"\b{num}\s+(?:minutes?|seconds?)\b",),
    ),
    Rule(
        name="bargains",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=0.8,
        patterns=(r"\bat least\b",),
    ),
    Rule(
        name="demands",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(r"\bgive me\b",),
    ),
    Rule(
        name="insisting 'even'",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=0.6,
        patterns=(r"\beven\b",),
    ),
    Rule(
        name="asks for the boss anyway",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(
            r"\b(?:speak|speaking|talk|talking|put\s+through|connect\s+me)\s+(?:to|with)\s+(?:"
            r"the|your|him|her)\s+(?:\w+\s+)?{boss_etc}\b",
        ),
    ),
    Rule(
        name="still insists",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.0,
        patterns=(
            r"\b(?:i|we)\s+(?:still|really)\s+(?:need|have|want|must)\b",
            r"\bstill\s+(?:need|want|have\s+to|must)\b",
        ),
    ),
    Rule(
        name="agrees, but argues on",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.2,
        patterns=(
            r"^(?:i\s+understand|i\s+see|i\s+get\s+(?:it|that)|understood|ok|okay|sure|right|y"
            r"es|yeah|fair\s+enough|shame|pity|of\s+course|i\s+know|true|maybe|granted)(?:\s+\w"
            r"+){0,3}?\s+but\s+(?!{ok_etc})",
        ),
    ),
    Rule(
        name="asks her to reconsider",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=1.5,
        patterns=(r"(?<!if\syou\s)(?<!should\syou\s)(?<!in\scase\syou\s)\b{reconsider_etc}\b",),
    ),
    Rule(
        name="insists it pays off",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=0.8,
        patterns=(r"\b(?:its|it\s+is|its\s+really)\s+(?:\w+\s+)?worth\b",),
    ),
    Rule(
        name="lectures her",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\b(?:not|wont|dont|never|cant|wouldnt|didnt|wont)\s+(?:even\s+)?(?:listen|listen"
            r"ing|hear\s+me\s+out)\b",
            r"\byou(?:ll|\s+will)\s+never\s+(?:\w+\s+)?(?:improve|learn|grow|succeed|get\s+any"
            r"where|get\s+better|know)\b",
        ),
    ),
    Rule(
        name="sends her back to the boss",
        category="pushy",
        why="After a no the caller pushes: pressure, blame, begging, going around her.",
        weight=2.0,
        patterns=(
            r"\b{just_etc}\s+(?:please\s+|just\s+)?(?:ask|check\s+with|run\s+it\s+(?:by|past))"
            r"\s+(?:him|her|your\s+boss|the\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\b",
        ),
    ),
)
