"""The Linux system-library check: the lists match Qt's real dependencies, and a missing
library stops the start with a sentence in the seller's language and the install commands."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

import pytest

from wizard import app
from wizard.ui.qtenv import system_libraries
from wizard.ui.qtenv.system_libraries import EXIT_MISSING_LIBRARY, Library

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux check")

# Every Linux has these (the C/C++ runtime); the check need not name them.
C_RUNTIME = {
    "libc.so.6",
    "libm.so.6",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "ld-linux-x86-64.so.2",
    "libz.so.1",
    "libresolv.so.2",
    "libdl.so.2",
    "libpthread.so.0",
}
NOT_THERE = Library("libjdid-not-there.so.7", "libjdid-not-there7", "jdid-not-there")


def elf_needed(path: Path) -> set[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what `readelf -d` lists)."""
    data = path.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", path
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    needed = set()
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            needed.add(data[start : data.index(b"\0", start)].decode())
    return needed


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def _outside_qt(files: list[str]) -> set[str]:
    qt = _qt_dir()
    found: set[str] = set()
    for name in files:
        found |= elf_needed(qt / name)
    return {n for n in found if not n.startswith(("libQt6", "libicu"))} - C_RUNTIME


@linux_only
def test_window_list_is_what_qts_xcb_plugin_and_widgets_need() -> None:
    needed = _outside_qt(
        [
            "plugins/platforms/libqxcb.so",
            "lib/libQt6XcbQpa.so.6",
            "lib/libQt6Gui.so.6",
            "lib/libQt6Widgets.so.6",
            "lib/libQt6Core.so.6",
        ]
    )
    assert needed <= {lib.soname for lib in system_libraries.WINDOW_LIBRARIES}


@linux_only
def test_webengine_list_is_what_qtwebengine_needs() -> None:
    needed = _outside_qt(
        [
            "lib/libQt6WebEngineCore.so.6",
            "lib/libQt6WebEngineWidgets.so.6",
            "libexec/QtWebEngineProcess",
            "lib/libQt6Network.so.6",
            "lib/libQt6Quick.so.6",
            "lib/libQt6DBus.so.6",
        ]
    )
    listed = system_libraries.WINDOW_LIBRARIES + system_libraries.WEBENGINE_LIBRARIES
    assert needed <= {lib.soname for lib in listed}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "wayland"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:display=:1"}, True),
        ({"DISPLAY": ":0"}, True),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
    ],
)
@linux_only
def test_only_an_xcb_start_is_checked(environ: dict[str, str], expected: bool) -> None:
    assert system_libraries.uses_xcb(environ) is expected


@linux_only
def test_a_library_the_loader_cannot_find_is_missing() -> None:
    present = system_libraries.WINDOW_LIBRARIES[0]  # libxcb, there wherever Qt runs
    assert system_libraries.missing([present, NOT_THERE]) == [NOT_THERE]


def test_commands_name_each_package_once() -> None:
    libs = [lib for lib in system_libraries.WEBENGINE_LIBRARIES if lib.apt == "libnss3"]
    apt, dnf = system_libraries.install_commands(libs)
    assert apt == "sudo apt install libnss3"
    assert dnf == "sudo dnf install nss nss-util"


@linux_only
def test_window_start_without_a_library_says_which_in_indonesian(
    app_home: Path,
    qapp,  # noqa: ANN001 - the app's own start would make only a QCoreApplication here
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(system_libraries, "WINDOW_LIBRARIES", (NOT_THERE,))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)  # no desktop message box here
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code = app.main(["--lang", "id"])
    assert code == EXIT_MISSING_LIBRARY
    err = capsys.readouterr().err
    assert "libjdid-not-there.so.7" in err
    assert "sudo apt install libjdid-not-there7" in err
    assert "sudo dnf install jdid-not-there" in err
    assert "tidak dapat membuka jendelanya" in err  # Indonesian, not English
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"  # nothing started a window system
