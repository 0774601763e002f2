"""Every route through every bundled scenario, as a scripted text call with the real judge.

Each case is a script (pause[/duration] text per line) and the steps the call must take; a
coverage test then proves that the cases together walk every edge of every scenario's graph
(routes, ``next`` and the patience cut-in), so a new route without a test fails here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from gatekeeper.dialogue.judge import Judge
from gatekeeper.scenario import load_scenario
from gatekeeper.scenario.model import Outcome, Scenario
from gatekeeper.session.script import parse_script
from gatekeeper.session.text_call import run_scripted

REPO = Path(__file__).resolve().parents[2]

SAY = {
    "de": {
        "honest": "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen.",
        "honest_yes": "Ja, das stimmt. Ich möchte Ihren Chef gerne als Kunden gewinnen.",
        "plain_yes": "Ja, genau.",
        "plain_no": "Natürlich nicht.",
        "benefit": "Wir senken seine Wartungskosten um fünfzehn Prozent.",
        "no_benefit": "Das würde ich ihm lieber selbst erklären.",
        "break": "Äh, also, wir sind ein Softwarehaus aus Köln und machen ganz viele Sachen.",
        "pretext": "Nein, ich will mich nur mal bei Ihnen vorstellen.",
        "flattery": "Ihr Haus ist ja der absolute Marktführer, und wir haben ein einmaliges, "
        "exklusives Angebot nur für die besten Firmen!",
        "vague": "Es geht um eine geschäftliche Angelegenheit.",
        "dignified": "Verstehe. Dann danke ich Ihnen für Ihre Offenheit und wünsche Ihnen "
        "einen schönen Tag.",
        "pushy": "Aber Sie haben doch noch gar nicht gehört, was ich anbiete! "
        "Nur fünf Minuten, bitte!",
        "monologue": "Also wir sind ein junges Unternehmen und wir machen Software und "
        "Beratung und Schulungen und noch viel mehr und das erzähle ich Ihnen jetzt alles.",
        # to the boss
        "yes_sell": "Ja, ehrlich gesagt will ich Ihnen etwas verkaufen.",
        "advantage": "Ihre Wartung dauert heute zwei Tage, mit uns nur noch einen halben.",
        "no_advantage": "Das würde ich Ihnen lieber persönlich zeigen.",
        "show": "Wir sind Marktführer, die Nummer eins, einfach die Besten am Markt.",
        "pressure": "Sie müssen das einfach machen, glauben Sie mir.",
        "ask_him": "Wie viele Maschinen haben Sie im Einsatz?",
        "meeting_hour": "Hätten Sie nächste Woche eine Stunde Zeit für mich?",
        "meeting": "Können wir uns nächste Woche treffen?",
        "short": "Ganz kurz, nur fünf Minuten.",
        "hour": "Eine Stunde, dann wissen Sie, ob es sich lohnt.",
        # one breath: Pico pauses 0.6 s after a question, and that ends a turn
        "adv_meeting_hour": "Ihre Wartung dauert heute zwei Tage, mit uns nur noch einen halben, "
        "hätten Sie dafür nächste Woche eine Stunde Zeit?",
    },
    "en": {
        "honest": "I'd like to win your boss as a customer for our company.",
        "honest_yes": "Yes, that's right. I'd like to win your boss as a customer.",
        "plain_yes": "Yes, exactly.",
        "plain_no": "Of course not.",
        "benefit": "We cut his maintenance costs by fifteen percent.",
        "no_benefit": "I'd rather explain that to him myself.",
        "break": "Uh, so, we're a software company from Leeds and we do lots of things.",
        "pretext": "No, I just wanted to introduce myself.",
        "flattery": "Your company is the absolute market leader, and we have a unique, "
        "exclusive offer only for the very best companies!",
        "vague": "It's about a business matter.",
        "dignified": "I understand. Thank you for being so open, and have a nice day.",
        "pushy": "But you haven't even heard what I'm offering! Just five minutes, please!",
        "monologue": "So we are a young company and we do software and consulting and "
        "training and much more and I'm going to tell you all about it now.",
        # to the boss
        "yes_sell": "Yes, honestly, I want to sell you something.",
        "advantage": "Your maintenance takes two days today, with us only half a day.",
        "no_advantage": "I'd rather show you that in person.",
        "show": "We're the market leader, number one, simply the best on the market.",
        "pressure": "You have to do this, trust me.",
        "ask_him": "How many machines do you run?",
        "meeting_hour": "Would you have an hour for me next week?",
        "meeting": "Can we meet next week?",
        "short": "Just five minutes, real quick.",
        "hour": "An hour, then you'll know if it pays off.",
        "adv_meeting_hour": "Your maintenance takes two days today, with us only half a day, "
        "so would you have an hour next week?",
    },
}

HELD = "5.0"  # longer than every bundled shock pause: the gatekeeper speaks first
BROKEN = "0.5"  # shorter than every bundled shock pause: the trainee breaks the silence
LONG = "0.8/40"  # talks for 40 s: longer than every patience rule


@dataclass(frozen=True)
class Case:
    name: str
    lines: tuple[tuple[str, str], ...]  # (timing, utterance key)
    outcome: Outcome
    path: tuple[str, ...]


def case(name: str, lines: list[tuple[str, str]], outcome: str, path: str) -> Case:
    return Case(name, tuple(lines), Outcome(outcome), tuple(path.split()))


RECEPTIONIST = [
    case(
        "honest, held, benefit",
        [("0.8", "honest"), (HELD, "benefit")],
        "put_through",
        "greeting ask_purpose shock_pause what_for_boss put_through",
    ),
    case(
        "honest, held, no benefit",
        [("0.8", "honest"), (HELD, "no_benefit")],
        "brushed_off",
        "greeting ask_purpose shock_pause what_for_boss advantage_lost",
    ),
    case(
        "honest, broken",
        [("0.8", "honest"), (BROKEN, "break")],
        "brushed_off",
        "greeting ask_purpose shock_pause advantage_lost",
    ),
    case("pretext", [("0.8", "pretext")], "hung_up", "greeting ask_purpose seen_through"),
    case("flattery", [("0.8", "flattery")], "brushed_off", "greeting ask_purpose polite_brush_off"),
    case(
        "vague twice",
        [("0.8", "vague"), ("0.8", "vague")],
        "brushed_off",
        "greeting ask_purpose ask_again vague_brush_off",
    ),
    case(
        "vague, then honest",
        [("0.8", "vague"), ("0.8", "honest"), (HELD, "benefit")],
        "put_through",
        "greeting ask_purpose ask_again shock_pause what_for_boss put_through",
    ),
    case(
        "vague, then pretext",
        [("0.8", "vague"), ("0.8", "pretext")],
        "hung_up",
        "greeting ask_purpose ask_again seen_through",
    ),
    case(
        "vague, then flattery",
        [("0.8", "vague"), ("0.8", "flattery")],
        "brushed_off",
        "greeting ask_purpose ask_again polite_brush_off",
    ),
    case("monologue", [(LONG, "monologue")], "brushed_off", "greeting ask_purpose cut_off"),
    case(
        "vague, then monologue",
        [("0.8", "vague"), (LONG, "monologue")],
        "brushed_off",
        "greeting ask_purpose ask_again cut_off",
    ),
    case(
        "honest, held, monologue",
        [("0.8", "honest"), (HELD + "/40", "monologue")],
        "brushed_off",
        "greeting ask_purpose shock_pause what_for_boss cut_off",
    ),
]

WE_BUY_NOTHING = [
    case(
        "honest, held, dignified",
        [("0.8", "honest"), (HELD, "dignified")],
        "rejected",
        "greeting ask_purpose shock_pause we_buy_nothing respectful_goodbye",
    ),
    case(
        "honest, held, pushy, dignified",
        [("0.8", "honest"), (HELD, "pushy"), ("0.8", "dignified")],
        "rejected",
        "greeting ask_purpose shock_pause we_buy_nothing still_no respectful_goodbye",
    ),
    case(
        "honest, held, pushy twice",
        [("0.8", "honest"), (HELD, "pushy"), ("0.8", "pushy")],
        "hung_up",
        "greeting ask_purpose shock_pause we_buy_nothing still_no hang_up",
    ),
    case(
        "honest, broken, dignified",
        [("0.8", "honest"), (BROKEN, "break"), ("0.8", "dignified")],
        "rejected",
        "greeting ask_purpose shock_pause we_buy_nothing_annoyed respectful_goodbye",
    ),
    case(
        "honest, broken, pushy twice",
        [("0.8", "honest"), (BROKEN, "break"), ("0.8", "pushy"), ("0.8", "pushy")],
        "hung_up",
        "greeting ask_purpose shock_pause we_buy_nothing_annoyed still_no hang_up",
    ),
    case("pretext", [("0.8", "pretext")], "hung_up", "greeting ask_purpose seen_through"),
    case(
        "flattery, dignified",
        [("0.8", "flattery"), ("0.8", "dignified")],
        "rejected",
        "greeting ask_purpose we_buy_nothing respectful_goodbye",
    ),
    case(
        "vague twice, dignified",
        [("0.8", "vague"), ("0.8", "vague"), ("0.8", "dignified")],
        "rejected",
        "greeting ask_purpose ask_again we_buy_nothing respectful_goodbye",
    ),
    case(
        "vague, pretext",
        [("0.8", "vague"), ("0.8", "pretext")],
        "hung_up",
        "greeting ask_purpose ask_again seen_through",
    ),
    case("monologue", [(LONG, "monologue")], "hung_up", "greeting ask_purpose cut_off"),
    case(
        "vague, monologue",
        [("0.8", "vague"), (LONG, "monologue")],
        "hung_up",
        "greeting ask_purpose ask_again cut_off",
    ),
    case(
        "held, monologue",
        [("0.8", "honest"), (HELD + "/40", "monologue")],
        "hung_up",
        "greeting ask_purpose shock_pause we_buy_nothing cut_off",
    ),
    case(
        "broken, monologue",
        [("0.8", "honest"), (BROKEN, "break"), (LONG, "monologue")],
        "hung_up",
        "greeting ask_purpose shock_pause we_buy_nothing_annoyed cut_off",
    ),
    case(
        "pushy, monologue",
        [("0.8", "honest"), (HELD, "pushy"), (LONG, "monologue")],
        "hung_up",
        "greeting ask_purpose shock_pause we_buy_nothing still_no cut_off",
    ),
]

SUSPICIOUS = [
    case(
        "honest, held, benefit",
        [("0.8", "honest_yes"), (HELD, "benefit")],
        "put_through",
        "greeting suspicion shock_pause at_least_honest put_through",
    ),
    case(
        "honest, held, no benefit",
        [("0.8", "honest_yes"), (HELD, "no_benefit")],
        "brushed_off",
        "greeting suspicion shock_pause at_least_honest advantage_lost",
    ),
    case(
        "honest, broken",
        [("0.8", "honest_yes"), (BROKEN, "break")],
        "brushed_off",
        "greeting suspicion shock_pause advantage_lost",
    ),
    case(
        "plain yes, held, benefit",
        [("0.8", "plain_yes"), (HELD, "benefit")],
        "put_through",
        "greeting suspicion shock_pause at_least_honest put_through",
    ),
    case("pretext", [("0.8", "pretext")], "hung_up", "greeting suspicion seen_through"),
    case("plain no", [("0.8", "plain_no")], "hung_up", "greeting suspicion seen_through"),
    case("flattery", [("0.8", "flattery")], "brushed_off", "greeting suspicion flattery_brush_off"),
    case("vague", [("0.8", "vague")], "brushed_off", "greeting suspicion vague_brush_off"),
    case("monologue", [(LONG, "monologue")], "hung_up", "greeting suspicion cut_off"),
    case(
        "held, monologue",
        [("0.8", "honest_yes"), (HELD + "/40", "monologue")],
        "hung_up",
        "greeting suspicion shock_pause at_least_honest cut_off",
    ),
]

YES = [("0.8", "yes_sell"), (HELD, "advantage")]  # to the boss: honest, held, an advantage

BOSS = [
    case(
        "yes, advantage, asks about him, an hour",
        [*YES, ("0.8", "ask_him"), ("0.8", "meeting_hour")],
        "appointment",
        "hello suspicion shock_pause what_for_me go_on his_situation appointment",
    ),
    case("pretext", [("0.8", "pretext")], "hung_up", "hello suspicion seen_through"),
    case("flattery", [("0.8", "flattery")], "brushed_off", "hello suspicion show_off"),
    case(
        "vague, advantage, an hour",
        [("0.8", "vague"), ("0.8", "advantage"), ("0.8", "meeting_hour")],
        "appointment",
        "hello suspicion what_for_me go_on appointment",
    ),
    case(
        "yes, pressure",
        [("0.8", "yes_sell"), (HELD, "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me pushed",
    ),
    case(
        "yes, the show",
        [("0.8", "yes_sell"), (HELD, "show")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me show_off",
    ),
    case(
        "no advantage, then one, a meeting, an hour",
        [
            ("0.8", "yes_sell"),
            (HELD, "no_advantage"),
            ("0.8", "advantage"),
            ("0.8", "meeting"),
            ("0.8", "hour"),
        ],
        "appointment",
        "hello suspicion shock_pause what_for_me compared_to_today go_on how_long appointment",
    ),
    case(
        "no advantage, pressure",
        [("0.8", "yes_sell"), (HELD, "no_advantage"), ("0.8", "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me compared_to_today pushed",
    ),
    case(
        "no advantage twice",
        [("0.8", "yes_sell"), (HELD, "no_advantage"), ("0.8", "no_advantage")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me compared_to_today no_ask",
    ),
    case(
        "advantage, pressure",
        [*YES, ("0.8", "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me go_on pushed",
    ),
    case(
        "advantage, vague, an hour",
        [*YES, ("0.8", "vague"), ("0.8", "meeting_hour")],
        "appointment",
        "hello suspicion shock_pause what_for_me go_on what_now appointment",
    ),
    case(
        "advantage, vague, a meeting, five minutes",
        [*YES, ("0.8", "vague"), ("0.8", "meeting"), ("0.8", "short")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on what_now how_long too_short",
    ),
    case(
        "advantage, vague, pressure",
        [*YES, ("0.8", "vague"), ("0.8", "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me go_on what_now pushed",
    ),
    case(
        "advantage, vague twice",
        [*YES, ("0.8", "vague"), ("0.8", "vague")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on what_now no_ask",
    ),
    case(
        "asks about him, pressure",
        [*YES, ("0.8", "ask_him"), ("0.8", "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me go_on his_situation pushed",
    ),
    case(
        "asks about him, a meeting, pressure",
        [*YES, ("0.8", "ask_him"), ("0.8", "meeting"), ("0.8", "pressure")],
        "hung_up",
        "hello suspicion shock_pause what_for_me go_on his_situation how_long pushed",
    ),
    case(
        "asks about him, vague",
        [*YES, ("0.8", "ask_him"), ("0.8", "vague")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on his_situation no_ask",
    ),
    case("monologue", [(LONG, "monologue")], "brushed_off", "hello suspicion cut_off"),
    case(
        "yes, monologue",
        [("0.8", "yes_sell"), (HELD + "/40", "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me cut_off",
    ),
    case(
        "no advantage, monologue",
        [("0.8", "yes_sell"), (HELD, "no_advantage"), (LONG, "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me compared_to_today cut_off",
    ),
    case(
        "advantage, monologue",
        [*YES, (LONG, "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on cut_off",
    ),
    case(
        "asks about him, monologue",
        [*YES, ("0.8", "ask_him"), (LONG, "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on his_situation cut_off",
    ),
    case(
        "vague, monologue",
        [*YES, ("0.8", "vague"), (LONG, "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on what_now cut_off",
    ),
    case(
        "a meeting, monologue",
        [*YES, ("0.8", "meeting"), (LONG, "monologue")],
        "brushed_off",
        "hello suspicion shock_pause what_for_me go_on how_long cut_off",
    ),
]

BOSS_IN_A_HURRY = [
    case(
        "yes, advantage and an hour at once",
        [("0.8", "yes_sell"), ("0.8", "adv_meeting_hour")],
        "appointment",
        "hello what_for_me appointment",
    ),
    case(
        "yes, advantage, an hour",
        [("0.8", "yes_sell"), ("0.8", "advantage"), ("0.8", "meeting_hour")],
        "appointment",
        "hello what_for_me and_then appointment",
    ),
    case(
        "yes, advantage, a meeting without its length",
        [("0.8", "yes_sell"), ("0.8", "advantage"), ("0.8", "meeting")],
        "brushed_off",
        "hello what_for_me and_then too_short",
    ),
    case(
        "yes, advantage, pressure",
        [("0.8", "yes_sell"), ("0.8", "advantage"), ("0.8", "pressure")],
        "hung_up",
        "hello what_for_me and_then pushed",
    ),
    case(
        "yes, advantage, vague",
        [("0.8", "yes_sell"), ("0.8", "advantage"), ("0.8", "vague")],
        "brushed_off",
        "hello what_for_me and_then no_time",
    ),
    case(
        "yes, pressure",
        [("0.8", "yes_sell"), ("0.8", "pressure")],
        "hung_up",
        "hello what_for_me pushed",
    ),
    case(
        "yes, the show",
        [("0.8", "yes_sell"), ("0.8", "show")],
        "brushed_off",
        "hello what_for_me no_time",
    ),
    case(
        "yes, no advantage",
        [("0.8", "yes_sell"), ("0.8", "no_advantage")],
        "brushed_off",
        "hello what_for_me no_time",
    ),
    case("pretext", [("0.8", "pretext")], "hung_up", "hello seen_through"),
    case("vague", [("0.8", "vague")], "brushed_off", "hello no_time"),
    case("monologue", [(LONG, "monologue")], "brushed_off", "hello cut_off"),
    case(
        "yes, monologue",
        [("0.8", "yes_sell"), (LONG, "monologue")],
        "brushed_off",
        "hello what_for_me cut_off",
    ),
    case(
        "advantage, monologue",
        [("0.8", "yes_sell"), ("0.8", "advantage"), (LONG, "monologue")],
        "brushed_off",
        "hello what_for_me and_then cut_off",
    ),
]

CASES = {
    "standard-receptionist": RECEPTIONIST,
    "we-buy-nothing": WE_BUY_NOTHING,
    "suspicious": SUSPICIOUS,
    "boss-weber": BOSS,
    "boss-in-a-hurry": BOSS_IN_A_HURRY,
}
SCENARIOS = [f"{name}.{lang}" for name in CASES for lang in ("de", "en")]


@pytest.fixture(scope="module")
def loaded() -> dict[str, tuple[Scenario, Judge]]:
    out = {}
    for sid in SCENARIOS:
        scenario = load_scenario(REPO / "scenarios" / f"{sid}.yaml")
        out[sid] = (scenario, Judge(scenario.language, extra=scenario.judge))
    return out


def run_case(loaded, sid: str, c: Case, seed: int = 0):
    scenario, judge = loaded[sid]
    lang = scenario.language.value
    text = "\n".join(f"{timing} {SAY[lang][key]}" for timing, key in c.lines)
    return run_scripted(scenario, judge, parse_script(text, "case"), seed=seed, scenario_id=sid)


def scenario_is_boss(loaded, sid: str) -> bool:
    return loaded[sid][0].persona.role.value == "boss"


def graph_edges(scenario: Scenario) -> set[tuple[str, str]]:
    edges = set()
    for sid, step in scenario.steps.items():
        for route in step.routes:
            edges.add((sid, route.goto))
        if step.next:
            edges.add((sid, step.next))
        patience = scenario.patience_for(step)
        if patience is not None:
            edges.add((sid, patience.goto))
    return edges


@pytest.mark.parametrize(
    ("sid", "c"),
    [(sid, c) for sid in SCENARIOS for c in CASES[sid.rsplit(".", 1)[0]]],
    ids=lambda v: v if isinstance(v, str) else v.name.replace(" ", "_").replace(",", ""),
)
def test_route(loaded, sid: str, c: Case):
    report = run_case(loaded, sid, c)
    assert tuple(report.path) == c.path, [t.to_json() for t in report.turns]
    assert report.outcome is c.outcome
    card = report.scorecard
    assert 0 <= card.score <= 100
    assert card.score == round(sum(i.points for i in card.items))
    assert all(i.evidence and i.tip for i in card.items)
    if scenario_is_boss(loaded, sid):
        items = {i.item.value: i for i in card.items}
        assert "no_show" in items and "appointment" in items and "benefit" not in items
        if c.outcome is Outcome.appointment:
            assert items["appointment"].points == pytest.approx(items["appointment"].max_points)
    if "shock_pause" in c.path:
        after = next(
            i for i, (timing, _) in enumerate(c.lines) if timing.split("/")[0] in (HELD, BROKEN)
        )
        held = c.lines[after][0] != BROKEN
        assert report.trainee_broke_silence is (not held)
        trainee = [t for t in report.turns if t.speaker == "trainee"]
        pitch_end = trainee[after - 1].end_s
        next_onset = min(t.start_s for t in report.turns if t.start_s > pitch_end)
        # the silence is the gap on the timeline between the pitch and whoever spoke next
        assert report.silence_after_pitch_s == pytest.approx(next_onset - pitch_end, abs=1e-6)
        if held:
            assert report.silence_after_pitch_s == pytest.approx(report.shock_pause_s, abs=1e-6)
        else:
            assert report.silence_after_pitch_s == pytest.approx(0.5, abs=1e-6)


@pytest.mark.parametrize("sid", SCENARIOS)
def test_cases_cover_every_edge(loaded, sid: str):
    scenario, _ = loaded[sid]
    walked: set[tuple[str, str]] = set()
    for c in CASES[sid.rsplit(".", 1)[0]]:
        path = run_case(loaded, sid, c).path
        walked |= set(zip(path, path[1:], strict=False))
    assert graph_edges(scenario) - walked == set()


@pytest.mark.parametrize("sid", SCENARIOS)
def test_seed_changes_variants_not_routes(loaded, sid: str):
    c = CASES[sid.rsplit(".", 1)[0]][0]
    a, b = run_case(loaded, sid, c, seed=1), run_case(loaded, sid, c, seed=2)
    assert a.path == b.path and a.outcome == b.outcome
    assert run_case(loaded, sid, c, seed=1).to_json() == a.to_json()


@pytest.mark.parametrize(
    ("sid", "boss"),
    [
        ("standard-receptionist.de", "boss-weber.de"),
        ("standard-receptionist.en", "boss-weber.en"),
        ("suspicious.de", "boss-in-a-hurry.de"),
        ("suspicious.en", "boss-in-a-hurry.en"),
    ],
)
def test_put_through_goes_on_to_the_boss(loaded, sid: str, boss: str):
    """The bundled secretaries hand the call over: one call, her part and his."""
    from gatekeeper.session.call_setup import next_on_line

    scenario, judge = loaded[sid]
    lang = scenario.language.value
    then = next_on_line(REPO / "scenarios" / f"{sid}.yaml", scenario)
    assert [n.scenario_id for n in then] == [boss]
    first = "honest_yes" if sid.startswith("suspicious") else "honest"
    to_boss = (
        [("0.8", "yes_sell"), ("0.8", "adv_meeting_hour")]
        if "hurry" in boss
        else [*YES, ("0.8", "ask_him"), ("0.8", "meeting_hour")]
    )
    lines = [("0.8", first), (HELD, "benefit"), *to_boss]
    text = "\n".join(f"{timing} {SAY[lang][key]}" for timing, key in lines)
    report = run_scripted(
        scenario, judge, parse_script(text, "case"), seed=0, scenario_id=sid, then=then
    )
    assert report.outcome is Outcome.appointment
    assert [s.scenario for s in report.scorecard.sections] == [sid, boss]
    assert {t.section for t in report.turns} == {0, 1}
    personas = {t.persona for t in report.turns if t.speaker == "gatekeeper"}
    assert personas == {scenario.persona.name, then[0].scenario.persona.name}
