"""The welcome page's card for the real store: JD.ID's closure said up front, plainly.

Built when first needed (after the first paint, or when the seller picks the real store), so
it adds nothing to the start-up path; see WelcomePage.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class RealStoreCard(QFrame):
    """What the real path needs (a reachable platform), where it points, and a way out."""

    practise_chosen = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("realStoreCard")
        # Info blue, calm: a fact to know, not an alarm.
        self.setStyleSheet(
            "QFrame#realStoreCard { background: #e8f1fb; border: 1px solid #a9c7e8;"
            " border-left: 4px solid #2563eb; border-radius: 4px; }"
            " QFrame#realStoreCard QLabel { color: #1f3b57; background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("realStoreText")
        self.text.setWordWrap(True)
        self.platform = QLabel(self)
        self.platform.setObjectName("realStorePlatform")
        self.platform.setWordWrap(True)
        row = QHBoxLayout()
        self.practise = QPushButton(self)
        self.practise.setObjectName("cardPractise")
        self.practise.clicked.connect(self.practise_chosen)
        row.addWidget(self.practise)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.platform)
        layout.addLayout(row)
        ctx.profile_changed.connect(lambda _p: self.retranslate())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def platform_text(self) -> str:
        profile = self.ctx.profile
        if profile is None or self.ctx.practice:
            return ""
        if profile.name == "production":
            return translate("RealStoreCard", "Set up for: JD.ID's own platform (%1).").replace(
                "%1", profile.login_host
            )
        return (
            translate("RealStoreCard", "Set up for: \u201c%1\u201d (%2), chosen by support.")
            .replace("%1", profile.name)
            .replace("%2", profile.login_host)
        )

    def retranslate(self) -> None:
        self.title.setText(translate("RealStoreCard", "Good to know before you start"))
        self.text.setText(
            translate(
                "RealStoreCard",
                "JD.ID closed its marketplace on 31 March 2023. Connecting a real store only "
                "works where the JD.ID platform this wizard is set up for can still be "
                "reached. The wizard checks that for you before step 1.\n\n"
                "Just want to see how it all works? Practise with a made-up store; nothing "
                "changes anywhere.",
            )
        )
        self.platform.setText(self.platform_text())
        self.platform.setVisible(bool(self.platform.text()))
        self.practise.setText(translate("RealStoreCard", "&Practise instead"))
