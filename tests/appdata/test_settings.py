"""Non-secret settings: round trip, unknown keys kept, wrong types ignored, secrets refused."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from wizard.appdata.jsonfile import BrokenFile
from wizard.appdata.settings import Settings


def test_round_trip(tmp_path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(language="id", mode="practice", store_name="Toko A", shop_id="1001", api_key="k")
    s.save(path)
    assert Settings.load(path) == s


def test_missing_file_gives_defaults(tmp_path) -> None:
    s = Settings.load(tmp_path / "none.json")
    assert (s.language, s.mode, s.store_name) == ("", "real", "")


def test_keys_of_other_versions_are_kept(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en", "not_known_yet": True, "future": [1]}))
    s = Settings.load(path)
    assert s.extra == {"not_known_yet": True, "future": [1]}
    s.store_name = "B"
    s.save(path)
    saved = json.loads(path.read_text())
    assert saved["not_known_yet"] is True and saved["future"] == [1] and saved["store_name"] == "B"


def test_wrong_types_and_values_fall_back_to_defaults(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "fr", "mode": 3, "store_name": ["x"], "shop_id": "9"}))
    s = Settings.load(path)
    assert (s.language, s.mode, s.store_name, s.shop_id) == ("", "real", "", "9")


def test_broken_file_is_moved_aside(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{nope")
    with pytest.raises(BrokenFile):
        Settings.load(path)
    assert not path.exists() and (tmp_path / "settings.json.bad").read_text() == "{nope"


def test_a_secret_never_reaches_the_file(tmp_path) -> None:
    s = Settings(extra={"api_secret": "s3cr3t"})
    with pytest.raises(ValueError):
        s.save(tmp_path / "settings.json")
    assert not (tmp_path / "settings.json").exists()


def test_other_engineers_can_add_fields(tmp_path) -> None:
    @dataclass
    class MoreSettings(Settings):
        new_choice: bool = False

    path = tmp_path / "settings.json"
    MoreSettings(new_choice=True).save(path)
    assert MoreSettings.load(path).new_choice is True
    assert Settings.load(path).extra == {"new_choice": True}


def test_a_second_broken_file_keeps_the_first_copy_too(tmp_path) -> None:
    """Issue 13, defect 7: the second .bad copy overwrote the first."""
    path = tmp_path / "settings.json"
    for text in ("{first", "{second", "{third"):
        path.write_text(text)
        with pytest.raises(BrokenFile):
            Settings.load(path)
    kept = {p.name: p.read_text() for p in tmp_path.iterdir()}
    assert kept == {
        "settings.json.bad": "{first",
        "settings.json.bad.2": "{second",
        "settings.json.bad.3": "{third",
    }
