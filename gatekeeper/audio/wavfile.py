"""WAV files as the microphone and as the speaker.

A WAV source lets a recorded trainee drive a whole call — in real time for demos, or as fast
as the CPU allows for tests and benchmarks, with identical frames either way. A WAV sink
writes the gatekeeper's side on the *same* timeline as the mic, so the two files line up
sample for sample (silence wherever the gatekeeper says nothing).
"""

from __future__ import annotations

import struct
import time
import wave
from pathlib import Path

import numpy as np

from gatekeeper.audio.base import (
    FRAME_SAMPLES,
    SAMPLE_RATE,
    AudioError,
    AudioSink,
    AudioSource,
    Frame,
    Playback,
)
from gatekeeper.audio.resample import resample, to_float32, to_int16

_PCM = 1
_FLOAT = 3
_EXTENSIBLE = 0xFFFE


class WavFormatError(AudioError):
    """The file is not a WAV this reader understands; the message names the file."""


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """Read a RIFF/WAVE file: PCM 8/16/24/32-bit or IEEE float 32/64, any rate and channels.

    Returns float32 samples shaped ``(frames, channels)`` and the sample rate. The standard
    library's ``wave`` cannot read float WAVs, hence this small parser.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise WavFormatError(f"cannot read {path}: {e.strerror or e}") from e
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise WavFormatError(f"{path}: not a WAV file (no RIFF/WAVE header)")
    fmt = None
    payload = None
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if cid == b"fmt ":
            fmt = body
        elif cid == b"data":
            payload = body
            if fmt is not None:
                break
        pos += 8 + size + (size & 1)
    if fmt is None or len(fmt) < 16:
        raise WavFormatError(f"{path}: WAV file has no format chunk")
    if payload is None:
        raise WavFormatError(f"{path}: WAV file has no data chunk")
    tag, channels, rate, _, block_align, bits = struct.unpack("<HHIIHH", fmt[:16])
    if tag == _EXTENSIBLE and len(fmt) >= 26:
        tag = struct.unpack("<H", fmt[24:26])[0]
    if channels < 1 or rate < 1000 or block_align < 1:
        raise WavFormatError(f"{path}: WAV header is invalid ({channels} ch, {rate} Hz)")
    payload = payload[: len(payload) - len(payload) % block_align]
    width = block_align // channels
    if tag == _PCM and width == 3:
        raw = np.frombuffer(payload, dtype=np.uint8).reshape(-1, 3)
        ints = (raw[:, 0].astype(np.int32) | (raw[:, 1].astype(np.int32) << 8)
                | (raw[:, 2].astype(np.int8).astype(np.int32) << 16))
        samples = (ints / 8388608.0).astype(np.float32)
    elif tag == _PCM and width in (1, 2, 4):
        wire, native = {1: ("u1", np.uint8), 2: ("<i2", np.int16), 4: ("<i4", np.int32)}[width]
        samples = to_float32(np.frombuffer(payload, dtype=wire).astype(native))
    elif tag == _FLOAT and width in (4, 8):
        samples = np.frombuffer(payload, dtype="<f4" if width == 4 else "<f8").astype(np.float32)
    else:
        raise WavFormatError(
            f"{path}: unsupported WAV encoding (format {tag}, {bits}-bit); "
            "use 8/16/24/32-bit PCM or 32/64-bit float"
        )
    return samples.reshape(-1, channels), rate


def write_wav(path: str | Path, samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> None:
    """Write mono or ``(n, channels)`` audio as 16-bit PCM."""
    pcm = to_int16(samples)
    channels = 1 if pcm.ndim == 1 else pcm.shape[1]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm.tobytes())


def load_mono_16k(path: str | Path) -> np.ndarray:
    """A WAV file as the pipeline's 16 kHz mono float32 signal."""
    samples, rate = read_wav(path)
    return resample(samples, rate, SAMPLE_RATE)


class WavSource(AudioSource):
    """A WAV file standing in for the microphone.

    The whole file is resampled once, so real-time and fast modes hand out byte-identical
    frames; real time only adds waiting until each frame would have been captured. After the
    file ends, ``tail_silence_s`` of silence frames follow, so a call can run out its shock
    pause instead of ending mid-silence.
    """

    def __init__(
        self, path: str | Path, realtime: bool = False, tail_silence_s: float = 0.0
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.realtime = realtime
        self.tail_silence_s = tail_silence_s
        self._signal = load_mono_16k(self.path)
        self.speech_samples = len(self._signal)
        n_tail = round(tail_silence_s * SAMPLE_RATE)
        total = len(self._signal) + n_tail
        total += (-total) % FRAME_SAMPLES
        self._signal = np.concatenate(
            [self._signal, np.zeros(total - len(self._signal), dtype=np.float32)]
        )
        self._next = 0
        self._t0: float | None = None
        self._stopped = False

    @property
    def duration_s(self) -> float:
        """Length including the silent tail (a whole number of frames)."""
        return len(self._signal) / SAMPLE_RATE

    def start(self) -> None:
        self._t0 = time.monotonic()
        self._stopped = False

    def read(self) -> Frame | None:
        if self._stopped or self._next >= len(self._signal):
            return None
        if self._t0 is None:
            self.start()
        index = self._next
        if self.realtime:
            due = self._t0 + (index + FRAME_SAMPLES) / SAMPLE_RATE
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self._next += FRAME_SAMPLES
        return self._delivered(Frame(index, self._signal[index : index + FRAME_SAMPLES].copy()))

    def stop(self) -> None:
        self._stopped = True


class WavSink(AudioSink):
    """Writes the gatekeeper's audio as a 16 kHz mono 16-bit WAV on the mic's timeline.

    Each ``play`` is written at its timeline index, with silence filling the gap since the
    previous one; ``close(end_index)`` pads to the call's final index so the file is exactly
    as long as the mic recording. The header is patched after every write, so even a file
    left behind by a crash is a valid WAV.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            self._wav = wave.open(str(self.path), "wb")  # noqa: SIM115 - closed in close()
        except OSError as e:
            raise AudioError(f"cannot write {self.path}: {e.strerror or e}") from e
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(SAMPLE_RATE)
        self._written = 0
        self.playbacks: list[Playback] = []

    def _silence_until(self, index: int) -> None:
        if index > self._written:
            self._wav.writeframes(np.zeros(index - self._written, dtype=np.int16).tobytes())
            self._written = index

    def play(self, audio: np.ndarray, sample_rate: int, at_index: int) -> Playback:
        if self._wav is None:
            raise AudioError(f"{self.path}: sink already closed")
        pcm16k = to_int16(resample(audio, sample_rate, SAMPLE_RATE))
        playback = self._place(len(pcm16k), at_index)
        self._silence_until(playback.start_index)
        self._wav.writeframes(pcm16k.tobytes())
        self._written = playback.end_index
        playback._finish()
        self.playbacks.append(playback)
        return playback

    def close(self, end_index: int | None = None) -> None:
        if self._wav is None:
            return
        if end_index is not None:
            self._silence_until(end_index)
        self._wav.close()
        self._wav = None
