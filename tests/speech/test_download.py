"""download_file against a real HTTP server on 127.0.0.1: verified, atomic, clean errors."""

from __future__ import annotations

import hashlib
import io
import socket
from pathlib import Path

import pytest

from gatekeeper.speech.download import DownloadError, download_file, progress_printer

PAYLOAD = bytes(range(256)) * 1000  # 256 kB, several chunks


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The download folder (apart from the served folder, which is also in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def served(http_server):
    (http_server.root / "blob.bin").write_bytes(PAYLOAD)
    return http_server


def test_downloads_verified_file_and_reports_progress(served, out: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    dest = out / "sub" / "blob.bin"
    result = download_file(
        f"{served.url}/blob.bin",
        dest,
        sha256=hashlib.sha256(PAYLOAD).hexdigest(),
        size=len(PAYLOAD),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert result == dest
    assert dest.read_bytes() == PAYLOAD
    assert calls[0] == (0, len(PAYLOAD))
    assert calls[-1] == (len(PAYLOAD), len(PAYLOAD))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert _leftovers(dest.parent) == ["blob.bin"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"size": len(PAYLOAD) + 1}, "expected"),
        ({"sha256": "0" * 64}, "checksum mismatch"),
    ],
)
def test_mismatch_leaves_no_file(served, out: Path, kwargs, message) -> None:
    dest = out / "blob.bin"
    with pytest.raises(DownloadError, match=message) as err:
        download_file(f"{served.url}/blob.bin", dest, **kwargs)
    assert "\n" not in str(err.value)
    assert _leftovers(out) == []


def test_failed_download_keeps_existing_file(served, out: Path) -> None:
    dest = out / "blob.bin"
    dest.write_bytes(b"old and good")
    with pytest.raises(DownloadError):
        download_file(f"{served.url}/blob.bin", dest, sha256="f" * 64)
    assert dest.read_bytes() == b"old and good"
    assert _leftovers(out) == ["blob.bin"]


def test_http_404_is_a_clean_error(http_server, out: Path) -> None:
    dest = out / "missing.bin"
    with pytest.raises(DownloadError, match="HTTP 404") as err:
        download_file(f"{http_server.url}/missing.bin", dest)
    assert err.value.status == 404
    assert _leftovers(out) == []


def test_connection_refused(out: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DownloadError, match="connection refused"):
        download_file(f"http://127.0.0.1:{port}/x", out / "x")
    assert _leftovers(out) == []


def test_timeout(served, out: Path) -> None:
    with pytest.raises(DownloadError, match="timed out"):
        download_file(f"{served.url}/slow/blob.bin", out / "x", timeout=0.5)
    assert _leftovers(out) == []


def test_truncated_transfer(served, out: Path) -> None:
    with pytest.raises(DownloadError, match="(closed|lost)"):
        download_file(f"{served.url}/short/blob.bin", out / "x", timeout=5)
    assert _leftovers(out) == []


def test_progress_printer_prints_one_finished_line_off_terminal() -> None:
    out = io.StringIO()
    bar = progress_printer("Downloading model.bin", out)
    for done in range(0, 2_000_001, 100_000):
        bar(done, 2_000_000)
    bar(2_000_000, 2_000_000)
    assert out.getvalue().count("\n") == 1
    assert out.getvalue().startswith("Downloading model.bin")
    assert "100%" in out.getvalue() and "2.0/2.0 MB" in out.getvalue()
