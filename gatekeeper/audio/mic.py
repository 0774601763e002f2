"""The microphone: PortAudio input at the device's own rate, delivered as 16 kHz frames.

PortAudio's callback runs on its own thread and must never block, so it only copies the
block into a queue; resampling and framing happen in :meth:`Microphone.read` on the caller's
thread. The running sample index is the call's clock, so it keeps real time across input
lost to an overflow (the reader fell behind and the sound card's buffer ran full): the
callback measures the lost stretch from PortAudio's capture times, and the reader puts the
room's tone in its place, so every later sample sits where it was really heard
(:mod:`gatekeeper.audio.lost_input` says when the capture times are believed and why the
room's tone rather than zeros). Each overflow is counted (:attr:`Microphone.overflows`), and
the time put in place is summed (:attr:`Microphone.lost_s`); where the capture times give
no clear evidence, the overflow is only counted and the timeline is short by the loss.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from typing import Any

import numpy as np

from gatekeeper.audio.base import (
    SAMPLE_RATE,
    AudioError,
    AudioSource,
    AudioStalled,
    AudioUnavailable,
    Frame,
    Framer,
)
from gatekeeper.audio.devices import (
    DeviceInfo,
    DeviceSpec,
    import_sounddevice,
    pick_samplerate,
    resolve_device,
)
from gatekeeper.audio.lost_input import ROOM_S, CaptureClock, quietest, room_tone
from gatekeeper.audio.resample import StreamResampler, to_mono

_STOP = object()


class _Lost:
    """Queued before the block that came after a lost stretch: how many device samples to
    put in its place."""

    def __init__(self, samples: int) -> None:
        self.samples = samples


STALLED = "microphone stopped delivering audio"
"""How a stall is told, on the microphone check and in the call (then the details)."""

SUSPEND_GAP_S = 0.5
"""The reader's own wait is at most 0.1 s per round: a longer gap between two rounds means
this process was not running (laptop lid closed, SIGSTOP, a swap storm), so the device gets
a fresh allowance instead of being declared stalled for what the process itself missed."""


class Microphone(AudioSource):
    """Frames from a sound card input; see the module docstring for the threading model."""

    def __init__(
        self,
        device: DeviceSpec = None,
        *,
        stall_timeout_s: float = 1.0,
        startup_timeout_s: float = 5.0,
        block_s: float = 0.02,
    ) -> None:
        super().__init__()
        self._sd = import_sounddevice()
        self.device: DeviceInfo = resolve_device(device, "input")
        self.channels = min(2, self.device.max_input_channels)
        self.device_rate = pick_samplerate(self._sd, self.device, "input", self.channels)
        self.stall_timeout_s = stall_timeout_s
        self.startup_timeout_s = startup_timeout_s
        self._blocksize = max(1, round(block_s * self.device_rate))
        self._queue: queue.Queue[Any] = queue.Queue()
        self._resampler = StreamResampler(self.device_rate)
        self._framer = Framer()
        self._ready: list[Frame] = []
        self._stream: Any = None
        self._error: BaseException | None = None
        self._overflows = 0
        self._lost = 0  # device samples put in place of input lost to overflows
        self._capture_clock = CaptureClock(self.device_rate)
        self._recent: deque[np.ndarray] = deque(
            maxlen=max(1, round(ROOM_S * self.device_rate / self._blocksize))
        )  # the last second of mono blocks, where the room's tone is taken from
        self._rng = np.random.default_rng(0)
        self._captured = 0  # device samples the callback received or put in place of lost ones
        self._captured_at = 0.0  # monotonic time of the last block
        self._stopped = False
        self._last_block = 0.0
        self._last_round = 0.0
        self._started_delivering = False

    @property
    def overflows(self) -> int:
        return self._overflows

    @property
    def lost_s(self) -> float:
        """Seconds of input lost to overflows and put back on the timeline as the room's
        tone (an overflow whose loss could not be measured adds nothing here)."""
        return self._lost / self.device_rate

    @property
    def live_index(self) -> int:
        """The timeline index of the newest sample PortAudio delivered, whether or not
        :meth:`read` has handed it out yet: the call's "now" in real time. The frame loop's
        own position lags it by whatever it has still to process (a busy moment, a line
        being synthesised); a playback placed at that lagging index would be heard later
        than the timeline says."""
        captured, at = self._captured, self._captured_at
        if captured:  # the samples since the last block are in the air already: count them
            captured += min(self._blocksize, (time.monotonic() - at) * self.device_rate)
        return int(captured * SAMPLE_RATE / self.device_rate)

    @property
    def latency_s(self) -> float:
        """PortAudio's estimate of the delay from the air to the delivered stream."""
        stream = self._stream
        try:
            return float(stream.latency) if stream is not None else 0.0
        except Exception:
            return 0.0

    def start(self) -> None:
        if self._stream is not None:
            return
        try:
            self._stream = self._sd.InputStream(
                device=self.device.index,
                samplerate=self.device_rate,
                channels=self.channels,
                dtype="float32",
                blocksize=self._blocksize,
                callback=self._callback,
            )
            self._stream.start()
        except Exception as e:
            self._stream = None
            raise AudioUnavailable(
                f"cannot open microphone {self.device.name!r} at {self.device_rate} Hz: {e}"
            ) from e
        self._stopped = False
        self._last_block = self._last_round = time.monotonic()

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        try:
            overflow = bool(status.input_overflow)
            if overflow:
                self._overflows += 1
            lost = self._capture_clock.lost_before(time_info, frames, overflow)
            if lost:
                self._queue.put_nowait(_Lost(lost))
                self._lost += lost
            self._queue.put_nowait(indata.copy())
            self._captured_at = time.monotonic()
            self._captured += lost + frames
        except Exception as e:
            self._error = e
            raise self._sd.CallbackAbort from e

    def read(self) -> Frame | None:
        """Block until the next frame; ``None`` after :meth:`stop`.

        Raises :class:`AudioStalled` when no audio arrived for ``stall_timeout_s`` (device
        unplugged): the stream is stopped, and every frame read before stays valid. Before
        the first block the allowance is ``startup_timeout_s``: some backends (ALSA's pulse
        plugin) take well over a second to deliver anything after opening.
        """
        if self._stream is None and not self._stopped:
            self.start()
        while not self._ready:
            if self._error is not None:
                err, self._error = self._error, None
                self.stop()
                raise AudioError(f"microphone failed: {type(err).__name__}: {err}")
            if self._stopped:
                return None
            self._allow_for_own_freeze()
            try:
                block = self._queue.get(timeout=0.1)
            except queue.Empty:
                self._allow_for_own_freeze()
                waited = time.monotonic() - self._last_block
                if not self._started_delivering and waited > self.startup_timeout_s:
                    self.stop()
                    raise AudioStalled(
                        f"{STALLED}: {self.device.name!r} delivered no audio within "
                        f"{self.startup_timeout_s:g} s of opening; check the device"
                    ) from None
                if self._started_delivering and waited > self.stall_timeout_s:
                    self.stop()
                    raise AudioStalled(
                        f"{STALLED}: {self.device.name!r} sent no audio for "
                        f"{self.stall_timeout_s:g} s (unplugged or suspended?)"
                    ) from None
                continue
            if block is _STOP:
                continue
            if isinstance(block, _Lost):
                samples = room_tone(quietest(self._recent), block.samples, self._rng)
            else:
                self._last_block = time.monotonic()
                self._started_delivering = True
                samples = to_mono(block)
                self._recent.append(samples)
            self._ready.extend(self._framer.push(self._resampler.process(samples)))
        return self._delivered(self._ready.pop(0))

    def _allow_for_own_freeze(self) -> None:
        now = time.monotonic()
        if now - self._last_round > SUSPEND_GAP_S:
            self._last_block = now
        self._last_round = now

    def stop(self) -> None:
        self._stopped = True
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:
                pass
        self._queue.put(_STOP)


def open_microphone(device: DeviceSpec = None) -> Microphone:
    """The microphone to use: ``device`` if given, else the saved choice, else the default."""
    if device is None:
        from gatekeeper.audio.settings import load_settings

        device = load_settings().input_device
    return Microphone(device)


def wait_for_microphone(
    device: DeviceSpec,
    stop: threading.Event,
    *,
    first_wait_s: float = 0.5,
    longest_wait_s: float = 8.0,
    probe_s: float = 2.0,
) -> bool:
    """The watchdog after a stall: try to open ``device`` and read one frame, again and
    again with a growing wait between tries (0.5, 1, 2, 4, 8, 8 ... s), until it delivers
    audio (True) or ``stop`` is set (False). A device that is back after a suspended laptop
    or a suspended PulseAudio source is found on the next try."""
    wait_s = first_wait_s
    while not stop.is_set():
        try:
            mic = Microphone(device, startup_timeout_s=probe_s)
            try:
                if mic.read() is not None:
                    return True
            finally:
                mic.stop()
        except Exception:
            pass
        if stop.wait(wait_s):
            return False
        wait_s = min(wait_s * 2, longest_wait_s)
    return False
