"""Every line of a scenario, synthesised before the call starts and kept on disk.

The gatekeeper must answer the moment the engine decides, so nothing is synthesised on the
reply path: :meth:`LineCache.prepare` renders every variant of every line (placeholders
filled) when a scenario loads, and :meth:`LineCache.get` only looks audio up in memory.

Files are 16-bit mono WAVs named by a hash of everything that changes the sound: the voice's
name, engine and file identity (engine version, size and modification time of its files), the
text, the speaking rate and pitch, and our own rendering settings. Piper and Pico lines are
cached alike. A second load of the same
scenario therefore synthesises nothing and does not even load the voice. A damaged file is
synthesised again; files are written to a temporary name and renamed, so two processes
preparing the same scenario never see half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from gatekeeper.speech.tts import SENTENCE_GAP_S, VOLUME, Audio, TextToSpeech

if TYPE_CHECKING:
    from gatekeeper.scenario.model import Scenario
    from gatekeeper.speech.voices import VoiceInfo

# Bump when the way a line is rendered changes, so old files are not reused.
CACHE_FORMAT = 1
_INT16_MAX = 32767.0

Progress = Callable[[int, int], None]
# (voice, speaking rate, pitch) -> the engine that speaks the voice
SpeakerFactory = Callable[["VoiceInfo", float, float], TextToSpeech]


def _engine_speaker(voice: VoiceInfo, speaking_rate: float, pitch: float) -> TextToSpeech:
    from gatekeeper.speech.voices import speaker_for

    return speaker_for(voice, speaking_rate=speaking_rate, pitch=pitch)


def default_cache_dir() -> Path:
    from gatekeeper import locations

    return locations.cache_dir() / "lines"


def scenario_texts(scenario: Scenario) -> list[str]:
    """Every text the gatekeeper can say in ``scenario``, filled, each once, in file order."""
    texts: dict[str, None] = {}
    for line in scenario.lines:
        for variant in scenario.variants(line):
            texts.setdefault(scenario.fill(variant), None)
    return list(texts)


class LineCache:
    """Synthesised lines for one voice at a time, on disk under ``root`` and in memory.

    ``make_speaker`` builds the synthesiser on the first cache miss (tests pass a counting
    wrapper around the real speaker)."""

    def __init__(self, root: Path | None = None, make_speaker: SpeakerFactory = _engine_speaker):
        self.root = Path(root) if root is not None else default_cache_dir()
        self._make_speaker = make_speaker
        self._audio: dict[str, Audio] = {}
        self._paths: dict[str, Path] = {}
        self._lock = threading.Lock()

    def key(self, voice: VoiceInfo, speaking_rate: float, text: str, pitch: float = 1.0) -> str:
        """The hash naming a line's file: it changes whenever the sound would."""
        ident = {
            "format": CACHE_FORMAT,
            "voice": voice.name,
            "engine": voice.fingerprint(),
            "text": text,
            "rate": round(float(speaking_rate), 4),
            "pitch": round(float(pitch), 4),
            "volume": VOLUME,
            "gap": SENTENCE_GAP_S,
        }
        blob = json.dumps(ident, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()

    def prepare(
        self,
        scenario: Scenario,
        voice: VoiceInfo,
        speaking_rate: float | None = None,
        progress: Progress | None = None,
        pitch: float | None = None,
    ) -> dict[str, Path]:
        """Make every line of ``scenario`` ready to play; returns ``{text: wav file}``.

        ``speaking_rate`` and ``pitch`` default to the persona's. ``progress(done, total)``
        is called once before the first line and after each line ("preparing voice 3/14"). Raises
        :class:`~gatekeeper.speech.tts.SpeechError` when the voice cannot be loaded; the
        caller then shows the lines as text."""
        rate = scenario.persona.speaking_rate if speaking_rate is None else speaking_rate
        tone = scenario.persona.pitch if pitch is None else pitch
        texts = scenario_texts(scenario)
        folder = self.root / voice.name.replace(":", "-")  # pico:de-DE -> pico-de-DE
        folder.mkdir(parents=True, exist_ok=True)
        speaker: TextToSpeech | None = None
        audio: dict[str, Audio] = {}
        paths: dict[str, Path] = {}
        if progress is not None:
            progress(0, len(texts))
        for done, text in enumerate(texts, start=1):
            path = folder / f"{self.key(voice, rate, text, tone)}.wav"
            clip = read_wav(path)
            if clip is None:
                if speaker is None:
                    speaker = self._make_speaker(voice, rate, tone)
                clip = _quantised(speaker.synthesize(text))
                write_wav_atomic(path, clip)
            audio[text], paths[text] = clip, path
            if progress is not None:
                progress(done, len(texts))
        with self._lock:
            self._audio = audio
            self._paths = paths
        return dict(paths)

    def get(self, text: str) -> Audio:
        """The prepared audio of a filled line. Unpacks as ``samples, rate``.

        Raises KeyError for a text that :meth:`prepare` did not see."""
        with self._lock:
            clip = self._audio.get(text)
        if clip is None:
            raise KeyError(f"line not prepared: {text!r}")
        return clip

    def __contains__(self, text: object) -> bool:
        with self._lock:
            return text in self._audio

    def path(self, text: str) -> Path:
        with self._lock:
            return self._paths[text]


def _quantised(audio: Audio) -> Audio:
    """The audio exactly as it will read back from its 16-bit file, so a fresh line and a
    cached line sound the same."""
    return Audio(_from_int16(_to_int16(audio.samples)), audio.sample_rate)


def _to_int16(samples: np.ndarray) -> np.ndarray:
    return np.clip(np.asarray(samples) * _INT16_MAX, -_INT16_MAX, _INT16_MAX).astype("<i2")


def _from_int16(samples: np.ndarray) -> np.ndarray:
    return (samples.astype(np.float32) / _INT16_MAX).astype(np.float32)


def write_wav_atomic(path: Path, audio: Audio) -> None:
    """Write a 16-bit mono WAV under a temporary name in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f, wave.open(f, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(int(audio.sample_rate))
            w.writeframes(_to_int16(audio.samples).tobytes())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_wav(path: Path) -> Audio | None:
    """A cached line, or None when the file is missing or not a complete 16-bit mono WAV."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getnchannels() != 1 or w.getsampwidth() != 2 or w.getframerate() <= 0:
                return None
            frames = w.getnframes()
            data = w.readframes(frames)
            rate = w.getframerate()
    except (OSError, EOFError, wave.Error, ValueError):
        return None
    if len(data) != frames * 2:
        return None
    return Audio(_from_int16(np.frombuffer(data, dtype="<i2")), rate)
