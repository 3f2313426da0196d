"""A dialog over the window (a report list, the master list, the sync preview) is not
announced to every widget of every page: Qt would hand each of thousands the news, 5-10 ms
of a frozen window as the dialog opens and again as it closes (wizard/ui/window.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

BLOCKING = (QEvent.Type.WindowBlocked, QEvent.Type.WindowUnblocked)


class BlockedNews(QObject):
    """Which widgets heard that their window was blocked or unblocked."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[QWidget] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if event.type() in BLOCKING and isinstance(obj, QWidget):
            self.heard.append(obj)
        return False

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)


def _click_through_the_window(button: QWidget) -> None:
    """A click as the system delivers it, to the window (where a dialog's block applies)."""
    window = button.window().windowHandle()
    at = button.mapTo(button.window(), button.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_a_dialog_over_the_window_blocks_it_without_telling_every_page(start) -> None:  # noqa: ANN001
    driver = start()
    wizard = driver.wizard
    driver.qtbot.waitUntil(lambda: wizard._all_pages and not wizard._after_paint, timeout=30_000)
    assert len(wizard.findChildren(QWidget)) > 500  # what Qt would have told, one by one
    news = BlockedNews()
    try:
        dialog = QDialog(wizard)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        driver.qtbot.waitExposed(dialog)
        driver.qtbot.waitUntil(lambda: wizard in news.heard)
        before = driver.current
        _click_through_the_window(driver.button(QWizard.WizardButton.NextButton))
        driver.qtbot.wait(50)
        assert driver.current == before  # the window takes no clicks while the dialog is open
        dialog.close()
        driver.qtbot.waitUntil(lambda: news.heard.count(wizard) == 2)
        assert [w for w in news.heard if w is not wizard and wizard.isAncestorOf(w)] == []
    finally:
        news.remove()
    _click_through_the_window(driver.button(QWizard.WizardButton.NextButton))
    driver.qtbot.waitUntil(lambda: driver.current != "welcome")  # and takes them again after
