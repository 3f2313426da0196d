"""The side panel drawn as a progress rail: a numbered circle per step (filled with a tick
when done, an accent ring when current, a grey outline when not reached yet), the current
step's name in bold, and small captions that group the steps into the seller's phases.

The list items keep their plain text (what screen readers and tests read); this delegate
only paints them, from the data roles the side panel sets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
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

# Qt's enums the painting needs, built when this module is imported (in the worker that
# loads the later pages' modules: wizard.ui.window.PRELOAD_MODULES), not in the rail's
# first paint on the window's thread.
_ANTIALIAS = QPainter.RenderHint.Antialiasing
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_NO_PEN = Qt.PenStyle.NoPen
_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT_WRAP = int(Qt.AlignmentFlag.AlignLeft) | _WRAP
_BOTTOM = int(Qt.AlignmentFlag.AlignBottom)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_MAX_SIZES = 512  # row heights remembered (steps x widths the window had)
_FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
_MAX_PICTURES = 256  # rows' pictures remembered (steps x states x widths)


def _fonts(body: QFont) -> tuple[QFont, QFont, QFont, QFont]:
    """From the list's font: the phase captions (small, bold), the step number in its
    circle (smaller, bold), a step's name, the current step's name (bold)."""
    caption, number, plain, bold = QFont(body), QFont(body), QFont(body), QFont(body)
    caption.setPointSizeF(max(7.5, body.pointSizeF() - 1.5))
    number.setPointSizeF(max(7.0, body.pointSizeF() - 2))
    for font in (caption, number, bold):
        font.setBold(True)
    return caption, number, plain, bold


class RailDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFont, QFont, QFont]] = {}
        # Qt asks a row's height several times a layout: each answer lays its name out.
        self._sizes: dict[tuple, QSize] = {}
        self._pictures: dict[tuple, QPixmap] = {}  # see paint

    def _fonts_of(self, body: QFont) -> tuple[QFont, QFont, QFont, QFont]:
        key = body.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = _fonts(body)
            self._fonts[key] = fonts
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802, ANN001
        phase = index.data(PHASE_ROLE)
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        width = width or 220
        title = str(index.data(TITLE_ROLE) or index.data(0) or "")
        current = index.data(STATE_ROLE) == CURRENT
        key = (title, bool(phase), current, width, option.font.key())
        size = self._sizes.get(key)
        if size is not None:
            return QSize(size)
        text_w = max(60, width - CIRCLE - 3 * GAP)
        font = self._fonts_of(option.font)[3 if current else 2]  # the current step is bold
        lines = QFontMetrics(font).boundingRect(QRect(0, 0, text_w, 1000), _WRAP, title)
        height = max(ROW, lines.height() + 8)
        if phase:
            height += max(CAPTION, QFontMetrics(option.font).height() + 8)
        if len(self._sizes) > _MAX_SIZES:
            self._sizes.clear()
        self._sizes[key] = QSize(width, height)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        """A row from its picture, drawn once per look: the whole rail is painted again
        whenever the window is (a dialog opening, a page's state changing), and drawing its
        ~17 rows in Python took ~3.5 ms of a frozen window each time."""
        focus = bool(option.state & _HAS_FOCUS)
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(option.rect.topLeft(), self._picture(index, option, focus, ratio))

    def draw_ahead(self, view) -> None:  # noqa: ANN001 - the rail's QListWidget
        """Draw the pictures of the rows on screen now, for the rail's first paint on the
        next turn: drawn in that paint, they made it ~8 ms longer."""
        from PySide6.QtWidgets import QStyleOptionViewItem

        model, shown = view.model(), view.viewport().rect()
        focus_row = view.currentIndex().row() if view.hasFocus() else -1
        ratio = view.devicePixelRatioF()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            if view.isRowHidden(row) or not rect.intersects(shown):
                continue
            option = QStyleOptionViewItem()
            option.rect = rect
            font = index.data(_FONT_ROLE)
            option.font = font if font is not None else view.font()
            self._picture(index, option, row == focus_row, ratio)

    def _picture(self, index, option: QStyleOptionViewItem, focus: bool, ratio: float) -> QPixmap:  # noqa: ANN001
        state = str(index.data(STATE_ROLE) or FUTURE)
        number = str(index.data(NUMBER_ROLE) or "")
        title = str(index.data(TITLE_ROLE) or index.data(0) or "")
        phase = index.data(PHASE_ROLE)
        caption = tr_phase(str(phase)).upper() if phase else ""
        w, h = option.rect.width(), option.rect.height()
        shown = (state, number, title, caption, focus)  # what the row draws
        key = (*shown, w, h, ratio, option.font.key(), theme.current_scheme())
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(round(w * ratio), round(h * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(theme.tokens().card))  # the list's own ground
            row = QPainter(picture)
            self._draw(row, QRect(0, 0, w, h), option.font, *shown)
            row.end()
            if len(self._pictures) > _MAX_PICTURES:
                self._pictures.clear()
            self._pictures[key] = picture
        return picture

    def _draw(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        state: str,
        number: str,
        title: str,
        caption_text: str,
        focus: bool,
    ) -> None:
        t = theme.tokens()
        caption, small, plain, bold = self._fonts_of(font)
        painter.setRenderHint(_ANTIALIAS)
        if caption_text:
            painter.setFont(caption)
            painter.setPen(QColor(t.secondary))
            cap_h = max(CAPTION, QFontMetrics(caption).height() + 8)
            cap = QRect(rect.left() + GAP, rect.top(), rect.width() - 2 * GAP, cap_h)
            painter.drawText(cap, _BOTTOM, caption_text)
            rect.setTop(rect.top() + cap_h)
        if focus and state != CURRENT:
            painter.setPen(QPen(QColor(t.border), 1))
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), 6, 6)
        if state == CURRENT:
            tint = QColor(t.accent)
            tint.setAlpha(28)
            painter.setPen(_NO_PEN)
            painter.setBrush(tint)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), 6, 6)
        # The marker, centred on the first line.
        cy = rect.top() + ROW / 2
        circle = QRectF(rect.left() + GAP, cy - CIRCLE / 2, CIRCLE, CIRCLE)
        accent, grey = QColor(t.accent), QColor(t.disabled)
        if state == DONE:
            painter.setPen(_NO_PEN)
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
            painter.setFont(small)
            painter.setPen(QColor(t.accent_text) if state == CURRENT else ring)
            painter.drawText(circle, _CENTRE, number or "\u2022")
        painter.setFont(bold if state == CURRENT else plain)
        colour = t.text if state in (CURRENT, DONE, VISITED) else t.disabled
        painter.setPen(QColor(colour))
        left = int(circle.right()) + GAP
        text_rect = QRect(left, rect.top() + 4, rect.right() - left - GAP, rect.height() - 6)
        painter.drawText(text_rect, _LEFT_WRAP, title)
