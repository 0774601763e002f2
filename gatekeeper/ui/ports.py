"""What the app needs from the world outside the UI, as small interfaces.

The app never builds a microphone, a speech model or a voice itself: the command that
starts it passes these in (see :class:`Services`), and tests pass fakes or the typed driver.
Nothing here imports textual, so the session code can implement these without touching
the UI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from gatekeeper.audio.base import AudioUnavailable
from gatekeeper.scenario import LoadedScenario
from gatekeeper.session.call_setup import random_seed
from gatekeeper.session.events import (
    CallDriver,
    InputDevice,
    InputLevel,
    MicBack,
    MicHeard,
    MicStalled,
    Progress,
)
from gatekeeper.store import Store, Trainee

MicUnavailable = AudioUnavailable
"""No microphone can be used (no PortAudio, no input device, device busy). The message is
one line, shown to the trainee; the app falls back to typed answers. It is the audio
package's own exception, so the session code raises it without knowing about the UI."""


MicEvent = InputLevel | MicHeard | MicStalled | MicBack | Progress


class MicCheck(Protocol):
    """The microphone check screen's view of the audio side."""

    def input_devices(self) -> list[InputDevice]:
        """The usable input devices; raises :class:`MicUnavailable` when there are none."""
        ...

    def run(
        self, device: str | None, on_event: Callable[[MicEvent], None], stop: threading.Event
    ) -> None:
        """Blocks (in a worker thread) until ``stop`` is set: opens ``device`` (None: the
        default), reports the level about ten times a second and, after each thing said,
        its transcript. Progress events while the speech model loads. Raises
        :class:`MicUnavailable` if the device cannot be opened. When the device stops
        delivering audio: :class:`MicStalled`, then (once a watchdog finds it again)
        :class:`MicBack`, and it goes on."""
        ...


MicWatchdog = Callable[[str | None, threading.Event], bool]
"""Blocks until the microphone (None: the default) delivers audio again (True) or the event
is set (False); tries with growing pauses. Run in a background thread."""


@dataclass(frozen=True)
class CallSetup:
    """Everything a driver factory needs to start one call."""

    scenario: LoadedScenario
    trainee: Trainee
    seed: int
    typed: bool
    push_to_talk: bool = False
    headset: bool = False
    input_device: str | None = None
    output_device: str | None = None


DriverFactory = Callable[[CallSetup], CallDriver]
"""Builds a call. A voice factory raises :class:`MicUnavailable` when it cannot listen; the
app then offers the typed call."""

Playback = Callable[[Path], None]
"""Plays a recording to the end (blocking, run in a worker); raises OSError-like errors with
a one-line message."""


@dataclass
class Services:
    store: Store
    bundled_dir: Path
    typed_driver: DriverFactory
    voice_driver: DriverFactory | None = None
    mic_check: Callable[[str], MicCheck] | None = None  # called with the interface language
    mic_watchdog: MicWatchdog | None = None
    playback: Playback | None = None
    stop_playback: Callable[[], None] | None = None  # a new call stops the recording playing
    extra_scenario_dirs: list[Path] = field(default_factory=list)
    export_dir: Path | None = None
    seed: Callable[[], int] = random_seed
    poll_scenarios_s: float | None = 2.0
    now_label: Callable[[], str] | None = None  # export file stamp; injectable for tests
    data_dir: Path | None = None  # the data folder in use (history, recordings, logs)
    log_path: Path | None = None  # where errors and C libraries' stderr go while the app runs
