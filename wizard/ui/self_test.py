"""`main.py --self-test`: can this computer run the wizard? For support staff, and for the
smoke test of the installed app (packaging/smoke.sh), which runs it headless.

Checks what a seller's first minutes need and the source tree hides: the system libraries
(Linux), both translations, every picture, and the embedded login: QtWebEngine loads the
practice platform's login page, on this computer, through a real socket. One line per check;
exit 0 when all pass, 1 when one fails.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from wizard.appdata.paths import AppPaths

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
LOGIN_TIMEOUT_MS = 60_000


def run(paths: AppPaths) -> int:
    from wizard.ui.qtenv import refcount_guard, system_libraries, webengine_env

    gone = system_libraries.missing(system_libraries.WEBENGINE_LIBRARIES)
    if system_libraries.uses_xcb(os.environ):
        gone = system_libraries.missing(system_libraries.WINDOW_LIBRARIES) + gone
    if gone:
        print(system_libraries.explanation(system_libraries.WINDOW_TEXT, gone))
        return EXIT_FAILED
    _report(True, "system libraries")
    refcount_guard.apply()
    webengine_env.prepare()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    results = [check_translations(paths), check_pictures(), check_login_page(app)]
    return EXIT_OK if all(results) else EXIT_FAILED


def _report(ok: bool, what: str, detail: str = "") -> bool:
    print(f"self-test: {'ok' if ok else 'FAILED'}: {what}{': ' + detail if detail else ''}")
    (log.info if ok else log.error)("self-test %s: %s %s", "ok" if ok else "FAILED", what, detail)
    return ok


def check_translations(paths: AppPaths) -> bool:
    from PySide6.QtCore import QCoreApplication

    from wizard.i18n import LANGUAGES, LanguageSwitcher

    switcher = LanguageSwitcher(paths.cache_dir)
    shown = {}
    for lang in LANGUAGES:
        switcher.set_language(lang)
        shown[lang] = QCoreApplication.translate("LoginPage", "&Log in")
    LanguageSwitcher.clear()
    ok = shown["id"] != shown["en"]
    return _report(ok, "translations", ", ".join(f"{k}={v!r}" for k, v in shown.items()))


def check_pictures() -> bool:
    from PySide6.QtSvg import QSvgRenderer

    from wizard.flow.steps import PICTURES_DIR, STEPS

    names = sorted({s.picture for s in STEPS if s.picture})
    bad = [n for n in names if not QSvgRenderer(str(PICTURES_DIR / n)).isValid()]
    return _report(not bad and bool(names), "pictures", f"{len(names) - len(bad)} of {len(names)}")


def check_login_page(app: object) -> bool:
    """The login view (the one step 14 shows) loads the practice platform's login form."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    from wizard.jdid import authorize_url, new_state
    from wizard.sandbox import SandboxConfig, SandboxServer
    from wizard.ui.qtenv import webengine_load

    # Loaded as step 14 loads it: in a worker thread (an error shows in the import below).
    loader = threading.Thread(target=webengine_load.load, name="load the login's browser")
    loader.start()
    loader.join()
    from wizard.ui.pages.connect.login_view import LoginView

    outcome: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jdid-self-test-") as tmp:
        server = SandboxServer(SandboxConfig(state_file=Path(tmp) / "sandbox.json")).start()
        try:
            view = LoginView(server.profile.authorize_url, server.callback_url, _refuse)
            loop = QEventLoop()

            def finish(result: str) -> Callable[..., None]:
                return lambda *args: (outcome.append(result + "".join(map(str, args))), loop.quit())

            view.form_shown.connect(finish("form"))
            view.error_page.connect(finish("error page "))
            view.load_failed.connect(finish("load failed: "))
            QTimer.singleShot(LOGIN_TIMEOUT_MS, finish("timeout"))
            view.start(authorize_url(server.profile, server.account.app_key, new_state()))
            loop.exec()
            view.stop()
            # Deleted now, page before profile, while the application still exists (QtWebEngine
            # crashes at exit otherwise).
            view.deleteLater()
            del view
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        finally:
            server.stop()
    result = outcome[0] if outcome else "no answer"
    return _report(result == "form", "login page (QtWebEngine)", result)


def _refuse(_url: object) -> bool:
    return False  # the self-test never leaves the login page
