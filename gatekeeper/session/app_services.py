"""The voice side of the app: live calls, the microphone check and playing back recordings.

``gatekeeper.commands.app`` calls :func:`attach` with the app's ``Services``; everything here
is duck-typed against ``gatekeeper.ui.ports`` so the session layer never imports the UI.
Factories are quick (they only check that a microphone exists); models load inside ``run``
in the app's worker thread and report :class:`Progress`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gatekeeper.audio.base import AudioUnavailable
from gatekeeper.dialogue.types import CallReport
from gatekeeper.session.call_setup import open_mic_and_speaker
from gatekeeper.session.events import (
    CallFailed,
    EventSink,
    InputDevice,
    InputLevel,
    MicHeard,
    Progress,
)
from gatekeeper.session.voice_setup import (
    VoiceOptions,
    build_voice_call,
    load_transcriber,
    recordings_dir,
)


def _check_microphone() -> None:
    """Raises AudioUnavailable (one line) when no input device can be had at all."""
    from gatekeeper.audio.devices import list_devices

    devices = list_devices()
    if not any(d.max_input_channels > 0 for d in devices):
        raise AudioUnavailable("no microphone found")


class LiveVoiceDriver:
    """A CallDriver for a call through the microphone and speakers."""

    def __init__(self, setup: Any, options: VoiceOptions | None = None) -> None:
        self.setup = setup
        self.options = options or VoiceOptions(headset=bool(setup.headset))
        self.recording_path: Path | None = None
        self._call = None
        self._hung_up = threading.Event()
        self._ptt: bool | None = False if setup.push_to_talk else None

    def now_s(self) -> float:
        return self._call.now_s() if self._call is not None else 0.0

    def hang_up(self) -> None:
        self._hung_up.set()
        if self._call is not None:
            self._call.hang_up()

    def push_to_talk(self, pressed: bool) -> None:
        self._ptt = pressed
        if self._call is not None:
            self._call.push_to_talk(pressed)

    def say_text(self, text: str) -> None:
        """A voice call has no typed lines; ignored."""

    def run(self, on_event: EventSink) -> CallReport | None:
        from gatekeeper.audio.base import AudioError
        from gatekeeper.speech.models import ModelError

        loaded = self.setup.scenario
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        record_to = recordings_dir() / f"{stamp}-{loaded.id}.wav"
        try:
            source, sink = open_mic_and_speaker(self.setup.input_device, self.setup.output_device)
        except AudioError as e:
            on_event(CallFailed(str(e)))
            return None
        try:
            call, voice = build_voice_call(
                loaded.scenario,
                source=source,
                sink=sink,
                on_event=on_event,
                options=self.options,
                seed=self.setup.seed,
                scenario_id=loaded.id,
                realtime=True,
                record_to=record_to,
            )
        except (ModelError, AudioError) as e:
            source.stop()
            sink.close()
            on_event(CallFailed(str(e)))
            return None
        if voice.message:
            on_event(Progress(voice.message, 1, 1))
        if self._ptt is not None:
            call.push_to_talk(self._ptt)
        self._call = call
        if self._hung_up.is_set():
            call.hang_up()
        report = call.run(on_event)
        self.recording_path = call.recording_path
        return report


def voice_driver_factory(setup: Any) -> LiveVoiceDriver:
    if setup.typed:
        raise AudioUnavailable("typed call requested")
    _check_microphone()
    return LiveVoiceDriver(setup)


class LiveMicCheck:
    """The microphone check: a live level and the transcript of what was just said."""

    def __init__(self, language: str = "de") -> None:
        self.language = language

    def input_devices(self) -> list[Any]:
        from gatekeeper.audio.devices import list_devices
        
        devices = [d for d in list_devices() if d.max_input_channels > 0]
        if not devices:
            raise AudioUnavailable("no microphone found")
        return [InputDevice(str(d.name), f"{d.name} ({d.hostapi})", d.default_input)
                for d in devices]

    def run(self, device: str | None, on_event: Callable[[Any], None],
            stop: threading.Event) -> None:
        from gatekeeper.audio.base import RecentFrames
        from gatekeeper.audio.mic import open_microphone
        from gatekeeper.speech.vad import SpeechEnded, StreamingVad

        mic = open_microphone(device)
        transcriber = load_transcriber(self.language, (), VoiceOptions(), on_event)
        vad = StreamingVad()
        recent = RecentFrames(30.0)
        last_level = 0.0
        mic.start()
        try:
            while not stop.is_set():
                frame = mic.read()
                if frame is None:
                    break
                recent.append(frame)
                if time.monotonic() - last_level > 0.1:
                    last_level = time.monotonic()
                    on_event(InputLevel(mic.level_dbfs, frame.end_s))
                for event in vad.process(frame):
                    if isinstance(event, SpeechEnded):
                        clip = recent.between(event.clip_start, event.clip_end)
                        on_event(MicHeard(transcriber.transcribe_utterance(clip).text))
        finally:
            mic.stop()


def play_recording(path: Path) -> None:
    """Play a call recording (stereo: trainee left, gatekeeper right) to the end."""
    from gatekeeper.audio.base import AudioError
    from gatekeeper.audio.resample import to_mono
    from gatekeeper.audio.speaker import open_speaker
    from gatekeeper.audio.wavfile import read_wav

    samples, rate = read_wav(path)
    speaker = open_speaker(None)
    try:
        playback = speaker.play(to_mono(samples), rate, 0)
        if not playback.wait(timeout=len(samples) / rate + 5):
            raise AudioError("playback did not finish")
    finally:
        speaker.close()


def attach(services: Any) -> None:
    """Give the app its voice: called by ``gatekeeper.commands.app.build_services``."""
    services.voice_driver = voice_driver_factory
    services.mic_check = lambda: LiveMicCheck(
        (services.store.get_setting("language") or "de") if hasattr(services, "store") else "de"
    )
    services.playback = play_recording
