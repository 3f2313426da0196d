"""How Qt paints the window: every fill on the window's own thread.

Qt's software painter splits each fill of more than about a hundred lines over a pool of
threads and waits for all of them. While the import's or the push's child keeps the other
cores busy, the window waited for those threads to get a core: step 16's progress bar took
2.5-5 ms a paint, and the import's longest stall was 16.5-17.2 ms against 9.1-9.2 ms
without the pool (tests/bench/gui_stall.py, two runs each). A wizard window's fills are
small enough for one thread. Also read once, when Qt first paints: call `prepare()` before
the QApplication exists.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# Qt's switch (QGuiApplicationPrivate::qtGuiThreadPool): set at all, the painter uses no pool.
NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"


def prepare(environ: MutableMapping[str, str] = os.environ) -> None:
    """Paint on the window's thread only (a value support set by hand is kept)."""
    environ.setdefault(NO_PAINT_THREADS, "1")
