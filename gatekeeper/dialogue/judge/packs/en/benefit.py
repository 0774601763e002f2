"""Rules for a concrete benefit for the boss (the benefit flag).

A concrete, small advantage for the boss: a number, a cost, a time.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="saves cost or time",
        category="benefit",
        why="Lower costs, saved time, fewer errors: a concrete gain for the boss.",
        weight=1.0,
        phrases=(
            "save time",
            "saves time",
            "lower costs",
            "less downtime",
            "fewer errors",
            "twice as fast",
            "half the time",
            "half the price",
            "pays for itself",
            "more revenue",
        ),
        must_catch=(
            "his team does the payroll in half the time",
            "Fewer breakdowns on the machines, on average two days less downtime per quarter.",
        ),
        must_not_catch=("More growth, fewer worries.",),
    ),
    Rule(
        name="a service in a set time",
        category="benefit",
        why="A delivery or repair within a named time is a concrete gain.",
        weight=1.0,
        phrases=(
            "next day delivery",
            "same day delivery",
            "next day instead of",
            "within 24 hours",
        ),
        must_catch=(
            "He'd get next-day delivery instead of waiting a week.",
            "Honestly I want you as a client. We deliver office supplies next day instead of "
            "next week.",
        ),
        must_not_catch=(
            "I want to sell Mr Weber our office plant service! That's honestly why I'm calling!",
        ),
    ),
    Rule(
        name="a cost cut by a fraction",
        category="benefit",
        why="A cost cut by a fraction ('a quarter less') is a concrete gain for the boss.",
        weight=1.0,
        patterns=(
            r"\b{target}\b(?:\s+\w+){0,8}?\s+(?:by\s+)?(?:a\s+third|a\s+quarter|half|{num}\s+("
            r"?:percent|per\s+cent))\b",
        ),
        must_catch=("the power bill gets about fifteen percent lower",),
        must_not_catch=("It's about growth.",),
    ),
    Rule(
        name="pays a fraction",
        category="benefit",
        why="Paying a fraction of what he pays now is a concrete gain.",
        weight=1.2,
        patterns=(
            r"\b(?:pay|paying|pays|costs?)\s+(?:\w+\s+){0,2}?(?:only\s+)?(?:half|a\s+third|a\s"
            r"+quarter|less)\b",
        ),
        must_catch=(
            "uh basically you pay half the shipping costs",
            "he'd pay less than what most firms spend on postage alone",
        ),
        must_not_catch=("less hassle, more fun, basically",),
    ),
    Rule(
        name="a cost or time put in figures",
        category="benefit",
        why="A cost or a time given in figures is a concrete gain.",
        weight=1.0,
        patterns=(r"\b{target}\b(?:\s+\w+){0,3}?\s+{num}(?:\s+{num})*\s+{unit}\b",),
        must_catch=(
            "His leasing contracts would cost about 300 dollars less each month.",
            "Breakdowns get fixed within four hours by remote maintenance, not the next day.",
        ),
        must_not_catch=("it's about the invoice from last month",),
    ),
    Rule(
        name="improvement of a cost",
        category="benefit",
        why="Lower costs, shorter times, fewer errors named together are a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,6}?\s+{target}(?:\s+{target})?\b",
            r"\b{target}\b(?:\s+\w+){0,6}?\s+{improve}\b",
        ),
        must_catch=(
            "repair costs drop by about a fifth",
            "so uh delivery times get cut in half",
        ),
        must_not_catch=("It's regarding a complaint about his last delivery.",),
    ),
    Rule(
        name="quantity",
        category="benefit",
        why="A number with a unit (percent, euros, hours) makes a gain concrete.",
        weight=0.6,
        patterns=(
            r"\b{num}(?:\s+(?:{num}|and))*\s+(?:(?:full|whole|entire|extra)\s+)?{unit}\b",
            r"\b(?:next|same)\s+day\b",
        ),
        must_catch=(
            "Delivery time drops from five days to two.",
            "we cut his shipping costs by twelve percent",
        ),
        must_not_catch=("trust me it's worth his time",),
    ),
    Rule(
        name="improvement",
        category="benefit",
        why="A bare 'more', 'less' or 'instead' is only a hint; it counts beside a number or a co"
        "st.",
        weight=0.5,
        patterns=(r"\b(?:{improve}|more|longer)\b",),
        must_catch=(
            "he'd save around two grand a month on cleaning",
            "the power bill gets about fifteen percent lower",
        ),
        must_not_catch=("it's about the invoice from last month",),
    ),
    Rule(
        name="more of something good",
        category="benefit",
        why="More revenue or time is a gain; on its own a weak hint.",
        weight=1.0,
        patterns=(
            r"\bmore\s+(?:revenue|profit|margin|sales|time|output|throughput|capacity|uptime)\b",
        ),
        must_catch=(
            "more revenue",
            "he gets more time for his customers",
        ),
        must_not_catch=("more success, less stress",),
    ),
    Rule(
        name="the length of the call",
        category="benefit",
        why='how long the call or survey takes is no benefit to the boss ("it only takes a minute'
        '")',
        weight=0.0,
        patterns=(
            r"\bneed\s+(?:\w+\s+){0,2}?(?:{num}|a)\s+(?:minutes?|mins?|seconds?|secs?)(?:\s+of"
            r"\s+(?:your|his|her|their)\s+time)?\s+(?:not|rather\s+than|instead\s+of)\s+(?:\w+"
            r"\s+)?{num}\s+(?:minutes?|hours?)\b",
            r"\b(?:takes?|taking|lasts?|need)\s+(?:\w+\s+){0,2}?(?:{num}|a)\s+(?:minutes?|mins"
            r"?|seconds?|secs?)\b",
        ),
        suppresses="benefit",
        must_catch=("Just ask him, it takes a second.",),
        must_not_catch=("now just listen to me for a second",),
    ),
    Rule(
        name="a price below the usual",
        category="benefit",
        why="A price below the list price is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{num}\s+(?:percent|per\s+cent)\s+(?:below|under|off|beneath|cheaper|less|lower"
            r")\b",
            r"\b(?:below|under)\s+(?:the\s+)?(?:retail|list|market|rrp|standard|usual|normal)\s"
            r"+(?:price|prices|rate|rates|value)?\b",
        ),
        must_catch=(
            "we can ship at thirty percent under list price",
            "he'd pay well below market rates for the same toner",
        ),
        must_not_catch=(
            "he gets simply the best the market has to offer premium quality at a sensational"
            " price",
        ),
    ),
    Rule(
        name="a ratio of improvement",
        category="benefit",
        why="'Three times as fast' puts the gain in figures.",
        weight=1.0,
        patterns=(
            r"\b(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+fraction)\s+as\s+(?:ofte"
            r"n|much|many|long|frequently|expensive|costly)\b",
            r"\b(?:twice|{num}\s+times)\s+(?:as\s+)?(?:fast|quick|long|many|much|often|faster|"
            r"quicker|longer|fewer|less|cheaper|efficient|productive)\b",
        ),
        must_catch=(
            "his team would get invoices out three times as fast",
            "His invoice checks go twice as fast, which saves him half a day a month.",
        ),
        must_not_catch=("it's about the invoice from last month",),
    ),
    Rule(
        name="saves a fraction",
        category="benefit",
        why="Saving a fraction of a cost is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{improve}\b(?:\s+\w+){0,5}?\s+(?:by\s+)?(?:a|one|two|three)\s+(?:third|quarter"
            r"|fifth|sixth|tenth)s?\b",
        ),
        must_catch=(
            "He'd save roughly a quarter on printing costs.",
            "the heating control saves him about a fifth of his gas bill",
        ),
        must_not_catch=("It's about a partnership, roughly speaking.",),
    ),
    Rule(
        name="a time set against the usual",
        category="benefit",
        why="A time set against the usual ('next day instead of a week') is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{when}(?:\s+\w+){0,2}?\s+(?:instead\s+of|rather\s+than|and\s+not|not|versus|vs"
            r"|compared\s+(?:to|with))\s+(?:\w+\s+){0,2}?(?:{when}|{count})\b",
            r"\b(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){0,2}?{when}(?:\s+\w+){0,4}?\s+{when}"
            r"\b",
        ),
        must_catch=(
            "payroll takes three hours rather than two full days",
            "his invoices would go out in two days instead of ten",
        ),
        must_not_catch=("isn't that your boss's decision rather than yours?",),
    ),
    Rule(
        name="a service within a set time",
        category="benefit",
        why="A repair or delivery within a named time is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{service_verbs}(?:\s+\w+){0,4}?\s+(?:within|in\s+under|in\s+less\s+than|inside"
            r")\s+(?:{count}|a|an|one)\s+(?:working\s+|business\s+)?(?:hours?|days?|weeks?|min"
            r"utes?)\b",
        ),
        must_catch=(
            "every ticket is answered within two hours",
            "our technicians are on site in under three hours",
        ),
        must_not_catch=("I'll try again within a week or two, thanks",),
    ),
    Rule(
        name="a guarantee with money back",
        category="benefit",
        why="A money-back guarantee is a concrete promise to the boss.",
        weight=1.0,
        patterns=(
            r"\bmoney\s+back\b",
            r"\bor\s+(?:(?:that|the|this|your|his|her)\s+)?(?:\w+\s+)?(?:is|its|it\s+is|are)\s"
            r"+(?:free|on\s+us|free\s+of\s+charge)\b",
            r"\bor\s+(?:you|he|she|they)\s+(?:pay|pays|owe|owes)\s+nothing\b",
        ),
        must_catch=(
            "we fix it by Friday or he pays nothing",
            "thirty day money back guarantee, no questions asked",
        ),
        must_not_catch=("Mr Weber asked me to call him back.",),
    ),
    Rule(
        name="less than he pays now",
        category="benefit",
        why="Less than he pays now is a concrete gain.",
        weight=1.0,
        patterns=(
            r"\b{below_what}\s+(?:of\s+)?what\s+(?:\w+\s+){0,4}?(?:pay|pays|paying|paid|spend|"
            r"spends|spending|spent|charged?)\b",
            r"\b{count}\s+{money}\s+(?:(?:per|a|an)\s+(?:\w+\s+){1,2}?)?(?:below|under|less\s+"
            r"than|cheaper\s+than|lower\s+than|cheaper|less|lower)\b",
        ),
        must_catch=(
            "that's about a third of what he's paying his current provider",
            "our rate is two cents per kilowatt hour below what he pays now",
        ),
        must_not_catch=("Mr Smith knows what it's about.",),
    ),
)
