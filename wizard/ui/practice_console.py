"""Practice mode's consoles in the wizard: open the practice Seller Center and developer
console, check a guide step live against the practice console, "Do this step for me", and
step 12's credentials from the app overview.

The checks run in a worker (wizard.sandbox.console_client does the HTTP); the page asks
`ConsoleCheckPanel.blocked_sentence()` what still holds Next. Real mode never shows these.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.flow import problems
from wizard.flow.steps import PRACTICE_CHECKED_STEPS as CHECKED_STEPS
from wizard.ui.context import WizardContext
from wizard.ui.qt_values import PLAIN_TEXT, set_values

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
log = logging.getLogger(__name__)

CONSOLE_URL_KEYS = ("seller_center", "dev_console")


def console_url(ctx: WizardContext, url_key: str) -> str | None:
    """The practice console behind a guide link, in the wizard's language; None when it is
    not a console link or the practice platform is not running."""
    server = ctx.sandbox
    if not ctx.practice or server is None or url_key not in CONSOLE_URL_KEYS:
        return None
    base = server.seller_center_url if url_key == "seller_center" else server.developer_console_url
    return f"{base}?lang={ctx.language}"


def console_client(ctx: WizardContext) -> Any:
    """A ConsoleClient for the running practice platform, as its practice seller."""
    from wizard.sandbox.console_client import ConsoleClient

    server = ctx.sandbox
    account = server.account
    return ConsoleClient(server.base_url, account.seller_email, account.seller_password)


def open_console(ctx: WizardContext, url: str, parent: QWidget) -> None:
    """The system browser; where none starts, our own window with the page (never nothing)."""
    if ctx.open_url(url, own_fallback=True):  # the window below is the fallback
        return
    log.info("no browser started; showing the practice console in the wizard")
    window = ConsoleWindow(url, parent)
    if "/seller" in url:
        window.setWindowTitle(translate("PracticeConsole", "Practice Seller Center"))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()


def open_link(ctx: WizardContext, url_key: str, parent: QWidget) -> None:
    """A guide link: in practice mode the practice console, else the address of the link."""
    from wizard.flow.steps import resolve_url

    url = console_url(ctx, url_key)
    if url is None:
        ctx.open_url(resolve_url(url_key, ctx.profile))
    else:
        open_console(ctx, url, parent)


class ConsoleWindow(QWidget):
    """The embedded view of a practice console, for computers where no browser starts: a
    window of its own, so the seller can keep the wizard's page beside it."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("consoleWindow")
        self.setWindowTitle(translate("PracticeConsole", "Practice developer console"))
        _OPEN_WINDOWS.add(self)
        self.resize(960, 700)
        layout = QVBoxLayout(self)
        self.address = QLabel(url, self)
        self.address.setObjectName("consoleAddress")
        set_values(self.address, textFormat=PLAIN_TEXT)
        layout.addWidget(self.address)
        self.view: Any = None
        self.web_page: Any = None
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
            from PySide6.QtWebEngineWidgets import QWebEngineView
        except ImportError:  # no WebEngine here: the address to open by hand, in words
            note = QLabel(
                translate(
                    "PracticeConsole",
                    "No web browser could be opened on this computer. Open this address in "
                    "any browser:",
                ),
                self,
            )
            note.setWordWrap(True)
            layout.insertWidget(0, note)
            self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return
        # Off the record, like the login view: the practice login stays in memory.
        self.profile = QWebEngineProfile(self)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self.view = QWebEngineView(self)
        self.web_page = QWebEnginePage(self.profile, self.view)
        self.view.setPage(self.web_page)
        self.profile.setParent(None)  # deleted after the page that uses it (children order)
        self.profile.setParent(self)
        self.web_page.load(QUrl(url))
        layout.addWidget(self.view, 1)

    def run_js(self, script: str, callback: Any) -> None:
        """Run `script` in the console page (tests and support scripts)."""
        self.web_page.runJavaScript(script, 0, callback)

    def reload(self) -> None:
        if self.web_page is not None:
            self.web_page.triggerAction(self.web_page.WebAction.Reload)


# The console windows open now: after "Do this step for me" they show the new state at once,
# instead of the page the seller loaded before (a red error for what is now done).
_OPEN_WINDOWS: weakref.WeakSet[ConsoleWindow] = weakref.WeakSet()

# While a checked step waits, the wizard asks the practice console again this often, so the
# page turns green by itself when the seller has done the step in the console.
RECHECK_MS = 2500


class ConsoleCheckPanel(QWidget):
    """Under a checked console step (3, 6, 7, 8, 10) in practice mode: what the live check
    found, "Check again" and "Do this step for me". `changed` fires when a check ends."""

    changed = Signal()

    def __init__(self, ctx: WizardContext, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if step_id not in CHECKED_STEPS:
            raise ValueError(step_id)
        self.ctx = ctx
        self.step_id = step_id
        self.setObjectName("consoleCheck")
        self.result: Any = None  # the last wizard.sandbox.console_client.StepCheck
        self.busy = False
        self._doing_step = False
        self._pending: bool | None = None  # a request made during a background re-check
        self._task: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.status = QLabel(self)
        self.status.setObjectName("consoleCheckStatus")
        self.status.setWordWrap(True)
        set_values(self.status, textFormat=PLAIN_TEXT)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkAgain")
        self.check_button.clicked.connect(self.check)
        self.do_button = QPushButton(self)
        self.do_button.setObjectName("doForMe")
        self.do_button.clicked.connect(self.do_for_me)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.do_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._recheck_now)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._recheck.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._recheck.stop()
        super().hideEvent(event)

    def _recheck_now(self) -> None:
        if not self.passed and not self.busy and self.ctx.sandbox is not None and self.isVisible():
            self._start(do_step=False)

    # ----- the check ------------------------------------------------------------------------
    @property
    def passed(self) -> bool:
        return self.result is not None and self.result.passed

    def check(self) -> None:
        """Ask the practice console (in a worker); the panel and Next follow the answer."""
        self._start(do_step=False)

    def do_for_me(self) -> None:
        """The practice platform does the step, then the check runs."""
        self._start(do_step=True)

    def _start(self, *, do_step: bool) -> None:
        if self.busy and not self._doing_step:
            # A background re-check is on its way, from before what the seller did just now:
            # this request runs right after it.
            self._pending = do_step or bool(self._pending)
            return
        if self.busy or self.ctx.sandbox is None:
            self._show()
            return
        self.busy = True
        self._doing_step = do_step
        self._show()
        self._task = self.ctx.runner.run(
            _run_check,
            console_client(self.ctx),
            self.step_id,
            self._wanted_callback(),
            do_step,
            on_result=self._done,
            on_error=self._failed,
            name=f"practice console check {self.step_id}",
        )

    def _wanted_callback(self) -> str:
        profile = self.ctx.profile
        return getattr(profile, "callback_url", "") or ""

    def _done(self, result: Any) -> None:
        self.busy = False
        did_step = self._doing_step
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(do_step=pending)
            return
        self.result = result
        if did_step:
            for window in list(_OPEN_WINDOWS):
                with contextlib.suppress(RuntimeError):  # closed meanwhile: nothing to show
                    window.reload()
        # Remembered like a tick, so a reopened wizard can walk past the step again before
        # its check has answered (it runs again when the page opens).
        if result.reason not in ("console_unreachable", "console_unexpected"):
            self.ctx.progress.set_confirmed(self.step_id, result.passed)
            self.ctx.save_progress()
        self._show()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        from wizard.sandbox.console_client import StepCheck

        key = getattr(exc, "key", "")
        known = problems.known(key, problems.CONSOLE)
        self._done(StepCheck(self.step_id, False, key if known else "console_unexpected"))

    # ----- what the seller reads --------------------------------------------------------------
    def blocked_sentence(self) -> str | None:
        """Why Next waits (the line under the page), or None when the check passed. After a
        failed check the panel itself says what is missing; the line points there rather
        than say it twice."""
        sentence = self.status_sentence()
        if sentence is not None and self._check_failed():
            return translate(
                "PracticeConsole",
                "Above the Check again button it says what is still missing in the practice "
                "console. Next works once that is done.",
            )
        return sentence

    def _check_failed(self) -> bool:
        return (
            not self.passed
            and self.result is not None
            and self.ctx.sandbox is not None
            and not (self.busy and self._doing_step)
        )

    def status_sentence(self) -> str | None:
        """What the panel says: the check's result, or why there is none yet."""
        if self.passed:
            return None
        if self.result is None and self.ctx.progress.is_confirmed(self.step_id):
            return None  # passed last time; the check on opening the page says more
        if self.ctx.sandbox is None and self.ctx.sandbox_error is not None:
            return translate(
                "PracticeConsole",
                "The practice platform could not start, so this step cannot be checked. Close "
                "the wizard and open it again, or go back and choose your real store.",
            )
        if self.ctx.sandbox is None:
            return translate("PracticeConsole", "Please wait: the practice platform is starting.")
        if self.result is None or (self.busy and self._doing_step):
            return translate("PracticeConsole", "Checking this step in the practice console\u2026")
        return reason_sentence(self.result)

    def _show(self) -> None:
        if self.passed:
            self.status.setText(_passed_sentence(self.step_id))
        else:
            self.status.setText(self.status_sentence() or "")
        # A re-check in the background (the timer) leaves the buttons as they are.
        waiting = self.busy and (self._doing_step or self.result is None)
        self.check_button.setEnabled(not waiting)
        self.do_button.setEnabled(not waiting and not self.passed)

    def reset(self) -> None:
        """ "Start over": nothing checked yet."""
        self.result = None
        self._show()

    def retranslate(self) -> None:
        self.check_button.setText(translate("PracticeConsole", "Check again"))
        self.do_button.setText(translate("PracticeConsole", "Do this step for me"))
        self.do_button.setToolTip(
            translate(
                "PracticeConsole",
                "The practice platform does this step for you, for a quick look or a demo.",
            )
        )
        self._show()


def _run_check(client: Any, step_id: str, callback_url: str, do_step: bool) -> Any:
    """In the worker: do the step first if asked, then check it."""
    if do_step:
        client.do_step(step_id)
    return client.check(step_id, callback_url=callback_url)


def reason_sentence(result: Any) -> str:
    """A StepCheck's reason in the current language (the problem table's sentence), with
    the values side by side."""
    text = problems.sentence(result.reason, problems.CONSOLE, translate)
    return text.format(expected=result.expected, actual=result.actual)


_PASSED = {
    "step03": QT_TRANSLATE_NOOP("PracticeConsole", "Checked: you are registered as a developer."),
    "step06": QT_TRANSLATE_NOOP("PracticeConsole", "Checked: your app exists."),
    "step07": QT_TRANSLATE_NOOP("PracticeConsole", "Checked: the App Name is your store's name."),
    "step08": QT_TRANSLATE_NOOP("PracticeConsole", "Checked: the app is published."),
    "step10": QT_TRANSLATE_NOOP(
        "PracticeConsole", "Checked: the Callback URL is saved and exactly right."
    ),
}


def _passed_sentence(step_id: str) -> str:
    return translate("PracticeConsole", _PASSED[step_id])


class _PracticeTaskButton(QPushButton):
    """A practice-mode button that runs one console call in a worker and says what happened
    in `status` (a label the page places under it). Hidden outside practice mode."""

    def __init__(self, ctx: WizardContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.busy = False
        self.status = QLabel(parent)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        set_values(self.status, textFormat=PLAIN_TEXT)
        self.status.hide()
        self.clicked.connect(self._clicked)
        ctx.profile_changed.connect(self.refresh)
        ctx.settings_changed.connect(self.refresh)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def refresh(self, *_: Any) -> None:
        self.setVisible(self.ctx.practice)
        self.setEnabled(self.ctx.sandbox is not None and not self.busy)
        if not self.ctx.practice:
            self.status.hide()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _clicked(self) -> None:
        if self.busy or self.ctx.sandbox is None:
            return
        self.busy = True
        self.refresh()
        self.say(translate("PracticeConsole", "Asking the practice console\u2026"))
        self.ctx.runner.run(
            self.work,
            self.ctx.sandbox,
            on_result=self._result,
            on_error=self._error,
            name=self.objectName(),
        )

    def _result(self, value: Any) -> None:
        self.busy = False
        self.refresh()
        self.say("")
        self.done(value)

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        self.refresh()
        self.say(self.failed_sentence(getattr(exc, "key", "console_unexpected")))

    def work(self, server: Any) -> Any:  # in the worker
        raise NotImplementedError

    def done(self, value: Any) -> None:
        raise NotImplementedError

    def failed_sentence(self, key: str) -> str:
        return translate(
            "PracticeConsole",
            "The practice platform did not answer. Try again in a moment; if it stays, close "
            "the wizard and open it again.",
        )


class ConsoleCredentialsButton(_PracticeTaskButton):
    """Step 12 in practice mode: the Shop ID from Seller Center, the API Key and Secret from
    the app overview of the practice console, typed into the fields for the seller."""

    def __init__(self, ctx: WizardContext, fill: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "fillFromConsole", parent)
        self._fill = fill  # fill(shop_id, api_key, api_secret)
        self.retranslate()
        self.refresh()

    def work(self, server: Any) -> Any:
        account = server.account
        from wizard.sandbox.console_client import ConsoleClient

        client = ConsoleClient(server.base_url, account.seller_email, account.seller_password)
        return client.credentials()

    def done(self, creds: Any) -> None:
        self._fill(creds.shop_id, creds.api_key, creds.api_secret)

    def failed_sentence(self, key: str) -> str:
        if key == "console_unexpected":
            return translate(
                "PracticeConsole",
                "The practice console has no app yet, so there is no API Key to copy. Go back "
                "to step 6 and create the app.",
            )
        return super().failed_sentence(key)

    def retranslate(self) -> None:
        self.setText(translate("PracticeConsole", "Fill in from the practice console"))
        self.setToolTip(
            translate(
                "PracticeConsole",
                "Copies the Shop ID from Seller Center and the API Key and API Secret from "
                "your app's overview in the practice developer console.",
            )
        )


class SampleMastersButton(_PracticeTaskButton):
    """Step 16 in practice mode: the practice store's own list of products (an .xlsx whose
    SKU codes overlap the practice shop's), read like any list the seller chooses."""

    def __init__(self, ctx: WizardContext, load: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "practiceMasters", parent)
        self._load = load  # load(path): the page's own "read this master list"
        self.retranslate()
        self.refresh()

    def work(self, server: Any) -> Any:
        from wizard.sandbox.console_client import download_sample_masters

        return download_sample_masters(server.base_url, self.ctx.paths.data_dir)

    def done(self, path: Any) -> None:
        self._load(str(path))

    def retranslate(self) -> None:
        self.setText(translate("PracticeConsole", "Use the practice list of my products"))
        self.setToolTip(
            translate(
                "PracticeConsole",
                "A spreadsheet of the practice store's own products. Many of its SKU codes are "
                "also in the practice shop on JD.ID, so the import links them.",
            )
        )
