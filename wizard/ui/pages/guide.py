"""GuidePage: one class for every guide step (step01..step11), fed by wizard.flow.steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wizard.flow.navigation import STORE_NAME
from wizard.flow.steps import Step, picture_path, resolve_url, step_as_text, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.practice_account import PracticeAccountBox
from wizard.ui.practice_console import CHECKED_STEPS, ConsoleCheckPanel, console_url, open_link
from wizard.ui.widgets import CopyRow, PictureView, body_label, copy_to_clipboard, note_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# Steps that show the practice account (log-in details, then the keys for the next step).
_PRACTICE_ACCOUNT_STEPS = ("step01", "step11")


class GuidePage(BasePage):
    """A step of the table: text, own controls (subclasses), practice note, link buttons, copy
    rows, the practice account, the "done" box that gates Next, Copy instructions, picture."""

    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        row = self.add_responsive_row(QHBoxLayout())
        # Its natural height, the free space below it: nothing moves when the page gets
        # shorter (a hint bar shows under it).
        self.content_layout.addLayout(row)
        self.content_layout.addStretch(1)
        text_col = QVBoxLayout()
        row.addLayout(text_col, 3)

        self.body = body_label(self)
        self.body.setObjectName("body")
        text_col.addWidget(self.body)
        self.controls = QVBoxLayout()
        text_col.addLayout(self.controls)
        self.add_controls(self.controls)  # before the rest, so Tab reaches them first

        self.practice_note = note_label("practice", self)
        self.practice_note.setObjectName("practiceNote")
        text_col.addWidget(self.practice_note)

        # Practice mode: steps with something to check are checked live in the practice
        # console instead of ticked.
        self.console_check: ConsoleCheckPanel | None = None
        if step.id in CHECKED_STEPS:
            self.console_check = ConsoleCheckPanel(ctx, step.id, self)
            self.console_check.changed.connect(self.update_blocked)
            text_col.addWidget(self.console_check)

        self.link_buttons: list[QPushButton] = []
        if step.links:
            links_row = QHBoxLayout()
            for link in step.links:
                button = QPushButton(self)
                button.setObjectName(f"link_{link.url_key}")
                button.clicked.connect(lambda _=False, k=link.url_key: self.open_link(k))
                links_row.addWidget(button)
                self.link_buttons.append(button)
            links_row.addStretch(1)
            text_col.addLayout(links_row)

        self.copy_rows: list[CopyRow] = []
        for cv in step.copy_values:
            editable = cv.value_key == "store_name"
            copy_row = CopyRow(
                cv.value_key,
                editable=editable,
                on_edit=self._store_name_edited if editable else None,
                parent=self,
            )
            text_col.addWidget(copy_row)
            self.copy_rows.append(copy_row)

        self.account_box: PracticeAccountBox | None = None
        if step.id in _PRACTICE_ACCOUNT_STEPS:
            self.account_box = PracticeAccountBox(ctx, compact=step.id == "step01", parent=self)
            text_col.addWidget(self.account_box)

        self.confirm_box: QCheckBox | None = None
        if step.confirm:
            self.confirm_box = QCheckBox(self)
            self.confirm_box.setObjectName("confirm")
            self.confirm_box.setChecked(ctx.progress.is_confirmed(step.id))
            self.confirm_box.toggled.connect(self._confirm_toggled)
            text_col.addWidget(self.confirm_box)

        text_col.addStretch(1)
        copy_row_layout = QHBoxLayout()
        self.copy_instructions = QPushButton(self)
        self.copy_instructions.setObjectName("copyInstructions")
        self.copy_instructions.clicked.connect(self.copy_instructions_to_clipboard)
        copy_row_layout.addWidget(self.copy_instructions)
        copy_row_layout.addStretch(1)
        text_col.addLayout(copy_row_layout)

        self.picture = PictureView(picture_path(step), self)
        self.picture.setObjectName("picture")
        self.picture.setVisible(self.picture.path is not None)
        picture_col = QVBoxLayout()  # the picture at the top of its column, never centred
        picture_col.addWidget(self.picture)
        picture_col.addStretch(1)
        row.addLayout(picture_col, 2)

        ctx.profile_changed.connect(self._refresh_values)
        ctx.settings_changed.connect(self._refresh_values)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(2500)
        self._copied_timer.timeout.connect(self.retranslate)
        self.retranslate()
        self._refresh_values()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        super().initializePage()
        if self.checks_live():
            self.console_check.check()  # type: ignore[union-attr]
        # Qt would give the focus to the first link button, and Enter would open Seller
        # Center instead of going on: start on the "Done" box (Space ticks it, Enter is Next).
        QTimer.singleShot(0, self._focus_start)

    def _focus_start(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        if (
            self.confirm_box is not None
            and self.confirm_box.isVisibleTo(self)
            and not self.confirm_box.isChecked()
        ):
            self.confirm_box.setFocus()
        else:
            from PySide6.QtWidgets import QWizard

            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def add_controls(self, layout: QVBoxLayout) -> None:
        """Subclasses put their own controls (e.g. answers) under the body text here."""

    # ----- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out = {"store_name": self.store_name()}
        if self.ctx.practice and self.ctx.profile is None:
            out["callback_url"] = ""  # the practice platform is still starting
        else:
            out["callback_url"] = resolve_url("callback_url", self.ctx.profile)
        return out

    def store_name(self) -> str:
        """The App Name to type: the practice store's in practice mode (the seller's own
        name stays in the settings for the real store), else the one the seller typed."""
        account = self.ctx.practice_account
        if self.ctx.practice:
            return account.shop_name if account is not None else ""
        return self.ctx.settings.store_name.strip()

    def _refresh_values(self, *_: Any) -> None:
        values = self.values()
        for copy_row in self.copy_rows:
            if copy_row.key == "store_name":
                copy_row.field.setReadOnly(self.ctx.practice)
                if copy_row.value().strip() != values["store_name"]:
                    copy_row.set_value(values["store_name"])
            else:
                copy_row.set_value(values.get(copy_row.key, ""))
        self.practice_note.setVisible(self.ctx.practice and self.step.practice_note is not None)
        if self.console_check is not None:
            self.console_check.setVisible(self.ctx.practice)
            if self.confirm_box is not None:
                self.confirm_box.setVisible(not self.ctx.practice)
            if self.checks_live() and self.isVisible() and self.console_check.result is None:
                self.console_check.check()  # the practice platform has just started
        self.update_blocked()

    def checks_live(self) -> bool:
        """Practice mode on a checked step: the practice console says when it is done."""
        return self.console_check is not None and self.ctx.practice

    def _store_name_edited(self, text: str) -> None:
        # Kept as typed (stripping here would eat the space being typed); trimmed where used.
        self.ctx.settings.store_name = text
        self.ctx.answers.set(STORE_NAME, text.strip())
        self.ctx.save_settings()
        self.update_blocked()

    def _confirm_toggled(self, checked: bool) -> None:
        self.ctx.progress.set_confirmed(self.step.id, checked)
        self.ctx.save_progress()
        self.update_blocked()

    # ----- actions --------------------------------------------------------------------------
    def open_link(self, url_key: str) -> None:
        open_link(self.ctx, url_key, self)

    def instructions_text(self) -> str:
        return step_as_text(self.step, self.values(), self.ctx.profile)

    def copy_instructions_to_clipboard(self) -> None:
        copy_to_clipboard(self.instructions_text())
        self.copy_instructions.setText(
            translate("GuidePage", "Copied: paste it into the chat with your support")
        )
        self._copied_timer.start()  # then the button says what it does again

    # ----- gating and language --------------------------------------------------------------
    def update_blocked(self) -> None:
        keys = {r.key for r in self.copy_rows}
        practice_values_missing = (
            self.ctx.practice
            and bool(keys)
            and (self.ctx.practice_account is None or self.ctx.profile is None)
        )
        if self.checks_live() and not practice_values_missing:
            self.set_blocked(self.console_check.blocked_sentence())  # type: ignore[union-attr]
        elif practice_values_missing:
            # The values to copy come from the practice platform, which is not running (yet).
            if self.ctx.sandbox_error is not None:
                self.set_blocked(
                    translate(
                        "GuidePage",
                        "The practice platform could not start, so there is nothing to copy "
                        "here. Close the wizard and open it again, or go back and choose your "
                        "real store.",
                    )
                )
            else:
                self.set_blocked(
                    translate("GuidePage", "Please wait: the practice platform is still starting.")
                )
        elif "store_name" in keys and not self.store_name():
            self.set_blocked(
                translate("GuidePage", "Type your store's name as it appears on JD.ID to go on.")
            )
        elif self.confirm_box is not None and not self.confirm_box.isChecked():
            self.set_blocked(
                translate(
                    "GuidePage", "When you have done this step, tick \u201c%1\u201d to go on."
                ).replace("%1", tr_step(self.step.confirm or ""))
            )
        else:
            self.set_blocked(None)

    def retranslate(self) -> None:
        s = self.step
        self.body.setText(tr_step(s.body))
        if s.practice_note:
            self.practice_note.setText(tr_step(s.practice_note))
        for link, button in zip(s.links, self.link_buttons, strict=True):
            button.setText(tr_step(link.label))
            button.setToolTip(
                console_url(self.ctx, link.url_key) or resolve_url(link.url_key, self.ctx.profile)
            )
        for cv, copy_row in zip(s.copy_values, self.copy_rows, strict=True):
            copy_row.set_label(tr_step(cv.label))
        if self.confirm_box is not None:
            self.confirm_box.setText(tr_step(s.confirm or ""))
        self.copy_instructions.setText(translate("GuidePage", "Copy instructions"))
        self.copy_instructions.setToolTip(
            translate(
                "GuidePage",
                "Puts this step's instructions on the clipboard, ready to paste into a chat.",
            )
        )
        self.picture.setAccessibleName(tr_step(s.title))
        if self.account_box is not None:
            self.account_box.retranslate()
        if self.console_check is not None:
            self.console_check.retranslate()
        super().retranslate()

    def reset(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.setChecked(False)
        if self.console_check is not None:
            self.console_check.reset()
