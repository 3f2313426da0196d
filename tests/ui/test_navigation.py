"""Every path through the pages up to step 11, driven like a seller, checking what they see."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from wizard.flow.steps import (
    QUALIFIED_BLOG_URL,
    REAL_CALLBACK_URL,
    SELLER_CENTER_URL,
    picture_path,
    step,
)
from wizard.ui.pages import GUIDE_STEPS


def test_welcome_shows_sku_warning_and_mode(start) -> None:
    d = start()
    assert d.current == "welcome"
    page = d.page
    assert "same SKU code in every store and channel" in page.sku_warning.text()
    assert page.sku_warning.isVisible()
    assert page.real_radio.isChecked() and not d.ctx.practice
    assert not d.button(QWizard.WizardButton.BackButton).isVisible()
    assert d.wizard.windowTitle() == "JD.ID Setup Wizard"
    assert d.next_button.isEnabled()


def test_qualified_yes_goes_to_step_1(start) -> None:
    d = start()
    d.next()
    assert d.current == "qualified"
    assert d.page.title() == "Is your store a Qualified Seller?"
    assert not d.next_button.isEnabled()
    assert d.blocked_text() == "Choose Yes, No or Not sure to go on."
    d.answer_qualified("yes")
    assert d.blocked_text() is None and d.next_button.isEnabled()
    d.next()
    assert d.current == "reach"  # the real store: the platform check comes before step 1
    assert d.next_button.isEnabled()  # it never keeps the seller from reading the guide
    d.next()
    assert d.current == "step01"
    assert d.page.title() == "Log in to JD.ID Seller Center"
    assert d.page.subTitle() == "Step 1 of 17"
    assert d.ctx.progress.answers["qualified"] == "yes"


def test_qualified_no_stops_at_upgrade_until_qualified(start) -> None:
    d = start()
    d.walk_to("qualified")
    d.answer_qualified("no")
    d.next()
    assert d.current == "upgrade"
    assert "Basic Seller" in d.page.body.text()
    blog_button = next(b for b in d.page.link_buttons if b.objectName() == "link_qualified_blog")
    d.click(blog_button)
    assert d.opened == [QUALIFIED_BLOG_URL]
    assert not d.next_button.isEnabled()
    assert "cannot go on while your store is a Basic Seller" in d.blocked_text()
    assert not d.wizard.side_panel._items["upgrade"].isHidden()
    d.click(d.page.confirm_box)
    d.next()
    assert d.current == "reach"


def test_qualified_not_sure_says_where_to_look(start) -> None:
    d = start()
    d.walk_to("qualified")
    d.answer_qualified("unsure")
    hint = d.page.unsure_hint
    assert hint.isVisible() and "Shop Information" in hint.text()
    assert not d.next_button.isEnabled()
    assert "Seller Center" in d.blocked_text()
    d.click(d.page.link_buttons[0])
    assert d.opened == [SELLER_CENTER_URL]
    d.answer_qualified("yes")
    assert not hint.isVisible()
    d.next()
    assert d.current == "reach"


def test_each_guide_step_teaches_and_gates_next_on_its_confirmation(start) -> None:
    d = start()
    d.walk_to("step01")
    for step_id in GUIDE_STEPS:
        s = step(step_id)
        assert d.current == step_id
        page = d.page
        assert page.title() == s.title
        assert page.subTitle() == f"Step {s.number} of 17"
        assert page.body.text() == s.body
        assert page.picture.isVisible() == (picture_path(s) is not None)
        assert all(b.isVisible() for b in page.link_buttons)
        assert page.copy_instructions.isVisible()
        assert not page.practice_note.isVisible()  # real mode
        if step_id == "step07":
            assert "store's name" in d.blocked_text()
            d.qtbot.keyClicks(page.copy_rows[0].field, "Toko Sumber Rejeki")
        assert not d.next_button.isEnabled()
        assert s.confirm in d.blocked_text()
        d.tick_confirm()
        assert d.next_button.isEnabled()
        if step_id != GUIDE_STEPS[-1]:
            d.next()


def test_store_name_is_asked_once_and_copied(start) -> None:
    d = start()
    d.walk_to("step07")
    row = d.page.copy_rows[0]
    assert not row.button.isEnabled()
    d.qtbot.keyClicks(row.field, "Toko Sumber Rejeki")
    d.click(row.button)
    assert QGuiApplication.clipboard().text() == "Toko Sumber Rejeki"
    assert row.button.text() == "Copied"
    assert d.ctx.flush_saves(10)
    saved = json.loads(d.ctx.paths.settings_file.read_text())
    assert saved["store_name"] == "Toko Sumber Rejeki"
    # Reopened: the name is there, not asked again.
    d2 = start()
    d2.click(d2.page.resume_button)
    assert d2.current == "step07"
    assert d2.page.copy_rows[0].value() == "Toko Sumber Rejeki"


def test_callback_url_for_a_real_store_is_the_seeds(start) -> None:
    d = start()
    d.walk_to("step10")
    row = d.page.copy_rows[0]
    assert row.value() == REAL_CALLBACK_URL
    d.click(row.button)
    assert QGuiApplication.clipboard().text() == REAL_CALLBACK_URL


def test_copy_instructions_puts_the_step_in_chat_form(start) -> None:
    d = start()
    d.walk_to("step07")
    d.qtbot.keyClicks(d.page.copy_rows[0].field, "Toko Sumber Rejeki")
    d.click(d.page.copy_instructions)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Step 7 of 17: Name the app after your store\n\n")
    assert "App Name (your store's name): Toko Sumber Rejeki" in text
    assert "https://open-console.jd.id/" in text
    assert "When it is done: I entered my store's name as the App Name" in text


def test_step_11_is_the_hand_over(start) -> None:
    d = start()
    d.walk_to("step11")
    body = d.page.body.text()
    for needed in ("Shop ID", "API Key", "API Secret"):
        assert needed in body
    go_on = d.next_button  # Next to step 12, or Finish while step 12 has no page yet
    assert go_on.isVisible() and not go_on.isEnabled()
    assert d.blocked_text()
    d.tick_confirm()
    assert go_on.isEnabled()
    if "step12" in d.wizard.pages:
        d.next()
        assert d.current == "step12"


def test_the_wizard_ends_at_the_last_registered_page(monkeypatch) -> None:
    from wizard.ui import pages

    for later in pages.LATER_STEPS:
        monkeypatch.delitem(pages.PAGES, later, raising=False)
    assert pages.page_sequence()[-1] == "step11"
    monkeypatch.setitem(pages.PAGES, "step12", pages.GUIDE_PAGE)
    assert pages.page_sequence()[-1] == "step12"
    for later in pages.LATER_STEPS:
        monkeypatch.setitem(pages.PAGES, later, pages.GUIDE_PAGE)
    assert pages.page_sequence()[-2:] == ["step17", "done"]


def test_back_and_forth_keeps_answers_and_follows_a_changed_answer(start) -> None:
    d = start()
    d.walk_to("step03")
    d.back()
    d.back()
    assert d.current == "step01"
    assert d.page.confirm_box.isChecked()
    d.back()
    d.back()
    d.answer_qualified("no")
    d.next()
    assert d.current == "upgrade"
    d.back()
    d.answer_qualified("yes")
    assert d.wizard.side_panel._items["upgrade"].isHidden()
    d.next()
    assert d.current == "reach"
    d.next()
    d.next()
    d.next()
    assert d.current == "step03"


def test_side_panel_marks_steps_and_jumps(start) -> None:
    d = start()
    d.walk_to("step05")
    panel = d.wizard.side_panel
    assert panel.item_text("step04") == '\u2713 4. Choose "Create App"'
    assert panel.item_text("step05") == '5. Open "Seller to JD.ID"'
    assert panel._items["step05"].font().bold()
    assert panel.list.currentItem() is panel._items["step05"]
    assert not panel.item_text("step06").startswith("\u2713")
    # A step not reached yet cannot be jumped to.
    rect = panel.list.visualItemRect(panel._items["step08"])
    d.qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.current == "step05"
    # A visited one can, by mouse ...
    rect = panel.list.visualItemRect(panel._items["step02"])
    d.qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.current == "step02"
    # Going back does not look like lost progress: the steps done after it stay ticked.
    assert panel.item_text("step04") == '\u2713 4. Choose "Create App"'
    assert panel.item_text("step01").startswith("\u2713")
    # ... and by keyboard, forward again over the ticked steps.
    panel.list.setFocus()
    panel.list.setCurrentItem(panel._items["step05"])
    d.qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert d.current == "step05"


def test_keyboard_only(start) -> None:
    d = start()
    d.qtbot.keyClick(d.wizard, Qt.Key.Key_Return)
    assert d.current == "qualified"
    d.page.radios["yes"].setFocus()
    d.qtbot.keyClick(d.page.radios["yes"], Qt.Key.Key_Space)
    assert d.page.answer() == "yes"
    d.qtbot.keyClick(d.wizard, Qt.Key.Key_Return)
    assert d.current == "reach"
    d.qtbot.waitUntil(lambda: d.wizard.focusWidget() is d.next_button)  # not "Check again"
    d.qtbot.keyClick(d.wizard, Qt.Key.Key_Return)
    assert d.current == "step01"
    d.page.confirm_box.setFocus()
    d.qtbot.keyClick(d.page.confirm_box, Qt.Key.Key_Space)
    d.qtbot.keyClick(d.page.confirm_box, Qt.Key.Key_Return)
    assert d.current == "step02"
    # Esc asks before closing; saying "keep going" keeps the wizard open.
    asked = []
    d.wizard._confirm_close = lambda: asked.append(True) or False
    d.qtbot.keyClick(d.wizard, Qt.Key.Key_Escape)
    assert asked and d.wizard.isVisible()


def test_tab_order_reaches_every_control_of_a_guide_page(start) -> None:
    d = start()
    d.walk_to("step10")
    page = d.page
    wanted = {
        page.link_buttons[0],
        page.copy_rows[0].button,
        page.confirm_box,
        page.copy_instructions,
        d.button(QWizard.WizardButton.BackButton),
    }
    page.link_buttons[0].setFocus()
    reached = set()
    for _ in range(30):
        focus = d.wizard.focusWidget()
        reached.add(focus)
        d.qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert wanted <= reached


# The offscreen platform says this about every message box; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_cancel_asks_with_a_real_dialog(start, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    d = start()
    d.walk_to("step02")
    answers = ["&Keep going", "&Stop for now"]
    seen: list[str] = []

    def answer() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        seen.append(box.text())
        label = answers.pop(0)
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, answer)
    d.click(d.button(QWizard.WizardButton.CancelButton))
    assert d.wizard.isVisible()
    QTimer.singleShot(0, answer)
    d.click(d.button(QWizard.WizardButton.CancelButton))
    assert not d.wizard.isVisible()
    assert seen == ["Do you want to stop for now?"] * 2
    assert d.ctx.flush_saves(10)
    assert json.loads(d.ctx.paths.progress_file.read_text())["path"][-1] == "step02"


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 560)])
def test_every_page_fits_and_keeps_its_buttons_on_screen(start, size, lang) -> None:
    d = start(lang=lang)
    d.wizard.resize(*size)
    assert d.wizard.width() <= size[0] and d.wizard.height() <= size[1]
    for target in ("welcome", "qualified", "reach", *GUIDE_STEPS):
        d.walk_to(target)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.BackButton,
        ):
            button = d.button(which)
            if button.isVisible():
                corner = button.mapTo(d.wizard, button.rect().bottomRight())
                assert d.wizard.rect().contains(corner), (target, which)
        # Nothing wider than the page: no text or field cut off at the right.
        content = d.page.scroll.widget()
        assert content.minimumSizeHint().width() <= d.page.scroll.viewport().width(), target
        blocked = d.page.blocked_label
        if blocked.isVisible():
            corner = blocked.mapTo(d.wizard, blocked.rect().bottomRight())
            assert d.wizard.rect().contains(corner), target


def test_every_control_has_a_name_a_screen_reader_can_say(start) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

    d = start()
    for target in ("welcome", "qualified", "reach", *GUIDE_STEPS):
        d.walk_to(target)
        controls = [
            *d.page.findChildren(QAbstractButton),
            *d.page.findChildren(QLineEdit),
            *d.page.findChildren(QComboBox),
            d.wizard.side_panel.list,
        ]
        for control in controls:
            if not control.isVisible():
                continue
            name = control.accessibleName() or getattr(control, "text", lambda: "")()
            if isinstance(control, QListWidget | QComboBox | QLineEdit):
                name = control.accessibleName()
            assert name.strip(), f"{target}: {type(control).__name__} {control.objectName()}"


def test_the_side_panel_does_not_jump_back_past_a_commit_page(start) -> None:
    d = start()
    d.walk_to("step04")
    d.wizard.pages["step03"].commit()  # as step 16 does once the import started
    locked = ["welcome", "qualified", "reach", "step01", "step02", "step03"]
    assert d.wizard.locked_steps() == locked
    d.wizard.update_side_panel()
    panel = d.wizard.side_panel
    rect = panel.list.visualItemRect(panel._items["step02"])
    d.qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.current == "step04"
    assert not d.wizard.jump_to("step01")  # and no endless loop when asked anyway
    assert d.current == "step04"
