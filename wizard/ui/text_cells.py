"""Table cells of one line of plain text, painted from cached QStaticText.

Qt's own item painter lays every cell's text out three or four times per paint (its size,
its place, whether it fits, then the drawing) and asks the Python model for seven roles:
a report list of 20-odd rows took 5-12 ms per repaint (profiled: text shaping, the style's
item layout and the model calls), long enough to stall scrolling. This delegate asks the
model once per cell for the text and its side, shapes each text once (cached), and lets the
style draw the rest of the cell (alternate rows, selection, focus) as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

CACHED_TEXTS = 4000  # a few screens of cells; beyond this the oldest go first
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active
_FOCUS = QStyle.StateFlag.State_HasFocus
_ELIDE = Qt.TextElideMode.ElideRight
_NORMAL, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Normal,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)
_TEXT, _HIGHLIGHTED = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText

# (text, right-aligned) of the cell at (row, column).
CellText = Callable[[int, int], tuple[str, bool]]


class PlainTextCells(QStyledItemDelegate):
    """Paints `cell(row, column)` the way QStyledItemDelegate paints a one-line text
    (same margins, vertical centring, elision with "…" where it does not fit, selection
    colours); sizes and everything else stay QStyledItemDelegate's."""

    def __init__(self, cell: CellText, parent: object = None) -> None:
        super().__init__(parent)
        self._cell = cell
        self._font = QFont()
        self._metrics = QFontMetricsF(self._font)
        # text -> (its QStaticText, its width); (text, width) -> the elided QStaticText
        self._texts: dict[object, tuple[QStaticText, float]] = {}
        self._view: QWidget | None = None  # set by begin()
        self._looks: dict[object, tuple[bool, bool, QColor]] = {}

    def _shaped(self, text: str) -> tuple[QStaticText, float]:
        found = self._texts.get(text)
        if found is None:
            self._make_room()
            found = self._texts[text] = self._static(text)
        return found

    def _make_room(self) -> None:
        # The oldest text goes: emptying the whole cache at once freed thousands of layouts
        # in one paint (a stall of its own while scrolling a long list).
        if len(self._texts) >= CACHED_TEXTS:
            del self._texts[next(iter(self._texts))]

    def _static(self, text: str) -> tuple[QStaticText, float]:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)  # a product name is never markup
        static.prepare(font=self._font)
        return static, static.size().width()  # laid out once: its width comes with it

    def _elided(self, text: str, width: int) -> QStaticText:
        key = (text, width)
        found = self._texts.get(key)
        if found is None:
            self._make_room()
            short = self._metrics.elidedText(text, _ELIDE, width)
            found = self._texts[key] = self._static(short)
        return found[0]

    def begin(self, view: QWidget) -> None:
        """Called by the view before each paint: what every cell of this paint shares."""
        self._view = view
        self._style = view.style()
        self._margin = self._style.pixelMetric(_MARGIN, None, view) + 1
        font = view.font()
        if font != self._font:  # another font: every cached layout is stale
            self._font, self._metrics = QFont(font), QFontMetricsF(font)
            self._texts.clear()
        self._height = math.ceil(self._metrics.height())
        self._palette = view.palette()
        self._looks: dict[object, tuple[bool, bool, QColor]] = {}

    def _look(self, state: QStyle.StateFlag) -> tuple[bool, bool, QColor]:
        """For cells in `state`: whether they are selected, whether they have the focus
        frame, and their text colour."""
        group = _NORMAL
        if not state & _ENABLED:
            group = _DISABLED
        elif not state & _ACTIVE:
            group = _INACTIVE
        selected = bool(state & _SELECTED)
        colour = self._palette.color(group, _HIGHLIGHTED if selected else _TEXT)
        look = self._looks[state] = (selected, bool(state & _FOCUS), colour)
        return look

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = option.state
        panel, focus, colour = self._looks.get(state) or self._look(state)
        if focus or self._view is None or option.widget is not self._view:
            # The current cell (its focus frame goes over the text) or a view that does
            # not call begin(): Qt's own painter.
            super().paint(painter, option, index)
            return
        text, right = self._cell(index.row(), index.column())
        if panel:  # the selection, as Qt's painter draws it
            self._style.drawControl(_ITEM, option, painter, self._view)
        if not text:
            return
        x, y, w, h = option.rect.getRect()
        margin = self._margin
        room = w - 2 * margin
        static, width = self._shaped(text)
        if width > room:
            static, width = self._elided(text, room), room
        painter.setPen(colour)
        painter.setFont(self._font)
        painter.drawStaticText(
            QPointF(x + margin + (room - width if right else 0), y + (h - self._height) // 2),
            static,
        )


class PlainTextTable(QTableView):
    """A QTableView whose cells are PlainTextCells of `cell(row, column)`."""

    def __init__(self, cell: CellText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = PlainTextCells(cell, self)
        self.setItemDelegate(self.cells)
        self.setWordWrap(False)  # one line a cell, cut with "…" where it does not fit

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.cells.begin(self)
        super().paintEvent(event)
