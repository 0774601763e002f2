"""The voice every install has: SVOX Pico, run in process through ``py-nanotts``.

Pico's voices ship inside the ``py_nanotts`` wheel (de-DE, en-US, en-GB, fr-FR, es-ES,
it-IT), so nothing is downloaded. ``NanoTTS().speak`` returns 16 kHz mono 16-bit PCM for a
whole line in a few tens of milliseconds. Voice ids are ``pico:<locale>``, e.g.
``pico:de-DE``; Piper voices keep their own names.

Where ``py_nanotts`` cannot be imported (a platform without a wheel, a failed build of its
sdist) :func:`pico_status` says why, the store lists no Pico voice, and a scenario falls back
to a Piper voice or to text-only lines with that reason on screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from gatekeeper.speech.tts import VOLUME, Audio, SpeechError

if TYPE_CHECKING:
    from gatekeeper.speech.voices import VoiceInfo

PREFIX = "pico:"
SAMPLE_RATE = 16_000
# The distribution and import names of the binding.
DISTRIBUTION = "py-nanotts"
MODULE = "py_nanotts"
# Pitch and speed bounds the engine accepts (py_nanotts clamps to these).
MIN_PITCH, MAX_PITCH = 0.5, 2.0
MIN_SPEED, MAX_SPEED = 0.2, 5.0


@dataclass(frozen=True)
class PicoVoice:
    """One voice inside the package: its locale, the language family a scenario names, the
    speaker file's tag, and the speaker's gender where it is known."""

    locale: str
    speaker: str
    gender: str | None

    @property
    def name(self) -> str:
        return PREFIX + self.locale

    @property
    def language(self) -> str:
        return self.locale.split("-")[0].lower()


# The lingware files are <locale>_ta.bin (text analysis) and <locale>_<speaker>_sg.bin
# (the speaker). The German and both English speakers are female; the others are not
# marked because we have not checked them.
VOICES: tuple[PicoVoice, ...] = (
    PicoVoice("de-DE", "gl0", "female"),
    PicoVoice("en-US", "lh0", "female"),
    PicoVoice("en-GB", "kh0", "female"),
    PicoVoice("fr-FR", "nk0", None),
    PicoVoice("es-ES", "zl0", None),
    PicoVoice("it-IT", "cm0", None),
)
BY_NAME = {v.name: v for v in VOICES}


def is_pico_name(name: str) -> bool:
    return name.startswith(PREFIX)


@lru_cache(maxsize=1)
def _import() -> tuple[ModuleType | None, str | None]:
    try:
        import py_nanotts
    except Exception as e:
        cause = e.__cause__ or e
        return None, f"{DISTRIBUTION} is not usable here ({type(cause).__name__}: {cause})"
    return py_nanotts, None


def pico_status() -> str | None:
    """None when Pico works here, else the one-line reason it does not."""
    return _import()[1]


def forget_status() -> None:
    """Import again on the next :func:`pico_status` (tests simulate a missing package)."""
    _import.cache_clear()


def lingware_dir() -> Path | None:
    module = _import()[0]
    if module is None:
        return None
    return Path(module._default_lingware_path())


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown"


def lingware_files(voice: PicoVoice, folder: Path) -> tuple[Path, Path]:
    return folder / f"{voice.locale}_ta.bin", folder / f"{voice.locale}_{voice.speaker}_sg.bin"


def installed_voices() -> list[VoiceInfo]:
    """The Pico voices whose files are in the installed package (none without Pico)."""
    from gatekeeper.speech.voices import VoiceInfo

    folder = lingware_dir()
    if folder is None:
        return []
    found = []
    for v in VOICES:
        text_analysis, speaker = lingware_files(v, folder)
        if text_analysis.is_file() and speaker.is_file():
            found.append(
                VoiceInfo(
                    v.name,
                    v.language,
                    "low",
                    SAMPLE_RATE,
                    speaker,
                    "package",
                    v.locale,
                    engine="pico",
                    gender=v.gender,
                )
            )
    return found


def find(name: str) -> VoiceInfo | None:
    return next((v for v in installed_voices() if v.name == name), None)


def fingerprint(voice: VoiceInfo) -> list[object]:
    """What changes a Pico line's sound: the binding's version and the lingware files."""
    v = BY_NAME.get(voice.name)
    folder = voice.path.parent
    files = lingware_files(v, folder) if v is not None else (voice.path,)
    ident: list[object] = [version()]
    for f in files:
        st = f.stat()
        ident += [st.st_size, st.st_mtime_ns]
    return ident


def clamp_pitch(pitch: float) -> float:
    return max(MIN_PITCH, min(MAX_PITCH, float(pitch)))


class PicoSpeaker:
    """One Pico voice at a speaking rate and pitch. Pico's own ``speed`` and ``pitch`` are
    multipliers like ours (1.0 = the voice's default). Each line comes back normalised to
    the same peak as a Piper line (:data:`~gatekeeper.speech.tts.VOLUME`), so switching
    engines does not change the loudness."""

    def __init__(self, voice: VoiceInfo, speaking_rate: float = 1.0, pitch: float = 1.0) -> None:
        if speaking_rate <= 0:
            raise ValueError(f"speaking rate must be positive, not {speaking_rate}")
        module, reason = _import()
        if module is None:
            raise SpeechError(f"voice {voice.name}: {reason}")
        if voice.name not in BY_NAME:
            raise SpeechError(f"{voice.name} is not a Pico voice")
        self.voice = voice
        self.locale = BY_NAME[voice.name].locale
        self.speaking_rate = max(MIN_SPEED, min(MAX_SPEED, float(speaking_rate)))
        self.pitch = clamp_pitch(pitch)
        self._tts = module.NanoTTS()
        self._lock = threading.Lock()

    @property
    def sample_rate(self) -> int:
        return SAMPLE_RATE

    def synthesize(self, text: str) -> Audio:
        """The whole line as one clip. Text without anything speakable gives empty audio."""
        # Pico reads <...> as markup; a line is plain text.
        plain = text.replace("<", " ").replace(">", " ").strip()
        if not plain:
            return Audio(np.zeros(0, dtype=np.float32), SAMPLE_RATE)
        try:
            with self._lock:
                pcm = self._tts.speak(
                    plain, voice=self.locale, speed=self.speaking_rate, pitch=self.pitch
                )
        except (RuntimeError, ValueError) as e:
            raise SpeechError(f"voice {self.voice.name}: {e}") from e
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        peak = float(np.abs(samples).max()) if len(samples) else 0.0
        if peak > 0:
            samples *= VOLUME / peak
        return Audio(samples.astype(np.float32, copy=False), SAMPLE_RATE)
