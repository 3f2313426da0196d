"""What went wrong while connecting (steps 13 to 15), in the seller's words, and what to do.

One table maps each error key (wizard.jdid errors, the sandbox's OAuth error pages, the
keyring) to a title, a sentence that names what to fix, and one action. One widget,
`ProblemPanel`, shows any entry and does the actions that are the same everywhere
("session_only", "step:<id>"); the pages only decide what "retry" and "login" do. Adding an
error is a row in the table, not a new page.

Actions: "retry" (run the same thing again; nothing typed is lost), "step:<id>" (go to that
wizard step, e.g. back to step 10 to paste the callback URL again), "login" (start the
login again), "session_only" (keep the secrets in memory for this run).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.flow.steps import resolve_url
from wizard.ui.widgets import note_label

CONTEXT = "ConnectProblems"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass(frozen=True)
class Fix:
    title: str  # English source, marked for translation
    text: str
    action: str  # "retry", "step:<step id>", "login", "session_only"
    action_label: str
    link: str | None = None  # url key for an extra "read more" button (wizard.flow.steps)
    link_label: str | None = None


_RETRY = QT_TRANSLATE_NOOP("ConnectProblems", "&Retry")
_LOGIN_AGAIN = QT_TRANSLATE_NOOP("ConnectProblems", "&Log in again")
_BACK_TO_12 = QT_TRANSLATE_NOOP("ConnectProblems", "&Go back to step 12")

FIXES: dict[str, Fix] = {
    # The gateway check at Install (and any later call).
    "wrong_api_key": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID does not know this API Key"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The API Key in step 12 does not belong to any JD.ID app. Open the developer "
            "console, go to your app's overview (App overview), copy the API Key again and "
            "paste it into step 12.",
        ),
        "step:step12",
        _BACK_TO_12,
    ),
    "wrong_api_secret": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The API Secret does not match the API Key"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID knows the API Key, but the API Secret is not the one that belongs to it. "
            "Open the developer console, go to App overview, copy the API Secret again and "
            "paste it into step 12.",
        ),
        "step:step12",
        _BACK_TO_12,
    ),
    "no_secret": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The API Secret is no longer saved"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "This computer does not have the API Secret any more (it may have been kept for "
            "one session only). Paste it again in step 12, then click Install.",
        ),
        "step:step12",
        _BACK_TO_12,
    ),
    "clock_wrong": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "Your computer's clock is wrong"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID refused the request because this computer's date or time is off by more "
            "than a few minutes. Set the date, the time and the time zone correctly (or let "
            "the computer set them automatically), then click Retry.",
        ),
        "retry",
        _RETRY,
    ),
    "rate_limited": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID asks us to slow down"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID received too many requests from this app in a short time. Wait a minute, "
            "then click Retry.",
        ),
        "retry",
        _RETRY,
    ),
    "no_network": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "No internet connection"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "This computer cannot reach the internet. Check the cable or Wi-Fi, then click "
            "Retry. What you typed is kept.",
        ),
        "retry",
        _RETRY,
    ),
    "platform_unreachable": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID does not answer"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The internet works, but JD.ID did not answer in time. It may be busy. Wait a "
            "moment, then click Retry. What you typed is kept.",
        ),
        "retry",
        _RETRY,
    ),
    "unexpected_answer": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID gave an answer we did not expect"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID answered, but not in the way this app understands. Click Retry. If it "
            "happens again, save a support file (Help menu) and send it to support.",
        ),
        "retry",
        _RETRY,
    ),
    "platform_error": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID refused the request"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID refused the request for a reason of its own. Click Retry. If it happens "
            "again, save a support file (Help menu) and send it to support.",
        ),
        "retry",
        _RETRY,
    ),
    # The login (the sandbox's OAuth error pages carry these keys, as does the client).
    "wrong_callback": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The Callback URL in your app is not right"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID stopped the login because the Callback URL saved in your app's settings is "
            "not the address this app uses. In the developer console, open App Management, "
            "then App Setting, paste the callback URL from step 10 into \u201cCallback URL\u201d "
            "and save. Then log in again.",
        ),
        "step:step10",
        QT_TRANSLATE_NOOP(
            "ConnectProblems", "&Go back to step 10 and paste the callback URL again"
        ),
    ),
    "app_not_published": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "Your app is not published yet"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID only lets a published app log in to a store. In the developer console, "
            "publish your app (step 8), then log in again.",
        ),
        "step:step08",
        QT_TRANSLATE_NOOP("ConnectProblems", "&Go back to step 8 and publish the app"),
    ),
    "not_qualified": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "Your store is a Basic Seller"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "JD.ID opens its API only to Qualified Sellers, and this store is still a Basic "
            "Seller. Ask JD.ID to upgrade the store to Qualified (the JD.ID blog explains how). "
            "When JD.ID has confirmed the upgrade, log in again.",
        ),
        "login",
        _LOGIN_AGAIN,
        link="qualified_blog",
        link_label=QT_TRANSLATE_NOOP("ConnectProblems", "How to become a &Qualified Seller"),
    ),
    "oauth_denied": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "Access was not allowed"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The login ended without allowing this app to work with your store. The app "
            "needs that permission to read your products and update stock. Log in again and "
            "choose to allow access.",
        ),
        "login",
        _LOGIN_AGAIN,
    ),
    "invalid_code": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The login has expired"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The login took too long or was already used, so JD.ID did not accept it. Log in "
            "again; it only takes a moment.",
        ),
        "login",
        _LOGIN_AGAIN,
    ),
    "state_mismatch": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "This login answer was refused"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The answer does not belong to the login started here (it may be from an older "
            "login or another window), so it was ignored for your safety. Log in again.",
        ),
        "login",
        _LOGIN_AGAIN,
    ),
    "login_expired": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "Please log in again"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The JD.ID login of this app has expired and could not be renewed automatically. "
            "Log in again to reconnect your store; nothing else needs to be set up again.",
        ),
        "login",
        _LOGIN_AGAIN,
    ),
    "oauth_error": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The login did not finish"),
        QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID ended the login with an error. Log in again."),
        "login",
        _LOGIN_AGAIN,
    ),
    "login_unreachable": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "The JD.ID login page does not open"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The login page could not be loaded. Check the internet connection, then click "
            "Retry. If it keeps failing, use your own web browser instead (button below).",
        ),
        "retry",
        _RETRY,
    ),
    "not_callback": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "That is not the address we need"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "Paste the full address from your browser's address bar after the login, the one "
            "that starts with the callback URL of step 10.",
        ),
        "retry",
        QT_TRANSLATE_NOOP("ConnectProblems", "&Try again"),
    ),
    # The keyring.
    "no_keyring": Fix(
        QT_TRANSLATE_NOOP("ConnectProblems", "This computer has no password store"),
        QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "The API Secret and the login must be kept in the computer's password store, and "
            "none is available (or it refused). You can go on for this session only: the "
            "secrets stay in memory and are gone when you close the app, so you will have to "
            "paste the API Secret and log in again next time. They are never written to a "
            "file.",
        ),
        "session_only",
        QT_TRANSLATE_NOOP("ConnectProblems", "&Continue for this session only"),
    ),
}
UNKNOWN = "platform_error"


def fix_for(key: str) -> Fix:
    return FIXES.get(key, FIXES[UNKNOWN])


def error_key(exc: BaseException) -> str:
    """The table key of an exception (its stable `key`), or the unknown entry."""
    key = getattr(exc, "key", None)
    return key if isinstance(key, str) and key in FIXES else UNKNOWN


class ProblemPanel(QWidget):
    """Shows one table entry: a title, the sentence, the action button and maybe a link.

    "step:<id>" jumps to that step and "session_only" switches the secrets to memory for this
    run, then asks for a "retry"; `action_requested(str)` carries what the page does itself
    ("retry", "login"); `link_requested(str)` a url key."""

    action_requested = Signal(str)
    link_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        self.key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("problemTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = note_label("warning", self)
        self.text.setObjectName("problemText")
        row = QHBoxLayout()
        self.action = QPushButton(self)
        self.action.setObjectName("problemAction")
        self.action.clicked.connect(self._act)
        self.link = QPushButton(self)
        self.link.setObjectName("problemLink")
        self.link.clicked.connect(self._open_link)
        row.addWidget(self.action)
        row.addWidget(self.link)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def show_problem(self, key: str) -> None:
        self.key = key if key in FIXES else UNKNOWN
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self.key = None
        self.hide()

    @property
    def fix(self) -> Fix | None:
        return FIXES[self.key] if self.key else None

    def _act(self) -> None:
        if self.fix is None:
            return
        action = self.fix.action
        if action.startswith("step:"):
            jump = getattr(self.window(), "jump_to", None)  # the wizard window
            if jump is not None:
                jump(action.partition(":")[2])
            return
        if action == "session_only":
            from wizard.appdata import secrets

            secrets.use_session_memory()
            action = "retry"  # what failed for want of a password store, now in memory
        self.action_requested.emit(action)

    def _open_link(self) -> None:
        if self.fix is not None and self.fix.link:
            self.link_requested.emit(self.fix.link)

    def retranslate(self) -> None:
        fix = self.fix
        if fix is None:
            return
        self.title.setText(translate("ConnectProblems", fix.title))
        self.text.setText(translate("ConnectProblems", fix.text))
        self.action.setText(translate("ConnectProblems", fix.action_label))
        self.action.setAccessibleName(
            translate("ConnectProblems", fix.action_label).replace("&", "")
        )
        self.link.setVisible(bool(fix.link))
        if fix.link_label:
            self.link.setText(translate("ConnectProblems", fix.link_label))
            self.link.setToolTip(resolve_url(fix.link))
