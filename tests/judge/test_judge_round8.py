"""Round 8: 90 utterances per language written blind, by someone who never saw the judge.

``data/round8/{de,en}.yaml`` hold 90 utterances per language (honest 26, vague 17, pretext
15, flattery 12 in pitch/benefit turns; dignified 10, pushy 10 after a rejection); some pitch
items answer the suspicious "Sie wollen mir bestimmt nur etwas verkaufen, oder?" instead of
"Worum geht's denn?". Items at index i with i % 3 == 2 are the hold split (``*_hold.yaml``,
30), the rest the tune split (``*_tune.yaml``, 60). Only tune misses were read; the hold split
was scored once before the changes (by the lead) and once at the end, as single figures.

Before (kind / benefit): tune de 93.3% / 93.3%, en 86.7% / 91.7%; hold de 90.0% / 96.7%,
en 93.3% / 100%. Tune misses were a speed or time set against the usual ("in vier Stunden
behoben und nicht erst am nächsten Tag", "two days instead of five"), a service promised
within a set time with a money-back guarantee ("within two hours, or that month is free"), a
price below what the boss pays now ("vier Cent pro Kilowattstunde unter dem, was er zahlt",
"half of what companies pay now"), an empty promise counted as a benefit ("More success,
less stress"), gushing as an old admirer of the firm ("ich verfolge Ihr Haus seit Jahren ...
Ihr Chef kann stolz sein", "a role model for the whole sector"), praise of the receptionist
as the one who keeps the place running, the boss "selected" for a free weekend, confirming a
meeting that never was, "is that really your decision?", "Just ask him. Please." and an offer
made in Bavarian ("i mecht eam an Gebot ... machen"). The rules added are general word
families and patterns for these moves, checked below with other phrasings of each, plus one
rule in the judge: bare improvement words ("more", "less", "statt") never make the benefit
flag on their own.

After: tune de 100% / 98.3%, en 100% / 98.3%; the blind hold split, scored once at the end:
de 93.3% / 100%, en 93.3% / 100%. No item of the earlier rounds changed from right to wrong.
The tune miss left in each language is a conflict with earlier rounds: a pushy reply that
names the saving ("If Mr Weber finds out you turned down a thirty percent saving ...",
labelled benefit false) against rounds 3 and 4, which flag the same move as a benefit ("But
your boss would save twenty percent, you can't just say no to that!"); it was left alone.
"""

from __future__ import annotations

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


@pytest.mark.parametrize(
    ("lang", "turn", "text"),
    [
        # a time set against the usual
        ("en", Turn.benefit, "his invoices would go out in two days instead of ten"),
        ("en", Turn.benefit, "the engineer is there the same day, not a week later"),
        ("en", Turn.benefit, "payroll takes three hours rather than two full days"),
        (
            "en",
            Turn.benefit,
            "instead of waiting two weeks for parts he gets them the next morning",
        ),
        ("en", Turn.benefit, "the monthly report takes ten minutes instead of two hours"),
        (
            "en",
            Turn.pitch,
            "I sell forklift servicing, we repair on the next working day instead of after a week",
        ),
        ("de", Turn.benefit, "die Abrechnung ist in zwei Tagen fertig statt in zehn"),
        (
            "de",
            Turn.benefit,
            "der Techniker ist noch am selben Tag da und nicht erst nach einer Woche",
        ),
        ("de", Turn.benefit, "er hat die Teile am nächsten Vormittag, nicht erst in drei Wochen"),
        ("de", Turn.benefit, "statt zwei Wochen wartet er bei uns nur drei Tage"),
        ("de", Turn.benefit, "die Abrechnung dauert zehn Minuten statt zwei Stunden"),
        (
            "de",
            Turn.pitch,
            "Ich möchte Ihrem Chef unseren Reparaturdienst anbieten, wir sind in vier Stunden "
            "vor Ort statt in drei Tagen",
        ),
        # a service within a set time
        ("en", Turn.benefit, "we replace any broken laptop within one working day"),
        ("en", Turn.benefit, "every ticket is answered within two hours"),
        ("en", Turn.benefit, "our technicians are on site in under three hours"),
        ("de", Turn.benefit, "wir beheben jede Störung innerhalb von zwei Stunden"),
        ("de", Turn.benefit, "Ersatzgeräte werden binnen eines Tages geliefert"),
        ("de", Turn.benefit, "jede Anfrage wird innerhalb von vier Stunden beantwortet"),
        # a guarantee with money back
        ("en", Turn.benefit, "if the machine is down longer than a day, that month is free"),
        ("en", Turn.benefit, "we fix it by Friday or he pays nothing"),
        ("en", Turn.benefit, "thirty day money back guarantee, no questions asked"),
        ("de", Turn.benefit, "wenn wir länger als einen Tag brauchen, ist der Monat kostenlos"),
        ("de", Turn.benefit, "klappt es nicht, gibt es das Geld zurück"),
        ("de", Turn.benefit, "wir reparieren bis Freitag, sonst zahlt er nichts"),
        # less than he pays now
        ("en", Turn.benefit, "that's about a third of what he's paying his current provider"),
        ("en", Turn.benefit, "our rate is two cents per kilowatt hour below what he pays now"),
        ("en", Turn.benefit, "he'd pay less than what most firms spend on postage alone"),
        ("de", Turn.benefit, "das ist ungefähr die Hälfte von dem, was er jetzt zahlt"),
        ("de", Turn.benefit, "wir liegen drei Cent pro Kilowattstunde unter seinem jetzigen Tarif"),
        ("de", Turn.benefit, "das kostet weniger als das, was er heute für Porto ausgibt"),
    ],
)
def test_a_concrete_gain_is_a_benefit(
    lang: str, turn: Turn, text: str, judges: dict[str, Judge]
) -> None:
    j = judges[lang].judge(text, turn)
    assert j.benefit
    assert j.kind is Kind.honest


@pytest.mark.parametrize(
    ("lang", "turn", "text"),
    [
        # an empty promise
        ("en", Turn.benefit, "More growth, fewer worries."),
        ("en", Turn.benefit, "less hassle, more fun, basically"),
        ("en", Turn.benefit, "faster, better, simpler, you name it"),
        ("de", Turn.benefit, "Mehr Erfolg, weniger Stress."),
        ("de", Turn.benefit, "einfach schneller und besser und weniger Ärger"),
        # a number that is no advantage: a phone number, the length of the call, a date
        ("en", Turn.pitch, "you can reach me on 0171 2345678"),
        ("en", Turn.pitch, "I only need two minutes of his time, not two hours"),
        ("en", Turn.pitch, "could I call him on the 14th of March instead"),
        ("en", Turn.rejection, "can I call him tomorrow instead of today"),
        ("en", Turn.rejection, "I'll try again within a week or two, thanks"),
        ("de", Turn.pitch, "Sie erreichen mich unter 0171 2345678"),
        ("de", Turn.pitch, "ich brauche nur zwei Minuten, nicht zwei Stunden"),
        ("de", Turn.pitch, "Ich rufe am 14. März wieder an."),
        ("de", Turn.rejection, "kann ich morgen statt heute nochmal anrufen"),
    ],
)
def test_no_benefit_without_a_concrete_gain(
    lang: str, turn: Turn, text: str, judges: dict[str, Judge]
) -> None:
    assert not judges[lang].judge(text, turn).benefit


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "More success, less stress, that's the idea."), ("de", "Mehr Erfolg, weniger Sorgen.")],
)
def test_an_empty_promise_is_vague(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert judges[lang].judge(text, Turn.benefit).kind is Kind.vague


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # pride, old admirers, found nowhere else, a role model
        ("en", "Your director can be really proud of what that team has become."),
        ("en", "you must be so proud to work for a company like that"),
        ("en", "I've been following your firm for years, truly impressive stuff."),
        ("en", "we've long admired your company, it's a shining example for the whole region"),
        ("en", "quality like yours, you won't find that anywhere else in the country"),
        ("en", "honestly your company is a real role model for the industry"),
        ("de", "Ihr Chef kann wirklich stolz sein auf das, was er da aufgebaut hat."),
        ("de", "Da können Sie aber stolz drauf sein, so ein Haus!"),
        ("de", "Ich verfolge Ihre Firma schon seit Jahren mit großer Begeisterung."),
        ("de", "So eine Qualität gibt es sonst nirgendwo in der Branche."),
        ("de", "Ihr Unternehmen ist ein echtes Vorbild für die ganze Region."),
        ("de", "Ihr Haus setzt ja Maßstäbe, das weiß jeder."),
        # the receptionist as the one who keeps the place running
        ("en", "you seem like someone who keeps the whole office running"),
        ("en", "You come across like the sort of person who really knows what matters."),
        ("en", "I bet you're the one holding that place together"),
        ("de", "Sie klingen wie jemand, der den Laden am Laufen hält."),
        ("de", "Sie wirken wie eine Frau, die alles im Griff hat."),
        ("de", "Sie hören sich an wie jemand, dem man nichts vormachen kann."),
        # guards: the company selected for a programme stays the show
        (
            "en",
            "Congratulations, your company has been selected for our exclusive premium program!",
        ),
        (
            "de",
            "Herzlichen Glückwunsch, Ihr Unternehmen wurde für unser exklusives "
            "Premium-Programm ausgewählt!",
        ),
    ],
)
def test_admiration_and_praise_are_flattery(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the boss picked for a prize or a free treat
        ("en", "Good news, Mr Weber has been chosen to receive a complimentary spa weekend."),
        ("en", "he's been selected for a free cruise, I just need a few details from him"),
        (
            "en",
            "your boss was picked for our anniversary draw, there's a free dinner for two waiting",
        ),
        ("en", "congratulations, Mrs Kent has been nominated for a free weekend in Paris"),
        ("de", "Herzlichen Glückwunsch, Herr Weber wurde für ein Wellness-Wochenende ausgewählt."),
        ("de", "Ihr Chef ist für eine Gratisreise ausgelost worden, ich bräuchte nur seine Daten."),
        ("de", "Herr Weber hat einen Gutschein geschenkt bekommen, den möchte ich ihm übergeben."),
        ("de", "Er wurde als Gewinner ausgewählt, es gibt ein Wochenende gratis."),
        # confirming a meeting that never was
        ("en", "I'm calling to confirm his appointment for next Tuesday."),
        ("en", "just need to reschedule our call from Monday"),
        ("en", "it's regarding our meeting on the fifth"),
        ("en", "I wanted to reconfirm tomorrow's visit with Mr Weber."),
        ("de", "Ich wollte nur unseren Termin am Donnerstag bestätigen."),
        ("de", "Es geht um unser Treffen nächste Woche, das müssten wir verschieben."),
        ("de", "ich rufe wegen unseres Termins morgen an"),
        ("de", "Ich muss den Termin mit Herrn Weber leider verschieben."),
    ],
)
def test_a_prize_or_a_meeting_that_never_was_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an offer, in regional or padded speech
        ("de", "i mecht eam a angebot für seine druckerei machen"),
        ("de", "I mechat am Herrn Weber gern a Angebot für de Kantine schicken."),
        (
            "de",
            "Ich würde Ihrem Chef gern ein unverbindliches Angebot für seine Solaranlage "
            "erstellen.",
        ),
        ("de", "ich möchte herrn weber n angebot für neue firmenwagen machen"),
        # guards: honest pitches with the same nouns stay honest
        ("en", "I want to sell him our software, we're proud of it and it saves his team hours."),
        ("en", "we sell office chairs and i'd like a meeting with your boss to offer them to him"),
        ("en", "we sell cyber security and i'd like to book a meeting with your md"),
        (
            "en",
            "We sell team-building weekends to companies and I'd like to win your boss as a "
            "customer.",
        ),
        (
            "de",
            "Wir verkaufen Bürostühle, und darauf sind wir stolz, ich möchte sie Ihrem Chef "
            "anbieten.",
        ),
        ("de", "ich hätte gern einen Termin mit Herrn Weber, um ihm unsere Drucker anzubieten"),
        ("de", "Ich verkaufe Kopierer und hätte gern einen Termin beim Chef."),
        ("de", "Wir verkaufen Firmenreisen und möchten Ihren Chef als Kunden gewinnen."),
    ],
)
def test_an_offer_is_honest(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert judges[lang].judge(text, Turn.pitch).kind is Kind.honest


def test_an_offer_denied_is_not_honest(judges: dict[str, Judge]) -> None:
    text = "ich will ihm kein angebot machen, nur kurz informieren"
    assert judges["de"].judge(text, Turn.pitch).kind is not Kind.honest


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # questioning her right to decide
        ("en", "Is it actually your call to make?", Kind.pushy),
        ("en", "do you really get to decide that for him?", Kind.pushy),
        ("en", "are you even allowed to turn people away like that?", Kind.pushy),
        ("de", "Ist das denn wirklich Ihre Entscheidung?", Kind.pushy),
        ("de", "Dürfen Sie das überhaupt entscheiden?", Kind.pushy),
        ("de", "Entscheiden Sie das wirklich allein?", Kind.pushy),
        # sending her back to the boss
        ("en", "Just ask him, it takes a second.", Kind.pushy),
        ("en", "why don't you just check with him first", Kind.pushy),
        ("en", "at least ask your boss, please", Kind.pushy),
        ("de", "Fragen Sie ihn doch einfach mal.", Kind.pushy),
        ("de", "Fragen Sie Ihren Chef wenigstens, bitte.", Kind.pushy),
        ("de", "frag ihn doch einfach", Kind.pushy),
        # guards: dignified goodbyes and one calm request stay dignified
        (
            "en",
            "Could you ask him to call me if he's ever interested? Thanks, goodbye.",
            Kind.dignified,
        ),
        ("en", "That's your decision, of course. Have a nice day.", Kind.dignified),
        ("en", "I respect that, thanks for your time.", Kind.dignified),
        ("de", "Darf ich fragen, wann ein besserer Zeitpunkt wäre? Danke.", Kind.dignified),
        ("de", "Das ist Ihre Entscheidung, vielen Dank und einen schönen Tag.", Kind.dignified),
        (
            "de",
            "Könnten Sie ihn bitte fragen, ob ich eine Mail schicken darf? Danke schön.",
            Kind.dignified,
        ),
    ],
)
def test_questioning_her_say_is_pushy(
    lang: str, text: str, kind: Kind, judges: dict[str, Judge]
) -> None:
    assert judges[lang].judge(text, Turn.rejection).kind is kind
