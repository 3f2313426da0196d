"""What keeps the first paint fast stays true (no timings: what runs before the paint).

PySide6 builds all ~95 Python enums of the Qt namespace the first time one is touched
(50-110 ms on a loaded laptop), so nothing on the path to the first paint may touch it; the
catalog, the JD.ID client and requests load after it; and a reopened wizard does not rewrite
its unchanged progress before showing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from wizard.ui import qt_values

ROOT = Path(__file__).resolve().parents[2]

# The app started as main.py starts it (as a seller does: its folders from the XDG rules on
# Linux), until its first paint; then what had happened.
_TO_FIRST_PAINT = """
import enum, gc, linecache, sys
sys.path.insert(0, {root!r})
built = []
_create = enum.EnumType._create_
def _record(cls, class_name, *args, **kw):
    built.append(class_name)
    return _create(cls, class_name, *args, **kw)
enum.EnumType._create_ = _record
import wizard.app as app

def report(self):
    before = "AlignmentFlag" in built
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    shared = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    print("QT_NAMESPACE_BEFORE_PAINT", before, flush=True)
    print("SHARE_OPENGL_CONTEXTS", shared, flush=True)
    heavy = sorted(m for m in ("wizard.catalog", "wizard.jdid", "wizard.jobs", "requests")
                   if m in sys.modules)
    print("HEAVY_BEFORE_PAINT", heavy, flush=True)
    print("LOADED_BEFORE_PAINT", sorted(m for m in {later} if m in sys.modules), flush=True)
    print("ENUMS_BEFORE_PAINT", sorted(e for e in {enums} if e in built), flush=True)
    read = sorted(f for f in linecache.cache if "wizard" in f and f.endswith(".py"))
    print("SOURCES_READ_BEFORE_PAINT", read, flush=True)
    print("COLLECTOR_BEFORE_PAINT", gc.isenabled(), flush=True)
    import os
    print("PAINTER_THREADS_OFF", os.environ.get("QT_NO_GUI_THREADPOOL") == "1", flush=True)

    def after():  # once the window's own after-paint work has run
        if self._after_paint or not self._all_pages:
            QTimer.singleShot(20, after)
            return
        print("COLLECTOR_AFTER_PAINT", gc.isenabled(), flush=True)
        self._closing_confirmed = True
        QCoreApplication.quit()
    QTimer.singleShot(0, after)

_start_wizard = app.start_wizard
def start_wizard(*args, **kwargs):  # the window's module is imported here, as main() does
    started = _start_wizard(*args, **kwargs)
    window = type(started.wizard)
    _paint = window.paintEvent
    def paint(self, event):
        _paint(self, event)
        if not getattr(self, "_reported", False):
            self._reported = True
            report(self)
    window.paintEvent = paint
    return started
app.start_wizard = start_wizard
sys.exit(app.main({argv!r}))
"""

# Modules the first page does without (each costs the first paint a few ms to import).
LATER = ("platformdirs", "logging.handlers", "PySide6.QtSvg")
# Qt classes whose Python enums (built when a class is first touched) the first page needs
# not: QIcon's (the window icon), QPainter's (the picture), QLineEdit's and QFormLayout's.
LATER_ENUMS = ("ThemeIcon", "RenderHint", "EchoMode", "FieldGrowthPolicy")


def _start_to_first_paint(home: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JDID_WIZARD_HOME", None)
    env.pop("QT_NO_GUI_THREADPOOL", None)  # the app sets it itself
    argv = ["--lang", "en"]
    if sys.platform.startswith("linux"):
        for name in ("DATA", "CONFIG", "CACHE", "STATE"):
            env[f"XDG_{name}_HOME"] = str(home / name.lower())
    else:
        argv += ["--data-dir", str(home)]
    code = _TO_FIRST_PAINT.format(root=str(ROOT), argv=argv, later=LATER, enums=LATER_ENUMS)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    return out.stdout + "STDERR:" + out.stderr[-3000:]


def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path):
    out = _start_to_first_paint(tmp_path / "home")
    assert "QT_NAMESPACE_BEFORE_PAINT False" in out, out
    # ...and QtWebEngine's attribute, set without the enums, is on all the same.
    assert "SHARE_OPENGL_CONTEXTS True" in out
    # The product list, the JD.ID client and the HTTP stack load after the paint, in a worker.
    assert "HEAVY_BEFORE_PAINT []" in out, out
    # Nor anything else the first page does without; and PySide6 read no source file.
    if sys.platform.startswith("linux"):  # elsewhere platformdirs names the folders
        assert "LOADED_BEFORE_PAINT []" in out, out
    assert "ENUMS_BEFORE_PAINT []" in out, out
    assert "SOURCES_READ_BEFORE_PAINT []" in out, out
    # No collector passes until the first page is painted; on again after.
    assert "COLLECTOR_BEFORE_PAINT False" in out, out
    assert "COLLECTOR_AFTER_PAINT True" in out, out
    # Every fill on the window's thread (wizard.ui.qtenv.painting), from the first paint.
    assert "PAINTER_THREADS_OFF True" in out, out
    # Nothing on the terminal: e.g. Qt's warning when a thread used it before the QApplication.
    assert out.endswith("STDERR:"), out


def test_the_numbers_are_the_qt_values():
    assert Qt.TextFormat.PlainText.value == qt_values.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_values.SELECTABLE_BY_MOUSE
    top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    assert top_left.value == qt_values.ALIGN_TOP_LEFT
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == qt_values.SCROLL_BAR_ALWAYS_OFF
    assert Qt.FocusPolicy.NoFocus.value == qt_values.NO_FOCUS
    role = Qt.ItemDataRole.AccessibleDescriptionRole
    assert role.value == qt_values.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == qt_values.FOREGROUND_ROLE


def test_the_first_page_labels_are_plain_selectable_text(start):
    driver = start()
    page = driver.wizard.built_page("welcome")
    assert page.scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.blocked_label.textFormat() == Qt.TextFormat.PlainText


def test_a_reopened_wizard_does_not_rewrite_unchanged_progress(start):
    driver = start()
    progress_file = driver.ctx.paths.progress_file
    assert driver.ctx.flush_saves(10)
    assert progress_file.exists()  # the first start saved where the seller is
    driver = start()  # reopened: the same place
    assert driver.ctx.flush_saves(10)
    progress_file.unlink()
    driver.ctx.save_progress()
    assert driver.ctx.flush_saves(10)
    assert not progress_file.exists()  # nothing changed, nothing written
    driver.ctx.progress.set_confirmed("seller_center_login", True)
    driver.ctx.save_progress()
    assert driver.ctx.flush_saves(10)
    assert progress_file.exists()
