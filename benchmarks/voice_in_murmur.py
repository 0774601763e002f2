"""Is a trainee who speaks over a canteen's murmur still heard, and is the murmur not?

The streaming VAD rejects what Silero calls speech when nothing of it stands clearly above the
room (:mod:`gatekeeper.speech.vad`, point 8), and holds a start clearly under the trainee's
own level and barely above the room until it rises (point 10). This counts what that costs:
calls of two phrases (a 2 s gap, 1 s of murmur before the first) by eight synthetic voices,
with babble of 24 talkers mixed at -5, 0 and 5 dB SNR (three noise seeds each). A phrase
start is heard when a :class:`SpeechStarted` or :class:`SpeechResumed` lies within 0.3 s of
where the phrase was placed; a false start is one anywhere else: the murmur taken for the
trainee, or a start inside a phrase (a resumption after a dip, or a phrase heard only after
its first words, most of the false starts at -5 dB).

    python benchmarks/voice_in_murmur.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audio.noise_colours import mix  # noqa: E402
from audio.voices_synth import RATE, language_of, say  # noqa: E402

from gatekeeper.audio.fakes import FakeSource  # noqa: E402
from gatekeeper.speech.vad import SpeechResumed, SpeechStarted, StreamingVad  # noqa: E402

VOICES = (
    "espeak:de",
    "espeak:en-us",
    "espeak:de+f4",
    "espeak:en-gb+m4",
    "pico:de-DE",
    "pico:en-GB",
    "pico:en-US",
    "piper:en_US-joe-medium",
)
TEXTS = {
    "de": ("Ich rufe wegen Ihrer Stromkosten an.", "Wann passt es Herrn Weber am besten?"),
    "en": ("I am calling about your energy bill.", "When would suit Mister Baker best?"),
}
SNRS = (-5.0, 0.0, 5.0)
SEEDS = (501, 502, 503)
NEAR_S = 0.3


def starts(signal: np.ndarray) -> list[int]:
    vad = StreamingVad()
    found = []
    for frame in FakeSource(signal):
        for e in vad.process(frame):
            if isinstance(e, (SpeechStarted, SpeechResumed)):
                found.append(e.index)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args()
    result: dict = {"benchmark": "voice_in_murmur", "voices": list(VOICES), "snrs": {}}
    for snr in SNRS:
        result["snrs"][f"{snr:g}"] = {
            "phrases": 0,
            "heard": 0,
            "first_heard": 0,
            "second_heard": 0,
            "false_starts": 0,
        }
    total, done = len(VOICES) * len(SNRS) * len(SEEDS), 0
    for voice in VOICES:
        first, second = (say(t, voice) for t in TEXTS[language_of(voice)])
        lead, gap = RATE, 2 * RATE
        clean = np.concatenate(
            [
                np.zeros(lead, np.float32),
                first,
                np.zeros(gap, np.float32),
                second,
                np.zeros(round(1.5 * RATE), np.float32),
            ]
        )
        spans = [(lead, lead + len(first)), (lead + len(first) + gap, 0)]
        spans[1] = (spans[1][0], spans[1][0] + len(second))
        for snr in SNRS:
            tally = result["snrs"][f"{snr:g}"]
            for seed in SEEDS:
                found = starts(mix(clean, spans, "babble", snr, seed))
                near = [any(abs(s - a) <= NEAR_S * RATE for s in found) for a, _ in spans]
                tally["phrases"] += len(spans)
                tally["heard"] += sum(near)
                tally["first_heard"] += near[0]
                tally["second_heard"] += near[1]
                tally["false_starts"] += sum(
                    all(abs(s - a) > NEAR_S * RATE for a, _ in spans) for s in found
                )
                done += 1
                if sys.stderr.isatty():
                    print(f"\r{done}/{total} calls", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"voices: {', '.join(VOICES)}; babble, seeds {SEEDS}")
        print(f"{'SNR dB':>7} {'heard':>11} {'first':>7} {'second':>7} {'false starts':>13}")
        for snr, t in result["snrs"].items():
            print(
                f"{snr:>7} {t['heard']:>4} / {t['phrases']:<4} {t['first_heard']:>7}"
                f" {t['second_heard']:>7} {t['false_starts']:>13}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
