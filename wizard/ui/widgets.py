"""Small widgets the pages share: the illustration, copy rows, link buttons, note boxes."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from wizard.ui import theme
from wizard.ui.qt_values import ALIGN_TOP_LEFT, PLAIN_TEXT, SELECTABLE_BY_MOUSE, set_values

# The first page imports this module before its first paint, and each Qt class costs its
# Python enums when first touched: the painter, forms and fields are imported where used.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QFormLayout

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

RERENDER_AFTER_MS = 100  # a picture whose size changed is drawn anew this much later


class PictureView(QWidget):
    """An SVG illustration scaled to fit, aspect ratio kept. QtSvg is loaded on first paint.

    Its height follows its width only, so the picture keeps its place and size when a hint
    bar appears under the page (which takes height from the page, not width). That costs
    layout passes, so it starts once the first page is painted (pictures_follow_width)."""

    follow_width = False  # set by pictures_follow_width()
    _made: weakref.WeakSet[PictureView] = weakref.WeakSet()

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._renderer = None
        self._pixmap = None  # the picture drawn at _pixmap_key's size (see _rendered)
        self._pixmap_key: tuple[int, int, float] | None = None
        self._render_later = False  # a drawing at the new size is on its way
        self._render_now = False
        self._set_policy()
        self.setMinimumSize(120, 90)
        PictureView._made.add(self)

    def _set_policy(self) -> None:
        follow = PictureView.follow_width
        policy = QSizePolicy(
            QSizePolicy.Policy.Expanding,
            QSizePolicy.Policy.Preferred if follow else QSizePolicy.Policy.Expanding,
        )
        policy.setHeightForWidth(follow)
        self.setSizePolicy(policy)

    def set_path(self, path: Path | None) -> None:
        self._path, self._renderer, self._pixmap = path, None, None
        self.setVisible(path is not None)
        self.update()

    @property
    def path(self) -> Path | None:
        return self._path

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, self.heightForWidth(420))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return PictureView.follow_width

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(90, int(width * self._aspect()))

    def _aspect(self) -> float:
        """Height / width of the picture (read from the SVG only once it is drawn)."""
        renderer = self._renderer
        if renderer:
            size = renderer.defaultSize()
            if not size.isEmpty():
                return size.height() / size.width()
        return 0.7

    def _load(self):  # noqa: ANN202 - QSvgRenderer is imported lazily
        if self._renderer is None and self._path is not None:
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(self._path), self)
            self._renderer = renderer if renderer.isValid() else False
            if renderer.isValid() and PictureView.follow_width:
                self.updateGeometry()  # its real shape is known now
        return self._renderer

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        renderer = self._load()
        if not renderer:
            return
        size = renderer.defaultSize()
        if size.isEmpty():
            return
        from PySide6.QtGui import QPainter

        scale = min(self.width() / size.width(), self.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        painter = QPainter(self)
        pixmap = self._rendered(renderer, w, h)
        target = QRect(round((self.width() - w) / 2), 0, round(w), round(h))  # top-aligned
        if pixmap.deviceIndependentSize().toSize() != target.size():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, pixmap)
        painter.end()

    def _rendered(self, renderer, w: float, h: float):  # noqa: ANN001, ANN202 (lazy Qt types)
        """The picture drawn once for this size: a page's repaint (a note shown, a button
        turned off) costs a copy, not the SVG's ~5 ms of drawing again. When the size
        changes (a scroll bar came), the old one is scaled until the picture is drawn anew
        on an event-loop turn of its own, RERENDER_AFTER_MS later (once for a whole drag)."""
        ratio = self.devicePixelRatioF()
        key = (round(w), round(h), ratio)
        if self._pixmap is not None and self._pixmap_key != key and not self._render_now:
            if not self._render_later:
                self._render_later = True
                QTimer.singleShot(RERENDER_AFTER_MS, self, self._render_anew)
            return self._pixmap
        self._render_now = False
        if self._pixmap is None or self._pixmap_key != key:
            from PySide6.QtCore import QRectF
            from PySide6.QtGui import QColor, QPainter, QPixmap

            pixmap = QPixmap(max(1, round(w * ratio)), max(1, round(h * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, w, h))
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
        return self._pixmap

    def _render_anew(self) -> None:
        self._render_later = False
        self._render_now = True
        self.update()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._pixmap = None  # a page out of sight keeps no picture in memory
        super().hideEvent(event)


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height at the widths it was asked about.

    A page whose content changes (a box shown, a line of text set) is laid out again, and
    the layouts and the scroll area ask every wrapped label of the page its height at two or
    three widths each time; QLabel lays its whole text out anew for each question (a
    selectable one through a text document). At the end of an import that was ~4 ms of a
    frozen window for texts that had not changed (perf: QLabel::heightForWidth under
    QScrollArea's layout). Forgotten when the text, the font, the style or the margins change.
    """

    KEEP = 8  # heights kept (texts x widths); a window being resized asks many widths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, str], int] = {}
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        key = (width, self.text())
        found = self._heights.get(key)
        if found is None:
            if len(self._heights) >= self.KEEP:
                self._heights.clear()
            found = self._heights[key] = super().heightForWidth(width)
        return found

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # Font, style (a theme's padding), contents margins, palette: QLabel relays out.
        self._heights.clear()
        super().changeEvent(event)

    # What else changes the height of the same text at the same width:
    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setMargin(margin)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setWordWrap(on)


def note_label(kind: str = "info", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped card for warnings ("warning") and hints ("info", "practice")."""
    label = WrappedLabel(parent)
    set_values(label, textFormat=PLAIN_TEXT)
    label.setObjectName(f"note_{kind}")
    theme.mark_card(label, kind)
    return label


def pictures_follow_width() -> None:
    """From now on every picture's height follows its width (see PictureView)."""
    PictureView.follow_width = True
    for view in list(PictureView._made):
        try:
            view._set_policy()
            view.updateGeometry()
        except RuntimeError:  # its window was closed and deleted meanwhile
            pass


def body_label(parent: QWidget | None = None) -> QLabel:
    label = WrappedLabel(parent)
    set_values(
        label,
        textFormat=PLAIN_TEXT,
        textInteractionFlags=SELECTABLE_BY_MOUSE,
        alignment=ALIGN_TOP_LEFT,
    )
    return label


def status_line(parent: QWidget | None = None) -> QLabel:
    """A line that comes and goes under a button ("Reading ...", "Saved ..."), in a place kept
    for it: appearing, it would move everything under it, and the page would be laid out
    and painted again (~15 ms on the window's thread)."""
    label = body_label(parent)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    return label


def fact_row(form: QFormLayout, name: str) -> tuple[QLabel, QLabel]:
    """A form row "label: value" whose value the seller can select and copy (object name
    `name`, for tests); the caller sets both texts. Returns (label, value)."""
    parent = form.parentWidget()
    label, value = QLabel(parent), QLabel(parent)
    value.setObjectName(name)
    set_values(value, textFormat=PLAIN_TEXT, textInteractionFlags=SELECTABLE_BY_MOUSE)
    value.setWordWrap(True)
    form.addRow(label, value)
    return label, value


def copy_to_clipboard(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


class CopyRow(QWidget):
    """Label, the value in a field, and a Copy button that says "Copied" for a moment."""

    def __init__(
        self,
        key: str,
        editable: bool = False,
        on_edit: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtWidgets import QLineEdit

        super().__init__(parent)
        self.key = key
        self.setObjectName(f"copy_{key}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setReadOnly(not editable)
        self.field.setObjectName(f"field_{key}")
        self.label.setBuddy(self.field)
        self.button = QPushButton(self)
        self.button.setObjectName(f"copyButton_{key}")
        self.button.clicked.connect(self.copy)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.button)
        if on_edit is not None:
            self.field.textEdited.connect(on_edit)
        self.field.textChanged.connect(self._update_enabled)
        self._label_text = ""
        self._copied = False
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(2000)
        self._reset_timer.timeout.connect(self._reset_button)
        self._update_enabled()

    def set_label(self, text: str) -> None:
        self._label_text = text
        self.label.setText(text + ":")
        self.field.setAccessibleName(text)
        self.retranslate()

    def set_value(self, value: str) -> None:
        if self.field.text() != value:
            self.field.setText(value)

    def value(self) -> str:
        return self.field.text()

    def copy(self) -> None:
        copy_to_clipboard(self.field.text())
        self._copied = True
        self.retranslate()
        self._reset_timer.start()

    def _reset_button(self) -> None:
        self._copied = False
        self.retranslate()

    def _update_enabled(self) -> None:
        self.button.setEnabled(bool(self.field.text()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(
            translate("Widgets", "Copied") if self._copied else translate("Widgets", "Copy")
        )
        self.button.setAccessibleName(
            translate("Widgets", "Copy %1").replace("%1", self._label_text)
        )
