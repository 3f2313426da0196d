"""OAuth against the sandbox: authorize URL, callback checks, code exchange, refresh rotation."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.fixtures.sandbox import login_redirect, login_token
from wizard.jdid import (
    PRODUCTION,
    InvalidCode,
    LoginExpired,
    OAuthDenied,
    StateMismatch,
    UnexpectedAnswer,
    WrongApiKey,
    WrongApiSecret,
    authorize_url,
    exchange_code,
    new_state,
    parse_callback,
    refresh,
)


def test_authorize_url_as_documented():
    url = authorize_url(PRODUCTION, "KEY1", "st4te")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://oauth.jd.id/oauth2/to_login"
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == {
        "app_key": "KEY1",
        "response_type": "code",
        "redirect_uri": "https://www.forstok.com/dashboard/channels/integrations/jd/setup",
        "state": "st4te",
        "scope": "snsapi_base",
    }
    assert "client_id" not in url


def test_state_is_fresh_and_random():
    states = {new_state() for _ in range(50)}
    assert len(states) == 50
    assert all(len(s) >= 24 for s in states)


def test_parse_callback_checks_state_before_anything_else():
    with pytest.raises(StateMismatch):
        parse_callback("https://cb/x?code=abc&state=other", "mine")
    with pytest.raises(StateMismatch):
        parse_callback("https://cb/x?code=abc", "mine")
    with pytest.raises(StateMismatch):
        parse_callback("https://cb/x?error=access_denied&state=other", "mine")
    assert parse_callback("https://cb/x?code=abc&state=mine", "mine") == "abc"
    with pytest.raises(UnexpectedAnswer):
        parse_callback("https://cb/x?state=mine", "mine")


def test_full_login_gives_a_token_for_the_practice_shop(sandbox):
    token = login_token(sandbox)
    assert token.uid == str(sandbox.account.shop_id)
    assert token.refresh_token and token.access_token
    assert token.expires_at - token.issued_at == pytest.approx(7200)
    assert not token.expired()


def test_the_second_seller_logs_in_to_another_shop(sandbox):
    acc = sandbox.account
    token = login_token(sandbox, email=acc.other_seller_email, password=acc.other_seller_password)
    assert token.uid == str(acc.other_shop_id) != str(acc.shop_id)


def test_declining_comes_back_as_oauth_denied(sandbox):
    state = new_state()
    url = login_redirect(sandbox, state, decision="deny")
    assert url.startswith(sandbox.account.callback_url)
    with pytest.raises(OAuthDenied) as info:
        parse_callback(url, state)
    assert info.value.key == "oauth_denied"


def test_codes_are_single_use(sandbox):
    acc = sandbox.account
    state = new_state()
    code = parse_callback(login_redirect(sandbox, state), state)
    exchange_code(sandbox.profile, acc.app_key, acc.app_secret, code)
    with pytest.raises(InvalidCode):
        exchange_code(sandbox.profile, acc.app_key, acc.app_secret, code)


def test_codes_are_short_lived(make_sandbox):
    server = make_sandbox(code_ttl=0)
    acc = server.account
    state = new_state()
    code = parse_callback(login_redirect(server, state), state)
    with pytest.raises(InvalidCode):
        exchange_code(server.profile, acc.app_key, acc.app_secret, code)


def test_exchange_with_wrong_key_or_secret(sandbox):
    acc = sandbox.account
    state = new_state()
    code = parse_callback(login_redirect(sandbox, state), state)
    with pytest.raises(WrongApiKey):
        exchange_code(sandbox.profile, "NOT" + acc.app_key, acc.app_secret, code)
    with pytest.raises(WrongApiSecret):
        exchange_code(sandbox.profile, acc.app_key, acc.app_secret + "x", code)


def test_refresh_rotates_and_the_old_refresh_token_stops_working(sandbox):
    acc = sandbox.account
    first = login_token(sandbox)
    second = refresh(sandbox.profile, acc.app_key, acc.app_secret, first.refresh_token)
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert second.uid == first.uid
    third = refresh(sandbox.profile, acc.app_key, acc.app_secret, second.refresh_token)
    assert third.refresh_token not in (first.refresh_token, second.refresh_token)
    with pytest.raises(LoginExpired):  # the pair that replaced it is in use: dead for good
        refresh(sandbox.profile, acc.app_key, acc.app_secret, first.refresh_token)


def test_rotation_survives_a_restart_with_a_state_file(make_sandbox, tmp_path):
    state_file = tmp_path / "sandbox-state.json"
    server = make_sandbox(state_file=state_file)
    acc = server.account
    first = login_token(server)
    second = refresh(server.profile, acc.app_key, acc.app_secret, first.refresh_token)
    third = refresh(server.profile, acc.app_key, acc.app_secret, second.refresh_token)
    server.stop()
    again = make_sandbox(state_file=state_file)
    with pytest.raises(LoginExpired):
        refresh(again.profile, acc.app_key, acc.app_secret, first.refresh_token)
    # the newest refresh token still works after the restart
    assert refresh(again.profile, acc.app_key, acc.app_secret, third.refresh_token).uid
