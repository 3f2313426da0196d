"""Practice mode: the app starts the real sandbox in a worker and teaches with its account."""

from __future__ import annotations

import pytest
import requests

from wizard.flow.steps import REAL_CALLBACK_URL


def wait_for_sandbox(d) -> None:  # noqa: ANN001
    d.qtbot.waitUntil(lambda: d.ctx.profile is not None, timeout=15000)


def test_practice_mode_uses_the_sandbox_and_shows_its_account(start) -> None:
    d = start(practice=True)
    assert d.page.practice_radio.isChecked()
    assert "changes nothing on JD.ID" in d.page.mode_hint.text()
    wait_for_sandbox(d)
    account = d.ctx.practice_account
    assert d.ctx.profile.callback_url.startswith("http://127.0.0.1:")
    # A real HTTP server answers there.
    assert requests.get(d.ctx.sandbox.base_url + "/", timeout=5).status_code < 500
    d.walk_to("step01")
    box = d.page.account_box
    assert box.isVisible()
    assert box.rows["seller_email"].value() == account.seller_email
    assert "shop_id" not in box.rows  # step 1 needs only the log-in
    # Seller Center opens in a window of the app in practice, not in a browser tab.
    assert d.page.practice_note.isVisible()
    assert "window of this app" in d.page.practice_note.text()
    d.walk_to("step02")
    assert d.page.practice_note.isVisible()
    assert "practice developer console" in d.page.practice_note.text()
    d.walk_to("step07")
    assert d.page.copy_rows[0].value() == account.shop_name
    d.walk_to("step10")
    assert d.page.copy_rows[0].value() == d.ctx.profile.callback_url
    d.walk_to("step11")
    rows = d.page.account_box.rows
    assert rows["shop_id"].value() == str(account.shop_id)
    assert rows["app_key"].value() == account.app_key
    assert rows["app_secret"].value() == account.app_secret


def test_switching_to_the_real_store_stops_the_sandbox(start) -> None:
    d = start(practice=True)
    wait_for_sandbox(d)
    server = d.ctx.sandbox
    d.click(d.page.real_radio)
    assert d.ctx.sandbox is None and not d.ctx.practice
    assert d.ctx.profile.callback_url == REAL_CALLBACK_URL
    assert "Seller Center email and password" in d.page.mode_hint.text()
    try:
        requests.get(server.base_url + "/", timeout=2)
    except requests.ConnectionError:
        pass
    else:
        raise AssertionError("the sandbox still answers after switching to the real store")
    d.walk_to("step10")
    assert d.page.copy_rows[0].value() == REAL_CALLBACK_URL
    assert d.ctx.settings.mode == "real"


def test_the_practice_store_name_does_not_replace_the_sellers_own(start) -> None:
    d = start()
    d.walk_to("step07")
    d.qtbot.keyClicks(d.page.copy_rows[0].field, "Toko Sumber Rejeki")
    d.wizard.jump_to("welcome")
    d.click(d.page.practice_radio)
    wait_for_sandbox(d)
    d.walk_to("step07")  # practice mode checks steps 3 and 6 in the practice console first
    row = d.page.copy_rows[0]
    assert row.value() == d.ctx.practice_account.shop_name and row.field.isReadOnly()
    d.wizard.jump_to("welcome")
    d.click(d.page.real_radio)
    d.wizard.jump_to("step07")
    assert d.page.copy_rows[0].value() == "Toko Sumber Rejeki"
    assert d.ctx.settings.store_name == "Toko Sumber Rejeki"


def test_a_practice_platform_that_cannot_start_is_explained(start, monkeypatch) -> None:
    import wizard.ui.context as context

    def cannot_start(paths, **config):  # noqa: ANN001, ANN003, ANN202
        raise OSError("no free port")

    monkeypatch.setattr(context, "practice_sandbox", cannot_start)
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.sandbox_error is not None, timeout=5000)
    d.walk_to("step03")  # the first step checked in the practice console
    assert "practice platform could not start" in d.blocked_text()
    assert not d.next_button.isEnabled()


def test_closing_while_the_sandbox_starts_stops_it(start, monkeypatch) -> None:
    import wizard.ui.context as context

    started = []
    real_start = context.practice_sandbox

    def recording_start(paths, **config):  # noqa: ANN001, ANN003, ANN202
        server = real_start(paths, **config)
        started.append(server)
        return server

    monkeypatch.setattr(context, "practice_sandbox", recording_start)
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx._sandbox_task is not None or d.ctx.sandbox is not None)
    d.ctx.shutdown()  # the sandbox is most likely still starting in its worker
    assert d.ctx.sandbox is None and len(started) == 1
    with pytest.raises(requests.ConnectionError):
        requests.get(started[0].base_url + "/", timeout=2)
    d.ctx.start_mode()  # e.g. a late after-paint call: nothing starts after shutdown
    d.ctx.runner.wait()
    assert len(started) == 1


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_practice_buttons_never_open_jdid_and_never_stay_silent(start) -> None:
    """Issue 10, defect 2: JD.ID's sites are closed; in practice mode the button says so,
    with the address, instead of opening a dead site."""
    from wizard.ui.link_notice import LinkNotice

    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.practice_account is not None, timeout=15_000)
    d.walk_to("step01")
    d.click(d.page.link_buttons[0])  # Seller Center: the practice one (issue 11)
    assert d.opened and "jd.id" not in d.opened[-1]
    assert d.wizard.findChild(LinkNotice) is None
    d.wizard.restart()
    d.walk_to("qualified")
    d.answer_qualified("no")
    d.next()
    assert d.current == "upgrade"
    opened = list(d.opened)
    blog = next(b for b in d.page.link_buttons if b.objectName() == "link_qualified_blog")
    d.click(blog)  # JD.ID's blog has no practice twin: a note, not a dead site
    assert d.opened == opened
    notice = d.wizard.findChild(LinkNotice)
    assert notice is not None and notice.isVisible()
    assert "practice mode" in notice.text.text() and "jd.id/blog" in notice.address.value()
    notice.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_a_browser_that_does_not_start_gets_a_sentence_and_the_address(start) -> None:
    from wizard.ui.link_notice import LinkNotice

    d = start()
    d.ctx.url_opener = lambda url: False  # no browser on this computer
    d.walk_to("step01")
    d.click(d.page.link_buttons[0])
    notice = d.wizard.findChild(LinkNotice)
    assert notice is not None and notice.isVisible()
    assert "did not open" in notice.text.text()
    assert notice.address.value().startswith("https://seller.jd.id")
    notice.address.button.click()
    assert notice.address.button.text() == "Copied"
    notice.close()


def test_enter_on_a_guide_page_goes_to_next_not_to_the_focused_button(start) -> None:
    """The focus starts on the "Done" box, not on the first link button: Space ticks it,
    Enter goes on (it used to open Seller Center)."""
    from PySide6.QtCore import Qt

    d = start()
    d.walk_to("step01")
    d.qtbot.waitUntil(lambda: d.wizard.focusWidget() is d.page.confirm_box)
    d.qtbot.keyClick(d.wizard.focusWidget(), Qt.Key.Key_Space)  # ticks "Done"
    d.qtbot.keyClick(d.wizard.focusWidget(), Qt.Key.Key_Return)
    assert d.current == "step02" and d.opened == []


def test_copy_instructions_says_it_copied(start) -> None:
    from PySide6.QtGui import QGuiApplication

    d = start()
    d.walk_to("step01")
    d.click(d.page.copy_instructions)
    assert d.page.copy_instructions.text().startswith("Copied")
    assert "Seller Center" in QGuiApplication.clipboard().text()


def test_closing_the_window_ends_the_practice_platforms_process(start) -> None:
    from tests.ui.conftest import close

    d = start(practice=True)
    wait_for_sandbox(d)
    platform = d.ctx.sandbox
    assert platform.running  # a process of its own, not threads of the window's
    d.walk_to("step01")
    close(d)  # the seller closes the window (and says yes to stopping for now)
    assert not platform.running
    with pytest.raises(requests.ConnectionError):
        requests.get(platform.base_url + "/", timeout=2)


def test_a_practice_platform_whose_process_dies_at_start_is_explained(start, monkeypatch) -> None:
    import functools
    import sys

    import wizard.ui.context as context

    # The real start, with a child that ends before it says it runs (as a crash would).
    dying = [sys.executable, "-c", "raise SystemExit(3)"]
    monkeypatch.setattr(
        context, "practice_sandbox", functools.partial(context.practice_sandbox, command=dying)
    )
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.sandbox_error is not None, timeout=15000)
    assert d.ctx.sandbox is None
    d.walk_to("step01")
    assert "practice platform could not start" in d.page.account_box.status.text()
    d.walk_to("step03")
    assert "practice platform could not start" in d.blocked_text()
    assert not d.next_button.isEnabled()
