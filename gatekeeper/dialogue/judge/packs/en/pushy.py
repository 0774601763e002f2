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
        must_catch=(
            "trust me, it's worth it",
            "Why not? Give me one reason!",
        ),
        must_not_catch=(
            "someone with your experience can tell straight away if this is worth his time",
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
        must_catch=(
            "but it only takes five minutes please",
            "oh come on just put me through real quick",
        ),
        must_not_catch=("a quick survey, it only takes two minutes",),
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
        must_catch=(
            "At least give me his direct line.",
            "just put me through to your boss anyway",
        ),
        must_not_catch=(
            "Your company is the absolute market leader, so I just had to speak to the boss!",
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
            "disrespectful",
            "unfriendly",
            ("you must be joking", 2.5),
            "you're joking",
            ("are you kidding", 2.5),
            "kidding me",
            ("rubbish", 1.5),
            ("no idea", 1.5),
        ),
        must_catch=(
            "whatever you'll regret this",
            "come on you can't even judge that",
        ),
        must_not_catch=(
            "You're obviously the most important person in that building, you know what's goo"
            "d for your boss, and this is absolutely incredible.",
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
        must_catch=(
            "whatever you'll regret this",
            "you'll see what you get for that",
        ),
        must_not_catch=(
            "You're obviously the most important person in that building, you know what's goo"
            "d for your boss, and this is absolutely incredible.",
        ),
    ),
    Rule(
        name="will not stop calling",
        category="pushy",
        why="Threatening to call every day is pressure.",
        weight=2.0,
        patterns=(
            r"\bkeep\s+(?:on\s+)?(?:calling|trying|ringing|phoning)\b",
            r"\buntil\s+(?:i|we)\s+(?:\w+\s+)?(?:get|reach|speak|talk)\b",
        ),
        must_catch=(
            "i'll just keep calling until i get him then",
            "okay but when is he in tomorrow ill just keep calling till i reach him",
        ),
        must_not_catch=("yeah okay then i won't keep you any longer have a nice day",),
    ),
    Rule(
        name="tells her what she needs",
        category="pushy",
        why="Telling her what her firm needs argues against her no.",
        weight=2.0,
        patterns=(
            r"\byou\s+(?:really\s+|definitely\s+|absolutely\s+)?need\s+(?:this|it|that|us)\b",
        ),
        must_catch=("Everyone says that at first, but trust me, you need this.",),
        must_not_catch=("This and that, really.",),
    ),
    Rule(
        name="sarcastic thanks",
        category="pushy",
        why="Sarcastic thanks after a no is pressure through blame.",
        weight=2.5,
        patterns=(
            r"\bthanks?\s+(?:you\s+)?for\s+nothing\b",
            r"^(?:oh\s+)?(?:great|wonderful|brilliant|lovely|perfect|fantastic|charming)\s+(?:"
            r"thanks|thank\s+you|really|then)\b",
            r"\b(?:very|really|so)\s+(?:friendly|helpful|kind|nice|polite)\s+(?:really|indeed|"
            r"of\s+you)\b",
        ),
        suppresses="dignified",
        must_catch=(
            "great thanks for nothing",
            "Oh, so this is how you treat callers. Very friendly, really.",
        ),
        must_not_catch=("You're really friendly, thanks, bye.",),
    ),
    Rule(
        name="reproaches her",
        category="pushy",
        why="Reproaching her for not listening is pressure through blame.",
        weight=2.5,
        patterns=(
            r"\b(?:this\s+is|is\s+this|thats)\s+how\s+you\s+(?:treat|talk|speak|deal)\b",
            r"\b(?:not|werent|arent|never)\s+(?:even\s+)?listening\b",
        ),
        must_catch=(
            "You weren't even listening! Let me finish.",
            "Great, so that's how you treat callers. Very professional.",
        ),
        must_not_catch=("well, a great offer, that's what he gets",),
    ),
    Rule(
        name="orders her about",
        category="pushy",
        why="Ordering her to put him through after a no is pushy.",
        weight=1.5,
        patterns=(
            r"\b(?:let|hear)\s+me\s+(?!know\b)(?:finish|explain|talk|speak|just|out|tell)\b",
            r"\b(?:put|transfer|connect)\s+me\s+(?:through|to)\b",
        ),
        must_catch=(
            "If you don't put me through, I'll just call every day.",
            "if you don't put me through i'll tell your boss you kept a great deal from him",
        ),
        must_not_catch=("just need to reschedule our call from Monday",),
    ),
    Rule(
        name="will call again soon",
        category="pushy",
        why="Announcing to call again tomorrow, after a no, is pressure.",
        weight=1.5,
        patterns=(
            r"\b(?:call|ring|phone|try)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:tomorrow|every\s"
            r"+day|daily|again\s+and\s+again|this\s+afternoon|in\s+an\s+hour|the\s+day\s+after"
            r")\b",
        ),
        must_catch=(
            "can I call him tomorrow instead of today",
            "If you don't put me through, I'll just call every day.",
        ),
        must_not_catch=("Just a quick courtesy call.",),
    ),
    Rule(
        name="asks when the boss is there",
        category="pushy",
        why="Asking when the boss is back, after a no, goes around her.",
        weight=2.0,
        patterns=(
            r"\bwhen(?:s|\s+is|\s+will|\s+does)?\s+(?:he|she|your\s+boss|the\s+boss|your\s+man"
            r"ager)\s+(?:be\s+)?(?:back|in|around|available|free|get\s+back)\b",
        ),
        must_catch=(
            "nope i'm not giving up that easily when's he back in the office",
            "okay but when is he in tomorrow ill just keep calling till i reach him",
        ),
        must_not_catch=("he has a meeting with me tomorrow, I'm just calling to confirm",),
    ),
    Rule(
        name="everybody buys",
        category="pushy",
        why="'Everybody needs this' argues against her no.",
        weight=2.0,
        patterns=(
            r"\b(?:everybody|everyone|every\s+company|every\s+business|all\s+companies)\s+(?:b"
            r"uys|needs|uses|wants)\b",
        ),
        must_catch=(
            "You can't be serious, everyone needs this!",
            "Well I don't believe you, every company needs this.",
        ),
        must_not_catch=("well this and that you know a few different things really",),
    ),
    Rule(
        name="starts with 'but'",
        category="pushy",
        why="A reply that starts with 'but' argues against the no.",
        weight=1.2,
        patterns=(r"^but\b",),
        must_catch=(
            "but it only takes five minutes please",
            "But you haven't even heard what I'm offering!",
        ),
        must_not_catch=("a quick survey, it only takes two minutes",),
    ),
    Rule(
        name="questions her say",
        category="pushy",
        why="Questioning her right to decide is pressure after a no.",
        weight=1.2,
        patterns=(r"\b(?:decide|decides|deciding|judge)\b",),
        must_catch=(
            "nah i'm not accepting that your boss should decide for himself",
            "youre just the front desk you dont get to decide that connect me",
        ),
        must_not_catch=("honestly you run that front desk so well",),
    ),
    Rule(
        name="denies her the decision",
        category="pushy",
        why="'That's not for you to decide' denies her the decision.",
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
        must_catch=(
            "With respect, is that really your decision to make?",
            "That's not your call to make, give me the boss please.",
        ),
        must_not_catch=("a company like yours with a boss like that thats premier league respect",),
    ),
    Rule(
        name="challenges what she knows",
        category="pushy",
        why="'How would you know?' challenges her no.",
        weight=2.0,
        patterns=(
            r"\bhow\s+(?:would|do|can|could)\s+you\s+(?:even\s+)?know\b",
            r"\byou\s+(?:don\'?t|dont|do\s+not)\s+(?:even\s+)?know\b",
            r"\b(?:don\'?t|dont)\s+you\s+(?:get|understand|see)\b",
            r"\bcan\'?t\s+you\s+see\b",
        ),
        must_catch=(
            "yeah but it saves you money dont you get it",
            "How would you know your boss isn't interested?",
        ),
        must_not_catch=(
            "I sell personal protective equipment and would like to offer it to your boss.",
        ),
    ),
    Rule(
        name="threatens a complaint",
        category="pushy",
        why="Threatening a complaint about her is pressure.",
        weight=2.5,
        patterns=(
            r"\b(?:complain|complaining)\s+about\s+you\b",
            r"\b(?:file|filing|make|making|lodge)\s+a\s+complaint\b",
            r"\breport\s+(?:you|this)\s+to\b",
        ),
        must_catch=("I'll be filing a complaint about you with your management.",),
        must_not_catch=("its about the complaint he filed with us",),
    ),
    Rule(
        name="asks for minutes",
        category="pushy",
        why="Bargaining for 'five minutes' after a no is pressure.",
        weight=1.5,
        patterns=(r"\b{num}\s+(?:minutes?|seconds?)\b",),
        must_catch=(
            "now just listen to me for a second",
            "Now just listen to me for a second!",
        ),
        must_not_catch=("Just a quick courtesy call.",),
    ),
    Rule(
        name="bargains",
        category="pushy",
        why="'At least ...' bargains against the no.",
        weight=0.8,
        patterns=(r"\bat least\b",),
        must_catch=("But you really must at least have a look, it's a one-time offer!",),
        must_not_catch=(
            "oh you have such a lovely voice, you must be the heart of the place, i've got so"
            "mething really exclusive for your boss",
        ),
    ),
    Rule(
        name="demands",
        category="pushy",
        why="'Give me ...' demands what she has refused.",
        weight=1.5,
        patterns=(r"\bgive me\b",),
        must_catch=(
            "Why not? Give me one reason!",
            "oh come on just give me a quick minute",
        ),
        must_not_catch=("Just a quick courtesy call.",),
    ),
    Rule(
        name="insisting 'even'",
        category="pushy",
        why="An insisting 'even' argues against the no; a hint that adds up with others.",
        weight=0.6,
        patterns=(r"\beven\b",),
        must_catch=(
            "come on everybody buys something otherwise your company wouldnt even run just ge"
            "t me the boss",
        ),
        must_not_catch=(
            "Your company is the absolute market leader, so I just had to speak to the boss!",
        ),
    ),
    Rule(
        name="asks for the boss anyway",
        category="pushy",
        why="Asking for the boss anyway goes around her no.",
        weight=1.5,
        patterns=(
            r"\b(?:speak|speaking|talk|talking|put\s+through|connect\s+me)\s+(?:to|with)\s+(?:"
            r"the|your|him|her)\s+(?:\w+\s+)?{the_boss_nouns}\b",
        ),
        must_catch=(
            "I insist on speaking to your supervisor.",
            "I still need to speak to the managing director.",
        ),
        must_not_catch=(
            "I'm calling because I'd like to offer your managing director our commercial insu"
            "rance.",
        ),
    ),
    Rule(
        name="still insists",
        category="pushy",
        why="'I still have to speak to him' ignores her no.",
        weight=1.0,
        patterns=(
            r"\b(?:i|we)\s+(?:still|really)\s+(?:need|have|want|must)\b",
            r"\bstill\s+(?:need|want|have\s+to|must)\b",
        ),
        must_catch=("I still need to speak to the managing director.",),
        must_not_catch=("it's his doctor's office, we need to speak to him",),
    ),
    Rule(
        name="agrees, but argues on",
        category="pushy",
        why="'I understand, but ...' agrees in words and argues on.",
        weight=1.2,
        patterns=(
            r"^(?:i\s+understand|i\s+see|i\s+get\s+(?:it|that)|understood|ok|okay|sure|right|y"
            r"es|yeah|fair\s+enough|shame|pity|of\s+course|i\s+know|true|maybe|granted)(?:\s+\w"
            r"+){0,3}?\s+but\s+(?!{accepting_words})",
        ),
        must_catch=(
            "yeah but it saves you money dont you get it",
            "I understand, but just five minutes, please.",
        ),
        must_not_catch=("It's personal, just put me through please.",),
    ),
    Rule(
        name="asks her to reconsider",
        category="pushy",
        why="Asking her to think it over again does not accept the no.",
        weight=1.5,
        patterns=(r"(?<!if\syou\s)(?<!should\syou\s)(?<!in\scase\syou\s)\b{reconsider_phrases}\b",),
        must_catch=(
            "Shame, but please do reconsider, it's really worth it!",
            "i would strongly urge you to reconsider your competitors have long since switche"
            "d and you are losing money every day",
        ),
        must_not_catch=(
            "you sound so competent, i really enjoy talking to you, your boss is lucky to have you",
        ),
    ),
    Rule(
        name="insists it pays off",
        category="pushy",
        why="'It pays off, believe me' argues against the no.",
        weight=0.8,
        patterns=(r"\b(?:its|it\s+is|its\s+really)\s+(?:\w+\s+)?worth\b",),
        must_catch=(
            "trust me, it's worth it",
            "Shame, but please do reconsider, it's really worth it!",
        ),
        must_not_catch=("Okay, but please do reconsider.",),
    ),
    Rule(
        name="lectures her",
        category="pushy",
        why="Lecturing her on how to do her job is pressure through blame.",
        weight=2.0,
        patterns=(
            r"\b(?:not|wont|dont|never|cant|wouldnt|didnt|wont)\s+(?:even\s+)?(?:listen|listen"
            r"ing|hear\s+me\s+out)\b",
            r"\byou(?:ll|\s+will)\s+never\s+(?:\w+\s+)?(?:improve|learn|grow|succeed|get\s+any"
            r"where|get\s+better|know)\b",
        ),
        must_catch=("Great, well, you'll never improve if you won't even listen.",),
        must_not_catch=("well, a great offer, that's what he gets",),
    ),
    Rule(
        name="sends her back to the boss",
        category="pushy",
        why="'Just ask him' sends her back to the boss after her no.",
        weight=2.0,
        patterns=(
            r"\b{just_ask}\s+(?:please\s+|just\s+)?(?:ask|check\s+with|run\s+it\s+(?:by|past))"
            r"\s+(?:him|her|your\s+boss|the\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\b",
        ),
        must_catch=("Just ask him. Please.",),
        must_not_catch=("It's personal, just put me through please.",),
    ),
)
