"""Peak memory of a whole voice call, and transcription time per utterance.

Builds a trainee recording (espeak-ng: honest pitch, held silence, a benefit), runs
``gatekeeper call SCENARIO --mic-file ... --json`` in a child process with the default
multilingual base model and the gatekeeper's voice, and reads the child's peak resident set
size. Then times the live transcription path per utterance in this process.

    python benchmarks/call_memory.py [--scenario standard-receptionist.en] [--realtime]

Prints one JSON object. Target (issue: speech): peak memory of a whole call <= 800 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from audio.audio_synth import speech  # noqa: E402

from gatekeeper.audio.wavfile import write_wav  # noqa: E402

LINES = {
    "en": (
        "en-us",
        "I would like to win your boss as a customer for our company.",
        "We cut his maintenance costs by fifteen percent.",
    ),
    "de": (
        "de",
        "Ich möchte Ihren Chef gerne als Kunden für unser Unternehmen gewinnen.",
        "Wir senken seine Wartungskosten um fünfzehn Prozent.",
    ),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenario", default="standard-receptionist.en")
    ap.add_argument("--realtime", action="store_true", help="pace the WAV like a microphone")
    args = ap.parse_args()
    lang = args.scenario.rsplit(".", 1)[-1]
    voice, pitch, benefit = LINES[lang]
    clips = [speech(pitch, voice), speech(benefit, voice)]
    silence = np.zeros(12 * 16000, np.float32)
    signal = np.concatenate([silence, clips[0], silence, clips[1], silence[: 6 * 16000]])
    with tempfile.TemporaryDirectory() as tmp:
        mic = Path(tmp) / "mic.wav"
        write_wav(mic, signal)
        cmd = [
            sys.executable,
            "-m",
            "gatekeeper.cli",
            "call",
            args.scenario,
            "--mic-file",
            str(mic),
            "--json",
        ]
        if not args.realtime:
            cmd.append("--fast")
        t0 = time.monotonic()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.monotonic() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = json.loads(done.stdout) if done.stdout.strip() else {}

    from gatekeeper.speech.asr import WhisperTranscriber

    transcriber = WhisperTranscriber(None, language=lang)
    transcriber.warm_up()
    times = []
    for _ in range(3):
        for clip in clips:
            t = time.perf_counter()
            transcriber.transcribe_utterance(clip)
            times.append(time.perf_counter() - t)
    print(
        json.dumps(
            {
                "benchmark": "call_memory",
                "scenario": args.scenario,
                "exit_code": done.returncode,
                "outcome": report.get("outcome"),
                "silence_after_pitch_s": report.get("silence_after_pitch_s"),
                "call_wall_s": round(wall, 1),
                "call_audio_s": round(len(signal) / 16000, 1),
                "peak_rss_mb": round(peak_mb),
                "target_peak_mb": 800,
                "transcribe_utterance_ms": {
                    "median": round(statistics.median(times) * 1000),
                    "max": round(max(times) * 1000),
                    "utterance_s": [round(len(c) / 16000, 2) for c in clips],
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
