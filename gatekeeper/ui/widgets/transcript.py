"""The live transcript: who said what, when, and what the judge made of it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import RichLog

from gatekeeper.dialogue.types import Judgement
from gatekeeper.ui.i18n import number, t


def clock(seconds: float) -> str:
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes):02d}:{number(rest).zfill(4)}"


class Transcript(RichLog):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, wrap=True, markup=False, highlight=False, auto_scroll=True)

    def gatekeeper(self, name: str, text: str, at_s: float, interrupting: bool) -> None:
        line = Text(f"{clock(at_s)}  ", style="dim")
        line.append(f"{name}: ", style="bold magenta")
        line.append(text)
        if interrupting:
            line.append(f"  ({t('call.transcript.interrupting')})", style="italic")
        self.write(line)

    def trainee(self, text: str, at_s: float, judgement: Judgement | None) -> None:
        line = Text(f"{clock(at_s)}  ", style="dim")
        line.append(f"{t('call.transcript.you')}: ", style="bold cyan")
        line.append(text)
        if judgement is not None:
            verdict = t(f"kind.{judgement.kind.value}")
            if judgement.benefit:
                verdict += ", " + t("kind.benefit")
            line.append(f"  [{verdict}]", style="yellow")
        self.write(line)

    def note(self, text: str, at_s: float | None = None) -> None:
        line = Text(f"{clock(at_s)}  " if at_s is not None else "       ", style="dim")
        line.append(text, style="italic dim")
        self.write(line)
