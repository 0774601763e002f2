"""German language pack.

The rules live one file per category (``honest.py``, ``pretext.py`` ...), each rule a move
of the technique with its examples; the word families they share are in ``families.py``.
What stays here is how the language sounds beside the rules: praise words, fillers, regional
spellings, the words of a plain yes.

Phrases are written in ordinary spelling and folded like the utterance (ä -> ae ...).
Patterns run on the folded, filler-free text, so they spell umlauts as ``ae``/``oe``/``ue``
and ``ß`` as ``ss``. Weights: ~2.5 a clear cue on its own, ~1.5 a typical cue, <=1 a hint
that only counts together with others.

"eigentlich" is deliberately not a filler: it carries meaning ("eigentlich will ich nichts
verkaufen"), and counting it would punish ordinary speech.
"""

from __future__ import annotations

from gatekeeper.dialogue.judge.packs import ContextFiller, Pack
from gatekeeper.dialogue.judge.packs.de import (
    benefit,
    dignified,
    flattery,
    honest,
    moves,
    pretext,
    pushy,
    vague,
)
from gatekeeper.dialogue.judge.packs.de.families import FAMILIES
from gatekeeper.dialogue.judge.sounds import koelner_phonetik
from gatekeeper.scenario.model import Language

# words that turn the next words around ("nicht in Ordnung"); "nichts" and "nix" are objects
# ("gar nichts, nur Informationen") and only count as barriers inside a phrase
_NEGATORS = ("nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals")
_NEGATIONS = (*_NEGATORS, "nichts", "nix")

PACK = Pack(
    language=Language.de,
    families=(*FAMILIES, *moves.FAMILIES),
    rules=(
        *moves.RULES,
        *honest.RULES,
        *pretext.RULES,
        *flattery.RULES,
        *vague.RULES,
        *dignified.RULES,
        *pushy.RULES,
        *benefit.RULES,
    ),
    praise=(
        "einzigartig*",
        "einmalig*",
        "revolution*",
        "sensation*",
        "fantast*",
        "phantast*",
        "hervorrag*",
        "genial*",
        "unschlagbar*",
        "unglaublich*",
        "grandios*",
        "exklusiv*",
        "marktfuehr*",
        "weltmarktfuehr*",
        "fuehrend*",
        "beeindruck*",
        "renommiert*",
        "wunderbar*",
        "wundervoll*",
        "toll",
        "tolle",
        "toller",
        "tolles",
        "tollen",
        "grossartig*",
        "perfekt*",
        "garantiert",
        "spitze",
        "spitzen*",
        "erstklassig*",
        "weltklasse",
        "innovativ*",
        "wahnsinn*",
        "traumhaft*",
        "phaenomenal*",
        "herausragend*",
        "ausserordentlich*",
        "absolut*",
        "erfolgreich*",
        "sensationell*",
        "top",
        "konkurrenzlos*",
        "unvergleich*",
        "unuebertroffen*",
        "beispiellos*",
        "brillant*",
        "fabelhaft*",
        "sagenhaft*",
        "atemberaubend*",
        "super",
        "premium*",
        "legend*",
        "ausgewaehlt*",
        "auserwaehlt*",
        "begeister*",
        "umhau*",
        "glueckwunsch*",
        "gratulier*",
        "vip",
        "visionaer*",
        "handverles*",
        "exzellent*",
        "ueberragend*",
        "spektakulaer*",
        "sympathisch*",
        "allerbest*",
        "marktfuehrend*",
        "bahnbrechend*",
        "ueberwaeltigend*",
        "beruehmt*",
        "legendaer*",
        "innovationskraft",
    ),
    praise_weight=0.8,
    fillers=(
        "äh",
        "ähm",
        "ähh",
        "öh",
        "öhm",
        "eh",
        "ehm",
        "em",
        "hm",
        "hmm",
        "hmmm",
        "mhm",
        "mh",
        "halt",
        "sozusagen",
        "quasi",
        "gewissermaßen",
        "naja",
        "na ja",
        "gell",
        "gelle",
    ),
    context_fillers=(
        ContextFiller("also", only_at_start=True),
        ContextFiller("ja", only_at_start=True),
    ),
    gap_barriers=frozenset((*_NEGATIONS, "aber", "sondern", "oder")),
    negations=frozenset(_NEGATORS),
    compound_tails=True,
    yes_words=frozenset(
        {
            "ja",
            "jawohl",
            "jap",
            "jo",
            "jep",
            "genau",
            "stimmt",
            "richtig",
            "korrekt",
            "exakt",
            "erwischt",
            "ertappt",
            "natuerlich",
            "klar",
            "selbstverstaendlich",
            "absolut",
            "zugegeben",
            "sicher",
            "allerdings",
            "durchaus",
            "logo",
        }
    ),
    yes_company=frozenset(
        {
            "das",
            "da",
            "sie",
            "haben",
            "hast",
            "recht",
            "ist",
            "es",
            "so",
            "schon",
            "ehrlich",
            "gesagt",
            "ganz",
            "doch",
            "in",
            "der",
            "tat",
            "also",
            "na",
            "gut",
            "ok",
            "okay",
            "mich",
            "mal",
            "wohl",
        }
    ),
    titles=frozenset({"frau", "herr", "doktor", "dr"}),
    sound_code=koelner_phonetik,
    spellings={
        "net": "nicht",
        "ned": "nicht",
        "nimmer": "nicht",
        "i": "ich",
        "scho": "schon",
        "isch": "ist",
        "hab": "habe",
        "moecht": "moechte",
        "taet": "wuerde",
        "daed": "wuerde",
        "mecht": "moechte",
        "mechat": "moechte",
        "moechat": "moechte",
        "eam": "ihm",
        # a reduced "Ihrer" ("ihra") written as a word of its own, often hyphenated onto the
        # word before it ("die IT-era Konzernzentrale"); German has no word "era" ("Ära"
        # folds to "aera")
        "era": "ihrer",
        # Bavarian "an Angebot" is heard as "an Gebot"; a bid is an offer here anyway
        "gebot": "angebot",
        # Bavarian praise ("so viel Guads ghört", "Sie san a Nette")
        "guads": "gutes",
        "guats": "gutes",
        "ghoert": "gehoert",
        "san": "sind",
        # a founder's anglicisms for the plain word ("als Customer gewinnen")
        "customer": "kunde",
        "customers": "kunden",
        "client": "kunde",
        "clients": "kunden",
    },
)
