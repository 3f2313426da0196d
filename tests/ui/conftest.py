"""Fixtures for driving the real wizard window the way a seller would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard

from wizard.app import Started, start_wizard
from wizard.appdata.paths import resolve_paths


@pytest.fixture(autouse=True)
def _qt_look_back(qapp) -> Iterator[None]:  # noqa: ANN001
    """Each test starts with the look the one QApplication had at first: a test that ran
    the app (wizard.app.run_gui applies the designed look soon after its first paint)
    would otherwise hand its style sheet, palette and font to the tests after it."""
    from wizard.ui import theme

    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    yield
    theme.forget_parts()  # the look on the test's window goes with it
    if qapp.styleSheet():
        qapp.setStyleSheet("")
    if qapp.style().name() != style:
        qapp.setStyle(style)
    if qapp.palette() != palette:
        qapp.setPalette(palette)
    if qapp.font() != font:
        qapp.setFont(font)


@dataclass
class Driver:
    """A started wizard plus helpers that click like a user and read what a user sees."""

    started: Started
    qtbot: object
    opened: list[str] = field(default_factory=list)

    @property
    def wizard(self):  # noqa: ANN201
        return self.started.wizard

    @property
    def ctx(self):  # noqa: ANN201
        return self.started.ctx

    @property
    def current(self) -> str | None:
        return self.wizard.current_step_id()

    @property
    def page(self):  # noqa: ANN201
        return self.wizard.currentPage()

    def button(self, which: QWizard.WizardButton):  # noqa: ANN201
        return self.wizard.button(which)

    @property
    def next_button(self):  # noqa: ANN201
        last = self.page.nextId() < 0 if self.page is not None else False
        which = QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton
        return self.button(which)

    def click(self, widget) -> None:  # noqa: ANN001
        assert widget.isVisible(), f"{widget.objectName()} is not visible"
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        if isinstance(widget, QAbstractButton) and widget.isCheckable():
            # Check boxes and radio buttons react on their box and text, not on empty space.
            pos = QPoint(8, widget.height() // 2)
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        self.assert_reason_when_blocked()
        self.click(self.button(QWizard.WizardButton.NextButton))

    def back(self) -> None:
        self.click(self.button(QWizard.WizardButton.BackButton))

    def blocked_text(self) -> str | None:
        label = self.page.blocked_label
        return label.text() if label.isVisible() else None

    def assert_reason_when_blocked(self) -> None:
        """Next (or Finish) off must always come with a visible sentence saying why."""
        if not self.next_button.isEnabled():
            text = self.blocked_text()
            assert text and len(text) > 10, f"Next is off on {self.current} without a reason"

    def tick_confirm(self) -> None:
        box = self.page.confirm_box
        if not box.isChecked():
            self.click(box)

    def wait_for_check(self) -> None:
        """Until the practice console check of this page has answered."""
        check = self.page.console_check
        self.qtbot.waitUntil(lambda: check.result is not None and not check.busy, timeout=15000)

    def do_console_step(self) -> None:
        """Practice mode's checked step: "Do this step for me" (the quick path), then wait."""
        check = self.page.console_check
        self.qtbot.waitUntil(lambda: self.ctx.sandbox is not None, timeout=15000)
        self.qtbot.waitUntil(lambda: not check.busy, timeout=15000)
        if not check.passed:
            self.click(check.do_button)
            self.qtbot.waitUntil(lambda: check.passed, timeout=15000)

    def answer_qualified(self, answer: str) -> None:
        self.click(self.page.radios[answer])

    def walk_to(self, step_id: str, store_name: str = "Toko Sumber Rejeki") -> None:
        """From where the wizard is, go forward like a seller (Qualified = Yes, tick boxes)."""
        for _ in range(40):
            if self.current == step_id:
                return
            page = self.page
            if self.current == "qualified" and page.answer() is None:
                self.answer_qualified("yes")
            copy_rows = getattr(page, "copy_rows", [])
            for row in copy_rows:
                if row.key == "store_name" and not row.value():
                    self.qtbot.keyClicks(row.field, store_name)
            check = getattr(page, "console_check", None)
            if check is not None and check.isVisible() and self.ctx.sandbox_error is None:
                self.do_console_step()
            elif getattr(page, "confirm_box", None) is not None:
                self.tick_confirm()
            self.next()
        raise AssertionError(f"could not reach {step_id}; stuck at {self.current}")


@pytest.fixture
def start(app_home, qtbot) -> Iterator[Callable[..., Driver]]:  # noqa: ANN001
    """start(lang="en", practice=False, profile=None) -> Driver; may be called again to
    simulate a reopen. `profile`: an EndpointProfile as `--profile FILE.json` gives it."""
    drivers: list[Driver] = []

    def _start(
        lang: str | None = "en", practice: bool = False, show: bool = True, profile: object = None
    ) -> Driver:
        for old in drivers:
            close(old)
        paths = resolve_paths().ensure()
        started = start_wizard(paths, lang=lang, practice=practice, profile=profile)
        driver = Driver(started, qtbot)
        started.ctx.url_opener = driver.opened.append
        # Not qtbot.addWidget: its teardown would close the window and meet the
        # "stop for now?" question; close() below answers it.
        if show:
            started.wizard.show()
            qtbot.waitExposed(started.wizard)
        drivers.append(driver)
        return driver

    yield _start
    for driver in drivers:
        close(driver)


def close(driver: Driver) -> None:
    wizard = driver.wizard
    if not getattr(wizard, "_closed_by_test", False):
        wizard._closed_by_test = True
        wizard._confirm_close = lambda: True
        wizard.close()
        driver.ctx.shutdown()
        wizard.deleteLater()
        driver.started.switcher.clear()  # the next test starts in English again
