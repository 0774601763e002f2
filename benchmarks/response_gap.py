"""Response gap: the trainee's last voiced frame -> the first sample of the gatekeeper's reply.

Runs real calls in real time through the whole pipeline (Silero VAD, faster-whisper
multilingual base on 2 cores, the engine, pre-synthesised lines) with a simulated trainee who
answers a moment after each gatekeeper line ends, and reads every gap off the call's one
timeline. The same utterances then go through a plain pipeline for comparison: wait for 700 ms
of silence, then transcribe, then synthesise the reply (measured wall times).

The gatekeeper speaks with the voice the language's standard scenario gets on this machine
(``pico:de-DE`` on a fresh install) unless ``--voice`` names another (``en_US-joe-medium``).

    python benchmarks/response_gap.py [--turns 24] [--language de] [--model base] [--voice V]

Prints one JSON object. Targets (issue: speech): p50 <= 600 ms, p95 <= 900 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from audio.audio_synth import speech  # noqa: E402

from gatekeeper.audio.base import FRAME_SAMPLES, SAMPLE_RATE, AudioSource, Frame  # noqa: E402
from gatekeeper.audio.fakes import FakeSink  # noqa: E402
from gatekeeper.scenario.model import Scenario  # noqa: E402
from gatekeeper.session.events import CallStateChanged  # noqa: E402
from gatekeeper.session.voice_setup import VoiceOptions, build_voice_call  # noqa: E402

LOOP = {
    "de": {
        "title": "Benchmark-Schleife",
        "ask": ["Aha. Und weiter?", "Verstehe. Und was noch?", "Hm. Erzählen Sie mehr."],
        "bye": "Nein danke. Auf Wiederhören.",
        "answers": [
            "Es geht um eine geschäftliche Angelegenheit.",
            "Ich möchte Ihren Chef gerne als Kunden gewinnen.",
            "Wir haben eine neue Lösung für Ihre Wartung.",
            "Das würde ich ihm gerne selbst erklären.",
            "Es geht um Ihre Druckerkosten.",
            "Wir senken die Energiekosten um zehn Prozent.",
            "Ich rufe wegen Ihrer Logistik an.",
            "Es dauert nur zwei Minuten.",
        ],
        "last": "Nein, ich will mich nur mal bei Ihnen vorstellen.",
        "espeak": "de",
    },
    "en": {
        "title": "Benchmark loop",
        "ask": ["I see. And?", "Okay. What else?", "Hm. Tell me more."],
        "bye": "No thanks. Goodbye.",
        "answers": [
            "It's about a business matter.",
            "I'd like to win your boss as a customer.",
            "We have a new solution for your maintenance.",
            "I'd rather explain that to him myself.",
            "It's about your printing costs.",
            "We cut energy costs by ten percent.",
            "I'm calling about your logistics.",
            "It only takes two minutes.",
        ],
        "last": "No, I just wanted to introduce myself.",
        "espeak": "en-us",
    },
}


def default_voice(language: str) -> str:
    """The voice the bundled standard scenario of ``language`` gets here."""
    import yaml

    from gatekeeper.speech.voices import choose_voice

    path = REPO / "scenarios" / f"standard-receptionist.{language}.yaml"
    scenario = Scenario.from_data(yaml.safe_load(path.read_text(encoding="utf-8")))
    voice = choose_voice(scenario.persona.voices, language)
    if voice is None:
        raise SystemExit(f"no {language} voice is installed")
    return voice.name


def loop_scenario(language: str, voice: str) -> Scenario:
    """A gatekeeper who keeps asking (every reply an ordinary turn) until she hears a pretext."""
    t = LOOP[language]
    listen = {
        "listen": {"turn": "pitch"},
        "routes": [{"if": {"kind": "pretext"}, "goto": "bye"}],
    }
    return Scenario.from_data(
        {
            "title": t["title"],
            "description": "benchmark",
            "language": language,
            "persona": {
                "name": "Frau Test",
                "company": "Test GmbH",
                "boss": "Herr Test",
                "voices": {language: [voice]},
            },
            "lines": {"ask": t["ask"], "bye": t["bye"]},
            "start": "ask",
            "steps": {
                "ask": {"say": "ask", **listen, "routes": [*listen["routes"], {"goto": "ask2"}]},
                "ask2": {"say": "ask", **listen, "routes": [*listen["routes"], {"goto": "ask"}]},
                "bye": {"say": "bye", "end": "rejected"},
            },
        }
    )


class ReactiveTrainee(AudioSource):
    """A microphone paced in real time whose trainee answers ``gap_s`` after each gatekeeper
    line ends (read off the sink), then says the final line."""

    def __init__(self, clips: list[np.ndarray], sink: FakeSink, gap_s: float = 0.8) -> None:
        super().__init__()
        self.clips = list(clips)
        self.sink = sink
        self.gap = round(gap_s * SAMPLE_RATE)
        self.state = "speaking"
        self._next = 0
        self._t0 = 0.0
        self._pending: tuple[int, np.ndarray] | None = None
        self._last_clip_end = 0
        self._stopped = False

    def start(self) -> None:
        self._t0 = time.monotonic()

    def stop(self) -> None:
        self._stopped = True

    def read(self) -> Frame | None:
        if self._stopped:
            return None
        index = self._next
        delay = self._t0 + (index + FRAME_SAMPLES) / SAMPLE_RATE - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._schedule(index)
        samples = np.zeros(FRAME_SAMPLES, dtype=np.float32)
        if self._pending is not None:
            at, clip = self._pending
            lo, hi = max(index, at), min(index + FRAME_SAMPLES, at + len(clip))
            if lo < hi:
                samples[lo - index : hi - index] = clip[lo - at : hi - at]
            if index + FRAME_SAMPLES >= at + len(clip):
                self._pending = None
        self._next += FRAME_SAMPLES
        return self._delivered(Frame(index, samples))

    def _schedule(self, index: int) -> None:
        """Answer ``gap`` after the last sound (her line or the trainee's own previous turn)
        whenever the call is listening, so a turn that was not understood is said again."""
        if self._pending is not None or not self.clips or self.state != "listening":
            return
        plays = self.sink.playbacks
        last_sound = max(plays[-1].end_index if plays else 0, self._last_clip_end)
        if index >= last_sound:
            at = max(index, last_sound + self.gap)
            clip = self.clips.pop(0)
            self._pending = (at, clip)
            self._last_clip_end = at + len(clip) + 2 * SAMPLE_RATE


def run_ours(language: str, turns: int, model: str, voice: str, vocabulary: bool = True) -> dict:
    t = LOOP[language]
    answers = [speech(t["answers"][i % len(t["answers"])], t["espeak"]) for i in range(turns)]
    answers.append(speech(t["last"], t["espeak"]))
    scenario = loop_scenario(language, voice)
    sink = FakeSink()
    source = ReactiveTrainee(answers, sink)

    def on_event(event: object) -> None:
        if isinstance(event, CallStateChanged):
            source.state = event.state

    call, _voice = build_voice_call(
        scenario,
        source=source,
        sink=sink,
        on_event=on_event,
        options=VoiceOptions(model=model, vocabulary=vocabulary),
        realtime=True,
        scenario_id="benchmark-loop",
    )
    # a turn misheard as something else can leave the loop listening: stop it in time
    watchdog = threading.Timer(30 + 12 * turns, call.hang_up)
    watchdog.start()
    t0 = time.monotonic()
    report = call.run(on_event)
    watchdog.cancel()
    wall = time.monotonic() - t0
    gaps = [g for step, g in call.timing.replies]
    return {
        "outcome": report.outcome.value if report else None,
        "turns": len(gaps),
        "call_wall_s": round(wall, 1),
        "gaps_ms": [round(g * 1000) for g in gaps],
        "transcribe_ms": [round(s * 1000) for s in call.timing.transcribe_wall_s],
        "answers": answers,
        "scenario": scenario,
        "transcriber": _voice,
    }


def run_plain(language: str, answers: list[np.ndarray], model: str, voice: str) -> dict:
    """Wait 700 ms of silence, then transcribe, then synthesise: measured per turn."""
    from gatekeeper.speech.asr import WhisperTranscriber
    from gatekeeper.speech.models import resolve_model
    from gatekeeper.speech.voices import find_voice, speaker_for

    transcriber = WhisperTranscriber(resolve_model(model), language=language)
    speaker = speaker_for(find_voice(voice))
    reply = LOOP[language]["ask"][0]
    speaker.synthesize(reply)
    gaps, asr, tts = [], [], []
    for clip in answers[:-1]:
        padded = np.concatenate([np.zeros(1600, np.float32), clip, np.zeros(1600, np.float32)])
        t0 = time.perf_counter()
        transcriber.transcribe(padded)
        t1 = time.perf_counter()
        speaker.synthesize(reply)
        t2 = time.perf_counter()
        asr.append(t1 - t0)
        tts.append(t2 - t1)
        gaps.append(0.7 + (t1 - t0) + (t2 - t1))
    return {
        "gaps_ms": [round(g * 1000) for g in gaps],
        "transcribe_ms": [round(a * 1000) for a in asr],
        "synthesise_ms": [round(b * 1000) for b in tts],
    }


def summary(values_ms: list[float]) -> dict:
    if not values_ms:
        return {}
    v = sorted(values_ms)
    pct = lambda p: v[min(len(v) - 1, round(p / 100 * (len(v) - 1)))]  # noqa: E731
    return {
        "n": len(v),
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "max_ms": v[-1],
        "mean_ms": round(statistics.mean(v)),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=24)
    ap.add_argument("--language", default="de", choices=["de", "en"])
    ap.add_argument("--model", default="base")
    ap.add_argument(
        "--no-vocabulary",
        action="store_true",
        help="Whisper hears only the names (no judge phrases, no filler prompt)",
    )
    ap.add_argument(
        "--voice",
        default=None,
        help="the gatekeeper's voice (default: the standard scenario's here)",
    )
    args = ap.parse_args()
    threading.current_thread().name = "benchmark"
    voice = args.voice or default_voice(args.language)
    ours = run_ours(args.language, args.turns, args.model, voice, vocabulary=not args.no_vocabulary)
    plain = run_plain(args.language, ours.pop("answers"), args.model, voice)
    ours.pop("scenario")
    ours.pop("transcriber")
    out = {
        "benchmark": "response_gap",
        "language": args.language,
        "model": args.model,
        "vocabulary": not args.no_vocabulary,
        "voice": voice,
        # other work on the machine slows everything down; this says how busy it was
        "load_average_1min": round(os.getloadavg()[0], 2),
        "ours": {
            **summary(ours["gaps_ms"]),
            "transcribe": summary(ours["transcribe_ms"]),
            "outcome": ours["outcome"],
            "call_wall_s": ours["call_wall_s"],
            "gaps_ms": ours["gaps_ms"],
        },
        "plain_700ms_then_asr_then_tts": {
            **summary(plain["gaps_ms"]),
            "transcribe": summary(plain["transcribe_ms"]),
            "synthesise": summary(plain["synthesise_ms"]),
        },
        "targets": {"p50_ms": 600, "p95_ms": 900},
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
