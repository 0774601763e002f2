"""A call for a human: live lines while it runs (by voice or typed), then the report —
transcript with times and verdicts, outcome and scorecard, in the scenario's language (the
``--json`` report is :meth:`CallReport.to_json`)."""

from __future__ import annotations

from typing import TextIO

import click

from gatekeeper.commands.output import EXIT_INTERNAL, emit
from gatekeeper.dialogue.evidence_texts import EvidenceWording
from gatekeeper.dialogue.types import CallReport, Judgement
from gatekeeper.scenario.model import Kind, Scenario
from gatekeeper.session.events import (
    CallDriver,
    CallEvent,
    CallFailed,
    GatekeeperSpoke,
    Progress,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeTranscribed,
)


def verdict_note(say: EvidenceWording, j: Judgement, section: int = 0) -> str:
    """How an answer was judged, in a few words: its kind (and benefit) at the gate; to the
    boss, the moves he heard (a vague kind says nothing there), and a lie or show by name."""
    kind = say.kind(j.kind) + (", " + say("report.benefit") if j.benefit else "")
    if section == 0 or not j.moves:
        return kind
    moves = [say(f"move.{m}") for m in sorted(j.moves)]
    return ", ".join(moves if j.kind is Kind.vague else [say.kind(j.kind), *moves])


def format_report(report: CallReport, scenario: Scenario) -> str:
    """The call for a human, in the scenario's language: transcript with times and verdicts,
    outcome, scorecard. Item and outcome names stay the identifiers of the JSON report."""
    say = EvidenceWording(scenario.language)
    name = scenario.persona.name
    out = [
        say(
            "report.header", title=scenario.title, scenario=report.scenario or "-", seed=report.seed
        ),
        "",
    ]
    for t in report.turns:
        who = (t.persona or name) if t.speaker == "gatekeeper" else say("report.trainee")
        notes = []
        if t.judgement is not None:
            notes.append(verdict_note(say, t.judgement, t.section))
        if t.interrupted:
            notes.append(say("report.cut_off"))
        if t.barged_in:
            notes.append(say("report.barged_in"))
        note = f"  [{'; '.join(notes)}]" if notes else ""
        when = say("report.when", start=t.start_s, end=t.end_s)
        out.append(f"{when}  {who}: {t.text}{note}")
    out.append("")
    out.append(say("report.outcome", outcome=report.outcome.value, duration=report.duration_s))
    if report.silence_after_pitch_s is not None:
        how = {True: "broken", False: "held", None: "hung_up"}[report.trainee_broke_silence]
        planned = (
            say("report.planned", planned=report.shock_pause_s) if report.shock_pause_s else ""
        )
        out.append(
            say(
                "report.silence",
                silence=report.silence_after_pitch_s,
                how=say(f"report.silence.{how}"),
                planned=planned,
            )
        )
    elif report.pitch_kind is not None:
        out.append(say("report.no_pause", kind=say.kind(report.pitch_kind)))
    out.append("")
    out.append(say("report.score", score=report.scorecard.score))
    sections = report.scorecard.sections
    shown = -1
    for line in report.scorecard.items:
        if sections and line.section != shown:
            shown = line.section
            head = sections[shown]
            role = say(f"report.role.{head.role}")
            out.append(say("report.section", persona=head.persona, role=role, score=head.score))
        points = say("report.points", points=line.points, max_points=line.max_points)
        out.append(f"  {line.item.value:<12} {points:>13}  {line.evidence}")
        out.append(f"  {'':<12} {'':>13}  {say('report.tip', tip=line.tip)}")
    return "\n".join(out)


class CallPrinter:
    """Shows the call as it happens: progress bars for long waits, then who said what."""

    def __init__(self, stream: TextIO, speaker: str, language: str = "en") -> None:
        self.stream = stream
        self.speaker = speaker
        self.say = EvidenceWording(language)
        self.failed: str | None = None
        self._bar_label: str | None = None
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._plain_done: set[str] = set()  # labels already reported as finished

    def __call__(self, event: CallEvent) -> None:
        if isinstance(event, Progress):
            self._progress(event)
            return
        self.end_bar()
        if isinstance(event, GatekeeperSpoke):
            who = event.speaker or self.speaker
            self._line(f"{event.start_s:6.1f} s  {who}: {event.text}")
        elif isinstance(event, TraineeTranscribed) and event.text:
            j = event.judgement
            kind = f"  [{verdict_note(self.say, j, 1 if j and j.moves else 0)}]" if j else ""
            you = self.say("report.trainee")
            self._line(f"{event.start_s:6.1f} s  {you}: {event.text}{kind}")
        elif isinstance(event, ShockPauseStarted):
            self._line(f"{event.silence_from_s:6.1f} s  {self.say('report.hold_it')}")
        elif isinstance(event, ShockPauseEnded):
            how = "held" if event.held else "broken"
            ended = self.say(f"report.pause_ended.{how}", seconds=event.silence_s)
            self._line(f"         {ended}")
        elif isinstance(event, CallFailed):
            self.failed = event.message

    def _progress(self, p: Progress) -> None:
        if not self._tty:
            self._plain_progress(p)
            return
        if p.total:
            width = 24
            filled = int(width * min(1.0, p.done / p.total))
            bar = "#" * filled + "." * (width - filled)
            text = f"\r{p.label} [{bar}] {p.done:.0f}/{p.total:.0f}"
        else:
            text = f"\r{p.label} …"
        self.stream.write(text)
        self.stream.flush()
        self._bar_label = p.label

    def _plain_progress(self, p: Progress) -> None:
        """A log or a pipe gets whole lines, no ``\\r`` redraws: one line when a wait
        begins and one when it is done."""
        finished = p.total is not None and p.done >= p.total
        if p.label != self._bar_label:
            self._bar_label = p.label
            if not finished:
                self._line(f"{p.label} …")
        if finished and p.label not in self._plain_done:
            self._plain_done.add(p.label)
            self._line(f"{p.label} done")
        self._bar_label = None if finished else p.label

    def end_bar(self) -> None:
        if not self._tty:
            self._bar_label = None
            return
        if self._bar_label is not None:
            self.stream.write("\n")
            self._bar_label = None

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def run_and_report(
    call: CallDriver, printer: CallPrinter, scenario: Scenario, as_json: bool
) -> int:
    """Run a call with its live lines, then print the report (or one JSON object); a call
    that failed keeps what was said, names the reason on stderr and exits 1."""
    report = call.run(printer)
    printer.end_bar()
    payload = report.to_json() if report is not None else {}
    if printer.failed:
        payload["error"] = printer.failed
    emit(payload, as_json, lambda: "\n" + format_report(report, scenario) if report else "")
    if printer.failed:
        click.echo(f"gatekeeper: {printer.failed}", err=True)
        return EXIT_INTERNAL
    return 0
