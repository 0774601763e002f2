"""Device listing, saved device choice, and the microphone's faults on a scripted PortAudio.

The scripted PortAudio (``audio/scripted_portaudio.py``, installed by the ``portaudio``
fixture) stands in for the C library only (its device table and its callback thread); the
code under test is the real Microphone/Speaker/CLI.
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest
from click.testing import CliRunner

import gatekeeper.audio.devices as devices_mod
from gatekeeper.audio.base import AudioError, AudioStalled, AudioUnavailable
from gatekeeper.audio.settings import (
    AudioSettings,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
)
from gatekeeper.cli import main


def test_microphone_falls_back_from_a_refused_rate_and_downmixes(portaudio) -> None:
    from gatekeeper.audio.mic import Microphone

    pa = portaudio(blocks=200, overflow_at=5)
    mic = Microphone()
    assert mic.device.name == "Built-in Mic" and mic.device_rate == 48_000
    with mic:
        frames = [mic.read() for _ in range(20)]
    assert pa.opened[0]["channels"] == 2 and pa.opened[0]["samplerate"] == 48_000
    assert [f.index for f in frames] == [i * 512 for i in range(20)]
    signal = np.concatenate([f.samples for f in frames])
    spectrum = np.abs(np.fft.rfft(signal[1000:]))
    assert np.fft.rfftfreq(len(signal) - 1000, 1 / 16_000)[np.argmax(spectrum)] == pytest.approx(
        500, abs=3
    )
    assert mic.overflows == 1
    assert mic.read() is None  # stopped


def test_unplugged_microphone_stops_with_a_clear_message(portaudio) -> None:
    from gatekeeper.audio.mic import Microphone

    portaudio(blocks=30)  # 30 blocks of 20 ms, then nothing
    mic = Microphone("USB", stall_timeout_s=0.3)
    got = []
    stalled = "microphone stopped delivering audio: .* no audio for 0.3 s"
    with pytest.raises(AudioStalled, match=stalled):
        while True:
            got.append(mic.read())
    assert len(got) >= 15 and got[-1].index == (len(got) - 1) * 512


def test_callback_error_is_surfaced(portaudio) -> None:
    from gatekeeper.audio.mic import Microphone

    portaudio(bad_block_at=3)
    mic = Microphone()
    with pytest.raises(AudioError, match="microphone failed: AttributeError"):
        for _ in range(100):
            mic.read()


def test_missing_portaudio_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoPortAudio:
        def find_spec(self, name, path=None, target=None):
            if name == "sounddevice":
                raise OSError("PortAudio library not found")
            return None

    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPortAudio(), *sys.meta_path])
    with pytest.raises(AudioUnavailable, match="install libportaudio2"):
        devices_mod.import_sounddevice()
    result = CliRunner().invoke(main, ["devices"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "PortAudio" in result.output
    result = CliRunner().invoke(main, ["devices", "--json"])
    assert result.exit_code == 2 and "PortAudio" in json.loads(result.output)["error"]


def test_no_devices_and_no_input(portaudio) -> None:
    portaudio(devices=[])
    result = CliRunner().invoke(main, ["devices"])
    assert result.exit_code == 2 and "no audio devices" in result.output
    portaudio(
        devices=[
            {
                "index": 0,
                "name": "HDMI",
                "hostapi": 0,
                "max_input_channels": 0,
                "max_output_channels": 2,
                "default_samplerate": 48_000.0,
            }
        ]
    )
    from gatekeeper.audio.mic import Microphone

    with pytest.raises(AudioUnavailable, match="no input device"):
        Microphone()


def test_devices_command_lists_and_saves(portaudio) -> None:
    portaudio()
    result = CliRunner().invoke(main, ["devices", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [d["name"] for d in payload["input"]] == ["Built-in Mic", "USB Headset"]
    assert [d["name"] for d in payload["output"]] == ["USB Headset"]
    assert payload["input"][0]["default_input"] and payload["output"][0]["default_output"]
    assert payload["input"][0]["hostapi"] == "ALSA"

    result = CliRunner().invoke(main, ["devices", "--set-input", "usb", "--set-output", "1"])
    assert result.exit_code == 0, result.output
    assert "USB Headset" in result.output and "saved" in result.output
    assert load_settings() == AudioSettings("USB Headset", "USB Headset")

    result = CliRunner().invoke(main, ["devices", "--set-input", "nonesuch"])
    assert result.exit_code == 2 and "no input device named 'nonesuch'" in result.output
    assert load_settings() == AudioSettings("USB Headset", "USB Headset")  # nothing lost


def test_open_microphone_uses_the_saved_device(portaudio) -> None:
    from gatekeeper.audio.mic import open_microphone

    portaudio()
    assert open_microphone().device.name == "Built-in Mic"
    save_settings(AudioSettings(input_device="USB Headset"))
    assert open_microphone().device.name == "USB Headset"
    assert open_microphone(0).device.name == "Built-in Mic"


def test_settings_round_trip_in_the_config_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GATEKEEPER_CONFIG_DIR", str(tmp_path / "cfg"))
    assert load_settings() == AudioSettings()
    path = save_settings(AudioSettings(input_device=3, output_device="Speakers"))
    assert path == tmp_path / "cfg" / "audio.json" == settings_path()
    assert load_settings() == AudioSettings(3, "Speakers")
    path.write_text("{broken")
    with pytest.raises(SettingsError, match="audio.json"):
        load_settings()
    path.write_text('{"input_device": [1]}')
    with pytest.raises(SettingsError, match="input_device"):
        load_settings()


def test_settings_default_to_xdg(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("GATEKEEPER_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "gatekeeper" / "audio.json"


def test_a_microphone_that_never_starts_is_reported(portaudio) -> None:
    from gatekeeper.audio.mic import Microphone

    portaudio(blocks=0)
    mic = Microphone(stall_timeout_s=0.1, startup_timeout_s=0.4)
    stalled = "microphone stopped delivering audio: .* no audio within 0.4 s of opening"
    with pytest.raises(AudioStalled, match=stalled):
        mic.read()
    assert mic.read() is None
