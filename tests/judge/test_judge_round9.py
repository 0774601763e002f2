"""Round 9: 90 utterances per language written blind, as a sales trainer's exam set.

``data/round9/{de,en}.yaml`` hold 90 utterances per language (honest 26, vague 17, pretext
15, flattery 12 in pitch/benefit turns; dignified 10, pushy 10 after a rejection), half clean
sentences, half fast speech as a recogniser writes it. Items at index i with i % 3 == 2 are
the hold split (``*_hold.yaml``, 30), the rest the tune split (``*_tune.yaml``, 60). Only
tune misses were read; the hold split was scored once before the changes (by the lead) and
once at the end, as single figures.

Before (kind / benefit): tune de 95.0% / 100%, en 91.7% / 100%; hold de 93.3% / 100%,
en 86.7% / 100%. Tune misses were an invitation the boss supposedly gave ("Herr Weber hat
mir auf der Messe gesagt, ich soll mich unbedingt mal bei ihm melden", "told me at the trade
fair that I should definitely give him a ring"), a meeting to confirm told as "we have a
meeting at three" ("wir haben heute um drei nen Termin und ich wollt den nur kurz
bestätigen"), the boss or firm praised for a reputation ("known as one of the most
innovative business owners in the county, exactly the kind of person I was hoping to speak
to", "a real flagship for the whole industry; everyone is talking about you"), "a thing that
could be interesting for your company" (read as honest: "for your company" is close to the
cue "work for your company") and, asked what the boss gets out of it, "a lot, really a lot,
it's a great offer" (read as the show). The rules added are word families and patterns for
these moves, checked below with other phrasings of each, plus a one-word "Privat." /
"Persönlich." / "Personal." as a pretext (a one-word "Geschäftlich." / "Business." stays
vague, as rounds 1 and 5 label it).

After: tune de 100% / 100%, en 100% / 100%; the blind hold split, scored once at the end:
de 93.3% / 100% (unchanged), en 90.0% / 100% (from 86.7%). No item of the earlier rounds
(1,419 labelled utterances) changed verdict. No tune item conflicted with earlier labels:
rounds 5, 7 and 8 also call a "good offer" with nothing in it vague, and rounds 6 to 8 call
an invitation from the boss a pretext.
"""

from __future__ import annotations

import pytest
from judge_data import kind_of

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the boss supposedly asked for the call
        ("en", "Mr Weber told me last week at the conference that I should give him a call."),
        ("en", "your boss asked me at the fair to get in touch with him this month"),
        ("en", "she said at the networking dinner that i should definitely contact her"),
        ("en", "He invited me at the expo to ring him once the season is over."),
        ("en", "Mrs Kent urged me to drop her a line when we were back from the show."),
        ("de", "Herr Weber hat mir letzte Woche auf dem Kongress gesagt, ich soll ihn anrufen."),
        ("de", "Ihr Chef hat mich beim Sommerfest gebeten, dass ich mich nach den Ferien melde."),
        ("de", "Frau Krause meinte auf der Messe, ich solle mich doch mal bei ihr melden."),
        ("de", "er hat mir beim stammtisch gesagt dass ich ruhig mal vorbeikommen soll"),
        # a meeting to confirm, told as one that is already there
        ("en", "we've got an appointment on Thursday and I just wanted to confirm it"),
        ("en", "I have a call with him at four and I need to reschedule it"),
        ("en", "he has a meeting with me tomorrow, I'm just calling to confirm"),
        ("en", "we had a slot booked with Mr Weber for Friday, I'd like to move it"),
        ("de", "Wir haben morgen um zehn einen Termin, den wollte ich kurz bestätigen."),
        ("de", "Ich hab nächste Woche nen Termin bei Herrn Weber und müsste den verschieben."),
        ("de", "Herr Weber hat am Freitag einen Termin mit mir, ich wollte den nur bestätigen."),
        ("de", "wir hatten für montag nen telefontermin ausgemacht den muss ich leider absagen"),
        # the whole answer: it is personal
        ("en", "Personal."),
        ("en", "Private stuff."),
        ("en", "Purely personal."),
        ("de", "Privat."),
        ("de", "Persönlich."),
        ("de", "Was Privates halt."),
    ],
)
def test_an_invitation_a_meeting_or_a_private_matter_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # known for greatness, one of the best
        ("en", "Your company is known throughout the region for its outstanding service."),
        ("en", "Mr Weber is considered one of the smartest entrepreneurs around."),
        ("en", "your boss is one of the most respected business owners in the county"),
        ("en", "Mrs Kent is famous for her vision, exactly the kind of leader I hoped to reach."),
        # a flagship, the talk of the town
        ("en", "Your firm is a true benchmark in this sector, everybody's talking about you."),
        ("en", "You're the talk of the town, honestly."),
        ("en", "your company is a real flagship for the region"),
        ("de", "Herr Weber gilt als einer der klügsten Köpfe der Branche."),
        ("de", "Ihr Chef ist ja überall bekannt für seinen Weitblick."),
        ("de", "Ihre Firma zählt zu den innovativsten Betrieben im ganzen Land."),
        ("de", "Ihre Firma ist ja ein echtes Flaggschiff der Region."),
        ("de", "Alle reden von Ihnen, Sie sind ein Paradebeispiel für die ganze Branche."),
        ("de", "Ihr Haus ist in aller Munde, genau so jemanden wollte ich sprechen."),
    ],
)
def test_a_reputation_is_flattery(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert kind_of(judges, lang, text) is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text", "turn"),
    [
        # a good offer, with nothing in it
        ("en", "it's a really good deal, believe me", Turn.benefit),
        ("en", "well, a great offer, that's what he gets", Turn.benefit),
        ("en", "honestly just a nice deal for him", Turn.benefit),
        ("en", "loads, it's a super offer", Turn.benefit),
        ("de", "na ja, ein richtig tolles Angebot halt", Turn.benefit),
        ("de", "das ist echt ein gutes Geschäft für ihn", Turn.benefit),
        ("de", "er kriegt n super Angebot, wirklich", Turn.benefit),
        # something that could interest you
        ("en", "it's about something that might be relevant for your business", Turn.pitch),
        ("en", "just a thing which could be useful to your team", Turn.pitch),
        ("en", "an idea that would be of interest to him", Turn.pitch),
        ("en", "some ideas that could really be interesting for your company", Turn.pitch),
        ("de", "Es geht um etwas, das für Ihre Firma interessant sein könnte.", Turn.pitch),
        # a one-word business answer stays vague (rounds 1 and 5)
        ("en", "Business.", Turn.pitch),
        ("de", "Geschäftlich.", Turn.pitch),
    ],
)
def test_a_good_offer_or_an_interesting_thing_is_vague(
    lang: str, text: str, turn: Turn, judges: dict[str, Judge]
) -> None:
    j = judges[lang].judge(text, turn)
    assert j.kind is Kind.vague
    assert not j.benefit


@pytest.mark.parametrize(
    ("lang", "text", "turn", "benefit"),
    [
        # honest pitches with the same nouns stay honest
        (
            "en",
            "We're known for fast delivery and I'd like to win your boss as a customer.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "We're one of the leading suppliers of printers and I'd like to sell your boss "
            "a new fleet.",
            Turn.pitch,
            False,
        ),
        ("en", "I'd like to call your boss to sell him our payroll software.", Turn.pitch, False),
        (
            "en",
            "I'd like to book a meeting with your boss to show him our scheduling software.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "We sell payroll software, something that could be useful for your company.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "I sell personal protective equipment and would like to offer it to your boss.",
            Turn.pitch,
            False,
        ),
        ("en", "I'd like to make your boss a good offer on office chairs.", Turn.pitch, False),
        ("en", "we want to send Mrs Kent a fair quote for her new fleet", Turn.pitch, False),
        ("en", "it's a great deal: he saves twenty percent on his energy bill", Turn.benefit, True),
        (
            "de",
            "Wir sind einer der führenden Anbieter für Drucker und möchten Ihren Chef als "
            "Kunden gewinnen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich möchte einen Termin mit Herrn Weber, um ihm unsere Kopierer zu verkaufen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Wir verkaufen eine Software, die jeden Termin automatisch bestätigt, und ich "
            "möchte sie Ihrem Chef anbieten.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich rufe an, weil ich Herrn Weber unsere Messestände verkaufen möchte.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich möchte Ihrem Chef ein gutes Angebot für seine Firmenwagen machen.",
            Turn.pitch,
            False,
        ),
        ("de", "ein gutes Angebot: er spart zwanzig Prozent Stromkosten", Turn.benefit, True),
    ],
)
def test_honest_pitches_with_the_same_words_stay_honest(
    lang: str, text: str, turn: Turn, benefit: bool, judges: dict[str, Judge]
) -> None:
    j = judges[lang].judge(text, turn)
    assert j.kind is Kind.honest
    assert j.benefit is benefit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alright, I understand. Could you tell him I called? Thanks, goodbye."),
        ("en", "Fair enough, he's known to be busy. Have a good day."),
        ("de", "Verstehe, dann bestätige ich das nicht weiter. Schönen Tag noch."),
        ("de", "In Ordnung, vielen Dank, ich melde mich vielleicht später nochmal."),
    ],
)
def test_dignified_goodbyes_stay_dignified(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert kind_of(judges, lang, text, Turn.rejection) is Kind.dignified
