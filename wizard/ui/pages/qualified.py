"""The Qualified Seller check (Yes / No / Not sure) and the upgrade page for a Basic Seller."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.steps import Step, picture_path, resolve_url, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.widgets import PictureView, body_label, note_label

ANSWERS = ("yes", "no", "unsure")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class _StepPage(BasePage):
    """Body text, link buttons and picture from the step table; subclasses add controls."""

    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        row = self.add_responsive_row(QHBoxLayout())
        self.content_layout.addLayout(row, 1)
        self.col = QVBoxLayout()
        row.addLayout(self.col, 3)
        self.body = body_label(self)
        self.body.setObjectName("body")
        self.col.addWidget(self.body)
        self.controls = QVBoxLayout()
        self.col.addLayout(self.controls)
        self.link_buttons: list[QPushButton] = []
        links_row = QHBoxLayout()
        for link in step.links:
            button = QPushButton(self)
            button.setObjectName(f"link_{link.url_key}")
            button.clicked.connect(
                lambda _=False, k=link.url_key: ctx.open_url(resolve_url(k, ctx.profile))
            )
            links_row.addWidget(button)
            self.link_buttons.append(button)
        links_row.addStretch(1)
        self.col.addLayout(links_row)
        self.col.addStretch(1)
        self.picture = PictureView(picture_path(step), self)
        self.picture.setObjectName("picture")
        self.picture.setVisible(self.picture.path is not None)
        row.addWidget(self.picture, 2)

    def order_tabs(self, controls: list[QWidget]) -> None:
        """Tab goes through the page's own controls first, then its link buttons."""
        chain = [*controls, *self.link_buttons]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        for link, button in zip(self.step.links, self.link_buttons, strict=True):
            button.setText(tr_step(link.label))
            button.setToolTip(resolve_url(link.url_key, self.ctx.profile))
        self.picture.setAccessibleName(tr_step(self.step.title))
        super().retranslate()


class QualifiedPage(_StepPage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for answer in ANSWERS:
            radio = QRadioButton(self)
            radio.setObjectName(f"answer_{answer}")
            self.group.addButton(radio)
            self.controls.addWidget(radio)
            self.radios[answer] = radio
            radio.toggled.connect(self._answer_toggled)
        self.unsure_hint = note_label("info", self)
        self.unsure_hint.setObjectName("unsureHint")
        self.unsure_hint.hide()
        self.controls.addWidget(self.unsure_hint)
        self.order_tabs(list(self.radios.values()))
        self.restore_state(ctx.progress.answers)
        self.retranslate()

    def answer(self) -> str | None:
        for answer, radio in self.radios.items():
            if radio.isChecked():
                return answer
        return None

    def set_answer(self, answer: str) -> None:
        self.radios[answer].setChecked(True)

    def _answer_toggled(self, checked: bool) -> None:
        if not checked:
            return
        self.ctx.progress.answers["qualified"] = self.answer()
        self.ctx.save_progress()
        self.unsure_hint.setVisible(self.answer() == "unsure")
        self.update_blocked()
        self.answers_changed.emit()

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        target = "upgrade" if self.answer() == "no" else "step01"
        page_id = getattr(wizard, "page_id", None)
        return page_id(target) if page_id is not None else super().nextId()

    def update_blocked(self) -> None:
        answer = self.answer()
        if answer is None:
            self.set_blocked(translate("QualifiedPage", "Choose Yes, No or Not sure to go on."))
        elif answer == "unsure":
            self.set_blocked(
                translate(
                    "QualifiedPage",
                    "Look up your seller level in Seller Center first, then choose Yes or No.",
                )
            )
        else:
            self.set_blocked(None)

    def retranslate(self) -> None:
        self.radios["yes"].setText(
            translate("QualifiedPage", "&Yes, my store is a Qualified Seller")
        )
        self.radios["no"].setText(translate("QualifiedPage", "&No, it is a Basic Seller"))
        self.radios["unsure"].setText(translate("QualifiedPage", "Not &sure"))
        self.unsure_hint.setText(
            translate(
                "QualifiedPage",
                "Open Seller Center and log in. Your seller level (Basic or Qualified) is shown on "
                "your store's profile, under Shop Information. If you still cannot find it, ask "
                "JD.ID seller support.",
            )
        )
        super().retranslate()

    def save_state(self) -> dict[str, Any]:
        return {"qualified": self.answer()}

    def restore_state(self, answers: dict[str, Any]) -> None:
        answer = answers.get("qualified")
        if answer in self.radios:
            self.radios[answer].setChecked(True)
        self.update_blocked()

    def reset(self) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
        for radio in self.radios.values():
            radio.setChecked(False)
        self.group.setExclusive(True)
        self.unsure_hint.hide()
        self.update_blocked()


class UpgradePage(_StepPage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.now_qualified = QCheckBox(self)
        self.now_qualified.setObjectName("nowQualified")
        self.controls.addWidget(self.now_qualified)
        self.now_qualified.setChecked(ctx.progress.is_confirmed("upgrade"))
        self.now_qualified.toggled.connect(self._toggled)
        self.order_tabs([self.now_qualified])
        self.retranslate()

    def _toggled(self, checked: bool) -> None:
        self.ctx.progress.set_confirmed("upgrade", checked)
        self.ctx.save_progress()
        self.update_blocked()

    def reset(self) -> None:
        self.now_qualified.setChecked(False)

    def update_blocked(self) -> None:
        if self.now_qualified.isChecked():
            self.set_blocked(None)
        else:
            self.set_blocked(
                translate(
                    "QualifiedPage",
                    "The wizard cannot go on while your store is a Basic Seller. When JD.ID has "
                    "upgraded it to Qualified, tick the box above.",
                )
            )

    def retranslate(self) -> None:
        self.now_qualified.setText(
            translate(
                "QualifiedPage", "JD.ID has confirmed that my store is now a Qualified Seller"
            )
        )
        super().retranslate()
