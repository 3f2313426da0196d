"""Linux: are the system libraries Qt needs there? Checked before Qt would fail on them.

Qt's own message for a missing library of its xcb platform plugin names the wrong one
("xcb-cursor0 or libxcb-cursor0 is needed" while libxcb-icccm4 is what is missing), and a
seller cannot act on it. So before the QApplication exists the app tries to load each
library the window needs and, if one is missing, says which and the exact command to install
it (apt for Debian/Ubuntu, dnf for Fedora), then exits with EXIT_MISSING_LIBRARY. The login
page (step 14) does the same for QtWebEngine's libraries when it first needs them.

The lists are the real dependencies (ELF NEEDED entries) of Qt's xcb plugin, libQt6XcbQpa,
QtGui and QtWidgets, and of QtWebEngine's libraries, less Qt's own libraries and the C
runtime every Linux has; tests/test_system_libraries.py reads the installed Qt to keep the
lists complete. The installed app carries some of them itself: those load from the bundle.
Qt-free: texts are marked for lupdate and translated by the caller.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

# lupdate's marker from the light steps table: this module is imported before the first
# paint, where the catalog package (and ctypes, subprocess) would cost tens of milliseconds.
from wizard.flow.steps import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "SystemLibraries"
# `main.py` (the window) exits with this code when a library the window needs is missing.
EXIT_MISSING_LIBRARY = 10


class Library(NamedTuple):  # a NamedTuple: this module is read before the first paint
    soname: str  # what the dynamic loader looks for
    apt: str  # Debian / Ubuntu package
    dnf: str  # Fedora package


def _libs(rows: str) -> tuple[Library, ...]:
    return tuple(Library(*row.split()) for row in rows.strip().splitlines())


# Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa), QtGui, QtWidgets and QtCore.
WINDOW_LIBRARIES = _libs(
    """
    libxcb.so.1               libxcb1             libxcb
    libxcb-cursor.so.0        libxcb-cursor0      xcb-util-cursor
    libxcb-icccm.so.4         libxcb-icccm4       xcb-util-wm
    libxcb-keysyms.so.1       libxcb-keysyms1     xcb-util-keysyms
    libxcb-image.so.0         libxcb-image0       xcb-util-image
    libxcb-render-util.so.0   libxcb-render-util0 xcb-util-renderutil
    libxcb-util.so.1          libxcb-util1        xcb-util
    libxcb-randr.so.0         libxcb-randr0       libxcb
    libxcb-render.so.0        libxcb-render0      libxcb
    libxcb-shape.so.0         libxcb-shape0       libxcb
    libxcb-shm.so.0           libxcb-shm0         libxcb
    libxcb-sync.so.1          libxcb-sync1        libxcb
    libxcb-xfixes.so.0        libxcb-xfixes0      libxcb
    libxcb-xkb.so.1           libxcb-xkb1         libxcb
    libxkbcommon.so.0         libxkbcommon0       libxkbcommon
    libxkbcommon-x11.so.0     libxkbcommon-x11-0  libxkbcommon-x11
    libX11.so.6               libx11-6            libX11
    libX11-xcb.so.1           libx11-xcb1         libX11-xcb
    libGL.so.1                libgl1              libglvnd-glx
    libEGL.so.1               libegl1             libglvnd-egl
    libfontconfig.so.1        libfontconfig1      fontconfig
    libfreetype.so.6          libfreetype6        freetype
    libglib-2.0.so.0          libglib2.0-0        glib2
    libgthread-2.0.so.0       libglib2.0-0        glib2
    libzstd.so.1              libzstd1            libzstd
    """
)

# QtWebEngine (the login inside the wizard): libQt6WebEngineCore, its helper process and the
# Qt libraries it links (Network, Quick, ...), less the window's.
WEBENGINE_LIBRARIES = _libs(
    """
    libnss3.so                libnss3             nss
    libnssutil3.so            libnss3             nss-util
    libsmime3.so              libnss3             nss
    libnspr4.so               libnspr4            nspr
    libgbm.so.1               libgbm1             mesa-libgbm
    libxcb-dri3.so.0          libxcb-dri3-0       libxcb
    libXcomposite.so.1        libxcomposite1      libXcomposite
    libXdamage.so.1           libxdamage1         libXdamage
    libXext.so.6              libxext6            libXext
    libXfixes.so.3            libxfixes3          libXfixes
    libXrandr.so.2            libxrandr2          libXrandr
    libXtst.so.6              libxtst6            libXtst
    libxkbfile.so.1           libxkbfile1         libxkbfile
    libdbus-1.so.3            libdbus-1-3         dbus-libs
    libexpat.so.1             libexpat1           expat
    libasound.so.2            libasound2          alsa-lib
    libudev.so.1              libudev1            systemd-libs
    libgssapi_krb5.so.2       libgssapi-krb5-2    krb5-libs
    libbrotlidec.so.1         libbrotli1          libbrotli
    libbrotlicommon.so.1      libbrotli1          libbrotli
    """
)


def _loads(soname: str) -> bool:
    import ctypes  # only on an X11 start, where the check runs

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(libraries: Iterable[Library], loads: Callable[[str], bool] = _loads) -> list[Library]:
    """The libraries the dynamic loader cannot load (on Linux; elsewhere none)."""
    if not sys.platform.startswith("linux"):
        return []
    gone = [lib for lib in libraries if not loads(lib.soname)]
    for lib in gone:
        log.error("system library %s cannot be loaded (package %s)", lib.soname, lib.apt)
    return gone


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Will Qt start its xcb (X11) platform plugin? Not when QT_QPA_PLATFORM names another
    first (offscreen/minimal in tests and CI, wayland), nor in a Wayland session without it
    (Qt 6 then prefers Wayland)."""
    if not sys.platform.startswith("linux"):
        return False
    first = environ.get("QT_QPA_PLATFORM", "").split(";", 1)[0].split(":", 1)[0].strip()
    if first:
        return first == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def install_commands(libraries: Iterable[Library]) -> tuple[str, str]:
    """("sudo apt install ...", "sudo dnf install ...") for the given libraries."""
    apt = list(dict.fromkeys(lib.apt for lib in libraries))
    dnf = list(dict.fromkeys(lib.dnf for lib in libraries))
    return "sudo apt install " + " ".join(apt), "sudo dnf install " + " ".join(dnf)


WINDOW_TEXT = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "The JD.ID Setup Wizard cannot open its window: this computer lacks system libraries it "
    "needs (%1). Install them with the command below, then start the wizard again.",
)
LOGIN_TEXT = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "The login inside the wizard cannot start: this computer lacks system libraries it needs "
    "(%1). Use \u201cUse my own browser instead\u201d, or install them with the command below "
    "and start the wizard again.",
)
APT_TEXT = QT_TRANSLATE_NOOP("SystemLibraries", "On Debian or Ubuntu, in a terminal:")
DNF_TEXT = QT_TRANSLATE_NOOP("SystemLibraries", "On Fedora, in a terminal:")
TITLE_TEXT = QT_TRANSLATE_NOOP("SystemLibraries", "A system library is missing")


def explanation(
    text: str, gone: list[Library], translate: Callable[[str, str], str] = lambda c, t: t
) -> str:
    """The sentence (WINDOW_TEXT or LOGIN_TEXT) with the missing libraries and both commands."""
    names = ", ".join(lib.soname for lib in gone)
    apt, dnf = install_commands(gone)
    return "\n\n".join(
        (
            translate(CONTEXT, text).replace("%1", names),
            translate(CONTEXT, APT_TEXT) + "\n    " + apt,
            translate(CONTEXT, DNF_TEXT) + "\n    " + dnf,
        )
    )


def tell(title: str, text: str, environ: Mapping[str, str] | None = None) -> None:
    """Print the explanation and, on a desktop, show it in the desktop's own message box
    (Qt cannot show one without the missing library): a seller who started the app from the
    menu has no terminal to read."""
    print(text, file=sys.stderr)
    env = dict(os.environ if environ is None else environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return
    import shutil
    import subprocess
    import textwrap

    from wizard.ui.qtenv import child_env

    # xmessage does not wrap: lines of a readable width for it (the others wrap themselves).
    narrow = "\n".join(textwrap.fill(line, 78) if line else "" for line in text.split("\n"))
    for argv in (
        ["zenity", "--error", "--title", title, "--text", text],
        ["kdialog", "--title", title, "--error", text],
        ["xmessage", "-center", narrow],
    ):
        if shutil.which(argv[0], path=env.get("PATH")):
            try:
                subprocess.run(argv, env=child_env.environment(env), check=False, timeout=600)
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("could not show the message with %s: %s", argv[0], exc)
                continue
            return
