"""``gatekeeper voices list|install``: which gatekeeper voices are here, and getting more.

Listing shows every voice of both engines: Pico's (inside the ``py-nanotts`` package, on
every install) and the installed Piper voices, with engine, language, gender where known,
quality and where each comes from. Installing downloads ``NAME.onnx`` and ``NAME.onnx.json``
the way Piper's own downloader does (same URL layout; ``GATEKEEPER_VOICE_URL`` points it
elsewhere), with a progress bar on stderr, and keeps the voice only if it checks out (see
:func:`gatekeeper.speech.voices.install_voice`).
"""

from __future__ import annotations

from typing import Any

import click

from gatekeeper.commands.output import EXIT_INTERNAL, BadInput, emit, fail, run_command
from gatekeeper.scenario.model import Language


@click.group("voices")
def command() -> None:
    """List the voices (Pico and Piper) or install a Piper voice."""


@command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def list_command(as_json: bool) -> None:
    """Show every voice (Pico and Piper): engine, language, gender, quality, source."""

    def body() -> int:
        from gatekeeper.speech.pico import pico_status
        from gatekeeper.speech.voices import list_voices, missing_voice_message

        voices = list_voices()
        have = {v.language for v in voices}
        missing = {
            lang.value: missing_voice_message(lang.value)
            for lang in Language
            if lang.value not in have
        }
        payload: dict[str, Any] = {
            "voices": [v.to_json() for v in voices],
            "missing": missing,
            "pico": {"available": pico_status() is None, "reason": pico_status()},
        }

        def human() -> str:
            rows = [("NAME", "ENGINE", "LANG", "GENDER", "QUALITY", "RATE", "SOURCE", "PATH")]
            rows += [
                (
                    v.name,
                    v.engine,
                    v.language,
                    v.gender or "-",
                    v.quality,
                    str(v.sample_rate),
                    v.source,
                    str(v.path),
                )
                for v in voices
            ]
            n = len(rows[0]) - 1
            widths = [max(len(r[i]) for r in rows) for i in range(n)]
            lines = [
                "  ".join(c.ljust(w) for c, w in zip(r[:n], widths, strict=True)) + "  " + r[n]
                for r in rows
            ]
            if not voices:
                lines = ["no voices installed"]
            if pico_status() is not None:
                lines.append(f"Pico voices unavailable: {pico_status()}")
            lines += list(missing.values())
            return "\n".join(lines)

        emit(payload, as_json, human)
        return 0

    run_command(as_json, body)


@command.command("install")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def install_command(name: str, as_json: bool) -> None:
    """Download the Piper voice NAME (e.g. de_DE-thorsten-medium) into your voice folder."""

    def body() -> int:
        from gatekeeper.speech.pico import is_pico_name, pico_status
        from gatekeeper.speech.voices import (
            UnknownVoice,
            VoiceError,
            VoiceNameError,
            find_voice,
            install_voice,
            parse_voice_name,
        )

        if is_pico_name(name.strip()):
            pico = find_voice(name.strip())
            if pico is None:
                reason = pico_status() or "it is not one of Pico's voices"
                raise BadInput(f"{name.strip()} is not available here: {reason}")
            emit(
                {"voice": pico.to_json(), "already_installed": True},
                as_json,
                lambda: f"{pico.name} comes with the py-nanotts package; nothing to install",
            )
            return 0
        try:
            parse_voice_name(name)
        except VoiceNameError as e:
            raise BadInput(str(e)) from e
        present = find_voice(name.strip())
        if present is not None:
            payload = {"voice": present.to_json(), "already_installed": True}
            emit(
                payload,
                as_json,
                lambda: f"{present.name} is already installed ({present.source}: {present.path})",
            )
            return 0
        bar = ProgressBars()
        try:
            info = install_voice(name, progress=bar.update)
        except (VoiceNameError, UnknownVoice) as e:
            bar.close()
            raise BadInput(str(e)) from e
        except VoiceError as e:
            bar.close()
            fail(str(e), as_json, EXIT_INTERNAL)
        bar.close()
        payload = {"voice": info.to_json(), "already_installed": False}
        emit(
            payload,
            as_json,
            lambda: (
                f"installed {info.name} ({info.language}, "
                f"{info.quality}, {info.sample_rate} Hz) in {info.path.parent}"
            ),
        )
        return 0

    run_command(as_json, body)


class ProgressBars:
    """One progress line on stderr per downloaded file (the download helper's printer)."""

    def __init__(self) -> None:
        self._bars: dict[str, Any] = {}
        self._done: dict[str, int] = {}

    def update(self, filename: str, done: int, total: int | None) -> None:
        from gatekeeper.speech.download import progress_printer

        if filename not in self._bars:
            self._bars[filename] = progress_printer(filename)
        self._done[filename] = done
        self._bars[filename](done, total)

    def close(self) -> None:
        """End lines left open (unknown size, or a download that failed half way)."""
        for filename, bar in self._bars.items():
            bar.finish(self._done.get(filename))
