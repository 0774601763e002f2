"""How exactly does the streaming VAD time the trainee's silences?

Builds calls of two spoken phrases (espeak-ng) separated by known gaps from 0.4 to 6.5 s,
clean and with pink room noise at 20 dB and 10 dB SNR, writes each as a WAV, runs
``WavSource -> StreamingVad`` as fast as possible and compares the measured gap (second
onset minus first offset) with the truth (where the trimmed phrases were placed).

Prints one JSON object: per condition max/median absolute error in ms, misses, and the
frames-only figures (no energy refinement) for comparison. Target: every gap within 100 ms,
median <= 40 ms.

    python benchmarks/silence_timing.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gatekeeper.audio.wavfile import WavSource  # noqa: E402
from gatekeeper.speech.vad import (  # noqa: E402
    EndOfTurnPending,
    SpeechResumed,
    SpeechStarted,
    StreamingVad,
)
from tests.audio.audio_synth import RATE, add_noise, make_call, speech  # noqa: E402

GAPS_S = [0.4, 0.6, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.5]
PAIRS = [
    (("Guten Tag, mein Name ist Müller von der Firma Kern.", "de"),
     ("Es geht um Ihre Telefonanlage.", "de")),
    (("Ich möchte gern Herrn Schneider sprechen.", "de"),
     ("Ja, ich warte.", "de")),
    (("Hello, this is Anna from Northwind.", "en"),
     ("Could you put me through to the manager?", "en")),
]
CONDITIONS = {"clean": None, "snr20": 20.0, "snr10": 10.0}


def measure_gap(path: Path, first_end_truth: int, refine: bool) -> float | None:
    """The measured pause after the first phrase (s), or None if it was not found.

    Pauses are (end of voiced audio -> next onset) pairs; the one starting nearest the
    first phrase's true end is the gap under test.
    """
    vad = StreamingVad(refine=refine)
    pauses: list[tuple[int, int]] = []
    pause_start: int | None = None
    for frame in WavSource(path, realtime=False):
        for event in vad.process(frame):
            if isinstance(event, EndOfTurnPending):
                pause_start = event.index
            elif isinstance(event, (SpeechStarted, SpeechResumed)) and pause_start is not None:
                pauses.append((pause_start, event.index))
                pause_start = None
    if not pauses:
        return None
    start, onset = min(pauses, key=lambda p: abs(p[0] - first_end_truth))
    if abs(start - first_end_truth) > 0.3 * RATE:
        return None
    return (onset - start) / RATE


def run(gaps: list[float]) -> dict:
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, snr in CONDITIONS.items():
            errors = {True: [], False: []}
            misses = {True: 0, False: 0}
            worst = {True: None, False: None}
            for p, ((t1, v1), (t2, v2)) in enumerate(PAIRS):
                a, b = speech(t1, v1), speech(t2, v2)
                for g, gap in enumerate(gaps):
                    call = add_noise(make_call([a, b], [gap]), snr, seed=1 + p * 100 + g)
                    path = call.write(Path(tmp) / f"{name}-{p}-{g}.wav")
                    truth = (call.spans[1][0] - call.spans[0][1]) / RATE
                    for refine in (True, False):
                        measured = measure_gap(path, call.spans[0][1], refine)
                        if measured is None:
                            misses[refine] += 1
                            continue
                        err = abs(measured - truth) * 1000
                        errors[refine].append(err)
                        if worst[refine] is None or err > worst[refine]["error_ms"]:
                            worst[refine] = {"pair": p, "gap_s": gap,
                                             "measured_s": round(measured, 4),
                                             "error_ms": round(err, 1)}
            results[name] = {
                "cases": len(PAIRS) * len(gaps),
                "misses": misses[True],
                "max_error_ms": round(max(errors[True], default=float("nan")), 1),
                "median_error_ms": round(statistics.median(errors[True]), 1)
                if errors[True] else None,
                "within_100ms": sum(e <= 100 for e in errors[True]),
                "worst": worst[True],
                "frames_only": {
                    "misses": misses[False],
                    "max_error_ms": round(max(errors[False], default=float("nan")), 1),
                    "median_error_ms": round(statistics.median(errors[False]), 1)
                    if errors[False] else None,
                },
            }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three gaps instead of eleven")
    args = parser.parse_args()
    gaps = [0.4, 2.0, 6.5] if args.quick else GAPS_S
    t0 = time.monotonic()
    results = run(gaps)
    ok = all(
        r["misses"] == 0 and r["within_100ms"] == r["cases"] and r["median_error_ms"] <= 40
        for r in results.values()
    )
    print(json.dumps({"benchmark": "silence_timing", "gaps_s": gaps, "conditions": results,
                      "target_met": ok, "seconds": round(time.monotonic() - t0, 1)}, indent=2))


if __name__ == "__main__":
    main()
