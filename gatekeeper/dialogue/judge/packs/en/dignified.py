"""Rules for dignified replies to a rejection.

After a no the caller accepts it with dignity: thanks, a goodbye, a door left open.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.rules import Rule

RULES = (
    Rule(
        name="thanks her",
        category="dignified",
        why="Thanking her for her time after a no keeps the caller's dignity.",
        weight=2.0,
        phrases=(
            "thanks for your time",
            "thank you for your time",
            ("thank you", 1.2),
            ("thanks", 1.0),
            ("thanks anyway", 1.5),
            "thanks for being straight",
            "appreciate your honesty",
            ("cheers", 1.2),
            "thanks for listening",
            "thanks for being honest",
            "thank you for being honest",
        ),
        must_catch=(
            "okay thanks",
            "cheers thanks",
        ),
        must_not_catch=(
            "someone with your experience can tell straight away if this is worth his time",
        ),
    ),
    Rule(
        name="says goodbye",
        category="dignified",
        why="A friendly goodbye accepts the no.",
        weight=2.0,
        phrases=(
            "have a good day",
            "have a nice day",
            "have a great day",
            ("goodbye", 1.2),
            ("bye", 1.0),
            ("talk soon", 1.0),
            ("take care", 1.2),
            "have a good one",
            ("good bye", 1.2),
            "enjoy your day",
        ),
        must_catch=(
            "Right. Bye.",
            "Sure. Take care.",
        ),
        must_not_catch=(
            "you sound so competent, i really enjoy talking to you, your boss is lucky to have you",
        ),
    ),
    Rule(
        name="accepts the no",
        category="dignified",
        why="Understanding and accepting the no is the dignified reply.",
        weight=1.2,
        phrases=(
            ("no problem", 1.5),
            "understood",
            "I understand",
            ("fair enough", 1.5),
            ("I respect that", 2.0),
            "that's fine",
            "that's okay",
            ("all the best", 1.5),
            ("totally fine", 1.5),
            "I get it",
            ("no hard feelings", 2.0),
            ("no worries", 1.5),
            ("pity", 0.8),
            ("shame", 0.8),
            ("I accept that", 2.0),
            "accept",
            "respect",
            ("that's that", 1.0),
            ("right then", 0.8),
        ),
        must_catch=(
            "Understood. Thanks.",
            "okay no problem bye",
        ),
        must_not_catch=("Fine, fine, lose money then, not my problem.",),
    ),
    Rule(
        name="leaves the door open",
        category="dignified",
        why="Leaving contact details or asking for a better time, without pressure.",
        weight=1.5,
        phrases=(
            ("won't bother you", 2.0),
            "in case anything changes",
            "if anything changes",
            ("my details", 1.0),
            ("if that's okay", 1.2),
            "another time",
            "better time",
            ("may I ask", 1.2),
            ("won't keep you", 2.0),
            ("keep you any longer", 2.0),
            "sorry to bother you",
            "sorry for bothering you",
        ),
        must_catch=(
            "Fair enough. Maybe another time. Bye!",
            "Then I won't keep you any longer. Many thanks!",
        ),
        must_not_catch=("Fair enough, that's your decision, thanks for your time.",),
    ),
    Rule(
        name="accepts her decision",
        category="dignified",
        why="Accepting that the decision is hers is the dignified reply to a no.",
        weight=2.0,
        patterns=(
            r"\b(?:that\s+is|thats|its|it\s+is|i\s+respect|i\s+accept)\s+(?:entirely\s+|totall"
            r"y\s+|of\s+course\s+|completely\s+)?(?:your|her)\s+(?:decision|call)\b",
        ),
        must_catch=("Of course, that's your decision. I wish you a pleasant day.",),
        must_not_catch=("isn't that your boss's decision rather than yours?",),
    ),
    Rule(
        name="will call again later",
        category="dignified",
        why="Offering to call again when something changes, without pressure, keeps his dignity.",
        weight=1.5,
        patterns=(
            r"\b(?:ill|i will|maybe i)\s+(?:\w+\s+)?(?:reach out|call|try|get in touch|check i"
            r"n)\b(?:\s+\w+){0,3}?\s+(?:again|later|next)\b",
        ),
        must_catch=("I'll try again within a week or two, thanks",),
        must_not_catch=("well the machines get serviced within 24 hours instead of a week",),
    ),
    Rule(
        name="asks once to call again",
        category="dignified",
        why="Asking once, politely, whether he may call again later is dignified.",
        weight=1.5,
        patterns=(
            r"\b(?:may|can|could|might)\s+i\s+(?:call|check|get|reach|try|contact)\b(?:\s+\w+)"
            r"{0,6}?\s+(?:again|back|later|months?|year|weeks?)\b",
        ),
        must_catch=(
            "fair enough may i call again in six months",
            "Understood, no problem. May I call back in six months?",
        ),
        must_not_catch=("Mr Collins asked me to call him back, we met at the trade fair.",),
    ),
)
