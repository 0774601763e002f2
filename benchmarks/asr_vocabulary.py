"""What does giving Whisper the call's vocabulary do to names and to the judge?

Pitch and benefit answers from the judge's labelled corpus (``gatekeeper/corpus``; by default
the ``hold`` split, never read when tuning the rules; ``--split tune`` for the sentences one
may look at) are spoken by synthetic voices and transcribed by the live path
(``transcribe_utterance``) with three prompts:

- ``names``: the persona's names only (the prompt before the vocabulary);
- ``fillers``: a filler sentence + the names;
- ``vocab``: a filler sentence + names + the judge's honesty and benefit phrases
  (``gatekeeper.session.vocabulary``).

Voices come in two groups per language (``VOICES``): ``tune`` voices, whose transcripts were
read while making the judge tolerate misheard words, and ``held-out`` voices, never looked at
before the final figure. German has no Piper voice here, so its held-out voices are Pico
read slower and faster (``@0.8``, ``@1.2``), turned into other speakers by Praat's "Change
gender" (a deep male, a darker female, a faster mid-pitched one: ``>gender:F:P``) or by sox's
pitch shift (``>sox:pitch:-300``), and further espeak-ng variants (other speakers, the Klatt
synthesiser, a slower rate: ``@0.85``). Pico turned male (``>male``) is a tune voice: its
transcripts of the tune sentences were read when the judge learned Whisper's spellings. The
held-out Pico variants are still one synthesiser underneath; the espeak-ng variants are the
other engine (Whisper base hears them far worse, so they show its limit more than the
judge's).

``--rest`` takes the split's answers that the evenly spread ``--limit`` pick leaves out: with
``--split hold --limit 120`` these are answers never heard from audio before, kept aside
while the judge was made to read the first 120 as Whisper writes them.

Prints per language, voice and prompt: word error rate overall and on the scenario's names,
the judge's kind and benefit accuracy from audio against the judge from the typed text on
the same sentences, and the mean decode time (prompts interleaved per utterance; a loaded
machine makes these noisy, ``benchmarks/response_gap.py`` is the speed verdict). ``--json``
prints one JSON object. Transcripts are cached in ``--cache`` so a judge change can be
re-measured without Whisper (``--judge-only``).

    python benchmarks/asr_vocabulary.py [--limit N] [--split hold|tune] [--rest]
        [--group tune|held-out] [--voices V,V] [--modes names,fillers,vocab] [--beam N]
        [--misses] [--json] [--judge-only]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audio.voices_synth import RATE, language_of, say  # noqa: E402

from gatekeeper.corpus import default_path, load_corpus  # noqa: E402
from gatekeeper.dialogue.judge.judge import Judge  # noqa: E402
from gatekeeper.dialogue.judge.normalize import normalise  # noqa: E402
from gatekeeper.scenario.loader import load_scenario  # noqa: E402
from gatekeeper.scenario.model import Language, Turn  # noqa: E402
from gatekeeper.session.vocabulary import call_vocabulary  # noqa: E402

VOICES = {
    "tune": {
        "de": ("pico:de-DE", "pico:de-DE>male", "espeak:de+m3"),
        "en": ("pico:en-US", "piper:en_US-joe-medium"),
    },
    "held-out": {
        "de": (
            "pico:de-DE@0.8",
            "pico:de-DE@1.2",
            "pico:de-DE>gender:0.80:95",
            "pico:de-DE>gender:0.93:170",
            "pico:de-DE>sox:pitch:-300",
            "pico:de-DE@1.1>gender:0.88:130",
            "espeak:de+m1",
            "espeak:de+f2",
            "espeak:de+klatt",
            "espeak:de+m3@0.85",
        ),
        "en": ("pico:en-GB", "pico:en-US>male", "espeak:en-us+m3"),
    },
}
MODES = ("names", "fillers", "vocab")
SCENARIO = str(ROOT / "scenarios" / "standard-receptionist.{}.yaml")


def sentences(lang: str, limit: int, split: str, rest: bool = False) -> list[dict]:
    """``limit`` pitch and benefit answers of ``split``, spread evenly over the corpus (which
    is ordered by kind), so every kind is in even a short run; with ``rest``, the answers of
    ``split`` that this pick leaves out instead."""
    items = [
        {"text": i.text, "turn": i.turn.value, "kind": i.kind.value, "benefit": i.benefit}
        for i in load_corpus(default_path(lang)).items
        if i.turn.value in ("pitch", "benefit") and i.split == split
    ]
    picked = (
        set(range(len(items)))
        if limit >= len(items)
        else {k * len(items) // limit for k in range(limit)}
    )
    return [u for n, u in enumerate(items) if (n in picked) != rest]


GENDER_CHANGES = {"male": (0.85, 110.0)}
"""Named Praat "Change gender" settings: (formant shift ratio, new pitch median in Hz)."""


def speak(text: str, voice: str) -> np.ndarray:
    """``engine:name``, ``engine:name@rate`` (a slower or faster reading), then at most one
    change of the rendered voice after ``>``:

    - ``>male``: Praat's "Change gender" with formants lowered by 15 % and the pitch median
      at 110 Hz, so Pico's female German voice becomes a male one;
    - ``>gender:F:P``: the same with formant ratio ``F`` and pitch median ``P`` Hz (another
      speaker: ``0.80:95`` a deep male, ``0.93:170`` a lower, darker female);
    - ``>sox:pitch:C``: sox's ``pitch`` effect, ``C`` cents, which shifts pitch and formants
      together (a smaller or larger vocal tract; the length stays)."""
    base, _, change = voice.partition(">")
    name, _, rate = base.partition("@")
    audio = say(text, name, float(rate) if rate else 1.0)
    kind, _, args = change.partition(":")
    if kind in GENDER_CHANGES or kind == "gender":
        import parselmouth
        from parselmouth.praat import call

        if kind == "gender":
            formants, pitch = (float(a) for a in args.split(":"))
        else:
            formants, pitch = GENDER_CHANGES[kind]
        sound = parselmouth.Sound(audio.astype(np.float64), RATE)
        changed = call(sound, "Change gender", 75, 600, formants, pitch, 1.0, 1.0)
        audio = changed.values[0].astype(np.float32)
    elif kind == "sox":
        effect, _, amount = args.partition(":")
        if effect != "pitch":
            raise ValueError(f"unknown sox change {args!r} in {voice!r} (only pitch:CENTS)")
        audio = _sox(audio, ["pitch", str(float(amount))])
    elif change:
        raise ValueError(
            f"unknown voice change {change!r} in {voice!r} (male, gender:F:P or sox:pitch:C)"
        )
    return audio


def _sox(audio: np.ndarray, effect: list[str]) -> np.ndarray:
    """``audio`` through a sox effect, back at 16 kHz."""
    import subprocess
    import tempfile

    from gatekeeper.audio.wavfile import load_mono_16k, write_wav

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        write_wav(src, audio, RATE)
        subprocess.run(["sox", str(src), str(dst), *effect], check=True, capture_output=True)
        return load_mono_16k(dst)


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


def tag(mode: str, beam: int) -> str:
    """A prompt's name, with the beam size when decoding is not greedy ("vocab-beam5")."""
    return mode if beam == 1 else f"{mode}-beam{beam}"


def cache_key(lang: str, voice: str, mode: str, beam: int, text: str) -> str:
    """Where one transcript is kept in the cache."""
    return f"{lang}|{voice}|{tag(mode, beam)}|{text}"


def transcribe_all(
    limit: int,
    split: str,
    voices: dict,
    modes: tuple[str, ...],
    cache: Path,
    beam: int = 1,
    rest: bool = False,
) -> dict:
    from gatekeeper.speech.asr import WhisperTranscriber

    done = json.loads(cache.read_text()) if cache.exists() else {}
    for lang in voices:
        scenario = load_scenario(SCENARIO.format(lang))
        p = scenario.persona
        names = (p.name, p.company, p.boss)
        all_prompts = {
            "names": WhisperTranscriber(
                language=lang, hints=list(names), beam_size=beam, allow_download=False
            ),
            "fillers": WhisperTranscriber(
                language=lang,
                hints=list(names),
                keep_fillers=True,
                beam_size=beam,
                allow_download=False,
            ),
            "vocab": WhisperTranscriber(
                language=lang,
                keep_fillers=True,
                hints=list(call_vocabulary(lang, names)),
                beam_size=beam,
                allow_download=False,
            ),
        }
        prompts = {m: t for m, t in all_prompts.items() if m in modes}
        items = sentences(lang, limit, split, rest)
        for voice in voices[lang]:
            for i, u in enumerate(items):
                if all(cache_key(lang, voice, m, beam, u["text"]) in done for m in prompts):
                    continue
                audio = speak(u["text"], voice)
                for mode, asr in prompts.items():
                    key = cache_key(lang, voice, mode, beam, u["text"])
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


def evaluate(
    limit: int,
    split: str,
    voices: dict,
    modes: tuple[str, ...],
    done: dict,
    show_misses: bool = False,
    beam: int = 1,
    rest: bool = False,
) -> dict:
    results: dict = {}
    for lang in voices:
        scenario = load_scenario(SCENARIO.format(lang))
        p = scenario.persona
        name_words = sorted(
            set(normalise(" ".join([p.name, p.company, p.boss]), Language(lang)).split())
            - {"herr", "frau", "mr", "ms", "mrs"}
        )
        judge = Judge(Language(lang))
        items = sentences(lang, limit, split, rest)
        groups = [(v, (v,)) for v in voices[lang]]
        for name, members in VOICES.items():
            chosen = tuple(v for v in voices[lang] if v in members.get(lang, ()))
            if len(chosen) > 1:
                groups.append((f"{name} voices", chosen))
        groups.append(("all", voices[lang]))
        for (label, group), mode in itertools.product(groups, modes):
            misses_here = show_misses and len(group) == 1
            err = words = nh = nn = 0
            kind_text = kind_audio = ben_text = ben_audio = ben_n = n = 0
            seconds = []
            for voice in group:
                for u in items:
                    got = done.get(cache_key(lang, voice, mode, beam, u["text"]))
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
                    if misses_here and (ja.kind, ja.benefit) != (jt.kind, jt.benefit):
                        print(
                            f"{lang} {voice} {tag(mode, beam)}: text {jt.kind.value}/{jt.benefit} "
                            f"audio {ja.kind.value}/{ja.benefit}\n  said:  {u['text']}\n"
                            f"  heard: {got['text']}",
                            file=sys.stderr,
                        )
            if not n:
                continue
            results[f"{lang} {label} {tag(mode, beam)}"] = {
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
    parser.add_argument("--split", choices=("hold", "tune"), default="hold")
    parser.add_argument(
        "--rest",
        action="store_true",
        help="the split's answers the evenly spread --limit pick leaves out",
    )
    parser.add_argument("--group", choices=tuple(VOICES), default=None, help="voice group")
    parser.add_argument("--voices", default="", help="comma-separated voices (one language)")
    parser.add_argument("--modes", default=",".join(MODES), help="prompts to compare")
    parser.add_argument(
        "--beam", type=int, default=1, help="beam size (1: greedy, as the live path decodes)"
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/gatekeeper-asr-vocab.json"))
    parser.add_argument("--judge-only", action="store_true", help="use cached transcripts")
    parser.add_argument(
        "--misses", action="store_true", help="print where audio and text verdicts differ"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    modes = tuple(m for m in args.modes.split(",") if m)
    if not modes or set(modes) - set(MODES):
        print(f"--modes: choose from {','.join(MODES)}", file=sys.stderr)
        return 2
    if args.beam < 1:
        print("--beam: at least 1", file=sys.stderr)
        return 2
    if args.voices:
        chosen = tuple(v for v in args.voices.split(",") if v)
        langs = {language_of(v.partition("@")[0]) for v in chosen}
        voices = {lang: tuple(v for v in chosen if language_of(v) == lang) for lang in langs}
    elif args.group:
        voices = VOICES[args.group]
    else:
        voices = {lang: VOICES["tune"][lang] + VOICES["held-out"][lang] for lang in ("de", "en")}
    if args.judge_only:
        done = json.loads(args.cache.read_text()) if args.cache.exists() else {}
    else:
        done = transcribe_all(
            args.limit, args.split, voices, modes, args.cache, args.beam, args.rest
        )
    results = evaluate(
        args.limit, args.split, voices, modes, done, args.misses, args.beam, args.rest
    )
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "asr_vocabulary",
                    "split": args.split,
                    "sentences": f"{'all but ' if args.rest else ''}{args.limit} spread evenly",
                    "voices": voices,
                    "results": results,
                },
                indent=2,
            )
        )
        return 0
    part = f"{'all but ' if args.rest else ''}{args.limit} spread evenly"
    print(f"split: {args.split} ({part}), voices: {voices}")
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
