"""Whisper invents text from silence and noise; this module takes it out again.

Whisper was trained on subtitled video, so on near-silence or hiss it happily "hears" the
subtitle credits and sign-offs it saw most often ("Untertitel im Auftrag des ZDF",
"Thanks for watching"), single filler tokens ("you", "."), or loops one phrase until the
window is full. A trainer that scores what the trainee *said* must never score such text,
so every segment passes three checks here:

1. the decoder's own confidence: ``no_speech_prob``, ``avg_logprob`` and the gzip
   ``compression_ratio`` (loops compress extremely well);
2. a list of known phrases, matched on normalised text;
3. a decoder loop (an n-gram four or more times in a row) drops the segment; three
   repeats are collapsed to one occurrence.

Plus an energy gate used *before* the model runs: near-silent audio is empty by definition.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# Thresholds. Whisper's own defaults are 0.6 / -1.0 / 2.4 but it only skips a segment when
# no_speech *and* low log-prob agree; with a vocabulary prompt it hallucinates confidently
# (log-prob around -0.1, no_speech 0.5-0.8), so no_speech or compression alone is enough
# here. A low log-prob alone is not: unclear but real speech (accents, synthetic voices)
# lands around -1.1 with no_speech near 0.05, so it must be very low or come with doubt.
NO_SPEECH_MAX = 0.5
AVG_LOGPROB_MIN = -1.5
AVG_LOGPROB_DOUBTFUL = -1.0
NO_SPEECH_DOUBTFUL = 0.2
COMPRESSION_RATIO_MAX = 2.4
# An n-gram said this many times in a row is a decoder loop, not a person.
LOOP_REPEATS = 4
# The loudest 30 ms frame must reach this level (dBFS) before the model is asked at all.
ENERGY_GATE_DBFS = -50.0

# Whole-segment hallucinations (normalised: lower case, no punctuation, single spaces).
_EXACT = {
    "",
    "you",
    "thank you",
    "thanks",
    "bye",
    "okay",
    "so",
    "the end",
    "music",
    "musik",
    "applaus",
    "lachen",
    "amen",
    "tschüss",
    "ja",
    "hm",
    "mhm",
    "thanks for watching",
    "thank you for watching",
    "thank you so much for watching",
    "vielen dank",
    "danke",
    "danke schön",
    "dankeschön",
    "vielen dank fürs zuschauen",
    "danke fürs zuschauen",
    "bis zum nächsten mal",
    "untertitel",
    "untertitelung",
    "copyright",
}
# Short words above are only dropped when a segment is *only* that and the decoder was
# unsure; see _UNSURE_ONLY. Phrases below are dropped wherever they appear in a segment.
_UNSURE_ONLY = {
    "thank you",
    "thanks",
    "bye",
    "okay",
    "so",
    "ja",
    "hm",
    "mhm",
    "tschüss",
    "vielen dank",
    "danke",
    "danke schön",
    "dankeschön",
}
_CONTAINS = (
    "untertitel im auftrag des zdf",
    "untertitel der amara org community",
    "untertitel von stephanie geiges",
    "untertitelung des zdf",
    "untertitel im auftrag",
    "amara org",
    "zdf 20",
    "swr 20",
    "vielen dank fürs zuschauen",
    "danke fürs zuschauen",
    "thanks for watching",
    "thank you for watching",
    "please subscribe",
    "abonniert den kanal",
    "subtitles by",
    "subtitled by",
    "captions by",
    "transcribed by",
    "copyright",
    "all rights reserved",
    "www ",
    " com ",
)
_MUSIC = re.compile(
    r"^[\s♪♫♬🎵🎶*#\-\[\]()]*(musik|music|applaus|applause|lachen|laughter)?"
    r"[\s♪♫♬🎵🎶*#\-\[\]()]*$",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: what the phrase lists compare."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def is_known_hallucination(text: str, *, unsure: bool = True, prompt: str = "") -> bool:
    """True when ``text`` is, as a whole, one of Whisper's stock inventions.

    ``unsure`` says whether the decoder doubted the segment; only then are short words that
    a trainee could really say ("Danke", "Ja") treated as invented. ``prompt`` is the
    vocabulary prompt: Whisper sometimes just reads it back on noise.
    """
    if _MUSIC.match(text):
        return True
    norm = normalise(text)
    if not norm:
        return True
    if prompt and norm == normalise(prompt):
        return True
    padded = f" {norm} "
    if any(phrase in padded for phrase in _CONTAINS):
        return True
    if norm in _EXACT:
        return unsure or norm not in _UNSURE_ONLY
    return False


def _runs(words: list[str], max_n: int):
    """Yield (index, n, repeats) for each n-gram repeated back to back at ``index``."""
    keys = [normalise(w) for w in words]
    for n in range(1, max_n + 1):
        for i in range(len(words) - n):
            gram = keys[i : i + n]
            if not any(gram):
                continue
            reps = 1
            while keys[i + reps * n : i + (reps + 1) * n] == gram:
                reps += 1
            if reps > 1:
                yield i, n, reps


def longest_repeat(text: str, max_n: int = 6) -> int:
    """How many times the most repeated word n-gram (n <= ``max_n``) occurs back to back."""
    return max((reps for _, _, reps in _runs(text.split(), max_n)), default=1)


def collapse_repeats(text: str, max_n: int = 6, min_repeats: int = 3) -> str:
    """Collapse a word n-gram repeated ``min_repeats`` or more times in a row to one copy:
    "ich bin, ich bin, ich bin" -> "ich bin,". Two repeats are left alone ("nein, nein")
    because people do say things twice."""
    words = text.split()
    while True:
        run = next(((i, n, r) for i, n, r in _runs(words, max_n) if r >= min_repeats), None)
        if run is None:
            return " ".join(words)
        i, n, reps = run
        del words[i : i + (reps - 1) * n]  # keep the last copy and its punctuation


@dataclass(frozen=True)
class SegmentScores:
    """The decoder's confidence for one segment, as faster-whisper reports it."""

    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


def unreliable(scores: SegmentScores) -> bool:
    """True when the decoder's own scores say the segment is not speech."""
    return (
        scores.no_speech_prob > NO_SPEECH_MAX
        or scores.avg_logprob < AVG_LOGPROB_MIN
        or scores.compression_ratio > COMPRESSION_RATIO_MAX
        or (
            scores.avg_logprob < AVG_LOGPROB_DOUBTFUL and scores.no_speech_prob > NO_SPEECH_DOUBTFUL
        )
    )


def clean_segment_text(text: str, scores: SegmentScores, *, prompt: str = "") -> str:
    """The text to keep for a segment, or "" when it should be dropped."""
    if unreliable(scores) or longest_repeat(text) >= LOOP_REPEATS:
        return ""
    text = collapse_repeats(text.strip())
    unsure = scores.no_speech_prob > 0.3 or scores.avg_logprob < -0.7
    if is_known_hallucination(text, unsure=unsure, prompt=prompt):
        return ""
    return text


def loudest_frame_dbfs(audio: np.ndarray, rate: int = 16000, frame_s: float = 0.03) -> float:
    """The RMS level (dBFS) of the loudest ``frame_s`` frame; -inf for empty audio."""
    if audio.size == 0:
        return float("-inf")
    hop = max(1, int(rate * frame_s))
    n = max(1, audio.size // hop)
    frames = audio[: n * hop].reshape(n, -1) if audio.size >= hop else audio.reshape(1, -1)
    rms = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1)).max()
    return float(20 * np.log10(rms)) if rms > 0 else float("-inf")


def too_quiet(audio: np.ndarray, rate: int = 16000) -> bool:
    """Near-silent audio: skip the model, the transcript is empty."""
    return loudest_frame_dbfs(audio, rate) < ENERGY_GATE_DBFS
