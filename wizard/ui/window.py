"""The wizard window: pages from the registry, the side panel, resume, closing.

Where to go is the flow's (wizard.flow.navigation, `ctx.flow`): the window asks it for the
next page, the steps Back can reach, the route of a jump and the path to resume, and does it.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QWidget,
    QWizard,
)

from wizard.flow.navigation import BACK
from wizard.flow.position import Position
from wizard.flow.steps import step
from wizard.ui.context import WizardContext
from wizard.ui.pages import page_class, page_spec
from wizard.ui.pages.base import BasePage
from wizard.ui.side_panel import SidePanel

if TYPE_CHECKING:
    from PySide6.QtCore import QChildEvent
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent, QResizeEvent

log = logging.getLogger(__name__)

MIN_SIZE = (800, 560)
EAGER_PAGES = 1  # the first page; the flow knows the next one before it is built
PREFERRED_SIZE = (1120, 720)
_FORWARD_BUTTONS = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)
_WIZARD_BUTTONS = (  # the buttons QWizard makes at the start (button() makes the others)
    QWizard.WizardButton.BackButton,
    *_FORWARD_BUTTONS,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
)
_MODAL_CHANGES = (QEvent.Type.WindowBlocked, QEvent.Type.WindowUnblocked)
SIDE_LIST_WIDE, SIDE_LIST_NARROW = 240, 180  # the step list's least width, by window width
BUILD_STEP_PAUSE_MS = 8  # between the pieces built after the first paint
PRELOAD_AFTER_MS = 100  # after the first paint, before the later pages' modules load


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class SetupWizard(QWizard):
    """Page ids are positions in `page_sequence()`; `page_id(step_id)` maps between them."""

    language_requested = Signal(str)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupWizard")
        self.setOptions(
            QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.HaveHelpButton
            | QWizard.WizardOption.NoCancelButtonOnLastPage
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.helpRequested.connect(self.open_help)
        self.flow = ctx.flow
        self.step_ids = self.flow.step_ids
        self._pages: dict[str, BasePage] = {}
        # Only the first pages are built before the window is first painted; the rest (and
        # their imports: HTTP client, catalog, jobs) right after, so the window shows fast.
        for step_id in self.step_ids[:EAGER_PAGES]:
            self._add_page(step_id)
        self._all_pages = len(self._pages) == len(self.step_ids)
        self._after_paint: list[Callable[[], None]] = []
        self._before_later_pages: list[Callable[[], None]] = []
        self._painted = False
        self.setStartId(0)

        self.side_panel = SidePanel(self)
        self.side_panel.jump_requested.connect(self.jump_to)
        ctx.jump_requested.connect(self.jump_to)
        self.setSideWidget(self.side_panel)

        welcome = self._pages.get("welcome")
        if welcome is not None:
            welcome.language_chosen.connect(self.language_requested)
            welcome.resume_chosen.connect(self.resume)
            welcome.start_over_chosen.connect(self.start_over)

        self._confirm_close: Callable[[], bool] = self._ask_before_closing
        self._closing_confirmed = False
        self._replaying = False
        self._finished = False
        self.currentIdChanged.connect(self._page_changed)
        ctx.settings_changed.connect(self._page_state_changed)  # practice/real shows other steps
        self._saved_path = list(ctx.progress.path)
        self._fit_to_screen()
        self.retranslate()
        self._offer_resume()

    # ----- geometry -------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        self.setMinimumSize(*MIN_SIZE)
        screen = QGuiApplication.primaryScreen()
        w, h = PREFERRED_SIZE
        if screen is not None:
            avail = screen.availableGeometry()
            # Leave room for the window frame and the taskbar, e.g. at 1366x768.
            w, h = min(w, avail.width() - 40), min(h, avail.height() - 60)
        self.resize(max(w, MIN_SIZE[0]), max(h, MIN_SIZE[1]))

    # ----- pages ------------------------------------------------------------------------------
    def _add_page(self, step_id: str) -> None:
        # Made in the frame QWizard moves its pages into (known once a page is in it): made
        # in the window and then moved, every widget of the page was styled twice (~2 ms a
        # page with the style sheet).
        built = next(iter(self._pages.values()), None)
        frame = built.parentWidget() if built is not None else None
        page = page_class(step_id)(self.ctx, step(step_id), frame or self)
        self._pages[step_id] = page
        self.setPage(self.page_id(step_id), page)
        page.completeChanged.connect(self._page_state_changed)
        page.answers_changed.connect(self._page_state_changed)
        page.navigation_changed.connect(self._page_state_changed)

    def ensure_all_pages(self) -> None:
        """Build the pages not built yet (normally done right after the first paint)."""
        changed = not self._all_pages
        self._all_pages = True
        for step_id in self.step_ids:
            if step_id not in self._pages:
                self._add_page(step_id)
        for page in self._pages.values():
            changed = page.finish_building() or changed  # cheap for a page built already
        if changed and self.currentId() >= 0:
            self.update_side_panel()

    @property
    def pages(self) -> dict[str, BasePage]:
        """Every page of the wizard by step id (builds the ones not built yet)."""
        self.ensure_all_pages()
        return self._pages

    def follow_complete(self, page: BasePage) -> None:
        """Next (or Commit, or Finish) on or off as `page` is now complete or not, if it is
        the page shown (QWizard reads isComplete() itself when it shows a page).

        What QWizard does for completeChanged, without its way of doing it: it hides and
        shows everything in the window and paints all of it twice (10-30 ms of a frozen
        window each time Next turns). With this window's options, the forward button QWizard
        shows for a page is the one it would turn on when the page is complete."""
        if self.currentPage() is not page:
            return
        complete = page.isComplete()
        for which in _FORWARD_BUTTONS:
            button = self.button(which)
            if not button.isHidden():
                button.setEnabled(complete)

    def event(self, event: QEvent) -> bool:
        if event.type() in _MODAL_CHANGES:
            # A dialog opened or closed over the window. Qt hands this on to every widget of
            # every page (thousands: 5-10 ms of a frozen window each time a list, the master
            # list or the preview opens or closes); none of them uses it, and Qt keeps input
            # from the window while a dialog is open without it.
            return True
        return super().event(event)

    def look_parts(self) -> list[Callable[[], list[QWidget]]]:
        """Where the designed look goes, a part per event-loop turn (theme.apply_steps): the
        side panel, the buttons, the frame the pages are in (a page built later in it takes
        the look from it); the page's title and caption when theme.name_header finds them.
        Only widgets of Qt's public classes: the first of QWizard's private ones handed to
        Python (its side-widget label, its header) has PySide build every QtWidgets class
        it has not built yet, ~20-30 ms on the window's thread."""

        def page_frame() -> list[QWidget]:
            return [next(iter(self._pages.values())).parentWidget()]  # a QFrame

        return [
            lambda: [self.side_panel],
            lambda: [self.button(which) for which in _WIZARD_BUTTONS],
            page_frame,
        ]

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 (Qt override)
        super().childEvent(event)
        if event.polished():
            child = event.child()
            # A dialog on the window (help, closing, an error): the window itself does not
            # carry the look's style sheet, its parts do (look_parts).
            if child.isWidgetType() and child.isWindow():
                from wizard.ui import theme

                theme.join_look(child)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        # The size set before the window shows is known here, before the layout is done: a
        # width set at the resize that comes with showing would throw the first paint away
        # and paint the whole window a second time (~20 ms more before it answers).
        if visible and not self._painted:
            self._fit_step_list()
        super().setVisible(visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_step_list()

    def _fit_step_list(self) -> None:
        # A roomy step list on a big window; a narrower one leaves the page room on a small one.
        width = SIDE_LIST_WIDE if self.width() >= 1100 else SIDE_LIST_NARROW
        if self.side_panel.list.minimumWidth() != width:
            self.side_panel.list.setMinimumWidth(width)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt override, called before Next)
        self.ensure_all_pages()  # Next may come before the after-paint build (tests, fast hands)
        return super().validateCurrentPage()

    def built_page(self, step_id: str) -> BasePage | None:
        """The page if it is built already, all of it (does not build the others)."""
        page = self._pages.get(step_id)
        return page if page is not None and page.built else None

    def _half_built(self) -> BasePage | None:
        return next((p for p in self._pages.values() if not p.built), None)

    def call_after_first_paint(self, fn: Callable[[], None]) -> None:
        """Run `fn` once the window has been painted (at once if it already has)."""
        if self._painted:
            fn()
        else:
            self._after_paint.append(fn)

    def call_before_later_pages(self, fn: Callable[[], None]) -> None:
        """Run `fn` after the first paint, once the later pages' modules are loaded and
        before those pages are built, each on an event-loop turn of its own (at once if
        the pages are built already). What changes every widget (the look) costs a few ms
        for the first page alone; with all pages built it held the window ~150-300 ms."""
        if self._all_pages:
            fn()
        else:
            self._before_later_pages.append(fn)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._first_paint_done)

    def _first_paint_done(self) -> None:
        # What the first paint set off (the welcome page's card, its layout and paint) runs
        # first: a worker importing meanwhile takes the interpreter from it every millisecond
        # (22-27 ms of a frozen window instead of 14 here).
        QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload)

    def _preload(self) -> None:
        if not shiboken6.isValid(self) or self._finished:
            return
        # The later pages need the HTTP client, the catalog, the jobs and their own modules
        # (~0.2 s of imports): load those in a worker so the shown window never freezes, then
        # build the pages. Next pressed meanwhile builds them at once (validateCurrentPage).
        later = [s for s in self.step_ids if s not in self._pages]
        self.ctx.runner.run(
            lambda: _preload_modules(later),
            on_result=self._core_loaded,
            on_error=self._core_loaded,  # the page build below then shows the real error
            name="preload",
        )

    def _core_loaded(self, _: object = None) -> None:
        if not shiboken6.isValid(self) or self._finished:
            return  # the window closed while the modules loaded
        # One piece per timer turn (a page or a part of one, then each after-paint call), a
        # few ms apart: the window repaints and answers the seller between them instead of
        # after all of them.
        missing = [s for s in self.step_ids if s not in self._pages]
        half_built = self._half_built()
        if self._before_later_pages and not self._all_pages:
            self._before_later_pages.pop(0)()
        elif half_built is not None:
            if not half_built.build_next_part():
                self._page_state_changed()  # the page can say now whether it is done
        elif missing and not self._all_pages:
            BasePage.defer_parts = True
            try:
                self._add_page(missing[0])
            finally:
                BasePage.defer_parts = False
        else:
            self.ensure_all_pages()
            while self._before_later_pages:  # the pages were built meanwhile (Next pressed)
                self._before_later_pages.pop(0)()
            if self._after_paint:
                self._after_paint.pop(0)()
        if (
            not self._all_pages
            or self._after_paint
            or self._before_later_pages
            or self._half_built() is not None
        ):
            # Dropped if the window goes meanwhile.
            QTimer.singleShot(BUILD_STEP_PAUSE_MS, self, self._core_loaded)

    def page_id(self, step_id: str) -> int:
        return self.step_ids.index(step_id)

    def current_step_id(self) -> str | None:
        page_id = self.currentId()
        return self.step_ids[page_id] if 0 <= page_id < len(self.step_ids) else None

    def current_path(self) -> list[str]:
        return [self.step_ids[i] for i in self.visitedIds() if 0 <= i < len(self.step_ids)]

    def _page_changed(self, _page_id: int) -> None:
        # Not while replaying a saved path, nor while the seller has not yet chosen between
        # resuming and starting over (the saved place must survive), nor after closing.
        if self._replaying or self._finished or self.currentId() < 0:
            return
        if self.resume_pending:
            self.update_side_panel()
            return
        path = self.current_path()
        self.ctx.progress.enter(path)
        for step_id in path:
            self.ctx.progress.answers.update(
                {k: v for k, v in self._pages[step_id].save_state().items() if v is not None}
            )
        self.ctx.save_progress()
        self.update_side_panel()

    def _page_state_changed(self) -> None:
        if not self._replaying and self.currentId() >= 0:
            self.update_side_panel()

    def update_side_panel(self) -> None:
        current = self.current_step_id()
        path = self.current_path()
        # Steps done stay ticked when the seller goes back to an earlier page: going back to
        # read the welcome page again must not look like lost progress.
        seen = set(path) | (set(self.ctx.progress.visited) & set(self._pages))
        pages = self._pages  # a page still being built is not done yet
        done = {s for s in seen if s != current and pages[s].built and pages[s].page_done()}
        reachable = self.flow.reachable(path, self.ctx.progress.visited)
        self.side_panel.hidden = set(self.flow.skipped())
        self.side_panel.set_state(current, done, reachable, set(self.step_ids))

    def locked_steps(self) -> list[str]:
        """Pages Back can no longer reach (the flow's commit points already passed)."""
        return self.flow.locked(self.current_path())

    def jump_to(self, step_id: str) -> bool:
        """Go to `step_id` the way the flow routes it: back along the path, or forward over
        pages whose Next is on (stopping at the first that is not)."""
        route = self.flow.route(self.current_path(), step_id) if step_id in self.pages else None
        if route is None:
            return self.current_step_id() == step_id
        target = self.page_id(step_id)
        if route == BACK:
            while self.currentId() != target:
                before = self.currentId()
                self.back()
                if self.currentId() == before:  # a commit page: Back stops here
                    break
            return self.currentId() == target
        seen = set()
        while self.currentId() != target and self.currentId() not in seen:
            seen.add(self.currentId())
            page = self.currentPage()
            if not page.isComplete() or page.nextId() < 0:
                break
            self.next()
        return self.currentId() == target

    # ----- resume -----------------------------------------------------------------------------
    @property
    def resume_pending(self) -> bool:
        welcome = self._pages.get("welcome")
        return welcome is not None and welcome.resume_offered

    def _offer_resume(self) -> None:
        welcome = self._pages.get("welcome")
        if welcome is not None and self.flow.offers_resume(
            self._saved_path, self.ctx.progress.started
        ):
            last = self._saved_path[-1]
            welcome.show_resume_offer(step(last).title, finished=last == self.step_ids[-1])

    def resume(self) -> None:
        """Walk again, page by page, along the saved path (as far as each page allows)."""
        self.ensure_all_pages()
        target_path = self.flow.resume_path(self._saved_path)
        self.pages["welcome"].show_resume_offer(None)
        self._replaying = True
        try:
            self.restart()
            for step_id in target_path[1:]:
                page = self.currentPage()
                if not page.isComplete() or page.nextId() != self.page_id(step_id):
                    break
                self.next()
        finally:
            self._replaying = False
        self._page_changed(self.currentId())

    def start_over(self) -> None:
        """Throw the saved progress away (settings such as the language are kept)."""
        self._replaying = True
        try:
            self.ctx.progress = Position()
            self._saved_path = []
            self.pages["welcome"].show_resume_offer(None)
            for page in self.pages.values():
                page.reset()
            self.restart()
            self.ctx.progress = Position()  # resets above may have recorded unticks
        finally:
            self._replaying = False
        self._page_changed(self.currentId())

    # ----- help -------------------------------------------------------------------------------
    def open_help(self) -> None:
        from wizard.ui.help_dialog import HelpDialog

        HelpDialog(self.ctx, self, self.current_step_id()).exec()

    # ----- closing ----------------------------------------------------------------------------
    def _ask_before_closing(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SetupWizard", "Close the wizard?"))
        box.setText(translate("SetupWizard", "Do you want to stop for now?"))
        from wizard.appdata import secrets

        box.setInformativeText(
            translate(
                "SetupWizard",
                "Your answers are saved and next time you can continue where you left off. "
                "The API Secret and the login are not: this computer has no password store, "
                "so you will paste the API Secret again and log in again.",
            )
            if secrets.session_only()
            else translate(
                "SetupWizard",
                "What you have done so far is saved. Next time, you can continue where you left "
                "off.",
            )
        )
        close = box.addButton(
            translate("SetupWizard", "&Stop for now"), QMessageBox.ButtonRole.AcceptRole
        )
        stay = box.addButton(
            translate("SetupWizard", "&Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setObjectName("confirmClose")
        box.exec()
        return box.clickedButton() is close

    def done(self, result: int) -> None:  # Finish, Cancel and Esc all end here
        self._finished = True
        super().done(result)

    def reject(self) -> None:
        """Esc and Cancel ask first (the progress is kept either way)."""
        if self._closing_confirmed or self._confirm_close():
            self._closing_confirmed = True
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.result() or self._closing_confirmed or self._confirm_close():
            self._closing_confirmed = True
            event.accept()
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt  # here: its enums are slow to build (ui/qt_values.py)

        if event.key() == Qt.Key.Key_F1:  # the usual key for help, as support staff will say
            self.open_help()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.side_panel.list.hasFocus():  # Enter on a step in the side panel jumps
                item = self.side_panel.list.currentItem()
                if item is not None:
                    self.side_panel._activated(item)
                return
            focus = self.focusWidget()
            if (
                isinstance(focus, QAbstractButton)
                and not isinstance(focus, QCheckBox | QRadioButton)
                and focus.isVisible()
            ):
                focus.click()  # Enter on a focused button presses that button
                return
            # Otherwise Enter means Next (or Finish on the last page), when it is on.
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button.isVisible() and button.isEnabled():
                    button.click()
                    return
            return
        super().keyPressEvent(event)

    # ----- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SetupWizard", "JD.ID Setup Wizard"))
        buttons = {
            QWizard.WizardButton.BackButton: translate("SetupWizard", "< &Back"),
            QWizard.WizardButton.NextButton: translate("SetupWizard", "&Next >"),
            QWizard.WizardButton.FinishButton: translate("SetupWizard", "&Finish"),
            QWizard.WizardButton.CancelButton: translate("SetupWizard", "Cancel"),
            QWizard.WizardButton.HelpButton: translate("SetupWizard", "&Help"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))
        if self.currentId() >= 0:  # before the first page is shown, _page_changed does it
            self.update_side_panel()


# Qt-free modules the pages after step 11 import; see SetupWizard._first_paint_done.
PRELOAD_MODULES = (
    "wizard.jdid",
    "wizard.jdid.reachability",  # the reach page's host lines
    "wizard.catalog",
    "wizard.jobs",
    "wizard.jobs.export_sync",
    "wizard.store.connection",  # step 13's key check: not loaded by the check's own worker
    "wizard.ui.progress_rail",  # the side panel's rail, and the Qt enums it paints with
)


def _preload_modules(step_ids: list[str]) -> None:
    """Import the core and the modules of the pages `step_ids` (in a worker: importing
    defines classes and builds no widget)."""
    for name in PRELOAD_MODULES:
        importlib.import_module(name)
    for step_id in step_ids:
        spec = page_spec(step_id)
        if spec is not None:
            importlib.import_module(spec.partition(":")[0])
