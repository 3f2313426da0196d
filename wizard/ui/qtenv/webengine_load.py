"""QtWebEngine's libraries and Python modules loaded in a worker thread (step 14's login).

Importing PySide6.QtWebEngineWidgets holds the window ~50-80 ms: most of it is the system
loading libQt6WebEngineCore (one of the largest libraries there is), and Python's importer
keeps the interpreter lock while it does, so a thread alone does not help. `load()` first
asks the system to load each binding module's file through a plain C call, which lets the
window run meanwhile; the import that follows finds the libraries already there and only
builds PySide6's types (a few milliseconds at a time). Call it from a worker thread; it
makes no QObject. If the early load fails for any reason, the import still loads the
libraries itself (slower, as before), and an import error is raised as before.

Before that, `read_ahead()` reads the engine's files once, so the system has them in memory:
on a cold start (the first login after the computer started, or once the system has
dropped its file cache) Qt's own start of the engine on the window's thread otherwise waits
for ~200 MB to come from disk page by page (136 ms of a frozen window here, 14-25 ms warm).
The login page calls it as soon as it is shown; reading releases the interpreter lock.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

MODULES = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")

_loaded = False
_read = False
_read_lock = threading.Lock()

READ_CHUNK = 1 << 20
# The languages the wizard shows, as Chromium names its locale files.
LOCALE_FILES = ("en-US.pak", "id.pak")


def loaded() -> bool:
    """Has load() finished (the view can be made without importing anything)?"""
    return _loaded


def load() -> None:
    """Load QtWebEngine's libraries, its bindings and the login view's module (blocking)."""
    global _loaded
    read_ahead()
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


def read_ahead() -> None:
    """Read QtWebEngine's files once per run so the system keeps them in memory (blocking;
    call from a worker). A second call waits for the first, then returns at once."""
    global _read
    with _read_lock:
        if _read:
            return
        buffer = bytearray(READ_CHUNK)
        for path in engine_files():
            try:
                with path.open("rb", buffering=0) as f:
                    while f.readinto(buffer):
                        pass
            except OSError as exc:  # a file we cannot read is loaded by Qt, or reported, later
                log.info("QtWebEngine file not read ahead: %s", type(exc).__name__)
        _read = True


def engine_files() -> list[Path]:
    """The large files QtWebEngine reads when it starts, where this Qt keeps them: its core
    library (Linux, Windows and macOS names), its resource packs, ICU's data, V8's snapshot
    and the locale packs of the wizard's languages."""
    from PySide6.QtCore import QLibraryInfo

    kind = QLibraryInfo.LibraryPath  # the kinds of folder Qt knows
    lib = Path(QLibraryInfo.path(kind.LibrariesPath))
    framework = lib / "QtWebEngineCore.framework" / "Versions" / "A"  # macOS
    folders = (
        lib,
        Path(QLibraryInfo.path(kind.BinariesPath)),  # Windows keeps its DLLs here
        framework,
        framework / "Resources",
        Path(QLibraryInfo.path(kind.DataPath)) / "resources",
        Path(QLibraryInfo.path(kind.TranslationsPath)) / "qtwebengine_locales",
    )
    found: dict[Path, None] = {}  # in order, each once (folders can be the same)
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if _engine_file(path.name, folder.name) and path.is_file():
                found[path] = None
    return list(found)


def _engine_file(name: str, folder: str) -> bool:
    if folder == "qtwebengine_locales":
        return name in LOCALE_FILES
    return (
        "WebEngineCore" in name
        # The developer tools' pack is read only when they are opened, never in the wizard.
        or (name.startswith("qtwebengine_") and name.endswith(".pak") and "devtools" not in name)
        or name == "icudtl.dat"
        or name.startswith("v8_context_snapshot")
    )
