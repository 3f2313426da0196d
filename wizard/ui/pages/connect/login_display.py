"""Step 14's texts: what the login page says in each state (a mixin of LoginPage, login.py).

Texts are in the "LoginPage" context, written out, so they do not depend on this class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wizard.flow.steps import tr_step

if TYPE_CHECKING:
    pass


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class LoginPageDisplay:
    """The login page's state in words (mixed into LoginPage)."""

    def update_blocked(self) -> None:
        ready = self.ctx.profile is not None and bool(self.api_key())
        busy = self._exchanging.running
        opening = self._opening is not None
        self.login_button.setEnabled(
            ready and not busy and not opening and not self._libraries_gone
        )
        self.browser_button.setEnabled(ready and not busy)
        self.paste_button.setEnabled(not busy)
        if self.logged_in():
            self.set_blocked(None)
        elif busy:
            self.set_blocked(
                translate("LoginPage", "Wait a moment: JD.ID is confirming your login.")
            )
        elif not self.api_key():
            self.set_blocked(
                translate("LoginPage", "Go back to step 13 and click Check keys first.")
            )
        elif self.ctx.profile is None:
            self.set_blocked(
                translate(
                    "LoginPage", "The practice platform is still starting. Log in in a moment."
                )
            )
        elif opening:
            self.set_blocked(translate("LoginPage", self._STATUS["loading"]))
        elif self.view is not None:
            self.set_blocked(
                translate("LoginPage", "Log in and allow access in the JD.ID page below to go on.")
            )
        elif self.problem.isVisibleTo(self):
            self.set_blocked(
                translate("LoginPage", "Do what the message above says; then the login can go on.")
            )
        elif self._libraries_gone:
            self.set_blocked(
                translate("LoginPage", "Click \u201cUse my own browser instead\u201d to log in.")
            )
        else:
            self.set_blocked(translate("LoginPage", "Click Log in to connect your store."))

    _STATUS = {
        "loading": QT_TRANSLATE_NOOP("LoginPage", "Opening the JD.ID login page\u2026"),
        "form": QT_TRANSLATE_NOOP(
            "LoginPage",
            "Log in with your JD.ID seller email and password, then allow access.",
        ),
        "wrong_password": QT_TRANSLATE_NOOP(
            "LoginPage",
            "JD.ID says the email or password is not right. Check both and try again in the "
            "form below.",
        ),
        "browser": QT_TRANSLATE_NOOP(
            "LoginPage",
            "The JD.ID login is open in your web browser. Log in and allow access there.",
        ),
        "exchanging": QT_TRANSLATE_NOOP(
            "LoginPage", "JD.ID accepted the login. Getting the access for this app\u2026"
        ),
    }

    def _set_status(self, key: str | None) -> None:
        self._status_key = key
        self.status.setText(translate("LoginPage", self._STATUS[key]) if key else "")
        self.status.setVisible(key is not None)

    def _done_text(self) -> str:
        token = self._token
        shop = token.uid if token is not None and token.uid else ""
        if shop:
            return translate(
                "LoginPage", "You are logged in to the store with Shop ID %1. Click Next."
            ).replace("%1", shop)
        return translate("LoginPage", "You are logged in. Click Next.")

    def retranslate_paste_hint(self) -> None:
        if getattr(self, "_paste_empty", False):
            self.paste_hint.setText(
                translate(
                    "LoginPage",
                    "Nothing is pasted yet. In your browser, after you allowed access, copy the "
                    "whole address from the address bar and paste it into the field below, then "
                    "click Continue.",
                )
            )
            return
        self.paste_hint.setText(
            translate(
                "LoginPage",
                "After you allow access, your browser opens an address that starts with the "
                "callback URL of step 10 (the page itself may show an error; that is fine). "
                "Copy that whole address from the address bar and paste it here:",
            )
        )

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        self.login_button.setText(translate("LoginPage", "&Log in"))
        self.browser_button.setText(translate("LoginPage", "Use my own &browser instead"))
        self.retranslate_paste_hint()
        self.paste_label.setText(translate("LoginPage", "Address:"))
        self.paste_edit.setAccessibleName(
            translate("LoginPage", "The address your browser landed on")
        )
        self.paste_button.setText(translate("LoginPage", "&Continue"))
        self._show_libraries_missing()
        self._set_status(self._status_key)
        if self.logged_in():
            self.done_note.setText(self._done_text())
        if self._reconnect_reason is not None:
            self.show_reconnect(self._reconnect_reason)
        self.problem.retranslate()
        super().retranslate()
