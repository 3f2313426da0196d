"""Secrets (the API Secret and the JD.ID tokens) live in the system keyring, never in a file.

Entries are kept per app (the API Key names the app; one app belongs to one shop):

    service "jdid-setup-wizard", username "<api_key>/api_secret"  -> the API Secret
    service "jdid-setup-wizard", username "<api_key>/token"       -> Token.to_json()

When no keyring backend works (a server without a Secret Service, a locked or refused
keyring), every call raises `NoKeyring`. The wizard then explains this and, if the seller
agrees, calls `use_session_memory()`: from then on this process keeps its secrets in
memory only, and they are gone when the app closes. Nothing here ever writes a file, and
no secret appears in a log line, an exception message or a repr. No Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from wizard import APP_ID

if TYPE_CHECKING:
    from wizard.jdid import Token

log = logging.getLogger(__name__)

SERVICE = APP_ID
T = TypeVar("T")


class NoKeyring(Exception):
    """No keyring backend works. `key` is stable for the UI; the message holds no secret."""

    key = "no_keyring"

    def __init__(self, reason: str) -> None:
        super().__init__(f"no usable keyring ({reason})")
        self.reason = reason


class _HasJson(Protocol):
    def to_json(self) -> str: ...


_lock = threading.Lock()
# None: use the keyring. A dict: the seller chose "this session only" (memory, this process).
_session: dict[str, str] | None = None


def use_session_memory() -> None:
    """Keep secrets in memory for the rest of this run (after the seller agreed)."""
    global _session
    with _lock:
        if _session is None:
            _session = {}
    log.warning("no keyring: secrets are kept in memory for this session only")


def session_only() -> bool:
    """True when secrets live in memory only (they will be gone after this run)."""
    return _session is not None


def reset_session_memory() -> None:
    """Forget the in-memory secrets and go back to the keyring (tests; a new onboarding)."""
    global _session
    with _lock:
        _session = None


def _usable_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    # The "fail" backend is what keyring picks when nothing else is installed or viable; a
    # chainer with nothing to chain behaves the same. Both raise on every write.
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        raise NoKeyring("no backend")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        raise NoKeyring("no backend")
    return backend


def _run(action: str, fn: Callable[[], T]) -> T | None:
    try:
        return fn()
    except NoKeyring:
        raise
    except keyring.errors.PasswordDeleteError:
        return None
    except Exception as exc:  # any backend failure (D-Bus, locked, refused) means "no keyring"
        # Only the type name: a backend's message could echo what it was given.
        log.warning("keyring %s failed: %s", action, type(exc).__name__)
        raise NoKeyring(type(exc).__name__) from None


def _set(name: str, value: str) -> None:
    if _session is not None:
        with _lock:
            _session[name] = value
        return
    _run("write", lambda: _usable_backend().set_password(SERVICE, name, value))


def _get(name: str) -> str | None:
    if _session is not None:
        with _lock:
            return _session.get(name)
    return _run("read", lambda: _usable_backend().get_password(SERVICE, name))


def _delete(name: str) -> None:
    if _session is not None:
        with _lock:
            _session.pop(name, None)
        return
    _run("delete", lambda: _usable_backend().delete_password(SERVICE, name))


def _secret_name(api_key: str) -> str:
    return f"{api_key}/api_secret"


def _token_name(api_key: str) -> str:
    return f"{api_key}/token"


def save_api_secret(api_key: str, api_secret: str) -> None:
    """Store the API Secret of the app `api_key`. Raises NoKeyring."""
    _set(_secret_name(api_key), api_secret)


def load_api_secret(api_key: str) -> str | None:
    """The stored API Secret of the app `api_key`, or None. Raises NoKeyring."""
    return _get(_secret_name(api_key))


def save_token(api_key: str, token: _HasJson) -> None:
    """Store the tokens (a `wizard.jdid.Token`) of the app `api_key`, replacing the old ones.

    Pass this as `on_token_refreshed` (via functools.partial) so a refreshed token, which
    carries a new refresh token, is kept. Raises NoKeyring."""
    _set(_token_name(api_key), token.to_json())


def load_token(api_key: str) -> Token | None:
    """The stored tokens of the app `api_key`, or None (none stored, or unreadable: then the
    seller logs in again). Raises NoKeyring."""
    from wizard.jdid import Token

    raw = _get(_token_name(api_key))
    if raw is None:
        return None
    try:
        return Token.from_json(raw)
    except Exception as exc:  # a damaged entry is as good as none: log in again
        log.warning("stored token unreadable (%s); a new login is needed", type(exc).__name__)
        return None


def delete_token(api_key: str) -> None:
    """Forget the tokens of `api_key` (log out). Missing is fine. Raises NoKeyring."""
    _delete(_token_name(api_key))


def forget_app(api_key: str) -> None:
    """Forget the API Secret and the tokens of `api_key`. Raises NoKeyring."""
    _delete(_secret_name(api_key))
    _delete(_token_name(api_key))
