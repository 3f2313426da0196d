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

# The app started as main.py starts it, until its first paint; then what had happened.
_TO_FIRST_PAINT = """
import enum, sys
sys.path.insert(0, {root!r})
built = []
_create = enum.EnumType._create_
def _record(cls, class_name, *args, **kw):
    built.append(class_name)
    return _create(cls, class_name, *args, **kw)
enum.EnumType._create_ = _record
from wizard.app import main
import wizard.ui.window as window
_paint = window.SetupWizard.paintEvent
def paint(self, event):
    _paint(self, event)
    if not getattr(self, "_reported", False):
        self._reported = True
        before = "AlignmentFlag" in built
        from PySide6.QtCore import QCoreApplication, Qt, QTimer
        shared = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        print("QT_NAMESPACE_BEFORE_PAINT", before, flush=True)
        print("SHARE_OPENGL_CONTEXTS", shared, flush=True)
        heavy = sorted(m for m in ("wizard.catalog", "wizard.jdid", "wizard.jobs", "requests")
                       if m in sys.modules)
        print("HEAVY_BEFORE_PAINT", heavy, flush=True)
        self._closing_confirmed = True
        QTimer.singleShot(0, QCoreApplication.quit)
window.SetupWizard.paintEvent = paint
sys.exit(main(["--data-dir", {home!r}, "--lang", "en"]))
"""


def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JDID_WIZARD_HOME", None)
    code = _TO_FIRST_PAINT.format(root=str(ROOT), home=str(tmp_path / "home"))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert "QT_NAMESPACE_BEFORE_PAINT False" in out.stdout, out.stdout + out.stderr[-3000:]
    # ...and QtWebEngine's attribute, set without the enums, is on all the same.
    assert "SHARE_OPENGL_CONTEXTS True" in out.stdout
    # The product list, the JD.ID client and the HTTP stack load after the paint, in a worker.
    assert "HEAVY_BEFORE_PAINT []" in out.stdout, out.stdout


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
    assert progress_file.exists()  # the first start saved where the seller is
    driver = start()  # reopened: the same place
    progress_file.unlink()
    driver.ctx.save_progress()
    assert not progress_file.exists()  # nothing changed, nothing written
    driver.ctx.progress.set_confirmed("seller_center_login", True)
    driver.ctx.save_progress()
    assert progress_file.exists()
