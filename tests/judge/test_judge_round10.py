"""Round 10: 90 utterances per language written blind, by rotating caller personas.

``data/round10/{de,en}.yaml`` hold 90 utterances per language (honest 26, vague 17, pretext
15, flattery 12 in pitch/benefit turns; dignified 10, pushy 10 after a rejection), spoken by
a nervous beginner, an old-school hard seller, a network-marketing enthusiast, a formal
senior consultant, a startup founder with anglicisms and a tradesperson; about half are
written as a recogniser hears fast speech. Items at index i with i % 3 == 2 are the hold
split (``*_hold.yaml``, 30), the rest the tune split (``*_tune.yaml``, 60). Only tune misses
were read; the hold split was scored once before the changes (by the lead) and once at the
end, as single figures.

Before (kind / benefit): tune de 86.7% / 98.3%, en 93.3% / 100%; hold de 93.3% / 100%,
en 90.0% / 100%. Tune misses were a caller posing as the IT of their parent company
checking all sites ("Ich bin von der IT eures Mutterkonzerns, wir checken gerade alle
Standorte", "I'm with IT at your parent company, we're checking all the sites"), a
networking acquaintance to "reconnect" with ("ich kenn den herrn weber vom networking event
... wir wollten uns nochmal connecten"), startup praise ("hidden champions", "a huge fan of
what Mr Weber built", "Employer Branding ist next Level", "ein echtes Role Model"), a
tradesperson admiring the premises ("Schöner Betrieb habt ihr da"), Bavarian and Scottish
praise of the receptionist ("da hab i scho so viel guads ghört, sie san a ganz a nette",
"ive heard nothing but good things about you"), an anglicism for the customer ("Herrn Weber
als Customer gewinnen") and a benefit as a fraction of the time ("macht das in der halben
Zeit"). The rules added are word families and patterns for these moves, checked below with
other phrasings of each.

Left alone: "er wird einfach begeistert sein, das ist das beste Produkt auf dem Markt" and
"he's just gonna love it, it's the best product on the market honestly", asked what the boss
gets out of it, are labelled vague here but flattery in the earlier rounds (labelled_{de,en}
"das ist das beste produkt auf dem markt absolut revolutionär" / "it's the best product on
the market absolutely revolutionary", round 3 "Er wird begeistert sein ...", "He'll love it,
trust me ...", round 6 "... der wird begeistert sein, das ist das beste produkt auf dem
markt, garantiert"); the judge keeps the earlier reading.

After: tune de 98.3% / 100%, en 98.3% / 100%; the blind hold split, scored once at the end:
de 93.3% / 100%, en 90.0% / 100% (both unchanged). No item of the earlier rounds (1,599
labelled utterances) changed verdict.
"""

from __future__ import annotations

import pytest
from judge_data import kind_of

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # posing as their own group's staff, or its check of every site
        ("en", "This is Tom from your head office, can you put me through to Mr Weber?"),
        ("en", "im calling from group it at your headquarters, need mr weber for a sec"),
        ("en", "We're with the audit team at your parent company, just connect me please."),
        ("en", "hi we're updating all the workstations across the group, is mr weber in"),
        ("en", "I'm reviewing every branch this week, so I need to speak with your boss."),
        (
            "de",
            "Hier spricht die IT Ihrer Konzernzentrale, verbinden Sie mich bitte mit Herrn Weber.",
        ),
        ("de", "ich ruf aus ihrer zentrale an wir brauchen kurz den herrn weber"),
        ("de", "Ich komme von der Revision Ihres Mutterkonzerns und muss Herrn Weber sprechen."),
        ("de", "wir prüfen grad alle Standorte, geben Sie mir mal den Chef"),
        ("de", "Wir aktualisieren heute sämtliche Rechner im Haus, ist Herr Weber da?"),
        # an acquaintance from an event, a catch-up agreed
        ("en", "we met at the networking breakfast and we said we'd catch up this week"),
        ("en", "Mr Weber and I wanted to reconnect after the summit."),
        ("en", "we agreed to touch base again after the expo"),
        ("de", "Ich kenne den Herrn Weber vom Unternehmerstammtisch."),
        ("de", "Ich kenn die Frau Krause vom Meetup letzten Monat."),
        ("de", "Wir wollten uns nach dem Event nochmal austauschen, Herr Weber und ich."),
        ("de", "wir hatten vor uns nächste woche kurz abzustimmen"),
    ],
)
def test_posing_as_the_group_or_an_acquaintance_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # startup praise: a hidden champion, a fan, next level, a role model
        ("en", "honestly you guys are a real hidden champion in this market"),
        ("en", "I'm a big fan of what your boss has built there."),
        ("en", "We've always been huge fans of the way Mrs Kent runs the place."),
        ("en", "your brand is next level, seriously"),
        ("de", "Ihr seid echt ein Hidden Champion, Respekt."),
        ("de", "Ich bin ein großer Fan von Ihrem Unternehmen, ehrlich."),
        ("de", "Was Ihr Chef da aufgebaut hat, ist der Wahnsinn."),
        ("de", "Euer Recruiting ist einfach next Level."),
        ("de", "Frau Krause ist für mich echt ein Role Model."),
        # the premises admired in passing
        ("en", "Nice place you've got there, saw it driving by."),
        ("en", "cracking workshop you have here mate"),
        ("de", "Tolle Werkstatt habt ihr da, echt."),
        ("de", "Schönes Gebäude haben Sie da, hab ich gestern gesehen."),
        # only good things heard about her; a kind soul
        ("en", "I've heard such great things about you from the other callers."),
        ("en", "everyone says you're lovely, ive heard only good things about you"),
        ("de", "Ich hab schon viel Gutes über Sie gehört."),
        ("de", "Von Ihnen hab i nur Guads ghört."),
        ("de", "Sie san scho a ganz a Liebe, gell."),
        ("de", "Sie sind ja eine ganz Nette."),
    ],
)
def test_startup_praise_premises_and_good_things_heard_are_flattery(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text", "turn", "benefit"),
    [
        # an anglicism for the customer
        ("de", "Ich möchte Ihren Chef als Client für unsere App gewinnen.", Turn.pitch, False),
        ("de", "wir wollen herrn weber als neuen customer für unser crm", Turn.pitch, False),
        ("de", "Ich würde gern Ihre Firma als Customer gewinnen.", Turn.pitch, False),
        # a fraction of the time or the price
        (
            "de",
            "Ich verkaufe Lohnsoftware, die macht die Abrechnung in der halben Zeit.",
            Turn.pitch,
            True,
        ),
        ("de", "er kriegt die Wartung zum halben Preis", Turn.benefit, True),
        ("de", "seine Leute schaffen die Inventur in einem Drittel der Zeit", Turn.benefit, True),
        ("en", "his team does the payroll in half the time", Turn.benefit, True),
    ],
)
def test_an_anglicised_customer_or_a_fraction_of_the_time_is_honest(
    lang: str, text: str, turn: Turn, benefit: bool, judges: dict[str, Judge]
) -> None:
    j = judges[lang].judge(text, turn)
    assert j.kind is Kind.honest
    assert j.benefit is benefit


@pytest.mark.parametrize(
    ("lang", "text", "turn", "benefit"),
    [
        # honest pitches with the same nouns stay honest
        (
            "en",
            "We sell IT security to companies with many sites; I'd like your boss as a customer.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "I'd like to offer cleaning for your head office, we'd love you as a client.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "I'm calling to sell our audit software, it checks all your sites overnight.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "I met lots of firms at the expo and I'd like to win your boss as a customer.",
            Turn.pitch,
            False,
        ),
        (
            "en",
            "We build workshop software and I'd like to win your boss as a customer.",
            Turn.pitch,
            False,
        ),
        # an enthusiastic honest admission stays honest
        (
            "en",
            "Honestly? I'm a huge fan of our product and I want to sell it to your boss!",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich bin ein großer Fan von klaren Worten: ich verkaufe Drucker und möchte "
            "Herrn Weber als Kunden gewinnen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Wir verkaufen IT-Sicherheit für Konzerne und möchten Herrn Weber als Kunden gewinnen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich möchte Ihrem Chef eine Reinigung für Ihre Zentrale verkaufen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ich komme von der Messe zurück und möchte Herrn Weber als Kunden gewinnen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Unsere Software prüft alle Standorte automatisch, ich möchte sie Ihrem Chef "
            "verkaufen.",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Ja, ich bin total begeistert von unserem Produkt und will es Ihrem Chef verkaufen!",
            Turn.pitch,
            False,
        ),
        (
            "de",
            "Wir verkaufen Hallenbeleuchtung, er spart damit die halben Stromkosten.",
            Turn.pitch,
            True,
        ),
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
        # a hard seller who accepts a no
        ("en", "Alright, fair play, I hear you. Cheers, have a good one."),
        (
            "en",
            "No worries at all, you've been lovely, I've heard good things and now I know why. "
            "Bye!",
        ),
        ("de", "Alles klar, dann nix für ungut, Sie san a Nette, servus."),
        ("de", "Verstanden, dann lasse ich Sie in Ruhe, schönen Tag noch."),
        ("de", "Gut, dann melde ich mich nicht mehr, vielen Dank und tschüss."),
    ],
)
def test_dignified_goodbyes_stay_dignified(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert kind_of(judges, lang, text, Turn.rejection) is Kind.dignified
