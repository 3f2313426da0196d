"""The side panel: every step, the current one highlighted, done ones ticked, visited ones
clickable (mouse, or arrow keys + Enter) to jump there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wizard.flow.steps import PHASES, STEPS, Step, tr_step
from wizard.ui import theme
from wizard.ui.qt_values import ACCESSIBLE_DESCRIPTION_ROLE, FOREGROUND_ROLE

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


_GREY = QColor("#777777")  # steps not reached yet


class SidePanel(QWidget):
    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("sideHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setObjectName("stepList")
        # The rail's text size from the start: set with the rail (use_rail), it had the whole
        # window laid out and painted again in that turn.
        font = self.list.font()
        font.setPointSizeF(theme.CAPTION_PT)
        self.list.setFont(font)
        self.list.setMaximumWidth(280)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        layout.addWidget(self.list, 1)
        self._items: dict[str, QListWidgetItem] = {}
        for s in STEPS:
            self._items[s.id] = QListWidgetItem(self.list)
        self._current: str | None = None
        self._done: set[str] = set()
        self._reachable: set[str] = set()
        self._present: set[str] = {s.id for s in STEPS}
        self.hidden: set[str] = set()  # steps the current mode does not show
        self._shown: dict[str, tuple[bool, ...]] = {}  # each item's state as last shown
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)

    def set_state(
        self, current: str | None, done: set[str], reachable: set[str], present: set[str]
    ) -> None:
        """`reachable`: pages the seller may jump to; `present`: pages this wizard contains."""
        self._current, self._done, self._reachable, self._present = (
            current,
            set(done),
            set(reachable),
            set(present),
        )
        if self._shown:
            self._update_items(every=False)
        else:
            self.retranslate()  # the first time: the heading and every step

    def _activated(self, item: QListWidgetItem) -> None:
        step_id = STEPS[self.list.row(item)].id
        if step_id in self._reachable and step_id != self._current:
            self.jump_requested.emit(step_id)

    def use_rail(self) -> None:
        """Draw the list as a progress rail (wizard.ui.progress_rail); after the first
        paint, as the rail's painting needs Qt's enums. The list keeps its plain look on
        screen until show_rail, on the next event-loop turn: the rail's layout (its rows'
        heights, twice as the scroll bar comes) and its first paint run in Python, ~6 ms
        each, and in one turn they froze the window ~15 ms."""
        self.list.setUpdatesEnabled(False)
        from PySide6.QtGui import QPalette

        from wizard.ui.progress_rail import RailDelegate

        # A viewport made here, so Python knows its class: the rail's row heights ask for its
        # width, and the first widget Qt hands Python that it did not make has PySide build
        # every QtWidgets class it has not built yet (~20 ms on the GUI thread). Set up as
        # QAbstractScrollArea sets up its own.
        viewport = QWidget(self.list)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.list.setViewport(viewport)
        self._rail = True
        self.list.setItemDelegate(RailDelegate(self.list))
        self.list.setSpacing(0)
        self.retranslate()  # laid out here: the current step is scrolled to

    def draw_rail_ahead(self) -> None:
        """The rows' pictures for show_rail's paint, on a turn of their own."""
        self.list.itemDelegate().draw_ahead(self.list)

    def show_rail(self) -> None:
        """Paint the rail use_rail laid out."""
        self.list.setUpdatesEnabled(True)

    def _set_rail_data(self, item: QListWidgetItem, s: Step) -> None:
        if not getattr(self, "_rail", False):
            return
        from wizard.ui import progress_rail as rail

        state = (
            rail.CURRENT
            if s.id == self._current
            else rail.DONE
            if s.id in self._done
            else rail.VISITED
            if s.id in self._reachable
            else rail.FUTURE
        )
        item.setData(rail.TITLE_ROLE, tr_step(s.side_title))
        item.setData(rail.NUMBER_ROLE, "" if s.number is None else str(s.number))
        item.setData(rail.STATE_ROLE, state)
        item.setData(rail.PHASE_ROLE, PHASES.get(s.id))

    def item_text(self, step_id: str) -> str:
        return self._items[step_id].text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # set_state only redraws the steps whose state changed
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(translate("SidePanel", "Steps"))
        self.list.setAccessibleName(translate("SidePanel", "Steps of the wizard"))
        self._update_items(every=True)

    def _update_items(self, every: bool) -> None:
        """Show each step's state; only the steps whose state changed unless `every` (the
        language or the font changed): a page's Next turning on or off costs one item,
        not twenty."""
        fonts: tuple[QFont, QFont] | None = None
        for s in STEPS:
            shown = self._item_state(s.id)
            if not every and self._shown.get(s.id) == shown:
                continue
            self._shown[s.id] = shown
            if fonts is None:
                normal = QFont(self.list.font())
                bold = QFont(normal)
                bold.setBold(True)
                fonts = (normal, bold)
            self._update_item(s, fonts)
        current = self._items.get(self._current or "")
        if current is not None and (every or self.list.currentItem() is not current):
            self.list.blockSignals(True)
            self.list.setCurrentItem(current)
            self.list.blockSignals(False)
            self.list.scrollToItem(current)

    def _item_state(self, step_id: str) -> tuple[bool, ...]:
        return (
            step_id == self._current,
            step_id in self._done,
            step_id in self._reachable,
            step_id in self._present,
            step_id in self.hidden,
        )

    def _update_item(self, s: Step, fonts: tuple[QFont, QFont]) -> None:
        item = self._items[s.id]
        prefix = f"{s.number}. " if s.number is not None else ""
        mark = "\u2713 " if s.id in self._done and s.id != self._current else ""
        item.setText(f"{mark}{prefix}{tr_step(s.side_title)}")
        # The upgrade page only matters to a Basic Seller who went there.
        item.setHidden((s.id == "upgrade" and s.id not in self._reachable) or s.id in self.hidden)
        item.setFont(fonts[s.id == self._current])
        # Not reached yet: greyed (still selectable, so a screen reader can read it).
        reachable = s.id in self._reachable or s.id == self._current
        item.setData(FOREGROUND_ROLE, None if reachable else _GREY)
        state = (
            translate("SidePanel", "current step")
            if s.id == self._current
            else translate("SidePanel", "done")
            if s.id in self._done
            else translate("SidePanel", "visited, press Enter to go back")
            if s.id in self._reachable
            else translate("SidePanel", "not reached yet")
            if s.id in self._present
            else translate("SidePanel", "later, after this wizard")
        )
        item.setToolTip(state)
        item.setData(ACCESSIBLE_DESCRIPTION_ROLE, state)
        self._set_rail_data(item, s)
