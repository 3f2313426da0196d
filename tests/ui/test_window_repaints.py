"""The whole window is painted once as it shows, and not again for a page's own changes:
each repaint of all of it holds the window 10-25 ms (wizard/ui/window.py: the step list's
width before the first paint, and Next turned on and off without QWizard's completeChanged,
for which it hides, shows and repaints everything; wizard/ui/pages/base.py: set_blocked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWizard


class WholePaints(QObject):
    """Counts the paints of the wizard that cover all of it."""

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__()
        self.wizard = wizard
        self.count = 0
        wizard.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if event.type() == QEvent.Type.Paint and event.rect() == self.wizard.rect():
            self.count += 1
        return False


def _built(driver) -> None:  # noqa: ANN001
    wizard = driver.wizard
    driver.qtbot.waitUntil(lambda: wizard._all_pages and not wizard._after_paint, timeout=30_000)
    driver.qtbot.wait(100)  # whatever the last piece asked to repaint


def test_the_window_is_painted_whole_once_as_it_shows(start) -> None:  # noqa: ANN001
    driver = start(show=False)
    wizard = driver.wizard
    wizard.resize(1326, 708)  # a 1366x768 screen: the roomy step list
    paints = WholePaints(wizard)
    wizard.show()
    driver.qtbot.waitExposed(wizard)
    _built(driver)  # the later pages are built after the first paint
    assert wizard.side_panel.list.width() >= 240
    assert paints.count == 1


def test_a_reason_on_a_page_turns_next_without_repainting_the_window(start) -> None:  # noqa: ANN001
    driver = start()
    wizard = driver.wizard
    _built(driver)
    paints = WholePaints(wizard)
    later = wizard.pages["step13"]  # not the page shown
    later.set_blocked("Install the app first.")
    later.set_blocked("Still installing.")
    assert later.isComplete() is False  # read by QWizard when the page is shown

    page = driver.page
    next_button = driver.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    page.set_blocked("Choose a language first.")
    assert not next_button.isEnabled()
    assert driver.blocked_text() == "Choose a language first."
    page.set_blocked("Choose how you want to start.")  # another reason: Next stays off
    assert not next_button.isEnabled()
    assert driver.blocked_text() == "Choose how you want to start."
    page.set_blocked(None)
    assert next_button.isEnabled()
    driver.qtbot.wait(100)  # whatever was asked to repaint
    assert paints.count == 0
    assert wizard.side_panel.isVisible() and page.isVisible()  # nothing was hidden
    driver.next()  # and Next goes on as before
    assert driver.current != "welcome"
