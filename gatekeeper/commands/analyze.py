"""``gatekeeper analyze FILE``: what a recording says and how it was said.

Transcribes an audio file (WAV, FLAC, OGG, MP3, M4A ...: anything PyAV decodes) with the
same Whisper setup as a live call and reports, on the file's own timeline, the segments, the
gaps between them, the speaking rate over voiced time and the filler words. Useful for
checking a recording of a pitch, and for checking the speech stack itself on a known file.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click

from gatekeeper.commands.output import BadInput, emit, run_command

LANGUAGES = ("de", "en")

# A deliberately small list: hesitation sounds only, no discourse words ("also", "like").
# The judge keeps its own, richer list.
FILLERS = {
    "de": re.compile(r"^(ä+h*m*|ö+h+m*|e+h*m+|h+m+|m+h+m+|hmm+)$"),
    "en": re.compile(r"^(u+m+|u+h+|e+r+m*|a+h+|h+m+|m+h*m+|hmm+)$"),
}


def is_filler(word: str, language: str) -> bool:
    key = re.sub(r"[^\w]", "", word.lower())
    return bool(key) and bool(FILLERS[language].match(key))


def analyze_transcript(transcript: Any, duration_s: float, language: str) -> dict[str, Any]:
    """Segments, gaps, words per minute (over voiced time) and fillers of a transcript.

    Pure: takes an :class:`gatekeeper.speech.asr.Transcript`-like object, so it is tested
    without a model.
    """
    segments = [s.to_dict() for s in transcript.segments]
    gaps = [
        {
            "start_s": round(a.end_s, 3),
            "end_s": round(b.start_s, 3),
            "seconds": round(b.start_s - a.end_s, 3),
        }
        for a, b in zip(transcript.segments, transcript.segments[1:], strict=False)
        if b.start_s > a.end_s
    ]
    voiced_s = sum(max(0.0, s.end_s - s.start_s) for s in transcript.segments)
    words: list[tuple[str, float | None]] = []
    for seg in transcript.segments:
        if seg.words:
            words += [(w.text, w.start_s) for w in seg.words if re.search(r"\w", w.text)]
        else:
            words += [(w, None) for w in seg.text.split() if re.search(r"\w", w)]
    fillers = [
        {"word": re.sub(r"[^\w]", "", w).lower(), "start_s": None if t is None else round(t, 3)}
        for w, t in words
        if is_filler(w, language)
    ]
    return {
        "duration_s": round(duration_s, 3),
        "segments": segments,
        "gaps": gaps,
        "voiced_s": round(voiced_s, 3),
        "words": len(words),
        "words_per_minute": round(len(words) / voiced_s * 60, 1) if voiced_s > 0 else 0.0,
        "fillers": {"count": len(fillers), "words": fillers},
        "text": transcript.text,
    }


PROGRESS_FROM_S = 30.0
"""A recording at least this long shows transcription progress on stderr (the 30-minute
recording of a workshop takes minutes on a laptop)."""


class _Progress:
    """``transcribed 12.0 of 30.0 min (40%)`` on stderr: redrawn in place on a terminal,
    a line per tenth elsewhere (logs stay short, --json's stdout stays one object)."""

    def __init__(self, total_s: float, stream: Any) -> None:
        self.total_s = total_s
        self.stream = stream
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._tenth = -1

    def __call__(self, reached_s: float) -> None:
        pct = int(100 * min(reached_s, self.total_s) / self.total_s)
        line = f"transcribed {reached_s / 60:.1f} of {self.total_s / 60:.1f} min ({pct}%)"
        if self._tty:
            self.stream.write("\r" + line)
        elif pct // 10 > self._tenth:
            self._tenth = pct // 10
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self(self.total_s)
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()


class _ReportingProgress:
    """Wraps a transcriber: after each utterance, how far into the recording it got."""

    def __init__(self, inner: Any, progress: _Progress) -> None:
        self.inner = inner
        self.progress = progress

    @property
    def language(self) -> str:
        return self.inner.language

    def transcribe(self, audio: Any, start_s: float = 0.0) -> Any:
        part = self.inner.transcribe(audio, start_s=start_s)
        self.progress(start_s + len(audio) / 16000)
        return part

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _human(report: dict[str, Any]) -> str:
    model = report["model"]
    lines = [
        f"{report['file']}  {report['duration_s']:.1f} s, {report['language']}, "
        f"Whisper {model['name']} ({model['source']})"
    ]
    if not report["segments"]:
        lines.append("  no speech recognised")
    for seg in report["segments"]:
        lines.append(f"  {seg['start_s']:7.2f} - {seg['end_s']:7.2f}  {seg['text']}")
    for gap in report["gaps"]:
        lines.append(f"  gap {gap['start_s']:7.2f} - {gap['end_s']:7.2f}  {gap['seconds']:.2f} s")
    lines.append(
        f"words: {report['words']} in {report['voiced_s']:.1f} s voiced, "
        f"{report['words_per_minute']:.0f} per minute"
    )
    fillers = report["fillers"]
    listed = ", ".join(f["word"] for f in fillers["words"])
    lines.append(f"fillers: {fillers['count']}" + (f" ({listed})" if listed else ""))
    return "\n".join(lines)


@click.command(name="analyze")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--language", "language", default="de", show_default=True, help="Spoken language: de or en."
)
@click.option(
    "--model",
    "model",
    default=None,
    metavar="NAME|PATH",
    help="Whisper model name (base, tiny.en, ...) or model folder. Default: base.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(file: str, language: str, model: str | None, as_json: bool) -> None:
    """Transcribe FILE (WAV, FLAC, OGG, MP3, M4A ...) and report segments, gaps, speaking
    rate and fillers."""

    def body() -> int:
        from gatekeeper.speech.asr import (
            AudioFileError,
            WhisperTranscriber,
            load_wav,
            transcribe_long,
        )
        from gatekeeper.speech.download import progress_printer
        from gatekeeper.speech.models import ModelError, resolve_model

        lang = language.strip().lower()
        if lang not in LANGUAGES:
            raise BadInput(f"unknown language '{language}'; use one of: {', '.join(LANGUAGES)}")
        try:
            audio = load_wav(file)
        except AudioFileError as e:
            raise BadInput(str(e)) from e
        try:
            resolved = resolve_model(model, progress=None if as_json else progress_printer)
            if not as_json:
                print(
                    f"Loading Whisper {resolved.name} ({resolved.source}) ...",
                    file=sys.stderr,
                    flush=True,
                )
            transcriber = WhisperTranscriber(
                resolved, lang, word_timestamps=True, keep_fillers=True
            )
        except ModelError as e:
            raise BadInput(str(e)) from e
        duration_s = audio.size / 16000
        progress = None
        if duration_s >= PROGRESS_FROM_S:
            progress = _Progress(duration_s, sys.stderr)
            transcriber = _ReportingProgress(transcriber, progress)
        transcript = transcribe_long(transcriber, audio)
        if progress is not None:
            progress.finish()
        report = {
            "file": file,
            "language": lang,
            "model": {"name": resolved.name, "source": resolved.source, "path": str(resolved.path)},
            **analyze_transcript(transcript, audio.size / 16000, lang),
        }
        emit(report, as_json, lambda: _human(report))
        return 0

    run_command(as_json, body)
