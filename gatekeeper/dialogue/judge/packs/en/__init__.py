"""English language pack.

The rules live one file per category (``honest.py``, ``pretext.py`` ...), each rule a move
of the technique with its examples; the word families they share are in ``families.py``.
What stays here is how the language sounds beside the rules: praise words, fillers, regional
spellings, the words of a plain yes.

Phrases are written in ordinary spelling; apostrophes vanish in folding ("it's" -> "its"),
so patterns spell contractions without them. Weights: ~2.5 a clear cue on its own, ~1.5 a
typical cue, <=1 a hint that only counts together with others.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.packs import ContextFiller, Pack
from gatekeeper.dialogue.judge.packs.en import (
    benefit,
    dignified,
    flattery,
    honest,
    pretext,
    pushy,
    vague,
)
from gatekeeper.dialogue.judge.packs.en.families import FAMILIES
from gatekeeper.scenario.model import Language


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that turn the next words around ("not fair enough"); "nothing" is an object
# ("nothing, just information") and only counts as a barrier inside a phrase
_NEGATORS = _words("not no never dont doesnt didnt isnt arent wont cant hardly")
_NEGATIONS = _NEGATORS | {"nothing"}

PACK = Pack(
    language=Language.en,
    families=FAMILIES,
    rules=(
        *honest.RULES,
        *pretext.RULES,
        *flattery.RULES,
        *vague.RULES,
        *dignified.RULES,
        *pushy.RULES,
        *benefit.RULES,
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
