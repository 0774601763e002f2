"""What to put in the hole input lost to an overflow leaves: the room's tone, zeros, or nothing?

A call in a noisy room: 1 s of room, the trainee's pitch, a 3 s shock pause held in silence,
then the trainee speaks again. Half a second of the pause is lost (from 1 s into it), as the
microphone would lose it to an overflow. The microphone's handling is replayed on the 16 kHz
signal in 20 ms blocks: the hole filled with the room's tone
(:func:`gatekeeper.audio.lost_input.room_tone` from the quietest block of the last second,
what :class:`gatekeeper.audio.mic.Microphone` does), with digital zeros, or not filled at all
(the timeline shortened, the old behaviour). The streaming VAD then runs over it, and counts:

- *false starts*: a :class:`SpeechStarted` or :class:`SpeechResumed` inside the pause, more
  than 0.3 s from either phrase (the room taken for the trainee: the shock pause would end
  "broken" by nobody);
- *second phrase*: how far its onset on the timeline (the first start within 0.3 s of where
  the delivered audio has it) lies from when it was really spoken, median and worst, in ms
  (a timeline short by the lost stretch puts it early by that much);
- *missed*: second phrases not heard within 0.3 s of where the delivered audio has them.

    python benchmarks/lost_input_fill.py [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import deque
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audio.noise_colours import mix  # noqa: E402
from audio.voices_synth import RATE, language_of, say  # noqa: E402
from voice_in_murmur import starts  # noqa: E402

from gatekeeper.audio.lost_input import ROOM_S, quietest, room_tone  # noqa: E402

VOICES = ("espeak:de", "pico:de-DE", "pico:en-GB")
TEXTS = {
    "de": ("Ich rufe wegen Ihrer Stromkosten an.", "Wann passt es Herrn Weber am besten?"),
    "en": ("I am calling about your energy bill.", "When would suit Mister Baker best?"),
}
COLOURS = ("pink", "brown", "babble", "hum")
SNRS = (10.0, 0.0)
SEEDS = (601, 602)
FILLS = ("room tone", "zeros", "not filled")
BLOCK = 320  # the microphone's 20 ms block, at 16 kHz
PAUSE_S = 3.0
LOST_AFTER_S = 1.0  # into the pause
LOST_S = 0.5
NEAR_S = 0.3


def with_hole(signal: np.ndarray, lost_from: int, fill: str, rng: np.random.Generator):
    """``signal`` as the microphone delivers it when the blocks from ``lost_from`` on for
    :data:`LOST_S` are lost (``lost_from`` is a block boundary)."""
    lost = round(LOST_S * RATE)
    recent: deque[np.ndarray] = deque(maxlen=round(ROOM_S * RATE / BLOCK))
    for start in range(0, lost_from, BLOCK):
        recent.append(signal[start : start + BLOCK])
    before, after = signal[:lost_from], signal[lost_from + lost :]
    if fill == "room tone":
        hole = room_tone(quietest(recent), lost, rng)
    elif fill == "zeros":
        hole = np.zeros(lost, np.float32)
    else:
        hole = np.zeros(0, np.float32)
    return np.concatenate([before, hole, after]).astype(np.float32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args()
    tally = {f: {"calls": 0, "false_starts": 0, "missed": 0, "onset_errors_ms": []} for f in FILLS}
    total = len(VOICES) * len(COLOURS) * len(SNRS) * len(SEEDS) * len(FILLS)
    done = 0
    for voice in VOICES:
        first, second = (say(t, voice) for t in TEXTS[language_of(voice)])
        lead, pause = RATE, round(PAUSE_S * RATE)
        clean = np.concatenate(
            [
                np.zeros(lead, np.float32),
                first,
                np.zeros(pause, np.float32),
                second,
                np.zeros(RATE, np.float32),
            ]
        )
        second_at = lead + len(first) + pause
        spans = [(lead, lead + len(first)), (second_at, second_at + len(second))]
        lost_from = (lead + len(first) + round(LOST_AFTER_S * RATE)) // BLOCK * BLOCK
        margin = round(NEAR_S * RATE)
        for colour in COLOURS:
            for snr in SNRS:
                for seed in SEEDS:
                    noisy = mix(clean, spans, colour, snr, seed)
                    for fill in FILLS:
                        heard = with_hole(noisy, lost_from, fill, np.random.default_rng(seed))
                        shift = round(LOST_S * RATE) if fill == "not filled" else 0
                        truth = second_at - shift  # where the timeline says it was spoken
                        found = starts(heard)
                        t = tally[fill]
                        t["calls"] += 1
                        near = [s for s in found if abs(s - truth) <= NEAR_S * RATE]
                        in_pause = [s for s in found if spans[0][1] + margin < s < truth - margin]
                        t["false_starts"] += len(in_pause)
                        if near:
                            # on the timeline, against when it was spoken: the hole not filled
                            # puts it early by the lost half second
                            t["onset_errors_ms"].append(1000 * (near[0] - second_at) / RATE)
                        else:
                            t["missed"] += 1
                        done += 1
                        if sys.stderr.isatty():
                            print(f"\r{done}/{total} calls", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    result: dict = {
        "benchmark": "lost_input_fill",
        "voices": list(VOICES),
        "colours": list(COLOURS),
        "snrs_db": list(SNRS),
        "seeds": list(SEEDS),
        "lost_s": LOST_S,
        "fills": {},
    }
    for fill, t in tally.items():
        errors = t["onset_errors_ms"]
        result["fills"][fill] = {
            "calls": t["calls"],
            "false_starts": t["false_starts"],
            "missed": t["missed"],
            "second_onset_median_ms": round(statistics.median(errors), 1) if errors else None,
            "second_onset_worst_ms": round(max(errors, key=abs), 1) if errors else None,
        }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"voices: {', '.join(VOICES)}; {', '.join(COLOURS)} at SNR {SNRS} dB; "
            f"seeds {SEEDS}; {LOST_S:g} s lost {LOST_AFTER_S:g} s into a {PAUSE_S:g} s pause"
        )
        print(f"{'fill':>11} {'calls':>6} {'false starts':>13} {'missed':>7} {'onset ms':>18}")
        for fill, r in result["fills"].items():
            onset = f"{r['second_onset_median_ms']} / {r['second_onset_worst_ms']}"
            print(
                f"{fill:>11} {r['calls']:>6} {r['false_starts']:>13} {r['missed']:>7} {onset:>18}"
            )
        print("onset ms: the second phrase's start against when it was spoken, median / worst")
    return 0


if __name__ == "__main__":
    sys.exit(main())
