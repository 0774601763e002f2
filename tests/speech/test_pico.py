"""Pico, the voice every install has: speaking, rate and pitch, how a scenario gets it, the
line cache, and what happens where py-nanotts cannot be installed or imported."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest
from packaging.requirements import Requirement

from gatekeeper.scenario import load_scenario
from gatekeeper.speech import pico
from gatekeeper.speech.line_cache import LineCache, scenario_texts
from gatekeeper.speech.pico import PicoSpeaker
from gatekeeper.speech.tts import VOLUME, PiperSpeaker, SpeechError
from gatekeeper.speech.voices import (
    VoiceStore,
    choose_voice,
    list_voices,
    missing_voice_message,
    package_voice_dirs,
    speaker_for,
)

REPO = Path(__file__).resolve().parents[2]
LINE_DE = "Worum geht's denn? Und was hat Herr Weber davon?"


@pytest.fixture
def de_voice():
    voice = VoiceStore([]).find("pico:de-DE")
    assert voice is not None, pico.pico_status()
    return voice


@pytest.fixture
def without_pico(monkeypatch: pytest.MonkeyPatch):
    """The package as on a platform where it did not install: importing it fails."""
    monkeypatch.setitem(sys.modules, "py_nanotts", None)
    pico.forget_status()
    yield
    monkeypatch.undo()
    pico.forget_status()


def f0(audio) -> float:
    """Median pitch (Hz) of the voiced 40 ms windows, by autocorrelation (75-400 Hz)."""
    x, rate = audio.samples, audio.sample_rate
    win = int(0.04 * rate)
    lo, hi = rate // 400, rate // 75
    found = []
    for start in range(0, len(x) - win, win):
        w = x[start : start + win] - x[start : start + win].mean()
        if np.sqrt(np.mean(w**2)) < 0.05:
            continue
        ac = np.correlate(w, w, "full")[win - 1 :]
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.5 * ac[0]:
            found.append(rate / lag)
    return float(np.median(found))


def test_the_german_voice_speaks_a_line_as_16khz_audio_at_the_shared_loudness(de_voice):
    assert (de_voice.engine, de_voice.language, de_voice.gender) == ("pico", "de", "female")
    audio = PicoSpeaker(de_voice).synthesize(LINE_DE)
    assert audio.sample_rate == 16_000 and audio.samples.dtype == np.float32
    assert 2.0 < audio.duration_s < 6.0
    assert np.abs(audio.samples).max() == pytest.approx(VOLUME, abs=1e-3)


def test_text_without_anything_speakable_gives_empty_audio(de_voice):
    assert len(PicoSpeaker(de_voice).synthesize("  ").samples) == 0


def test_markup_characters_are_read_as_plain_text(de_voice):
    plain = PicoSpeaker(de_voice).synthesize("Guten Tag")
    tagged = PicoSpeaker(de_voice).synthesize('<speed level="300">Guten Tag')
    assert tagged.duration_s > 0.8 * plain.duration_s


def test_speaking_rate_changes_the_length_and_pitch_the_pitch(de_voice):
    normal = PicoSpeaker(de_voice).synthesize(LINE_DE)
    slow = PicoSpeaker(de_voice, speaking_rate=0.7).synthesize(LINE_DE)
    high = PicoSpeaker(de_voice, pitch=1.3).synthesize(LINE_DE)
    assert slow.duration_s > 1.2 * normal.duration_s
    assert f0(high) > 1.15 * f0(normal)


def test_pitch_acts_on_piper_voices_too_without_changing_the_length():
    joe = VoiceStore([(d, "package") for d in package_voice_dirs()], pico=False).find(
        "en_US-joe-medium"
    )
    assert joe is not None
    line = "Who is calling, please? And what is it about?"
    normal = PiperSpeaker(joe).synthesize(line)
    high = PiperSpeaker(joe, pitch=1.25).synthesize(line)
    assert high.duration_s == pytest.approx(normal.duration_s, rel=0.12)
    assert f0(high) > 1.12 * f0(normal)


def test_every_voice_is_listed_with_engine_language_and_gender():
    listed = {v.name: v for v in list_voices()}
    assert {"pico:de-DE", "pico:en-US", "pico:en-GB", "en_US-joe-medium"} <= set(listed)
    assert listed["pico:en-US"].to_json()["gender"] == "female"
    assert listed["en_US-joe-medium"].to_json()["engine"] == "piper"
    assert listed["en_US-joe-medium"].gender == "male"  # from the catalogue


def test_bundled_secretaries_get_a_female_voice_on_a_fresh_install():
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        scenario = load_scenario(path)
        if scenario.persona.role.value == "boss":
            continue
        voice = choose_voice(scenario.persona.voices, scenario.language.value)
        assert voice is not None and voice.gender == "female", (path.name, voice)
        assert voice.engine == "pico", path.name


def test_bundled_bosses_sound_like_men_on_a_fresh_install():
    """A male Piper voice where the offline extra has one (English: joe), else Pico pitched
    down."""
    bosses = 0
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        scenario = load_scenario(path)
        if scenario.persona.role.value != "boss":
            continue
        bosses += 1
        voice = choose_voice(scenario.persona.voices, scenario.language.value)
        assert voice is not None, path.name
        assert voice.gender == "male" or scenario.persona.pitch <= 0.85, (path.name, voice)
    assert bosses >= 4


def test_the_persona_order_wins_and_a_piper_voice_is_chosen_before_pico(tmp_path):
    store = VoiceStore([(d, "package") for d in package_voice_dirs()])
    assert store.choose({"en": ["pico:en-GB", "en_US-joe-medium"]}, "en").name == "pico:en-GB"
    assert store.choose({"en": ["en_US-joe-medium", "pico:en-GB"]}, "en").name == (
        "en_US-joe-medium"
    )
    # nothing of the persona's list installed: a Piper voice of the language, then Pico
    assert store.choose({"en": ["en_US-amy-medium"]}, "en").name == "en_US-joe-medium"
    assert store.choose({"de": ["de_DE-kerstin-low"]}, "de").name == "pico:de-DE"


def test_the_line_cache_prepares_a_scenario_in_pico_once(tmp_path, de_voice):
    scenario = load_scenario(REPO / "scenarios" / "standard-receptionist.de.yaml")
    built: list[tuple[str, float, float]] = []

    def counting(voice, rate, pitch):
        built.append((voice.name, rate, pitch))
        return speaker_for(voice, rate, pitch)

    files = LineCache(tmp_path, make_speaker=counting).prepare(scenario, de_voice)
    assert set(files) == set(scenario_texts(scenario)) and len(built) == 1
    assert all(p.parent == tmp_path / "pico-de-DE" for p in files.values())
    again = LineCache(tmp_path, make_speaker=counting)
    again.prepare(scenario, de_voice)
    assert len(built) == 1
    assert again.get(scenario_texts(scenario)[0]).sample_rate == 16_000
    # another pitch sounds different, so it is synthesised again
    LineCache(tmp_path, make_speaker=counting).prepare(scenario, de_voice, pitch=1.1)
    assert built[-1] == ("pico:de-DE", 1.0, 1.1)


def test_without_py_nanotts_german_falls_back_to_text_with_the_reason(without_pico):
    reason = pico.pico_status()
    assert reason is not None and "py-nanotts" in reason
    assert not any(v.engine == "pico" for v in list_voices())
    scenario = load_scenario(REPO / "scenarios" / "standard-receptionist.de.yaml")
    assert choose_voice(scenario.persona.voices, "de") is None
    message = missing_voice_message("de", scenario.persona.voices)
    assert message == (
        f"no German voice is installed ({reason}); lines will be shown as text; "
        "install one with `gatekeeper voices install de_DE-kerstin-low`"
    )


def test_without_py_nanotts_english_falls_back_to_the_piper_voice(without_pico):
    scenario = load_scenario(REPO / "scenarios" / "standard-receptionist.en.yaml")
    assert choose_voice(scenario.persona.voices, "en").name == "en_US-joe-medium"


def test_without_py_nanotts_a_pico_speaker_is_a_speech_error(without_pico, tmp_path):
    from gatekeeper.speech.voices import VoiceInfo

    voice = VoiceInfo(
        "pico:de-DE", "de", "low", 16_000, tmp_path / "x.bin", "package", "de-DE", engine="pico"
    )
    with pytest.raises(SpeechError, match="py-nanotts"):
        PicoSpeaker(voice)


def pico_requirement() -> Requirement:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    found = [Requirement(r) for r in data["project"]["dependencies"]]
    return next(r for r in found if r.name == "py-nanotts")


@pytest.mark.parametrize(
    ("system", "machine", "wanted"),
    [
        ("Linux", "x86_64", True),  # the wheels py-nanotts 0.1.1 ships
        ("Linux", "aarch64", True),
        ("Windows", "AMD64", True),
        ("Darwin", "arm64", False),  # no wheel: its sdist would need a C compiler
        ("Darwin", "x86_64", False),
        ("Linux", "armv7l", False),
        ("Windows", "ARM64", False),
    ],
)
def test_py_nanotts_is_installed_only_where_it_has_a_wheel(system, machine, wanted):
    env = {"platform_system": system, "platform_machine": machine}
    assert pico_requirement().marker.evaluate(env) is wanted


def test_the_readme_first_command_brings_pico_here():
    """This machine is one the marker includes, and the package really came with it."""
    assert pico_requirement().marker.evaluate() is True
    assert pico.pico_status() is None


def test_without_py_nanotts_a_german_call_shows_its_lines_as_text_saying_why(without_pico):
    from gatekeeper.session.voice_setup import prepare_voice

    scenario = load_scenario(REPO / "scenarios" / "standard-receptionist.de.yaml")
    prepared = prepare_voice(scenario, lambda event: None)
    assert prepared.name is None and prepared.speak("Worum geht's denn?") is None
    assert prepared.message is not None and pico.pico_status() in prepared.message


def test_a_german_call_speaks_with_pico_and_every_line_is_ready():
    from gatekeeper.session.voice_setup import prepare_voice

    scenario = load_scenario(REPO / "scenarios" / "standard-receptionist.de.yaml")
    prepared = prepare_voice(scenario, lambda event: None)
    assert (prepared.name, prepared.message) == ("pico:de-DE", None)
    for text in scenario_texts(scenario):
        samples, rate = prepared.speak(text)
        assert rate == 16_000 and np.abs(samples).max() > 0.5
