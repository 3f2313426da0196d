"""The platform check (real store only, before step 1): can this computer reach the login and
gateway hosts of the endpoint profile? Next stays on: the guide pages are readable offline;
step 12 is the page the check gates (wizard.ui.reachability)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard

from wizard.flow.steps import Step, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.reachability import ReachView
from wizard.ui.widgets import body_label

TEXT_WIDTH = 720  # px: about 90 characters, the width of the other pages' text columns


class ReachPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        # One column of readable width (this page has no picture beside the text).
        holder = QWidget(self)
        holder.setMaximumWidth(TEXT_WIDTH)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.body = body_label(self)
        self.body.setObjectName("body")
        column.addWidget(self.body)
        self.view = ReachView(ctx, self)
        column.addWidget(self.view)
        column.addStretch(1)
        self.content_layout.addWidget(holder, 1)
        self.view.practise.clicked.connect(self._go_practise)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.ctx.reachability.ensure()
        # QWizard then focuses the page's first button ("Check again"); Enter should go on.
        QTimer.singleShot(0, self, self._focus_next)

    def _focus_next(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def _go_practise(self) -> None:
        # Practice mode now (the view switched it): on to step 1, which this page precedes.
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        self.view.refresh()
        super().retranslate()
