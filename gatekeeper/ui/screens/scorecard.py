"""The scorecard: score out of 100, each item with its evidence and tip, the call's timeline,
this trainee's earlier attempts at the scenario, and the recording."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Label, Sparkline, Static

from gatekeeper.dialogue.types import CallReport
from gatekeeper.scenario.model import Turn
from gatekeeper.store import CallSummary, StoreError
from gatekeeper.ui.background import in_background
from gatekeeper.ui.i18n import number, t
from gatekeeper.ui.ports import CallSetup
from gatekeeper.ui.widgets.timeline import Span, Timeline

if TYPE_CHECKING:
    from gatekeeper.ui.app import GatekeeperApp


def _first(values: list[int]) -> str:
    return str(values[0]) if values else "–"


def _last(values: list[int]) -> str:
    return str(values[-1]) if values else "–"


def _seconds(values: list[float]) -> str:
    return f"{number(values[0])} s" if values else "–"


def silence_text(report: CallReport) -> str:
    s = report.silence_after_pitch_s
    if s is None:
        return t("score.silence.none")
    if report.trainee_broke_silence:
        return t("score.silence.broken", seconds=number(s))
    if report.trainee_broke_silence is False:
        return t("score.silence.held", seconds=number(s))
    return t("score.silence.hung_up", seconds=number(s))


class ScorecardScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", show=False),
        Binding("enter", "back", show=False),
        Binding("a", "again", show=False),
        Binding("p", "play", show=False),
    ]

    app: GatekeeperApp

    def __init__(self, setup: CallSetup, report: CallReport, summary: CallSummary | None) -> None:
        super().__init__()
        self.setup = setup
        self.report = report
        self.summary = summary

    def compose(self) -> ComposeResult:
        report = self.report
        with Horizontal(id="score-top"):
            with Vertical(id="score-box"):
                yield Label(t("score.title"), classes="heading")
                yield Digits(f"{report.scorecard.score}", id="score")
                yield Label(t("score.out_of"), id="score-out-of")
            with Vertical(id="score-facts"):
                yield Label(self.setup.scenario.scenario.title, classes="heading")
                yield Label(t(f"outcome.{report.outcome.value}"), id="outcome")
                pitch = t(f"kind.{report.pitch_kind.value}") if report.pitch_kind else "–"
                yield Label(t("score.pitch", kind=pitch), id="pitch")
                yield Label(silence_text(report), id="silence-fact")
            with Vertical(id="attempts-box"):
                yield Label(t("score.attempts"), classes="heading")
                yield Static("", id="attempts-score")
                yield Sparkline([], id="trend-score")
                yield Static("", id="attempts-silence")
                yield Sparkline([], id="trend-silence")
        yield Timeline(
            [Span(turn.speaker, turn.start_s, turn.end_s) for turn in report.turns],
            report.duration_s,
            self._silence_span(),
            None if report.trainee_broke_silence is None else not report.trainee_broke_silence,
            id="timeline",
        )
        contour = self._pitch_contour()
        if contour is not None:
            label, values = contour
            with Horizontal(id="contour-box"):
                yield Label(label, id="contour-label")
                yield Sparkline(values, id="contour")
        with VerticalScroll(id="score-body"):
            yield Static(self._items(), id="items")
        yield Static("", id="status")
        yield Static(t("keys.score"), id="keys")

    def _silence_span(self) -> tuple[float, float] | None:
        s = self.report.silence_after_pitch_s
        pitches = [
            turn
            for turn in self.report.turns
            if turn.judgement is not None
            and turn.judgement.turn is Turn.pitch
            and turn.judgement.kind == self.report.pitch_kind
        ]
        pitch = pitches[-1] if pitches else None
        if s is None or pitch is None:
            return None
        return pitch.end_s, pitch.end_s + s

    def _pitch_contour(self) -> tuple[str, list[float]] | None:
        """The pitch sentence's melody as the microphone heard it (voice calls only)."""
        pitches = [
            turn
            for turn in self.report.turns
            if turn.judgement is not None
            and turn.judgement.turn is Turn.pitch
            and turn.section == 0
            and turn.delivery is not None
        ]
        if not pitches or not pitches[0].delivery.contour_st:  # type: ignore[union-attr]
            return None
        pitch = pitches[0]
        delivery = pitch.delivery
        assert delivery is not None
        when = f"{number(pitch.start_s)}–{number(pitch.end_s)} s"
        from gatekeeper.speech.prosody import contour_of

        how = t(f"score.contour_how.{contour_of(delivery.pitch_movement_st) or 'unknown'}")
        return t("score.contour", when=when, how=how), list(delivery.contour_st)

    def _items(self) -> Table:
        table = Table(expand=True, show_edge=False, pad_edge=False)
        table.add_column(t("score.col.item"), ratio=2, no_wrap=True)
        table.add_column(t("score.col.points"), justify="right", no_wrap=True)
        table.add_column(t("score.col.evidence"), ratio=4)
        table.add_column(t("score.col.tip"), ratio=4)
        sections = self.report.scorecard.sections
        shown = -1
        for line in self.report.scorecard.items:
            if sections and line.section != shown:
                shown = line.section
                head = sections[shown]
                table.add_row(
                    Text(
                        t(
                            "score.section",
                            persona=head.persona,
                            role=t(f"score.role.{head.role}"),
                            score=head.score,
                        ),
                        style="bold",
                    ),
                    "",
                    "",
                    "",
                )
            full = line.points >= line.max_points - 1e-6
            style = "green" if full else ("yellow" if line.points > 0 else "red")
            table.add_row(
                t(f"item.{line.item.value}"),
                Text(f"{line.points:.0f}/{line.max_points:.0f}", style=style),
                line.evidence,
                "" if full else line.tip,
            )
        return table

    def on_mount(self) -> None:
        """The trend of this trainee's attempts at the scenario: score and silence held."""
        try:
            attempts = self.app.services.store.attempts(
                self.setup.trainee.id, self.setup.scenario.id
            )
        except StoreError as e:
            self.query_one("#attempts-score", Static).update(str(e))
            return
        scores = [a.score for a in attempts if a.score is not None]
        silences = [
            a.silence_after_pitch_s for a in attempts if a.silence_after_pitch_s is not None
        ]
        if len(attempts) <= 1:
            self.query_one("#attempts-score", Static).update(
                Text(t("score.first_attempt"), style="dim")
            )
        else:
            self.query_one("#attempts-score", Static).update(
                t(
                    "score.trend_score",
                    count=len(attempts),
                    first=_first(scores),
                    last=_last(scores),
                    best=max(scores) if scores else "–",
                )
            )
            self.query_one("#attempts-silence", Static).update(
                t(
                    "score.trend_silence",
                    first=_seconds(silences[:1]),
                    last=_seconds(silences[-1:]),
                    best=_seconds([max(silences)] if silences else []),
                )
            )
        self.query_one("#trend-score", Sparkline).data = [float(x) for x in scores]
        self.query_one("#trend-silence", Sparkline).data = silences
        self.query_one("#trend-score").display = len(scores) > 1
        self.query_one("#trend-silence").display = len(silences) > 1

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_again(self) -> None:
        self.app.start_call(self.setup.scenario, self.setup.trainee, replace=True)

    def action_play(self) -> None:
        path = self.summary.recording_path if self.summary is not None else None
        status = self.query_one("#status", Static)
        if path is None or not path.exists():
            status.update(t("score.no_recording"))
            return
        if self.app.services.playback is None:
            status.update(t("score.no_playback"))
            return
        status.update(t("score.playing", path=str(path)))
        self.play(path)

    def play(self, path) -> None:
        """In a daemon thread (Ctrl+Q never waits for a recording to end); the audio side
        plays one recording at a time."""
        playback = self.app.services.playback
        assert playback is not None
        status = self.query_one("#status", Static)

        def run() -> None:
            playback(path)
            self.app.call_from_thread(status.update, t("score.played"))

        def failed(error: BaseException) -> None:
            self.app.call_from_thread(status.update, t("score.play_failed", error=str(error)))

        in_background("playback", run, failed)
