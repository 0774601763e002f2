"""Rules for flattery and hype (Typ 1, the show).

Typ 1, the show: praise and hype instead of a plain sentence.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="praises the firm",
        category="flattery",
        why="Praise of the firm, its team or its reputation is flattery.",
        weight=1.5,
        phrases=(
            ("everyone raves about you", 2.0),
            "raves about you",
            ("a company like yours", 1.0),
            "brilliant team",
            "great team",
            "you're known for",
            ("heard so many great things", 2.0),
            "great things about",
            ("company of your calibre", 2.0),
            "your calibre",
            "reputation in the industry",
            "known in the industry",
            ("an amazing reputation", 2.0),
        ),
        must_catch=(
            "you must be so proud to work for a company like that",
            "A great company like yours deserves a world-class solution.",
        ),
        must_not_catch=("It's about a topic that affects your whole industry.",),
    ),
    Rule(
        name="claims to be the best",
        category="flattery",
        why="Market leader, number one, the best: the show-off pitch (Typ 1).",
        weight=1.5,
        phrases=(
            ("absolute market leader", 2.0),
            "market leader",
            "industry leader",
            "global leader",
            "world leader",
            "number one",
            ("only for the best", 2.0),
            ("deserves only the best", 2.0),
            "the very best",
            ("game changer", 2.0),
            "world leading",
            "world class",
            "cutting edge",
            "state of the art",
            "top notch",
            ("second to none", 2.0),
            ("best on the market", 2.0),
            ("best in the world", 2.0),
            ("ever made", 1.0),
            ("you'll ever see", 1.0),
            ("next level", 2.0),
            ("hidden champion", 2.0),
            ("hidden champions", 2.0),
        ),
        must_catch=(
            "your brand is next level, seriously",
            "He gets a dream product, the very best there is.",
        ),
        must_not_catch=("um there's a trend in your industry mr weber should probably know about",),
    ),
    Rule(
        name="an exclusive chance",
        category="flattery",
        why="A once-only, hand-picked, today-only chance is hype, not content.",
        weight=2.0,
        phrases=(
            "once in a lifetime",
            "exclusive offer",
            ("exclusively for", 1.5),
            "selected companies",
            "only for selected",
            "an offer you can't refuse",
            ("you won't believe", 1.5),
            ("something very special", 1.5),
            ("limited time", 1.5),
            ("only today", 1.5),
            ("congratulations", 1.5),
            "you've been selected",
            "has been selected",
            "you've won",
            "exclusive opportunity",
            "exclusively for you",
            ("just for you", 1.5),
            "a select few",
            ("a handful of", 1.2),
            "hand picked",
            ("this week only", 1.5),
            ("today only", 1.5),
            ("special offer", 1.5),
            ("special rate", 1.5),
            ("special price", 1.5),
            "can't afford to miss",
            ("you can't miss", 1.5),
        ),
        must_catch=(
            "Congratulations, you've won!",
            "Congratulations, your company has been selected for our VIP partner program!",
        ),
        must_not_catch=(
            "come on everybody buys something otherwise your company wouldnt even run just ge"
            "t me the boss",
        ),
    ),
    Rule(
        name="praises her voice",
        category="flattery",
        why="Compliments to the gatekeeper herself are flattery.",
        weight=2.0,
        phrases=(
            "such a lovely voice",
            "lovely voice",
            "lucky to have you",
            "you sound lovely",
        ),
        must_catch=(
            "Wow, you have such a lovely voice, has anybody ever told you that?",
            "Wow, you have such a lovely voice, I bet everyone loves calling your office!",
        ),
        must_not_catch=("That's totally fine. Have a lovely afternoon.",),
    ),
    Rule(
        name="promises delight",
        category="flattery",
        why="Promising he will be thrilled, without saying why, is the show.",
        weight=2.0,
        phrases=(
            ("you'll love it", 1.5),
            ("imagine", 1.2),
            "blow your boss away",
            "blow him away",
            ("blown away", 1.5),
            ("he'll love it", 1.5),
            "absolutely thrilled",
            "all our customers love",
        ),
        must_catch=(
            "Oh, lots of advantages, believe me, he'll love it.",
            "he'll love it, it's three times as good as anything else",
        ),
        must_not_catch=("I'd like to make your boss a good offer on office chairs.",),
    ),
    Rule(
        name="superlative",
        category="flattery",
        why="Superlatives ('the best', 'the most innovative') are the show (Typ 1); each one is a"
        " small point.",
        weight=0.8,
        patterns=("{superlative}",),
        must_catch=(
            "He simply gets the best of the best.",
            "We have the fastest and most reliable software in the world.",
        ),
        must_not_catch=(
            "good question i mean i'm selling software whether he gets anything out of it we'"
            "ll see",
        ),
    ),
    Rule(
        name="class praise",
        category="flattery",
        why="'First class', 'top quality' with nothing else is the show (Typ 1).",
        weight=1.5,
        patterns=(
            r"\b(?:first|world|top)\s+(?:class|notch|rate)\b",
            r"\bbest\s+in\s+class\b",
        ),
        must_catch=(
            "He gets the best quality there is, absolutely first class.",
            "A great company like yours deserves a world-class solution.",
        ),
        must_not_catch=(
            "okay so like basically i'm a salesperson for a company that does managed print a"
            "nd i was hoping to get your boss as a client that's really all there is to it",
        ),
    ),
    Rule(
        name="claims to be the best anywhere",
        category="flattery",
        why="'The best on the market / in the world' is the show-off pitch (Typ 1).",
        weight=1.5,
        patterns=(
            r"{superlative}(?:\s+\w+){0,3}?\s+(?:on the market|in the world|worldwide|in the i"
            r"ndustry|ever|of all time|in the country|out there|there is|around)\b",
        ),
        must_catch=(
            "He gets the best quality there is, absolutely first class.",
            "uh basically it's a game changer the most amazing deal you'll ever see",
        ),
        must_not_catch=("Tons of value, synergies, a total game changer for his business.",),
    ),
    Rule(
        name="compliments her",
        category="flattery",
        why="Compliments to the gatekeeper herself are flattery.",
        weight=1.5,
        patterns=(r"\b(?:nice|lovely|great|beautiful|pleasant|friendly|wonderful)\s+voice\b",),
        must_catch=("You have a wonderful voice, you must be the heart of the office.",),
        must_not_catch=("Totally fine! Thank you so much and have a wonderful day!",),
    ),
    Rule(
        name="compliments the listener",
        category="flattery",
        why="Telling her how kind or competent she sounds is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:you\s+(?:are|re)|youre|you\s+sound|you\s+seem)\s+(?:\w+\s+)?(?:so|very|real"
            r"ly|truly|incredibly|extremely|such\s+a)\s+{kind_adjectives}\b",
            r"\b(?:greeted|welcomed|received|treated)\s+(?:so\s+|this\s+)?(?:nicely|warmly|kin"
            r"dly|pleasantly)\b",
        ),
        must_catch=(
            "i must say you are so kind i have rarely been greeted so nicely",
            "you're so kind really, most receptionists are grumpy but you're wonderful",
        ),
        must_not_catch=("But you really must at least have a look, it's a one-time offer!",),
    ),
    Rule(
        name="calls the listener indispensable",
        category="flattery",
        why="Calling her the good soul or the heart of the firm is flattery.",
        weight=1.5,
        patterns=(
            r"\bwithout\s+you\b",
            r"\b(?:heart|soul|backbone|brains?|engine)\s+of\s+(?:the|that|this|your)\s+(?:offi"
            r"ce|company|house|business|team|firm|place|operation|shop)\b",
            r"\bmost\s+important\s+(?:person|people|man|woman|lady|member)\b",
        ),
        must_catch=(
            "I love your voice, you must be the soul of that company.",
            "You have a wonderful voice, you must be the heart of the office.",
        ),
        must_not_catch=(
            "It's a sales call. We do office cleaning and I'd love to have your company as a "
            "client.",
        ),
    ),
    Rule(
        name="praises her judgement",
        category="flattery",
        why="Praising her experience or instinct flatters her into putting him through.",
        weight=1.5,
        patterns=(
            r"\b(?:someone|somebody|anyone|a\s+(?:person|woman|man|lady|pro|professional))\s+{like_you}"
            r"\b",
            r"\bas\s+(?:sharp|smart|clever|bright|experienced|competent|quick|savvy|capable|pe"
            r"rceptive|astute|switched\s+on|professional|wise)\s+as\s+you\b",
            r"\bwith\s+your\s+(?:\w+\s+)?(?:experience|instincts|intuition|expertise|sharp\s+e"
            r"ye|good\s+eye|eye\s+for|people\s+skills)\b",
            r"\byou\s+(?:sound|seem|look|come\s+across)\s+like\s+(?:someone|somebody|a\s+(?:pe"
            r"rson|woman|lady|man|pro)|the\s+(?:kind|sort|type)\s+of\s+(?:person|woman|lady|ma"
            r"n))\s+(?:who|that|with)\b",
        ),
        must_catch=(
            "Someone as smart as you will see it at once.",
            "you seem like someone who keeps the whole office running",
        ),
        must_not_catch=("I'd like to make your boss a good offer on office chairs.",),
    ),
    Rule(
        name="compliments her manner",
        category="flattery",
        why="Praising her voice, accent or welcome is flattery.",
        weight=1.5,
        patterns=(
            r"\bi\s+(?:just\s+|really\s+|absolutely\s+|so\s+|do\s+)?(?:love|adore|like)\s+your"
            r"\s+(?:\w+\s+)?(?:accent|voice|name|laugh|energy|attitude|style|manner|tone|spiri"
            r"t|way\s+of)\b",
            r"\bwhat\s+a\s+(?:\w+\s+)?(?:friendly|lovely|warm|nice|wonderful|pleasant|charming"
            r"|kind|great|delightful|cheerful|sweet)\s+(?:greeting|welcome|voice|person|lady|r"
            r"eception|accent|laugh|way\s+to|manner)\b",
            r"\bsuch\s+a\s+(?:\w+\s+)?(?:warm|friendly|lovely|nice|kind|cheerful)\s+(?:welcome"
            r"|greeting|voice|accent)\b",
            r"\b(?:made|make|makes|brightened|brighten|brightens|brightening|making)\s+my\s+(?"
            r":day|morning|week|afternoon)\b",
        ),
        must_catch=(
            "What a friendly greeting, that really made my day!",
            "what a lovely welcome, you really brightened my morning",
        ),
        must_not_catch=("This and that, really.",),
    ),
    Rule(
        name="calls her the one who runs things",
        category="flattery",
        why="Calling her the secret boss who runs the place is flattery.",
        weight=1.5,
        patterns=(
            r"\byou(?:re|\s+are|\s+must\s+be|\s+seem\s+to\s+be)\s+(?:really\s+|clearly\s+)?the"
            r"\s+(?:only\s+one|one\s+person|real\s+boss|real\s+brains|one\s+who\s+really|one\s"
            r"+who\s+actually)\b",
            r"\b(?:really|actually|secretly)\s+runs?\s+(?:the|that|this)\s+(?:show|place|offic"
            r"e|company|business)\b",
            r"\b(?:keeps?|keeping|holds?|holding)\s+(?:the|that|this|your)\s+(?:whole\s+)?(?:p"
            r"lace|show|office|company|business|firm|team|operation|shop)\s+(?:running|going|t"
            r"ogether|afloat|ticking|on\s+track)\b",
        ),
        must_catch=(
            "I bet you're the one holding that place together",
            "everyone says you really run the place over there",
        ),
        must_not_catch=("That's what everyone says, and afterwards they regret it.",),
    ),
    Rule(
        name="gushes about the firm or the boss",
        category="flattery",
        why="Gushing about what the boss has built is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:your|the)\s+(?:company|firm|business|team|boss|director|ceo|founder|owner|o"
            r"ffice|brand|manager|md)\s+(?:is|are|has\s+been|was)\s+(?:\w+\s+)?{fame_words}\b",
            r"\b(?:i|we|ive|weve|id|wed)\s+(?:\w+\s+){0,2}?(?:admir\w*|adore|look\s+up\s+to)\b",
            r"\bwhat\s+(?:your|he|she|the|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+(?:\w+\s+)?(?:(?:has|"
            r"have|s)\s+)?(?:built|achieved|created|accomplished)\b",
        ),
        must_catch=(
            "Your firm is renowned, I admire what your director has done.",
            "Your boss is a legend, I've always admired how he built that firm.",
        ),
        must_not_catch=("isn't that your boss's decision rather than yours?",),
    ),
    Rule(
        name="praises how she works",
        category="flattery",
        why="Praising how professionally she handles calls is flattery.",
        weight=1.5,
        patterns=(
            r"\byou\s+{handling_verbs}\s+(?:\w+\s+){0,3}?(?:so|really|very|incredibly|extremel"
            r"y|super|truly|remarkably)\s+(?:\w+\s+)?{work_praise_adverbs}\b",
            r"\b(?:respect|hats\s+off|kudos|chapeau|impressive|admirable)\b(?:\s+\w+){0,3}?\s+"
            r"(?:the\s+way|how)\s+you\b",
            r"\bhats\s+off\b",
            r"\byou(?:re|\s+are)?\s+(?:doing\s+)?(?:a|such\s+a)\s+(?:\w+\s+)?(?:great|fantasti"
            r"c|brilliant|amazing|excellent|terrific|wonderful|superb|cracking)\s+job\b",
        ),
        must_catch=(
            "honestly you run that front desk so well",
            "hats off to you, you're doing a brilliant job",
        ),
        must_not_catch=("youre just the front desk you dont get to decide that connect me",),
    ),
    Rule(
        name="holds her up as a model",
        category="flattery",
        why="Holding her up as a model for others is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:others?|other\s+\w+|many\s+\w+|most\s+\w+|everyone|everybody|a\s+lot\s+of\s"
            r"+\w+)\s+(?:\w+\s+)?(?:could|should|can|might|would)\s+(?:\w+\s+)?learn\s+(?:\w+\s"
            r"+){0,4}?from\s+you\b",
            r"\bset(?:s|ting)?\s+the\s+(?:standard|bar|benchmark)\b",
            r"\b(?:a|an|the)\s+(?:real\s+|true\s+|absolute\s+|genuine\s+)?(?:role\s+model|insp"
            r"iration|shining\s+example|beacon|trailblazer)\s+(?:for|to|in|of)\b",
        ),
        must_catch=(
            "Other companies could learn a thing or two from you.",
            "honestly your company is a real role model for the industry",
        ),
        must_not_catch=(
            "um yeah so it's kind of about a thing uh that could be interesting for your company",
        ),
    ),
    Rule(
        name="tells them to be proud",
        category="flattery",
        why="Telling them they can be proud is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:he|she|you|they|your\s+\w+|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+{modal_verbs}\s+("
            r"?:really\s+|truly\s+|rightly\s+|all\s+)?(?:be\s+)?(?:so\s+|very\s+|really\s+|tru"
            r"ly\s+|incredibly\s+|rightly\s+)?proud\b",
        ),
        must_catch=(
            "you must be so proud to work for a company like that",
            "Your director can be really proud of what that team has become.",
        ),
        must_not_catch=(
            "okay so like basically i'm a salesperson for a company that does managed print a"
            "nd i was hoping to get your boss as a client that's really all there is to it",
        ),
    ),
    Rule(
        name="a long-time admirer",
        category="flattery",
        why="Posing as a long-time admirer of the firm is flattery.",
        weight=1.2,
        patterns=(
            r"\b(?:been\s+)?(?:following|watching|admiring)\s+(?:your|his|her|the)\s+(?:\w+\s+"
            r"){0,2}?(?:for\s+(?:years|ages|decades|a\s+long\s+time)|since)\b",
        ),
        must_catch=("I've been following your firm for years, truly impressive stuff.",),
        must_not_catch=(
            "Hi there, so my name's Tom, I'm with Lechner Cleaning, we've been doing office c"
            "leaning round here for twenty years, and I'm calling because I'd like to win you"
            "r boss as a customer, just to see if it's a fit.",
        ),
    ),
    Rule(
        name="found nowhere else",
        category="flattery",
        why="'Nowhere else in the sector' is the show (Typ 1).",
        weight=1.2,
        patterns=(
            r"\bnowhere\s+else\b",
            r"\b(?:cant|wont|couldnt|wouldnt|never|dont)\s+(?:\w+\s+){0,2}?find\s+(?:\w+\s+){0,"
            r"3}?anywhere\s+else\b",
        ),
        must_catch=("quality like yours, you won't find that anywhere else in the country",),
        must_not_catch=(
            "his machines would be down half as often, we measured that at two plants like yours",
        ),
    ),
    Rule(
        name="the boss or the firm known for greatness",
        category="flattery",
        why="'Known everywhere for ...' is flattery of the boss or the firm.",
        weight=1.5,
        patterns=(
            r"\b{someone_known}\s+(?:is|are|was|were)?\s*(?:widely\s+|well\s+|really\s+|so\s+)"
            r"?{known_as}\s+(?:as|for|to\s+be|throughout|across|all\s+over)\b",
            r"\b(?:he|she|hes|shes|you|youre|they|theyre|your\s+\w+|mr\s+\w+|mrs\s+\w+|ms\s+\w"
            r"+)\s+(?:is|are|was|were)?\s*(?:\w+\s+){0,3}?one\s+of\s+the\s+(?:most\s+\w+|\w+es"
            r"t|best|top|leading|finest|greatest)\b",
        ),
        must_catch=(
            "Fair enough, he's known to be busy. Have a good day.",
            "Mr Weber is considered one of the smartest entrepreneurs around.",
        ),
        must_not_catch=("Okay, fair enough. Thanks for your time and have a good day.",),
    ),
    Rule(
        name="a flagship everyone talks about",
        category="flattery",
        why="Calling the firm a flagship everyone talks about is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:a|an|the)\s+(?:real\s+|true\s+|absolute\s+|genuine\s+)?(?:flagship|figurehe"
            r"ad|showpiece|poster\s+child|benchmark|gold\s+standard|household\s+name)\b",
            r"\b(?:everyone|everybody|the\s+whole\s+\w+|all\s+the\s+\w+)\s+(?:is|are|keeps)?\s"
            r"*(?:talking|raving|buzzing|speaking)\s+(?:about|of)\s+(?:you|your|him|her|them)\b",
            r"\bthe\s+talk\s+of\s+the\s+(?:town|industry|sector|region|trade)\b",
        ),
        must_catch=(
            "You're the talk of the town, honestly.",
            "your company is a real flagship for the region",
        ),
        must_not_catch=(
            "May I talk to Ms Wagner about an offer for your company fleet? I'm from Berger M"
            "otors.",
        ),
    ),
    Rule(
        name="just the person he hoped to reach",
        category="flattery",
        why="'Exactly the kind of person I wanted to reach' is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:exactly|just|precisely)\s+the\s+(?:kind|sort|type)\s+of\s+{person_nouns}\s+"
            r"(?:\w+\s+){0,2}?(?:i|we)\s+(?:was|were|am|are|have\s+been)?\s*(?:hoping|looking|"
            r"wanting|dying|keen)\s+to\b",
        ),
        must_catch=(
            "Mr Weber is known as one of the most innovative business owners in the whole cou"
            "nty, exactly the kind of person I was hoping to speak to.",
        ),
        must_not_catch=("it's kind of personal, i'd prefer to speak to her directly",),
    ),
    Rule(
        name="admires the premises in passing",
        category="flattery",
        why="Admiring the workshop or premises is small-talk flattery.",
        weight=2.0,
        patterns=(
            r"\b(?:nice|lovely|great|fine|beautiful|impressive|smart|cracking|proper)\s+{premises_nouns}"
            r"\s+(?:you\s*ve|youve|you\s+have|you\s+got|hes|he\s+has|he\s*s)\s+(?:got\s+)?(?:t"
            r"here|here)\b",
        ),
        must_catch=(
            "cracking workshop you have here mate",
            "Nice place you've got there, saw it driving by.",
        ),
        must_not_catch=("Respect, thanks, have a nice day.",),
    ),
    Rule(
        name="has heard only good things about her",
        category="flattery",
        why="'I have heard only good things about you' is flattery.",
        weight=2.0,
        patterns=(
            r"\bheard\s+(?:\w+\s+){0,3}?(?:good|great|nice|wonderful|amazing|lovely|brilliant|"
            r"fantastic|excellent)\s+things\s+about\b",
        ),
        must_catch=(
            "I've heard such great things about you from the other callers.",
            "everyone says you're lovely, ive heard only good things about you",
        ),
        must_not_catch=("uh yeah so it's about various things",),
    ),
    Rule(
        name="a fan of the firm or the boss",
        category="flattery",
        why="Declaring oneself a fan of the firm is flattery.",
        weight=1.5,
        patterns=(
            r"\b(?:i\s*m|i\s+am|were|we\s+are|(?:ive|weve|i\s+have|we\s+have)\s+(?:always\s+)?"
            r"been)\s+(?:\w+\s+){0,2}?(?:fan|fans|admirer|admirers)\s+of\s+(?:you|your|him|her"
            r"|his|what|mr|mrs|ms|the\s+way)\b",
        ),
        must_catch=(
            "I'm a big fan of what your boss has built there.",
            "We've always been huge fans of the way Mrs Kent runs the place.",
        ),
        must_not_catch=(
            "Hi there, so my name's Tom, I'm with Lechner Cleaning, we've been doing office c"
            "leaning round here for twenty years, and I'm calling because I'd like to win you"
            "r boss as a customer, just to see if it's a fit.",
        ),
    ),
)
