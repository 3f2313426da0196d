"""Moving a progress bar without painting it there and then.

QProgressBar.setValue repaints the bar at once (Qt's QProgressBar::setValue calls
repaint()), on the GUI thread and holding the interpreter: with the theme's style sheet
that is ~1 ms per progress update on an idle laptop, many more while an import's or a
push's workers want the interpreter too. Step 16 and step 17 move their bars up to ten
times a second; `set_bar_value` leaves the painting to the next paint of the window, which
draws the bar together with the counts below it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def set_bar_value(bar: QProgressBar, value: int) -> None:
    """bar.setValue(value), painted with the window's next paint instead of at once."""
    if bar.value() == value:
        return
    bar.setUpdatesEnabled(False)  # repaint() does nothing while updates are off
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # ... and this asks for the paint, on the event loop
    bar.update()
