"""The side panel drawn as a progress rail: a numbered circle per step (filled with a tick
when done, an accent ring when current, a grey outline when not reached yet), the current
step's name in bold, and small captions that group the steps into the seller's phases.

The list items keep their plain text (what screen readers and tests read); this delegate
only paints them, from the data roles the side panel sets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wizard.ui import theme

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole, without building Qt's enums at start-up
TITLE_ROLE = USER_ROLE + 1  # the step's name without number or tick
NUMBER_ROLE = USER_ROLE + 2  # "12", or "" for unnumbered pages
STATE_ROLE = USER_ROLE + 3  # one of STATES
PHASE_ROLE = USER_ROLE + 4  # the phase caption shown above the first step of a phase

DONE, CURRENT, VISITED, FUTURE = "done", "current", "visited", "future"
STATES = (DONE, CURRENT, VISITED, FUTURE)


def tr_phase(text: str) -> str:
    return QCoreApplication.translate("SidePanel", text)


CIRCLE = 18
ROW = 23
CAPTION = 19
GAP = 6


class RailDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802, ANN001
        phase = index.data(PHASE_ROLE)
        metrics = QFontMetrics(option.font)
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        width = width or 220
        text_w = max(60, width - CIRCLE - 3 * GAP)
        title = str(index.data(TITLE_ROLE) or index.data(0) or "")
        font = QFont(option.font)
        font.setBold(index.data(STATE_ROLE) == CURRENT)  # the current step's name is bold
        lines = QFontMetrics(font).boundingRect(
            QRect(0, 0, text_w, 1000), int(Qt.TextFlag.TextWordWrap), title
        )
        height = max(ROW, lines.height() + 8)
        if phase:
            height += max(CAPTION, metrics.height() + 8)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        t = theme.tokens()
        state = str(index.data(STATE_ROLE) or FUTURE)
        number = str(index.data(NUMBER_ROLE) or "")
        title = str(index.data(TITLE_ROLE) or index.data(0) or "")
        phase = index.data(PHASE_ROLE)
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if phase:
            caption_font = QFont(option.font)
            caption_font.setPointSizeF(max(7.5, caption_font.pointSizeF() - 1.5))
            caption_font.setBold(True)
            painter.setFont(caption_font)
            painter.setPen(QColor(t.secondary))
            cap_h = max(CAPTION, QFontMetrics(caption_font).height() + 8)
            cap = QRect(rect.left() + GAP, rect.top(), rect.width() - 2 * GAP, cap_h)
            painter.drawText(cap, int(Qt.AlignmentFlag.AlignBottom), tr_phase(str(phase)).upper())
            rect.setTop(rect.top() + cap_h)
        if option.state & QStyle.StateFlag.State_HasFocus and state != CURRENT:
            painter.setPen(QPen(QColor(t.border), 1))
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), 6, 6)
        if state == CURRENT:
            tint = QColor(t.accent)
            tint.setAlpha(28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), 6, 6)
        # The marker, centred on the first line.
        cy = rect.top() + ROW / 2
        circle = QRectF(rect.left() + GAP, cy - CIRCLE / 2, CIRCLE, CIRCLE)
        accent, grey = QColor(t.accent), QColor(t.disabled)
        if state == DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.success[0]))
            painter.drawEllipse(circle)
            pen = QPen(QColor(t.card), 2)
            painter.setPen(pen)
            c = circle.center()
            painter.drawPolyline(
                [
                    QPointF(c.x() - 4.5, c.y()),
                    QPointF(c.x() - 1, c.y() + 3.5),
                    QPointF(c.x() + 5, c.y() - 3.5),
                ]
            )
        else:
            ring = accent if state == CURRENT else QColor(t.secondary if state == VISITED else grey)
            painter.setBrush(QColor(t.accent) if state == CURRENT else QColor(t.card))
            painter.setPen(QPen(ring, 1.5))
            painter.drawEllipse(circle)
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(QColor(t.accent_text) if state == CURRENT else ring)
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), number or "\u2022")
        font = QFont(option.font)
        font.setBold(state == CURRENT)
        painter.setFont(font)
        colour = t.text if state in (CURRENT, DONE, VISITED) else t.disabled
        painter.setPen(QColor(colour))
        left = int(circle.right()) + GAP
        text_rect = QRect(left, rect.top() + 4, rect.right() - left - GAP, rect.height() - 6)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(text_rect, flags, title)
        painter.restore()
