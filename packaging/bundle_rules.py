"""What goes into the frozen app and what stays out; used by jdid-setup-wizard.spec.

Kept out of the spec so the rules are plain Python with names (and the spec stays short).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePath

APP_NAME = "JD.ID Setup Wizard"
FOLDER = "jdid-setup-wizard"  # DIST/jdid-setup-wizard/
GUI_EXE = "jdid-setup-wizard"
CONSOLE_EXE = "jdid-wizard-cli"  # Windows only: the commands need a console

# importlib.metadata reads these: the diagnostics (versions) and keyring (its backends are
# entry points).
METADATA = (
    "jdid-setup-wizard",
    "PySide6",
    "shiboken6",
    "requests",
    "keyring",
    "platformdirs",
    "urllib3",
    "certifi",
)

# Python modules the app never imports; several are pulled in by hooks or optional imports.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    # Never imported (nothing starts processes); kept in, PyInstaller's runtime hook for it
    # would import it at every start (~15 ms).
    "multiprocessing",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPositioning",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtBluetooth",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebView",
]

# Qt libraries nobody in the app links to (QtWebEngine does need Qml, Quick, QuickWidgets,
# QmlModels, WebChannel and Positioning themselves, so those stay).
_UNUSED_QT_LIBS = re.compile(
    r"Qt6(Quick3D|QuickControls2|QuickTemplates2|QuickDialogs2|QuickLayouts|QuickShapes"
    r"|QuickParticles|QuickEffects|QuickTest|QuickTimeline|QuickVectorImage|QmlCompiler"
    r"|QmlLocalStorage|QmlXmlListModel|Multimedia|Sql|Test|Designer|Charts|Graphs"
    r"|DataVisualization|3D|Bluetooth|Location|Sensors|SerialPort|SerialBus|TextToSpeech"
    r"|VirtualKeyboard|Labs|Lottie|ShaderTools|SpatialAudio|Scxml|StateMachine|RemoteObjects"
    r"|Nfc|HttpServer|WebView|WebEngineQuick|Help|FFmpeg|Pdf|CanvasPainter"
    r"|EglFSDeviceIntegration|EglFsKmsSupport)"
)
_UNUSED_PLUGIN_DIRS = {
    "qmltooling",
    "position",
    "geoservices",
    "sensors",
    "sqldrivers",
    "multimedia",
    "texttospeech",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "geometryloaders",
    "assetimporters",
    "designer",
    "canbus",
    "scxmldatamodel",
    "webview",
    "qmllint",
    "egldeviceintegrations",
}
# Platform plugins: X11, Wayland, and offscreen/minimal (headless: CI, the smoke test).
_UNUSED_PLATFORMS = re.compile(r"^libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)\.so$")
# The guide draws SVG and PNG; QtPdf (and its image plugin) is not used, nor Chromium's
# developer tools (12 MB).
_UNUSED_FILES = {"libqpdf.so", "qpdf.dll", "libqpdf.dylib", "qtwebengine_devtools_resources.pak"}
# QtWebEngine's own locales (Chromium's UI strings): the app speaks Indonesian and English.
KEPT_WEBENGINE_LOCALES = {"en-US.pak", "id.pak"}
_QT_TRANSLATION = re.compile(r"^qt\w*_(?P<lang>[a-z]{2})(_[A-Z]{2})?\.qm$")
KEPT_QT_TRANSLATIONS = {"id", "en"}


def _dropped(dest: str) -> bool:
    parts = PurePath(dest).parts
    name = parts[-1]
    if _UNUSED_QT_LIBS.search(name) and ("lib" in parts or name.endswith((".dll", ".dylib"))):
        return True
    if "plugins" in parts:
        i = parts.index("plugins")
        if i + 1 < len(parts) and parts[i + 1] in _UNUSED_PLUGIN_DIRS:
            return True
    if name in _UNUSED_FILES or ("platforms" in parts and _UNUSED_PLATFORMS.match(name)):
        return True
    if "qml" in parts and "Qt" in parts:  # QML modules: the app has no QML of its own
        return True
    if "qtwebengine_locales" in parts and name not in KEPT_WEBENGINE_LOCALES:
        return True
    match = _QT_TRANSLATION.match(name)
    return bool(match and "translations" in parts and match["lang"] not in KEPT_QT_TRANSLATIONS)


def keep_binaries(entries: list) -> list:
    return [e for e in entries if not _dropped(e[0])]


def keep_datas(entries: list) -> list:
    return [e for e in entries if not _dropped(e[0])]


def assert_all_modules(root: Path, collected: list[str]) -> None:
    """Every wizard/*.py must have been collected: a page that fails to import (a missing
    dependency, a typo) then fails the build instead of the seller's first click."""
    on_disk = {
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for p in (root / "wizard").rglob("*.py")
    }
    missing = sorted(on_disk - set(collected))
    if missing:
        raise SystemExit(f"these wizard modules could not be collected: {', '.join(missing)}")
    print(f"bundle_rules: {len(on_disk)} wizard modules collected")


def check_translations_built(root: Path) -> None:
    """The frozen app never runs lrelease: the .qm files must be built from the current .ts."""
    sys_path = str(root)
    import sys

    if sys_path not in sys.path:
        sys.path.insert(0, sys_path)
    from wizard import i18n

    stale = [
        ts.name
        for lang in i18n.LANGUAGES
        for ts in i18n.ts_files(lang)
        if not i18n.built_from(ts.with_suffix(".qm"), ts)
    ]
    if stale:
        raise SystemExit(
            f"translations not built for {', '.join(stale)}: run `python -m wizard.i18n build`"
        )


def version(root: Path) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]
