"""Where does the VAD put the end of a pitch, by the sound the pitch ends on?

The shock pause is timed from the end of the trainee's pitch. A phrase's last sound decides
how hard that end is to find: a vowel or a nasal fades out loud, a final 's', 'f' or a 't'
released after its closure lies at or under a room's noise. This benchmark speaks many short
pitch-like sentences (German and English, cold-call content) grouped by the class of their
final sound, so that no rule about phrase ends is judged on one phrase:

- ``vowel`` (Euro, Energie, Nähe; money, today), ``nasal_l`` (Baumann, Tirol; system, bill),
  ``fricative`` (Preis, ich, Tisch; invoices, fuss, switch), ``f_v`` (Bedarf, Tarif; half,
  move), ``plosive`` (Zeit, Tag; third, week, up), ``cluster`` (gesenkt, jetzt, Land; costs,
  contract, percent).

Each class's sentences are split by a fixed rule into a ``tune`` half (the 1st, 3rd, 5th ...
of the class in each language) and a ``hold`` half (2nd, 4th, ...). Every sentence is spoken
by espeak-ng (two variants per language), SVOX Pico (de-DE; en-GB, en-US) and Piper
(en_US-joe-medium, English), followed by a 2.0 s gap and a short second phrase, in a clean
call and in white, pink, brown, babble and hum noise at 20 and 10 dB SNR
(``tests/audio/noise_colours.mix``). The truth is where the trimmed phrase was placed (its
last sample above -50 dBFS, ``tests/audio/voices_synth.say``).

The end is measured twice on the same samples: ours, the pause start the call times the
shock pause from (``SpeechEnded``'s index, :func:`audio.pauses.settled_pauses`), and plain
Silero's (faster-whisper's ``get_speech_timestamps``, threshold 0.5, no padding), each the
pause start nearest the truth (a miss when none lies within 0.5 s). Prints per class and
condition the signed median end error (negative: the end came out early, the pause long),
the 90th percentile of the absolute error, and how many ends lie within 100 ms, ours against
Silero's; then the same per condition over all classes. (SVOX Pico's en-US voice leaves a
faint sound up to half a second after the last word of some sentences; the truth lies there, and
both methods count those calls as misses.) ``--json`` prints one JSON object
with every case. Rendered phrases are cached under ``$GATEKEEPER_TEST_CACHE_DIR``.

    python benchmarks/phrase_ends.py [--half tune|hold] [--quick] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from audio.noise_colours import COLOURS, mix  # noqa: E402
from audio.voices_synth import RATE, say  # noqa: E402
from silence_timing import our_pauses, silero_pauses  # noqa: E402

from gatekeeper.speech.vad import SileroScorer, StreamingVad  # noqa: E402

CLASSES = ("vowel", "nasal_l", "fricative", "f_v", "plosive", "cluster")

PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "vowel": (
            "Das spart Ihnen jeden Monat rund dreihundert Euro.",
            "Unsere Kunden senken damit die Kosten für Energie.",
            "Wir betreuen schon vierzig Praxen in Ihrer Nähe.",
            "Ich melde mich wegen Ihrer neuen Software.",
            "Damit sinken Ihre Druckkosten, ganz ohne neue Geräte.",
        ),
        "nasal_l": (
            "Ich möchte kurz mit Ihrem Einkaufsleiter sprechen, Herrn Baumann.",
            "Wir betreuen Kanzleien von Hamburg bis Tirol.",
            "Wir haben ein gutes Angebot für Ihre Filialen.",
            "Das ist in zehn Minuten erklärt, Herr Stahl.",
            "Das erledigen wir in einem Rutsch für Ihr ganzes Team.",
        ),
        "fricative": (
            "Wir bieten Ihnen einen Rahmenvertrag mit festem Preis.",
            "Das schont Ihr Budget, das verspreche ich.",
            "Wir liefern die Geräte direkt an Ihren Empfangstisch.",
            "Das Angebot gilt für alle Standorte Ihres Hauses.",
            "Damit wird Ihre Abrechnung endlich übersichtlich.",
        ),
        "f_v": (
            "Wir liefern Ihnen Büromaterial ganz nach Bedarf.",
            "Ich habe einen Vorschlag für Ihren Einkauf.",
            "Wir bieten Ihnen einen günstigeren Tarif.",
            "Die Ersatzteile kommen bei uns auf Abruf.",
            "Dazu schicke ich Ihnen gern einen kurzen Brief.",
        ),
        "plosive": (
            "Das spart Ihnen jede Woche einen halben Tag.",
            "Damit gewinnen Sie jeden Monat viel Zeit.",
            "Es geht um Ihren neuen Wartungsvertrag.",
            "Wir zeigen Ihnen gern, wie das geht.",
            "Die Einrichtung übernehmen wir, Sie sparen sich den Weg.",
        ),
        "cluster": (
            "Wir haben die Heizkosten deutlich gesenkt.",
            "Ihre Daten sind bei uns sicher geschützt.",
            "Unser System läuft in hundert Betrieben im ganzen Land.",
            "Unsere Kunden haben das schon mehrfach bestätigt.",
            "Sie sparen damit ein ganzes Drittel, und zwar jetzt.",
        ),
    },
    "en": {
        "vowel": (
            "We save firms like yours about a third on their energy.",
            "I'd love to show your manager how we could help you.",
            "We already look after forty practices in your area.",
            "We can have it running for you by Monday.",
            "It works with the phones you already have, so there is no delay.",
        ),
        "nasal_l": (
            "I'm calling from Brightline about your phone system.",
            "Our customers save two hours a day on admin.",
            "We look after the computers for thirty schools.",
            "It costs less than your current plan.",
            "This could cut your heating bill.",
        ),
        "fricative": (
            "We cut the printing costs of firms like yours.",
            "Our software halves the time spent on invoices.",
            "It pays for itself within a month, I promise.",
            "It takes less than a week to switch.",
            "We fix the problem without any fuss.",
        ),
        "f_v": (
            "We cut their phone bills in half.",
            "It's a simple way to cut costs for your staff.",
            "We handle the whole thing for you in one move.",
            "We offer the same service at a fraction of the tariff.",
            "Our clients see the saving in the first month, I'm positive.",
        ),
        "plosive": (
            "We can cut your courier costs by a third.",
            "Our customers save about four hours every week.",
            "I'd like to speak to the person in charge of your fleet.",
            "It takes just a minute to set up.",
            "Most teams see results in their first week, and it's free to try it out.",
        ),
        "cluster": (
            "We can lower your energy costs.",
            "I'm calling about your software contract.",
            "Your team could save twenty percent.",
            "It's a small change with a big impact.",
            "I'd like to tell you about our newest product.",
        ),
    },
}
SECOND = {"de": "Hätten Sie kurz Zeit?", "en": "Do you have a minute?"}
VOICES = {
    "de": ("espeak:de", "espeak:de+m3", "pico:de-DE"),
    "en": (
        "espeak:en-us",
        "espeak:en-gb+f2",
        "pico:en-GB",
        "pico:en-US",
        "piper:en_US-joe-medium",
    ),
}
GAP_S = 2.0
LEAD_S, TAIL_S = 1.0, 1.5
SNRS = (20.0, 10.0)
QUICK_CONDITIONS = ("clean", "white 20 dB", "pink 10 dB", "babble 20 dB", "hum 10 dB")
NEAR_S = 0.5  # an end further than this from the truth is a miss
WITHIN_MS = 100.0
SEED_BASE = 310_000


def conditions() -> list[tuple[str, str | None, float | None]]:
    return [("clean", None, None)] + [(f"{c} {snr:g} dB", c, snr) for c in COLOURS for snr in SNRS]


def half_of(index: int) -> str:
    """The fixed split: within each class and language, alternate tune, hold, tune, ..."""
    return "tune" if index % 2 == 0 else "hold"


def phrases(half: str) -> list[tuple[str, str, int, str]]:
    """(language, class, index in class, text) of every sentence in ``half``."""
    return [
        (lang, cls, i, text)
        for lang, by_class in PHRASES.items()
        for cls in CLASSES
        for i, text in enumerate(by_class[cls])
        if half_of(i) == half
    ]


def spoken(text: str, voice: str) -> np.ndarray:
    """:func:`say`, cached on disk (rendering Pico and Piper takes most of a cold run)."""
    base = os.environ.get("GATEKEEPER_TEST_CACHE_DIR")
    if not base:
        return say(text, voice)
    key = hashlib.sha1(f"{voice}\n{text}".encode()).hexdigest()[:20]
    path = Path(base) / "phrase_ends" / f"{key}.npy"
    if path.exists():
        return np.load(path)
    x = say(text, voice)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, x)
    tmp.replace(path)
    return x


def end_error_ms(pauses: list[tuple[int, int]], truth: int) -> float | None:
    """Signed error of the pause start nearest the phrase's true end (None: none near)."""
    if not pauses:
        return None
    start = min((p[0] for p in pauses), key=lambda s: abs(s - truth))
    if abs(start - truth) > NEAR_S * RATE:
        return None
    return (start - truth) / RATE * 1000


def measure_call(signal: np.ndarray, truth: int) -> tuple[float | None, float | None]:
    ours = end_error_ms(our_pauses(StreamingVad(scorer=SileroScorer()), signal), truth)
    return ours, end_error_ms(silero_pauses(signal), truth)


def run(half: str, quick: bool, progress: bool) -> list[dict]:
    conds = [c for c in conditions() if not quick or c[0] in QUICK_CONDITIONS]
    jobs = [(p, v) for p in phrases(half) for v in VOICES[p[0]]]
    cases: list[dict] = []
    total, done = len(jobs) * len(conds), 0
    for (lang, cls, i, text), voice in jobs:
        a, b = spoken(text, voice), spoken(SECOND[lang], voice)
        lead, gap, tail = (round(s * RATE) for s in (LEAD_S, GAP_S, TAIL_S))
        clean = np.concatenate(
            [
                np.zeros(lead, np.float32),
                a,
                np.zeros(gap, np.float32),
                b,
                np.zeros(tail, np.float32),
            ]
        )
        truth = lead + len(a)
        spans = [(lead, truth), (truth + gap, truth + gap + len(b))]
        seed_text = int(hashlib.sha1(f"{voice}\n{text}".encode()).hexdigest()[:6], 16)
        for c, (label, colour, snr) in enumerate(conditions()):
            if (label, colour, snr) not in conds:
                continue
            # a different stretch of noise for every phrase, voice and condition
            seed = SEED_BASE + 100 * seed_text + c
            signal = clean if colour is None else mix(clean, spans, colour, snr, seed)
            ours, silero = measure_call(signal, truth)
            cases.append(
                {
                    "lang": lang,
                    "class": cls,
                    "index": i,
                    "text": text,
                    "voice": voice,
                    "condition": label,
                    "ours_ms": None if ours is None else round(ours, 1),
                    "silero_ms": None if silero is None else round(silero, 1),
                }
            )
            done += 1
            if progress and sys.stderr.isatty():
                end = "\n" if done == total else ""
                print(f"\r{half}: {done}/{total} calls", end=end, file=sys.stderr, flush=True)
            elif progress and (done % 100 == 0 or done == total):  # a log gets lines
                print(f"{half}: {done}/{total} calls", file=sys.stderr, flush=True)
    return cases


def stats(errors: list[float | None]) -> dict:
    """Signed median, p90 of |error|, ends within 100 ms and misses of one method."""
    got = [e for e in errors if e is not None]
    return {
        "n": len(errors),
        "misses": len(errors) - len(got),
        "median_ms": round(float(np.median(got)), 1) if got else None,
        "p90_abs_ms": round(float(np.percentile(np.abs(got), 90)), 1) if got else None,
        "within_100ms": sum(abs(e) <= WITHIN_MS for e in got),
    }


def summarise(cases: list[dict]) -> dict:
    def pair(sel: list[dict]) -> dict:
        return {m: stats([c[f"{m}_ms"] for c in sel]) for m in ("ours", "silero")}

    labels = list(dict.fromkeys(c["condition"] for c in cases))
    by_class = {
        cls: {
            lab: pair([c for c in cases if c["class"] == cls and c["condition"] == lab])
            for lab in labels
        }
        for cls in CLASSES
    }
    by_condition = {lab: pair([c for c in cases if c["condition"] == lab]) for lab in labels}
    noisy = [c for c in cases if c["condition"] != "clean"]
    return {
        "by_class": by_class,
        "by_condition": by_condition,
        "class_noisy": {cls: pair([c for c in noisy if c["class"] == cls]) for cls in CLASSES},
        "all": pair(cases),
    }


def _cell(s: dict) -> str:
    if s["median_ms"] is None:
        return f"{'-':>6} {'-':>5} {0:>3}/{s['n']:<3}"
    miss = f" {s['misses']}m" if s["misses"] else ""
    return f"{s['median_ms']:+6.0f} {s['p90_abs_ms']:5.0f} {s['within_100ms']:>3}/{s['n']:<3}{miss}"


def print_tables(half: str, summary: dict) -> None:
    head = f"{'ours med p90  <=100':>20}   {'silero med p90  <=100':>22}"
    print(f"phrase ends, {half} half; signed median and p90 |error| in ms (negative: early)")
    print(f"\n{'class':<10}{'condition':<14}{head}")
    for cls, conds in summary["by_class"].items():
        for lab, r in conds.items():
            print(f"{cls:<10}{lab:<14}{_cell(r['ours']):>20}   {_cell(r['silero']):>22}")
    print(f"\n{'all classes':<24}{head}")
    for lab, r in summary["by_condition"].items():
        print(f"{lab:<24}{_cell(r['ours']):>20}   {_cell(r['silero']):>22}")
    print(f"\n{'noisy, per class':<24}{head}")
    for cls, r in summary["class_noisy"].items():
        print(f"{cls:<24}{_cell(r['ours']):>20}   {_cell(r['silero']):>22}")
    r = summary["all"]
    print(f"{'everything':<24}{_cell(r['ours']):>20}   {_cell(r['silero']):>22}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "hold"), default="tune")
    parser.add_argument(
        "--quick", action="store_true", help=f"conditions {', '.join(QUICK_CONDITIONS)} only"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object, every case")
    args = parser.parse_args()
    t0 = time.monotonic()
    cases = run(args.half, args.quick, progress=True)
    summary = summarise(cases)
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "phrase_ends",
                    "half": args.half,
                    "quick": args.quick,
                    "voices": VOICES,
                    "summary": summary,
                    "cases": cases,
                    "seconds": round(time.monotonic() - t0, 1),
                },
                indent=1,
            )
        )
    else:
        print_tables(args.half, summary)
        print(f"\n{len(cases)} calls, {time.monotonic() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
