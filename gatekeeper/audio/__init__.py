"""Audio in and out: microphone, speaker, WAV files and in-memory fakes, all on one timeline.

Sources yield 32 ms frames (512 samples, 16 kHz mono float32) stamped with their sample
index; sinks place the gatekeeper's audio on that same timeline. Native libraries
(sounddevice/PortAudio, soxr) are imported only when a device or resampler is used.
"""

from __future__ import annotations

from gatekeeper.audio.base import (
    FRAME_S,
    FRAME_SAMPLES,
    SAMPLE_RATE,
    AudioError,
    AudioSink,
    AudioSource,
    AudioStalled,
    AudioUnavailable,
    Frame,
    Framer,
    Playback,
)

__all__ = [
    "FRAME_S",
    "FRAME_SAMPLES",
    "SAMPLE_RATE",
    "AudioError",
    "AudioSink",
    "AudioSource",
    "AudioStalled",
    "AudioUnavailable",
    "Frame",
    "Framer",
    "Playback",
]
