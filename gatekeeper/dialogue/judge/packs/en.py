"""English language pack.

Phrases are written in ordinary spelling; apostrophes vanish in folding ("it's" -> "its"),
so patterns spell contractions without them. Weights: ~2.5 a clear cue on its own, ~1.5 a
typical cue, <=1 a hint that only counts together with others.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.packs import ContextFiller, Pack, Pattern
from gatekeeper.scenario.model import Language

_NUM = (
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|a|an|couple|dozen)"
)
_COUNT = (
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
_UNIT = (
    r"(?:percent|per cent|pct|dollars?|euros?|bucks|pounds|cents?|hours?|minutes?|seconds?"
    r"|days?|weeks?|months?|years?|kwh)"
)
_IMPROVE = (
    r"(?:saves?|saving|savings|saved|cuts?|cutting|lowers?|lowering|lowered|reduces?|reducing"
    r"|reduced|reduction|less|fewer|faster|cheaper|shorter|quicker|halves|halve|halving"
    r"|instead|trims?|slash\w*|eliminat\w*|avoid\w*|prevent\w*|down|drops?|falls?|shrinks?"
    r"|no more|no longer)"
)
_TARGET = (
    r"(?:\w*costs?|time|\w*times|downtime|errors?|mistakes?|hours|bills?|overhead|fees?"
    r"|expenses|spending|waste|delays?|energy|power|electricity|paperwork|effort|admin\w*"
    r"|failures?|breakdowns?|outages?|money|cash|budget|complaints?|returns|rejects|scrap)"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a point in time or a span a service takes ("two days", "the next morning", "overnight")
_WHEN = (
    rf"(?:{_NUM}\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|minutes?)"
    r"|(?:the\s+)?(?:next|same|following)\s+(?:day|morning|week|business\s+day|working\s+day)"
    r"|tomorrow|overnight)"
)
# what a money figure is per ("per card transaction", "a kilowatt hour")
_MONEY = r"(?:percent|per\s+cent|cents?|pence|dollars?|euros?|pounds|bucks)"
# the boss, as the subject of a sentence
_BOSS = r"(?:he|she|hes|shes|your\s+boss|your\s+manager|the\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)"

# words that turn the next words around ("not fair enough"); "nothing" is an object
# ("nothing, just information") and only counts as a barrier inside a phrase
_NEGATORS = _words("not no never dont doesnt didnt isnt arent wont cant hardly")
_NEGATIONS = _NEGATORS | {"nothing"}
_SELL = r"(?:sell\w*|sales\w*|pitch\w*|advertis\w*|push\w*|commercial\w*)"
# "most <adjective>" and the common "-est" forms
_SUPERLATIVE = (
    r"(?:\bmost\s+(?!of\b|people\b|companies\b|firms\b|businesses\b|customers\b|clients\b"
    r"|likely\b|important\b|cases\b|times\b)\w+"
    r"|\b(?:b|bigg|fast|cheap|smart|strong|new|larg|high|low|fin|great|easi|bright|clever"
    r"|hott|cool)est\b)"
)
# a personal or private matter: the pretext that keeps the gatekeeper from asking further
_PERSONAL = (
    r"\b(?:personal|private)\s+(?:\w+\s+)?(?:matter|thing|issue|reason|business)\b"
    r"|\b(?:something|its|it\s+is|thats|that\s+is)\s+(?:\w+\s+)?(?:personal|private)\b"
)
# someone the boss already trusts with his money, health or family: posing as one of them is
# a pretext ("calling on behalf of his bank"), selling their kind of service is not
_TRUSTED = (
    r"(?:bank|banks|bankers?|insurance|insurers?|brokers?|accountants?|accounting|accountancy"
    r"|bookkeepers?|tax\s+(?:adviser|advisor|office|consultant|accountant)s?|solicitors?"
    r"|lawyers?|attorneys?|notary|doctors?|gp|gps|dentists?|surgery|clinic|hospital|school"
    r"|nursery|landlords?|letting\s+agents?|financial\s+(?:adviser|advisor|planner)s?"
    r"|pension\s+providers?)"
)
# a prize draw the boss supposedly entered
_PRIZE = (
    r"(?:raffles?|sweepstakes?|lottery|lotteries|lotto|prize\s+draws?|lucky\s+draws?"
    r"|giveaways?|tombola|contests?)"
)
# words between a negation and "sell" that still belong to the same clause
_GAP = r"(?:\s+(?!i\b|we\b|but\b|im\b|id\b|ill\b)\w+){0,4}?"

PACK = Pack(
    language=Language.en,
    phrases={
        "honest": (
            ("win your boss as a customer", 3.0),
            ("win him as a customer", 3.0),
            ("win him as a client", 3.0),
            ("your company as a customer", 3.0),
            ("your company as a client", 3.0),
            ("as a customer", 2.5),
            ("as a client", 2.5),
            ("as a new customer", 2.5),
            ("win your business", 2.5),
            ("get your business", 2.5),
            ("do business with you", 2.5),
            ("become a customer", 2.5),
            ("it's a sales call", 3.0),
            ("this is a sales call", 3.0),
            ("sales call", 2.5),
            ("a cold call", 2.0),
            ("a prospecting call", 2.5),
            ("an acquisition call", 2.5),
            ("I'm a sales rep", 2.5),
            ("want to sell", 2.5),
            ("like to sell", 2.5),
            ("sell you", 2.5),
            ("sell your boss", 2.5),
            ("I'm selling", 2.5),
            ("I'm in sales", 2.5),
            ("I work in sales", 2.5),
            ("offer your company", 2.0),
            ("like to offer", 2.0),
            ("want to offer", 2.0),
            ("calling to offer", 2.0),
            ("make you an offer", 2.0),
            ("make him an offer", 2.0),
            ("pitch our", 2.0),
            ("new customer", 1.5),
            ("work for your company", 1.5),
            ("honestly", 0.8),
            ("to be honest", 0.8),
            ("to be straight with you", 0.8),
            ("plainly put", 0.8),
            ("frankly", 0.8),
            # the sale named in other words: quotes, offers, becoming their supplier
            ("a quote", 1.5),
            ("give you a quote", 2.0),
            ("a quotation", 1.5),
            ("a proposal", 1.2),
            ("an offer", 1.2),
            ("send you an offer", 2.0),
            ("become your supplier", 2.5),
            ("your new supplier", 2.0),
            ("I'm a salesperson", 2.5),
            ("I'm a salesman", 2.5),
            ("sales rep", 2.0),
            ("sales representative", 2.0),
            ("business development", 1.5),
            ("new business", 2.0),
            ("after new business", 2.5),
            ("looking for new clients", 2.5),
            ("looking for new customers", 2.5),
            ("on board as a client", 2.5),
            ("have you as a client", 2.5),
            ("have you as customers", 2.5),
            ("win you over", 2.0),
            ("full disclosure", 0.8),
            ("to be frank", 0.8),
            ("straight up", 0.8),
            ("I'll be honest", 0.8),
            ("new customers", 2.0),
            ("new clients", 2.0),
            ("a quote for", 1.5),
            ("no obligation quote", 2.0),
            ("free quote", 2.0),
        ),
        "pretext": (
            ("just checking in", 2.0),
            ("see how things are going", 1.5),
            ("I just want to introduce myself", 2.5),
            ("introduce myself", 2.0),
            ("courtesy call", 2.5),
            ("calling back", 2.0),
            ("call him back", 2.0),
            ("asked me to call", 2.5),
            ("he asked me to", 2.0),
            ("he wanted me to call", 2.5),
            ("returning his call", 2.5),
            ("it's personal", 2.5),
            ("personal matter", 2.5),
            ("private matter", 2.5),
            ("it's private", 2.5),
            ("private", 2.0),
            ("we've already been in touch", 2.5),
            ("been in touch", 2.0),
            ("we spoke before", 2.0),
            ("he knows me", 2.0),
            ("an old friend of", 2.0),
            ("a friend of", 1.5),
            ("we're friends", 2.0),
            ("study", 1.5),
            ("we know each other", 2.0),
            ("we met at", 2.0),
            ("expecting my call", 2.5),
            ("he's expecting", 2.0),
            ("a short survey", 2.5),
            ("survey", 2.0),
            ("market research", 2.0),
            ("just some information", 2.0),
            ("quick information", 1.5),
            ("nothing to sell", 2.5),
            ("following up on our conversation", 2.5),
            ("following up", 1.5),
            ("previous conversation", 2.0),
            ("our last conversation", 2.0),
            ("just wanted to say hello", 2.5),
            ("say hello", 2.0),
            ("check in", 1.5),
            ("about his order", 2.5),
            ("his order", 1.5),
            ("your order", 1.5),
            ("his inquiry", 2.0),
            ("his request", 2.0),
            ("his opinion", 1.5),
            ("your opinion", 1.5),
            ("as discussed", 1.5),
            ("don't worry", 1.0),
            # an existing relationship that is not there: account, invoice, meeting
            ("we already work together", 2.5),
            ("we already work with you", 2.5),
            ("existing customer", 2.0),
            ("your account manager", 2.5),
            ("account manager", 1.5),
            ("your new contact", 2.0),
            ("your contact person", 2.0),
            ("your local partner", 2.0),
            ("outstanding invoice", 2.5),
            ("company details", 2.0),
            ("check your details", 2.5),
            ("update your records", 2.5),
            ("update our records", 2.5),
            ("data check", 2.0),
            ("quick check", 1.2),
            ("service call", 2.5),
            ("routine call", 2.5),
            ("customer care call", 2.5),
            ("quality check", 2.0),
            ("customer satisfaction", 2.0),
            ("follow up call", 2.0),
            ("follow up from", 2.0),
            ("the meeting we had", 2.5),
            ("our last meeting", 2.5),
            ("as agreed", 2.0),
            ("we arranged", 2.0),
            ("arranged this", 2.0),
            ("touch base", 2.0),
            ("catch up with him", 2.0),
            ("Chamber of Commerce", 2.5),
            ("on behalf of the", 1.2),
            ("he told me to call", 2.5),
            ("he's been expecting", 2.0),
            ("he knows what it's about", 2.0),
            ("referred by", 1.5),
            ("get to know you", 1.5),
            ("confidential", 1.2),
        ),
        "flattery": (
            ("everyone raves about you", 2.0),
            ("raves about you", 1.5),
            ("absolute market leader", 2.0),
            ("market leader", 1.5),
            ("industry leader", 1.5),
            ("global leader", 1.5),
            ("world leader", 1.5),
            ("number one", 1.5),
            ("once in a lifetime", 2.0),
            ("exclusive offer", 2.0),
            ("exclusively for", 1.5),
            ("selected companies", 2.0),
            ("only for selected", 2.0),
            ("only for the best", 2.0),
            ("such a lovely voice", 2.0),
            ("lovely voice", 2.0),
            ("lucky to have you", 2.0),
            ("deserves only the best", 2.0),
            ("the very best", 1.5),
            ("game changer", 2.0),
            ("world leading", 1.5),
            ("world class", 1.5),
            ("cutting edge", 1.5),
            ("state of the art", 1.5),
            ("top notch", 1.5),
            ("second to none", 2.0),
            ("best on the market", 2.0),
            ("best in the world", 2.0),
            ("an offer you can't refuse", 2.0),
            ("you'll love it", 1.5),
            ("you won't believe", 1.5),
            ("a company like yours", 1.0),
            ("ever made", 1.0),
            ("something very special", 1.5),
            ("you'll ever see", 1.0),
            ("limited time", 1.5),
            ("only today", 1.5),
            # hype, prizes and compliments (Typ 1: the show)
            ("congratulations", 1.5),
            ("you've been selected", 2.0),
            ("has been selected", 2.0),
            ("you've won", 2.0),
            ("exclusive opportunity", 2.0),
            ("exclusively for you", 2.0),
            ("just for you", 1.5),
            ("a select few", 2.0),
            ("a handful of", 1.2),
            ("hand picked", 2.0),
            ("next level", 2.0),
            ("hidden champion", 2.0),
            ("hidden champions", 2.0),
            ("imagine", 1.2),
            ("blow your boss away", 2.0),
            ("blow him away", 2.0),
            ("blown away", 1.5),
            ("he'll love it", 1.5),
            ("absolutely thrilled", 2.0),
            ("all our customers love", 2.0),
            ("this week only", 1.5),
            ("today only", 1.5),
            ("special offer", 1.5),
            ("special rate", 1.5),
            ("special price", 1.5),
            ("you sound lovely", 2.0),
            ("brilliant team", 1.5),
            ("great team", 1.5),
            ("you're known for", 1.5),
            ("heard so many great things", 2.0),
            ("great things about", 1.5),
            ("company of your calibre", 2.0),
            ("your calibre", 1.5),
            ("can't afford to miss", 2.0),
            ("you can't miss", 1.5),
            ("reputation in the industry", 1.5),
            ("known in the industry", 1.5),
            ("an amazing reputation", 2.0),
        ),
        "vague": (
            ("it's about a matter", 2.0),
            ("a matter", 1.5),
            ("a business thing", 2.0),
            ("more of a business", 2.0),
            ("business matter", 2.0),
            ("business", 1.2),
            ("hard to explain", 2.0),
            ("on the phone", 1.0),
            ("rather discuss", 2.0),
            ("discuss that with him personally", 2.5),
            ("with him personally", 2.0),
            ("personally", 1.0),
            ("possible collaboration", 2.0),
            ("collaboration", 1.5),
            ("cooperation", 1.5),
            ("partnership", 1.2),
            ("various topics", 2.0),
            ("various things", 2.0),
            ("a few things", 1.5),
            ("a bit complicated", 2.0),
            ("complicated", 1.5),
            ("tricky", 1.2),
            ("with him directly", 2.0),
            ("talk it over with him", 2.0),
            ("a project", 1.5),
            ("might interest him", 2.0),
            ("could interest him", 2.0),
            ("something for management", 2.0),
            ("can't really say", 2.0),
            ("can't say", 1.5),
            ("about something", 1.5),
            ("a topic", 1.2),
            ("an idea", 1.2),
            ("an opportunity", 1.0),
            ("lots of advantages", 1.5),
            ("advantages", 1.0),
            ("benefits", 1.0),
            ("I'd rather tell him myself", 2.0),
            ("it concerns", 1.0),
            # a topic without content: business, processes, "hard to say"
            ("a long story", 2.0),
            ("broadly speaking", 1.5),
            ("in general", 1.2),
            ("generally", 1.0),
            ("optimisation", 1.2),
            ("optimization", 1.2),
            ("potential", 1.0),
            ("your processes", 1.5),
            ("regarding", 1.0),
            ("concerning", 1.0),
            ("of interest", 1.5),
            ("might be of interest", 2.0),
            ("he might find interesting", 2.0),
            ("interesting", 1.0),
            ("go over that with", 1.5),
            ("I'd prefer to discuss", 2.0),
            ("strategic", 1.2),
            ("operational", 1.0),
            ("hard to sum up", 2.0),
            ("tricky to explain", 2.0),
            ("difficult to go into", 2.0),
            ("it depends", 1.5),
            ("look at the details", 1.5),
            ("he'll see", 1.5),
            ("a general thing", 1.5),
        ),
        "dignified": (
            ("thanks for your time", 2.0),
            ("thank you for your time", 2.0),
            ("thank you", 1.2),
            ("thanks", 1.0),
            ("have a good day", 2.0),
            ("have a nice day", 2.0),
            ("have a great day", 2.0),
            ("no problem", 1.5),
            ("understood", 1.2),
            ("I understand", 1.2),
            ("fair enough", 1.5),
            ("I respect that", 2.0),
            ("that's fine", 1.2),
            ("that's okay", 1.2),
            ("all the best", 1.5),
            ("goodbye", 1.2),
            ("bye", 1.0),
            ("won't bother you", 2.0),
            ("thanks anyway", 1.5),
            ("talk soon", 1.0),
            ("in case anything changes", 1.5),
            ("if anything changes", 1.5),
            ("my details", 1.0),
            ("thanks for being straight", 2.0),
            ("appreciate your honesty", 2.0),
            ("take care", 1.2),
            ("have a good one", 2.0),
            ("totally fine", 1.5),
            ("if that's okay", 1.2),
            ("I get it", 1.2),
            # accepting, thanking, leaving; one calm question at most
            ("no hard feelings", 2.0),
            ("cheers", 1.2),
            ("no worries", 1.5),
            ("another time", 1.5),
            ("better time", 1.5),
            ("may I ask", 1.2),
            ("won't keep you", 2.0),
            ("keep you any longer", 2.0),
            ("thanks for listening", 2.0),
            ("thanks for being honest", 2.0),
            ("thank you for being honest", 2.0),
            ("pity", 0.8),
            ("shame", 0.8),
            ("I accept that", 2.0),
            ("accept", 1.2),
            ("respect", 1.2),
            ("that's that", 1.0),
            ("sorry to bother you", 1.5),
            ("sorry for bothering you", 1.5),
            ("good bye", 1.2),
            ("right then", 0.8),
            ("enjoy your day", 2.0),
        ),
        "pushy": (
            # pressure only in a reply to a rejection; in a pitch it is mere emphasis
            ("trust me", 1.0),
            ("you haven't even heard", 2.5),
            ("haven't even heard", 2.5),
            ("just five minutes", 2.5),
            ("just two minutes", 2.5),
            ("five minutes", 1.5),
            ("just a minute", 1.5),
            ("please please", 2.0),
            ("just put me through", 2.5),
            ("put me through", 1.5),
            ("unprofessional", 2.5),
            ("big mistake", 2.5),
            ("making a mistake", 2.5),
            ("will be upset", 2.0),
            ("listen to me", 2.0),
            ("just listen", 2.0),
            ("why not", 1.5),
            ("you don't even know", 2.5),
            ("I insist", 2.5),
            ("won't take long", 2.0),
            ("I promise", 1.2),
            ("wait wait", 2.0),
            ("you'll regret", 2.5),
            ("regret this", 2.5),
            ("regret", 2.0),
            ("whatever", 1.5),
            ("come on", 2.0),
            ("can't even judge", 2.5),
            ("let me talk to him", 2.0),
            ("let me speak to", 2.0),
            ("decide that himself", 1.5),
            ("who are you to decide", 2.5),
            ("at least let me", 2.0),
            ("give me a chance", 2.0),
            ("you're missing out", 2.0),
            ("are you serious", 2.0),
            ("I'll call again tomorrow", 1.0),
            ("I don't believe that", 2.0),
            ("frustrating", 2.0),
            ("ridiculous", 2.5),
            ("rude", 2.0),
            ("the third time", 2.0),
            ("his direct line", 1.2),
            ("his mobile number", 1.2),
            # blame, sarcasm, not letting go
            ("not my problem", 2.5),
            ("your problem", 2.0),
            ("your loss", 2.5),
            ("your funeral", 2.5),
            ("suit yourself", 2.0),
            ("lose money", 2.0),
            ("you'll see", 1.5),
            ("good luck with that", 2.0),
            ("let me finish", 2.5),
            ("hear me out", 2.5),
            ("hang on", 1.5),
            ("hold on", 1.5),
            ("real quick", 1.5),
            ("just quickly", 1.5),
            ("short sighted", 2.0),
            ("narrow minded", 2.0),
            ("arrogant", 2.0),
            ("disrespectful", 2.0),
            ("unfriendly", 2.0),
            ("I'm not giving up", 2.5),
            ("not giving up that easily", 2.5),
            ("get in trouble", 2.0),
            ("I really need this", 2.0),
            ("your competitors", 1.5),
            ("your competition", 1.5),
            ("the only ones", 1.5),
            ("brushing me off", 2.5),
            ("fobbing me off", 2.5),
            ("especially for you", 1.0),
            ("you haven't even seen", 2.5),
            ("don't hang up", 2.0),
            ("one more minute", 2.0),
            ("say no to that", 1.5),
            ("you must be joking", 2.5),
            ("you're joking", 2.0),
            ("are you kidding", 2.5),
            ("kidding me", 2.0),
            ("rubbish", 1.5),
            ("stick with your", 2.0),
            ("fine then", 1.0),
            ("what you're missing", 2.0),
            ("no idea", 1.5),
            ("not finished", 2.0),
        ),
        "benefit": (
            ("save time", 1.0),
            ("saves time", 1.0),
            ("lower costs", 1.0),
            ("less downtime", 1.0),
            ("fewer errors", 1.0),
            ("twice as fast", 1.0),
            ("half the time", 1.0),
            ("half the price", 1.0),
            ("pays for itself", 1.0),
            ("more revenue", 1.0),
            ("next day delivery", 1.0),
            ("same day delivery", 1.0),
            ("next day instead of", 1.0),
            ("within 24 hours", 1.0),
        ),
    },
    patterns=(
        Pattern(
            "pretext",
            "denies selling",
            rf"\b(?:not|nothing|never|dont|isnt|arent|wont|aint)\b{_GAP}\s+{_SELL}\b"
            rf"|\bno\s+{_SELL}\b",
            3.0,
            suppresses="honest",
        ),
        Pattern(
            "pretext",
            "answers 'no'",
            r"^(?:no|nope)\b(?!\s+(?:more|longer|need|problem|worries|doubt|matter)\b)",
            1.0,
        ),
        Pattern(
            "pretext",
            "a bare no to 'you only want to sell me something?'",
            r"^(?:oh\s+)?(?:(?:of course|absolutely|certainly|definitely|really|god|heavens|"
            r"goodness|good lord)\s+)?(?:not|no|nah)(?:\s+(?:at all|really|exactly|way|"
            r"in the slightest|a bit|me))?$|^(?:by no means|far from it|quite the opposite)$",
            2.0,
        ),
        Pattern(
            "honest",
            "says what the company does",
            r"\bwe\s+(?:provide|offer|sell|supply|deliver|build|develop|make|install|rent|lease"
            r"|do|service|clean|maintain)\b",
            1.2,
        ),
        Pattern(
            "honest", "names the sale", r"\b(?:sell|sells|selling|sales\w*|pitch|pitching)\b", 1.2
        ),
        Pattern(
            "honest",
            "wants them as a customer",
            r"\bas\s+(?:(?:a|an|our)\s+)?(?:\w+\s+)?(?:c[ou]st[ou]mers?|clients?)\b"
            r"|\b(?:win|get|gain|land|sign)\s+(?:\w+\s+){0,2}?(?:as\s+)?(?:customers?|clients?"
            r"|business|account)\b"
            r"|\bbecome\s+(?:a|an|our|one\s+of\s+our)\s+(?:\w+\s+)?(?:c[ou]st[ou]mers?|clients?)\b",
            2.0,
        ),
        Pattern(
            "honest",
            "wants to sell something",
            r"\b(?:i|we|id|wed|im|were|ill|well)\s+(?:(?!not\b|dont\b|never\b|no\b|nothing\b)\w+\s+){0,3}?"
            r"to\s+(?:sell|supply|provide|install|rent|lease|quote)\b",
            2.5,
        ),
        Pattern(
            "honest",
            "names what is offered",
            r"\bour\s+(?:\w+\s+)?(?:products?|services?|software|solutions?|systems?|machines?"
            r"|devices?|contracts?|plans?|tool|tools|platform|app|offers|range|portfolio)\b",
            1.0,
        ),
        Pattern(
            "pretext",
            "the boss asked for the call",
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+(?:told|asked|wanted|said)"
            r"\b(?:\s+\w+){0,8}?\s+(?:call|ring|phone|touch|contact|reach)\b",
            2.0,
        ),
        Pattern(
            "honest",
            "offers something",
            r"\b(?:to|i|we|id|wed)\s+(?:\w+\s+)?(?:offer|offering)\b",
            1.2,
        ),
        Pattern("flattery", "superlative", _SUPERLATIVE, 0.8),
        Pattern(
            "flattery",
            "class praise",
            r"\b(?:first|world|top)\s+(?:class|notch|rate)\b|\bbest\s+in\s+class\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "claims to be the best anywhere",
            rf"{_SUPERLATIVE}(?:\s+\w+){{0,3}}?\s+(?:on the market|in the world|worldwide"
            r"|in the industry|ever|of all time|in the country|out there|there is|around)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to be in charge of their account",
            r"\b(?:im|i\s+am|were|we\s+are)\b(?:\s+\w+){0,8}?\s+(?:looking\s+after|in\s+charge\s+of"
            r"|responsible\s+for)\s+your\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "compliments her",
            r"\b(?:nice|lovely|great|beautiful|pleasant|friendly|wonderful)\s+voice\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to have met the boss",
            r"\b(?:met|bumped\s+into|ran\s+into|spoke\s+(?:to|with)|talked\s+(?:to|with)|saw"
            r"|chatted\s+with)\s+(?:your\s+(?:boss|manager|director|md|ceo|owner)|him|her"
            r"|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\b",
            2.0,
        ),
        Pattern("pretext", "a personal matter", _PERSONAL, 2.5),
        Pattern(
            "pretext",
            "keeps a personal matter for the boss",
            rf"(?:{_PERSONAL})(?:\s+\w+){{0,6}}?\s+(?:rather|prefer|myself|directly|personally"
            r"|in\s+person|face\s+to\s+face)\b(?:\s+\w+){0,4}",
            3.0,
            suppresses="vague",
        ),
        Pattern(
            "pushy",
            "will not stop calling",
            r"\bkeep\s+(?:on\s+)?(?:calling|trying|ringing|phoning)\b"
            r"|\buntil\s+(?:i|we)\s+(?:\w+\s+)?(?:get|reach|speak|talk)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "tells her what she needs",
            r"\byou\s+(?:really\s+|definitely\s+|absolutely\s+)?need\s+(?:this|it|that|us)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "only 'just wanted to'",
            r"\b(?:just|only)\s+(?:wanted|want|wanna|calling|called|ringing)\s+to\b",
            1.2,
        ),
        # --- pressure after a "no": sarcasm, orders, soon-again calls, going around her
        Pattern(
            "pushy",
            "sarcastic thanks",
            r"\bthanks?\s+(?:you\s+)?for\s+nothing\b"
            r"|^(?:oh\s+)?(?:great|wonderful|brilliant|lovely|perfect|fantastic|charming)\s+"
            r"(?:thanks|thank\s+you|really|then)\b"
            r"|\b(?:very|really|so)\s+(?:friendly|helpful|kind|nice|polite)\s+(?:really|indeed"
            r"|of\s+you)\b",
            2.5,
            suppresses="dignified",
        ),
        Pattern(
            "pushy",
            "reproaches her",
            r"\b(?:this\s+is|is\s+this|thats)\s+how\s+you\s+(?:treat|talk|speak|deal)\b"
            r"|\b(?:not|werent|arent|never)\s+(?:even\s+)?listening\b",
            2.5,
        ),
        Pattern(
            "pushy",
            "orders her about",
            r"\b(?:let|hear)\s+me\s+(?!know\b)(?:finish|explain|talk|speak|just|out|tell)\b"
            r"|\b(?:put|transfer|connect)\s+me\s+(?:through|to)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "will call again soon",
            r"\b(?:call|ring|phone|try)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:tomorrow|every\s+day|daily|again\s+and"
            r"\s+again|this\s+afternoon|in\s+an\s+hour|the\s+day\s+after)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "asks when the boss is there",
            r"\bwhen(?:s|\s+is|\s+will|\s+does)?\s+(?:he|she|your\s+boss|the\s+boss|your"
            r"\s+manager)\s+(?:be\s+)?(?:back|in|around|available|free|get\s+back)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "everybody buys",
            r"\b(?:everybody|everyone|every\s+company|every\s+business|all\s+companies)\s+"
            r"(?:buys|needs|uses|wants)\b",
            2.0,
        ),
        # --- a pretext of an existing relationship, an authority or an admin errand
        Pattern(
            "pretext",
            "claims an existing account",
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?(?:invoice|bill"
            r"|account|contract|order|renewal|policy|subscription|details|records|payment"
            r"|delivery|complaint|ticket|inquiry|enquiry|membership|appointment)\b"
            r"|\b(?:outstanding|unpaid|overdue|open)\s+(?:invoice|bill|payment|balance|amount)s?\b",
            2.0,
            suppresses="flattery",
        ),
        Pattern(
            "pretext",
            "calls on behalf of an authority",
            r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:chamber|council|ministry|government"
            r"|association|department|regulator|authority|tax|federation|board|hmrc|revenue|irs"
            r"|city|county|state)\b",
            2.5,
            suppresses="honest",
        ),
        Pattern(
            "pretext",
            "a meeting that never was",
            r"\b(?:meeting|call|conversation|chat|talk)\s+we\s+(?:had|arranged|agreed|set\s+up)\b"
            r"|\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+and\s+i\s+(?:\w+\s+)?(?:arranged"
            r"|agreed|discussed|spoke|talked|met)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "claims to be their partner already",
            r"\b(?:im|i\s+am|were|we\s+are)\s+(?:your|his)\s+(?:\w+\s+){0,2}?(?:account\s+manager"
            r"|contact|rep|representative|partner|adviser|advisor|consultant|supplier|provider"
            r"|agent)\b(?!\s+(?:if|once|when)\b)",
            2.0,
        ),
        Pattern("pushy", "starts with 'but'", r"^but\b", 1.2),
        Pattern("pushy", "questions her say", r"\b(?:decide|decides|deciding|judge)\b", 1.2),
        Pattern(
            "pushy",
            "denies her the decision",
            r"\b(?:not|isnt|wasnt)\s+(?:really\s+|exactly\s+|even\s+|actually\s+|entirely\s+)?(?:your"
            r"|yours)\s+"
            r"(?:\w+\s+)?(?:decision|call|choice|place)\b|\bnot\s+(?:\w+\s+)?up\s+to\s+you\b"
            r"|\bnot\s+(?:\w+\s+)?for\s+you\s+to\s+(?:decide|say|judge)\b"
            r"|\byou(?:re|\s+are)\s+not\s+(?:really\s+)?(?:the\s+one|the\s+person|in\s+a\s+position)"
            r"\s+(?:who|to|that)\b|\bwho\s+(?:made|put)\s+you\s+in\s+charge\b"
            r"|\b(?:isnt|shouldnt)\s+(?:that|it|this)\s+(?:\w+\s+)?(?:his|her|your\s+boss\w*"
            r"|the\s+boss\w*)\s+(?:decision|call|choice)\b"
            r"|\bis\s+(?:that|it|this)\s+(?:really|actually|truly|even|honestly|yours)\s+"
            r"(?:(?:your|yours|to)\s+)?(?:\w+\s+)?(?:decision|call|choice|place|business|decide)\b"
            r"|\bis\s+(?:that|it|this)\s+your\s+(?:decision|call|choice)\s+to\s+make\b"
            r"|\b(?:do|can|may|should)\s+you\s+(?:really|actually|even|honestly)\s+(?:decide"
            r"|get\s+to\s+decide|judge|make\s+that\s+call)\b"
            r"|\bare\s+you\s+(?:really|actually|even)\s+(?:the\s+one\s+who|allowed\s+to"
            r"|authori[sz]ed\s+to|in\s+a\s+position\s+to)\b",
            2.0,
        ),
        Pattern(
            "dignified",
            "accepts her decision",
            r"\b(?:that\s+is|thats|its|it\s+is|i\s+respect|i\s+accept)\s+(?:entirely\s+|totally"
            r"\s+|of\s+course\s+|completely\s+)?(?:your|her)\s+(?:decision|call)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "challenges what she knows",
            r"\bhow\s+(?:would|do|can|could)\s+you\s+(?:even\s+)?know\b"
            r"|\byou\s+(?:don\'?t|dont|do\s+not)\s+(?:even\s+)?know\b"
            r"|\b(?:don\'?t|dont)\s+you\s+(?:get|understand|see)\b|\bcan\'?t\s+you\s+see\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "threatens a complaint",
            r"\b(?:complain|complaining)\s+about\s+you\b|\b(?:file|filing|make|making|lodge)"
            r"\s+a\s+complaint\b|\breport\s+(?:you|this)\s+to\b",
            2.5,
        ),
        Pattern("pushy", "asks for minutes", rf"\b{_NUM}\s+(?:minutes?|seconds?)\b", 1.5),
        Pattern("pushy", "bargains", r"\bat least\b", 0.8),
        Pattern("pushy", "demands", r"\bgive me\b", 1.5),
        Pattern(
            "dignified",
            "will call again later",
            r"\b(?:ill|i will|maybe i)\s+(?:\w+\s+)?(?:reach out|call|try|get in touch|check in)\b"
            r"(?:\s+\w+){0,3}?\s+(?:again|later|next)\b",
            1.5,
        ),
        Pattern("pushy", "insisting 'even'", r"\beven\b", 0.6),
        Pattern(
            "dignified",
            "asks once to call again",
            r"\b(?:may|can|could|might)\s+i\s+(?:call|check|get|reach|try|contact)\b"
            r"(?:\s+\w+){0,6}?\s+(?:again|back|later|months?|year|weeks?)\b",
            1.5,
        ),
        Pattern(
            "benefit",
            "a cost cut by a fraction",
            rf"\b{_TARGET}\b(?:\s+\w+){{0,8}}?\s+(?:by\s+)?(?:a\s+third|a\s+quarter|half"
            rf"|{_NUM}\s+(?:percent|per\s+cent))\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "pays a fraction",
            r"\b(?:pay|paying|pays|costs?)\s+(?:\w+\s+){0,2}?(?:only\s+)?(?:half|a\s+third"
            r"|a\s+quarter|less)\b",
            1.2,
        ),
        Pattern(
            "benefit",
            "a cost or time put in figures",
            rf"\b{_TARGET}\b(?:\s+\w+){{0,3}}?\s+{_NUM}(?:\s+{_NUM})*\s+{_UNIT}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "improvement of a cost",
            rf"\b{_IMPROVE}\b(?:\s+\w+){{0,6}}?\s+{_TARGET}(?:\s+{_TARGET})?\b"
            rf"|\b{_TARGET}\b(?:\s+\w+){{0,6}}?\s+{_IMPROVE}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "quantity",
            rf"\b{_NUM}(?:\s+(?:{_NUM}|and))*\s+(?:(?:full|whole|entire|extra)\s+)?{_UNIT}\b"
            r"|\b(?:next|same)\s+day\b",
            0.6,
        ),
        Pattern("benefit", "improvement", rf"\b(?:{_IMPROVE}|more|longer)\b", 0.5),
        Pattern(
            "benefit",
            "more of something good",
            r"\bmore\s+(?:revenue|profit|margin|sales|time|output|throughput|capacity|uptime)\b",
            1.0,
        ),
        # how long the call or survey takes is no benefit to the boss ("it only takes a minute")
        Pattern(
            "benefit",
            "the length of the call",
            # asking for a few minutes "not two hours" is still only the length of the call
            rf"\bneed\s+(?:\w+\s+){{0,2}}?(?:{_NUM}|a)\s+(?:minutes?|mins?|seconds?|secs?)"
            r"(?:\s+of\s+(?:your|his|her|their)\s+time)?\s+(?:not|rather\s+than|instead\s+of)\s+"
            rf"(?:\w+\s+)?{_NUM}\s+(?:minutes?|hours?)\b"
            rf"|\b(?:takes?|taking|lasts?|need)\s+(?:\w+\s+){{0,2}}?(?:{_NUM}|a)"
            r"\s+(?:minutes?|mins?|seconds?|secs?)\b",
            0.0,
            suppresses="benefit",
        ),
        # --- round 4: general paraphrase families seen in new speakers' wording
        Pattern(
            "honest",
            "names what the company sells",
            r"\bwe\s+(?:are\s+|re\s+)?(?:sell|selling|supply|supplying|provide|providing|offer"
            r"|offering|rent|install|installing)\s+(?!nothing\b|no\b|not\b|anything\b|first\b"
            r"|world\b|unique|unbeatable|exclusive|revolutionary|the\s+best\b|best\b|top\b"
            r"|amazing|incredible|outstanding|premium|sensational)\w+",
            2.0,
        ),
        Pattern(
            "flattery",
            "compliments the listener",
            r"\b(?:you\s+(?:are|re)|youre|you\s+sound|you\s+seem)\s+(?:\w+\s+)?(?:so|very|really"
            r"|truly|incredibly|extremely|such\s+a)\s+(?:kind|nice|friendly|helpful|lovely|charming"
            r"|professional|pleasant|sweet|competent|warm)\b"
            r"|\b(?:greeted|welcomed|received|treated)\s+(?:so\s+|this\s+)?(?:nicely|warmly|kindly"
            r"|pleasantly)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "calls the listener indispensable",
            r"\bwithout\s+you\b|\b(?:heart|soul|backbone|brains?|engine)\s+of\s+(?:the|that|this"
            r"|your)\s+(?:office|company|house|business|team|firm|place|operation|shop)\b"
            r"|\bmost\s+important\s+(?:person|people|man|woman|lady|member)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "returns a call that never was",
            r"\breturn(?:ing)?\s+(?:his|her|your|the)\s+(?:\w+\s+)?(?:call|message|email|voicemail)\b"
            r"|\b(?:he|she|your\s+boss|mr\s+\w+|ms\s+\w+|mrs\s+\w+)\s+(?:called|rang|phoned|emailed"
            r"|wrote|messaged)\s+(?:me|us)\b|\bget(?:ting)?\s+back\s+to\s+(?:him|her)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "claims an existing relationship",
            r"\b(?:weve|we\s+have|we\s+are|were)\s+(?:\s*(?!not\b|never\b)\w+\s+){0,2}?"
            r"(?:working|worked|partnered|partnering)\s+(?:(?!not\b)\w+\s+){0,2}?with\s+you\b"
            r"|\b(?:existing|current|ongoing|running)\s+(?:\w+\s+)?(?:contract|agreement|account"
            r"|partnership|relationship|order|collaboration|subscription)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "only information",
            r"\b(?:just|only|merely|purely)\s+(?:\w+\s+){0,2}?(?:information|info|informational"
            r"|to\s+say\s+hello|saying\s+hello|say\s+hi)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "asks for the boss anyway",
            r"\b(?:speak|speaking|talk|talking|put\s+through|connect\s+me)\s+(?:to|with)\s+(?:the"
            r"|your|him|her)\s+(?:\w+\s+)?(?:boss|manager|director|supervisor|owner|ceo|md"
            r"|management|decision\s+maker|purchasing|buyer)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "still insists",
            r"\b(?:i|we)\s+(?:still|really)\s+(?:need|have|want|must)\b|\bstill\s+(?:need|want"
            r"|have\s+to|must)\b",
            1.0,
        ),
        # --- round 5: short, regional and indirect wording
        Pattern(
            "pretext",
            "the boss supposedly knows",
            r"\b(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss|the\s+boss|your\s+manager)"
            r"\s+(?:already\s+|will\s+)?(?:knows?|ll\s+know)\s+(?:what|all\s+about|about\s+it"
            r"|the\s+score|why)\b|\bhell\s+know\s+(?:what|why)\b"
            r"|\b(?:he|she|hell|shell|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss|the\s+boss)\s+"
            r"(?:will\s+|ll\s+|would\s+|already\s+|definitely\s+|surely\s+)?(?:knows?|remembers?"
            r"|recogni[sz]es?)\s+(?:who\s+(?:i\s+am|this\s+is|we\s+are)|my\s+name|me|us)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "claims to be from an authority",
            r"\bfrom\s+(?:the\s+|your\s+local\s+|your\s+)?(?:\w+\s+)?(?:tax\s+(?:office|authorit\w+"
            r"|department|inspector\w*)|revenue|hmrc|irs|police|council|ministry|government"
            r"|inspectorate|regulator|customs|court|fire\s+(?:department|brigade|service)"
            r"|health\s+(?:and\s+safety|department|authority|inspector\w*)|trading\s+standards"
            r"|department\s+of)\b",
            2.5,
            suppresses="honest",
        ),
        Pattern(
            "pretext",
            "refers to an earlier matter",
            r"\b(?:thing|matter|call|conversation|chat|meeting|email|letter|issue|business|stuff"
            r"|talk|invoice|bill|order|complaint|delivery|quote|offer|payment|parcel|claim)\s+"
            r"(?:from|of|on)\s+(?:last\s+(?:week|month|time|friday|monday|tuesday"
            r"|wednesday|thursday)|yesterday|the\s+other\s+day|earlier|before)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "tells her what to pass on",
            r"\b(?:just\s+)?tell\s+(?:him|her|your\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+"
            r"(?:its|it\s+is|thats|that\s+its|that\s+i|im|i\s+am)\b"
            r"|(?<!lets\s)\b(?:just|simply)\s+say\s+(?:its|it\s+is|thats|that\s+its)\b",
            1.2,
        ),
        Pattern(
            "honest",
            "names the company's trade",
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:supplier|provider"
            r"|manufacturer|distributor|vendor|maker|wholesaler|dealer|installer|reseller"
            r"|retailer|producer)s?\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "agrees, but argues on",
            r"^(?:i\s+understand|i\s+see|i\s+get\s+(?:it|that)|understood|ok|okay|sure|right|yes"
            r"|yeah|fair\s+enough|shame|pity|of\s+course|i\s+know|true|maybe|granted)"
            r"(?:\s+\w+){0,3}?\s+but\s+(?!ok\b|okay\b|fine\b|thanks\b|thank\b|no\s+worries\b"
            r"|never\s+mind\b|i\s+understand\b|fair\b|all\s+the\s+best\b|good\b|if\b|in\s+case\b"
            r"|should\b|thats\s+(?:fine|ok|okay|alright)\b)",
            1.2,
        ),
        Pattern(
            "pushy",
            "asks her to reconsider",
            r"(?<!if\syou\s)(?<!should\syou\s)(?<!in\scase\syou\s)"
            r"\b(?:reconsider|think\s+(?:it|this|that)\s+over|think\s+about\s+it\s+(?:again"
            r"|once\s+more)|give\s+(?:it|us|me|this)\s+a\s+(?:chance|try|shot|go)"
            r"|change\s+your\s+mind)\b",
            1.5,
        ),
        Pattern(
            "pushy",
            "insists it pays off",
            r"\b(?:its|it\s+is|its\s+really)\s+(?:\w+\s+)?worth\b",
            0.8,
        ),
        Pattern(
            "pushy",
            "lectures her",
            r"\b(?:not|wont|dont|never|cant|wouldnt|didnt|wont)\s+(?:even\s+)?(?:listen|listening"
            r"|hear\s+me\s+out)\b|\byou(?:ll|\s+will)\s+never\s+(?:\w+\s+)?(?:improve|learn|grow"
            r"|succeed|get\s+anywhere|get\s+better|know)\b",
            2.0,
        ),
        # --- round 7: the listener's qualities, gushing about the firm, claimed acquaintance
        Pattern(
            "flattery",
            "praises her judgement",
            r"\b(?:someone|somebody|anyone|a\s+(?:person|woman|man|lady|pro|professional))\s+"
            r"(?:as\s+\w+\s+as\s+you|like\s+you|with\s+your\s+(?:\w+\s+)?(?:experience|instincts?"
            r"|eye|nose|judg(?:e)?ment|feel|sense|talent|expertise|knowledge|intuition|skills?))\b"
            r"|\bas\s+(?:sharp|smart|clever|bright|experienced|competent|quick|savvy|capable"
            r"|perceptive|astute|switched\s+on|professional|wise)\s+as\s+you\b"
            r"|\bwith\s+your\s+(?:\w+\s+)?(?:experience|instincts|intuition|expertise|sharp\s+eye"
            r"|good\s+eye|eye\s+for|people\s+skills)\b"
            r"|\byou\s+(?:sound|seem|look|come\s+across)\s+like\s+(?:someone|somebody"
            r"|a\s+(?:person|woman|lady|man|pro)|the\s+(?:kind|sort|type)\s+of\s+(?:person|woman"
            r"|lady|man))\s+(?:who|that|with)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "compliments her manner",
            r"\bi\s+(?:just\s+|really\s+|absolutely\s+|so\s+|do\s+)?(?:love|adore|like)\s+your\s+"
            r"(?:\w+\s+)?(?:accent|voice|name|laugh|energy|attitude|style|manner|tone|spirit"
            r"|way\s+of)\b"
            r"|\bwhat\s+a\s+(?:\w+\s+)?(?:friendly|lovely|warm|nice|wonderful|pleasant|charming"
            r"|kind|great|delightful|cheerful|sweet)\s+(?:greeting|welcome|voice|person|lady"
            r"|reception|accent|laugh|way\s+to|manner)\b"
            r"|\bsuch\s+a\s+(?:\w+\s+)?(?:warm|friendly|lovely|nice|kind|cheerful)\s+(?:welcome"
            r"|greeting|voice|accent)\b"
            r"|\b(?:made|make|makes|brightened|brighten|brightens|brightening|making)\s+my\s+"
            r"(?:day|morning|week|afternoon)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "calls her the one who runs things",
            r"\byou(?:re|\s+are|\s+must\s+be|\s+seem\s+to\s+be)\s+(?:really\s+|clearly\s+)?"
            r"the\s+(?:only\s+one|one\s+person|real\s+boss|real\s+brains|one\s+who\s+really"
            r"|one\s+who\s+actually)\b"
            r"|\b(?:really|actually|secretly)\s+runs?\s+(?:the|that|this)\s+(?:show|place|office"
            r"|company|business)\b"
            r"|\b(?:keeps?|keeping|holds?|holding)\s+(?:the|that|this|your)\s+(?:whole\s+)?(?:place"
            r"|show|office|company|business|firm|team|operation|shop)\s+(?:running|going|together"
            r"|afloat|ticking|on\s+track)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "gushes about the firm or the boss",
            r"\b(?:your|the)\s+(?:company|firm|business|team|boss|director|ceo|founder|owner"
            r"|office|brand|manager|md)\s+(?:is|are|has\s+been|was)\s+(?:\w+\s+)?(?:famous"
            r"|renowned|legendary|admired|iconic|celebrated|well\s+known|a\s+legend"
            r"|an\s+inspiration|a\s+role\s+model)\b"
            r"|\b(?:i|we|ive|weve|id|wed)\s+(?:\w+\s+){0,2}?(?:admir\w*|adore|look\s+up\s+to)\b"
            r"|\bwhat\s+(?:your|he|she|the|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:\w+\s+)?"
            r"(?:(?:has|have|s)\s+)?(?:built|achieved|created|accomplished)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "claims to know the boss",
            r"\b(?:i|we)\s+know\s+(?:him|her|your\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+"
            r"|each\s+other)\s+(?:\w+\s+)?(?:personally|well|privately|from|since|for\s+years"
            r"|through)\b"
            r"|\b(?:we|he\s+and\s+i|she\s+and\s+i)\s+(?:\w+\s+){0,2}?(?:play|played|golf\w*"
            r"|went|studied|trained|sail|sailed|served|grew\s+up|were\s+at\s+school|ran)\s+"
            r"(?:\w+\s+){0,3}?together\b"
            r"|\b(?:golf|tennis|squash|sailing|rotary|lions|rowing|running)\s+(?:buddy|buddies"
            r"|partner|partners|club|friend|friends|mate|mates|pal|pals)\b"
            r"|\b(?:from|since)\s+the\s+(?:\w+\s+)?(?:conference|trade\s+(?:fair|show)|expo"
            r"|exhibition|seminar|congress|convention|summit|reunion)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "refers to papers they supposedly sent",
            r"\b(?:the|that|this|your|his|her)\s+(?:\w+\s+)?(?:invoice|bill|order|complaint|claim"
            r"|contract|quote|quotation|delivery|shipment|payment|parcel|package|email|letter"
            r"|request|inquiry|enquiry|ticket|application|booking|reservation|form|return)s?\s+"
            r"(?:that\s+|which\s+)?(?:you|he|she|we|i|your\s+boss|your\s+company|your\s+firm"
            r"|your\s+office|your\s+colleague|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:\w+\s+)?"
            r"(?:sent|placed|made|filed|submitted|ordered|signed|raised|lodged|requested|issued"
            r"|wrote|booked|returned|emailed|mailed|faxed|opened)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "an admin errand on their records",
            r"\b(?:updat\w*|check\w*|verif\w*|confirm\w*|complet\w*|compil\w*|refresh\w*"
            r"|correct\w*)\s+(?:our|your|the|his|a|their|some|a\s+few)\s+(?:\w+\s+){0,2}?(?:database|records?"
            r"|directory|listings?|register|registry|entry|entries|data|details|file|files)\b",
            1.5,
        ),
        Pattern(
            "benefit",
            "a price below the usual",
            rf"\b{_NUM}\s+(?:percent|per\s+cent)\s+(?:below|under|off|beneath|cheaper|less|lower)\b"
            r"|\b(?:below|under)\s+(?:the\s+)?(?:retail|list|market|rrp|standard|usual|normal)"
            r"\s+(?:price|prices|rate|rates|value)?\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a ratio of improvement",
            r"\b(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+fraction)\s+as\s+(?:often"
            r"|much|many|long|frequently|expensive|costly)\b"
            rf"|\b(?:twice|{_NUM}\s+times)\s+(?:as\s+)?(?:fast|quick|long|many|much|often|faster"
            r"|quicker|longer|fewer|less|cheaper|efficient|productive)\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "saves a fraction",
            rf"\b{_IMPROVE}\b(?:\s+\w+){{0,5}}?\s+(?:by\s+)?(?:a|one|two|three)\s+(?:third|quarter"
            r"|fifth|sixth|tenth)s?\b",
            1.0,
        ),
        # --- round 7 follow-up: trusted third parties, prizes, praise of how she works
        Pattern(
            "pretext",
            "poses as someone the boss trusts",
            r"\b(?:on\s+behalf\s+of|(?:calling|ringing|phoning)\s+(?:you\s+)?from"
            r"|(?:im|i\s+am|were|we\s+are)\s+(?:calling\s+|ringing\s+)?(?:from|with)|this\s+is"
            r"|its|it\s+is|here\s+is|im|i\s+am)\s+(?:the\s+)?(?:(?:his|her|your)\s+(?:\w+\s+){0,2}?"
            rf"{_TRUSTED}|{_TRUSTED}\s+of\s+(?:his|her))\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "calls about his account",
            r"\b(?:about|regarding|re|concerning)\s+(?:your|his|her)\s+(?:\w+\s+)?(?:loan|mortgage"
            r"|test\s+results)\b"
            r"|(?<!\bopen\s)(?<!\bopens\s)(?<!\bopening\s)(?<!\bup\s)(?<!\bout\s)(?<!\bfor\s)"
            r"\b(?:his|her|your)\s+(?:\w+\s+)?(?:account|policy|contract|loan|mortgage|membership"
            r"|subscription|plan|pension|insurance|claim)s?\s+with\s+us\b"
            r"(?!(?:\s+\w+){0,3}?\s+(?:open|opened|set|start|sign|switch|take\s+out)\w*)",
            2.0,
        ),
        Pattern("pretext", "a prize draw", rf"\b{_PRIZE}\b", 1.2),
        Pattern(
            "pretext",
            "the boss supposedly won something",
            r"\b(?:he|she|hes|shes|your\s+boss|your\s+manager|the\s+boss|mr\s+\w+|mrs\s+\w+"
            r"|ms\s+\w+)\s+(?:has\s+|had\s+|just\s+|actually\s+|already\s+|been\s+|was\s+)*(?:won"
            r"|entered|took\s+part|participated|drawn|picked\s+as)\b"
            r"(?!\s+(?:the\s+|a\s+|new\s+)*(?:market|business|contract|customers?|clients?|deal"
            r"|tender|award|industry|sector))"
            r"|\b(?:one\s+of\s+(?:the|our)|the\s+lucky|our\s+lucky|(?:the|a)\s+winner\s+of)\s+"
            r"(?:\w+\s+)?(?:winners?|our|the|this)\b"
            r"|\b(?:claim|collect|deliver\w*|send|pick\s+up|hand\s+over|arrange)\s+(?:\w+\s+){0,3}?"
            r"(?:his|her|the|your)\s+(?:\w+\s+)?(?:prize|winnings|reward)\b",
            2.0,
        ),
        Pattern(
            "honest",
            "offers the boss something",
            r"\b(?:to|and)\s+offer\s+(?:your\s+boss|him|her|you|your\s+(?:company|firm|director"
            r"|manager|team)|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:\w+\s+){0,3}?(?:a|an|our|some|new"
            r"|better|cheaper)\b",
            2.5,
        ),
        Pattern(
            "honest",
            "wants an order from them",
            r"\b(?:id|i\s+would|we\s+would|wed|i|we)\s+(?:really\s+)?(?:like|love|want|hope)\s+to"
            r"\s+(?:get|win|land|earn|secure)\s+(?:\w+\s+){0,2}?(?:order|job|contract|business"
            r"|work|project)s?\s+(?:from|with)\s+(?:you|your|him|her|the)\b"
            r"|\b(?:order|job|contract|project)s?\s+(?:that\s+)?(?:id|i\s+would|we\s+would|wed)\s+"
            r"(?:really\s+)?(?:like|love)\s+to\s+(?:get|win|land)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "praises how she works",
            r"\byou\s+(?:handle|handled|do|did|manage|managed|run|deal\s+with|field|screen|answer"
            r"|take|juggle)\s+(?:\w+\s+){0,3}?(?:so|really|very|incredibly|extremely|super|truly"
            r"|remarkably)\s+(?:\w+\s+)?(?:professionally|well|smoothly|gracefully|efficiently"
            r"|elegantly|nicely|brilliantly|competently|politely|charmingly|skill?fully|calmly"
            r"|expertly)\b"
            r"|\b(?:respect|hats\s+off|kudos|chapeau|impressive|admirable)\b(?:\s+\w+){0,3}?\s+"
            r"(?:the\s+way|how)\s+you\b|\bhats\s+off\b"
            r"|\byou(?:re|\s+are)?\s+(?:doing\s+)?(?:a|such\s+a)\s+(?:\w+\s+)?(?:great|fantastic"
            r"|brilliant|amazing|excellent|terrific|wonderful|superb|cracking)\s+job\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "holds her up as a model",
            r"\b(?:others?|other\s+\w+|many\s+\w+|most\s+\w+|everyone|everybody|a\s+lot\s+of\s+\w+)"
            r"\s+(?:\w+\s+)?(?:could|should|can|might|would)\s+(?:\w+\s+)?learn\s+(?:\w+\s+){0,4}?"
            r"from\s+you\b|\bset(?:s|ting)?\s+the\s+(?:standard|bar|benchmark)\b"
            r"|\b(?:a|an|the)\s+(?:real\s+|true\s+|absolute\s+|genuine\s+)?(?:role\s+model"
            r"|inspiration|shining\s+example|beacon|trailblazer)\s+(?:for|to|in|of)\b",
            1.5,
        ),
        # --- round 8: pride, admirers, a lure for the boss, a contrast of times, guarantees
        Pattern(
            "flattery",
            "tells them to be proud",
            r"\b(?:he|she|you|they|your\s+\w+|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:can|could|must"
            r"|should|ought\s+to|has\s+every\s+reason\s+to|have\s+every\s+reason\s+to)\s+"
            r"(?:really\s+|truly\s+|rightly\s+|all\s+)?(?:be\s+)?(?:so\s+|very\s+|really\s+|truly\s+"
            r"|incredibly\s+|rightly\s+)?proud\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "a long-time admirer",
            r"\b(?:been\s+)?(?:following|watching|admiring)\s+(?:your|his|her|the)\s+(?:\w+\s+){0,2}?"
            r"(?:for\s+(?:years|ages|decades|a\s+long\s+time)|since)\b",
            1.2,
        ),
        Pattern(
            "flattery",
            "found nowhere else",
            r"\bnowhere\s+else\b|\b(?:cant|wont|couldnt|wouldnt|never|dont)\s+(?:\w+\s+){0,2}?find"
            r"\s+(?:\w+\s+){0,3}?anywhere\s+else\b",
            1.2,
        ),
        Pattern(
            "pretext",
            "the boss supposedly picked for a prize",
            rf"\b{_BOSS}\s+(?:has\s+|had\s+|have\s+|just\s+|personally\s+|actually\s+|been\s+"
            r"|was\s+|is\s+)*(?:selected|chosen|picked|nominated)\s+(?:for|to\s+(?:receive|win|get"
            r"|enjoy))\b",
            2.0,
            suppresses="flattery",
        ),
        Pattern(
            "pretext",
            "a free treat for the boss",
            r"\b(?:free|complimentary)\s+(?:\w+\s+)?(?:weekend|trip|holiday|vacation|cruise|stay"
            r"|night|nights|spa|dinner|tickets?|hamper|gift|voucher|getaway|break|bottle)\b",
            1.2,
        ),
        Pattern(
            "pretext",
            "confirms a meeting that never was",
            r"\b(?:confirm\w*|reconfirm\w*|reschedul\w*|postpon\w*|re\s+schedul\w*)\s+(?:our|his"
            r"|your|the|tomorrows|todays|next\s+weeks)\s+(?:\w+\s+)?(?:meeting|appointment|call"
            r"|visit|date|slot)\b"
            r"|\b(?:about|regarding|concerning|re)\s+our\s+(?:\w+\s+)?(?:meeting|appointment)\b",
            2.0,
        ),
        Pattern(
            "pushy",
            "sends her back to the boss",
            r"\b(?:just|simply|go\s+and|at\s+least|cant\s+you|why\s+dont\s+you|why\s+not)"
            r"\s+(?:please\s+|just\s+)?(?:ask|check\s+with|run\s+it\s+(?:by|past))\s+(?:him|her"
            r"|your\s+boss|the\s+boss|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\b",
            2.0,
        ),
        Pattern(
            "benefit",
            "a time set against the usual",
            rf"\b{_WHEN}(?:\s+\w+){{0,2}}?\s+(?:instead\s+of|rather\s+than|and\s+not|not|versus|vs"
            rf"|compared\s+(?:to|with))\s+(?:\w+\s+){{0,2}}?(?:{_WHEN}|{_COUNT})\b"
            rf"|\b(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){{0,2}}?{_WHEN}(?:\s+\w+){{0,4}}?\s+"
            rf"{_WHEN}\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a service within a set time",
            r"\b(?:fix\w*|repair\w*|deliver\w*|ship\w*|respond\w*|repl(?:y|ies|ied)|resolv\w*"
            r"|solv\w*|replac\w*|site|there|install\w*|done|ready|arriv\w*|dispatch\w*|servic\w*"
            r"|sorted|answer\w*|process\w*)(?:\s+\w+){0,4}?\s+(?:within|in\s+under|in\s+less\s+than"
            rf"|inside)\s+(?:{_COUNT}|a|an|one)\s+(?:working\s+|business\s+)?(?:hours?|days?"
            r"|weeks?|minutes?)\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "a guarantee with money back",
            r"\bmoney\s+back\b|\bor\s+(?:(?:that|the|this|your|his|her)\s+)?(?:\w+\s+)?(?:is|its"
            r"|it\s+is|are)\s+(?:free|on\s+us|free\s+of\s+charge)\b"
            r"|\bor\s+(?:you|he|she|they)\s+(?:pay|pays|owe|owes)\s+nothing\b",
            1.0,
        ),
        Pattern(
            "benefit",
            "less than he pays now",
            r"\b(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+fraction|below|under"
            r"|less\s+than|cheaper\s+than|lower\s+than|beneath)\s+(?:of\s+)?what\s+(?:\w+\s+){0,4}?"
            r"(?:pay|pays|paying|paid|spend|spends|spending|spent|charged?)\b"
            rf"|\b{_COUNT}\s+{_MONEY}\s+(?:(?:per|a|an)\s+(?:\w+\s+){{1,2}}?)?(?:below|under"
            r"|less\s+than|cheaper\s+than|lower\s+than|cheaper|less|lower)\b",
            1.0,
        ),
        # --- round 9: an invitation from the boss, a meeting to confirm, reputation, a good
        # offer with nothing in it
        Pattern(
            "pretext",
            "the whole answer: it is personal",
            r"^(?:(?:its|thats|purely|strictly|very|rather|more|something)\s+)?(?:personal|private)"
            r"(?:\s+(?:really|actually|basically|mostly|stuff|reasons))?$",
            2.5,
        ),
        Pattern(
            "pretext",
            "the boss supposedly asked for the call",
            rf"\b{_BOSS}\s+(?:told|asked|wanted|said|invited|urged|suggested|insisted|begged"
            r"|encouraged)\b(?:\s+(?!not\b|never\b|dont\b|didnt\b)\w+){0,10}?\s+(?:call|ring"
            r"|phone|contact|reach\s+out|get\s+in\s+touch|give\s+(?:him|her)\s+a\s+(?:call|ring"
            r"|buzz|bell|shout)|drop\s+(?:him|her)\s+a\s+line)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "a meeting to confirm",
            r"\b(?:we|he|she|i|weve|ive|hes|shes)\s+(?:have|has|had|got|ve\s+got|already\s+have"
            r"|already\s+had)\s+(?:a|an|the|our|this)\s+(?:\w+\s+){0,3}?(?:meeting|appointment"
            r"|call|visit|slot)\b(?:\s+\w+){0,10}?\s+(?:confirm\w*|reconfirm\w*|reschedul\w*"
            r"|postpon\w*|mov(?:e|ing)\s+(?:it|that)|cancel\w*)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "the boss or the firm known for greatness",
            r"\b(?:he|she|hes|shes|you|youre|they|theyre|your\s+\w+|mr\s+\w+|mrs\s+\w+|ms\s+\w+"
            r"|the\s+(?:company|firm|boss))\s+(?:is|are|was|were)?\s*(?:widely\s+|well\s+|really\s+"
            r"|so\s+)?(?:known|famous|renowned|celebrated|regarded|reputed|seen|considered|respected)"
            r"\s+(?:as|for|to\s+be|throughout|across|all\s+over)\b"
            r"|\b(?:he|she|hes|shes|you|youre|they|theyre|your\s+\w+|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+"
            r"(?:is|are|was|were)?\s*(?:\w+\s+){0,3}?one\s+of\s+the\s+(?:most\s+\w+|\w+est|best"
            r"|top|leading|finest|greatest)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "a flagship everyone talks about",
            r"\b(?:a|an|the)\s+(?:real\s+|true\s+|absolute\s+|genuine\s+)?(?:flagship|figurehead"
            r"|showpiece|poster\s+child|benchmark|gold\s+standard|household\s+name)\b"
            r"|\b(?:everyone|everybody|the\s+whole\s+\w+|all\s+the\s+\w+)\s+(?:is|are|keeps)?\s*"
            r"(?:talking|raving|buzzing|speaking)\s+(?:about|of)\s+(?:you|your|him|her|them)\b"
            r"|\bthe\s+talk\s+of\s+the\s+(?:town|industry|sector|region|trade)\b",
            1.5,
        ),
        Pattern(
            "flattery",
            "just the person he hoped to reach",
            r"\b(?:exactly|just|precisely)\s+the\s+(?:kind|sort|type)\s+of\s+(?:person|man"
            r"|woman|people|leader|boss|entrepreneur)\s+(?:\w+\s+){0,2}?(?:i|we)\s+(?:was|were"
            r"|am|are|have\s+been)?\s*(?:hoping|looking|wanting|dying|keen)\s+to\b",
            1.5,
        ),
        Pattern(
            "honest",
            "an offer for something, made to the boss",
            r"\b(?:make|give|send|prepare|put\s+together|draw\s+up)\s+(?:him|her|you|your\s+\w+"
            r"|mr\s+\w+|mrs\s+\w+|ms\s+\w+|the\s+boss)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:offer"
            r"|quote|quotation|proposal)\s+(?:on|for)\s+\w+",
            2.0,
        ),
        Pattern(
            "vague",
            "a good offer, with nothing in it",
            r"\b(?:a|an|the|its|thats)\s+(?:(?:really|very|truly|pretty|super|just|such\s+a)\s+)?"
            r"(?:good|great|nice|cool|decent|solid|fair|interesting|attractive|super)\s+(?:offer"
            r"|deal|proposition|thing)\b",
            1.2,
        ),
        Pattern(
            "vague",
            "something that could interest you",
            r"\b(?:a\s+thing|something|some\s+thing|a\s+topic|an\s+idea|some\s+ideas|ideas|a\s+matter"
            r"|stuff)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:\w+\s+){0,2}?(?:could|might|may|would"
            r"|will|should)\s+(?:\w+\s+)?(?:be\s+)?(?:interesting|relevant|useful|helpful|of\s+interest"
            r"|interest\s+(?:you|him|her))\b(?:\s+(?:for|to)\s+(?:you|him|her|your\s+\w+|the\s+\w+))?",
            2.0,
            suppresses="honest",
        ),
        Pattern(
            "flattery",
            "admires the premises in passing",
            r"\b(?:nice|lovely|great|fine|beautiful|impressive|smart|cracking|proper)\s+(?:place"
            r"|business|firm|company|workshop|shop|building|site|premises|office|offices|operation"
            r"|setup)\s+(?:you\s*ve|youve|you\s+have|you\s+got|hes|he\s+has|he\s*s)\s+(?:got\s+)?"
            r"(?:there|here)\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "has heard only good things about her",
            r"\bheard\s+(?:\w+\s+){0,3}?(?:good|great|nice|wonderful|amazing|lovely|brilliant"
            r"|fantastic|excellent)\s+things\s+about\b",
            2.0,
        ),
        Pattern(
            "flattery",
            "a fan of the firm or the boss",
            r"\b(?:i\s*m|i\s+am|were|we\s+are|(?:ive|weve|i\s+have|we\s+have)\s+(?:always\s+)?been)"
            r"\s+(?:\w+\s+){0,2}?"
            r"(?:fan|fans|admirer|admirers)\s+of\s+(?:you|your|him|her|his|what|mr|mrs|ms"
            r"|the\s+way)\b",
            1.5,
        ),
        Pattern(
            "pretext",
            "poses as their own group's staff",
            r"\b(?:im|i\s+am|were|we\s+are|this\s+is|calling|ringing)\s+(?:\w+\s+){0,4}?(?:from"
            r"|with|at)\s+(?:\w+\s+)?your\s+(?:parent\s+company|mother\s+company|head\s+office"
            r"|headquarters|hq|holding\s+company|corporate\s+office|group\s+it|central\s+it)\b"
            r"|\b(?:from|with|at)\s+(?:group|corporate|head\s+office)\s+(?:it|audit|compliance)\b",
            2.5,
        ),
        Pattern(
            "pretext",
            "an internal check of all their sites",
            r"\b(?:were|we\s+are|im|i\s+am)\s+(?:\w+\s+)?(?:checking|auditing|inspecting|updating"
            r"|testing|reviewing|migrating|going\s+through)\s+(?:\w+\s+)?(?:all|every)\s+(?:the\s+|of"
            r"\s+the\s+|your\s+)?(?:\w+\s+)?(?:sites|site|locations|location|branches|branch"
            r"|offices|office|systems|workstations|lines|devices|servers)\b",
            2.0,
        ),
        Pattern(
            "pretext",
            "a catch-up agreed with the boss",
            r"\b(?:we|(?:he|she|mr\s+\w+|mrs\s+\w+|ms\s+\w+|your\s+boss)\s+and\s+i)\s+(?:wanted"
            r"|meant|agreed|said\s+we\s*d|were\s+going)\s+(?:to\s+)?(?:\w+\s+)?"
            r"(?:reconnect|catch\s+up|touch\s+base|link\s+up|connect\s+again|meet\s+up|follow\s+up"
            r"|talk\s+again|speak\s+again|get\s+together)\b",
            2.0,
        ),
    ),
    praise=(
        "best",
        "greatest",
        "finest",
        "revolutionar*",
        "unique*",
        "unbeatabl*",
        "amazing*",
        "incredibl*",
        "fantastic*",
        "outstanding",
        "exceptional*",
        "extraordinar*",
        "exclusive*",
        "impressive*",
        "brilliant*",
        "phenomenal*",
        "ultimate",
        "premium",
        "perfect*",
        "excellent",
        "wonderful*",
        "stunning",
        "unmatched",
        "unparalleled",
        "innovative",
        "remarkable",
        "prestigious",
        "lovely",
        "successful",
        "guaranteed",
        "sensational*",
        "spectacular*",
        "awesome",
        "superb",
        "great",
        "wow",
        "absolute*",
        "leading",
        "unrivaled",
        "unrivalled",
        "incomparabl*",
        "unsurpassed",
        "matchless",
        "fabulous",
        "breathtaking",
        "mind blowing",
        "legend*",
        "super",
        "selected",
        "top",
        "thrilled",
        "visionar*",
        "vip",
        "congratulat*",
        "handpicked",
        "elite",
        "stellar",
        "incredible",
        "finest",
        "groundbreaking",
        "unmissable",
        "impressed",
        "blown",
        "famous",
        "renowned",
        "iconic",
    ),
    praise_weight=0.8,
    fillers=("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "mhm", "basically"),
    context_fillers=(
        ContextFiller(
            "like",
            after=_words("so and but its was is are were well yeah just really then um uh er oh"),
            not_before=_words("yours mine ours theirs this that these those to"),
        ),
        ContextFiller(
            "you know",
            not_after=_words(
                "do did dont didnt does doesnt if would will can could might may let to should as"
            ),
            not_before=_words(
                "what how that him her mr mrs ms it why where who the about whether if me us them"
            ),
        ),
        ContextFiller(
            "kind of",
            not_after=_words(
                "what which this that a the any some every one same all thats whats no"
            ),
        ),
        ContextFiller(
            "sort of",
            not_after=_words(
                "what which this that a the any some every one same all thats whats no"
            ),
        ),
    ),
    gap_barriers=_NEGATIONS | _words("but or"),
    negations=_NEGATORS,
    yes_words=_words(
        "yes yeah yep yup yes exactly right correct true indeed absolutely sure guilty course "
        "caught admittedly definitely certainly"
    ),
    yes_company=_words(
        "that thats its it is youre you are got me i do am well honestly to be honest as "
        "charged of fair enough okay ok quite pretty much all oh ah so"
    ),
    titles=_words("mrs ms mr miss dr doctor sir maam"),
    spellings={"ya": "you", "u": "you", "ur": "your", "cuz": "because"},
)
