"""Back stays off while the flow says the current page is busy (step 16's import running).

QWizard turns Back on again on its own after every page and completeness change. Rather than
race it, the guard watches the button: whenever it is turned on while the current page is
busy, it is turned off again in the same call, so no click can get through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWizard


class BackGuard(QObject):
    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("backGuard")
        self._wizard = wizard
        self._button = wizard.button(QWizard.WizardButton.BackButton)
        self._button.installEventFilter(self)

    @classmethod
    def on(cls, wizard: QWizard) -> BackGuard:
        """The guard of `wizard` (made the first time)."""
        guard = wizard.findChild(BackGuard, "backGuard")
        return guard if guard is not None else cls(wizard)

    def _back_allowed(self) -> bool:
        from wizard.ui.pages.base import BasePage  # the pages import this module

        page = self._wizard.currentPage()
        return not isinstance(page, BasePage) or not page.ctx.flow.busy(page.step.id)

    def apply(self) -> None:
        if self._button.isEnabled() and not self._back_allowed():
            self._button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._button and event.type() == QEvent.Type.EnabledChange:
            self.apply()
        return False
