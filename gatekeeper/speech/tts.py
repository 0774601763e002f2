"""The gatekeeper's voice: text to speech behind a small interface. This module holds the
interface and Piper; SVOX Pico, the engine every install has, is in
:mod:`gatekeeper.speech.pico`, and :func:`gatekeeper.speech.voices.speaker_for` picks the
engine a voice needs.

Piper (a VITS model run by onnxruntime) is fast enough on a laptop CPU to synthesise a line
in well under its own duration, but it still competes with transcription for the two cores.
So every Piper session runs on a fixed, small number of threads (one by default), and the
lines of a scenario are synthesised ahead of time by :mod:`gatekeeper.speech.line_cache`.

Piper and onnxruntime are imported inside :class:`PiperSpeaker` so that importing this module
(e.g. for :class:`Audio` or :func:`resample`) stays cheap.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, NamedTuple, Protocol

import numpy as np

if TYPE_CHECKING:
    from gatekeeper.speech.voices import VoiceInfo

# Piper normalises each sentence to full scale; a little headroom keeps resampling and the
# sound card's mixer from clipping.
VOLUME = 0.9
# Piper yields one chunk per sentence with no gap between them; a short breath between
# sentences sounds like a person rather than a run-on.
SENTENCE_GAP_S = 0.15


class Audio(NamedTuple):
    """Mono float32 samples in [-1, 1] at ``sample_rate``. Unpacks as ``samples, rate``."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate if self.sample_rate else 0.0


class TextToSpeech(Protocol):
    """Anything that turns a line of text into audio. Implementations must be safe to call
    from a worker thread; they may serialise calls internally."""

    @property
    def sample_rate(self) -> int: ...

    def synthesize(self, text: str) -> Audio: ...


class SpeechError(Exception):
    """A voice could not be loaded or used; the message is one line for the user."""


def speaking_rate_to_length_scale(base_length_scale: float, speaking_rate: float) -> float:
    """Piper's ``length_scale`` stretches phoneme durations (>1 is slower); a speaking rate
    is its inverse relative to the voice's own default."""
    if speaking_rate <= 0:
        raise ValueError(f"speaking rate must be positive, not {speaking_rate}")
    return base_length_scale / speaking_rate


class PiperSpeaker:
    """One Piper voice, loaded once, synthesising whole lines.

    ``threads`` limits onnxruntime's intra-op pool. Piper's own ``PiperVoice.load`` always
    builds a default ``SessionOptions`` (one thread per core), so the session is built here
    with explicit options and handed to ``PiperVoice`` directly (it is a plain dataclass).
    A lock serialises synthesis, so concurrent callers never use more than ``threads`` cores.
    """

    def __init__(
        self,
        voice: VoiceInfo,
        speaking_rate: float = 1.0,
        threads: int = 1,
        pitch: float = 1.0,
    ) -> None:
        import onnxruntime
        from piper import PiperConfig, PiperVoice, SynthesisConfig

        if pitch <= 0:
            raise ValueError(f"pitch must be positive, not {pitch}")
        self.voice = voice
        self.speaking_rate = speaking_rate
        self.pitch = float(pitch)
        try:
            config = PiperConfig.from_dict(
                json.loads(voice.config_path.read_text(encoding="utf-8"))
            )
        except (OSError, ValueError, KeyError) as e:
            raise SpeechError(
                f"voice {voice.name}: unreadable config {voice.config_path}: {e}"
            ) from e
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3  # onnxruntime's warnings are not the trainee's concern
        try:
            session = onnxruntime.InferenceSession(
                str(voice.path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as e:
            raise SpeechError(f"voice {voice.name}: cannot load {voice.path}: {e}") from e
        self._voice = PiperVoice(session=session, config=config)
        self._syn_config = SynthesisConfig(
            # a pitch other than 1 is made by speaking slower by that factor and playing the
            # result back faster by it (see _pitched): the duration stays the rate's
            length_scale=speaking_rate_to_length_scale(config.length_scale, speaking_rate)
            * self.pitch,
            volume=VOLUME,
        )
        self._lock = threading.Lock()

    @property
    def sample_rate(self) -> int:
        return int(self._voice.config.sample_rate)

    def synthesize(self, text: str) -> Audio:
        """The whole line as one clip. Text without anything speakable gives empty audio."""
        gap = np.zeros(int(SENTENCE_GAP_S * self.sample_rate), dtype=np.float32)
        parts: list[np.ndarray] = []
        with self._lock:
            for chunk in self._voice.synthesize(text, syn_config=self._syn_config):
                if parts:
                    parts.append(gap)
                parts.append(np.asarray(chunk.audio_float_array, dtype=np.float32))
        samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        return _pitched(Audio(samples, self.sample_rate), self.pitch)


def _pitched(audio: Audio, pitch: float) -> Audio:
    """Raise (or lower) the pitch of ``audio`` by ``pitch`` by reading it as if recorded at
    ``pitch`` times its rate and resampling back: shorter by that factor, which the caller
    made up for by synthesising that much slower. Piper has no pitch control of its own; the
    voice's formants move with the pitch, so keep it near 1 (0.85-1.15 sounds natural)."""
    if pitch == 1.0 or len(audio.samples) == 0:
        return audio
    faster = resample(Audio(audio.samples, round(audio.sample_rate * pitch)), audio.sample_rate)
    return Audio(faster.samples, audio.sample_rate)


def resample(audio: Audio, target_rate: int) -> Audio:
    """The same audio at ``target_rate`` (soxr, high quality), e.g. the voice's 22.05 kHz
    to a sound card's 48 kHz. Returns the input unchanged when the rates already match."""
    if target_rate <= 0:
        raise ValueError(f"target rate must be positive, not {target_rate}")
    if audio.sample_rate == target_rate or len(audio.samples) == 0:
        return Audio(np.asarray(audio.samples, dtype=np.float32), target_rate)
    import soxr

    out = soxr.resample(
        np.asarray(audio.samples, dtype=np.float32), audio.sample_rate, target_rate, "HQ"
    )
    return Audio(np.clip(out, -1.0, 1.0).astype(np.float32, copy=False), target_rate)
