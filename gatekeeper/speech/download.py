"""Fetch one file over HTTP(S) safely: streamed, verified, atomically renamed.

Models and voices are large and the connection may drop; a half-downloaded ``model.bin``
under its final name would later crash the native loader with an unreadable error. So the
bytes go to a temporary file next to the destination and only a complete, verified file is
renamed into place. Uses only ``urllib`` so nothing heavy is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import socket
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

Progress = Callable[[int, int | None], None]

CHUNK_BYTES = 1 << 16
USER_AGENT = "gatekeeper-download/1"


class DownloadError(Exception):
    """A download failed; the message is one line and names the URL. ``status`` is the HTTP
    status when the server answered with an error."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def download_file(
    url: str,
    dest: Path,
    *,
    sha256: str | None = None,
    size: int | None = None,
    progress: Progress | None = None,
    timeout: float = 30,
) -> Path:
    """Download ``url`` to ``dest`` and return ``dest``.

    ``progress(done, total)`` is called as bytes arrive (``total`` from ``size`` or the
    Content-Length header, else None). ``size`` and ``sha256`` are checked when given, the
    Content-Length always. On any failure a :class:`DownloadError` is raised and neither a
    partial file nor the temporary file is left behind; an existing ``dest`` is untouched.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DownloadError(f"cannot create {dest.parent}: {e.strerror or e}") from e
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            done, digest = _stream(url, out, size, progress, timeout)
            out.flush()
            os.fsync(out.fileno())
        if size is not None and done != size:
            raise DownloadError(f"{url}: expected {size} bytes, got {done}")
        if sha256 is not None and digest != sha256.lower():
            raise DownloadError(f"{url}: checksum mismatch (sha256 {digest}, expected {sha256})")
        os.replace(tmp, dest)
        return dest
    except OSError as e:
        raise DownloadError(f"{url}: cannot write {dest}: {e.strerror or e}") from e
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _stream(
    url: str, out, size: int | None, progress: Progress | None, timeout: float
) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    hasher = hashlib.sha256()
    done = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            header = response.headers.get("Content-Length")
            announced = int(header) if header and header.isdigit() else None
            total = size if size is not None else announced
            if progress:
                progress(0, total)
            while chunk := response.read(CHUNK_BYTES):
                out.write(chunk)
                hasher.update(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    except urllib.error.HTTPError as e:
        raise DownloadError(f"{url}: HTTP {e.code} {e.reason}", status=e.code) from e
    except urllib.error.URLError as e:
        raise DownloadError(f"{url}: {_reason(e.reason)}") from e
    except TimeoutError as e:
        raise DownloadError(f"{url}: timed out after {timeout:g} s") from e
    except ConnectionError as e:
        raise DownloadError(f"{url}: connection lost ({_reason(e)})") from e
    except http.client.HTTPException as e:
        raise DownloadError(f"{url}: connection closed early ({type(e).__name__})") from e
    except ValueError as e:  # malformed URL
        raise DownloadError(f"{url}: {e}") from e
    if announced is not None and done != announced:
        raise DownloadError(f"{url}: connection closed after {done} of {announced} bytes")
    return done, hasher.hexdigest()


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return "host not found (offline?)"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


class ProgressPrinter:
    """A throttled one-line progress bar on stderr: ``label  42%  31.5/75.5 MB``.

    Call it as a ``progress(done, total)`` callback; on a terminal it redraws in place at
    most every ``interval`` seconds, elsewhere (logs, pipes) it prints only the finished
    line, so CI logs stay short.
    """

    def __init__(self, label: str, stream: TextIO | None = None, interval: float = 0.1) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self._last = 0.0
        self._finished = False
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int | None) -> None:
        if self._finished:
            return
        complete = total is not None and done >= total
        now = time.monotonic()
        if not complete and now - self._last < self.interval:
            return
        self._last = now
        if self._tty:
            self.stream.write("\r" + self._line(done, total) + ("\n" if complete else ""))
        elif complete:
            self.stream.write(self._line(done, total) + "\n")
        self.stream.flush()
        self._finished = complete

    def finish(self, done: int | None = None) -> None:
        """End the line when the total was unknown (no Content-Length)."""
        if not self._finished:
            if done is not None:
                self.stream.write(("\r" if self._tty else "") + self._line(done, None))
            self.stream.write("\n")
            self.stream.flush()
            self._finished = True

    def _line(self, done: int, total: int | None) -> str:
        mb = done / 1e6
        if not total:
            return f"{self.label}  {mb:.1f} MB"
        pct = min(100, int(done * 100 / total))
        width = 24
        filled = width * pct // 100
        bar = "#" * filled + "-" * (width - filled)
        return f"{self.label}  [{bar}] {pct:3d}%  {mb:.1f}/{total / 1e6:.1f} MB"


def progress_printer(label: str, stream: TextIO | None = None) -> ProgressPrinter:
    """A ``progress(done, total)`` callback drawing a bar labelled ``label`` on stderr."""
    return ProgressPrinter(label, stream)
