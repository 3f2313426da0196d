"""Endpoint profiles from a file: checked before use, every bad field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.jdid.profiles import (
    PRODUCTION,
    ProfileError,
    endpoint_profile,
    load_profile_file,
    profile_from_dict,
    profile_to_dict,
    sandbox_profile,
)

GOOD = {
    "name": "Staging",
    "oauth_base": "https://oauth.staging.example.co.id/",
    "gateway_base": "https://api.staging.example.co.id",
    "callback_url": "https://shop.example.co.id/jd/callback",
}


def write(tmp_path: Path, value: object) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def test_a_good_file_gives_the_addresses(tmp_path: Path) -> None:
    profile = load_profile_file(write(tmp_path, GOOD))
    assert profile.name == "Staging"
    assert profile.authorize_url == "https://oauth.staging.example.co.id/oauth2/to_login"
    assert profile.token_url == "https://oauth.staging.example.co.id/oauth2/access_token"
    assert profile.gateway_url == "https://api.staging.example.co.id/routerjson"
    assert profile.callback_url == GOOD["callback_url"]
    assert profile_from_dict(profile_to_dict(profile), "settings") == profile


def test_production_round_trips_and_a_sandbox_is_a_loopback_profile() -> None:
    again = profile_from_dict(profile_to_dict(PRODUCTION), "x")
    assert again.authorize_url == PRODUCTION.authorize_url
    assert again.gateway_url == PRODUCTION.gateway_url
    assert endpoint_profile("http://127.0.0.1:8123/") == sandbox_profile("http://127.0.0.1:8123")


def test_every_bad_field_is_named(tmp_path: Path) -> None:
    bad = {"oauth_base": "http://oauth.example.co.id", "callback_url": "ftp://x", "name": 3}
    with pytest.raises(ProfileError) as caught:
        load_profile_file(write(tmp_path, bad))
    error = caught.value
    assert error.fields == [
        ("oauth_base", "needs_https"),
        ("gateway_base", "missing"),
        ("callback_url", "not_url"),
        ("name", "not_text"),
    ]
    sentence = error.sentence()
    expected = (
        "oauth_base must start with https://",
        "gateway_base is missing",
        "callback_url is not a web address",
        str(tmp_path),
        "nothing was changed",
    )
    for words in expected:
        assert words in sentence


def test_http_is_only_for_this_computer() -> None:
    for host in ("127.0.0.1:5000", "localhost:8080", "[::1]:9000"):
        base = f"http://{host}"
        profile_from_dict({**GOOD, "oauth_base": base, "gateway_base": base}, "x")
    with pytest.raises(ProfileError) as caught:
        endpoint_profile("http://sandbox.example.co.id:8000")
    assert caught.value.fields[0] == ("oauth_base", "needs_https")
    assert "--endpoint" in str(caught.value)


def test_not_json_and_not_an_object_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile_file(write(tmp_path, '{"oauth_base": "https://a",'))
    assert caught.value.key == "not_json" and "line 1" in str(caught.value)
    with pytest.raises(ProfileError) as caught:
        load_profile_file(write(tmp_path, '["https://a"]'))
    assert caught.value.key == "not_object"
    with pytest.raises(ProfileError) as caught:
        load_profile_file(tmp_path / "missing.json")
    assert caught.value.key == "unreadable" and "missing.json" in str(caught.value)


def test_addresses_with_extras_are_refused() -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_dict({**GOOD, "gateway_base": "https://user:pw@api.example.co.id?x=1"}, "x")
    assert caught.value.fields == [("gateway_base", "extra_parts")]
