"""What does giving Whisper the call's vocabulary do to names and to the judge?

Held-out judge sentences (tests/judge/data/holdout*_{de,en}.yaml, never used to tune the
judge) are spoken by voices the judge was never tuned on (SVOX Pico, Piper joe, espeak-ng
variants), transcribed by the live path (``transcribe_utterance``) with two prompts:

- ``names``: the persona's names only (the prompt before the vocabulary);
- ``fillers``: a filler sentence + the names;
- ``vocab``: a filler sentence + names + the judge's honesty and benefit phrases
  (``gatekeeper.session.vocabulary``).

Prints per language, voice and prompt: word error rate overall and on the scenario's names,
the judge's kind and benefit accuracy from audio against the judge from the typed text on
the same sentences, and the mean decode time (prompts interleaved per utterance; a loaded
machine makes these noisy, ``benchmarks/response_gap.py`` is the speed verdict). ``--json``
prints one JSON object. Transcripts are cached in ``--cache`` so a judge change can be
re-measured without Whisper (``--judge-only``).

    python benchmarks/asr_vocabulary.py [--limit N] [--json] [--judge-only]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audio.voices_synth import say  # noqa: E402

from gatekeeper.dialogue.judge.judge import Judge  # noqa: E402
from gatekeeper.dialogue.judge.normalize import normalise  # noqa: E402
from gatekeeper.scenario.loader import load_scenario  # noqa: E402
from gatekeeper.scenario.model import Language, Turn  # noqa: E402
from gatekeeper.session.vocabulary import call_vocabulary  # noqa: E402

VOICES = {"de": ("pico:de-DE", "espeak:de+m3"), "en": ("pico:en-US", "piper:en_US-joe-medium")}
DATA = ROOT / "tests" / "judge" / "data"
FILES = ("holdout_{}.yaml", "holdout2_{}.yaml")
SCENARIO = str(ROOT / "scenarios" / "standard-receptionist.{}.yaml")


def sentences(lang: str, limit: int) -> list[dict]:
    out = []
    for name in FILES:
        out += yaml.safe_load((DATA / name.format(lang)).read_text())["utterances"]
    return [u for u in out if u["turn"] in ("pitch", "benefit")][:limit]


def wer(ref: str, hyp: str, lang: str) -> tuple[int, int]:
    """(edit distance in words, reference words) after the judge's folding."""
    r, h = normalise(ref, Language(lang)).split(), normalise(hyp, Language(lang)).split()
    d = list(range(len(h) + 1))
    for i, rw in enumerate(r, 1):
        prev, d[0] = d[0], i
        for j, hw in enumerate(h, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (rw != hw))
    return d[len(h)], len(r)


def name_hits(ref: str, hyp: str, names: list[str], lang: str) -> tuple[int, int]:
    """(name words heard, name words said) for the scenario's name words in ``ref``."""
    r, h = normalise(ref, Language(lang)).split(), set(normalise(hyp, Language(lang)).split())
    said = [w for w in r if w in names]
    return sum(w in h for w in said), len(said)


def transcribe_all(limit: int, cache: Path) -> dict:
    from gatekeeper.speech.asr import WhisperTranscriber

    done = json.loads(cache.read_text()) if cache.exists() else {}
    for lang in ("de", "en"):
        scenario = load_scenario(SCENARIO.format(lang))
        p = scenario.persona
        names = (p.name, p.company, p.boss)
        prompts = {
            "names": WhisperTranscriber(language=lang, hints=list(names), allow_download=False),
            "fillers": WhisperTranscriber(
                language=lang, hints=list(names), keep_fillers=True, allow_download=False
            ),
            "vocab": WhisperTranscriber(
                language=lang,
                keep_fillers=True,
                hints=list(call_vocabulary(lang, names)),
                allow_download=False,
            ),
        }
        items = sentences(lang, limit)
        for voice in VOICES[lang]:
            for i, u in enumerate(items):
                audio = say(u["text"], voice)
                for mode, asr in prompts.items():
                    key = f"{lang}|{voice}|{mode}|{u['text']}"
                    if key in done:
                        continue
                    t0 = time.perf_counter()
                    text = asr.transcribe_utterance(audio).text
                    done[key] = {"text": text, "s": time.perf_counter() - t0}
                if sys.stderr.isatty():  # a log gets one line per voice, no \r redraws
                    print(
                        f"\r{lang} {voice}: {i + 1}/{len(items)}",
                        end="",
                        file=sys.stderr,
                        flush=True,
                    )
                cache.write_text(json.dumps(done, ensure_ascii=False, indent=0))
            print(file=sys.stderr)
    return done


def evaluate(limit: int, done: dict) -> dict:
    results: dict = {}
    for lang in ("de", "en"):
        scenario = load_scenario(SCENARIO.format(lang))
        p = scenario.persona
        name_words = sorted(
            set(normalise(" ".join([p.name, p.company, p.boss]), Language(lang)).split())
            - {"herr", "frau", "mr", "ms", "mrs"}
        )
        judge = Judge(Language(lang))
        items = sentences(lang, limit)
        groups = [(v, (v,)) for v in VOICES[lang]] + [("all", VOICES[lang])]
        for (label, voices), mode in itertools.product(groups, ("names", "fillers", "vocab")):
            err = words = nh = nn = 0
            kind_text = kind_audio = ben_text = ben_audio = ben_n = n = 0
            seconds = []
            for voice in voices:
                for u in items:
                    got = done.get(f"{lang}|{voice}|{mode}|{u['text']}")
                    if got is None:
                        continue
                    n += 1
                    e, w = wer(u["text"], got["text"], lang)
                    err, words = err + e, words + w
                    h, s = name_hits(u["text"], got["text"], name_words, lang)
                    nh, nn = nh + h, nn + s
                    seconds.append(got["s"])
                    turn = Turn(u["turn"])
                    jt, ja = judge.judge(u["text"], turn), judge.judge(got["text"], turn)
                    kind_text += jt.kind.value == u["kind"]
                    kind_audio += ja.kind.value == u["kind"]
                    ben_text += jt.benefit == u["benefit"]
                    ben_audio += ja.benefit == u["benefit"]
                    ben_n += 1
            if not n:
                continue
            results[f"{lang} {label} {mode}"] = {
                "utterances": n,
                "wer": round(err / max(words, 1), 3),
                "name_words_heard": f"{nh}/{nn}",
                "kind_from_text": round(kind_text / n, 3),
                "kind_from_audio": round(kind_audio / n, 3),
                "benefit_from_text": round(ben_text / ben_n, 3),
                "benefit_from_audio": round(ben_audio / ben_n, 3),
                "decode_mean_s": round(statistics.mean(seconds), 3),
            }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40, help="sentences per language")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/gatekeeper-asr-vocab.json"))
    parser.add_argument("--judge-only", action="store_true", help="use cached transcripts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.judge_only:
        done = json.loads(args.cache.read_text()) if args.cache.exists() else {}
    else:
        done = transcribe_all(args.limit, args.cache)
    results = evaluate(args.limit, done)
    if args.json:
        print(
            json.dumps(
                {"benchmark": "asr_vocabulary", "voices": VOICES, "results": results}, indent=2
            )
        )
        return 0
    print(f"voices: {VOICES}")
    print(
        f"{'':38}{'n':>4}{'WER':>7}{'names':>9}{'kind txt':>10}{'kind aud':>10}"
        f"{'ben txt':>9}{'ben aud':>9}{'decode s':>10}"
    )
    for k, r in results.items():
        print(
            f"{k:38}{r['utterances']:>4}{r['wer']:>7.3f}{r['name_words_heard']:>9}"
            f"{r['kind_from_text']:>10.3f}{r['kind_from_audio']:>10.3f}"
            f"{r['benefit_from_text']:>9.3f}{r['benefit_from_audio']:>9.3f}"
            f"{r['decode_mean_s']:>10.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
