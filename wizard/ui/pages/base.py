"""BasePage: the page every wizard page derives from.

It gives each page: the WizardContext (`self.ctx`), its Step (`self.step`), a scrollable
content area (`self.content_layout`) so the page stays usable at 1366x768 and smaller, and
`set_blocked(reason)`: Next is off exactly while a reason is set, and the reason is shown
under the page in a sentence the seller can read. Never disable Next any other way.

Navigation is not the page's: `nextId()` asks the flow (wizard.flow.navigation), `go_to(step)`
asks the window to go there, and `set_busy()` / `commit()` tell the flow what the page
is doing, so the flow can keep Back off.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.flow.steps import NUMBERED_STEPS, PHASES, Step, tr_step
from wizard.ui.back_guard import BackGuard
from wizard.ui.context import WizardContext
from wizard.ui.qt_values import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF, set_values
from wizard.ui.widgets import note_label

# Below this page width, responsive rows put the picture under the text.
NARROW_BELOW = 700


class BasePage(QWizardPage):
    # Emit when an answer on the page changed in a way the side panel may show.
    answers_changed = Signal()
    # Emit when the page started or ended something that decides whether Back is on.
    navigation_changed = Signal()

    # True while the window builds pages after the first paint (a part per turn); a page
    # made anywhere else (at once on Next, in a test's host) is built whole.
    defer_parts = False

    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = step
        self.setObjectName(f"page_{step.id}")
        self._blocked_reason: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        set_values(self.scroll, horizontalScrollBarPolicy=SCROLL_BAR_ALWAYS_OFF)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_values(self.scroll, focusPolicy=NO_FOCUS)
        self.content = QWidget(self.scroll)
        self.content.setObjectName("pageContent")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(4, 4, 12, 4)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)

        self.blocked_label = note_label("blocked", self)
        self.blocked_label.setObjectName("blockedReason")
        self.blocked_label.hide()
        outer.addWidget(self.blocked_label)
        self._responsive_rows: list[QBoxLayout] = []
        self._building: Iterator[None] | None = None  # see build_in_parts

    # ----- building in parts ----------------------------------------------------------------
    def build_in_parts(self, parts: Iterator[None]) -> None:
        """Build the page a part at a time (`parts` yields between them): after the first
        paint the window builds one part per event-loop turn (a whole page in one turn held
        the window 12-17 ms, profiled) and finishes every page before the seller can reach
        it (`finish_building`). The first part runs now, the others too unless
        `defer_parts`."""
        self._building = parts
        if BasePage.defer_parts:
            self.build_next_part()
        else:
            self.finish_building()

    def build_next_part(self) -> bool:
        """Build the next part; True while more remain."""
        if self._building is None:
            return False
        try:
            next(self._building)
        except StopIteration:
            self._building = None
        return self._building is not None

    def finish_building(self) -> bool:
        """Build whatever is left at once; True if there was something."""
        left = self._building is not None
        while self.build_next_part():
            pass
        return left

    @property
    def built(self) -> bool:
        return self._building is None

    # ----- layout --------------------------------------------------------------------------
    def add_responsive_row(self, row: QBoxLayout) -> QBoxLayout:
        """Text beside the picture on a wide page, the picture under the text on a narrow one
        (so nothing needs sideways scrolling at the smallest window size)."""
        self._responsive_rows.append(row)
        self._apply_direction()
        return row

    def _apply_direction(self) -> None:
        wide = self.width() >= NARROW_BELOW
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for row in self._responsive_rows:
            if row.direction() != direction:
                row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_direction()

    # ----- Next gating ---------------------------------------------------------------------
    def set_blocked(self, reason: str | None) -> None:
        """Turn Next off with a visible, translated `reason`, or back on with None."""
        reason = reason or None
        if reason == self._blocked_reason:
            return
        turned = (reason is None) != (self._blocked_reason is None)
        self._blocked_reason = reason
        self.blocked_label.setText(reason or "")
        self.blocked_label.setVisible(reason is not None)
        self.blocked_label.setAccessibleName(reason or "")
        if turned:  # Next turns on or off
            wizard = self.wizard()
            follow = getattr(wizard, "follow_complete", None)
            if follow is not None:
                # Not completeChanged: QWizard answers it, for any page, by hiding, showing
                # and repainting the whole window (wizard.ui.window.SetupWizard).
                follow(self)
            else:
                self.completeChanged.emit()  # a test's plain QWizard host
        self.answers_changed.emit()  # the side panel

    @property
    def blocked_reason(self) -> str | None:
        return self._blocked_reason

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """The page Next leads to, as the flow says (even before that page is built). A page
        hosted in a wizard of other page ids (a test's small host) keeps QWizard's order."""
        flow = self.ctx.flow
        wizard = self.wizard()
        if self.step.id not in flow.step_ids or (
            wizard is not None and wizard.page(flow.page_id(self.step.id)) is not self
        ):
            return super().nextId()
        return flow.page_id(flow.next_step(self.step.id))

    # ----- navigation requests ---------------------------------------------------------------
    def go_to(self, step_id: str) -> None:
        """Ask the window to go to `step_id` (a "go to step N" button); the flow decides."""
        self.ctx.jump_requested.emit(step_id)

    def set_busy(self, busy: bool) -> None:
        """A job is in flight on this page: Back stays off until it ends."""
        if busy != self.ctx.flow.busy(self.step.id):
            self.ctx.flow.set_busy(self.step.id, busy)
            wizard = self.wizard()
            if wizard is not None:
                BackGuard.on(wizard).apply()
            self.navigation_changed.emit()

    def commit(self) -> None:
        """A commit point: no step up to this one is reached again. The flow knows at once
        (it keeps Back off); QWizard's own commit page (its Commit button, and Back off on
        the next page) follows as the seller leaves the page (validatePage), or at once if
        the page is not the one shown. On the shown page, QWizard hides and shows its
        buttons for it and lays out and paints the whole window again: 12-19 ms of a frozen
        window as an import started."""
        self.ctx.flow.set_committed(self.step.id)
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            self._qt_commit()
        self.navigation_changed.emit()

    def _qt_commit(self) -> None:
        if self.ctx.flow.committed(self.step.id) and not self.isCommitPage():
            self.setCommitPage(True)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        self._qt_commit()  # the page is left: QWizard's buttons change with the page anyway
        return super().validatePage()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self._blocked_reason is None and super().isComplete()

    # ----- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text again in the current language. Subclasses extend it
        (call super) and must also re-run their `update_blocked()` so the reason is current."""
        self.setTitle(tr_step(self.step.title))
        if self.step.number is not None:  # every numbered step says where the seller is
            self.setSubTitle(
                QCoreApplication.translate("BasePage", "Step %1 of %2")
                .replace("%1", str(self.step.number))
                .replace("%2", str(len(NUMBERED_STEPS)))
            )
        else:  # the same header on every page, so the side panel never jumps between pages
            self.setSubTitle(
                QCoreApplication.translate("BasePage", "Summary")
                if self.step.id == "done"
                else QCoreApplication.translate("SidePanel", PHASES["welcome"])
            )
        self.update_blocked()

    def update_blocked(self) -> None:
        """Recompute the block reason from the page's state (override in pages that gate)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # A page still being built sets its texts in its last part, in the language then.
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()
        super().changeEvent(event)

    # ----- saved answers -------------------------------------------------------------------
    def save_state(self) -> dict[str, Any]:
        """Non-secret answers of this page for the progress file (merged into answers)."""
        return {}

    def restore_state(self, answers: dict[str, Any]) -> None:
        """Put saved answers back into the page's controls (called before it is shown)."""

    def reset(self) -> None:
        """Forget the page's answers ("Start over"). Default: restore from no answers."""
        self.restore_state({})

    def page_done(self) -> bool:
        """True when the side panel should tick this page (default: the seller went past it)."""
        return self.isComplete()
