"""Connecting an app to JD.ID, as plain blocking functions for worker threads. No Qt.

- `install()`: step 13. One signed gateway call proves the API Key and API Secret before
  any login; then the secret goes to the password store.
- `finish_login()`: step 14. The callback's `state` is checked, the code is exchanged for
  tokens, the tokens go to the password store.
- `connection_facts()`: step 15. What was connected, with a Qualified Seller re-check.
- `check_connection()`: at start-up. Are the stored tokens still good (refreshing them if
  needed)? If they have expired and cannot be renewed, the seller must log in again.

Errors are wizard.jdid errors (each with a stable `key`), `secrets.NoKeyring`, or
`NoSecret`. Nothing here logs a secret, a token, a code or a callback address.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import partial

from wizard.appdata import secrets
from wizard.jdid import (
    ClockWrong,
    EndpointProfile,
    InvalidCode,
    JdidClient,
    JdidError,
    LoginExpired,
    NoNetwork,
    NotQualified,
    OAuthError,
    PlatformUnreachable,
    RateLimited,
    Token,
    WrongApiKey,
    WrongApiSecret,
    exchange_code,
    parse_callback,
    refresh,
)

log = logging.getLogger(__name__)

# Interactive calls: the seller is waiting, so fewer, quicker attempts than the importer's.
INTERACTIVE = {"max_attempts": 3, "total_budget_s": 20.0, "connect_timeout": 5.0}


class NoSecret(Exception):
    """The API Secret is not stored (it was kept for one session only, or removed)."""

    key = "no_secret"


def _client(profile: EndpointProfile, api_key: str, api_secret: str, **kw: object) -> JdidClient:
    return JdidClient(profile, api_key, api_secret, **{**INTERACTIVE, **kw})  # type: ignore[arg-type]


def _secret(api_key: str, typed: str = "") -> str:
    secret = typed or secrets.load_api_secret(api_key)
    if not secret:
        raise NoSecret("no API Secret stored for this app")
    return secret


def install(profile: EndpointProfile, api_key: str, api_secret: str = "") -> None:
    """Check the key and secret with JD.ID (one signed call), then store the secret.

    `api_secret` "" means: use the stored one. Raises WrongApiKey, WrongApiSecret,
    ClockWrong, NoNetwork, PlatformUnreachable, RateLimited, NoKeyring, NoSecret."""
    secret = _secret(api_key, api_secret)
    with _client(profile, api_key, secret) as client:
        client.check_credentials()
    if api_secret:
        secrets.save_api_secret(api_key, api_secret)
    log.info("install: API Key and API Secret accepted by %s", profile.name)


def finish_login(profile: EndpointProfile, api_key: str, callback_url: str, state: str) -> Token:
    """Check the callback's state, exchange its code for tokens, store them; return them."""
    code = parse_callback(callback_url, state)  # StateMismatch / OAuthDenied / ...
    token = exchange_code(profile, api_key, _secret(api_key), code)
    secrets.save_token(api_key, token)
    log.info("login: tokens stored for shop %s", token.uid or "?")
    return token


@dataclass(frozen=True)
class ConnectionFacts:
    """What step 15 shows: the shop JD.ID named for this login (in the token, and as the
    owner of the first product), how many products it has, and until when the login holds."""

    shop_id: str  # the shop that logged in (from the token), "" if JD.ID did not say
    product_shop_id: str  # the shop of the first product, "" when there are no products
    product_count: int
    expires_at: float
    qualified: bool


def connection_facts(profile: EndpointProfile, api_key: str) -> ConnectionFacts:
    """Read the stored token and re-check the Qualified Seller level with a product call."""
    token = secrets.load_token(api_key)
    if token is None:
        raise LoginExpired("no stored login")
    on_refresh = partial(secrets.save_token, api_key)
    with _client(
        profile, api_key, _secret(api_key), token=token, on_token_refreshed=on_refresh
    ) as c:
        try:
            page = c.list_spus(1, 1)
        except NotQualified:
            return ConnectionFacts(token.uid, "", 0, token.expires_at, qualified=False)
        product_shop = ""
        if page.items:
            details = c.get_spu_details([page.items[0].spu_id])
            product_shop = str(details[0].shop_id) if details else ""
        current = c.token or token
    return ConnectionFacts(current.uid, product_shop, page.total, current.expires_at, True)


@dataclass(frozen=True)
class ConnectionCheck:
    """`status`: "connected", "not_connected" (never logged in), "login_needed" (stored
    login expired and could not be renewed; `reason` says why) or "unknown" (could not
    tell: offline, no password store; `reason` says which)."""

    status: str
    reason: str | None = None


_LOGIN_NEEDED = (LoginExpired, InvalidCode, OAuthError, WrongApiKey, WrongApiSecret)
_CANNOT_TELL = (NoNetwork, PlatformUnreachable, RateLimited, ClockWrong)


def check_connection(
    profile: EndpointProfile, api_key: str, now: float | None = None
) -> ConnectionCheck:
    """Is the stored login still good? Refreshes (and stores) the token when it is due."""
    if not api_key:
        return ConnectionCheck("not_connected")
    try:
        token = secrets.load_token(api_key)
        if token is None:
            return ConnectionCheck("not_connected")
        now = time.time() if now is None else now
        if not token.should_refresh(now):
            return ConnectionCheck("connected")
        if not token.refresh_token:
            return ConnectionCheck("login_needed", "login_expired")
        new = refresh(profile, api_key, _secret(api_key), token.refresh_token)
        secrets.save_token(api_key, new)
        return ConnectionCheck("connected")
    except NoSecret as exc:
        return ConnectionCheck("login_needed", exc.key)
    except secrets.NoKeyring as exc:
        return ConnectionCheck("unknown", exc.key)
    except _LOGIN_NEEDED as exc:
        log.info("stored login cannot be renewed (%s)", exc.key)
        return ConnectionCheck("login_needed", "login_expired")
    except _CANNOT_TELL as exc:
        return ConnectionCheck("unknown", exc.key)
    except JdidError as exc:
        return ConnectionCheck("unknown", exc.key)
