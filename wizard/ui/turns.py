"""Work on the window's thread split over event-loop turns, so the window gets in between.

A zero-time QTimer.singleShot is a posted call, run in the same pass as the events before it
(a paint, a dialog closing): the window could neither repaint nor answer the seller between
the parts. A short pause lets input, a timer and a paint in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PART_PAUSE_MS = 8


def next_part(receiver: QObject, part: Callable[[], None]) -> None:
    """Run `part` on a later turn of the event loop (not at all if `receiver` is deleted)."""
    QTimer.singleShot(PART_PAUSE_MS, receiver, part)
