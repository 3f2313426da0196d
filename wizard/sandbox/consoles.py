"""The practice Seller Center (/seller/...) and developer console (/console/...) as a browser
sees them, the console's small JSON API for the wizard (/console/api/...), and the sample
master list (/practice/sample-products.csv|xlsx).

Sessions are signed cookies, one per site, so a console page reached without logging in
goes to its login and a restart keeps the seller logged in. The console's state is one
object on the server: two browsers on the practice account see the same app. Forms answer
with a redirect when they succeed (a reload does not post twice) and with the page and a
sentence when a value is refused. The API takes the practice seller's email and password
(HTTP Basic), as the wizard knows them.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from http.cookies import CookieError, SimpleCookie
from typing import TYPE_CHECKING
from urllib.parse import quote

from wizard.sandbox import console_pages as cp
from wizard.sandbox import sample_masters
from wizard.sandbox.console_state import ConsoleRefused, InputRefused, check_input
from wizard.sandbox.login import Response

if TYPE_CHECKING:
    from wizard.sandbox.server import SandboxServer

PREFIXES = ("/seller", "/console", "/practice/")
_SESSION_COOKIE = {"seller": "sc_session", "console": "dc_session"}


class Request:
    """What a console handler needs of an HTTP request."""

    def __init__(
        self,
        method: str,
        path: str,
        params: Mapping[str, str],
        headers: Mapping[str, str],
        lang: str,
        now: float,
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.headers = headers
        self.lang = lang
        self.now = now
        self.cookies: dict[str, str] = {}
        try:
            jar = SimpleCookie(headers.get("Cookie", ""))
            self.cookies = {k: m.value for k, m in jar.items()}
        except CookieError:
            pass

    def get(self, name: str) -> str:
        return self.params.get(name, "")


def cookie_lang(headers: Mapping[str, str]) -> str | None:
    """The language a console page was last switched to (the `lang` cookie)."""
    try:
        jar = SimpleCookie(headers.get("Cookie", ""))
    except CookieError:
        return None
    morsel = jar.get("lang")
    return morsel.value if morsel is not None else None


def _html(text: str, status: int = 200, cookies: list[str] | None = None) -> Response:
    headers: dict[str, str | list[str]] = {"Set-Cookie": cookies} if cookies else {}
    return Response(status, text.encode("utf-8"), headers=headers)


def _redirect(location: str, cookies: list[str] | None = None) -> Response:
    headers: dict[str, str | list[str]] = {"Location": location}
    if cookies:
        headers["Set-Cookie"] = cookies
    return Response(303, b"", headers=headers)


def _json(status: int, value: object) -> Response:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return Response(status, data, "application/json; charset=utf-8")


def handle(sandbox: SandboxServer, req: Request) -> Response | None:
    """The answer for a console path, or None when the path is not the consoles'."""
    response = _route(sandbox, req)
    if response is not None and req.get("lang") == req.lang:
        # A language switch (?lang=...) is remembered for the next pages.
        cookie = f"lang={req.lang}; Path=/; SameSite=Lax; Max-Age=31536000"
        existing = response.headers.get("Set-Cookie") or []
        response.headers["Set-Cookie"] = [*existing, cookie]  # type: ignore[misc]
    return response


def _route(sandbox: SandboxServer, req: Request) -> Response | None:
    path = req.path
    if path.startswith("/practice/sample-products."):
        return _sample(sandbox, path.rsplit(".", 1)[1])
    if path.startswith("/console/api/"):
        return _api(sandbox, req)
    for site in ("seller", "console"):
        base = f"/{site}"
        if path != base and not path.startswith(base + "/"):
            continue
        sub = path[len(base) :] or "/"
        if sub == "/login":
            return _login(sandbox, req, site)
        if sub == "/logout":
            expired = f"{_SESSION_COOKIE[site]}=; Path={base}; Max-Age=0"
            return _redirect(f"{base}/login", [expired])
        shop_id = sandbox.issuer.read_session(
            req.cookies.get(_SESSION_COOKIE[site], ""), site, req.now
        )
        if shop_id is None:
            return _redirect(f"{base}/login?next={quote(path)}")
        pages = _SELLER_PAGES if site == "seller" else _CONSOLE_PAGES
        handler = pages.get(sub)
        if handler is None:
            return _html(cp.message_page(req.lang, site, "not_found", path), 404)
        return handler(sandbox, req, shop_id)
    return None


# --- logging in --------------------------------------------------------------------------


def _login(sandbox: SandboxServer, req: Request, site: str) -> Response:
    base = f"/{site}"
    next_path = req.get("next")
    if not next_path.startswith(base + "/") or "//" in next_path or "\\" in next_path:
        next_path = f"{base}/"  # only a page of this site: never a redirect elsewhere
    c = sandbox.config
    account = cp.t(req.lang, "practice_account", email=c.seller_email, password=c.seller_password)
    if req.method != "POST":
        return _html(cp.login_page(req.lang, site, next_path, "", [], account))
    email, password = req.get("email"), req.get("password")
    errors = []
    for name, value in (("email", email), ("password", password)):
        try:
            check_input(name, value)
        except InputRefused as exc:
            errors.append(cp.input_error(req.lang, name, exc.key))
    seller = None if errors else sandbox.seller(email, password)
    if seller is None and not errors:
        errors.append(cp.t(req.lang, "wrong_password"))
    elif seller is not None and site == "console" and seller[0] != sandbox.config.shop_id:
        # The practice console is the practice store's; the second seller only has a shop.
        errors.append(cp.t(req.lang, "not_console_seller", email=sandbox.config.seller_email))
        seller = None
    if seller is None:
        return _html(cp.login_page(req.lang, site, next_path, email, errors, account))
    session = sandbox.issuer.session(site, seller[0], req.now)
    cookie = f"{_SESSION_COOKIE[site]}={session}; Path={base}; HttpOnly; SameSite=Lax"
    return _redirect(next_path, [cookie])


# --- Seller Center -------------------------------------------------------------------------


def _seller_home(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    return _redirect("/seller/shop")


def _seller_shop(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    c = sandbox.config
    main = shop_id == c.shop_id
    qualified = c.qualified or not main
    shop = {
        "name": c.shop_name if main else c.other_shop_name,
        "id": str(shop_id),
        "level": cp.TEXT[req.lang]["shop.qualified" if qualified else "shop.basic"],
        "owner": c.owner_name if main else "-",
        "phone": c.owner_phone if main else "-",
        "email": c.seller_email if main else c.other_seller_email,
    }
    return _html(cp.shop_page(req.lang, shop))


_SELLER_PAGES: Mapping[str, Callable[[SandboxServer, Request, int], Response]] = {
    "/": _seller_home,
    "/shop": _seller_shop,
}


# --- developer console ---------------------------------------------------------------------


def _changed(sandbox: SandboxServer, location: str) -> Response:
    sandbox.save_state()
    return _redirect(location)


def _console_home(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    snap = sandbox.console.snapshot()
    if snap.developer is None:
        return _redirect("/console/register")
    return _html(cp.home_page(req.lang, snap.developer.name, snap.app))


def _register(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    if sandbox.console.snapshot().registered:
        return _redirect("/console/")  # registered once is enough (the form is not offered)
    if req.method != "POST":
        return _html(cp.register_page(req.lang, {}, [], ""))
    values = {k: req.get(k) for k in ("name", "phone", "email")}
    errors: list[str] = []
    for name, value in values.items():
        try:
            check_input(name, value)
        except InputRefused as exc:
            errors.append(cp.input_error(req.lang, name, exc.key))
    if req.get("agree") != "yes":
        errors.append(cp.t(req.lang, "agree_missing"))
    error = "bad_input" if errors else ""
    if not errors:
        try:
            sandbox.console.register(values["name"], values["phone"], values["email"])
        except ConsoleRefused as exc:
            errors = [cp.t(req.lang, f"mismatch.{f}") for f in exc.fields]
            error = exc.key
    if errors:  # what was typed and ticked stays, so only the wrong field needs fixing
        kept = {**values, "agree": "yes" if req.get("agree") == "yes" else ""}
        return _html(cp.register_page(req.lang, kept, errors, error))
    return _changed(sandbox, "/console/")


def _needs_registration(sandbox: SandboxServer) -> Response | None:
    return None if sandbox.console.snapshot().registered else _redirect("/console/register")


def _create(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked = _needs_registration(sandbox)
    if blocked is not None:
        return blocked
    if req.method != "POST":
        return _html(cp.create_page(req.lang))
    had_app = sandbox.console.snapshot().app is not None
    sandbox.console.create_app()
    return _changed(sandbox, "/console/app" + ("?note=app_exists" if had_app else ""))


def _app_or_message(
    sandbox: SandboxServer, req: Request
) -> tuple[Response | None, cp.ConsoleApp | None]:
    blocked = _needs_registration(sandbox)
    if blocked is not None:
        return blocked, None
    app = sandbox.console.snapshot().app
    if app is None:
        return _html(cp.message_page(req.lang, "console", "no_app", req.path)), None
    return None, app


def _notes(req: Request) -> list[str]:
    note = req.get("note")
    return [cp.t(req.lang, note)] if note in ("saved", "app_exists") else []


def _app(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked, app = _app_or_message(sandbox, req)
    if app is None:
        return blocked  # type: ignore[return-value]
    return _html(cp.app_page(req.lang, app, app.name, _notes(req), ""))


def _app_name(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked, app = _app_or_message(sandbox, req)
    if app is None or req.method != "POST":
        return blocked or _redirect("/console/app")
    value = req.get("app_name")
    try:
        sandbox.console.set_app_name(value)
    except InputRefused as exc:
        sentence = cp.input_error(req.lang, "app_name", exc.key)
        return _html(cp.app_page(req.lang, app, value, [sentence], exc.key))
    return _changed(sandbox, "/console/app?note=saved")


def _publish(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked, app = _app_or_message(sandbox, req)
    if app is None or req.method != "POST":
        return blocked or _redirect("/console/app")
    try:
        sandbox.console.publish()
    except ConsoleRefused as exc:
        sentence = cp.t(req.lang, exc.key)
        return _html(cp.app_page(req.lang, app, app.name, [sentence], exc.key))
    return _changed(sandbox, "/console/app")


def _apps(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked = _needs_registration(sandbox)
    return blocked or _html(cp.apps_page(req.lang, sandbox.console.snapshot().app))


def _setting(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked, app = _app_or_message(sandbox, req)
    if app is None:
        return blocked  # type: ignore[return-value]
    if req.method != "POST":
        return _html(cp.setting_page(req.lang, app.callback_url, _notes(req), ""))
    value = req.get("callback_url")
    try:
        sandbox.console.save_callback(value)
    except InputRefused as exc:
        sentence = cp.input_error(req.lang, "callback_url", exc.key)
        return _html(cp.setting_page(req.lang, value, [sentence], exc.key))
    return _changed(sandbox, "/console/app/setting?note=saved")


def _overview(sandbox: SandboxServer, req: Request, shop_id: int) -> Response:
    blocked, app = _app_or_message(sandbox, req)
    if app is None:
        return blocked  # type: ignore[return-value]
    return _html(cp.overview_page(req.lang, app))


_CONSOLE_PAGES: Mapping[str, Callable[[SandboxServer, Request, int], Response]] = {
    "/": _console_home,
    "/register": _register,
    "/create": _create,
    "/app": _app,
    "/app/name": _app_name,
    "/app/publish": _publish,
    "/apps": _apps,
    "/app/setting": _setting,
    "/app/overview": _overview,
}


# --- the wizard's API and the sample list --------------------------------------------------


def _authorized(sandbox: SandboxServer, req: Request) -> bool:
    scheme, _, encoded = req.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        email, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    seller = sandbox.seller(email, password)
    return seller is not None and seller[0] == sandbox.config.shop_id


def state_json(sandbox: SandboxServer) -> dict[str, object]:
    """What the wizard's live checks read: no secret in it."""
    snap = sandbox.console.snapshot()
    app = snap.app
    return {
        "registered": snap.registered,
        "app": None
        if app is None
        else {
            "name": app.name,
            "published": app.published,
            "callback_url": app.callback_url,
            "app_key": app.app_key,
        },
        "shop_name": sandbox.config.shop_name,
        "callback_url": sandbox.callback_url,
    }


def _api(sandbox: SandboxServer, req: Request) -> Response:
    if not _authorized(sandbox, req):
        return _json(401, {"error": "unauthorized"})
    what = req.path[len("/console/api/") :]
    if what == "state":
        return _json(200, state_json(sandbox))
    if what == "do-step" and req.method == "POST":
        try:
            sandbox.console.do_step(req.get("step"), sandbox.callback_url)
        except ConsoleRefused as exc:
            return _json(400, {"error": exc.key})
        sandbox.save_state()
        return _json(200, state_json(sandbox))
    if what == "credentials":
        app = sandbox.console.snapshot().app
        if app is None:
            return _json(404, {"error": "no_app"})
        return _json(
            200,
            {"shop_id": str(sandbox.config.shop_id), "api_key": app.app_key,
             "api_secret": app.app_secret},
        )  # fmt: skip
    return _json(404, {"error": "not_found"})


def _sample(sandbox: SandboxServer, kind: str) -> Response:
    rows = sandbox.sample_master_rows()
    if kind == "csv":
        return Response(200, sample_masters.as_csv(rows), "text/csv; charset=utf-8")
    if kind == "xlsx":
        ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(200, sample_masters.as_xlsx(rows), ctype)
    return Response(404, b"not found", "text/plain; charset=utf-8")
