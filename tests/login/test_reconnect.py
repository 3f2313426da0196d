"""Reconnect: a stored login that expired and cannot be renewed opens the wizard at step 14."""

from __future__ import annotations

import dataclasses
import time

import pytest

from tests.fixtures.sandbox import login_token, rotate_away
from tests.login import helpers as h
from tests.login.conftest import walk_to
from tests.ui.conftest import Driver, close
from wizard.app import start_wizard
from wizard.appdata import secrets
from wizard.appdata.paths import resolve_paths
from wizard.jdid import sandbox_profile
from wizard.store import connection


@pytest.fixture
def connected(make_sandbox, memory_keyring):  # noqa: ANN001, ANN201
    """A sandbox and a real login of its practice shop, stored as the wizard stores it."""
    server = make_sandbox()
    account = server.account
    secrets.save_api_secret(account.app_key, account.app_secret)
    token = login_token(server)
    secrets.save_token(account.app_key, token)
    return server, token


def test_a_good_login_is_left_alone(connected) -> None:  # noqa: ANN001
    server, token = connected
    server.clear_call_log()
    check = connection.check_connection(server.profile, server.account.app_key)
    assert check == connection.ConnectionCheck("connected")
    assert secrets.load_token(server.account.app_key) == token


def test_a_login_due_for_renewal_is_renewed_and_stored(connected) -> None:  # noqa: ANN001
    server, token = connected
    key = server.account.app_key
    secrets.save_token(key, token.with_expiry(time.time() - 10))
    check = connection.check_connection(server.profile, key)
    assert check.status == "connected"
    stored = secrets.load_token(key)
    assert stored.refresh_token != token.refresh_token  # rotated, and the new one is kept
    assert not stored.expired()


def test_an_expired_login_that_cannot_be_renewed_needs_a_new_login(connected) -> None:  # noqa: ANN001
    server, token = connected
    account = server.account
    # The refresh token was used elsewhere (rotated away): it no longer works.
    rotate_away(server, token)
    secrets.save_token(account.app_key, token.with_expiry(time.time() - 10))
    check = connection.check_connection(server.profile, account.app_key)
    assert check == connection.ConnectionCheck("login_needed", "login_expired")


def test_offline_at_start_up_is_not_a_reason_to_log_in_again(connected) -> None:  # noqa: ANN001
    server, token = connected
    secrets.save_token(server.account.app_key, token.with_expiry(time.time() - 10))
    offline = sandbox_profile("http://jdid-sandbox.invalid")
    check = connection.check_connection(offline, server.account.app_key)
    assert check == connection.ConnectionCheck("unknown", "no_network")


def test_never_logged_in(memory_keyring) -> None:  # noqa: ANN001
    profile = sandbox_profile("http://127.0.0.1:9")
    assert connection.check_connection(profile, "").status == "not_connected"
    assert connection.check_connection(profile, "SOMEKEY12345").status == "not_connected"


@pytest.mark.webengine
def test_start_up_opens_at_step_14_and_says_why(app_home, qtbot, memory_keyring) -> None:  # noqa: ANN001
    """Practice mode end to end: connect, the login runs out, `main.py` starts again."""
    paths = resolve_paths().ensure()

    def open_wizard() -> Driver:
        started = start_wizard(paths, lang="en", practice=True)
        driver = Driver(started, qtbot)
        started.ctx.url_opener = driver.opened.append
        started.wizard._confirm_close = lambda: True
        started.wizard.show()  # closed by close() below, not by qtbot: it is reopened
        assert "step15" in started.wizard.pages
        qtbot.waitUntil(lambda: started.ctx.sandbox is not None, timeout=h.WAIT_MS)
        return driver

    first = open_wizard()
    try:
        sandbox = first.ctx.sandbox
        account = sandbox.account
        walk_to(first, "step12", account.shop_name)
        seller = h.Practice(first, sandbox)
        h.connect(seller)
        token = secrets.load_token(account.app_key)
        # Weeks later: the access token has run out and its refresh token no longer works.
        rotate_away(sandbox, token)
        secrets.save_token(account.app_key, dataclasses.replace(token, expires_at=time.time() - 60))
    finally:
        close(first)

    second = open_wizard()
    try:
        qtbot.waitUntil(lambda: second.current == "step14", timeout=h.WAIT_MS)
        page = second.page
        assert page.reason.isVisible()
        assert "log in again" in page.reason.text().lower()
        assert not page.isComplete()
        second.assert_reason_when_blocked()
        # Logging in again reconnects; nothing else has to be set up again.
        h.start_login(h.Practice(second, second.ctx.sandbox))
        seller = h.Practice(second, second.ctx.sandbox)
        h.log_in(seller)
        h.consent(seller)
        qtbot.waitUntil(page.logged_in, timeout=h.WAIT_MS)
        assert not page.reason.isVisible()
        assert not secrets.load_token(account.app_key).expired()
    finally:
        close(second)


@pytest.mark.webengine
def test_reopening_resumes_past_steps_12_to_14_without_typing_the_secret_again(
    seller,
    qtbot,  # noqa: ANN001
) -> None:
    s = seller()
    h.connect(s)
    s.driver.next()
    qtbot.waitUntil(lambda: s.page.facts is not None, timeout=h.WAIT_MS)
    server = s.server
    close(s.driver)

    started = start_wizard(resolve_paths(), lang="en")
    driver = Driver(started, qtbot)
    started.ctx.url_opener = driver.opened.append
    started.wizard._confirm_close = lambda: True
    try:
        started.wizard.show()
        qtbot.waitUntil(lambda: started.ctx.profile is not None, timeout=5000)
        started.ctx.profile = server.profile
        wizard = started.wizard
        assert wizard.resume_pending
        wizard.resume()
        assert driver.current == "step15", driver.blocked_text()
        qtbot.waitUntil(lambda: driver.page.facts is not None, timeout=h.WAIT_MS)
        assert driver.page.isComplete(), driver.blocked_text()
        credentials = wizard.pages["step12"]
        assert credentials.fields["api_secret"].edit.text() == ""
        assert "leave empty" in credentials.fields["api_secret"].edit.placeholderText()
        # Start over: steps 13 and 14 must be done again.
        wizard.start_over()
        assert not wizard.pages["step13"].is_installed()
        assert not wizard.pages["step14"].logged_in()
    finally:
        close(driver)
