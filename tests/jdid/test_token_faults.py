"""Issue 13, defect 5: faults at the token endpoints, and a lost refresh answer (the platform
rotated the refresh token, the app never heard) must not log the seller out for good."""

from __future__ import annotations

import time

import pytest

from tests.fixtures.sandbox import login_token
from wizard.appdata import secrets
from wizard.jdid import LoginExpired, PlatformUnreachable
from wizard.store import connection

FAST = {"backoff_s": 0.02, "read_timeout": 1.0, "connect_timeout": 1.0}


def refresh_codes(server) -> list[str]:  # noqa: ANN001
    return [r.code for r in server.call_log if r.method == "oauth2.refresh_token"]


@pytest.mark.parametrize("fault", ["http_500", "drop", "hang", "lost"])
def test_a_failed_refresh_is_asked_again_and_the_call_goes_through(
    make_sandbox, make_client, fault
):
    server = make_sandbox(hang_s=2.0)
    stored = []
    client = make_client(server, login_token(server), on_token_refreshed=stored.append, **FAST)
    server.expire_tokens()
    server.inject_token_fault(fault)
    server.clear_call_log()
    assert client.list_spus(1, 5).total == 60
    assert refresh_codes(server) == [fault, "0"]
    assert len(stored) == 1 and client.token is stored[0]


def test_a_run_that_never_heard_the_answer_leaves_a_login_the_next_run_can_renew(
    make_sandbox, make_client
):
    server = make_sandbox()
    old = login_token(server)
    server.expire_tokens()
    # The platform rotates, the answer is lost, and the network stays down for this run.
    server.inject_token_fault("lost")
    server.inject_token_fault("drop", 3)
    with pytest.raises(PlatformUnreachable):  # "no answer": not "log in again"
        make_client(server, old, **FAST).list_spus(1, 1)
    # The next run (the next scheduled sync) still has the old token: it renews it.
    server.clear_call_log()
    assert make_client(server, old, **FAST).list_spus(1, 1).total == 60
    assert refresh_codes(server) == ["0"]


def test_past_the_reuse_window_the_login_is_over_and_the_wizard_asks_for_step_14(
    make_sandbox, make_client, memory_keyring
):
    server = make_sandbox(refresh_reuse_s=0)
    account = server.account
    old = login_token(server)
    server.expire_tokens()
    server.inject_token_fault("lost")
    server.inject_token_fault("drop", 3)
    with pytest.raises(PlatformUnreachable):
        make_client(server, old, **FAST).list_spus(1, 1)
    with pytest.raises(LoginExpired):
        make_client(server, old, **FAST).list_spus(1, 1)
    # What the wizard checks at start-up: it opens at step 14 for "login_needed".
    secrets.save_api_secret(account.app_key, account.app_secret)
    secrets.save_token(account.app_key, old.with_expiry(time.time() - 10))
    check = connection.check_connection(server.profile, account.app_key)
    assert check == connection.ConnectionCheck("login_needed", "login_expired")


def test_a_reused_refresh_token_revokes_the_pair_whose_answer_was_lost(make_sandbox):
    from wizard.jdid import refresh

    server = make_sandbox()
    acc = server.account
    first = login_token(server)
    lost = refresh(server.profile, acc.app_key, acc.app_secret, first.refresh_token)
    again = refresh(server.profile, acc.app_key, acc.app_secret, first.refresh_token)
    assert again.refresh_token != lost.refresh_token
    with pytest.raises(LoginExpired):  # the pair nobody received cannot be used any more
        refresh(server.profile, acc.app_key, acc.app_secret, lost.refresh_token)
    assert refresh(server.profile, acc.app_key, acc.app_secret, again.refresh_token).uid
