"""Environment for the embedded JD.ID login (QtWebEngine), set before QtWebEngine starts.

QtWebEngine reads QTWEBENGINE_CHROMIUM_FLAGS once, when its first profile is made, and it
needs Qt.AA_ShareOpenGLContexts set before the QApplication exists. The app never imports
QtWebEngine at start-up (the login page makes the view when it is first shown), so
`prepare()` must run early, before the QApplication is created: it is cheap (environment
only, plus one QtCore attribute).

- As root, Chromium refuses to start without its sandbox switched off. Support staff do
  run the app as root on shared machines (and CI does), so we add `--no-sandbox` then, and
  only then, with a warning in the log. Without the sandbox Chromium's zygote (a process
  that forks sandboxed renderers) has nothing to do, yet starting the engine waits for two
  of them to start (40-120 ms of a frozen window here), so `--no-zygote` goes with it:
  renderers are then started directly, off the window's thread.
- Headless (offscreen/minimal platform: CI and tests) there is no GPU to talk to; we tell
  Chromium so (`--disable-gpu`) instead of letting it try and complain.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping

log = logging.getLogger(__name__)

FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
HEADLESS_PLATFORMS = ("offscreen", "minimal")
NO_SANDBOX = "--no-sandbox"
NO_ZYGOTE = "--no-zygote"  # Chromium accepts it only together with --no-sandbox
HEADLESS_FLAGS = ("--disable-gpu",)


def running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)  # absent on Windows
    return geteuid is not None and geteuid() == 0


def is_headless(environ: MutableMapping[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    return platform in HEADLESS_PLATFORMS


def chromium_flags(*, as_root: bool, headless: bool, existing: str = "") -> str:
    """`existing` plus the flags this situation needs, each once, in a stable order."""
    flags = existing.split()
    wanted = ([NO_SANDBOX, NO_ZYGOTE] if as_root else []) + (
        list(HEADLESS_FLAGS) if headless else []
    )
    flags += [f for f in wanted if f not in flags]
    return " ".join(flags)


def configure_environment(
    environ: MutableMapping[str, str] | None = None, *, as_root: bool | None = None
) -> str:
    """Put the flags QtWebEngine needs into `environ` (default os.environ); return them."""
    env = os.environ if environ is None else environ
    root = running_as_root() if as_root is None else as_root
    flags = chromium_flags(as_root=root, headless=is_headless(env), existing=env.get(FLAGS_ENV, ""))
    if root:
        log.warning(
            "running as root: the embedded login starts without Chromium's sandbox (%s %s)",
            NO_SANDBOX,
            NO_ZYGOTE,
        )
    if flags:
        env[FLAGS_ENV] = flags
    return flags


_prepared = False


def prepare() -> None:
    """Call before the QApplication is created (app start-up, test set-up); runs once."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    configure_environment()
    from PySide6.QtCore import QCoreApplication

    # QtWebEngine shares OpenGL contexts with the widgets; this must be set before the
    # QApplication exists, because QtWebEngine itself is imported only later. (Set late, Qt
    # only warns; the login page calls prepare() too, for the environment.)
    if QCoreApplication.instance() is None:
        share_opengl_contexts()


# Qt's C++ QCoreApplication::setAttribute(Qt::ApplicationAttribute, bool) as Linux and macOS
# name it, and the number of Qt::AA_ShareOpenGLContexts.
_SET_ATTRIBUTE_SYMBOL = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"
_AA_SHARE_OPENGL_CONTEXTS = 18


def share_opengl_contexts() -> None:
    """Turn Qt.AA_ShareOpenGLContexts on. Through Qt's own C++ function where its name is
    known: touching PySide6's Qt namespace builds its ~95 Python enums, 50-110 ms of the
    start-up a seller waits through (wizard/ui/qt_values.py). Elsewhere, the enum."""
    try:
        import ctypes

        from PySide6 import QtCore

        set_attribute = ctypes.CDLL(QtCore.__file__)[_SET_ATTRIBUTE_SYMBOL]
    except (OSError, AttributeError):  # Windows names C++ functions differently
        from PySide6.QtCore import QCoreApplication, Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        return
    set_attribute.argtypes = (ctypes.c_int, ctypes.c_bool)
    set_attribute.restype = None
    set_attribute(_AA_SHARE_OPENGL_CONTEXTS, True)
