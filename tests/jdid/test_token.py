"""The token object: expiry, refresh-ahead, storage form, and a repr that hides secrets."""

from __future__ import annotations

from wizard.jdid import Token


def make(issued: float = 1000.0, lifetime: float = 7200.0) -> Token:
    return Token(
        access_token="ACCESS-SECRET-VALUE",
        refresh_token="REFRESH-SECRET-VALUE",
        expires_at=issued + lifetime,
        issued_at=issued,
        scope="snsapi_base",
        open_id="o1",
        uid="10023456",
    )


def test_expiry_and_refresh_ahead():
    t = make()
    assert not t.expired(now=1000)
    assert not t.should_refresh(now=1000 + 7200 - 301)
    assert t.should_refresh(now=1000 + 7200 - 299)
    assert t.expired(now=8200)


def test_short_lived_token_is_not_refreshed_in_its_first_half():
    t = make(lifetime=60)
    assert not t.should_refresh(now=1000 + 29)
    assert t.should_refresh(now=1000 + 31)


def test_from_answer_uses_time_in_ms_plus_expires_in():
    answer = {
        "access_token": "a",
        "refresh_token": "r",
        "expires_in": 7200,
        "time": 1655885576074,
        "uid": 10023456,
        "scope": "snsapi_base",
        "open_id": "x",
    }
    t = Token.from_answer(answer)
    assert t.issued_at == 1655885576.074
    assert t.expires_at == 1655885576.074 + 7200
    assert t.uid == "10023456"


def test_json_round_trip():
    t = make()
    assert Token.from_json(t.to_json()) == t


def test_repr_and_str_hide_both_tokens():
    t = make()
    for text in (repr(t), str(t), f"{t}", repr([t])):
        assert "SECRET" not in text
        assert "10023456" in text
