"""OAuth 2.0 (authorization code) against JD.ID: authorize URL, callback, code exchange, refresh."""

from __future__ import annotations

import logging
import secrets
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from wizard.jdid.errors import (
    OAUTH_ERRORS,
    InvalidCode,
    JdidError,
    LoginExpired,
    OAuthError,
    PlatformUnreachable,
    StateMismatch,
    UnexpectedAnswer,
    WrongApiKey,
    WrongApiSecret,
    error_for_code,
)
from wizard.jdid.neterrors import transport_error
from wizard.jdid.profiles import EndpointProfile
from wizard.jdid.token import Token

log = logging.getLogger(__name__)

SCOPE = "snsapi_base"
TIMEOUT = (5.0, 15.0)
REFRESH_ATTEMPTS = 4  # a lost refresh answer is asked for again this many times in all

# Error codes of the token endpoints, as the sandbox answers them (ours; no public source).
TOKEN_ERRORS: dict[str, type[JdidError]] = {
    "1001": WrongApiKey,
    "1002": WrongApiSecret,
    "1003": InvalidCode,
    "1004": LoginExpired,  # refresh token unknown, used or expired
}


def new_state() -> str:
    """A fresh random `state`; the caller keeps it and checks it on the callback."""
    return secrets.token_urlsafe(24)


def authorize_url(profile: EndpointProfile, app_key: str, state: str) -> str:
    query = urlencode(
        {
            "app_key": app_key,
            "response_type": "code",
            "redirect_uri": profile.callback_url,
            "state": state,
            "scope": SCOPE,
        }
    )
    return f"{profile.authorize_url}?{query}"


def parse_callback(url: str, expected_state: str) -> str:
    """The authorization code from the callback URL, after checking `state`."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items() if v}
    state = query.get("state", "")
    if not state or not secrets.compare_digest(state, expected_state):
        raise StateMismatch("the callback's state is not the one this login started with")
    error = query.get("error")
    if error:
        cls = OAUTH_ERRORS.get(error, OAuthError)
        raise cls(f"the login ended with: {error}", code=error)
    code = query.get("code")
    if not code:
        raise UnexpectedAnswer("the callback carries no code")
    return code


def _token_request(
    url: str, params: dict[str, str], what: str, timeout: tuple[float, float] = TIMEOUT
) -> Token:
    host = urlsplit(url).netloc
    try:
        resp = requests.get(url, params=params, timeout=timeout)
    except requests.RequestException as exc:
        log.warning("%s: %s to %s", what, type(exc).__name__, host)
        raise transport_error(exc, host) from None
    if resp.status_code >= 500:
        raise PlatformUnreachable(f"{what}: HTTP {resp.status_code} from {host}")
    try:
        answer = resp.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise UnexpectedAnswer(f"{what}: HTTP {resp.status_code}, not JSON")
    err = answer.get("error_response")
    if isinstance(err, dict):
        raise error_for_code(str(err.get("code")), what)
    code = str(answer.get("code", "0"))
    if code != "0" or "access_token" not in answer:
        cls = TOKEN_ERRORS.get(code, UnexpectedAnswer)
        log.info("%s refused with code %s", what, code)
        raise cls(f"{what} refused (code {code})", code=code)
    try:
        return Token.from_answer(answer)
    except (KeyError, TypeError, ValueError):
        raise UnexpectedAnswer(f"{what}: token answer incomplete") from None


def exchange_code(profile: EndpointProfile, app_key: str, app_secret: str, code: str) -> Token:
    params = {
        "app_key": app_key,
        "app_secret": app_secret,
        "grant_type": "authorization_code",
        "code": code,
    }
    return _token_request(profile.token_url, params, "code exchange")


def refresh(
    profile: EndpointProfile,
    app_key: str,
    app_secret: str,
    refresh_token: str,
    *,
    attempts: int = REFRESH_ATTEMPTS,
    backoff_s: float = 0.5,
    timeout: tuple[float, float] = TIMEOUT,
) -> Token:
    """A new token; its refresh token replaces the old one (which stops working).

    A refresh that got no answer (dropped, timed out, HTTP 5xx) is asked again with the same
    refresh token: if the platform rotated it but the answer was lost, the reuse window of
    the protocol notes (README) gives a new pair instead of logging the seller out."""
    params = {
        "app_key": app_key,
        "app_secret": app_secret,
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
    }
    for attempt in range(1, attempts + 1):
        try:
            return _token_request(profile.refresh_url, params, "token refresh", timeout)
        except PlatformUnreachable:
            if attempt >= attempts:
                raise
            log.info("token refresh got no answer; asking again (%d of %d)", attempt + 1, attempts)
            time.sleep(backoff_s * 2 ** (attempt - 1))
    raise AssertionError("unreachable")  # the loop returns or raises
