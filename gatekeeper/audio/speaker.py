"""The speaker: PortAudio output at the device's own rate, reporting on the mic's clock.

The speaker's own clock (its sample rate crystal) is not the mic's. Rather than translating
between them, a playback is placed on the *mic* timeline: the session passes the index of the
last mic frame it saw when it starts playing, and the playback ends ``len(audio at 16 kHz)``
samples later on that same timeline. That is the one clock the engine times against.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

import numpy as np

from gatekeeper.audio.base import SAMPLE_RATE, AudioError, AudioSink, AudioUnavailable, Playback
from gatekeeper.audio.devices import (
    DeviceInfo,
    DeviceSpec,
    import_sounddevice,
    pick_samplerate,
    resolve_device,
)
from gatekeeper.audio.resample import resample

# PortAudio's estimate of when a block is heard leaves out the sound server's own latency
# (50-170 ms measured on PulseAudio).
TAIL_MARGIN_S = 0.25


class _Queued:
    def __init__(self, playback: Playback, audio: np.ndarray) -> None:
        self.playback = playback
        self.audio = audio
        self.pos = 0


class Speaker(AudioSink):
    """Plays queued clips back to back from PortAudio's callback; silence when idle."""

    def __init__(self, device: DeviceSpec = None, *, block_s: float = 0.02) -> None:
        super().__init__()
        self._sd = import_sounddevice()
        self.device: DeviceInfo = resolve_device(device, "output")
        self.channels = min(2, self.device.max_output_channels)
        self.device_rate = pick_samplerate(self._sd, self.device, "output", self.channels)
        self._blocksize = max(1, round(block_s * self.device_rate))
        self._lock = threading.Lock()
        self._queue: deque[_Queued] = deque()
        self._stream: Any = None
        self.underflows = 0
        self.error: BaseException | None = None
        self._tail_until = 0.0  # monotonic time when the last sound handed over is heard

    def open(self) -> None:
        """Start the output stream now (playing silence); :meth:`play` opens it otherwise."""
        self._open()

    def _open(self) -> None:
        if self._stream is not None:
            return
        try:
            self._stream = self._sd.OutputStream(
                device=self.device.index,
                samplerate=self.device_rate,
                channels=self.channels,
                dtype="float32",
                blocksize=self._blocksize,
                # "low" (40 ms of client buffer here) underran under load: the sound server
                # then pauses and later lines reach the ear up to 0.4 s after their place on
                # the call's timeline. With 100 ms the server keeps less in its own buffer, so
                # the total delay to the ear stays about the same (~0.2 s on PulseAudio).
                latency=0.1,
                callback=self._callback,
            )
            self._stream.start()
        except Exception as e:
            self._stream = None
            raise AudioUnavailable(
                f"cannot open speaker {self.device.name!r} at {self.device_rate} Hz: {e}"
            ) from e

    @property
    def latency_s(self) -> float:
        """The output stream's reported latency (0 before the first play)."""
        return float(self._stream.latency) if self._stream is not None else 0.0

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        try:
            if status.output_underflow:
                self.underflows += 1
            out = np.zeros(frames, dtype=np.float32)
            filled = 0
            with self._lock:
                while filled < frames and self._queue:
                    item = self._queue[0]
                    take = min(frames - filled, len(item.audio) - item.pos)
                    out[filled : filled + take] = item.audio[item.pos : item.pos + take]
                    item.pos += take
                    filled += take
                    if item.pos >= len(item.audio):
                        self._queue.popleft()
                        item.playback._finish()
            if filled:
                ahead = max(0.0, time_info.outputBufferDacTime - time_info.currentTime)
                self._tail_until = time.monotonic() + ahead + frames / self.device_rate
            outdata[:] = out[:, None]
        except Exception as e:
            self.error = e
            raise self._sd.CallbackAbort from e

    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback:
        if self.error is not None:
            raise AudioError(f"speaker failed: {type(self.error).__name__}: {self.error}")
        n16 = round(len(audio) * SAMPLE_RATE / sample_rate)
        device_audio = resample(audio, sample_rate, self.device_rate)
        self._open()
        with self._lock:
            playback = self._place(n16, at_index)
            if len(device_audio):
                self._queue.append(_Queued(playback, device_audio))
            else:
                playback._finish()
        return playback

    def cancel(self) -> None:
        """Cut playback short (barge-in); each cut playback's end moves to where it stopped."""
        with self._lock:
            for item in self._queue:
                played16 = round(item.pos * SAMPLE_RATE / self.device_rate)
                item.playback._finish(item.playback.start_index + played16, cancelled=True)
            if self._queue:
                self._busy_until = self._queue[0].playback.end_index
            self._queue.clear()

    def close(self, end_index: int | None = None) -> None:
        """Stop, once what the device already holds was heard (a line played to its end
        keeps its last syllable; cancelled audio is cut at once)."""
        if not self._queue:
            time.sleep(min(1.0, max(0.0, self._tail_until + TAIL_MARGIN_S - time.monotonic())))
        self.cancel()
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:
                pass


def open_speaker(device: DeviceSpec = None) -> Speaker:
    """The speaker to use: ``device`` if given, else the saved choice, else the default."""
    if device is None:
        from gatekeeper.audio.settings import load_settings

        device = load_settings().output_device
    return Speaker(device)
