"""The voice side of ``gatekeeper call``: the microphone (or a WAV file standing in for it),
the speech models, the gatekeeper's voice, and a live transcript on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from gatekeeper.commands.output import EXIT_INTERNAL, BadInput, emit
from gatekeeper.dialogue.evidence_texts import EvidenceWording
from gatekeeper.session.events import (
    CallEvent,
    CallFailed,
    GatekeeperSpoke,
    Progress,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeTranscribed,
)


class _Printer:
    """Shows the call as it happens: progress bars for long waits, then who said what."""

    def __init__(self, stream, speaker: str, language: str = "en") -> None:  # noqa: ANN001
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
        self._end_bar()
        if isinstance(event, GatekeeperSpoke):
            self._line(f"{event.start_s:6.1f} s  {self.speaker}: {event.text}")
        elif isinstance(event, TraineeTranscribed) and event.text:
            kind = f"  [{self.say.kind(event.judgement.kind)}]" if event.judgement else ""
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

    def _end_bar(self) -> None:
        if not self._tty:
            self._bar_label = None
            return
        if self._bar_label is not None:
            self.stream.write("\n")
            self._bar_label = None

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def voice_call(
    scenario,  # noqa: ANN001 - Scenario
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
) -> int:
    from gatekeeper.audio.base import AudioError, NullSink
    from gatekeeper.session.text_call import format_report, random_seed
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
    printer = _Printer(out, scenario.persona.name, scenario.language)
    source = _source(mic_file, fast, input_device)
    try:
        sink = _sink(speaker_file, output_device, file_mode=mic_file is not None)
    except BaseException:
        source.stop()
        raise
    if sink is None:
        sink = NullSink()
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
        )
    except ModelError as e:
        raise BadInput(str(e)) from None
    except AudioError as e:
        raise BadInput(str(e)) from None
    if voice.message:
        click.echo(f"gatekeeper: {voice.message}", err=True)
    report = call.run(printer)
    printer._end_bar()
    payload = report.to_json() if report is not None else {}
    if printer.failed:
        payload["error"] = printer.failed
    emit(payload, as_json, lambda: format_report(report, scenario) if report else "")
    if printer.failed:
        click.echo(f"gatekeeper: {printer.failed}", err=True)
        return EXIT_INTERNAL
    return 0


def _source(mic_file: Path | None, fast: bool, device: str | None):  # noqa: ANN202
    from gatekeeper.audio.base import AudioError

    if mic_file is not None:
        from gatekeeper.audio.wavfile import WavSource

        if not mic_file.is_file():
            raise BadInput(f"{mic_file}: no such file")
        try:
            return WavSource(mic_file, realtime=not fast)
        except (AudioError, OSError, ValueError) as e:
            raise BadInput(f"{mic_file}: {e}") from None
    from gatekeeper.audio.mic import open_microphone

    try:
        return open_microphone(device)
    except AudioError as e:
        raise BadInput(f"{e}; use --text to type your answers instead") from None


def _sink(speaker_file: Path | None, device: str | None, file_mode: bool):  # noqa: ANN202
    from gatekeeper.audio.base import AudioError

    if speaker_file is not None:
        from gatekeeper.audio.wavfile import WavSink

        try:
            return WavSink(speaker_file)
        except AudioError as e:
            raise BadInput(str(e)) from None
    if file_mode:
        return None
    from gatekeeper.audio.speaker import open_speaker

    try:
        return open_speaker(device)
    except AudioError as e:
        raise BadInput(f"{e}; use --text to type your answers instead") from None
