"""How fast the gatekeeper's voice is on this machine (Pico, or Piper on one thread).

Prints one JSON object: loading the voice, synthesising a typical line (first call and
warmed up, with the real-time factor), every line of every bundled scenario of the voice's
language (``--repeats`` times each: p50/p95/max per line, target p95 <= 50 ms), preparing a
whole scenario's lines into an empty line cache and again from the warm cache, and looking a
line up for playback. The voice defaults to the one the scenario gets on this machine
(``pico:de-DE`` for the German standard scenario on a fresh install).

    python benchmarks/tts_speed.py [--scenario scenarios/standard-receptionist.de.yaml]
        [--voice pico:de-DE] [--out benchmarks/results-tts_speed.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from gatekeeper.scenario.model import Scenario
from gatekeeper.speech.line_cache import LineCache, scenario_texts
from gatekeeper.speech.voices import VoiceStore, package_voice_dirs, speaker_for

ROOT = Path(__file__).resolve().parents[1]
TYPICAL_LINE = {
    "de": "Weber Maschinenbau, Sie sprechen mit Frau Schneider. Was kann ich für Sie tun?",
    "en": "Weber Engineering, you're speaking with Sarah Miller. How can I help you?",
}
TARGET_P95_MS = 50


def load(path: Path) -> Scenario:
    return Scenario.from_data(yaml.safe_load(path.read_text(encoding="utf-8")))


def percentile(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, round(p / 100 * (len(v) - 1)))]


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scenario", type=Path, default=ROOT / "scenarios" / "standard-receptionist.de.yaml"
    )
    parser.add_argument(
        "--voice", default=None, help="a voice name (default: the one the scenario gets here)"
    )
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args()

    store = VoiceStore(
        [(ROOT / "voices", "store")] + [(d, "package") for d in package_voice_dirs()]
    )
    scenario = load(args.scenario)
    language = scenario.language.value
    if args.voice:
        voice = store.find(args.voice)
    else:
        voice = store.choose(scenario.persona.voices, language)
    if voice is None:
        print(json.dumps({"error": f"voice {args.voice or language} is not installed"}))
        return 2
    typical = TYPICAL_LINE.get(language, TYPICAL_LINE["en"])

    speaker, load_s = timed(lambda: speaker_for(voice))
    first, first_s = timed(lambda: speaker.synthesize(typical))
    warm = [timed(lambda: speaker.synthesize(typical))[1] for _ in range(args.repeats)]
    warm_s = statistics.median(warm)

    # every line of every bundled scenario in this language, each --repeats times
    files = sorted((ROOT / "scenarios").glob(f"*.{language}.yaml"))
    every = list(dict.fromkeys(t for f in files for t in scenario_texts(load(f))))
    per_line_ms: list[float] = []
    audio_total = synth_total = 0.0
    for text in every:
        for _ in range(args.repeats):
            clip, took = timed(lambda text=text: speaker.synthesize(text))
            per_line_ms.append(1000 * took)
            audio_total += clip.duration_s
            synth_total += took

    with tempfile.TemporaryDirectory() as tmp:
        texts = scenario_texts(scenario)
        cold_cache = LineCache(Path(tmp))
        _, cold_s = timed(lambda: cold_cache.prepare(scenario, voice))
        audio_s = sum(cold_cache.get(t).duration_s for t in texts)
        warm_cache = LineCache(Path(tmp))
        _, cached_s = timed(lambda: warm_cache.prepare(scenario, voice))
        lookups = [timed(lambda t=t: warm_cache.get(t))[1] for t in texts]

    result = {
        "benchmark": "tts_speed",
        "voice": voice.name,
        "engine": voice.engine,
        "threads": 1,
        # other work on the machine slows everything down; this says how busy it was
        "load_average_1min": round(os.getloadavg()[0], 2),
        "voice_load_s": round(load_s, 3),
        "typical_line": {
            "text": typical,
            "audio_s": round(first.duration_s, 3),
            "first_synthesis_s": round(first_s, 3),
            "warm_synthesis_s": round(warm_s, 3),
            "real_time_factor": round(warm_s / first.duration_s, 3),
        },
        "every_line": {
            "scenarios": [f.name for f in files],
            "lines": len(every),
            "repeats": args.repeats,
            "p50_ms": round(percentile(per_line_ms, 50), 1),
            "p95_ms": round(percentile(per_line_ms, 95), 1),
            "max_ms": round(max(per_line_ms), 1),
            "real_time_factor": round(synth_total / audio_total, 4),
            "target_p95_ms": TARGET_P95_MS,
            "p95_within_target": percentile(per_line_ms, 95) <= TARGET_P95_MS,
        },
        "scenario": {
            "file": str(
                args.scenario.relative_to(ROOT)
                if args.scenario.is_relative_to(ROOT)
                else args.scenario
            ),
            "lines": len(texts),
            "audio_s": round(audio_s, 2),
            "prepare_cold_s": round(cold_s, 3),
            "prepare_cached_s": round(cached_s, 3),
            "get_max_ms": round(1000 * max(lookups), 3),
        },
    }
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
