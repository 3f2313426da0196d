"""Logging in to the practice sandbox without a browser (the CLI's `import --sandbox`).

It walks the sandbox's own login and consent pages over HTTP as a browser would (the same
real pages the embedded browser shows), takes the code from the callback redirect and
exchanges it for a token. Only for the local sandbox: the real JD.ID login needs a person.
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
from wizard.sandbox import SandboxServer

_TICKET = re.compile(r'name="ticket" value="([^"]+)"')


def practice_login(server: SandboxServer, timeout_s: float = 10) -> Token:
    """A token for the sandbox's practice seller. Raises a JdidError (keyed) on failure."""
    account = server.account
    state = new_state()
    flow = {
        "app_key": account.app_key,
        "response_type": "code",
        "redirect_uri": account.callback_url,
        "state": state,
        "scope": "snsapi_base",
    }
    with requests.Session() as http:
        http.get(authorize_url(server.profile, account.app_key, state), timeout=timeout_s)
        consent = http.post(
            f"{server.base_url}/oauth2/login",
            data={**flow, "email": account.seller_email, "password": account.seller_password},
            timeout=timeout_s,
        )
        ticket = _TICKET.search(consent.text)
        if ticket is None:
            raise UnexpectedAnswer("the practice login page did not offer a consent step")
        answer = http.post(
            f"{server.base_url}/oauth2/authorize",
            data={**flow, "ticket": html.unescape(ticket.group(1)), "decision": "allow"},
            allow_redirects=False,
            timeout=timeout_s,
        )
    location = answer.headers.get("Location")
    if answer.status_code != 302 or not location:
        raise UnexpectedAnswer(f"the practice login answered HTTP {answer.status_code}")
    code = parse_callback(location, state)
    return exchange_code(server.profile, account.app_key, account.app_secret, code)
