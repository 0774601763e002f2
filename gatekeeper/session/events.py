"""What a running call reports to whoever shows it (the Textual app, the CLI).

A call runs in a worker thread and calls ``on_event(event)`` for each of these; the UI wraps
them into Textual messages. Times are seconds on the call's one timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from gatekeeper.dialogue.types import CallReport, Judgement


@dataclass(frozen=True)
class CallStateChanged:
    """``ringing``, ``speaking`` (gatekeeper), ``listening``, ``thinking`` (transcribing /
    judging), ``shock_pause``, ``ended``."""

    state: str
    at_s: float


@dataclass(frozen=True)
class GatekeeperSpoke:
    text: str
    start_s: float
    end_s: float
    interrupting: bool = False
    speaker: str = ""  # the persona's name (the boss after a handover); "" = the first


@dataclass(frozen=True)
class TraineeSpeechStarted:
    at_s: float


@dataclass(frozen=True)
class TraineeTranscribed:
    text: str
    start_s: float
    end_s: float
    judgement: Judgement | None


@dataclass(frozen=True)
class ShockPauseStarted:
    """The big silence timer starts counting up from ``silence_from_s`` (the trainee's last
    voiced moment). The goal: hold until the gatekeeper speaks."""

    silence_from_s: float
    goal_s: float


@dataclass(frozen=True)
class ShockPauseEnded:
    held: bool  # False: the trainee spoke first
    silence_s: float


@dataclass(frozen=True)
class InputLevel:
    dbfs: float
    at_s: float


@dataclass(frozen=True)
class InputDevice:
    """A microphone the trainee can pick (``id`` is what settings and drivers carry)."""

    id: str
    label: str
    is_default: bool = False


@dataclass(frozen=True)
class MicHeard:
    """The microphone check's "say something": the transcript of what was just said."""

    text: str


@dataclass(frozen=True)
class MicStalled:
    """The microphone stopped delivering audio (unplugged, suspended); ``message`` says so
    in one line. The microphone check then waits for it to come back."""

    message: str


@dataclass(frozen=True)
class MicBack:
    """The microphone delivers audio again after a stall."""


@dataclass(frozen=True)
class Progress:
    """A long wait: model load, voice install, first synthesis of a scenario's lines."""

    label: str
    done: float
    total: float | None


@dataclass(frozen=True)
class CallEnded:
    report: CallReport


@dataclass(frozen=True)
class CallFailed:
    """The call stopped (microphone gone, model missing ...). ``report`` keeps what was said
    so far, if anything."""

    message: str
    report: CallReport | None = None


CallEvent = (
    CallStateChanged
    | GatekeeperSpoke
    | TraineeSpeechStarted
    | TraineeTranscribed
    | ShockPauseStarted
    | ShockPauseEnded
    | InputLevel
    | Progress
    | CallEnded
    | CallFailed
)

EventSink = Callable[[CallEvent], None]


class CallDriver(Protocol):
    """One call, run by ``run`` in a worker thread (it blocks until the call ends).

    ``hang_up`` and ``push_to_talk`` are called from the UI thread."""

    def run(self, on_event: EventSink) -> CallReport | None: ...

    def hang_up(self) -> None: ...

    def push_to_talk(self, pressed: bool) -> None: ...

    def say_text(self, text: str) -> None:
        """Typed mode only: the trainee's typed line, as if spoken now."""
        ...
