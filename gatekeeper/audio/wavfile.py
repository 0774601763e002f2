"""Audio files as the microphone and as the speaker.

Reading is PyAV's (FFmpeg, the decoder faster-whisper itself uses): any format and codec it
decodes (WAV, FLAC, OGG/Opus, MP3, M4A ...), at any rate and channel count. What stays here
is what no library does for us: a file source that hands out the pipeline's frames (in real
time for demos, or as fast as the CPU allows for tests and benchmarks, with identical frames
either way), and a sink that writes the gatekeeper's side on the *same* timeline as the mic,
so the two files line up sample for sample (silence wherever the gatekeeper says nothing).
"""

from __future__ import annotations

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
from gatekeeper.audio.resample import resample, to_int16


class WavFormatError(AudioError):
    """The file cannot be read or decoded; the message names the file and the reason."""


def read_audio(path: str | Path) -> tuple[np.ndarray, int]:
    """Decode the first audio stream of any file FFmpeg reads.

    Returns float32 samples shaped ``(frames, channels)`` and the sample rate. Raises
    :class:`WavFormatError` with the decoder's reason when the file cannot be decoded."""
    import av

    path = Path(path)
    try:
        with av.open(str(path)) as container:
            stream = next((s for s in container.streams if s.type == "audio"), None)
            if stream is None:
                raise WavFormatError(f"{path}: no audio stream in the file")
            rate = stream.rate or stream.codec_context.sample_rate
            to_float = av.AudioResampler(format="fltp", rate=rate)
            planes = []
            for frame in container.decode(stream):
                planes += [f.to_ndarray() for f in to_float.resample(frame)]
            planes += [f.to_ndarray() for f in to_float.resample(None)]
    except WavFormatError:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise WavFormatError(f"{path}: cannot decode audio ({reason})") from e
    if not planes:
        return np.zeros((0, max(1, stream.channels)), dtype=np.float32), rate
    samples = np.concatenate(planes, axis=1).T
    return np.ascontiguousarray(samples, dtype=np.float32), rate


#: The name the rest of the code knows; it reads any format, not only WAV.
read_wav = read_audio


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
    """An audio file as the pipeline's 16 kHz mono float32 signal (channels averaged,
    resampled with soxr like the microphone)."""
    samples, rate = read_audio(path)
    return resample(samples, rate, SAMPLE_RATE)


class WavSource(AudioSource):
    """An audio file (any format :func:`read_audio` decodes) standing in for the microphone.

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
