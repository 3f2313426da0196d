"""An on/off switch (a 44x24 track with a knob, its text beside it), for export sync.

A checkable button like a check box (clicked(bool), setChecked, Space toggles it), drawn
the way phones and system settings draw an on/off choice, so a seller reads it as one.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from wizard.ui import theme

TRACK_W, TRACK_H = 44, 24
KNOB_MARGIN = 3
TEXT_GAP = 10


class SwitchButton(QAbstractButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        from PySide6.QtCore import Qt

        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetrics(self.font())
        text_w = metrics.horizontalAdvance(self.text()) + TEXT_GAP if self.text() else 0
        return QSize(TRACK_W + text_w + 4, max(TRACK_H, metrics.height()) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt

        t = theme.tokens()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - TRACK_H) / 2
        track = QRectF(2, top, TRACK_W, TRACK_H)
        on, enabled = self.isChecked(), self.isEnabled()
        fill = QColor(t.accent if on else t.disabled)
        if not enabled:
            fill.setAlpha(110)
        if self.hasFocus():
            painter.setPen(QPen(QColor(t.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), TRACK_H / 2 + 2, TRACK_H / 2 + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(track, TRACK_H / 2, TRACK_H / 2)
        knob_d = TRACK_H - 2 * KNOB_MARGIN
        x = track.right() - KNOB_MARGIN - knob_d if on else track.left() + KNOB_MARGIN
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(QRectF(x, top + KNOB_MARGIN, knob_d, knob_d))
        if self.text():
            painter.setPen(QColor(t.text if enabled else t.disabled))
            painter.setFont(self.font())
            text_rect = QRectF(track.right() + TEXT_GAP, 0, self.width(), self.height())
            align = int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignLeft)
            painter.drawText(text_rect, align, self.text())
        painter.end()
