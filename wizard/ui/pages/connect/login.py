"""Step 14: Log in. The JD.ID login runs inside the wizard; the tokens go to the password store.

The QtWebEngine view is made when the seller clicks Log in (never at start-up, never while
the wizard merely walks past this page on resume). Each login attempt has its own `state`;
the callback is intercepted by the view, its state checked and its code exchanged for
tokens in a worker thread. Everything that can go wrong is a row of the problem table
(connect_problems), shown in place of the view with the one action that fixes it.
"Use my own browser instead" opens the same login in the system browser; the seller then
pastes the address the browser lands on.

The start-up hook that reopens the wizard here when the stored login has expired is in
reconnect.py; the page's texts are in login_display.py.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wizard.flow.steps import Step
from wizard.store import credentials
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.connect.layout import intro_row
from wizard.ui.pages.connect.login_display import LoginPageDisplay
from wizard.ui.pages.connect.problems import FIXES, ProblemPanel, error_key
from wizard.ui.practice_console import open_link
from wizard.ui.qtenv import system_libraries, webengine_env, webengine_load
from wizard.ui.turns import next_part
from wizard.ui.widgets import body_label, note_label
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.jdid import Token
    from wizard.ui.pages.connect.login_view import LoginView

log = logging.getLogger(__name__)

# Progress answer: the API Key whose login finished (no secret).
LOGGED_IN_FOR = "logged_in_for"
VIEW_MIN_HEIGHT = 340

# Error markers of the platform's pages that mean something already in the problem table.
_MARKER_KEYS = {
    "wrong_app_key": "wrong_api_key",
    "expired": "invalid_code",
    "bad_request": "oauth_error",
}
# The login form again, with its own message ("email or password not right"): not an error.
_FORM_MARKERS = ("wrong_password",)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def same_address(url: str, base: str) -> bool:
    """True when `url` is `base` (scheme, host, port and path), whatever its query says."""
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme.lower(), a.netloc.lower(), a.path.rstrip("/")) == (
        b.scheme.lower(),
        b.netloc.lower(),
        b.path.rstrip("/"),
    )


class LoginPage(LoginPageDisplay, BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.reason = note_label("warning", self)
        self.reason.setObjectName("reconnectReason")
        self.reason.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        self.login_button = QPushButton(self)
        self.login_button.setObjectName("loginButton")
        self.login_button.clicked.connect(self.start_login)
        self.browser_button = QPushButton(self)
        self.browser_button.setObjectName("ownBrowserButton")
        self.browser_button.clicked.connect(self.use_own_browser)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.browser_button)
        buttons.addStretch(1)

        # "Use my own browser": where the seller pastes the address the browser lands on.
        self.paste_box = QWidget(self)
        self.paste_box.setObjectName("pasteBox")
        paste_row = QHBoxLayout(self.paste_box)
        paste_row.setContentsMargins(0, 0, 0, 0)
        self.paste_label = QLabel(self.paste_box)
        self.paste_label.setWordWrap(True)
        self.paste_edit = QLineEdit(self.paste_box)
        self.paste_edit.setObjectName("pastedAddress")
        self.paste_label.setBuddy(self.paste_edit)
        self.paste_button = QPushButton(self.paste_box)
        self.paste_button.setObjectName("pasteContinue")
        self.paste_button.clicked.connect(self.use_pasted_address)
        self.paste_edit.returnPressed.connect(self.use_pasted_address)
        paste_row.addWidget(self.paste_edit, 1)
        paste_row.addWidget(self.paste_button)
        self.paste_hint = body_label(self)
        self.paste_hint.setObjectName("pasteHint")
        self.paste_box.hide()
        self.paste_hint.hide()

        # QtWebEngine's system libraries, checked when the page is first shown (Linux).
        self.libraries_note = note_label("warning", self)
        self.libraries_note.setObjectName("webengineLibrariesMissing")
        self.libraries_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.libraries_note.hide()
        self._libraries_gone: list[system_libraries.Library] | None = None

        self.problem = ProblemPanel(self)
        self.problem.action_requested.connect(self._problem_action)
        self.problem.jump_requested.connect(self.go_to)
        ctx.login_requested.connect(self._login_requested)
        self.problem.link_requested.connect(lambda key: open_link(ctx, key, self))
        self.done_note = note_label("info", self)
        self.done_note.setObjectName("doneNote")
        self.done_note.hide()

        self.content_layout.addWidget(self.reason)
        column, self.body, self.picture = intro_row(self)
        column.addLayout(buttons)
        note = self.libraries_note
        for widget in (note, self.paste_hint, self.paste_box, self.status, self.problem):
            column.addWidget(widget)
        column.addStretch(1)
        self.view_slot = QHBoxLayout()
        self.content_layout.addLayout(self.view_slot, 1)
        self.content_layout.addWidget(self.done_note)

        self.view: LoginView | None = None
        self._opening: str | None = None  # the state whose view is being opened
        self._state: str | None = None  # the state of the login in progress
        self._callback: str | None = None  # the callback being exchanged (for Retry)
        self._exchanging = LatestCall(ctx.runner)  # the code exchange of this attempt
        self._token: Token | None = None
        self._reconnect_reason: str | None = None
        self._status_key: str | None = None
        self._last_action = "view"  # what Retry repeats: "view", "exchange"
        self.retranslate()

    # ----- what step 12/13 left us ---------------------------------------------------------
    def api_key(self) -> str:
        return self.ctx.settings.api_key

    def logged_in(self) -> bool:
        if self._reconnect_reason is not None or not self.api_key():
            return False
        if self._token is not None:
            return True
        return self.ctx.progress.answers.get(LOGGED_IN_FOR) == self.api_key()

    # ----- the embedded login ---------------------------------------------------------------
    def _new_attempt(self) -> Any:
        """Forget any earlier attempt and make a new state; the endpoint profile, or None
        when there is nothing to log in to yet (no profile or no API Key)."""
        profile = self.ctx.profile
        if profile is None or not self.api_key():
            return None
        from wizard.jdid import new_state

        self._reset_attempt()
        self._forget_login()
        self._close_view()
        self._state = new_state()
        return profile

    def _login_requested(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.start_login()

    def start_login(self) -> None:
        """A fresh login in the embedded view: new state, new off-the-record profile."""
        if self._webengine_missing():
            return
        profile = self._new_attempt()
        if profile is None:
            return
        # QtWebEngine's start: its libraries and modules load in a worker
        # (wizard.ui.qtenv.webengine_load), then Qt's own start of the engine (~30-140 ms,
        # only possible here) and the first view each get an event-loop turn of their own,
        # after the page has painted that the login is opening.
        self._opening = self._state
        self._set_status("loading")
        self.update_blocked()
        webengine_env.prepare()  # the environment is read when QtWebEngine starts
        state = self._state
        if webengine_load.loaded():
            next_part(self, lambda: self._start_engine(state))
            return
        self.ctx.runner.run(
            webengine_load.load,
            on_result=lambda _none: next_part(self, lambda: self._start_engine(state)),
            # The import fails the same way on this thread, where it is reported as before.
            on_error=lambda _exc: self._start_engine(state),
            name="load the login's browser",
        )

    def _still_opening(self, state: str | None) -> bool:
        """The attempt that scheduled this turn is still the one in progress."""
        return self._opening is not None and self._opening == state == self._state

    def _start_engine(self, state: str | None) -> None:
        if not self._still_opening(state):
            return
        from wizard.ui.pages.connect import login_view

        login_view.start_engine()
        next_part(self, lambda: self._open_view(state))

    def _open_view(self, state: str | None) -> None:
        if not self._still_opening(state):
            return
        profile = self.ctx.profile
        if profile is None or not self.api_key():
            self._opening = None
            self._set_status(None)
            self.update_blocked()
            return
        from wizard.jdid import authorize_url
        from wizard.ui.pages.connect.login_view import LoginView

        view = LoginView(
            profile.authorize_url,
            profile.callback_url,
            open_external=self._open_external,
            language=self.ctx.language,  # the login pages in the language the wizard shows
            parent=self,
        )
        view.setMinimumHeight(VIEW_MIN_HEIGHT)
        view.callback_reached.connect(self._callback_reached)
        view.error_page.connect(self._error_page)
        view.form_shown.connect(self._form_shown)
        view.load_failed.connect(self._load_failed)
        self.view = view
        self.view_slot.addWidget(view)
        self.picture.hide()  # the login page itself needs the room
        url = authorize_url(profile, self.api_key(), self._state)
        # Loading the page (~5-25 ms inside Qt) on a turn of its own, after the view's first
        # layout.
        next_part(self, lambda: self._load_login(view, state, url))

    def _load_login(self, view: LoginView, state: str | None, url: str) -> None:
        if not self._still_opening(state) or self.view is not view:
            return
        self._last_action = "view"
        view.start(url)
        next_part(self, lambda: self._view_opened(view, state))

    def _view_opened(self, view: LoginView, state: str | None) -> None:
        if not self._still_opening(state) or self.view is not view:
            return
        self._opening = None  # Log in (a fresh start) may be clicked again
        self.update_blocked()

    def _webengine_missing(self) -> bool:
        """Are QtWebEngine's system libraries missing (checked once)? Then the page says
        which, with the install command, and the seller's own browser is the way on."""
        if self._libraries_gone is None:
            self._libraries_gone = system_libraries.missing(system_libraries.WEBENGINE_LIBRARIES)
            if self._libraries_gone:
                self._show_libraries_missing()
                self.update_blocked()
        return bool(self._libraries_gone)

    def _show_libraries_missing(self) -> None:
        gone = self._libraries_gone or []
        self.libraries_note.setText(
            system_libraries.explanation(system_libraries.LOGIN_TEXT, gone, translate)
        )
        self.libraries_note.setVisible(bool(gone))

    def _open_external(self, url: Any) -> bool:
        self.ctx.open_url(url.toString())
        return True

    def _close_view(self) -> None:
        self._opening = None  # a view still being opened is not wanted any more either
        if self.view is not None:
            self.view.stop()
            self.view.hide()
            self.view.deleteLater()  # its off-the-record profile and cookies go with it
            self.view = None
            self.picture.setVisible(self.picture.path is not None)

    def _forget_login(self) -> None:
        """A new login replaces the old one: Next waits until it has finished."""
        self._token = None
        if self.ctx.progress.answers.pop(LOGGED_IN_FOR, None) is not None:
            self.ctx.save_progress()

    def _reset_attempt(self) -> None:
        self._exchanging.cancel()
        self._callback = None
        self.problem.clear()
        self.done_note.hide()

    def _form_shown(self) -> None:
        self._set_status("form")

    def _error_page(self, marker: str) -> None:
        if marker in _FORM_MARKERS:
            self._set_status("wrong_password")
            return
        self._show_problem(_MARKER_KEYS.get(marker, marker if marker in FIXES else "oauth_error"))

    def _load_failed(self, reason: str) -> None:
        # No answer in time, or an error status: JD.ID is there but in trouble. Nothing at
        # all: the connection (or the address) is the problem.
        server_trouble = reason == "timeout" or reason.startswith("http_5")
        self._show_problem("platform_unreachable" if server_trouble else "login_unreachable")

    def _callback_reached(self, url: str) -> None:
        # The address holds a one-time code: it is never logged and goes only to the exchange.
        self._callback = url
        self._close_view()
        self._exchange()

    # ----- "Use my own browser instead" -------------------------------------------------------
    def use_own_browser(self) -> None:
        profile = self._new_attempt()
        if profile is None:
            return
        from wizard.jdid import authorize_url

        self.ctx.open_url(authorize_url(profile, self.api_key(), self._state))
        self.paste_edit.clear()
        self.paste_box.show()
        self.paste_hint.show()
        self._set_status("browser")
        self.paste_edit.setFocus()
        self.update_blocked()

    def use_pasted_address(self) -> None:
        profile = self.ctx.profile
        address = credentials.clean(self.paste_edit.text())
        if profile is None or self._state is None:
            return
        self._paste_empty = not address
        self.retranslate_paste_hint()
        if not address:  # Continue with nothing pasted: say what to paste, never nothing
            self.paste_edit.setFocus()
            return
        if not same_address(address, profile.callback_url):
            self._show_problem("not_callback")
            return
        self._callback = address
        self._exchange()

    # ----- the token exchange -------------------------------------------------------------------
    def _exchange(self) -> None:
        profile, callback, state = self.ctx.profile, self._callback, self._state
        if profile is None or callback is None or state is None:
            return
        self.problem.clear()
        self._last_action = "exchange"
        self._set_status("exchanging")
        from wizard.store import connection  # HTTP stack: loaded when first needed

        self._exchanging.start(
            connection.finish_login,
            profile,
            self.api_key(),
            callback,
            state,
            on_result=self._logged_in,
            on_error=self._exchange_failed,
            name="login: exchange the code for tokens",
        )
        self.update_blocked()

    def _logged_in(self, token: Token) -> None:
        self._token = token
        self._callback = None
        self._state = None  # a state is good for one login only
        self._reconnect_reason = None
        self.reason.hide()
        self.paste_box.hide()
        self.paste_hint.hide()
        self.ctx.progress.answers[LOGGED_IN_FOR] = self.api_key()
        self.ctx.save_progress()
        self._set_status(None)
        self.done_note.setText(self._done_text())
        self.done_note.show()
        self.update_blocked()

    def _exchange_failed(self, exc: BaseException) -> None:
        key = error_key(exc)
        if FIXES[key].action != "retry" and key != "no_keyring":
            self._callback = None  # the code is spent or refused: only a new login helps
        self._show_problem(key)

    # ----- problems and their actions ------------------------------------------------------------
    def _show_problem(self, key: str) -> None:
        self._close_view()
        self._set_status(None)
        self.problem.show_problem(key)
        self.update_blocked()

    def _problem_action(self, action: str) -> None:
        if action == "retry":
            if self._last_action == "exchange" and self._callback is not None:
                self._exchange()
            elif self.paste_box.isVisible():
                self.problem.clear()
                self.paste_edit.setFocus()
                self.paste_edit.selectAll()
            else:
                self.start_login()
        elif action == "login":
            self.start_login()

    # ----- reconnect ------------------------------------------------------------------------------
    def show_reconnect(self, reason_key: str) -> None:
        """Opened at start-up because the stored login cannot be used: say why."""
        self._reconnect_reason = reason_key
        self._token = None
        fix = FIXES.get(reason_key, FIXES["login_expired"])
        self.reason.setText(
            translate("ConnectProblems", fix.title) + "\n" + translate("ConnectProblems", fix.text)
        )
        self.reason.show()
        self.update_blocked()

    # ----- page life ------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.retranslate()
        if not self._webengine_missing() and not webengine_load.loaded():
            # While the seller reads the page: the login's files into memory, so Log in
            # does not wait for the disk (wizard.ui.qtenv.webengine_load.read_ahead).
            self.ctx.runner.run(webengine_load.read_ahead, name="read the login's browser")

    def reset(self) -> None:
        """Start over: no login in progress, none finished, nothing to explain."""
        self._close_view()
        self._reset_attempt()
        self._token = None
        self._state = None
        self._reconnect_reason = None
        self.reason.hide()
        self.paste_box.hide()
        self.paste_hint.hide()
        self._set_status(None)
        self.update_blocked()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        # Back: the login in progress is dropped with its view (and its cookies).
        self._close_view()
        self._reset_attempt()
        self._set_status(None)
