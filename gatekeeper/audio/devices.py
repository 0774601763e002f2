"""Finding sound devices through PortAudio (sounddevice), with faults as one-line messages.

sounddevice is imported only here and only when asked for, so text-mode use and
``gatekeeper validate`` work on machines without PortAudio or without any sound card.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from gatekeeper.audio.base import AudioUnavailable

Kind = Literal["input", "output"]
DeviceSpec = int | str | None


def import_sounddevice() -> Any:
    """The sounddevice module, or :class:`AudioUnavailable` if PortAudio is missing."""
    try:
        import sounddevice
    except OSError as e:
        raise AudioUnavailable(
            "audio unavailable: the PortAudio library was not found "
            "(install libportaudio2); text mode still works"
        ) from e
    except ImportError as e:
        raise AudioUnavailable(f"audio unavailable: sounddevice is not installed ({e})") from e
    return sounddevice


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    default_input: bool
    default_output: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def channels(self, kind: Kind) -> int:
        return self.max_input_channels if kind == "input" else self.max_output_channels


def _default_indices(sd: Any) -> tuple[int, int]:
    ins, outs = sd.default.device
    try:
        ins = ins if ins is not None and ins >= 0 else sd.query_devices(kind="input")["index"]
    except Exception:
        ins = -1
    try:
        outs = outs if outs is not None and outs >= 0 else sd.query_devices(kind="output")["index"]
    except Exception:
        outs = -1
    return int(ins), int(outs)


def list_devices() -> list[DeviceInfo]:
    sd = import_sounddevice()
    hostapis = sd.query_hostapis()
    default_in, default_out = _default_indices(sd)
    devices = []
    for d in sd.query_devices():
        devices.append(
            DeviceInfo(
                index=int(d["index"]),
                name=str(d["name"]),
                hostapi=str(hostapis[d["hostapi"]]["name"]),
                max_input_channels=int(d["max_input_channels"]),
                max_output_channels=int(d["max_output_channels"]),
                default_samplerate=float(d["default_samplerate"]),
                default_input=int(d["index"]) == default_in,
                default_output=int(d["index"]) == default_out,
            )
        )
    return devices


def resolve_device(spec: DeviceSpec, kind: Kind) -> DeviceInfo:
    """The device meant by ``spec``: an index, a (part of a) name, or None for the default.

    A name must match exactly one device of the right kind, so a saved setting never picks a
    different card silently after devices come and go.
    """
    devices = [d for d in list_devices() if d.channels(kind) > 0]
    if not devices:
        raise AudioUnavailable(f"audio unavailable: no {kind} device found")
    if spec is None or spec == "":
        flag = "default_input" if kind == "input" else "default_output"
        for d in devices:
            if getattr(d, flag):
                return d
        return devices[0]
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        index = int(spec)
        for d in devices:
            if d.index == index:
                return d
        raise AudioUnavailable(f"no {kind} device with index {index} (see `gatekeeper devices`)")
    exact = [d for d in devices if d.name == spec]
    if len(exact) == 1:
        return exact[0]
    matches = [d for d in devices if spec.lower() in d.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AudioUnavailable(f"no {kind} device named {spec!r} (see `gatekeeper devices`)")
    names = ", ".join(repr(d.name) for d in matches[:4])
    raise AudioUnavailable(f"{kind} device {spec!r} is ambiguous: {names}")


def pick_samplerate(sd: Any, device: DeviceInfo, kind: Kind, channels: int) -> int:
    """The device's own default rate if it accepts it, else the first common rate it does.

    Asking a consumer device for 16 kHz directly often fails or resamples badly, so we open
    at its native rate and resample ourselves.
    """
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    candidates = [int(device.default_samplerate), 48_000, 44_100, 16_000, 32_000, 22_050]
    errors = []
    for rate in dict.fromkeys(r for r in candidates if r > 0):
        try:
            check(device=device.index, samplerate=rate, channels=channels, dtype="float32")
            return rate
        except Exception as e:
            errors.append(f"{rate} Hz: {e}")
    raise AudioUnavailable(
        f"{kind} device {device.name!r} refuses every sample rate tried ({errors[0]})"
    )
