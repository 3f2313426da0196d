"""Help's "Platform addresses" box for support staff: which endpoint profile the real store
uses, load another from a JSON file (the same as `--profile FILE.json`), or go back to JD.ID's
own. The file is read and checked in a worker; a bad one changes nothing and says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _load(path: Path) -> Any:
    """Worker thread."""
    from wizard.jdid.profiles import load_profile_file

    return load_profile_file(path)


class ProfileBox(QGroupBox):
    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("profileBox")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setObjectName("profileCurrent")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        self.load_button = QPushButton(self)
        self.load_button.setObjectName("loadProfile")
        self.load_button.clicked.connect(self.ask_and_load)
        self.default_button = QPushButton(self)
        self.default_button.setObjectName("defaultProfile")
        self.default_button.clicked.connect(self.use_default)
        row.addWidget(self.load_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        layout.addWidget(self.intro)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()

    def ask_and_load(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("ProfileBox", "Choose a profile file"),
            str(Path.home()),
            translate("ProfileBox", "Profile files (*.json)"),
        )
        if chosen:
            self.load_from(Path(chosen))

    def load_from(self, path: Path) -> None:
        """Read and check `path` in a worker; use it only when it passes."""
        self.load_button.setEnabled(False)
        self._show(translate("ProfileBox", "Reading %1…").replace("%1", str(path)))
        self.ctx.runner.run(
            _load, path, on_result=self._loaded, on_error=self._failed, name="load profile"
        )

    def use_default(self) -> None:
        self.ctx.remember_profile(None)
        self._show(translate("ProfileBox", "The real store uses JD.ID's own addresses again."))
        self.retranslate()

    def _loaded(self, profile: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.ctx.remember_profile(profile)
        self.load_button.setEnabled(True)
        self._show(
            translate("ProfileBox", "The real store now uses \u201c%1\u201d.").replace(
                "%1", profile.name
            )
        )
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        from wizard.jdid.profiles import ProfileError

        if not shiboken6.isValid(self):
            return
        self.load_button.setEnabled(True)
        if isinstance(exc, ProfileError):
            self._show(exc.sentence(translate))
        else:
            self._show(translate("ProfileBox", "The file could not be read. Please try again."))

    def _show(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        dialog = self.window()
        if hasattr(dialog, "_fit"):  # a long sentence about a bad file must be read whole:
            QTimer.singleShot(0, dialog, dialog._fit)  # once the labels have their new size

    def current_text(self) -> str:
        from wizard.store.target import real_profile

        profile = real_profile(self.ctx.settings)
        name = (
            translate("ProfileBox", "JD.ID's own addresses (the default)")
            if not self.ctx.settings.profile
            else f"\u201c{profile.name}\u201d"
        )
        return "\n".join(
            (
                translate("ProfileBox", "The real store uses: %1").replace("%1", name),
                translate("ProfileBox", "Login: %1").replace("%1", profile.oauth_base),
                translate("ProfileBox", "API: %1").replace("%1", profile.gateway_base),
                translate("ProfileBox", "Callback URL: %1").replace("%1", profile.callback_url),
            )
        )

    def retranslate(self) -> None:
        self.setTitle(translate("ProfileBox", "Platform addresses (for support staff)"))
        self.intro.setText(
            translate(
                "ProfileBox",
                "To connect stores on a JD.ID-compatible platform, load its profile file (the "
                "same as starting with --profile FILE.json). Practice mode always uses the "
                "practice platform.",
            )
        )
        self.current.setText(self.current_text())
        self.load_button.setText(translate("ProfileBox", "Load a profile file…"))
        self.default_button.setText(translate("ProfileBox", "Use JD.ID's own addresses"))
        self.default_button.setEnabled(bool(self.ctx.settings.profile))
