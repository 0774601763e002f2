"""Builds what a voice call needs from a scenario: the transcriber, the gatekeeper's voice
with every line synthesised in advance, the speech detector — each long wait reported as
:class:`Progress` — and then the :class:`VoiceCall` itself.

The Whisper model is loaded once per process (``speech.asr``), so the second trainee in a
workshop does not wait for Whisper again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gatekeeper.audio.base import AudioSink, AudioSource
from gatekeeper.dialogue.engine import Engine, NextOnLine
from gatekeeper.scenario.model import Scenario
from gatekeeper.session.call_setup import make_judge
from gatekeeper.session.events import EventSink, Progress
from gatekeeper.session.vocabulary import call_vocabulary
from gatekeeper.session.voice_call import LineVoice, VoiceCall
from gatekeeper.speech.vad import END_OF_TURN_S

DEFAULT_END_OF_TURN_S = END_OF_TURN_S


@dataclass(frozen=True)
class VoiceOptions:
    """What a trainee or a command line can choose for a voice call."""

    model: str | None = None  # Whisper name or folder; None: the default (multilingual base)
    headset: bool = False  # barge-in allowed; otherwise half-duplex
    end_of_turn_s: float = DEFAULT_END_OF_TURN_S  # silence that ends a trainee's turn
    echo_tail_s: float = 0.25
    cpu_threads: int = 2
    allow_download: bool = True
    # Whisper hears the call's vocabulary (names + the judge's honesty and benefit phrases)
    # and a filler sentence; off: the names only (benchmarks/asr_vocabulary.py compares)
    vocabulary: bool = True


def _progress_factory(on_event: EventSink, label: str) -> Callable[[str], Callable]:
    def factory(step: str) -> Callable[[int, int | None], None]:
        def report(done: float, total: float | None) -> None:
            on_event(Progress(f"{label}: {step}", done, total))

        return report

    return factory


def load_transcriber(
    language: str,
    hints: tuple[str, ...],
    options: VoiceOptions,
    on_event: EventSink,
    *,
    keep_fillers: bool = False,
):
    """The Whisper transcriber for ``language`` with ``hints`` (the words the trainee will
    say) as vocabulary, ``keep_fillers`` to have "äh"/"ähm" written; the model itself is
    loaded once per process (see ``speech.asr``) and
    warmed up on its first load. Raises ``ModelError`` (one line) when no model can be had."""
    from gatekeeper.speech.asr import WhisperTranscriber
    from gatekeeper.speech.models import resolve_model

    on_event(Progress("Loading the speech model", 0, None))
    model = resolve_model(
        options.model,
        allow_download=options.allow_download,
        progress=_progress_factory(on_event, "Speech model"),
    )
    transcriber = WhisperTranscriber(
        model,
        language=language,
        cpu_threads=options.cpu_threads,
        hints=list(hints),
        keep_fillers=keep_fillers,
    )
    transcriber.warm_up()
    on_event(Progress("Loading the speech model", 1, 1))
    return transcriber


@dataclass(frozen=True)
class PreparedVoice:
    speak: LineVoice
    name: str | None  # None: no voice, lines are shown as text
    message: str | None  # why there is no voice and how to install one


def prepare_voice(scenario: Scenario, on_event: EventSink) -> PreparedVoice:
    """Synthesise every line of the scenario now (cached on disk), so a reply never waits.

    The voice is the persona's first installed choice (a Pico voice comes with every
    install; see :meth:`gatekeeper.speech.voices.VoiceStore.choose`). Without any voice for
    the scenario's language the call still runs: the gatekeeper's lines are shown as text and
    the message says why and names the install command."""
    from gatekeeper.speech.line_cache import LineCache
    from gatekeeper.speech.tts import SpeechError
    from gatekeeper.speech.voices import choose_voice, missing_voice_message

    persona = scenario.persona
    voice = choose_voice(persona.voices, scenario.language.value)
    if voice is None:
        message = missing_voice_message(scenario.language.value, persona.voices)
        return PreparedVoice(lambda text: None, None, message)
    cache = LineCache()
    label = f"Preparing {persona.name}'s voice"
    try:
        cache.prepare(
            scenario,
            voice,
            persona.speaking_rate,
            progress=lambda done, total: on_event(Progress(label, done, total)),
            pitch=persona.pitch,
        )
    except SpeechError as e:
        return PreparedVoice(lambda text: None, None, f"{e}; lines will be shown as text")

    def speak(text: str) -> tuple[np.ndarray, int] | None:
        try:
            audio = cache.get(text)
        except KeyError:
            return None
        return audio.samples, audio.sample_rate

    return PreparedVoice(speak, voice.name, None)


def build_voice_call(
    scenario: Scenario,
    *,
    source: AudioSource,
    sink: AudioSink,
    on_event: EventSink,
    options: VoiceOptions = VoiceOptions(),
    seed: int = 0,
    scenario_id: str = "",
    realtime: bool = True,
    voice: PreparedVoice | None = None,
    record_to: Path | None = None,
    then: Sequence[NextOnLine] = (),
) -> tuple[VoiceCall, PreparedVoice]:
    """Everything loaded and wired; ``VoiceCall.run`` starts the call. ``then`` are the
    people the call is handed over to (the boss): each speaks with their own voice, all
    lines prepared before the call starts."""
    from gatekeeper.speech.prosody import delivery
    from gatekeeper.speech.vad import StreamingVad

    persona = scenario.persona
    names = tuple(
        dict.fromkeys(
            n
            for p in (persona, *(nxt.scenario.persona for nxt in then))
            for n in (p.name, p.company, p.boss)
        )
    )
    hints = call_vocabulary(scenario.language, names) if options.vocabulary else names
    transcriber = load_transcriber(
        scenario.language.value, hints, options, on_event, keep_fillers=options.vocabulary
    )
    voice = voice or prepare_voice(scenario, on_event)
    voices = [voice, *(prepare_voice(nxt.scenario, on_event) for nxt in then)]
    judge = make_judge(scenario)
    engine = Engine(
        scenario,
        judge,
        seed=seed,
        scenario_id=scenario_id,
        headset=options.headset,
        then=then,
    )

    def speak(text: str) -> tuple[np.ndarray, int] | None:
        """The line in the voice of whoever is on the line now."""
        return voices[engine.section].speak(text)

    def transcribe(audio: np.ndarray, still_wanted: Callable[[], bool]) -> str:
        return transcriber.transcribe_utterance(  # type: ignore[attr-defined]
            audio, still_wanted=still_wanted
        ).text

    call = VoiceCall(
        engine=engine,
        source=source,
        sink=sink,
        vad=StreamingVad(end_silence_s=options.end_of_turn_s),
        transcribe=transcribe,
        voice=speak,
        speaking_rate=scenario.persona.speaking_rate,
        realtime=realtime,
        headset=options.headset,
        echo_tail_s=options.echo_tail_s,
        silence_goal_s=scenario.scoring.targets.silence_goal_s,
        record_to=record_to,
        measure_delivery=delivery,
    )
    return call, voice


def recordings_dir() -> Path:
    from gatekeeper.store import default_recordings_dir

    return default_recordings_dir()
