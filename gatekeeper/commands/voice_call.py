"""The voice side of ``gatekeeper call``: the microphone (or a WAV file standing in for it),
the speech models, the gatekeeper's voice, and a live transcript on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from gatekeeper.commands.output import BadInput
from gatekeeper.commands.report import CallPrinter, run_and_report


def voice_call(
    scenario,
    scenario_id: str,
    seed: int | None,
    as_json: bool,
    *,
    mic_file: Path | None = None,
    speaker_file: Path | None = None,
    fast: bool = False,
    model: str | None = None,
    input_device: str | None = None,
    output_device: str | None = None,
    headset: bool = False,
    end_of_turn_s: float | None = None,
    then=(),
) -> int:
    from gatekeeper.audio.base import AudioError
    from gatekeeper.session.call_setup import random_seed
    from gatekeeper.session.voice_setup import DEFAULT_END_OF_TURN_S, VoiceOptions, build_voice_call
    from gatekeeper.speech.models import ModelError

    if fast and mic_file is None:
        raise BadInput("--fast needs --mic-file (a microphone cannot run faster than real time)")
    options = VoiceOptions(
        model=model, headset=headset, end_of_turn_s=end_of_turn_s or DEFAULT_END_OF_TURN_S
    )
    if seed is None:
        seed = 0 if mic_file is not None else random_seed()
    out = sys.stderr if as_json else sys.stdout
    printer = CallPrinter(out, scenario.persona.name, scenario.language)
    source, sink = _open_audio(mic_file, speaker_file, fast, input_device, output_device)
    try:
        call, voice = build_voice_call(
            scenario,
            source=source,
            sink=sink,
            on_event=printer,
            options=options,
            seed=seed,
            scenario_id=scenario_id,
            realtime=not fast,
            then=then,
        )
    except ModelError as e:
        raise BadInput(str(e)) from None
    except AudioError as e:
        raise BadInput(str(e)) from None
    if voice.message:
        click.echo(f"gatekeeper: {voice.message}", err=True)
    return run_and_report(call, printer, scenario, as_json)


def _open_audio(
    mic_file: Path | None,
    speaker_file: Path | None,
    fast: bool,
    input_device: str | None,
    output_device: str | None,
):
    """The microphone side and the speaker side: files where given, else the devices. With
    --mic-file and no --speaker-file the gatekeeper's audio goes nowhere."""
    from gatekeeper.audio.base import AudioError, NullSink
    from gatekeeper.session.call_setup import open_mic_and_speaker

    try:
        if mic_file is None and speaker_file is None:
            return open_mic_and_speaker(input_device, output_device)
        if mic_file is None:
            from gatekeeper.audio.mic import open_microphone

            source = open_microphone(input_device)
        else:
            source = _file_source(mic_file, fast)
    except AudioError as e:
        raise BadInput(f"{e}; use --text to type your answers instead") from None
    if speaker_file is None:
        return source, NullSink()
    from gatekeeper.audio.wavfile import WavSink

    try:
        return source, WavSink(speaker_file)
    except AudioError as e:
        source.stop()
        raise BadInput(str(e)) from None


def _file_source(mic_file: Path, fast: bool):
    from gatekeeper.audio.base import AudioError
    from gatekeeper.audio.wavfile import WavSource

    if not mic_file.is_file():
        raise BadInput(f"{mic_file}: no such file")
    try:
        return WavSource(mic_file, realtime=not fast)
    except (AudioError, OSError, ValueError) as e:
        raise BadInput(f"{mic_file}: {e}") from None
