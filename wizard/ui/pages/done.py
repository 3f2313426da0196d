"""The last page: the store is connected."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wizard.flow.steps import Step, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.widgets import body_label


class DonePage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.body = body_label(self)
        self.body.setObjectName("body")
        self.content_layout.addWidget(self.body)
        self.content_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        super().retranslate()
