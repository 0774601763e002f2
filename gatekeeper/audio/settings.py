"""The trainee's chosen input and output devices, remembered between runs.

Stored as JSON in the config directory: ``$GATEKEEPER_CONFIG_DIR`` if set, else
``$XDG_CONFIG_HOME/gatekeeper`` (``~/.config/gatekeeper``). Devices are kept by name where
possible, because PortAudio indices change when a headset is plugged in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from gatekeeper.audio.base import AudioError
from gatekeeper.locations import config_dir

SETTINGS_FILE = "audio.json"


class SettingsError(AudioError):
    """The settings file exists but cannot be used; the message names the file."""


@dataclass(frozen=True)
class AudioSettings:
    input_device: int | str | None = None
    output_device: int | str | None = None


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _device_value(value: object, key: str, path: Path) -> int | str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str):
        return value or None
    raise SettingsError(f"{path}: {key} must be a device name, an index or null")


def load_settings() -> AudioSettings:
    """The saved settings; defaults when nothing was saved yet."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AudioSettings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SettingsError(f"{path}: cannot read audio settings ({e})") from e
    if not isinstance(raw, dict):
        raise SettingsError(f"{path}: audio settings must be a JSON object")
    return AudioSettings(
        input_device=_device_value(raw.get("input_device"), "input_device", path),
        output_device=_device_value(raw.get("output_device"), "output_device", path),
    )


def save_settings(settings: AudioSettings) -> Path:
    """Write atomically (temp file + rename), so a crash never leaves half a file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
