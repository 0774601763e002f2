"""Speech to text: the :class:`SpeechToText` interface and its faster-whisper backend.

The session hands over one utterance at a time (our own VAD has already cut it out of the
mic stream), so Whisper's own VAD is off and no text is carried from one utterance to the
next (``condition_on_previous_text=False``: a misheard word must not leak into the next
turn). Decoding is greedy at temperature 0 without fallback: fast, repeatable, and on noise
it fails towards *no* text, which :mod:`gatekeeper.speech.hallucination` then removes.

Segment times are on the caller's timeline (``start_s`` is where the utterance starts) and
are snapped to where the audio is actually voiced, because Whisper's own timestamps are
often several hundred milliseconds early after a leading silence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from gatekeeper.speech.hallucination import SegmentScores, clean_segment_text, too_quiet
from gatekeeper.speech.models import ModelError, ProgressFactory, ResolvedModel, resolve_model

SAMPLE_RATE = 16000
# Silence put around each utterance before decoding: Whisper transcribes speech that starts
# right at the window's first frame noticeably worse (measured on espeak-ng speech).
LEAD_PAD_S = 0.5
TAIL_PAD_S = 0.3
# Greedy by default: on 2 cores the encoder (a fixed 30 s window) dominates, beam 5 adds
# 0.1-0.5 s per utterance (benchmarks/asr_speed.py) and only sometimes picks better words.
DEFAULT_BEAM_SIZE = 1

# A sentence full of fillers as the prompt makes Whisper write "äh"/"um" instead of
# silently dropping them (it was trained on cleaned-up subtitles).
FILLER_PROMPTS = {
    "de": "Ähm, also, äh, ich wollte, hm, fragen.",
    "en": "Um, so, uh, I was, hmm, wondering.",
}


@dataclass(frozen=True)
class Word:
    start_s: float
    end_s: float
    text: str
    probability: float


@dataclass(frozen=True)
class Segment:
    """One stretch of recognised speech, times in seconds on the caller's timeline."""

    start_s: float
    end_s: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    words: tuple[Word, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start_s": round(self.start_s, 3), "end_s": round(self.end_s, 3), "text": self.text}


@dataclass(frozen=True)
class Transcript:
    text: str
    segments: list[Segment] = field(default_factory=list)
    language: str = ""

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def start_s(self) -> float | None:
        return self.segments[0].start_s if self.segments else None

    @property
    def end_s(self) -> float | None:
        return self.segments[-1].end_s if self.segments else None


@runtime_checkable
class SpeechToText(Protocol):
    """Anything that turns one utterance (float32, 16 kHz, mono) into a transcript."""

    language: str

    def transcribe(self, audio: np.ndarray, *, start_s: float = 0.0) -> Transcript: ...


class AudioFileError(Exception):
    """An audio file is missing or unreadable; the message is one line."""


_LOAD_LOCK = threading.Lock()
# One loaded model per (folder, threads) for the whole process: transcribers differ only in
# language and prompt, so a workshop switching scenarios (or the microphone check before a
# call) never loads Whisper twice nor keeps two copies in memory.
_MODELS: dict[tuple[str, int], Any] = {}
_WARM: set[int] = set()  # ids of the loaded models already run once (see warm_up)


def _load_whisper(path: Path, cpu_threads: int) -> Any:
    key = (str(path), cpu_threads)
    with _LOAD_LOCK:
        if key not in _MODELS:
            from faster_whisper import WhisperModel

            try:
                _MODELS[key] = WhisperModel(
                    str(path),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=cpu_threads,
                    local_files_only=True,
                )
            except (RuntimeError, ValueError, OSError) as e:
                reason = " ".join(str(e).split())
                raise ModelError(f"cannot load Whisper model {path}: {reason}") from e
        return _MODELS[key]


class WhisperTranscriber:
    """faster-whisper on the CPU with int8 weights, loaded once in the constructor.

    ``hints`` are names the trainee will say (persona, boss, company); they go into the
    decoder prompt so "Schneider" is not heard as "Schneidet". ``keep_fillers`` adds a
    filler-laden sentence to that prompt so hesitations are transcribed, not smoothed away.
    Raises :class:`ModelError` (one line) when the model cannot be found or loaded.
    """

    def __init__(
        self,
        model: ResolvedModel | str | None = None,
        language: str = "de",
        cpu_threads: int = 2,
        hints: list[str] | tuple[str, ...] = (),
        *,
        beam_size: int = DEFAULT_BEAM_SIZE,
        word_timestamps: bool = False,
        keep_fillers: bool = False,
        allow_download: bool = True,
        progress: ProgressFactory | None = None,
    ) -> None:
        self.model = (
            model
            if isinstance(model, ResolvedModel)
            else resolve_model(model, allow_download=allow_download, progress=progress)
        )
        self.language = language
        self.beam_size = beam_size
        self.word_timestamps = word_timestamps
        self.prompt = build_prompt(hints, language, keep_fillers=keep_fillers)
        if self.model.english_only and language != "en":
            raise ModelError(
                f"Whisper model '{self.model.name}' understands only English; "
                f"use a multilingual model such as 'base' for language '{language}'"
            )
        self._whisper = _load_whisper(self.model.path, cpu_threads)
        if language != "en" and not self._whisper.model.is_multilingual:
            raise ModelError(
                f"Whisper model at {self.model.path} understands only English; "
                f"language '{language}' needs a multilingual model such as 'base'"
            )
        self._lock = threading.Lock()
        self._tokenizer: Any = None

    def transcribe(self, audio: np.ndarray, *, start_s: float = 0.0) -> Transcript:
        """Transcribe one utterance; ``start_s`` places it on the caller's timeline.

        Near-silent audio returns an empty transcript without running the model."""
        audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        if too_quiet(audio, SAMPLE_RATE):
            return Transcript("", [], self.language)
        cap = max_tokens_for(audio.size / SAMPLE_RATE)
        padded = np.concatenate(
            [
                np.zeros(int(LEAD_PAD_S * SAMPLE_RATE), np.float32),
                audio,
                np.zeros(int(TAIL_PAD_S * SAMPLE_RATE), np.float32),
            ]
        )
        with self._lock:
            raw_segments, _info = self._whisper.transcribe(
                padded,
                language=self.language,
                task="transcribe",
                beam_size=self.beam_size,
                best_of=1,
                temperature=0.0,
                vad_filter=False,
                condition_on_previous_text=False,
                initial_prompt=self.prompt or None,
                word_timestamps=self.word_timestamps,
                max_new_tokens=cap,
            )
            # A segment that ran into the token cap is a decoder loop cut short.
            raw = [s for s in raw_segments if len(s.tokens) < cap - 1]
        return self._assemble(raw, audio, start_s)

    def transcribe_utterance(
        self,
        audio: np.ndarray,
        *,
        start_s: float = 0.0,
        still_wanted: Callable[[], bool] | None = None,
    ) -> Transcript:
        """The live path: one short utterance, decoded in a window fitted to its length.

        faster-whisper always pads to Whisper's 30 s window, and on two cores the encoder
        then costs about a second whatever the utterance's length. Encoding only
        ``window_for(len)`` seconds (8 s for an ordinary turn) cuts that to ~0.2 s with the
        same words on our test speech, which is what lets the reply start within ~0.5 s of
        the trainee's last word. Longer turns fall back to :meth:`transcribe`.

        ``still_wanted`` is asked between the encoder and the decoder: a speculative start
        whose trainee went on talking stops there with an empty transcript, so the worker is
        free for the real end of the turn."""
        audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        if too_quiet(audio, SAMPLE_RATE):
            return Transcript("", [], self.language)
        seconds = audio.size / SAMPLE_RATE
        window = window_for(seconds)
        if window is None:
            return self.transcribe(audio, start_s=start_s)
        padded = np.zeros(window * SAMPLE_RATE, np.float32)
        lead = int(LEAD_PAD_S * SAMPLE_RATE)
        padded[lead : lead + audio.size] = audio
        with self._lock:
            decoded = self._decode_window(
                padded, window, max_tokens_for(seconds), still_wanted=still_wanted
            )
        if decoded is None:
            return Transcript("", [], self.language)
        text, scores = decoded
        text = clean_segment_text(text, scores, prompt=self.prompt)
        if not text:
            return Transcript("", [], self.language)
        levels = _frame_levels(audio)
        start, end = _snap_to_voice(levels, 0.0, seconds, 0.0, seconds)
        segment = Segment(
            start_s + start, start_s + end, text, scores.avg_logprob, scores.no_speech_prob, ()
        )
        return Transcript(text, [segment], self.language)

    def warm_up(self) -> None:
        """Run the live path once on silence so the first real turn is not the slow one
        (first-call allocations in CTranslate2 cost a few hundred milliseconds)."""
        if id(self._whisper) in _WARM:
            return
        with self._lock:
            self._decode_window(np.zeros(8 * SAMPLE_RATE, np.float32), 8, 4)
        _WARM.add(id(self._whisper))

    def _decode_window(
        self,
        padded: np.ndarray,
        window_s: int,
        cap: int,
        still_wanted: Callable[[], bool] | None = None,
    ) -> tuple[str, SegmentScores] | None:
        """Decoding of one window (greedy unless the transcriber was built with a larger
        ``beam_size``), scored the way faster-whisper scores a segment; None when
        ``still_wanted`` says to stop before (or after) the encoder."""
        if still_wanted is not None and not still_wanted():
            return None
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_compression_ratio

        whisper = self._whisper
        if self._tokenizer is None:
            self._tokenizer = Tokenizer(
                whisper.hf_tokenizer,
                whisper.model.is_multilingual,
                task="transcribe",
                language=self.language,
            )
        tk = self._tokenizer
        features = whisper.feature_extractor(padded)[:, : window_s * 100]
        encoded = whisper.encode(np.ascontiguousarray(features))
        if still_wanted is not None and not still_wanted():
            return None
        prompt: list[int] = []
        if self.prompt:
            hint = tk.encode(" " + self.prompt.strip())
            prompt = [tk.sot_prev, *hint[-(whisper.max_length // 2 - 1) :]]
        prompt += [*tk.sot_sequence, tk.no_timestamps]
        result = whisper.model.generate(
            encoded,
            [prompt],
            beam_size=self.beam_size,
            max_length=len(prompt) + cap,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=[-1],
        )[0]
        tokens = [t for t in result.sequences_ids[0] if t < tk.eot]
        text = tk.decode(tokens).strip()
        avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1) if tokens else -10.0
        scores = SegmentScores(
            avg_logprob, float(result.no_speech_prob), get_compression_ratio(text) if text else 0.0
        )
        if len(tokens) >= cap - 1:  # ran into the cap: a decoder loop cut short
            return "", scores
        return text, scores

    def _assemble(self, raw: list[Any], audio: np.ndarray, offset: float) -> Transcript:
        duration = audio.size / SAMPLE_RATE
        levels = _frame_levels(audio)
        kept: list[tuple[float, float, str, Any]] = []
        for seg in raw:
            scores = SegmentScores(seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio)
            text = clean_segment_text(seg.text, scores, prompt=self.prompt)
            if not text:
                continue
            words = seg.words or []
            start = float(words[0].start if words else seg.start) - LEAD_PAD_S
            end = float(words[-1].end if words else seg.end) - LEAD_PAD_S
            start, end = min(max(start, 0.0), duration), min(max(end, 0.0), duration)
            kept.append((start, end, text, seg))
        segments: list[Segment] = []
        for i, (start, end, text, seg) in enumerate(kept):
            lower = kept[i - 1][1] if i else 0.0
            upper = kept[i + 1][0] if i + 1 < len(kept) else duration
            start, end = _snap_to_voice(levels, start, end, max(lower, 0.0), min(upper, duration))
            words = tuple(
                Word(
                    offset + min(max(float(w.start) - LEAD_PAD_S, start), end),
                    offset + min(max(float(w.end) - LEAD_PAD_S, start), end),
                    w.word.strip(),
                    float(w.probability),
                )
                for w in (seg.words or [])
            )
            segments.append(
                Segment(
                    offset + start,
                    offset + end,
                    text,
                    float(seg.avg_logprob),
                    float(seg.no_speech_prob),
                    words,
                )
            )
        return Transcript(" ".join(s.text for s in segments), segments, self.language)


def window_for(seconds: float) -> int | None:
    """The encoder window (whole seconds) for an utterance of ``seconds`` on the live path:
    the utterance plus its padding and a margin, at least 8 s; None past 24 s (then the full
    30 s window of :meth:`WhisperTranscriber.transcribe` is used)."""
    need = seconds + LEAD_PAD_S + TAIL_PAD_S + 1.0
    if need > 24.0:
        return None
    return max(8, int(np.ceil(need / 2.0)) * 2)


def max_tokens_for(seconds: float) -> int:
    """A generous cap on tokens per 30 s window for ``seconds`` of speech (fast talkers make
    about 5 tokens/s). On noise Whisper tends to loop until the window's 448-token limit,
    which costs many seconds on two cores; the cap stops it early, and the loop is then
    dropped by the compression-ratio check anyway."""
    return int(min(seconds, 30.0) * 8) + 16


def build_prompt(
    hints: list[str] | tuple[str, ...], language: str, *, keep_fillers: bool = False
) -> str:
    """The decoder prompt: vocabulary hints (deduplicated, in order) and optional fillers."""
    seen: list[str] = []
    for hint in hints:
        hint = " ".join(str(hint).split())
        if hint and hint.lower() not in (s.lower() for s in seen):
            seen.append(hint)
    parts = []
    if keep_fillers and language in FILLER_PROMPTS:
        parts.append(FILLER_PROMPTS[language])
    if seen:
        parts.append(", ".join(seen) + ".")
    return " ".join(parts)


# -- timing: snap Whisper's segment edges to voiced audio --------------------------------------

_FRAME_S = 0.01
_SNAP_MARGIN_S = 0.25


def _frame_levels(audio: np.ndarray) -> np.ndarray:
    hop = int(SAMPLE_RATE * _FRAME_S)
    n = audio.size // hop
    if n == 0:
        return np.full(1, -120.0)
    frames = audio[: n * hop].reshape(n, hop).astype(np.float64)
    return 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-9)


def _snap_to_voice(
    levels: np.ndarray, start: float, end: float, lower: float, upper: float
) -> tuple[float, float]:
    """Move ``start``/``end`` to the first/last voiced 10 ms frame near the segment.

    Voiced means well above the recording's noise floor and within 40 dB of its peak, so on
    clean audio the edges land on the speech, and on noisy audio (nothing stands out) the
    Whisper times are kept.
    """
    floor = float(np.percentile(levels, 10))
    threshold = max(floor + 15.0, float(levels.max()) - 40.0)
    lo = max(lower, start - _SNAP_MARGIN_S)
    hi = min(upper, end + _SNAP_MARGIN_S)
    i0, i1 = int(lo / _FRAME_S), int(np.ceil(hi / _FRAME_S))
    voiced = np.flatnonzero(levels[i0:i1] > threshold)
    if voiced.size == 0:
        return start, max(end, start)
    snapped_start = (i0 + voiced[0]) * _FRAME_S
    snapped_end = (i0 + voiced[-1] + 1) * _FRAME_S
    if snapped_end <= snapped_start:
        return start, max(end, start)
    return round(float(snapped_start), 3), round(float(min(snapped_end, upper)), 3)


# -- files ------------------------------------------------------------------------------------


def load_wav(path: Path | str) -> np.ndarray:
    """An audio file in any format PyAV decodes (WAV, FLAC, OGG, MP3, M4A ...) as float32
    mono at 16 kHz (channels averaged, resampled with soxr). Raises :class:`AudioFileError`
    with a one-line reason (the decoder's)."""
    from gatekeeper.audio.base import AudioError
    from gatekeeper.audio.wavfile import load_mono_16k

    path = Path(path)
    if not path.is_file():
        raise AudioFileError(f"{path}: no such file")
    try:
        return load_mono_16k(path)
    except (AudioError, OSError, EOFError, ValueError) as e:
        raise AudioFileError(" ".join(str(e).split()) or f"{path}: cannot decode audio") from e


def speech_regions(
    audio: np.ndarray, *, min_silence_s: float = 0.3, pad_s: float = 0.2
) -> list[tuple[int, int]]:
    """Sample ranges [start, end) holding speech, found by the Silero VAD that faster-whisper
    ships. Used for whole files: cutting them into utterances first, as the live pipeline
    does, gives each utterance its own decoder window, so Whisper neither merges nor skips
    sentences across a pause and the gaps between them are measured, not guessed."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        min_silence_duration_ms=int(min_silence_s * 1000), speech_pad_ms=int(pad_s * 1000)
    )
    return [(int(r["start"]), int(r["end"])) for r in get_speech_timestamps(audio, options)]


def transcribe_long(
    transcriber: SpeechToText, audio: np.ndarray, *, start_s: float = 0.0
) -> Transcript:
    """Transcribe a recording of any length utterance by utterance (see
    :func:`speech_regions`); segment times are on the recording's timeline + ``start_s``."""
    audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
    segments: list[Segment] = []
    for begin, end in speech_regions(audio):
        part = transcriber.transcribe(audio[begin:end], start_s=start_s + begin / SAMPLE_RATE)
        segments += part.segments
    return Transcript(" ".join(s.text for s in segments), segments, transcriber.language)


def transcribe_file(
    path: Path | str,
    language: str,
    model: ResolvedModel | str | WhisperTranscriber | None = None,
    *,
    word_timestamps: bool = True,
    keep_fillers: bool = False,
    progress: ProgressFactory | None = None,
) -> Transcript:
    """Transcribe a whole audio file utterance by utterance; segment times are on the file's
    timeline. Pass a :class:`WhisperTranscriber` as ``model`` to reuse a loaded model.
    """
    audio = load_wav(path)
    if isinstance(model, WhisperTranscriber):
        transcriber = model
    else:
        transcriber = WhisperTranscriber(
            model,
            language,
            word_timestamps=word_timestamps,
            keep_fillers=keep_fillers,
            progress=progress,
        )
    return transcribe_long(transcriber, audio)
