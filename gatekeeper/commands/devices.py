"""``gatekeeper devices``: which microphones and speakers PortAudio sees, and which to use.

Without PortAudio or without any device this says so in one line and exits 2; everything
that does not need audio (text mode, validate, judge) keeps working.
"""

from __future__ import annotations

from typing import Any

import click

from gatekeeper.commands.output import BadInput, emit, run_command


@click.command("devices")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--set-input",
    "set_input",
    metavar="DEVICE",
    help="Remember this microphone (index or name) for future calls.",
)
@click.option(
    "--set-output",
    "set_output",
    metavar="DEVICE",
    help="Remember this speaker (index or name) for future calls.",
)
@click.option("--reset", is_flag=True, help="Forget the saved devices (use the defaults).")
def command(as_json: bool, set_input: str | None, set_output: str | None, reset: bool) -> None:
    """List audio input and output devices (index, name, host API, channels, default rate)."""

    def body() -> int:
        from dataclasses import replace

        from gatekeeper.audio.base import AudioError
        from gatekeeper.audio.devices import list_devices, resolve_device
        from gatekeeper.audio.settings import (
            AudioSettings,
            load_settings,
            save_settings,
            settings_path,
        )

        try:
            devices = list_devices()
            if not devices:
                raise BadInput("no audio devices found; text mode still works")
            settings = AudioSettings() if reset else load_settings()
            if set_input is not None:
                settings = replace(settings, input_device=resolve_device(set_input, "input").name)
            if set_output is not None:
                chosen = resolve_device(set_output, "output").name
                settings = replace(settings, output_device=chosen)
        except AudioError as e:
            raise BadInput(str(e)) from e
        changed = reset or set_input is not None or set_output is not None
        if changed:
            save_settings(settings)
        inputs = [d for d in devices if d.max_input_channels > 0]
        outputs = [d for d in devices if d.max_output_channels > 0]
        payload: dict[str, Any] = {
            "input": [d.as_dict() for d in inputs],
            "output": [d.as_dict() for d in outputs],
            "saved": {
                "input_device": settings.input_device,
                "output_device": settings.output_device,
                "path": str(settings_path()),
                "changed": changed,
            },
        }

        def rows(kind: str, found: list, channels: str, flag: str) -> list[str]:
            lines = [f"{kind}:"]
            for d in found:
                mark = "*" if getattr(d, flag) else " "
                lines.append(
                    f" {mark}{d.index:>3}  {d.name}  ({d.hostapi}, {getattr(d, channels)} ch, "
                    f"{d.default_samplerate:g} Hz)"
                )
            if not found:
                lines.append("   (none)")
            return lines

        def human() -> str:
            lines = rows("input devices", inputs, "max_input_channels", "default_input")
            lines += rows("output devices", outputs, "max_output_channels", "default_output")
            lines.append("* = system default")
            saved_in = settings.input_device if settings.input_device is not None else "default"
            saved_out = settings.output_device if settings.output_device is not None else "default"
            verb = "saved" if changed else "in use"
            lines.append(f"{verb}: input {saved_in}, output {saved_out} ({settings_path()})")
            return "\n".join(lines)

        emit(payload, as_json, human)
        return 0

    run_command(as_json, body)
