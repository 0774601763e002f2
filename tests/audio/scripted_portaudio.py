"""A scripted PortAudio: it stands in for the C library only (its device table and its
callback thread), so the real Microphone, Speaker and CLI can be tested without a sound card.
Install it with the ``portaudio`` fixture (``tests/audio/conftest.py``).
"""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import numpy as np


class ScriptedPortAudio:
    """Devices: 0 = "Built-in Mic" (2 ch, 44.1 kHz, refuses 44.1 kHz), 1 = "USB Headset"."""

    class CallbackAbort(Exception):
        pass

    def __init__(
        self,
        blocks: int = 1000,
        overflow_at: int | None = None,
        bad_block_at: int | None = None,
        devices: list | None = None,
    ) -> None:
        self.devices = (
            devices
            if devices is not None
            else [
                {
                    "index": 0,
                    "name": "Built-in Mic",
                    "hostapi": 0,
                    "max_input_channels": 2,
                    "max_output_channels": 0,
                    "default_samplerate": 44_100.0,
                },
                {
                    "index": 1,
                    "name": "USB Headset",
                    "hostapi": 0,
                    "max_input_channels": 1,
                    "max_output_channels": 2,
                    "default_samplerate": 48_000.0,
                },
            ]
        )
        self.default = SimpleNamespace(device=[0, 1])
        self.blocks, self.overflow_at, self.bad_block_at = blocks, overflow_at, bad_block_at
        self.opened: list[dict] = []

    def query_devices(self, kind: str | None = None):
        return self.devices

    def query_hostapis(self):
        return [{"name": "ALSA"}]

    def check_input_settings(self, device, samplerate, channels, dtype) -> None:
        if device == 0 and samplerate == 44_100:
            raise ValueError("Invalid sample rate")

    check_output_settings = check_input_settings

    def InputStream(self, **kw):
        self.opened.append(kw)
        return _Stream(self, kw)


class _Stream:
    def __init__(self, pa: ScriptedPortAudio, kw: dict) -> None:
        self.pa, self.kw = pa, kw
        self._stop = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        rate, ch, n = self.kw["samplerate"], self.kw["channels"], self.kw["blocksize"]
        t = 0
        for b in range(self.pa.blocks):
            if self._stop.is_set():
                return
            idx = np.arange(t, t + n)
            block = np.repeat((0.3 * np.sin(2 * np.pi * 500 * idx / rate))[:, None], ch, 1)
            status = SimpleNamespace(input_overflow=b == self.pa.overflow_at)
            data = None if b == self.pa.bad_block_at else block.astype(np.float32)
            try:
                self.kw["callback"](data, n, None, status)
            except ScriptedPortAudio.CallbackAbort:
                return
            t += n
            time.sleep(0.001)

    def abort(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._stop.set()
