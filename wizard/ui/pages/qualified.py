"""The Qualified Seller check (Yes / No / Not sure) and the upgrade page for a Basic Seller.

Both are guide pages of the steps table with a few controls of their own. The answer goes to
the seller's answers (`ctx.answers.qualified`); the flow takes the branch from there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

from wizard.ui.pages.guide import GuidePage
from wizard.ui.widgets import note_label

ANSWERS = ("yes", "no", "unsure")

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class QualifiedPage(GuidePage):
    def add_controls(self, layout: QVBoxLayout) -> None:
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for answer in ANSWERS:
            radio = QRadioButton(self)
            radio.setObjectName(f"answer_{answer}")
            self.group.addButton(radio)
            layout.addWidget(radio)
            self.radios[answer] = radio
        self.unsure_hint = note_label("info", self)
        self.unsure_hint.setObjectName("unsureHint")
        self.unsure_hint.hide()
        layout.addWidget(self.unsure_hint)
        self.restore_state(self.ctx.progress.answers)
        for radio in self.radios.values():
            radio.toggled.connect(self._answer_toggled)

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
        self.ctx.progress.answers["qualified"] = self.ctx.answers.qualified = self.answer()
        self.ctx.save_progress()
        self.unsure_hint.setVisible(self.answer() == "unsure")
        self.update_blocked()
        self.answers_changed.emit()

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
                "Open Seller Center and log in. Your seller level (Basic or Qualified) is shown "
                "on your store's profile, under Shop Information. If you still cannot find it, "
                "ask JD.ID seller support.",
            )
        )
        super().retranslate()

    def save_state(self) -> dict[str, Any]:
        return {"qualified": self.answer()}

    def restore_state(self, answers: dict[str, Any]) -> None:
        answer = answers.get("qualified")
        if answer in self.radios:
            self.radios[answer].setChecked(True)
            self.unsure_hint.setVisible(answer == "unsure")
        self.ctx.answers.qualified = self.answer()

    def reset(self) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
        for radio in self.radios.values():
            radio.setChecked(False)
        self.group.setExclusive(True)
        self.ctx.answers.qualified = None
        self.unsure_hint.hide()
        self.update_blocked()


class UpgradePage(GuidePage):
    """A dead end for a Basic Seller until they tick that JD.ID has upgraded the store."""

    def update_blocked(self) -> None:
        if self.confirm_box is not None and self.confirm_box.isChecked():
            self.set_blocked(None)
        else:
            self.set_blocked(
                translate(
                    "QualifiedPage",
                    "The wizard cannot go on while your store is a Basic Seller. When JD.ID has "
                    "upgraded it to Qualified, tick the box above.",
                )
            )
