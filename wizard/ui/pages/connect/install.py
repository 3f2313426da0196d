"""Step 13: Install. Checks the API Key and API Secret with JD.ID, then saves them.

The check is one signed gateway call, made before any login, so a wrong key or a wrong
secret is caught here with a sentence that names the field and where to copy it again.
Then Shop ID and API Key go to the settings and the API Secret to the password store (or,
if there is none and the seller agrees, to memory for this session only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget, QWizard

from wizard.flow.navigation import SHOP_CORRECTED
from wizard.flow.steps import Step, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.connect.credentials import SECRET_SAVED_FOR
from wizard.ui.pages.connect.layout import intro_row
from wizard.ui.pages.connect.problems import ProblemPanel, error_key
from wizard.ui.practice_console import open_link
from wizard.ui.widgets import body_label, note_label
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.jdid import EndpointProfile

# Progress answer: the Shop ID and API Key that passed Install (no secret).
INSTALLED = "installed"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def masked(value: str) -> str:
    """An API Key shortened for display: its first and last four characters."""
    return value if len(value) <= 10 else f"{value[:4]}\u2026{value[-4:]}"


def _check_keys(profile: EndpointProfile, api_key: str, api_secret: str) -> None:
    """Worker thread: the signed key check (wizard.store.connection.install). Its module is
    imported here, not on the click: its ~5 ms of loading would hold the window."""
    from wizard.store import connection

    connection.install(profile, api_key, api_secret)


class InstallPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        column, self.body, self.picture = intro_row(self)
        self.summary = body_label(self)
        self.summary.setObjectName("summary")
        row = QHBoxLayout()
        self.install_button = QPushButton(self)
        self.install_button.setObjectName("installButton")
        self.install_button.clicked.connect(self.install)
        row.addWidget(self.install_button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.done_note = note_label("info", self)
        self.done_note.setObjectName("doneNote")
        self.done_note.hide()
        self.problem = ProblemPanel(self)
        self.problem.action_requested.connect(self._problem_action)
        self.problem.jump_requested.connect(self.go_to)
        self.problem.link_requested.connect(lambda key: open_link(ctx, key, self))
        column.addWidget(self.summary)
        column.addLayout(row)
        for widget in (self.status, self.done_note, self.problem):
            column.addWidget(widget)
        column.addStretch(1)
        self.content_layout.addStretch(1)

        self._check = LatestCall(ctx.runner)
        self._installed: tuple[str, str, str] | None = None  # values that passed, this run
        ctx.answers.listen(self._answer_changed)
        ctx.profile_changed.connect(lambda _p: self.update_blocked())
        self.retranslate()

    @property
    def busy(self) -> bool:
        """A key check is running."""
        return self._check.running

    # ----- the values of step 12 ----------------------------------------------------------
    def values(self) -> tuple[str, str, str]:
        """Shop ID, API Key and API Secret as step 12 has them (the seller's answers)."""
        return self.ctx.answers.credentials()

    def _answer_changed(self, name: str) -> None:
        if name == SHOP_CORRECTED:
            self.accept_shop_id(self.ctx.answers.shop_id)

    def is_installed(self) -> bool:
        shop_id, api_key, api_secret = self.values()
        if not api_key:
            return False
        if self._installed == (shop_id, api_key, api_secret):
            return True
        # After a restart: installed earlier with the saved secret, nothing changed since.
        saved = self.ctx.progress.answers.get(INSTALLED)
        return not api_secret and saved == {"shop_id": shop_id, "api_key": api_key}

    # ----- Install ------------------------------------------------------------------------
    def install(self) -> None:
        profile = self.ctx.profile
        if profile is None or self._check.running:
            return
        shop_id, api_key, api_secret = self.values()
        self.problem.clear()
        self.done_note.hide()
        self._check.start(
            _check_keys,
            profile,
            api_key,
            api_secret,
            on_result=lambda _r: self._installed_ok((shop_id, api_key, api_secret)),
            on_error=self._failed,
            name="install: check API Key and API Secret",
        )
        self.update_blocked()

    def _installed_ok(self, values: tuple[str, str, str]) -> None:
        from wizard.appdata import secrets

        shop_id, api_key, api_secret = values
        self._installed = values
        settings = self.ctx.settings
        settings.shop_id, settings.api_key = shop_id, api_key
        self.ctx.save_settings()
        answers = self.ctx.progress.answers
        answers[INSTALLED] = {"shop_id": shop_id, "api_key": api_key}
        if api_secret and not secrets.session_only():
            answers[SECRET_SAVED_FOR] = api_key  # next time the field may stay empty
        self.ctx.save_progress()
        self.done_note.setText(self._done_text())
        self.done_note.show()
        self.update_blocked()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            # While the check ran, the disabled Install button passed the focus on to Back,
            # so Enter would go back to step 12; after a good check the way on is Next.
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def accept_shop_id(self, shop_id: str) -> None:
        """Step 15 corrected the Shop ID to the shop that logged in: the key and secret
        checked here are unchanged, so Install stays valid."""
        if self._installed is not None:
            self._installed = (shop_id, *self._installed[1:])
        saved = self.ctx.progress.answers.get(INSTALLED)
        if isinstance(saved, dict):
            saved["shop_id"] = shop_id
            self.ctx.save_progress()
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        from wizard.appdata import secrets

        key = error_key(exc)
        if key == "no_keyring" and self.ctx.practice and not secrets.session_only():
            # Practice secrets open no real store: keeping them in memory for this session is
            # what the seller would choose anyway, so no alarm and no extra click.
            secrets.use_session_memory()
            self.install()
            return
        self.problem.show_problem(key)
        self.update_blocked()

    def _problem_action(self, action: str) -> None:
        if action == "retry":
            self.install()

    # ----- state ----------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        if not self.is_installed():
            self.problem.clear()
            self.done_note.hide()
        self.retranslate()

    def reset(self) -> None:
        """Start over: Install again (what is in the password store stays there)."""
        self._check.cancel()
        self._installed = None
        self.problem.clear()
        self.done_note.hide()
        self.update_blocked()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        self._check.cancel()  # going Back: a late answer of a check in flight is ignored

    def update_blocked(self) -> None:
        installed = self.is_installed()
        self.install_button.setEnabled(not self.busy and self.ctx.profile is not None)
        self.done_note.setVisible(installed)
        if self.busy:
            self.status.setText(
                translate("InstallPage", "Checking your API Key and API Secret with JD.ID\u2026")
            )
            self.set_blocked(
                translate(
                    "InstallPage", "Wait a moment: JD.ID is checking your API Key and API Secret."
                )
            )
        elif self.ctx.profile is None:
            self.status.setText("")
            self.set_blocked(
                translate(
                    "InstallPage",
                    "The practice platform is still starting. Check keys works in a moment.",
                )
            )
        elif installed:
            self.status.setText("")
            self.set_blocked(None)
        elif self.problem.isVisibleTo(self):
            self.status.setText("")
            self.set_blocked(
                translate(
                    "InstallPage", "Do what the message above says; then Check keys can go on."
                )
            )
        else:
            self.status.setText("")
            self.set_blocked(
                translate(
                    "InstallPage",
                    "Click Check keys to check your API Key and API Secret with JD.ID.",
                )
            )

    def _done_text(self) -> str:
        from wizard.appdata import secrets

        if secrets.session_only():
            return translate(
                "InstallPage",
                "JD.ID accepted your API Key and API Secret. The API Secret is kept in memory "
                "for this session only. Click Next to log in.",
            )
        return translate(
            "InstallPage",
            "JD.ID accepted your API Key and API Secret. The Shop ID and API Key are saved in "
            "the settings, the API Secret in this computer's password store. Click Next to log in.",
        )

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        shop_id, api_key, api_secret = self.values()
        secret_text = (
            translate("InstallPage", "as typed (hidden)")
            if api_secret
            else translate("InstallPage", "the one saved earlier")
        )
        self.summary.setText(
            translate("InstallPage", "Shop ID: %1\nAPI Key: %2\nAPI Secret: %3")
            .replace("%1", shop_id or "\u2014")
            .replace("%2", masked(api_key) if api_key else "\u2014")
            .replace("%3", secret_text)
        )
        self.install_button.setText(translate("InstallPage", "&Check keys"))
        if self.is_installed():
            self.done_note.setText(self._done_text())
        self.problem.retranslate()
        super().retranslate()
