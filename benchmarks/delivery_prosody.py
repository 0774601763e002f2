"""How often does the delivery check hear the ending right?

Statements spoken by real synthesisers (SVOX Pico, espeak-ng, Piper) at two speaking rates get
an ending set by hand with Praat's resynthesis (see ``tests/speech/ending_synth.py``): the
pitch of the last 0.6 s rises, falls or stays flat (by 4–6 semitones), and the level either
stays or fades by 10–14 dB. ``gatekeeper.speech.prosody.measure_ending`` then has to say
which. The thresholds were set on the *tune* voices and sentences only; the *held-out* voices
(other speakers, another engine) speak sentences the thresholds never saw.

Prints one JSON object: per voice and per split the contour accuracy (rising / falling /
flat), the uptalk accuracy (rising or not), the fading accuracy and the share of items where
both were right. Target: at least 90 % on each.

    python benchmarks/delivery_prosody.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "speech"))

from ending_synth import RATE, SHAPES, SynthVoice, impose_ending, speech  # noqa: E402

from gatekeeper.speech.prosody import measure_ending  # noqa: E402

TUNE = (SynthVoice("pico", "en-US", "en"), SynthVoice("espeak", "de", "de"))
HELD_OUT = (
    SynthVoice("pico", "de-DE", "de"),
    SynthVoice("pico", "en-GB", "en"),
    SynthVoice("espeak", "en-us+f3", "en"),
    SynthVoice("espeak", "de+m3", "de"),
    SynthVoice("piper", "en_US-joe-medium", "en"),
)
TUNE_STATEMENTS = {
    "de": (
        "Wir senken Ihre Wartungskosten um fünfzehn Prozent.",
        "Ich möchte Ihren Chef gerne als Kunden gewinnen.",
        "Das dauert eine Stunde und spart Ihnen jede Woche zwei Tage.",
    ),
    "en": (
        "We cut your maintenance costs by fifteen percent.",
        "I would like to win your boss as a customer.",
        "It takes an hour and saves you two days every week.",
    ),
}
# Sentences the thresholds never saw (with the held-out voices).
HELD_OUT_STATEMENTS = {
    "de": (
        "Unsere Kunden bekommen die Ersatzteile schon am nächsten Morgen.",
        "Ich rufe an, weil ich Ihrem Chef ein Angebot machen will.",
        "Damit sparen Sie im Monat rund dreihundert Euro Porto.",
    ),
    "en": (
        "Our customers get their spare parts the very next morning.",
        "I am calling because I want to make your boss an offer.",
        "That saves you about three hundred dollars a month in postage.",
    ),
}


def _items(voices: tuple[SynthVoice, ...], statements: dict, quick: bool, seed: int):
    rng = random.Random(seed)
    for voice in voices:
        texts = statements[voice.language][: 1 if quick else None]
        for text in texts:
            for slow in (True, False):
                for shape in SHAPES:
                    for fades in (False, True):
                        yield (
                            voice,
                            text,
                            slow,
                            shape,
                            rng.uniform(4.0, 6.0),
                            (rng.uniform(10.0, 14.0) if fades else 0.0),
                        )


def _share(hits: list[bool]) -> float | None:
    return round(100.0 * sum(hits) / len(hits), 1) if hits else None


def run(voices: tuple[SynthVoice, ...], statements: dict, quick: bool, seed: int) -> dict:
    per_voice: dict[str, dict[str, list[bool]]] = {}
    misses: list[dict] = []
    for voice, text, slow, shape, st, fade_db in _items(voices, statements, quick, seed):
        audio = impose_ending(speech(voice, text, slow=slow), shape, st, fade_db)
        ending = measure_ending(audio, RATE)
        contour_ok = ending.contour == shape
        uptalk_ok = ending.uptalk == (shape == "rising")
        fading_ok = ending.fading == (fade_db > 0)
        marks = per_voice.setdefault(
            voice.id, {"contour": [], "uptalk": [], "fading": [], "both": []}
        )
        marks["contour"].append(contour_ok)
        marks["uptalk"].append(uptalk_ok)
        marks["fading"].append(fading_ok)
        marks["both"].append(uptalk_ok and fading_ok)
        if not (contour_ok and fading_ok):
            misses.append(
                {
                    "voice": voice.id,
                    "text": text,
                    "slow": slow,
                    "shape": shape,
                    "set_st": round(st, 1),
                    "set_fade_db": round(fade_db, 1),
                    "measured_st": ending.pitch_movement_st,
                    "measured_drop_db": ending.level_drop_db,
                }
            )
    every = {
        k: [m for marks in per_voice.values() for m in marks[k]]
        for k in ("contour", "uptalk", "fading", "both")
    }
    return {
        "items": len(every["both"]),
        "accuracy_pct": {k: _share(v) for k, v in every.items()},
        "per_voice_pct": {
            voice: {k: _share(v) for k, v in marks.items()} for voice, marks in per_voice.items()
        },
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one statement per voice")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = {
        "benchmark": "delivery_prosody",
        "tune": run(TUNE, TUNE_STATEMENTS, args.quick, args.seed),
        "held_out": run(HELD_OUT, HELD_OUT_STATEMENTS, args.quick, args.seed + 1),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
