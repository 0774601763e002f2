"""The ``pulse`` fixture: a private PulseAudio server with null sinks, reached by PortAudio;
the ``portaudio`` fixture: a scripted PortAudio instead of the C library (no server at all).

In CI (``CI=true``) the real-audio tests must run: a daemon that cannot start fails them
loudly. Locally they are skipped only when PulseAudio is not installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from audio.scripted_portaudio import ScriptedPortAudio
from pulse import PulseError, PulseServer, pulseaudio_installed

import gatekeeper.audio.devices as devices_mod


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _reinitialise_portaudio() -> None:
    """PortAudio enumerates devices once, at initialisation: redo it for the new server."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    if not pulseaudio_installed():
        if _in_ci():
            pytest.fail("CI: pulseaudio/pactl/paplay/parecord are not installed", pytrace=False)
        pytest.skip("pulseaudio is not installed: apt-get install pulseaudio pulseaudio-utils")
    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    try:
        server.start()
    except (PulseError, OSError) as e:
        server.stop()
        pytest.fail(f"PulseAudio could not start: {e}", pytrace=False)
    mp = pytest.MonkeyPatch()
    for key, value in server.client_env().items():
        mp.setenv(key, value)
    _reinitialise_portaudio()
    try:
        yield server
    finally:
        server.stop()
        mp.undo()
        _reinitialise_portaudio()


@pytest.fixture
def portaudio(monkeypatch: pytest.MonkeyPatch):
    """Installs a :class:`ScriptedPortAudio` made with the given arguments in place of
    sounddevice, for the microphone and device listing; returns it."""

    def install(**kw) -> ScriptedPortAudio:
        pa = ScriptedPortAudio(**kw)
        monkeypatch.setattr(devices_mod, "import_sounddevice", lambda: pa)
        monkeypatch.setattr("gatekeeper.audio.mic.import_sounddevice", lambda: pa)
        return pa

    return install
