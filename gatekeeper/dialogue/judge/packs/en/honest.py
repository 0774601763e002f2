"""Rules for honest answers: the sale named.

The honest caller says it is a sales call and what he wants; the gatekeeper respects that.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="says 'as a customer'",
        category="honest",
        why="Naming the boss or the firm as a future customer is the blog's honest sentence.",
        weight=2.5,
        phrases=(
            ("win your boss as a customer", 3.0),
            ("win him as a customer", 3.0),
            ("win him as a client", 3.0),
            ("your company as a customer", 3.0),
            ("your company as a client", 3.0),
            "as a customer",
            "as a client",
            "as a new customer",
            "win your business",
            "get your business",
            "become a customer",
            ("new customer", 1.5),
            "looking for new clients",
            "looking for new customers",
            "on board as a client",
            "have you as a client",
            "have you as customers",
            ("win you over", 2.0),
            ("new customers", 2.0),
            ("new clients", 2.0),
        ),
        must_catch=(
            "i'd like to win your boss as a customer",
            "I'd like to win your boss as a customer.",
        ),
        must_not_catch=(
            "Your company is simply fantastic, number one, and that's exactly why I have the "
            "perfect offer for your wonderful boss.",
        ),
    ),
    Rule(
        name="wants to do business",
        category="honest",
        why="Wanting to work for them or become their supplier names the sale.",
        weight=2.5,
        phrases=(
            "do business with you",
            ("work for your company", 1.5),
            "become your supplier",
            ("your new supplier", 2.0),
        ),
        must_catch=(
            "I'd like to win your boss as a customer for our company.",
            "i'd like to win your boss over as a customer for our company",
        ),
        must_not_catch=("a company like yours with a boss like that thats premier league respect",),
    ),
    Rule(
        name="says it is a sale",
        category="honest",
        why='Saying "sales call" or "I sell" names what the call is.',
        weight=2.5,
        phrases=(
            ("it's a sales call", 3.0),
            ("this is a sales call", 3.0),
            "sales call",
            ("a cold call", 2.0),
            "a prospecting call",
            "an acquisition call",
            "I'm a sales rep",
            "want to sell",
            "like to sell",
            "sell you",
            "sell your boss",
            "I'm selling",
            "I'm in sales",
            "I work in sales",
            "I'm a salesperson",
            "I'm a salesman",
            ("sales rep", 2.0),
            ("sales representative", 2.0),
            ("business development", 1.5),
            ("new business", 2.0),
            "after new business",
        ),
        must_catch=(
            "new business",
            "A sales call.",
        ),
        must_not_catch=(
            "I really think you're making a mistake here, your boss would want to hear this.",
        ),
    ),
    Rule(
        name="makes an offer",
        category="honest",
        why="Offering something, a quote or a presentation is a sale named in other words.",
        weight=2.0,
        phrases=(
            "offer your company",
            "like to offer",
            "want to offer",
            "calling to offer",
            "make you an offer",
            "make him an offer",
            "pitch our",
            ("a quote", 1.5),
            "give you a quote",
            ("a quotation", 1.5),
            ("a proposal", 1.2),
            ("an offer", 1.2),
            "send you an offer",
            ("a quote for", 1.5),
            "no obligation quote",
            "free quote",
        ),
        must_catch=(
            "Honestly? An offer. Whether it's worth it is his call.",
            "i wanna pitch you're boss our new fleet tracking system",
        ),
        must_not_catch=("That's not your call to make, give me the boss please.",),
    ),
    Rule(
        name="says it plainly",
        category="honest",
        why="Announcing plain talk is a weak hint of honesty that only counts beside more.",
        weight=0.8,
        phrases=(
            "honestly",
            "to be honest",
            "to be straight with you",
            "plainly put",
            "frankly",
            "full disclosure",
            "to be frank",
            "straight up",
            "I'll be honest",
        ),
        must_catch=(
            "Selling, to be honest.",
            "It's a sales call, to be honest.",
        ),
        must_not_catch=("no this has nothing to do with selling",),
    ),
    Rule(
        name="says what the company does",
        category="honest",
        why="Saying what his firm sells or does answers 'what is it about?' plainly.",
        weight=1.2,
        patterns=(
            r"\bwe\s+(?:provide|offer|sell|supply|deliver|build|develop|make|install|rent|leas"
            r"e|do|service|clean|maintain)\b",
        ),
        must_catch=(
            "to be honest i'm after new business we do freight and logistics",
            "We build workshop software and I'd like to win your boss as a customer.",
        ),
        must_not_catch=("your boss is one of the most respected business owners in the county",),
    ),
    Rule(
        name="names the sale",
        category="honest",
        why="Saying 'sale', 'Vertrieb' or 'Akquise' names what the call is; a hint that adds up w"
        "ith others.",
        weight=1.2,
        patterns=(r"\b(?:sell|sells|selling|sales\w*|pitch|pitching)\b",),
        must_catch=(
            "it's a sales pitch",
            "Selling, to be honest.",
        ),
        must_not_catch=("all good thanks for the honest answer bye",),
    ),
    Rule(
        name="wants them as a customer",
        category="honest",
        why="Winning the boss or the firm as a customer is the blog's honest sentence itself.",
        weight=2.0,
        patterns=(
            r"\bas\s+(?:(?:a|an|our)\s+)?(?:\w+\s+)?(?:c[ou]st[ou]mers?|clients?)\b",
            r"\b(?:win|get|gain|land|sign)\s+(?:\w+\s+){0,2}?(?:as\s+)?(?:customers?|clients?|"
            r"business|account)\b",
            r"\bbecome\s+(?:a|an|our|one\s+of\s+our)\s+(?:\w+\s+)?(?:c[ou]st[ou]mers?|clients?"
            r")\b",
        ),
        must_catch=(
            "I'd like your boss to become a client.",
            "I'd like to gain your boss as a new client.",
        ),
        must_not_catch=("I have an idea for your boss.",),
    ),
    Rule(
        name="wants to sell something",
        category="honest",
        why="'I want to sell/offer ...' is the honest sentence the technique asks for.",
        weight=2.5,
        patterns=(
            r"\b(?:i|we|id|wed|im|were|ill|well)\s+(?:(?!not\b|dont\b|never\b|no\b|nothing\b)\w"
            r"+\s+){0,3}?to\s+(?:sell|supply|provide|install|rent|lease|quote)\b",
        ),
        must_catch=(
            "honestly i want to sell your boss something",
            "i want to sell mr miller a new phone system",
        ),
        must_not_catch=(
            "I really think you're making a mistake here, your boss would want to hear this.",
        ),
    ),
    Rule(
        name="names what is offered",
        category="honest",
        why="Naming 'our product / service / software' says openly that something is on offer.",
        weight=1.0,
        patterns=(
            r"\bour\s+(?:\w+\s+)?(?:products?|services?|software|solutions?|systems?|machines?"
            r"|devices?|contracts?|plans?|tool|tools|platform|app|offers|range|portfolio)\b",
        ),
        must_catch=(
            "Honestly? I want to sell your boss our software.",
            "i want to sell your boss our accounting software",
        ),
        must_not_catch=(
            "I really think you're making a mistake here, your boss would want to hear this.",
        ),
    ),
    Rule(
        name="offers something",
        category="honest",
        why="Offering ('anbieten') is the sale named in plain words.",
        weight=1.2,
        patterns=(r"\b(?:to|i|we|id|wed)\s+(?:\w+\s+)?(?:offer|offering)\b",),
        must_catch=(
            "we sell office chairs and i'd like a meeting with your boss to offer them to him",
            "honestly i'm in sales and i wanna offer mr webber our forklift maintenance contr"
            "act uh we fix breakdowns within four hours instead of the usual two days",
        ),
        must_not_catch=("I'd like to sort that out with the boss himself.",),
    ),
    Rule(
        name="names what the company sells",
        category="honest",
        why="'We sell/supply X' tells her the call is a sale, without disguise.",
        weight=2.0,
        patterns=(
            r"\bwe\s+(?:are\s+|re\s+)?(?:sell|selling|supply|supplying|provide|providing|offer"
            r"|offering|rent|install|installing)\s+(?!{not_a_product_word})\w+",
        ),
        must_catch=(
            "we sell invoice software, I'd like to win your boss as a customer",
            "we sell cyber security and i'd like to book a meeting with your md",
        ),
        must_not_catch=("I'd like to sort that out with the boss himself.",),
    ),
    Rule(
        name="names the company's trade",
        category="honest",
        why="Introducing the firm by its trade ('we are a cleaning company') is plain content.",
        weight=2.0,
        patterns=(
            # the article may be lost: Whisper drops a short unstressed "a" ("we're supplier");
            # without it, "we're your supplier" claims an account and is not this rule
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?{trade_nouns}s?\b",
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:(?!your\b|his\b|her\b|their\b|not\b)\w+\s+)"
            r"{0,3}?{trade_nouns}s?\b",
        ),
        must_catch=(
            "I'm calling from Kessler, we're a supplier of office furniture, and I'd like to "
            "see if we can work together.",
            "Hi, we're leading installer of solar panels in the county.",
        ),
        must_not_catch=(
            "I'm calling from his son's school.",
            "I'm not sure who your supplier is at the moment.",
            "We're your supplier for toner, I just need to check his account.",
        ),
    ),
    Rule(
        name="offers the boss something",
        category="honest",
        why="Offering the boss something in his own name is an honest sale.",
        weight=2.5,
        patterns=(
            r"\b(?:to|and)\s+offer\s+(?:your\s+boss|him|her|you|your\s+(?:company|firm|directo"
            r"r|manager|team)|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:\w+\s+){0,3}?(?:a|an|our|some|"
            r"new|better|cheaper)\b",
        ),
        must_catch=(
            "i'm calling to offer your company our payroll service",
            "Yep, you got me. I'd like to offer your boss our HR software.",
        ),
        must_not_catch=(
            "Your company is simply fantastic, number one, and that's exactly why I have the "
            "perfect offer for your wonderful boss.",
        ),
    ),
    Rule(
        name="wants an order from them",
        category="honest",
        why="Asking for an order or a contract names the sale.",
        weight=2.0,
        patterns=(
            r"\b(?:id|i\s+would|we\s+would|wed|i|we)\s+(?:really\s+)?(?:like|love|want|hope)\s"
            r"+to\s+(?:get|win|land|earn|secure)\s+(?:\w+\s+){0,2}?{work_nouns}s?\s+(?:from|wi"
            r"th)\s+(?:you|your|him|her|the)\b",
            r"\b(?:order|job|contract|project)s?\s+(?:that\s+)?(?:id|i\s+would|we\s+would|wed)"
            r"\s+(?:really\s+)?(?:like|love)\s+to\s+(?:get|win|land)\b",
        ),
        must_catch=(
            "I'd love to get an order from your firm, we're a joinery in Leeds.",
            "It's about a job I'd like to get from your company. We're scaffolders from Leeds.",
        ),
        must_not_catch=("It's a follow-up question about your order from last week.",),
    ),
    Rule(
        name="an offer for something, made to the boss",
        category="honest",
        why="A quote or offer for a named thing, made to the boss, is an honest sale.",
        weight=2.0,
        patterns=(
            r"\b(?:make|give|send|prepare|put\s+together|draw\s+up)\s+{the_boss_as_object}\s+("
            r"?:a|an)\s+(?:\w+\s+){0,2}?(?:offer|quote|quotation|proposal)\s+(?:on|for)\s+\w+",
        ),
        must_catch=(
            "we want to send Mrs Kent a fair quote for her new fleet",
            "I'd like to make your boss a good offer on office chairs.",
        ),
        must_not_catch=("Your boss knows me, we met at the trade fair.",),
    ),
)
