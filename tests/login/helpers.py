"""Helpers for the login tests: fill step 12 like a seller, drive the embedded login."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from wizard.sandbox import SandboxServer

WAIT_MS = 15_000


def paste_into(qtbot: Any, edit: Any, text: str) -> None:
    """Put `text` on the clipboard and paste it with Ctrl+V, as a seller does."""
    edit.setFocus()
    edit.selectAll()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def fill_credentials(
    seller: Any,
    shop_id: str | None = None,
    api_key: str | None = None,
    api_secret: str | None = None,
) -> None:
    """Step 12: paste the three values with the noise copying brings along."""
    account = seller.server.account
    page = seller.page
    qtbot = seller.driver.qtbot
    values = {
        "shop_id": f" {account.shop_id if shop_id is None else shop_id}\n",
        "api_key": f'"{account.app_key if api_key is None else api_key}"',
        "api_secret": f"\u200b{account.app_secret if api_secret is None else api_secret}\u00a0\r\n",
    }
    for name, value in values.items():
        paste_into(qtbot, page.fields[name].edit, value)


def install(seller: Any) -> None:
    """Step 13: click Install and wait for the answer."""
    driver = seller.driver
    assert driver.current == "step13"
    driver.click(seller.page.install_button)
    driver.qtbot.waitUntil(lambda: not seller.page.busy, timeout=WAIT_MS)


def run_js(qtbot: Any, view: Any, script: str) -> Any:
    """Run `script` in the login view and return its result."""
    box: list[Any] = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return box[0]


def wait_form(seller: Any, kind: str) -> Any:
    """Wait until the view shows the sandbox page `kind` (login/consent); return the view."""
    qtbot = seller.driver.qtbot
    page = seller.page
    qtbot.waitUntil(lambda: page.view is not None, timeout=WAIT_MS)
    view = page.view

    def shown() -> bool:
        box: list[Any] = []
        view.run_js("(document.body && document.body.getAttribute('data-page')) || ''", box.append)
        qtbot.waitUntil(lambda: bool(box) or page.view is not view, timeout=WAIT_MS)
        return bool(box) and box[0] == kind

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return view


def log_in(seller: Any, email: str | None = None, password: str | None = None) -> None:
    """Fill the sandbox's login form inside the embedded view and submit it."""
    account = seller.server.account
    view = wait_form(seller, "login")
    script = (
        f"document.getElementById('email').value = {json.dumps(email or account.seller_email)};"
        f"document.getElementById('password').value = "
        f"{json.dumps(password or account.seller_password)};"
        "document.getElementById('login').click(); true"
    )
    assert run_js(seller.driver.qtbot, view, script) is True


def consent(seller: Any, decision: str = "allow") -> None:
    view = wait_form(seller, "consent")
    script = f"document.getElementById({json.dumps(decision)}).click(); true"
    assert run_js(seller.driver.qtbot, view, script) is True


def start_login(seller: Any) -> None:
    driver = seller.driver
    assert driver.current == "step14"
    driver.click(seller.page.login_button)
    # The page says at once that the login is opening; the view follows a turn or two later.
    assert seller.page.status.isVisibleTo(seller.page)
    assert seller.page._status_key == "loading" and not seller.page.login_button.isEnabled()
    driver.qtbot.waitUntil(lambda: seller.page.view is not None, timeout=WAIT_MS)


def connect(seller: Any) -> None:
    """Steps 12 to 14 the happy way; ends logged in, still on step 14."""
    fill_credentials(seller)
    seller.driver.next()
    install(seller)
    assert seller.page.isComplete(), seller.driver.blocked_text()
    seller.driver.next()
    start_login(seller)
    log_in(seller)
    consent(seller)
    seller.driver.qtbot.waitUntil(seller.page.logged_in, timeout=WAIT_MS)


def all_file_text(*folders: Path) -> dict[Path, str]:
    """Every file under `folders`, read as text (bytes decoded leniently)."""
    found: dict[Path, str] = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found[path] = path.read_bytes().decode("utf-8", errors="replace")
    return found


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<html><body data-page='callback-server'>loaded</body></html>")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
        pass


@contextmanager
def callback_server() -> Iterator[tuple[str, list[str]]]:
    """A real web server standing in for the callback host; yields (callback URL, hits)."""
    hits: list[str] = []
    handler = type("Counter", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/integrations/jd/setup", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def stored(server: SandboxServer) -> tuple[str, str]:
    return server.account.app_key, server.account.app_secret


@dataclass
class Practice:
    """A driven wizard in practice mode: the sandbox is the wizard's own (ctx.sandbox)."""

    driver: Any
    server: SandboxServer

    @property
    def page(self) -> Any:
        return self.driver.page

    @property
    def wizard(self) -> Any:
        return self.driver.wizard

    @property
    def ctx(self) -> Any:
        return self.driver.ctx


@contextmanager
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers; yields its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()
