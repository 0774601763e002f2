"""The speaker: PortAudio output at the device's own rate, reporting on the mic's clock.

A playback is placed on the *mic* timeline, the one clock the engine times against, and the
speaker makes the sound fit that place rather than the other way round. Following the
microphone (:meth:`Speaker.follow`), each output block notes how far the microphone has
delivered when the block is written ("anchor": the mic's live index minus the speaker's own
output position, both at 16 kHz; constant while both streams run, as they are fed by one
sound server). A clip is then put at the output sample that corresponds to its place on the
timeline, with silence before it if need be, and the playback reports that place plus the
two streams' latencies: when the trainee hears it, on the clock their voice is timed by.

Placing by the index of the last frame the session has seen instead (what an unfollowed
speaker still does) is wrong by however far the frame loop lags real time: a line
synthesised at the start of a call on a cold machine was heard 0.64 s later than reported,
and a line queued behind one still in the device's buffer was heard back to back with it
rather than where the timeline said.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import deque
from typing import Any

import numpy as np

from gatekeeper.audio.base import (
    SAMPLE_RATE,
    AudioError,
    AudioSink,
    AudioSource,
    AudioUnavailable,
    Playback,
)
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

ANCHOR_BLOCKS = 25
"""How many output blocks the anchor is the median of (0.5 s): one block's reading jitters by
up to a block of either stream, and an underrun moves it for good (then it follows within
a quarter second)."""


class _Queued:
    def __init__(self, playback: Playback, audio: np.ndarray, at: int | None = None) -> None:
        self.playback = playback
        self.audio = audio
        self.pos = 0
        self.at = at  # the output sample to start on; None: as soon as the queue reaches it


class Speaker(AudioSink):
    """Plays queued clips from PortAudio's callback, each at its place on the followed
    microphone's timeline (back to back when it follows none); silence when idle."""

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
        self._clock: AudioSource | None = None
        self._written = 0  # output samples (device rate) handed to PortAudio so far
        self._anchors: deque[float] = deque(maxlen=ANCHOR_BLOCKS)
        self.late_starts = 0  # clips that began after their place (the callback was late)

    def follow(self, source: AudioSource) -> None:
        self._clock = source

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
            sounded = False
            with self._lock:
                block_at = self._written
                live = self._clock.live_index if self._clock is not None else 0
                if live > 0:  # the microphone is delivering: its clock runs
                    self._anchors.append(live - block_at * SAMPLE_RATE / self.device_rate)
                while filled < frames and self._queue:
                    item = self._queue[0]
                    if item.at is not None:  # a clip waiting for its place
                        wait = item.at - (block_at + filled)
                        if wait >= frames - filled:
                            break
                        if wait > 0:
                            filled += wait
                        elif wait < 0:
                            self._started_late(item, -wait)
                        item.at = None
                    take = min(frames - filled, len(item.audio) - item.pos)
                    out[filled : filled + take] = item.audio[item.pos : item.pos + take]
                    item.pos += take
                    filled += take
                    sounded = True
                    if item.pos >= len(item.audio):
                        self._queue.popleft()
                        item.playback._finish()
                self._written += frames
            if sounded:
                ahead = max(0.0, time_info.outputBufferDacTime - time_info.currentTime)
                self._tail_until = time.monotonic() + ahead + frames / self.device_rate
            outdata[:] = out[:, None]
        except Exception as e:
            self.error = e
            raise self._sd.CallbackAbort from e

    def _started_late(self, item: _Queued, late: int) -> None:
        """The callback came after the clip's place had gone by (the process was starved):
        it starts now, and its playback moves to where it is really heard."""
        self.late_starts += 1
        shift = round(late * SAMPLE_RATE / self.device_rate)
        item.playback.start_index += shift
        item.playback.end_index += shift
        self._busy_until = max(self._busy_until, item.playback.end_index)

    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback:
        if self.error is not None:
            raise AudioError(f"speaker failed: {type(self.error).__name__}: {self.error}")
        n16 = round(len(audio) * SAMPLE_RATE / sample_rate)
        device_audio = resample(audio, sample_rate, self.device_rate)
        self._open()
        with self._lock:
            at = None
            if self._clock is None or not self._anchors:
                playback = self._place(n16, at_index)
            else:
                # the timeline index the next block to write is heard at, and the earliest
                # place the clip can have: it cannot be heard before it is written
                anchor = statistics.median(self._anchors) + self._delay_to_ear()
                next_block = self._written * SAMPLE_RATE / self.device_rate + anchor
                playback = self._place(n16, max(at_index, int(np.ceil(next_block))))
                at = round((playback.start_index - anchor) * self.device_rate / SAMPLE_RATE)
                at = max(at, self._written)
            if len(device_audio):
                self._queue.append(_Queued(playback, device_audio, at))
            else:
                playback._finish()
        return playback

    def _delay_to_ear(self) -> float:
        """Timeline samples from handing a block to the output stream to the ear, as the
        mic's timeline counts them: the output's latency (what is queued ahead of the block)
        plus the input's (a sound reaches the timeline that much after it was in the air)."""
        clock_latency = self._clock.latency_s if self._clock is not None else 0.0
        return (self.latency_s + clock_latency) * SAMPLE_RATE

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
