"""How fast the gatekeeper's voice is on this machine, with Piper on one thread.

Prints one JSON object: loading the voice, synthesising a typical line (first call and
warmed up, with the real-time factor), preparing a whole scenario's lines into an empty
line cache and again from the warm cache, and looking a line up for playback.

    python benchmarks/tts_speed.py [--scenario scenarios/standard-receptionist.de.yaml]
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
from gatekeeper.speech.tts import PiperSpeaker
from gatekeeper.speech.voices import VoiceStore, package_voice_dirs

ROOT = Path(__file__).resolve().parents[1]
TYPICAL_LINE = "Weber Maschinenbau, Sie sprechen mit Frau Schneider. Was kann ich für Sie tun?"


def timed(fn):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", type=Path,
                        default=ROOT / "scenarios" / "standard-receptionist.de.yaml")
    parser.add_argument("--voice", default="en_US-joe-medium")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    store = VoiceStore([(ROOT / "voices", "store")]
                       + [(d, "package") for d in package_voice_dirs()])
    voice = store.find(args.voice)
    if voice is None:
        print(json.dumps({"error": f"voice {args.voice} is not installed"}))
        return 2
    scenario = Scenario.from_data(yaml.safe_load(args.scenario.read_text(encoding="utf-8")))

    speaker, load_s = timed(lambda: PiperSpeaker(voice, threads=1))
    first, first_s = timed(lambda: speaker.synthesize(TYPICAL_LINE))
    warm = [timed(lambda: speaker.synthesize(TYPICAL_LINE))[1] for _ in range(args.repeats)]
    warm_s = statistics.median(warm)

    with tempfile.TemporaryDirectory() as tmp:
        texts = scenario_texts(scenario)
        cold_cache = LineCache(Path(tmp))
        _, cold_s = timed(lambda: cold_cache.prepare(scenario, voice))
        audio_s = sum(cold_cache.get(t).duration_s for t in texts)
        warm_cache = LineCache(Path(tmp))
        _, cached_s = timed(lambda: warm_cache.prepare(scenario, voice))
        lookups = [timed(lambda t=t: warm_cache.get(t))[1] for t in texts]

    print(json.dumps({
        "voice": voice.name,
        "threads": 1,
        # other work on the machine slows everything down; this says how busy it was
        "load_average_1min": round(os.getloadavg()[0], 2),
        "voice_load_s": round(load_s, 3),
        "typical_line": {
            "text": TYPICAL_LINE,
            "audio_s": round(first.duration_s, 3),
            "first_synthesis_s": round(first_s, 3),
            "warm_synthesis_s": round(warm_s, 3),
            "real_time_factor": round(warm_s / first.duration_s, 3),
        },
        "scenario": {
            "file": str(args.scenario.relative_to(ROOT) if args.scenario.is_relative_to(ROOT)
                        else args.scenario),
            "lines": len(texts),
            "audio_s": round(audio_s, 2),
            "prepare_cold_s": round(cold_s, 3),
            "prepare_cached_s": round(cached_s, 3),
            "get_max_ms": round(1000 * max(lookups), 3),
        },
    }, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
