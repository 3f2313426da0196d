"""Step 13: the live key check before any login, its faults, and where the secret goes."""

from __future__ import annotations

import dataclasses

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.login import helpers as h
from wizard.appdata import secrets
from wizard.jdid import sandbox_profile


def _at_install(seller, **fields):  # noqa: ANN001, ANN202
    s = seller()
    h.fill_credentials(s, **fields)
    s.driver.next()
    assert s.driver.current == "step13"
    return s


def _typed(s) -> tuple[str, str, str]:  # noqa: ANN001
    return tuple(e.edit.text() for e in s.wizard.pages["step12"].fields.values())


@pytest.mark.parametrize(
    ("field", "key", "words"),
    [
        ("api_key", "wrong_api_key", ("API Key", "App overview")),
        ("api_secret", "wrong_api_secret", ("API Secret", "App overview")),
    ],
)
def test_wrong_key_or_secret_is_named_with_where_to_copy_it(
    seller,
    field: str,
    key: str,
    words: tuple[str, str],  # noqa: ANN001
) -> None:
    s = _at_install(seller, **{field: "0123456789abcdef0123456789abcdef"})
    typed = _typed(s)
    h.install(s)
    page = s.page
    assert page.problem.key == key and page.problem.isVisible()
    text = page.problem.title.text() + " " + page.problem.text.text()
    assert all(w in text for w in words)
    assert not page.isComplete()
    s.driver.assert_reason_when_blocked()
    assert secrets.load_api_secret(s.server.account.app_key) is None  # nothing saved
    assert s.ctx.settings.api_key == ""
    # No login was tried: the key check came first.
    assert all(r.method.startswith("jingdong.") for r in s.server.call_log)
    s.driver.click(page.problem.action)  # "Go back to step 12"
    assert s.driver.current == "step12"
    assert _typed(s) == typed  # nothing typed is lost


@pytest.mark.parametrize(
    ("fault", "key"),
    [
        ({"inject": ("2", 5)}, "rate_limited"),
        ({"inject": ("http_500", 5)}, "platform_unreachable"),
        ({"configure": {"clock_offset_s": 3600}}, "clock_wrong"),
    ],
    ids=["rate_limited", "unreachable", "clock_wrong"],
)
def test_faults_during_install_get_their_own_sentence_and_retry(
    seller,
    fault: dict,
    key: str,  # noqa: ANN001
) -> None:
    s = _at_install(seller)
    typed = _typed(s)
    if "inject" in fault:
        s.server.inject(*fault["inject"])
    else:
        s.server.configure(**fault["configure"])
    h.install(s)
    page = s.page
    assert page.problem.key == key
    sentences = {page.problem.text.text()}
    assert page.problem.action.text().replace("&", "") == "Retry"
    s.server.configure(clock_offset_s=0)  # the seller fixed the clock / the platform recovered
    s.server.clear_call_log()
    s.driver.click(page.problem.action)
    s.driver.qtbot.waitUntil(lambda: not page.busy, timeout=h.WAIT_MS)
    assert page.isComplete(), s.driver.blocked_text()
    assert not page.problem.isVisible()
    assert _typed(s) == typed
    assert sentences  # each key has its own sentence (checked across keys below)


def test_each_fault_has_its_own_sentence() -> None:
    from wizard.ui.pages.connect.problems import FIXES

    keys = ("no_network", "platform_unreachable", "clock_wrong", "rate_limited")
    assert len({FIXES[k].text for k in keys}) == len(keys)
    assert all(FIXES[k].action == "retry" for k in keys)


def test_network_down_during_install(seller) -> None:  # noqa: ANN001
    s = _at_install(seller)
    # A profile whose host cannot be resolved: what a computer without internet sees.
    offline = dataclasses.replace(sandbox_profile("http://jdid-sandbox.invalid"), name="offline")
    s.ctx.profile = offline
    h.install(s)
    assert s.page.problem.key == "no_network"
    assert "internet" in s.page.problem.text.text()
    s.ctx.profile = s.server.profile
    s.driver.click(s.page.problem.action)
    s.driver.qtbot.waitUntil(lambda: not s.page.busy, timeout=h.WAIT_MS)
    assert s.page.isComplete()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")  # the close question
def test_no_keyring_lets_the_seller_continue_for_this_session_only(seller) -> None:  # noqa: ANN001
    s = _at_install(seller)
    account = s.server.account
    keyring.set_keyring(fail.Keyring())  # no backend at all, as on a bare server
    try:
        h.install(s)
        page = s.page
        assert page.problem.key == "no_keyring"
        assert "session" in page.problem.action.text()
        assert "never written to a file" in page.problem.text.text()
        s.driver.click(page.problem.action)
        s.driver.qtbot.waitUntil(lambda: not page.busy, timeout=h.WAIT_MS)
        assert page.isComplete(), s.driver.blocked_text()
        assert secrets.session_only()
        assert secrets.load_api_secret(account.app_key) == account.app_secret
        assert "this session only" in page.done_note.text()
        files = h.all_file_text(s.ctx.paths.data_dir, s.ctx.paths.config_dir)
        assert all(account.app_secret not in text for text in files.values())
        _closing_and_reopening_say_the_secret_was_not_kept(s)
    finally:
        from tests.fixtures.keyring_backend import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())


def test_changing_a_field_after_install_asks_for_install_again(seller) -> None:  # noqa: ANN001
    s = _at_install(seller)
    h.install(s)
    assert s.page.isComplete()
    s.driver.back()
    h.paste_into(s.driver.qtbot, s.page.fields["shop_id"].edit, "999")
    s.driver.next()
    assert not s.page.isComplete()
    assert "Check keys" in s.driver.blocked_text()


def test_enter_after_a_successful_install_goes_on_to_the_login(seller) -> None:  # noqa: ANN001
    """Enter is what a seller presses after Install; it must go on, never back to step 12."""
    s = _at_install(seller)
    s.wizard.activateWindow()
    h.install(s)
    assert s.page.is_installed()
    focus = QApplication.focusWidget() or s.wizard
    s.driver.qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert s.driver.current == "step14"


def _closing_and_reopening_say_the_secret_was_not_kept(s) -> None:  # noqa: ANN001
    """Issue 10, defect 8: Cancel does not claim everything is saved when the secret lived in
    memory only, and the reopened wizard says why step 12 asks for the API Secret again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import Driver, close
    from wizard.app import start_wizard
    from wizard.appdata.paths import resolve_paths

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.informativeText())
        box.reject()  # "Keep going"

    QTimer.singleShot(20, answer)
    assert not s.wizard._ask_before_closing()
    assert "no password store" in seen[0] and "paste the API Secret again" in seen[0]
    s.ctx.save_progress()
    again = start_wizard(resolve_paths(), lang="en")
    try:
        welcome = again.wizard.pages["welcome"]
        assert welcome.resume_offered and not welcome.resume_box.isHidden()
        assert "no password store" in welcome.resume_text.text()
        assert "paste the API Secret again" in welcome.resume_text.text()
    finally:
        close(Driver(again, s.driver.qtbot))
