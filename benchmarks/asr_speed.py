"""How long one utterance takes to transcribe: base vs tiny.en, beam 1 vs 5, on 2 threads.

Speaks a ~3 s sentence with espeak-ng, then times ``WhisperTranscriber.transcribe`` (after
one warm-up call) and prints one JSON object. Not a test: timings depend on the machine.

    python benchmarks/asr_speed.py [--repeats 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "speech"))

from speechwav import make_speech_wav

from gatekeeper.speech.asr import WhisperTranscriber, load_wav
from gatekeeper.speech.models import resolve_model

SENTENCES = {
    "de": "Ich möchte Ihren Chef als Kunden gewinnen.",
    "en": "I would like to win your boss as a customer.",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        audio = {
            lang: load_wav(
                make_speech_wav(
                    text, Path(tmp) / f"{lang}.wav", lang, pad_start_s=0.2, pad_end_s=0.2
                )
            )
            for lang, text in SENTENCES.items()
        }
        for model_name, lang in (("base", "de"), ("base", "en"), ("tiny.en", "en")):
            t0 = time.perf_counter()
            model = resolve_model(model_name, allow_download=False)
            for beam in (1, 5):
                for word_ts in (False, True):
                    t1 = time.perf_counter()
                    stt = WhisperTranscriber(
                        model,
                        lang,
                        cpu_threads=args.threads,
                        beam_size=beam,
                        word_timestamps=word_ts,
                    )
                    load_s = time.perf_counter() - t1
                    text = stt.transcribe(audio[lang]).text  # warm-up
                    times = []
                    for _ in range(args.repeats):
                        t = time.perf_counter()
                        stt.transcribe(audio[lang])
                        times.append(time.perf_counter() - t)
                    results.append(
                        {
                            "model": model_name,
                            "language": lang,
                            "beam_size": beam,
                            "word_timestamps": word_ts,
                            "audio_s": round(len(audio[lang]) / 16000, 2),
                            "median_s": round(statistics.median(times), 3),
                            "min_s": round(min(times), 3),
                            "max_s": round(max(times), 3),
                            "load_s": round(load_s, 2),
                            "resolve_s": round(t1 - t0, 2),
                            "text": text,
                        }
                    )
    print(
        json.dumps(
            {"threads": args.threads, "repeats": args.repeats, "results": results},
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
