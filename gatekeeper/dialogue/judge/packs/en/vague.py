"""Rules for vague answers (Typ 3).

Typ 3, the vague caller: a topic named without saying what he wants.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="a topic without content",
        category="vague",
        why="A matter, topic or project named without what it is.",
        weight=2.0,
        phrases=(
            "it's about a matter",
            ("a matter", 1.5),
            "a business thing",
            "more of a business",
            "business matter",
            ("business", 1.2),
            "various topics",
            "various things",
            ("a few things", 1.5),
            ("a project", 1.5),
            ("about something", 1.5),
            ("a topic", 1.2),
            ("an idea", 1.2),
            ("an opportunity", 1.0),
            ("it concerns", 1.0),
            ("broadly speaking", 1.5),
            ("in general", 1.2),
            ("generally", 1.0),
            ("regarding", 1.0),
            ("concerning", 1.0),
            ("strategic", 1.2),
            ("operational", 1.0),
            ("a general thing", 1.5),
        ),
        must_catch=(
            "business",
            "Business.",
        ),
        must_not_catch=("wait wait don't hang up, just one more thing",),
    ),
    Rule(
        name="hard to explain",
        category="vague",
        why="Calling it hard to explain on the phone avoids saying what it is.",
        weight=2.0,
        phrases=(
            "hard to explain",
            ("on the phone", 1.0),
            "a bit complicated",
            ("complicated", 1.5),
            ("tricky", 1.2),
            "can't really say",
            ("can't say", 1.5),
            "a long story",
            "hard to sum up",
            "tricky to explain",
            "difficult to go into",
            ("it depends", 1.5),
        ),
        must_catch=(
            "It's a long story.",
            "oh it's a long story",
        ),
        must_not_catch=("Wait, wait, just a moment, it really won't take long, I promise!",),
    ),
    Rule(
        name="keeps it for the boss",
        category="vague",
        why="Keeping the topic for the boss in person says nothing to the gatekeeper.",
        weight=2.0,
        phrases=(
            "rather discuss",
            ("discuss that with him personally", 2.5),
            "with him personally",
            ("personally", 1.0),
            "with him directly",
            "talk it over with him",
            "I'd rather tell him myself",
            ("go over that with", 1.5),
            "I'd prefer to discuss",
            ("he'll see", 1.5),
        ),
        must_catch=(
            "well he'd benefit from it he'll see",
            "I'd rather discuss it with him directly.",
        ),
        must_not_catch=("It's about his policy, I'd rather go through that with him myself.",),
    ),
    Rule(
        name="a vague partnership",
        category="vague",
        why='A "collaboration" or "partnership" names no offer.',
        weight=1.5,
        phrases=(
            ("possible collaboration", 2.0),
            "collaboration",
            "cooperation",
            ("partnership", 1.2),
        ),
        must_catch=(
            "it's about a partnership",
            "A possible collaboration.",
        ),
        must_not_catch=("Mr Smith knows what it's about.",),
    ),
    Rule(
        name="vague promise of value",
        category="vague",
        why="Advantages, potential, optimisation: value claimed without content.",
        weight=2.0,
        phrases=(
            "might interest him",
            "could interest him",
            "something for management",
            ("lots of advantages", 1.5),
            ("advantages", 1.0),
            ("benefits", 1.0),
            ("optimisation", 1.2),
            ("optimization", 1.2),
            ("potential", 1.0),
            ("your processes", 1.5),
            ("of interest", 1.5),
            "might be of interest",
            "he might find interesting",
            ("interesting", 1.0),
            ("look at the details", 1.5),
        ),
        must_catch=(
            "An interesting concept.",
            "well he gets you know benefits",
        ),
        must_not_catch=(
            "We sell payroll software, something that could be useful for your company.",
        ),
    ),
    Rule(
        name="a good offer, with nothing in it",
        category="vague",
        why="A 'great offer' that says nothing about what it is stays vague (Typ 3).",
        weight=1.2,
        patterns=(
            r"\b(?:a|an|the|its|thats)\s+(?:(?:really|very|truly|pretty|super|just|such\s+a)\s"
            r"+)?(?:good|great|nice|cool|decent|solid|fair|interesting|attractive|super)\s+(?:"
            r"offer|deal|proposition|thing)\b",
        ),
        must_catch=(
            "loads, it's a super offer",
            "honestly just a nice deal for him",
        ),
        must_not_catch=("you sound super nice honestly i feel like you're really easy to talk to",),
    ),
    Rule(
        name="something that could interest you",
        category="vague",
        why="'Something that could interest him' names no content (Typ 3).",
        weight=2.0,
        patterns=(
            r"\b{vague_things}\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:\w+\s+){0,2}?{may_verbs}\s"
            r"+(?:\w+\s+)?(?:be\s+)?{interesting_words}\b(?:\s+(?:for|to)\s+(?:you|him|her|you"
            r"r\s+\w+|the\s+\w+))?",
        ),
        suppresses="honest",
        must_catch=(
            "an idea that would be of interest to him",
            "just a thing which could be useful to your team",
        ),
        must_not_catch=("But your boss would save twenty percent, you can't just say no to that!",),
    ),
)
