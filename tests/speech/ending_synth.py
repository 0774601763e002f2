"""Speech whose ending is known: a real synthesiser speaks a statement, then Praat's own
overlap-add resynthesis (PSOLA, through parselmouth) sets the pitch of its last voiced stretch
to rise, fall or stay flat, and a gain ramp makes the level fade away or not.

Used by the prosody tests and ``benchmarks/delivery_prosody.py``. Voices: SVOX Pico
(py-nanotts), espeak-ng and the Piper voice of the ``offline`` extra, each at two speaking
rates, so the detector is measured on voices it was not tuned on.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

RATE = 16_000
RAMP_S = 0.6  # how much of the end the imposed pitch contour covers
FADE_S = 1.0  # how much of the end the imposed fade covers (the last word or two)
SHAPES = ("rising", "falling", "flat")


@dataclass(frozen=True)
class SynthVoice:
    engine: str  # "pico" | "espeak" | "piper"
    name: str  # pico: de-DE; espeak: voice name; piper: voice name
    language: str

    @property
    def id(self) -> str:
        return f"{self.engine}:{self.name}"


def _from_wav_bytes(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(data)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        return pcm.astype(np.float32) / 32768.0, w.getframerate()


@lru_cache(maxsize=256)
def _raw_speech(voice: SynthVoice, text: str, slow: bool) -> bytes:
    if voice.engine == "pico":
        from py_nanotts import NanoTTS

        pcm = NanoTTS().speak(text, voice=voice.name, speed=0.8 if slow else 1.25)
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        rate = RATE
    elif voice.engine == "espeak":
        if shutil.which("espeak-ng") is None:
            raise RuntimeError("espeak-ng is needed: apt-get install espeak-ng")
        wav = subprocess.run(
            ["espeak-ng", "-v", voice.name, "-s", "130" if slow else "195", "--stdout", text],
            check=True,
            capture_output=True,
        ).stdout
        samples, rate = _from_wav_bytes(wav)
    elif voice.engine == "piper":
        from gatekeeper.speech.tts import PiperSpeaker
        from gatekeeper.speech.voices import find_voice

        info = find_voice(voice.name)
        if info is None:
            raise RuntimeError(f"Piper voice {voice.name} is not installed (the offline extra)")
        audio = PiperSpeaker(info, speaking_rate=0.8 if slow else 1.25).synthesize(text)
        samples, rate = audio.samples, audio.sample_rate
    else:
        raise ValueError(voice.engine)
    if rate != RATE:
        import soxr

        samples = soxr.resample(samples, rate, RATE)
    return np.asarray(samples, dtype=np.float32).tobytes()


def speech(voice: SynthVoice, text: str, *, slow: bool) -> np.ndarray:
    return np.frombuffer(_raw_speech(voice, text, slow), dtype=np.float32).copy()


def impose_ending(samples: np.ndarray, shape: str, semitones: float, fade_db: float) -> np.ndarray:
    """``samples`` with the pitch of its last ``RAMP_S`` of voicing moved by ``semitones`` up
    (``rising``), down (``falling``) or held level (``flat``), and its level ramped down by
    ``fade_db`` over its last ``FADE_S`` (0 for a steady level). A voice that trails off by
    itself (Piper's do) is first brought back to a steady level, so "steady" is what it says."""
    import parselmouth
    from parselmouth.praat import call

    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=RATE)
    pitch = sound.to_pitch_ac(time_step=0.01, pitch_floor=50, pitch_ceiling=500)
    hz, times = pitch.selected_array["frequency"], pitch.xs()
    voiced_times = times[hz > 0]
    end = float(voiced_times[-1])
    start = end - RAMP_S
    before = hz[(times >= start - 0.3) & (times < start) & (hz > 0)]
    base = float(np.median(before)) if len(before) else float(np.median(hz[hz > 0]))

    manipulation = call(sound, "To Manipulation", 0.01, 50, 500)
    tier = call(manipulation, "Extract pitch tier")
    call(tier, "Remove points between", start, sound.duration)
    target = {"rising": semitones, "falling": -semitones, "flat": 0.0}[shape]
    for t in np.arange(start, end + 0.05, 0.02):
        progress = min(1.0, max(0.0, (t - start) / RAMP_S))
        call(tier, "Add point", float(t), base * 2 ** (target * progress / 12.0))
    call([manipulation, tier], "Replace pitch tier")
    out = call(manipulation, "Get resynthesis (overlap-add)").values[0].astype(np.float32)

    out = _steady_level(out, end)
    if fade_db:
        t = np.arange(len(out)) / RATE
        progress = np.clip((t - (end - FADE_S)) / FADE_S, 0.0, 1.0)
        out = out * (10 ** (-fade_db * progress / 20.0)).astype(np.float32)
    peak = float(np.max(np.abs(out))) or 1.0
    return (out / peak * 0.8).astype(np.float32)


def _steady_level(samples: np.ndarray, end_s: float) -> np.ndarray:
    """Lift the last words back to the loudness of the rest: the loud envelope (max RMS over
    0.3 s) of the final ``FADE_S + 0.2`` s is raised to the body's typical loud envelope, at
    most by 12 dB and never lowered, with a gain that changes smoothly."""
    frame = RATE // 100
    n = len(samples) // frame
    rms = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    span = 15  # frames either side: 0.3 s windows
    envelope = np.array([rms[max(0, i - span) : i + span + 1].max() for i in range(n)])
    times = (np.arange(n) + 0.5) / 100
    tail_start = end_s - FADE_S - 0.2
    body = envelope[(times < tail_start) & (envelope > envelope.max() * 0.05)]
    if len(body) == 0:
        return samples
    target = float(np.percentile(body, 50))
    gain = np.ones(n)
    tail = (times >= tail_start) & (times <= end_s)
    gain[tail] = np.clip(target / envelope[tail], 1.0, 4.0)
    kernel = np.hanning(21)
    gain = np.convolve(gain, kernel / kernel.sum(), mode="same")
    per_sample = np.interp(np.arange(len(samples)) / RATE, times, gain)
    return (samples * per_sample).astype(np.float32)
