"""The JD.ID login inside the wizard: a QtWebEngine view that may go only where the login goes.

- A dedicated off-the-record profile: no cookies, cache or history are left on disk, which
  matters on a support PC shared by many sellers.
- Navigation in the main frame is allowed to the login host only. The callback URL is
  intercepted before it is loaded (the `code` in it is for the token exchange, not for a web
  server); `callback_reached` carries it. Other http(s) addresses open in the system browser
  (a seller clicking "forgot password", say) and the view says so; anything else is refused.
- The sandbox's OAuth error pages carry `data-error="<key>"` on <body>; `error_page` carries
  that key so the wizard can turn it into a page that says what to fix.

This module imports QtWebEngine: import it only where the view is made (the login page,
when it is shown), never at start-up. Call `wizard.ui.qtenv.webengine_env.prepare()` before the
QApplication exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

# Reads the sandbox's error marker; "" on a page without one (the login form, say). Never
# null: PySide6 hands a JavaScript null to the callback as a None it does not own (a
# reference-count bug that ends in "Fatal Python error: none_dealloc" after some pages).
ERROR_MARKER_JS = "(document.body && document.body.getAttribute('data-error')) || ''"

OpenExternal = Callable[[QUrl], object]


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _origin(url: QUrl | str) -> tuple[str, str]:
    """(scheme, host[:port]) of an address, lower-cased."""
    parts = urlsplit(url.toString() if isinstance(url, QUrl) else url)
    return parts.scheme.lower(), parts.netloc.lower()


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


class NavigationPolicy:
    """Which addresses the login view may load. Qt-free logic, so it is easy to read."""

    ALLOW, CALLBACK, EXTERNAL, REFUSE = "allow", "callback", "external", "refuse"

    def __init__(self, authorize_url: str, callback_url: str) -> None:
        self.login_origin = _origin(authorize_url)
        self.callback = _without_query(callback_url)

    def is_callback(self, url: str) -> bool:
        return _without_query(url) == self.callback

    def decide(self, url: str, main_frame: bool) -> str:
        if self.is_callback(url):
            return self.CALLBACK
        scheme, _host = _origin(url)
        if (scheme, _host) == self.login_origin or url in ("about:blank", ""):
            return self.ALLOW
        if not main_frame:
            # A frame inside the login page (a captcha, say) may come from elsewhere over
            # https; it cannot move the page itself away from the login.
            return self.ALLOW if scheme == "https" else self.REFUSE
        return self.EXTERNAL if scheme in ("http", "https") else self.REFUSE


class _LoginPage(QWebEnginePage):
    """Applies the NavigationPolicy to every navigation the page attempts."""

    callback = Signal(str)
    left = Signal(str, bool)  # host, opened in the system browser

    def __init__(
        self,
        profile: QWebEngineProfile,
        policy: NavigationPolicy,
        open_external: OpenExternal,
        parent: QWidget,
    ) -> None:
        super().__init__(profile, parent)
        # mailto:, ftp: and app links would go straight to the system's handlers, past
        # acceptNavigationRequest: the login needs none of them.
        self.settings().setUnknownUrlSchemePolicy(
            QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
        )
        self.policy = policy
        self.open_external = open_external
        self.newWindowRequested.connect(self._new_window)

    def acceptNavigationRequest(  # noqa: N802 (Qt override)
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        qurl = QUrl(url) if isinstance(url, str) else url
        decision = self.policy.decide(qurl.toString(), is_main_frame)
        if decision == NavigationPolicy.ALLOW:
            return True
        # What follows a refusal runs after Chromium's navigation handler has returned: it
        # may stop or delete this page, which Chromium does not allow from inside it.
        if decision == NavigationPolicy.CALLBACK:
            # Never loaded: the address carries the one-time code. Not logged either.
            address = qurl.toString()
            QTimer.singleShot(0, self, lambda: self.callback.emit(address))
            return False
        QTimer.singleShot(0, self, lambda: self._leave(qurl, decision, is_main_frame))
        return False

    def javaScriptConsoleMessage(  # noqa: N802 (Qt override)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        # The login page's own console (Chromium's "not allowed to load local resource", a
        # site's script errors): worth a debug line, not a warning of this app. Only the
        # message text: the source address may carry the login's query string.
        log.debug("login page console (%s): %s", level.name, message[:200])

    def _new_window(self, request: QWebEngineNewWindowRequest) -> None:
        # A link that wants a new window: handled like a navigation of the main frame.
        url = request.requestedUrl()
        decision = self.policy.decide(url.toString(), True)
        if decision == NavigationPolicy.EXTERNAL and not request.isUserInitiated():
            decision = NavigationPolicy.REFUSE
        if decision == NavigationPolicy.ALLOW:
            self.load(url)
        elif decision == NavigationPolicy.CALLBACK:
            self.callback.emit(url.toString())
        else:
            self._leave(url, decision, True)

    def _leave(self, url: QUrl, decision: str, is_main_frame: bool) -> None:
        host = url.host() or url.toString(QUrl.UrlFormattingOption.RemoveQuery)[:80]
        if not is_main_frame:
            log.info("login view: blocked a frame from %s", host)
            return
        opened = decision == NavigationPolicy.EXTERNAL and bool(self.open_external(url))
        log.info("login view: %s %s", "opened in browser" if opened else "refused", host)
        self.left.emit(host, opened)


def start_engine() -> None:
    """Start QtWebEngine itself (once per process; later calls cost nothing). The first
    profile of the process starts it, whichever profile that is: the default one is off the
    record too (Qt 6), so nothing is stored, and the login's own profile is then cheap."""
    QWebEngineProfile.defaultProfile()


class LoginView(QWidget):
    """The embedded JD.ID login. Signals:

    - `callback_reached(str)`: the callback address (holds the code; do not log it)
    - `error_page(str)`: a page with a `data-error` marker was shown (its key)
    - `form_shown()`: a login page without a marker finished loading
    - `load_failed(str)`: the page could not be loaded: "unreachable", "timeout" or
      "http_<status>"
    """

    callback_reached = Signal(str)
    error_page = Signal(str)
    form_shown = Signal()
    load_failed = Signal(str)

    # A login page that has not finished loading by then counts as unreachable (Chromium
    # itself would wait minutes on a platform that accepts the connection and never answers).
    load_timeout_ms = 30_000

    def __init__(
        self,
        authorize_url: str,
        callback_url: str,
        open_external: OpenExternal,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        self.policy = NavigationPolicy(authorize_url, callback_url)
        self._done = False  # the callback was reached: ignore what the aborted load reports

        # No storage name = off the record: cookies, cache and history stay in memory.
        self.profile = QWebEngineProfile(self)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        if language:
            self.profile.setHttpAcceptLanguage(f"{language},en;q=0.8")

        self.view = QWebEngineView(self)
        self.web_page = _LoginPage(self.profile, self.policy, open_external, self.view)
        self.view.setPage(self.web_page)
        # The page must go before its profile: move the profile to the end of our children,
        # which Qt deletes in order, so it outlives the view and the page inside it.
        self.profile.setParent(None)
        self.profile.setParent(self)

        self.notice = QLabel(self)
        self.notice.setObjectName("loginNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        self.web_page.callback.connect(self._on_callback)
        self.web_page.left.connect(self._on_left)
        self.web_page.loadingChanged.connect(self._on_loading)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._load_took_too_long)

    # ----- driving ------------------------------------------------------------------------
    def start(self, url: str) -> None:
        """Load the authorize address (a fresh start: clears an earlier notice)."""
        self._done = False
        self.notice.hide()
        self.web_page.load(QUrl(url))

    def run_js(self, script: str, callback: Callable[[object], None] | None = None) -> None:
        """Run `script` in the page. With a callback, the script must not evaluate to null
        or undefined (see ERROR_MARKER_JS)."""
        if callback is None:
            self.web_page.runJavaScript(script, 0)
        else:
            self.web_page.runJavaScript(script, 0, callback)

    def stop(self) -> None:
        self._done = True
        self._watchdog.stop()
        self.web_page.triggerAction(QWebEnginePage.WebAction.Stop)

    # ----- what the page reports ------------------------------------------------------------
    def _on_callback(self, url: str) -> None:
        if self._done:
            return
        self._done = True
        self.callback_reached.emit(url)

    def _on_left(self, host: str, opened: bool) -> None:
        if opened:
            text = translate(
                "LoginView",
                "That link leads away from the JD.ID login, so it was opened in your web "
                "browser ({host}). Finish the login here.",
            )
        else:
            text = translate(
                "LoginView",
                "The login page tried to open {host}, which is not part of the JD.ID login. "
                "It was blocked. Finish the login here.",
            )
        self.notice.setText(text.replace("{host}", host))
        self.notice.show()

    def _load_took_too_long(self) -> None:
        if self._done:
            return
        log.info("login view: the login page did not load in time")
        self.stop()
        self.load_failed.emit("timeout")

    def _on_loading(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if self._done:
            return
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._watchdog.start(self.load_timeout_ms)
            return
        self._watchdog.stop()
        url = info.url().toString()
        if self.policy.decide(url, True) != NavigationPolicy.ALLOW:
            return  # the aborted load of an address we intercepted or refused
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self.run_js(ERROR_MARKER_JS, self._on_marker)
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
                # An error status may still be one of the platform's explained error pages.
                code = info.errorCode()
                self.run_js(ERROR_MARKER_JS, lambda m: self._on_marker(m, f"http_{code}"))
            else:
                log.info("login view: load failed (%s)", info.errorDomain().name)
                self.load_failed.emit("unreachable")

    def _on_marker(self, marker: object, failure: str | None = None) -> None:
        if self._done:
            return
        if isinstance(marker, str) and marker:
            self.error_page.emit(marker)
        elif failure is not None:
            self.load_failed.emit(failure)
        else:
            self.form_shown.emit()
