"""Logging in to the practice sandbox without a browser (the CLI's `import --sandbox`).

It walks the sandbox's own login and consent pages over HTTP as a browser would (the same
real pages the embedded browser shows), takes the code from the callback redirect and
exchanges it for a token. Only for the local sandbox: the real JD.ID login needs a person.
The tests use the same walk (with another seller, a "deny" decision or a page language).
"""

from __future__ import annotations

import html
import re

import requests

from wizard.jdid import (
    Token,
    UnexpectedAnswer,
    authorize_url,
    exchange_code,
    new_state,
    parse_callback,
)
from wizard.jdid.errors import OAUTH_ERRORS
from wizard.sandbox import SandboxServer

_TICKET = re.compile(r'name="ticket" value="([^"]+)"')
_ERROR = re.compile(r'<body[^>]* data-error="([a-z_]+)"')


def login_redirect(
    server: SandboxServer,
    state: str,
    *,
    email: str | None = None,
    password: str | None = None,
    decision: str = "allow",
    lang: str | None = None,
    timeout_s: float = 10,
) -> str:
    """Walk the login and consent pages; return the callback URL the browser is sent to
    (with `code` or `error`, and `state`). By default as the practice seller, who allows.

    Raises UnexpectedAnswer when a page is not what a browser would get."""
    account = server.account
    flow = {
        "app_key": account.app_key,
        "response_type": "code",
        "redirect_uri": account.callback_url,
        "state": state,
        "scope": "snsapi_base",
    }
    if lang:
        flow["lang"] = lang
    with requests.Session() as http:
        page = http.get(authorize_url(server.profile, account.app_key, state), timeout=timeout_s)
        marker = _ERROR.search(page.text)
        if marker is not None and marker.group(1) in OAUTH_ERRORS:
            # The seller's own mistake in the practice console (no app, not published, another
            # Callback URL): the same typed error the embedded login gives.
            raise OAUTH_ERRORS[marker.group(1)](f"the practice login page says {marker.group(1)}")
        if 'data-page="login"' not in page.text:
            raise UnexpectedAnswer(
                f"the practice login page did not open (HTTP {page.status_code})"
            )
        form = {
            **flow,
            "email": email or account.seller_email,
            "password": password or account.seller_password,
        }
        consent = http.post(f"{server.base_url}/oauth2/login", data=form, timeout=timeout_s)
        ticket = _TICKET.search(consent.text)
        if ticket is None:
            raise UnexpectedAnswer("the practice login page did not offer a consent step")
        answer = http.post(
            f"{server.base_url}/oauth2/authorize",
            data={**flow, "ticket": html.unescape(ticket.group(1)), "decision": decision},
            allow_redirects=False,
            timeout=timeout_s,
        )
    location = answer.headers.get("Location")
    if answer.status_code != 302 or not location:
        raise UnexpectedAnswer(f"the practice login answered HTTP {answer.status_code}")
    return location


def practice_login(
    server: SandboxServer,
    *,
    email: str | None = None,
    password: str | None = None,
    timeout_s: float = 10,
) -> Token:
    """A token for the sandbox's practice seller (or another of its sellers).

    Raises a JdidError (keyed) on failure."""
    state = new_state()
    location = login_redirect(server, state, email=email, password=password, timeout_s=timeout_s)
    code = parse_callback(location, state)
    account = server.account
    return exchange_code(server.profile, account.app_key, account.app_secret, code)
