"""Steps 12 to 15 end to end: paste, Install, the embedded login, the connected shop."""

from __future__ import annotations

import logging

import keyring
import pytest

from tests.login import helpers as h
from wizard import secrets
from wizard.logging_setup import setup_logging
from wizard.paths import resolve_paths

pytestmark = pytest.mark.webengine


def test_seller_connects_and_no_secret_reaches_a_file(seller, caplog) -> None:  # noqa: ANN001
    caplog.set_level(logging.INFO)
    paths = resolve_paths()
    setup_logging(paths.log_file)
    with h.callback_server() as (callback_url, hits):
        s = seller(callback_url=callback_url)
        account = s.server.account
        h.fill_credentials(s)
        # The paste noise (spaces, quotes, line breaks, invisible characters) is gone.
        assert [s.page.fields[n].edit.text() for n in ("shop_id", "api_key", "api_secret")] == [
            str(account.shop_id),
            account.app_key,
            account.app_secret,
        ]
        s.driver.next()
        h.install(s)
        assert s.page.isComplete(), s.driver.blocked_text()
        assert secrets.load_api_secret(account.app_key) == account.app_secret
        assert s.ctx.settings.shop_id == str(account.shop_id)
        assert s.ctx.settings.api_key == account.app_key

        s.driver.next()
        assert s.page.view is None  # the web view is made on Log in, not before
        h.start_login(s)
        h.log_in(s)
        h.consent(s)
        s.driver.qtbot.waitUntil(s.page.logged_in, timeout=h.WAIT_MS)
        assert hits == []  # the callback was intercepted, never loaded

    token = secrets.load_token(account.app_key)
    assert token is not None and token.uid == str(account.shop_id)
    assert s.page.view is None  # the view and its off-the-record profile are gone

    s.driver.next()
    assert s.driver.current == "step15"
    s.driver.qtbot.waitUntil(lambda: s.page.facts is not None, timeout=h.WAIT_MS)
    assert s.page.isComplete(), s.driver.blocked_text()
    shown = s.page.shop.text()
    assert str(account.shop_id) in shown and account.shop_name in shown
    assert "Qualified" in s.page.level.text()
    assert not s.page.mismatch.isVisible()

    # Nothing secret in any file of the app, nor in the log records.
    secret_values = [account.app_secret, token.access_token, token.refresh_token]
    files = h.all_file_text(paths.data_dir, paths.config_dir, paths.log_dir, paths.cache_dir)
    assert paths.log_file in files and paths.settings_file in files
    for path, text in files.items():
        for value in secret_values:
            assert value not in text, f"a secret reached {path}"
    for value in secret_values:
        assert value not in caplog.text
    assert isinstance(keyring.get_keyring(), type(keyring.get_keyring()))
