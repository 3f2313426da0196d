"""Code 19: one refresh (once for all threads), the new token handed back, one retry."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from tests.fixtures.sandbox import login_token, rotate_away
from wizard.jdid import LoginExpired, refresh


def test_expired_token_is_refreshed_once_and_the_call_retried(make_sandbox, make_client):
    server = make_sandbox()
    token = login_token(server)
    seen = []
    client = make_client(server, token, on_token_refreshed=seen.append)
    server.expire_tokens()
    server.clear_call_log()
    assert client.list_spus(1, 5).total == 60
    assert [r.code for r in server.call_log] == ["19", "0", "0"]
    assert [r.method for r in server.call_log][1] == "oauth2.refresh_token"
    assert len(seen) == 1 and client.token is seen[0]
    assert seen[0].refresh_token != token.refresh_token
    # the old refresh token was rotated out
    acc = server.account
    with pytest.raises(LoginExpired):
        refresh(server.profile, acc.app_key, acc.app_secret, token.refresh_token)


def test_many_threads_hitting_19_share_one_refresh(make_sandbox, make_client):
    server = make_sandbox(latency_ms=50)
    seen = []
    client = make_client(server, login_token(server), on_token_refreshed=seen.append)
    server.expire_tokens()
    server.clear_call_log()
    with ThreadPoolExecutor(6) as pool:
        totals = list(pool.map(lambda _: client.list_spus(1, 1).total, range(6)))
    assert totals == [60] * 6
    refreshes = [r for r in server.call_log if r.method == "oauth2.refresh_token"]
    assert len(refreshes) == 1 and refreshes[0].code == "0"
    assert len(seen) == 1


def test_token_past_its_ttl_is_refreshed_ahead(make_sandbox, make_client):
    server = make_sandbox(token_ttl=1)
    seen = []
    client = make_client(server, login_token(server), on_token_refreshed=seen.append)
    client.list_spus(1, 1)
    time.sleep(1.1)
    server.clear_call_log()
    client.list_spus(1, 1)
    assert [r.method.split(".")[-1] for r in server.call_log] == [
        "refresh_token",
        "getWareInfoListByVendorId",
    ]
    assert len(seen) == 1


def test_the_sandbox_answers_19_for_a_token_past_its_ttl(make_sandbox, make_client):
    server = make_sandbox(token_ttl=1)
    token = login_token(server)
    time.sleep(1.1)
    client = make_client(server, token.with_expiry(time.time() + 3600))  # client unaware
    client_no_refresh = make_client(server, replace(token, refresh_token="", expires_at=1e12))
    with pytest.raises(LoginExpired):
        client_no_refresh.list_spus(1, 1)
    assert client.list_spus(1, 1).total == 60  # refreshed on 19, then retried


def test_a_failing_storage_callback_does_not_end_the_call(make_sandbox, make_client):
    server = make_sandbox()

    def broken(_token):
        raise OSError("disk full")

    client = make_client(server, login_token(server), on_token_refreshed=broken)
    server.expire_tokens()
    assert client.list_spus(1, 1).total == 60


def test_a_refused_refresh_is_tried_once_for_all_threads(make_sandbox, make_client):
    server = make_sandbox(latency_ms=30)
    old = login_token(server)
    rotate_away(server, old)
    client = make_client(server, old)
    server.expire_tokens()
    server.clear_call_log()

    def attempt(_):
        with pytest.raises(LoginExpired):
            client.list_spus(1, 1)

    with ThreadPoolExecutor(5) as pool:
        list(pool.map(attempt, range(5)))
    refreshes = [r for r in server.call_log if r.method == "oauth2.refresh_token"]
    assert [r.code for r in refreshes] == ["1004"]
