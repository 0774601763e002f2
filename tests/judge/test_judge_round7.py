"""Round 7: 90 utterances per language written blind, by someone who never saw the judge.

``data/round7/{de,en}.yaml`` hold 90 utterances per language (honest 26, vague 17, pretext
15, flattery 12 in pitch/benefit turns; dignified 10, pushy 10 after a rejection). Items at
index i with i % 3 == 2 are the hold split (``*_hold.yaml``, 30), the rest the tune split
(``*_tune.yaml``, 60). In the tuning pass only tune misses were read; the hold split was
scored once before the changes and once at the end, as a single figure (then see Follow-up).

Before (kind / benefit): tune de 90.0% / 98.3%, en 83.3% / 96.7%; hold de 86.7% / 100%,
en 86.7% / 100%. Tune misses were compliments aimed at the receptionist herself or at her
firm and boss, claimed acquaintance ("wir spielen zusammen Golf"), references to papers the
firm supposedly sent ("the invoice you sent us"), a fraction or ratio as the benefit ("e
fünftel vom Gas", "half as often", "forty percent below retail") and "that's not really your
decision" after a rejection. The rules added are general word families and patterns for
these moves, checked below with other phrasings of each.
After the tune-split changes: tune de 100% / 100%, en 98.3% / 100%; the blind hold split,
scored once: de 86.7% / 100% (unchanged), en 93.3% / 100%. The one tune miss left, "He gets
a really great offer, the best on the market" (labelled vague), contradicts earlier rounds,
which label an empty superlative about the offer as flattery ("He simply gets the best of the
best"); it was left alone.

Follow-up (``test_judge_round7_hold_followup.py``): the hold misses were then read and fixed
as general moves (a made-up matter kept "for him personally", posing as someone the boss
trusts, a prize he supposedly won, praise of how the receptionist works), so from here on the
hold split has been tuned against and is no longer blind. After the follow-up: tune de 100% /
100%, en 98.3% / 100%; hold de 100% / 100%, en 96.7% / 100%. The hold miss left, "Oh, lots of
advantages, believe me, he'll love it" (labelled vague), contradicts round 3, which labels
"He'll love it, trust me, all our customers are absolutely thrilled!" as flattery; it was
left alone. The hold bars are the product target 0.90.
"""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A woman with your instincts knows exactly which calls matter."),
        ("en", "someone with your experience can tell straight away if this is worth his time"),
        ("en", "Someone as smart as you will see it at once."),
        ("en", "I love your voice, you must be the soul of that company."),
        ("en", "what a lovely welcome, you really brightened my morning"),
        ("en", "you're the only one there who really knows what's going on, aren't you"),
        ("en", "everyone says you really run the place over there"),
        ("de", "Jemand mit Ihrer Menschenkenntnis merkt doch gleich, ob sich das lohnt."),
        ("de", "Mit Ihrem Gespür wissen Sie doch sofort, was für Ihren Chef wichtig ist."),
        ("de", "Eine erfahrene Frau wie Sie weiß doch, welche Anrufe zählen."),
        ("de", "Ich liebe Ihren Akzent, Sie sind bestimmt die gute Seele vom Büro."),
        ("de", "Was für eine sympathische Stimme, Sie haben mir den Tag versüßt!"),
        ("de", "Sie sind doch die heimliche Chefin dort, oder?"),
        ("de", "so herzlich bin ich heute noch nicht begrüßt worden"),
    ],
)
def test_praising_the_receptionist_herself_is_flattery(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your boss is a legend, I've always admired how he built that firm."),
        ("en", "your company is so well known, what your founder has achieved is incredible"),
        ("en", "Your firm is renowned, I admire what your director has done."),
        ("de", "Ihre Firma ist ja berühmt, ich bewundere, was Ihr Chef da aufgebaut hat."),
        ("de", "Ihr Geschäftsführer ist ja eine Legende in der Branche."),
        ("de", "Ich bewundere sehr, was Ihre Chefin geschaffen hat."),
    ],
)
def test_gushing_about_the_firm_or_the_boss_is_flattery(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i know him personally, we play golf together"),
        ("en", "Mr Baker and I go way back, we studied together."),
        ("en", "He'll remember me, just say it's Anna from the trade fair."),
        ("en", "we're golf buddies actually, he knows who I am"),
        ("en", "oh she knows me, we sailed together last summer"),
        ("de", "ich kenne Herrn Weber schon lange, wir waren zusammen auf der Schule"),
        ("de", "Wir spielen im selben Tennisverein, er weiß, wer ich bin."),
        ("de", "Sagen Sie ihm einfach, der Tom von der Messe ist dran."),
        ("de", "das ist mein golfpartner, wir duzen uns"),
        ("de", "Er wird sich sicher an mich erinnern, wir haben uns auf der Tagung getroffen."),
    ],
)
def test_claimed_acquaintance_is_a_pretext(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It's regarding the order your company placed with us in March."),
        ("en", "i'm calling about the complaint he filed last week"),
        ("en", "This is about the quote we sent you, I just need a signature."),
        ("en", "it's about the invoice from last month"),
        ("en", "nothing commercial, we're just checking the entries in our business directory"),
        ("en", "I just need to verify your company details for our register"),
        ("de", "Es geht um die Rechnung, die wir Ihnen letzten Monat geschickt haben."),
        ("de", "Ich rufe wegen der Bestellung an, die Ihr Einkauf bei uns aufgegeben hat."),
        ("de", "es geht um die beschwerde die herr weber gestern gemeldet hat"),
        ("de", "wegen der Lieferung vom letzten Dienstag"),
        ("de", "Nichts Kommerzielles, wir aktualisieren nur unser Branchenverzeichnis."),
        ("de", "wir prüfen gerade die Einträge in unserer Firmendatenbank"),
    ],
)
def test_a_business_matter_that_is_not_there_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "we sell invoice software, I'd like to win your boss as a customer"),
        ("en", "I'd like to sell your boss our complaint management system."),
        ("en", "you sound busy, I'll be brief: I want to sell your company office chairs"),
        ("en", "I'm calling to sell him a tool that updates your customer database automatically."),
        ("en", "I'd like to win your boss as a customer for our conference catering."),
        (
            "de",
            "Wir verkaufen Software für Rechnungen und Reklamationen und möchten Ihren Chef "
            "als Kunden gewinnen.",
        ),
        ("de", "Sie klingen beschäftigt, ich mach's kurz: ich will Ihrem Chef Stühle verkaufen."),
        (
            "de",
            "Ich möchte Ihrer Firma eine Software verkaufen, die Ihre Kundendatenbank "
            "automatisch aktualisiert.",
        ),
        ("de", "Ich möchte Ihren Chef als Kunden gewinnen, wir haben uns noch nie getroffen."),
    ],
)
def test_invoices_and_complaints_as_the_product_stay_honest(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.honest


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "With respect, that's not really your decision to make, is it?", Kind.pushy),
        ("en", "that isn't really your call though, is it", Kind.pushy),
        ("en", "It's not for you to decide what he hears.", Kind.pushy),
        ("en", "isn't that your boss's decision rather than yours?", Kind.pushy),
        ("en", "who put you in charge of his diary?", Kind.pushy),
        ("de", "Bei allem Respekt, das ist doch nicht Ihre Entscheidung.", Kind.pushy),
        ("de", "das entscheiden aber nicht sie oder", Kind.pushy),
        ("de", "Mit Verlaub, das ist nicht Ihre Sache.", Kind.pushy),
        ("en", "I respect that, thank you.", Kind.dignified),
        ("en", "Fair enough, that's your decision, thanks for your time.", Kind.dignified),
        ("de", "Das respektiere ich, vielen Dank.", Kind.dignified),
        ("de", "Das ist Ihre Entscheidung, danke trotzdem.", Kind.dignified),
    ],
)
def test_denying_her_the_decision_is_pushy(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.rejection).kind is kind


@pytest.mark.parametrize(
    ("lang", "text", "benefit"),
    [
        ("en", "his machines would be down half as often, we measured that at two plants", True),
        ("en", "his team would get invoices out three times as fast", True),
        ("en", "we can ship at thirty percent under list price", True),
        ("en", "the heating control saves him about a fifth of his gas bill", True),
        ("en", "he'd pay well below market rates for the same toner", True),
        ("de", "Seine Anlagen stehen halb so oft still, das haben wir gemessen.", True),
        ("de", "Die Rechnungen gehen dreimal so schnell raus.", True),
        ("de", "Er zahlt dreißig Prozent unter Listenpreis für den gleichen Toner.", True),
        ("de", "das spart ihm locker e viertel vom heizöl", True),
        ("de", "zehnmal weniger Ausfälle als mit seinem alten System", True),
        ("en", "it's half as complicated as you think, he'll see", False),
        ("en", "he'll love it, it's three times as good as anything else", False),
        ("de", "Das ist halb so wild, er wird schon sehen.", False),
    ],
)
def test_fractions_and_ratios_are_a_concrete_benefit(
    lang: str, text: str, benefit: bool, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.benefit).benefit is benefit
