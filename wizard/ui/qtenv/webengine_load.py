"""QtWebEngine's libraries and Python modules loaded in a worker thread (step 14's login).

Importing PySide6.QtWebEngineWidgets holds the window ~50-80 ms: most of it is the system
loading libQt6WebEngineCore (one of the largest libraries there is), and Python's importer
keeps the interpreter lock while it does, so a thread alone does not help. `load()` first
asks the system to load each binding module's file through a plain C call, which lets the
window run meanwhile; the import that follows finds the libraries already there and only
builds PySide6's types (a few milliseconds at a time). Call it from a worker thread; it
makes no QObject. If the early load fails for any reason, the import still loads the
libraries itself (slower, as before), and an import error is raised as before.
"""

from __future__ import annotations

import importlib.util
import logging
import sys

log = logging.getLogger(__name__)

MODULES = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")

_loaded = False


def loaded() -> bool:
    """Has load() finished (the view can be made without importing anything)?"""
    return _loaded


def load() -> None:
    """Load QtWebEngine's libraries, its bindings and the login view's module (blocking)."""
    global _loaded
    for name in MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            preload_library(spec.origin)
    import PySide6.QtWebEngineCore  # noqa: F401
    import PySide6.QtWebEngineWidgets  # noqa: F401

    from wizard.ui.pages.connect import login_view  # noqa: F401

    _loaded = True


def preload_library(path: str) -> bool:
    """Load the shared library at `path` and its dependencies without holding the
    interpreter lock (ctypes releases it around foreign calls). The handle is kept: the
    import that follows uses the same loaded library. False if the system refused."""
    import ctypes

    try:
        if sys.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            load_library = kernel32.LoadLibraryExW
            load_library.argtypes = (ctypes.c_wchar_p, ctypes.c_void_p, ctypes.c_uint32)
            load_library.restype = ctypes.c_void_p
            # As Python's own importer: the module's folder and the added DLL folders.
            search_dll_load_dir, search_default_dirs = 0x100, 0x1000
            handle = load_library(path, None, search_dll_load_dir | search_default_dirs)
        else:
            dlopen = ctypes.CDLL(None).dlopen
            dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
            dlopen.restype = ctypes.c_void_p
            handle = dlopen(path.encode(sys.getfilesystemencoding()), sys.getdlopenflags())
    except (OSError, AttributeError, ValueError) as exc:
        log.info("QtWebEngine's libraries not loaded early: %s", type(exc).__name__)
        return False
    if not handle:
        log.info("QtWebEngine's libraries not loaded early: %s", path)
        return False
    return True
