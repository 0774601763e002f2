"""Built-in coaching tips per score item, in each scenario language.

A tip says what to do next time, in the words of the technique (docs/technique.md). A
coach overrides any of them per scenario with the scenario's ``tips`` table; placeholders
like ``{boss}`` are filled from the persona either way.
"""

from __future__ import annotations

from gatekeeper.scenario.model import Language, Scenario, ScoreItem

BUILTIN_TIPS: dict[Language, dict[ScoreItem, str]] = {
    Language.de: {
        ScoreItem.honesty: "Sagen Sie kurz und trocken die Wahrheit: „Ich möchte Ihren Chef "
        "gerne als Kunden für unser Unternehmen gewinnen.“",
        ScoreItem.brevity: "Ein Satz genügt. Kein Verkäuferblabla – je kürzer der Pitch, desto "
        "größer die Wirkung.",
        ScoreItem.silence: "Nach dem ehrlichen Satz: Mund zu. Halten Sie die Stille aus, bis "
        "{name} zuerst spricht.",
        ScoreItem.no_flattery: "Keine Show, kein Honig um den Mund: sprechen Sie mit {name} als "
        "Partnerin, nicht als Publikum.",
        ScoreItem.no_pretext: "Kein Vorwand wie „Ich will mich nur mal vorstellen“ – das wird "
        "durchschaut. Sagen Sie offen, dass Sie verkaufen wollen.",
        ScoreItem.benefit: "Nennen Sie einen kleinen, konkreten Vorteil gegenüber heute – was "
        "{boss} davon hat, in Zahlen, wenn möglich.",
        ScoreItem.dignity: "Bei einem klaren Nein: bedanken, freundlich verabschieden, mit "
        "erhobenem Haupt auflegen – kein Betteln, kein Druck.",
        ScoreItem.fillers: "Weniger „ähm“ und „also“: lieber eine kurze Pause machen als "
        "Füllwörter sprechen.",
        ScoreItem.no_show: "Keine Show für den König: wenige Sätze, dann ist {name} dran. "
        "Kein Eigenlob, keine Superlative.",
        ScoreItem.asks_about_him: "Fragen Sie nach seiner Lage: „Wie lösen Sie das heute?“ – "
        "ein Partner interessiert sich für den anderen.",
        ScoreItem.advantage_over_today: "Ein kleiner, konkreter Vorteil gegenüber heute: "
        "„statt drei Tagen einer“, „zwei Euro weniger als Ihr jetziger Lieferant“.",
        ScoreItem.appointment: "Bitten Sie um den Termin – mit der ehrlichen Dauer: „Geben Sie "
        "mir eine Stunde.“ Nicht „nur fünf Minuten“.",
        ScoreItem.confident: "Selbstbewusst: ohne „eigentlich“, „nur mal kurz“, „vielleicht“; "
        "Aussagen enden unten und laut, nicht wie eine Frage.",
        ScoreItem.not_arrogant: "Selbstbewusst, nicht arrogant: kein „Sie müssen“, kein Druck, "
        "{name} ausreden lassen.",
    },
    Language.en: {
        ScoreItem.honesty: "Tell the truth, short and dry: \"I'd like to win {boss} as a "
        'customer for our company."',
        ScoreItem.brevity: "One sentence is enough. No sales talk – the shorter the pitch, the "
        "stronger it lands.",
        ScoreItem.silence: "After the honest sentence: stop talking. Hold the silence until "
        "{name} speaks first.",
        ScoreItem.no_flattery: "No show, no buttering up: talk to {name} as a partner, not an "
        "audience.",
        ScoreItem.no_pretext: 'No pretext like "I just want to introduce myself" – it is seen '
        "through. Say openly that you want to sell.",
        ScoreItem.benefit: "Name one small, concrete advantage over today – what {boss} gets out "
        "of it, in numbers if you can.",
        ScoreItem.dignity: "Faced with a flat no: thank them, say goodbye kindly and leave with "
        "your head held high – no begging, no pressure.",
        ScoreItem.fillers: 'Fewer "um" and "like": a short pause is better than a filler word.',
        ScoreItem.no_show: "No show for the king: a few sentences, then it is {name}'s turn. "
        "No self-praise, no superlatives.",
        ScoreItem.asks_about_him: 'Ask about his situation: "How do you handle that today?" – '
        "a partner is interested in the other side.",
        ScoreItem.advantage_over_today: 'One small, concrete advantage over today: "one day '
        'instead of three", "two dollars less than your current supplier".',
        ScoreItem.appointment: 'Ask for the appointment – with its honest length: "Give me an '
        'hour." Not "just five minutes".',
        ScoreItem.confident: 'Self-confident: no "just", "I was wondering", "maybe"; '
        "statements end low and clear, not like a question.",
        ScoreItem.not_arrogant: 'Confident, not arrogant: no "you have to", no pressure, let '
        "{name} finish.",
    },
}


def tip_for(scenario: Scenario, item: ScoreItem) -> str:
    """The scenario's own tip for ``item`` if it has one, else the built-in one in the
    scenario's language, with the persona's names filled in."""
    text = scenario.tips.get(item.value) or BUILTIN_TIPS[scenario.language][item]
    return scenario.fill(text)
