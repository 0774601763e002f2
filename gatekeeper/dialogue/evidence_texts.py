"""The scorecard's evidence in each scenario language: one template per message and language.

The scorecard's rules compute the facts (which words were said, at which times, judged how);
this catalog words them, so a German trainee reads German evidence next to the German tip.
The ``report.*`` keys word the rest of a call as the terminal shows it (``gatekeeper call``):
who said what, the outcome, the silence after the pitch, the score.
Templates are filled with ``str.format`` named fields. A number's format spec (``{held:.1f}``)
sets its precision in the template and the language sets the decimal mark, so "3.2 s" in
English is "3,2 s" in German and every number can still be found on the timeline.

Keys ending in ``.one`` / ``.other`` are the singular and plural of a count
(:meth:`EvidenceWording.count`); ``kind.<kind>`` is how a judged kind is named. Pure and
stdlib only, like the built-in tips.
"""

from __future__ import annotations

from string import Formatter

EVIDENCE_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # the pieces every item uses
        "quote": '"{text}"',
        "quote.cut": '"{text} ..."',
        "span": "({start:.1f}–{end:.1f} s)",
        "matched": ' ("{phrase}")',
        "nothing_said": "nothing said",
        "answer_count.one": "{count} answer",
        "answer_count.other": "{count} answers",
        "kind.honest": "honest",
        "kind.pretext": "pretext",
        "kind.flattery": "flattery",
        "kind.vague": "vague",
        "kind.dignified": "dignified",
        "kind.pushy": "pushy",
        # honesty
        "honesty.no_pitch": "no answer to the question what the call is about",
        "honesty.judged": "{quote} {span} — judged {kind}{matched}",
        # brevity
        "brevity.no_pitch": "no pitch given",
        "brevity.measured": "{quote} — {words}, {seconds:.1f} s {span}; "
        "target ≤ {max_words} words, ≤ {max_s:.1f} s{cut}",
        "brevity.cut": "; cut off by the gatekeeper",
        "word_count.one": "{count} word",
        "word_count.other": "{count} words",
        # silence
        "silence.span": "({start:.1f} s → {end:.1f} s)",
        "silence.held": "held {held:.1f} s after the pitch {span} until {gatekeeper} spoke; "
        "goal {goal:.1f} s",
        "silence.broken": "broke the silence after {held:.1f} s {span}{breaker}; "
        "{gatekeeper} would have spoken after {planned:.1f} s; goal {goal:.1f} s",
        "silence.breaker": " with {quote}",
        "silence.hung_up": "hung up during the silence after {held:.1f} s {span}; "
        "goal {goal:.1f} s",
        # no_flattery, no_pretext
        "clean.judged": "{quote} at {start:.1f} s — judged {kind}{matched}",
        "clean.contains": "{quote} at {start:.1f} s — contains {kind}{matched}",
        "clean.hits": "{hits} ({count} of {answers})",
        "clean.none": "no {kind} in {answers}",
        # benefit
        "benefit.question": "asked {quote} at {start:.1f} s; ",
        "benefit.answered": "{question}answered {quote} {span} — concrete benefit{matched}",
        "benefit.earlier": "{question}no benefit in the answer, but named one earlier: "
        "{quote} {span}",
        "benefit.missing": "{question}answered {quote} {span} — no concrete benefit",
        "benefit.no_answer": "{question}no answer",
        # dignity
        "dignity.answer": "{quote} {span} — {kind}{matched}",
        # fillers
        "fillers.rate": "{fillers}{which} in {seconds:.1f} s of speech = {rate:.1f}/min; "
        "ok ≤ {ok:.1f}/min",
        "fillers.which": " ({words})",
        "filler_count.one": "{count} filler",
        "filler_count.other": "{count} fillers",
        # the call on the terminal (gatekeeper call)
        # what the boss listens for
        "move.answer": "{quote} {span}{matched}",
        "show.longest": "longest talk without a turn, question or pause for him: {words}, "
        "{seconds:.1f} s "
        "({start:.1f}–{end:.1f} s); target ≤ {max_words} words, ≤ {max_s:.1f} s",
        "show.praise": "the show: {answer}",
        "asks.yes": "asked about him: {answer}",
        "asks.no": "no question about his situation in {answers}",
        "advantage.yes": "advantage over today: {answer}",
        "advantage.benefit_only": "a benefit, but not against what he has today: {answer}",
        "advantage.no": "no advantage over what he has today",
        "appointment.no": "no request for an appointment",
        "appointment.honest": "asked for the appointment with its honest length: {answer}",
        "appointment.no_length": "asked for the appointment, but not for how long: {answer}",
        "confident.hedge": "hedge: {answer}",
        "confident.uptalk": "statement ending like a question: {quote} {span}, "
        "pitch +{st:.1f} semitones in the last second",
        "confident.fading": "voice fading away: {quote} {span}, {db:.1f} dB quieter at the end",
        "confident.clean_words": "no hedges in {answers} (voice not measured)",
        "confident.clean_voice": "no hedges, no rising or fading endings in {answers}",
        "arrogant.pressure": "pressure: {answer}",
        "arrogant.cut_off": "talked over {boss}: {quote} at {start:.1f} s",
        "arrogant.none": "no pressure, no talking over him in {answers}",
        "report.intro": "{title} — type your answers, Enter sends, Ctrl-D hangs up.",
        "report.header": "{title} ({scenario}), seed {seed}",
        "report.when": "{start:6.1f}–{end:5.1f} s",
        "report.trainee": "You",
        "report.benefit": "benefit",
        "report.cut_off": "cut off",
        "report.barged_in": "talked over her",
        "report.outcome": "Outcome: {outcome}   duration {duration:.1f} s",
        "report.silence": "Silence after the pitch: {silence:.1f} s ({how}{planned})",
        "report.silence.broken": "you broke it",
        "report.silence.held": "held until she spoke",
        "report.silence.hung_up": "hung up",
        "report.planned": "; her pause {planned:.1f} s",
        "report.no_pause": "Pitch: {kind} (no shock pause)",
        "report.section": "— {persona} ({role}): {score}/100",
        "report.role.gatekeeper": "at the gate",
        "report.role.boss": "the boss",
        "move.show": "the show",
        "move.asks_about_him": "asks about him",
        "move.advantage_over_today": "advantage over today",
        "move.asks_for_appointment": "asks for the appointment",
        "move.honest_time_ask": "honest length",
        "move.hedge": "hedge",
        "move.pressure": "pressure",
        "report.score": "Score: {score}/100",
        "report.points": "{points:5.1f} / {max_points:4.1f}",
        "report.tip": "Tip: {tip}",
        "report.hold_it": "… (she is silent — hold it)",
        "report.pause_ended.held": "silence held at {seconds:.1f} s",
        "report.pause_ended.broken": "silence broken at {seconds:.1f} s",
    },
    "de": {
        "quote": "„{text}“",
        "quote.cut": "„{text} …“",
        "span": "({start:.1f}–{end:.1f} s)",
        "matched": " („{phrase}“)",
        "nothing_said": "nichts gesagt",
        "answer_count.one": "{count} Antwort",
        "answer_count.other": "{count} Antworten",
        "kind.honest": "ehrlich",
        "kind.pretext": "Vorwand",
        "kind.flattery": "Schmeichelei",
        "kind.vague": "vage",
        "kind.dignified": "würdevoll",
        "kind.pushy": "aufdringlich",
        "honesty.no_pitch": "keine Antwort auf die Frage, worum es geht",
        "honesty.judged": "{quote} {span} – eingestuft als {kind}{matched}",
        "brevity.no_pitch": "kein Einstieg",
        "brevity.measured": "{quote} – {words}, {seconds:.1f} s {span}; "
        "Ziel ≤ {max_words} Wörter, ≤ {max_s:.1f} s{cut}",
        "brevity.cut": "; vom Vorzimmer unterbrochen",
        "word_count.one": "{count} Wort",
        "word_count.other": "{count} Wörter",
        "silence.span": "({start:.1f} s → {end:.1f} s)",
        "silence.held": "Stille nach dem Einstieg {held:.1f} s gehalten {span}, "
        "bis {gatekeeper} sprach; Ziel {goal:.1f} s",
        "silence.broken": "Stille nach {held:.1f} s gebrochen {span}{breaker}; "
        "{gatekeeper} hätte nach {planned:.1f} s gesprochen; Ziel {goal:.1f} s",
        "silence.breaker": " mit {quote}",
        "silence.hung_up": "während der Stille nach {held:.1f} s aufgelegt {span}; "
        "Ziel {goal:.1f} s",
        "clean.judged": "{quote} bei {start:.1f} s – eingestuft als {kind}{matched}",
        "clean.contains": "{quote} bei {start:.1f} s – enthält eine Spur {kind}{matched}",
        "clean.hits": "{hits} ({count} von {answers})",
        "clean.none": "{answers} ohne {kind}",
        "benefit.question": "Frage {quote} bei {start:.1f} s; ",
        "benefit.answered": "{question}Antwort {quote} {span} – konkreter Nutzen{matched}",
        "benefit.earlier": "{question}kein Nutzen in der Antwort, aber schon vorher einen "
        "genannt: {quote} {span}",
        "benefit.missing": "{question}Antwort {quote} {span} – kein konkreter Nutzen",
        "benefit.no_answer": "{question}keine Antwort",
        "dignity.answer": "{quote} {span} – {kind}{matched}",
        "fillers.rate": "{fillers}{which} in {seconds:.1f} s Sprechzeit = {rate:.1f}/min; "
        "akzeptabel ≤ {ok:.1f}/min",
        "fillers.which": " ({words})",
        "filler_count.one": "{count} Füllwort",
        "filler_count.other": "{count} Füllwörter",
        # what the boss listens for
        "move.answer": "{quote} {span}{matched}",
        "show.longest": "längster Redeanteil ohne Wort, Frage oder Pause für ihn: {words}, "
        "{seconds:.1f} s "
        "({start:.1f}–{end:.1f} s); Ziel ≤ {max_words} Wörter, ≤ {max_s:.1f} s",
        "show.praise": "die Show: {answer}",
        "asks.yes": "nach ihm gefragt: {answer}",
        "asks.no": "keine Frage nach seiner Lage in {answers}",
        "advantage.yes": "Vorteil gegenüber heute: {answer}",
        "advantage.benefit_only": "ein Nutzen, aber nicht gegenüber dem, was er heute hat: "
        "{answer}",
        "advantage.no": "kein Vorteil gegenüber dem, was er heute hat",
        "appointment.no": "nicht um einen Termin gebeten",
        "appointment.honest": "um den Termin gebeten, mit ehrlicher Dauer: {answer}",
        "appointment.no_length": "um den Termin gebeten, aber ohne Dauer: {answer}",
        "confident.hedge": "Weichmacher: {answer}",
        "confident.uptalk": "Aussage endet wie eine Frage: {quote} {span}, "
        "Tonhöhe +{st:.1f} Halbtöne in der letzten Sekunde",
        "confident.fading": "Stimme wird leiser: {quote} {span}, am Ende {db:.1f} dB leiser",
        "confident.clean_words": "keine Weichmacher in {answers} (Stimme nicht gemessen)",
        "confident.clean_voice": "keine Weichmacher, kein steigendes oder leiser werdendes "
        "Satzende in {answers}",
        "arrogant.pressure": "Druck: {answer}",
        "arrogant.cut_off": "{boss} ins Wort gefallen: {quote} bei {start:.1f} s",
        "arrogant.none": "kein Druck, niemandem ins Wort gefallen in {answers}",
        "report.intro": "{title} — Antworten eintippen, Enter sendet, Strg-D legt auf.",
        "report.header": "{title} ({scenario}), Seed {seed}",
        "report.when": "{start:6.1f}–{end:5.1f} s",
        "report.trainee": "Du",
        "report.benefit": "Nutzen",
        "report.cut_off": "unterbrochen",
        "report.barged_in": "ins Wort gefallen",
        "report.outcome": "Ergebnis: {outcome}   Dauer {duration:.1f} s",
        "report.silence": "Stille nach dem Einstieg: {silence:.1f} s ({how}{planned})",
        "report.silence.broken": "du hast sie gebrochen",
        "report.silence.held": "gehalten, bis sie sprach",
        "report.silence.hung_up": "aufgelegt",
        "report.planned": "; ihre Pause {planned:.1f} s",
        "report.no_pause": "Einstieg: {kind} (keine Schockpause)",
        "report.section": "— {persona} ({role}): {score}/100",
        "report.role.gatekeeper": "am Empfang",
        "report.role.boss": "der Chef",
        "move.show": "Show",
        "move.asks_about_him": "fragt nach ihm",
        "move.advantage_over_today": "Vorteil gegenüber heute",
        "move.asks_for_appointment": "bittet um den Termin",
        "move.honest_time_ask": "ehrliche Dauer",
        "move.hedge": "Weichmacher",
        "move.pressure": "Druck",
        "report.score": "Punkte: {score}/100",
        "report.points": "{points:5.1f} / {max_points:4.1f}",
        "report.tip": "Tipp: {tip}",
        "report.hold_it": "… (sie schweigt — aushalten)",
        "report.pause_ended.held": "Stille gehalten: {seconds:.1f} s",
        "report.pause_ended.broken": "Stille gebrochen bei {seconds:.1f} s",
    },
}

DECIMAL_MARK: dict[str, str] = {"en": ".", "de": ","}


def placeholders(template: str) -> set[tuple[str, str]]:
    """A template's named fields with their format specs: what a translation must keep."""
    return {
        (name, spec or "") for _, name, spec, _ in Formatter().parse(template) if name is not None
    }


class _Localised(Formatter):
    """``str.format`` with the language's decimal mark in fixed-point numbers."""

    def __init__(self, decimal_mark: str) -> None:
        super().__init__()
        self.decimal_mark = decimal_mark

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if format_spec.endswith("f") and self.decimal_mark != ".":
            text = text.replace(".", self.decimal_mark)
        return text


class EvidenceWording:
    """The catalog in one language: the scorecard asks it for each message by key."""

    def __init__(self, language: str) -> None:
        if language not in EVIDENCE_TEXTS:
            raise ValueError(f"no evidence texts for language {language!r}")
        self.language = str(language)
        self._texts = EVIDENCE_TEXTS[self.language]
        self._formatter = _Localised(DECIMAL_MARK[self.language])

    def __call__(self, key: str, **fields: object) -> str:
        return self._formatter.format(self._texts[key], **fields)

    def count(self, key: str, count: int) -> str:
        """``<key>.one`` for exactly one, else ``<key>.other``, with the count filled in."""
        return self(f"{key}.{'one' if count == 1 else 'other'}", count=count)

    def kind(self, kind: str) -> str:
        return self(f"kind.{kind}")
