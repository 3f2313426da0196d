"""The practice account box: the sandbox's made-up seller, so a seller can practise typing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from wizard.ui.context import WizardContext
from wizard.ui.widgets import CopyRow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# (PracticeAccount attribute, label source text); the compact box shows the log-in only.
_FIELDS = (
    ("seller_email", QT_TRANSLATE_NOOP("PracticeAccount", "Email")),
    ("seller_password", QT_TRANSLATE_NOOP("PracticeAccount", "Password")),
    ("shop_id", QT_TRANSLATE_NOOP("PracticeAccount", "Shop ID")),
    ("app_key", QT_TRANSLATE_NOOP("PracticeAccount", "API Key")),
    ("app_secret", QT_TRANSLATE_NOOP("PracticeAccount", "API Secret")),
)
_COMPACT = ("seller_email", "seller_password")


class PracticeAccountBox(QGroupBox):
    """Visible in practice mode only. The values are the sandbox's, never a real account's."""

    def __init__(self, ctx: WizardContext, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("practiceAccount")
        self._layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout.addWidget(self.status)
        self._compact = compact
        self.rows: dict[str, CopyRow] = {}
        ctx.profile_changed.connect(self.refresh)
        ctx.settings_changed.connect(self.refresh)
        self.retranslate()

    def _build_rows(self) -> None:
        # Made when practice mode first shows the box: in real mode nobody sees them, and the
        # pages holding a box are built on the GUI thread after the first paint.
        if self.rows:
            return
        for attr, _label in _FIELDS:
            if self._compact and attr not in _COMPACT:
                continue
            row = CopyRow(attr, parent=self)
            self._layout.addWidget(row)
            self.rows[attr] = row
        self._label_rows()

    def refresh(self, *_: Any) -> None:
        self.setVisible(self.ctx.practice)
        if self.ctx.practice:
            self._build_rows()
        account = self.ctx.practice_account
        for attr, row in self.rows.items():
            row.set_value(str(getattr(account, attr, "")) if account is not None else "")
            row.setVisible(account is not None)
        if self.ctx.sandbox_error is not None and account is None:
            self.status.setText(
                translate(
                    "PracticeAccount",
                    "The practice platform could not start. Close the wizard and open it again; "
                    "if it happens again, contact support.",
                )
            )
        elif account is None:
            self.status.setText(
                translate("PracticeAccount", "Starting the practice platform\u2026")
            )
        else:
            self.status.setText(
                translate(
                    "PracticeAccount",
                    "This practice store is made up. Use these details wherever the real steps "
                    "ask for your own.",
                )
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:  # the seller switched the language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("PracticeAccount", "Practice account"))
        self._label_rows()
        self.refresh()

    def _label_rows(self) -> None:
        for attr, label in _FIELDS:
            if attr in self.rows:
                self.rows[attr].set_label(translate("PracticeAccount", label))
        # Line the fields up: every label as wide as the widest one.
        width = max((r.label.sizeHint().width() for r in self.rows.values()), default=0)
        for row in self.rows.values():
            row.label.setMinimumWidth(width)
