"""Table cells of one line of plain text, drawn with their widths cached.

Qt's own item painter lays every cell's text out three or four times per paint (its size,
its place, whether it fits, then the drawing) and asks the Python model for seven roles:
a report list of 20-odd rows took 5-12 ms per repaint (profiled: text shaping, the style's
item layout and the model calls), long enough to stall scrolling. This delegate asks the
model once per cell for the text and its side, measures each text once (cached with its
elided form), draws it in one call, and lets the style draw the rest of the cell (alternate
rows, selection, focus) as before. Not from a cached QStaticText: scrolling shows new texts
nearly every time, and making one cost twice what drawing the text directly does (150 new
texts: ~11 ms against ~6-8 ms, measured), while drawing a cached one saves only ~2 ms.

Even so, Qt calls the delegate once per cell, and each call from C++ into Python (its
painter, option and index wrapped, their flags converted) cost about as much as drawing the
text: scrolling a long list repainted ~150 cells in 15-20 ms. So where no row on screen is
selected or holds the focus frame, PlainTextTable paints the whole view in one Python call:
the style's row background once per row, the texts, then the grid, as QTableView does.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QLineF, QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
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
_ROW = QStyle.PrimitiveElement.PE_PanelItemViewRow
_GRID_COLOUR = QStyle.StyleHint.SH_Table_GridLineColor
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
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
        # text -> its width; (text, room) -> the text elided to fit `room` (an OrderedDict:
        # a plain dict's oldest key is found by skipping every slot freed before it, ~6 us a
        # text once the cache is full)
        self._texts: OrderedDict[object, object] = OrderedDict()
        self._view: QWidget | None = None  # set by begin()
        self._looks: dict[object, tuple[bool, bool, QColor]] = {}

    def _width(self, text: str) -> float:
        found = self._texts.get(text)
        if found is None:
            self._make_room()
            found = self._texts[text] = self._metrics.horizontalAdvance(text)
        return found  # type: ignore[return-value]

    def _make_room(self) -> None:
        # The oldest text goes: emptying the whole cache at once made one paint slow.
        if len(self._texts) >= CACHED_TEXTS:
            self._texts.popitem(last=False)

    def _elided(self, text: str, room: int) -> str:
        key = (text, room)
        found = self._texts.get(key)
        if found is None:
            self._make_room()
            found = self._texts[key] = self._metrics.elidedText(text, _ELIDE, room)
        return found  # type: ignore[return-value]

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
        self._ascent = self._metrics.ascent()
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
        if panel:  # the selection, as Qt's painter draws it
            self._style.drawControl(_ITEM, option, painter, self._view)
        self.set_pen(painter, colour)
        self.draw_text(painter, index.row(), index.column(), *option.rect.getRect())

    def set_pen(self, painter: QPainter, colour: QColor) -> None:
        """The painter's pen and font for the texts draw_text draws next."""
        painter.setPen(colour)
        painter.setFont(self._font)

    def draw_text(
        self, painter: QPainter, row: int, column: int, x: int, y: int, w: int, h: int
    ) -> None:
        """The text of the cell at (row, column) in the cell's rectangle, with the pen and
        font of set_pen (called by the caller once for many cells, not per cell)."""
        text, right = self._cell(row, column)
        if not text:
            return
        margin = self._margin
        room = w - 2 * margin
        width = self._width(text)
        if width > room:
            text, width = self._elided(text, room), room
        painter.drawText(
            QPointF(
                x + margin + (room - width if right else 0),
                y + (h - self._height) // 2 + self._ascent,
            ),
            text,
        )

    def text_colour(self, state: QStyle.StateFlag) -> QColor:
        """The text colour of cells in `state`."""
        return (self._looks.get(state) or self._look(state))[2]


class PlainTextTable(QTableView):
    """A QTableView whose cells are PlainTextCells of `cell(row, column)`."""

    def __init__(self, cell: CellText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so Python knows its class: the first time Qt hands Python a
        # widget it did not make, PySide builds every QtWidgets class it has not built yet to
        # find that widget's class (20-30 ms on the GUI thread, in the first list's first
        # paint). It is set up as QAbstractScrollArea and QAbstractItemView set up their own.
        self._viewport = QWidget(self)
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)
        self.cells = PlainTextCells(cell, self)
        self.setItemDelegate(self.cells)
        self.setWordWrap(False)  # one line a cell, cut with "…" where it does not fit

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.cells.begin(self)
        if not self._paint_whole(event):
            super().paintEvent(event)

    def _plain_rows(self, top: int, bottom: int) -> bool:
        """Whether rows top..bottom can be painted without Qt's per-cell painter: none of
        them selected or holding the focus frame, and rows and columns in model order."""
        vertical, horizontal = self.verticalHeader(), self.horizontalHeader()
        if self.isRightToLeft() or vertical.sectionsMoved() or horizontal.sectionsMoved():
            return False
        if vertical.sectionsHidden() or horizontal.sectionsHidden():
            return False
        current = self.currentIndex()
        focused = self.hasFocus() or self._viewport.hasFocus()
        if focused and current.isValid() and top <= current.row() <= bottom:
            return False
        selection = self.selectionModel()
        if selection is not None and selection.hasSelection():
            for chosen in selection.selection():
                if chosen.top() <= bottom and chosen.bottom() >= top:
                    return False
        return True

    def _paint_whole(self, event: QPaintEvent) -> bool:
        """Paint the dirty part of the view as QTableView.paintEvent does, in one call;
        False (nothing painted) where Qt's own painter is needed."""
        vertical = self.verticalHeader()
        rows = vertical.count()
        if not rows or not self.horizontalHeader().count():
            return False
        top = max(vertical.visualIndexAt(0), 0)
        bottom = vertical.visualIndexAt(self._viewport.height())
        if not self._plain_rows(top, rows - 1 if bottom < 0 else bottom):
            return False
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        colour = self.cells.text_colour(option.state)
        grid = None
        if self.showGrid():
            hint = self.style().styleHint(_GRID_COLOUR, option, self)
            grid = QPen(QColor.fromRgba(hint & 0xFFFFFFFF), 1, self.gridStyle())
        painter = QPainter(self._viewport)
        for dirty in event.region():
            self._paint_area(painter, dirty, option, colour, grid)
        painter.end()
        return True

    def _paint_area(
        self,
        painter: QPainter,
        dirty: QRect,
        option: QStyleOptionViewItem,
        colour: QColor,
        grid: QPen | None,
    ) -> None:
        """One rectangle of the dirty region: the rows' backgrounds, the texts, the grid."""
        vertical, horizontal = self.verticalHeader(), self.horizontalHeader()
        gap = 0 if grid is None else 1
        dirty.setBottom(min(dirty.bottom(), vertical.length() - vertical.offset() - 1))
        dirty.setRight(min(dirty.right(), horizontal.length() - horizontal.offset() - 1))
        if not dirty.isValid():
            return
        left = max(horizontal.visualIndexAt(dirty.left()), 0)
        right = horizontal.visualIndexAt(dirty.right())
        right = horizontal.count() - 1 if right < 0 else right
        first, last = vertical.visualIndexAt(dirty.top()), vertical.visualIndexAt(dirty.bottom())
        last = vertical.count() - 1 if last < 0 else last
        if first < 0 or first > last:
            return
        cells = [
            (c, self.columnViewportPosition(c), self.columnWidth(c) - gap)
            for c in range(left, right + 1)
        ]
        x0, x1 = cells[0][1], cells[-1][1] + cells[-1][2]
        style, alternate = self.style(), self.alternatingRowColors()
        lines = []
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row)
            h = self.rowHeight(row) - gap
            lines.append(y + h)
            # The row's background (the alternate colour) in one call for all its cells;
            # the grid lines drawn after cover the gaps between cells, as Qt's do.
            if alternate:
                if row & 1:
                    option.features |= _ALTERNATE
                else:
                    option.features &= ~_ALTERNATE
            option.rect = QRect(x0, y, x1 - x0, h)
            style.drawPrimitive(_ROW, option, painter, self)
            self.cells.set_pen(painter, colour)  # the style may leave a pen of its own
            for column, x, w in cells:
                self.cells.draw_text(painter, row, column, x, y, w, h)
        if grid is not None:
            painter.setPen(grid)
            for y in lines:
                painter.drawLine(QLineF(dirty.left(), y, dirty.right(), y).translated(0.5, 0.5))
            for _column, x, w in cells:
                painter.drawLine(
                    QLineF(x + w, dirty.top(), x + w, dirty.bottom()).translated(0.5, 0.5)
                )
