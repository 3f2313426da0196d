"""The sandbox's OAuth side: login form, consent, redirect with code, token endpoints."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from wizard.sandbox import pages

if TYPE_CHECKING:
    from wizard.sandbox.server import SandboxServer

_FLOW_FIELDS = ("app_key", "response_type", "redirect_uri", "state", "scope", "lang")


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str | list[str]] = field(default_factory=dict)  # a list: repeated


def _html(status: int, text: str) -> Response:
    return Response(status, text.encode("utf-8"))


def _json(status: int, value: object) -> Response:
    return Response(status, json.dumps(value).encode(), "application/json; charset=utf-8")


def _redirect(base: str, query: Mapping[str, str]) -> Response:
    sep = "&" if "?" in base else "?"
    return Response(302, b"", headers={"Location": f"{base}{sep}{urlencode(query)}"})


def _flow_error(sandbox: SandboxServer, p: Mapping[str, str]) -> str | None:
    """The first thing wrong with a login request, as a page error key: checked against the
    app as the seller left it in the practice developer console."""
    app = sandbox.console.snapshot().app
    if app is None or p.get("app_key") != app.app_key:
        return "wrong_app_key"
    if not app.published:
        return "app_not_published"
    if p.get("redirect_uri") != app.callback_url:
        return "wrong_callback"
    if p.get("response_type", "code") != "code":
        return "bad_request"
    return None


def _error_page(sandbox: SandboxServer, lang: str, error: str, shop: str = "") -> Response:
    cfg = sandbox.config
    status = {"not_qualified": 403, "expired": 400}.get(error, 400)
    text = pages.error_page(
        lang, error, app=sandbox.app_name, shop=shop or cfg.shop_name, expected=sandbox.callback_url
    )
    return _html(status, text)


def to_login(sandbox: SandboxServer, p: Mapping[str, str], lang: str) -> Response:
    error = _flow_error(sandbox, p)
    if error:
        return _error_page(sandbox, lang, error)
    fields = {k: p.get(k, "") for k in _FLOW_FIELDS} | {"lang": lang}
    return _html(200, pages.login_page(lang, sandbox.app_name, fields))


def login(sandbox: SandboxServer, p: Mapping[str, str], lang: str, now: float) -> Response:
    error = _flow_error(sandbox, p)
    if error:
        return _error_page(sandbox, lang, error)
    cfg = sandbox.config
    fields = {k: p.get(k, "") for k in _FLOW_FIELDS} | {"lang": lang}
    seller = sandbox.seller(p.get("email", ""), p.get("password", ""))
    if seller is None:
        page = pages.login_page(
            lang, sandbox.app_name, fields, email=p.get("email", ""), error=True
        )
        return _html(200, page)
    shop_id, shop_name, qualified = seller
    if not qualified:
        return _error_page(sandbox, lang, "not_qualified", shop=shop_name)
    fields["ticket"] = sandbox.issuer.ticket(cfg.app_key, shop_id, now)
    return _html(200, pages.consent_page(lang, sandbox.app_name, shop_name, shop_id, fields))


def authorize(sandbox: SandboxServer, p: Mapping[str, str], lang: str, now: float) -> Response:
    error = _flow_error(sandbox, p)
    if error:
        return _error_page(sandbox, lang, error)
    cfg = sandbox.config
    shop_id = sandbox.issuer.read_ticket(p.get("ticket", ""), cfg.app_key, now)
    if shop_id is None:
        return _error_page(sandbox, lang, "expired")
    state = p.get("state", "")
    if p.get("decision") != "allow":
        return _redirect(sandbox.callback_url, {"error": "access_denied", "state": state})
    code = sandbox.issuer.code(cfg.app_key, shop_id, now)
    return _redirect(sandbox.callback_url, {"code": code, "state": state})


# Token endpoint error codes (ours; the client maps them in wizard.jdid.oauth.TOKEN_ERRORS).
_TOKEN_ERRORS = {
    1001: "invalid app_key",
    1002: "invalid app_secret",
    1003: "invalid, used or expired code",
    1004: "invalid, used or expired refresh_token",
    1005: "unsupported grant_type",
}


def _token_error(code: int) -> tuple[int, Response]:
    return code, _json(400, {"code": code, "msg": _TOKEN_ERRORS[code]})


def token(
    sandbox: SandboxServer, p: Mapping[str, str], now: float, grant: str
) -> tuple[int, Response]:
    """(code, response) of /oauth2/access_token or /oauth2/refresh_token; code 0 = issued."""
    cfg = sandbox.config
    if not sandbox.app_exists(p.get("app_key", "")):
        return _token_error(1001)
    if p.get("app_secret") != cfg.app_secret:
        return _token_error(1002)
    if p.get("grant_type") != grant:
        return _token_error(1005)
    if grant == "authorization_code":
        shop_id = sandbox.issuer.redeem_code(p.get("code", ""), cfg.app_key, now)
        if shop_id is None:
            return _token_error(1003)
        answer = sandbox.issuer.issue(cfg.app_key, shop_id, now)
    else:
        answer = sandbox.issuer.rotate(p.get("refresh_token", ""), cfg.app_key, now)
        if answer is None:
            return _token_error(1004)
        sandbox.save_state()
    return 0, _json(200, answer)
