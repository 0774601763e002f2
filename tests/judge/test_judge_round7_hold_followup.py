"""Round 7 follow-up: the moves behind the hold-split misses, as general word families.

After the blind hold split of round 7 was measured, its misses were read and fixed as moves,
not sentences: a made-up matter kept "for him personally", posing as someone the boss trusts
(his bank, insurer, tax adviser, doctor, his son's school), a prize he supposedly won, and
praise of how the receptionist does her job. Each test below uses other phrasings than the
hold split; the guards keep the honest sale of the same services, dignified goodbyes and
politeness before an honest pitch where they were.
"""

from __future__ import annotations

import pytest
from judge_data import kind_of

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario.model import Kind, Turn


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            (
                "Es handelt sich um eine offene Forderung, das kläre ich lieber direkt mit "
                "Herrn Weber."
            ),
        ),
        ("de", "es geht um eine mahnung die würde ich gern mit ihm selbst besprechen"),
        (
            "de",
            "Es geht um einen offenen Betrag, das bespreche ich lieber unter vier Augen.",
        ),
        ("de", "Wegen seiner Police, das muss ich mit ihm persönlich klären."),
        ("en", "it's about an unpaid invoice, I need to sort that out with him personally"),
        ("en", "There's an overdue payment I have to discuss with him directly."),
        ("en", "It's about his policy, I'd rather go through that with him myself."),
    ],
)
def test_a_made_up_matter_kept_for_the_boss_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich rufe im Auftrag seines Steuerberaters an."),
        ("de", "Ich bin von seiner Versicherung, es geht um seine Police."),
        ("de", "Hier ist die Sparkasse, es geht um sein Konto bei uns."),
        ("de", "ich ruf im namen seiner krankenkasse an"),
        ("de", "Ich bin seine Steuerberaterin, es ist dringend."),
        ("de", "Hier spricht die Schule seines Sohnes."),
        ("de", "es geht um seinen vertrag bei uns"),
        ("de", "Ich melde mich von der Praxis seines Hausarztes."),
        ("en", "I'm calling on behalf of his accountant."),
        ("en", "This is his bank, it's about his account with us."),
        ("en", "I'm calling from his insurance company."),
        ("en", "it's his doctor's office, we need to speak to him"),
        ("en", "I'm with your tax adviser's office, it's about the tax return."),
        ("en", "I'm calling from his son's school."),
    ],
)
def test_posing_as_someone_the_boss_trusts_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ihr Chef hat bei unserer Verlosung einen Preis gewonnen."),
        (
            "de",
            "Herr Weber hat an unserem Preisausschreiben teilgenommen, ich muss ihm den Gewinn "
            "übergeben.",
        ),
        ("de", "er hat bei der Tombola den Hauptpreis gewonnen"),
        ("de", "Ihr Chef wurde bei unserer Auslosung als Gewinner gezogen."),
        ("de", "Ich rufe wegen der Lotterie an, Herr Weber ist einer unserer Gewinner."),
        ("en", "Your boss won our prize draw, I need to arrange delivery of his prize."),
        ("en", "Mr Baker entered our sweepstakes and he's one of the winners."),
        ("en", "it's about the lottery he took part in"),
        ("en", "he's been drawn as the winner of our giveaway"),
        ("en", "I'm calling about the contest your boss entered."),
    ],
)
def test_a_prize_the_boss_supposedly_won_is_a_pretext(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.pretext


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Respekt, wie Sie das hier machen, das ist wirklich vorbildlich."),
        ("de", "Von Ihnen könnten sich andere Sekretariate echt was abschneiden."),
        ("de", "Da können andere Firmen noch was von Ihnen lernen."),
        ("de", "Sie machen das wirklich souverän, Hut ab!"),
        ("de", "wie sie die anrufe managen das ist echt professionell"),
        ("en", "You handle these calls so professionally, really."),
        ("en", "Other companies could learn a thing or two from you."),
        ("en", "honestly you run that front desk so well"),
        ("en", "Respect, the way you deal with callers is impressive."),
        ("en", "hats off to you, you're doing a brilliant job"),
    ],
)
def test_praising_how_she_works_is_flattery(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert kind_of(judges, lang, text) is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wir veranstalten Gewinnspiele für Firmen, ich möchte Ihrem Chef das verkaufen."),
        (
            "de",
            "Wir organisieren Verlosungen und Preisausschreiben für Messen und möchten Ihre "
            "Firma als Kunden gewinnen.",
        ),
        (
            "de",
            "Ich bin von der Sparkasse, Firmenkundenbereich, und möchte Ihrem Chef einen Kredit "
            "anbieten.",
        ),
        (
            "de",
            "Ich bin von der Sparkasse, um Ihrem Chef einen Firmenkredit anzubieten.",
        ),
        ("de", "Wir sind eine Versicherungsagentur und möchten Ihre Firma als Kunden gewinnen."),
        ("de", "Wir sind eine Steuerkanzlei und würden Ihren Chef gern als Mandanten gewinnen."),
        ("de", "Ich möchte Ihrem Chef ein Geschäftskonto bei uns anbieten."),
        (
            "de",
            "Ihr Chef kann sein Konto bei uns in fünf Minuten eröffnen, ich möchte ihm das "
            "anbieten.",
        ),
        (
            "de",
            "Ich möchte Ihrem Chef eine Software verkaufen, die seinen Gewinn um zehn Prozent "
            "steigert.",
        ),
        ("en", "I'm calling from the bank's business customer team to offer your boss a loan."),
        ("en", "I'm calling from your local bank branch to offer your boss a business loan."),
        ("en", "We run raffles and prize draws for companies, I'd like to sell that to your boss."),
        ("en", "We're an accounting firm and I'd like to win your boss as a client."),
        ("en", "I sell business insurance and I'd like to offer your boss a quote."),
        ("en", "He can open his account with us in five minutes, I'd like to offer him that."),
        (
            "en",
            "It's about his tax return, we can do it for half the price of his current accountant.",
        ),
    ],
)
def test_selling_banking_insurance_accounting_or_prize_games_stays_honest(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.honest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Danke, dass Sie rangehen. Ich möchte Ihrem Chef Bürostühle verkaufen."),
        (
            "de",
            "Schön, Sie zu erreichen, ich bin Vertriebler und möchte Ihren Chef als Kunden "
            "gewinnen.",
        ),
        (
            "de",
            "Wären Sie so nett? Ich möchte Ihrem Chef Drucker verkaufen.",
        ),
        ("en", "Thanks for picking up, I'd like to sell your boss our office chairs."),
        ("en", "Would you be so kind as to put me through? I'd like to sell your boss printers."),
        (
            "en",
            "Nice to speak to you, I'm a sales rep and I'd like to win your company as a customer.",
        ),
    ],
)
def test_mild_politeness_before_an_honest_pitch_stays_honest(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.honest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Respekt, danke, schönen Tag."),
        ("de", "Das machen Sie sehr professionell, danke und schönen Tag noch."),
        ("de", "Hut ab, Sie machen Ihren Job gut. Schönen Tag noch."),
        ("en", "Respect, thanks, have a nice day."),
        ("en", "You handle that very professionally, thanks anyway, goodbye."),
        ("en", "Hats off, you do that really well. Have a good day."),
    ],
)
def test_respect_after_a_rejection_stays_dignified(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text, Turn.rejection) is Kind.dignified


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Herzlichen Glückwunsch, Sie haben gewonnen!"),
        ("en", "Congratulations, you've won!"),
    ],
)
def test_telling_her_she_has_won_stays_the_show(
    lang: str, text: str, judges: dict[str, Judge]
) -> None:
    assert kind_of(judges, lang, text) is Kind.flattery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich hätte gern einen Auftrag von Ihrer Firma, wir sind Malermeister."),
        ("de", "es geht um einen auftrag den ich gern von ihrem chef bekommen würde"),
        ("en", "It's about a job I'd like to get from your company. We're scaffolders from Leeds."),
        ("en", "I'd love to get an order from your firm, we're a joinery in Leeds."),
    ],
)
def test_asking_for_their_order_is_honest(lang: str, text: str, judges: dict[str, Judge]) -> None:
    assert kind_of(judges, lang, text) is Kind.honest


@pytest.mark.parametrize(
    ("lang", "text", "turn", "not_heard"),
    [
        # a long phrase may miss one word, but not the one that carries its meaning
        ("de", "es geht um seinen vertrag bei uns", Turn.pitch, "es geht um einen Verkauf"),
        ("de", "Es geht um eine Mahnung.", Turn.pitch, "es geht um eine Sache"),
        # an "un-" cue does not hear its positive word
        ("de", "Das machen Sie sehr professionell, danke.", Turn.rejection, "unprofessionell"),
        ("en", "You're really friendly, thanks, bye.", Turn.rejection, "unfriendly"),
    ],
)
def test_cues_are_not_heard_without_their_meaning(
    lang: str, text: str, turn: Turn, not_heard: str, judges: dict[str, Judge]
) -> None:
    assert not_heard not in {e.phrase for e in judges[lang].judge(text, turn).evidence}
