"""Keep PySide6 6.12 on Python 3.11 from freeing None, True and False. No Qt import here.

PySide6 6.12 hands None/True/False back from C++ calls without taking a reference: it
assumes Python 3.12's immortal objects (PEP 683). On Python 3.11 every such call (a
QLabel.setText, a processEvents) drops one reference that was never taken; after a few
thousand calls the count reaches zero and the process ends with "Fatal Python error:
none_dealloc" (seen in the login tests after ~10 wizard runs). We give the three objects a
reference count no run can use up, which is what 3.12 does. A no-op on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 calls
_done = False


def apply() -> None:
    """Call once, early (before the QApplication); safe to call again."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
