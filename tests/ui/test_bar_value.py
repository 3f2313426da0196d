"""Step 16's and step 17's progress bars move without a paint on the spot (a paint holds
the GUI thread and the interpreter), and still show the new value with the window's next
paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from wizard.ui.bar_value import set_bar_value


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_the_bar_moves_with_the_next_paint_not_at_once(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
    bar = QProgressBar(window)
    bar.setRange(0, 1000)
    QVBoxLayout(window).addWidget(bar)
    qtbot.addWidget(window)
    window.resize(600, 80)
    window.show()
    qtbot.waitExposed(window)
    counter = PaintCounter()
    bar.installEventFilter(counter)
    qtbot.wait(50)  # the first paints are done
    counter.paints = 0
    bar.setValue(100)  # Qt's own: painted there and then
    assert counter.paints == 1
    counter.paints = 0
    set_bar_value(bar, 500)
    assert bar.value() == 500 and counter.paints == 0
    qtbot.waitUntil(lambda: counter.paints >= 1)  # the next paint shows it
    set_bar_value(bar, 500)  # the same value: nothing to paint
    assert counter.paints == 1
    bar.removeEventFilter(counter)
