"""Secrets go to the keyring; without a working keyring, to memory for this session only."""

from __future__ import annotations

import gc
import logging
import os
import time
import uuid
import warnings

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from tests.fixtures.keyring_backend import MemoryKeyring
from wizard.appdata import secrets
from wizard.jdid import Token

KEY = "6f56e2b696af42d08814af1af096a166"
SECRET = "afed860909a342b48eaada1849c3d442"


def _token(access: str = "AT-0123456789", refresh: str = "RT-9876543210") -> Token:
    now = time.time()
    return Token(access, refresh, now + 7200, now, "snsapi_base", "oid", "1000123")


@pytest.fixture(autouse=True)
def _fresh_session():
    secrets.reset_session_memory()
    yield
    secrets.reset_session_memory()
    keyring.set_keyring(MemoryKeyring())  # whatever a test selected, the guard's kind comes back


class BrokenKeyring(KeyringBackend):
    """A keyring that is there but refuses (locked, D-Bus gone) and echoes what it got."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError(f"locked: {service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"locked: {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("locked")


def test_api_secret_and_token_round_trip_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    secrets.save_api_secret(KEY, SECRET)
    token = _token()
    secrets.save_token(KEY, token)
    assert secrets.load_api_secret(KEY) == SECRET
    assert secrets.load_token(KEY) == token
    assert set(memory_keyring.entries) == {
        (secrets.SERVICE, f"{KEY}/api_secret"),
        (secrets.SERVICE, f"{KEY}/token"),
    }
    assert not secrets.session_only()


def test_a_refreshed_token_replaces_the_old_one(memory_keyring: MemoryKeyring) -> None:
    secrets.save_token(KEY, _token(refresh="RT-old"))
    secrets.save_token(KEY, _token(refresh="RT-new"))
    assert secrets.load_token(KEY).refresh_token == "RT-new"


def test_missing_entries_are_none_and_forgetting_is_safe(memory_keyring: MemoryKeyring) -> None:
    assert secrets.load_api_secret(KEY) is None
    assert secrets.load_token(KEY) is None
    secrets.delete_token(KEY)  # nothing stored: no error
    secrets.save_api_secret(KEY, SECRET)
    secrets.save_token(KEY, _token())
    secrets.forget_app(KEY)
    assert memory_keyring.entries == {}


def test_a_damaged_token_entry_means_log_in_again(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(secrets.SERVICE, f"{KEY}/token", "{not json")
    assert secrets.load_token(KEY) is None


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), chainer.ChainerBackend(), BrokenKeyring()], ids=type
)
def test_no_working_keyring_raises_no_keyring_without_the_secret(
    backend: KeyringBackend, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend)
    caplog.set_level(logging.DEBUG)
    for call in (
        lambda: secrets.save_api_secret(KEY, SECRET),
        lambda: secrets.load_api_secret(KEY),
        lambda: secrets.save_token(KEY, _token()),
        lambda: secrets.load_token(KEY),
    ):
        with pytest.raises(secrets.NoKeyring) as info:
            call()
        assert info.value.key == "no_keyring"
        assert SECRET not in str(info.value) and SECRET not in repr(info.value)
        assert info.value.__cause__ is None  # the backend's message (with the secret) is dropped
    assert SECRET not in caplog.text and "AT-0123456789" not in caplog.text


def test_session_memory_keeps_secrets_for_this_run_only(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(secrets.NoKeyring):
        secrets.save_api_secret(KEY, SECRET)
    secrets.use_session_memory()
    assert secrets.session_only()
    secrets.save_api_secret(KEY, SECRET)
    secrets.save_token(KEY, _token())
    assert secrets.load_api_secret(KEY) == SECRET
    assert secrets.load_token(KEY).access_token == "AT-0123456789"
    secrets.reset_session_memory()  # a new run: gone
    keyring.set_keyring(MemoryKeyring())
    assert secrets.load_api_secret(KEY) is None


def _secret_service_or_skip() -> KeyringBackend:
    # .ci/run sets JDID_REQUIRE_SECRET_SERVICE: there a missing service is a failure, not a skip.
    give_up = pytest.fail if os.environ.get("JDID_REQUIRE_SECRET_SERVICE") else pytest.skip
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        give_up("no D-Bus session: run inside dbus-run-session with gnome-keyring (.ci/run)")
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.get_password(secrets.SERVICE, "probe")  # reaches the service, unlocks nothing
    except Exception as exc:  # noqa: BLE001 - any failure here means: no Secret Service
        _close_dbus_connections()
        give_up(f"no Secret Service reachable ({type(exc).__name__})")
    return backend


def _close_dbus_connections() -> None:
    """keyring's SecretService backend opens a D-Bus socket per call and never closes it;
    collect them here, where their ResourceWarning is expected, not at interpreter exit."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.mark.secret_service
def test_real_secret_service_stores_and_forgets() -> None:
    backend = _secret_service_or_skip()
    keyring.set_keyring(backend)
    api_key = f"test-{uuid.uuid4().hex}"  # never collides with a real entry
    try:
        secrets.save_api_secret(api_key, SECRET)
        secrets.save_token(api_key, _token())
        assert backend.get_password(secrets.SERVICE, f"{api_key}/api_secret") == SECRET
        assert secrets.load_token(api_key).refresh_token == "RT-9876543210"
    finally:
        secrets.forget_app(api_key)
    assert secrets.load_api_secret(api_key) is None
    keyring.set_keyring(MemoryKeyring())
    del backend
    _close_dbus_connections()
