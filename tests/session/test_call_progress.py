"""``gatekeeper call`` progress on a terminal and in a log (issue 8, case 6): a log or a
pipe gets whole lines, never ``\\r`` redraws."""

from __future__ import annotations

import io

from gatekeeper.commands.report import CallPrinter
from gatekeeper.session.events import GatekeeperSpoke, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def play(stream: io.StringIO) -> str:
    printer = CallPrinter(stream, "Sarah Miller")
    for done in range(11):
        printer(Progress("Preparing the voice", done, 10))
    printer(Progress("Loading Whisper base", 0, None))
    printer(GatekeeperSpoke("Good morning.", 0.5, 1.4))
    return stream.getvalue()


def test_a_log_gets_one_line_per_wait_and_no_carriage_returns() -> None:
    out = play(io.StringIO())
    assert "\r" not in out
    assert out.splitlines() == [
        "Preparing the voice …",
        "Preparing the voice done",
        "Loading Whisper base …",
        "   0.5 s  Sarah Miller: Good morning.",
    ]


def test_a_terminal_gets_a_bar_redrawn_in_place() -> None:
    out = play(Terminal())
    assert out.count("\r") == 12
    assert "[########################] 10/10" in out
    assert out.endswith("   0.5 s  Sarah Miller: Good morning.\n")
