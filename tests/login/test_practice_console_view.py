"""The practice developer console inside the wizard's own window (where no browser starts),
driven through the real QtWebEngine: log in, a refused registration, then a good one."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.login.conftest import WEBENGINE_HEADLESS_MESSAGES  # noqa: E402
from wizard.appdata.paths import resolve_paths
from wizard.ui.context import WizardContext
from wizard.ui.practice_console import ConsoleWindow, open_console

# The console's own window on the offscreen platform also says this once (harmless).
pytestmark = [
    pytest.mark.webengine,
    pytest.mark.qt_log_ignore(
        *WEBENGINE_HEADLESS_MESSAGES, r"^This plugin does not support propagateSizeHints\(\)$"
    ),
]
WAIT_MS = 20_000


def run_js(qtbot: Any, window: ConsoleWindow, script: str) -> Any:
    box: list[Any] = []
    window.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return box[0]


def wait_page(qtbot: Any, window: ConsoleWindow, page: str) -> None:
    script = "(document.body && document.body.getAttribute('data-page')) || ''"
    qtbot.waitUntil(lambda: run_js(qtbot, window, script) == page, timeout=WAIT_MS)


def fill_and_click(qtbot: Any, window: ConsoleWindow, values: dict[str, str], button: str) -> None:
    sets = "".join(
        f"document.getElementById({json.dumps(k)}).value = {json.dumps(v)};"
        for k, v in values.items()
    )
    script = f"{sets}document.getElementById({json.dumps(button)}).click(); true"
    assert run_js(qtbot, window, script) is True


def test_without_a_browser_the_console_opens_in_the_wizard_and_works(qtbot, app_home, make_sandbox):  # noqa: ANN001
    server = make_sandbox(console_ready=False)
    ctx = WizardContext(resolve_paths().ensure())
    ctx.url_opener = lambda url: False  # no browser could be started
    notes: list[str] = []
    ctx.link_not_opened.connect(lambda url, reason: notes.append(reason))
    parent = QWidget()
    qtbot.addWidget(parent)
    open_console(ctx, server.developer_console_url + "?lang=en", parent)
    window = parent.findChild(ConsoleWindow)
    assert window is not None and window.isVisible() and window.view is not None
    assert notes == []  # the console's own window is the answer; no second note (issue 10)
    wait_page(qtbot, window, "console-login")
    account = server.account
    fill_and_click(
        qtbot, window, {"email": account.seller_email, "password": account.seller_password}, "login"
    )
    wait_page(qtbot, window, "console-register")
    c = server.config
    form = {"dev-name": c.owner_name, "dev-phone": "0811111111", "dev-email": c.seller_email}
    run_js(qtbot, window, "document.getElementById('agree').checked = true; true")
    fill_and_click(qtbot, window, form, "register")
    body_text = "(document.body && document.body.innerText) || ''"
    qtbot.waitUntil(
        lambda: "phone number is not the one" in run_js(qtbot, window, body_text),
        timeout=WAIT_MS,
    )
    assert not server.console.snapshot().registered
    run_js(qtbot, window, "document.getElementById('agree').checked = true; true")
    fill_and_click(qtbot, window, {**form, "dev-phone": c.owner_phone}, "register")
    wait_page(qtbot, window, "console-home")
    assert server.console.snapshot().registered
    window.close()


def test_do_this_step_for_me_shows_the_new_state_in_the_open_console(  # noqa: ANN201
    qtbot,
    app_home,
    make_sandbox,  # noqa: ANN001
):
    from wizard.ui.practice_console import ConsoleCheckPanel

    server = make_sandbox(console_ready=False)
    ctx = WizardContext(resolve_paths().ensure())
    ctx.url_opener = lambda url: False  # no browser could be started
    ctx.sandbox = server
    parent = QWidget()
    qtbot.addWidget(parent)
    open_console(ctx, server.developer_console_url + "?lang=en", parent)
    window = parent.findChild(ConsoleWindow)
    wait_page(qtbot, window, "console-login")
    account = server.account
    fill_and_click(
        qtbot, window, {"email": account.seller_email, "password": account.seller_password}, "login"
    )
    wait_page(qtbot, window, "console-register")
    panel = ConsoleCheckPanel(ctx, "step03", parent)
    qtbot.mouseClick(panel.do_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.passed, timeout=WAIT_MS)
    # The console the seller has open now shows the step as done, not the form of before.
    wait_page(qtbot, window, "console-home")
    window.close()
