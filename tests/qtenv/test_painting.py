"""The window paints on its own thread only (wizard.ui.qtenv.painting): Qt's painter starts
no threads of its own, which the window would wait for while a child keeps the cores busy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A window-sized fill, as a page's background is painted; then the threads of the process.
_PAINT = """
import os, sys
sys.path.insert(0, {root!r})
if {prepare}:
    from wizard.ui.qtenv import painting
    painting.prepare()
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
image = QImage(1326, 708, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(0, 0, 1326, 708, QColor(30, 120, 200, 128))
painter.end()
names = [open(f"/proc/self/task/{{t}}/comm").read().strip() for t in os.listdir("/proc/self/task")]
print("POOLED", sum(name == "Thread (pooled)" for name in names))
"""


def _pooled_threads_after_a_fill(prepare: bool) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_NO_GUI_THREADPOOL", None)
    code = _PAINT.format(root=str(ROOT), prepare=prepare)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    return out.stdout.strip() + out.stderr[-2000:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads read from /proc")
def test_after_prepare_a_large_fill_starts_no_painter_threads() -> None:
    # Without it Qt splits the fill over threads of its own (so this test can tell).
    assert _pooled_threads_after_a_fill(prepare=False) != "POOLED 0"
    assert _pooled_threads_after_a_fill(prepare=True) == "POOLED 0"


def test_a_value_set_by_support_is_kept() -> None:
    from wizard.ui.qtenv import painting

    environ = {painting.NO_PAINT_THREADS: "yes"}
    painting.prepare(environ)
    assert environ == {painting.NO_PAINT_THREADS: "yes"}
    painting.prepare(fresh := {})
    assert fresh == {painting.NO_PAINT_THREADS: "1"}
