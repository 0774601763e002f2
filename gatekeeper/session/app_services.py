"""The voice side of the app: live calls, the microphone check and playing back recordings.

``gatekeeper.commands.app`` calls :func:`attach` with the app's ``Services``; everything here
is duck-typed against ``gatekeeper.ui.ports`` so the session layer never imports the UI.
Factories are quick (they only check that a microphone exists); models load inside ``run``
in the app's worker thread and report :class:`Progress`.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gatekeeper.audio.base import AudioUnavailable
from gatekeeper.dialogue.types import CallReport
from gatekeeper.scenario import ScenarioError
from gatekeeper.session.call_setup import next_on_line, open_mic_and_speaker
from gatekeeper.session.events import (
    CallFailed,
    EventSink,
    InputDevice,
    InputLevel,
    MicBack,
    MicHeard,
    MicStalled,
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
        self.record_to: Path | None = None  # the app names it by the call's id
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
        stop_playback()  # one playback at a time: the last call's recording stops now
        record_to = self.record_to
        if record_to is None:  # no call id: unique by time and process
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%f")
            record_to = recordings_dir() / f"{stamp}-{os.getpid()}-{loaded.id}.wav"
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
                then=next_on_line(loaded.path, loaded.scenario),
            )
        except (ModelError, AudioError, ScenarioError) as e:
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
        return [
            InputDevice(str(d.name), f"{d.name} ({d.hostapi})", d.default_input) for d in devices
        ]

    def run(
        self, device: str | None, on_event: Callable[[Any], None], stop: threading.Event
    ) -> None:
        """Level and transcripts until ``stop``. When the microphone stops delivering audio
        it says so (:class:`MicStalled`), waits for it with a watchdog (growing pauses
        between tries) and carries on when it is back (:class:`MicBack`)."""
        from gatekeeper.audio.base import AudioStalled
        from gatekeeper.audio.mic import open_microphone, wait_for_microphone

        mic = open_microphone(device)
        transcriber = load_transcriber(self.language, (), VoiceOptions(), on_event)
        while not stop.is_set():
            try:
                self._listen(mic, transcriber, on_event, stop)
                return
            except AudioStalled as e:
                on_event(MicStalled(str(e)))
            if not wait_for_microphone(mic.device.name, stop):
                return
            on_event(MicBack())
            mic = open_microphone(device)

    @staticmethod
    def _listen(
        mic: Any, transcriber: Any, on_event: Callable[[Any], None], stop: threading.Event
    ) -> None:
        from gatekeeper.audio.base import RecentFrames
        from gatekeeper.speech.vad import SpeechEnded, StreamingVad

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


_playing_lock = threading.Lock()
_playing: Any = None  # the speaker of the recording being played, if any


def play_recording(path: Path) -> None:
    """Play a call recording (stereo: trainee left, gatekeeper right) to the end, or until
    another playback or a new call stops it (one playback at a time)."""
    global _playing
    from gatekeeper.audio.base import AudioError
    from gatekeeper.audio.resample import to_mono
    from gatekeeper.audio.speaker import open_speaker
    from gatekeeper.audio.wavfile import read_wav

    samples, rate = read_wav(path)
    stop_playback()
    speaker = open_speaker(None)
    with _playing_lock:
        _playing = speaker
    try:
        playback = speaker.play(to_mono(samples), rate, 0)
        if not playback.wait(timeout=len(samples) / rate + 5):
            raise AudioError("playback did not finish")
    finally:
        with _playing_lock:
            if _playing is speaker:
                _playing = None
        speaker.close()


def stop_playback() -> None:
    """Stop the recording that is playing, if any (a new call or playback begins)."""
    global _playing
    with _playing_lock:
        speaker, _playing = _playing, None
    if speaker is not None:
        with contextlib.suppress(Exception):
            speaker.cancel()


def _wait_for_microphone(device: str | None, stop: threading.Event) -> bool:
    from gatekeeper.audio.mic import wait_for_microphone

    return wait_for_microphone(device, stop)


def attach(services: Any) -> None:
    """Give the app its voice: called by ``gatekeeper.commands.app.build_services``."""
    services.voice_driver = voice_driver_factory
    services.mic_check = LiveMicCheck  # called with the interface's language
    services.mic_watchdog = _wait_for_microphone
    services.playback = play_recording
    services.stop_playback = stop_playback
