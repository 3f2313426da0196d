"""Step 16: import the store's products from JD.ID, then show what happened to each of them.

The help-centre guide's "Finish" is the page's "Start import" button. Before it, the page
says in plain words what the import does (only QC-passed products, linked by SKU code) and
offers to load the seller's own master SKU list from CSV (optional; nothing is saved until
they accept the summary). Once the import has started the page is a commit page: Back is off
while it runs and after it, so nobody walks back into a half import. Progress shows counts
and the time left; Cancel stops at a checkpoint and Resume continues from there (also after
a restart). At the end the report lists what was imported, linked, made new, and what needs
the seller's attention, each list in a table and as a CSV file. A long import that ends
while the window is in the background gives a desktop notification.

Everything slow runs in workers: the import (runner.py next to this file), reading the
lists (report_view.py), CSV export, and the master list (masters_dialog.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QSystemTrayIcon,
    QWidget,
    QWizard,
)

from wizard.flow.problems import IMPORT, IMPORT_PAGE, fix_step
from wizard.flow.steps import Step
from wizard.store.target import NotConnected
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.products.display import (
    CHECKING,
    DONE,
    FAILED,
    READY,
    RUNNING,
    STOPPED,
    STOPPING,
    ImportPageDisplay,
    _tr_report,
)
from wizard.ui.pages.products.display import (
    duration_text as duration_text,  # tests and callers read it here
)
from wizard.ui.pages.products.layout import ImportPageLayout
from wizard.ui.pages.products.masters_dialog import (
    MastersDialog,
    ask_open_path,
    csv_error_sentence,
    drop_rows,
    read_plan,
    save_rows,
)
from wizard.ui.pages.products.notify import LONG_IMPORT_S, DesktopNotifier, notification_kind
from wizard.ui.pages.products.report_view import CsvExporter, ReportListDialog
from wizard.ui.pages.products.runner import ImportRunner, read_catalog_state, target_of
from wizard.ui.problem_text import problem_sentence as _problem_sentence
from wizard.ui.turns import next_part
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.catalog import ImportRun
    from wizard.jdid import EndpointProfile
    from wizard.jobs import ImportReport, Progress
    from wizard.ui.pages.products.masters_dialog import MastersPlan
    from wizard.ui.pages.products.runner import CatalogState

log = logging.getLogger(__name__)

CONTEXT = "ImportPage"
PREPARE_REPORT_AFTER_MS = 300  # after the running import's first paints

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def problem_sentence(exc: BaseException) -> tuple[str, str]:
    """(key, sentence for the seller) for anything the import or the page can raise."""
    return _problem_sentence(exc, (IMPORT_PAGE, IMPORT))


class ImportPage(ImportPageLayout, ImportPageDisplay, BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.state = CHECKING
        self.report: ImportReport | None = None  # once done
        self.pending: ImportRun | None = None  # an import stopped half-way
        self.last_progress: Progress | None = None
        self.problem_key: str | None = None
        self._problem_text = ""
        self._retry: Callable[[], None] = self.check_catalog
        self._probe = LatestCall(ctx.runner)  # reading the product list's state
        self.masters_busy = False
        self._masters_message = ""
        self.masters_dialog: MastersDialog | None = None
        self.list_dialogs: dict[str, ReportListDialog] = {}
        self.exporter: CsvExporter | None = None
        self._export_message = ""
        # Replaceable by tests (native dialogs cannot be clicked; window focus is the OS's).
        self.ask_open_path: Callable[[QWidget], str] = ask_open_path
        self.window_active: Callable[[], bool] = lambda: self.window().isActiveWindow()
        self.notifier = DesktopNotifier(self)
        self.long_import_s = LONG_IMPORT_S  # shorter imports end while the seller watches

        self.runner = ImportRunner(ctx, self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.stopped.connect(self._stopped)
        self.runner.failed.connect(self._failed)

        self._wizard_hooked = False
        self.build_in_parts(self._parts())

    def _parts(self) -> Iterator[None]:
        yield from self._build_parts()
        yield
        self.ctx.profile_changed.connect(self._profile_changed)
        self.ctx.settings_changed.connect(self._settings_changed)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportPage", "&Next >"))
        self.retranslate()

    # ----- entering and leaving -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._hook_wizard()
        if self.state not in (RUNNING, STOPPING):
            self.check_catalog()
        self.retranslate()

    def _hook_wizard(self) -> None:
        wizard = self.wizard()
        if wizard is None or self._wizard_hooked:
            return
        self._wizard_hooked = True
        # Closing the window stops the import at a checkpoint; next time it resumes.
        wizard.finished.connect(lambda _r: self.runner.cancel())

    def _profile_changed(self, _profile: EndpointProfile | None) -> None:
        if self.state in (CHECKING, READY, FAILED) and self.isVisible():
            self.check_catalog()
        self.update_blocked()

    def _settings_changed(self) -> None:
        self.update_blocked()

    # ----- reading the product list ---------------------------------------------------------
    def check_catalog(self) -> None:
        """Worker: is there a half import to resume, or a finished one to show?"""
        try:
            target = target_of(self.ctx)
        except NotConnected as exc:
            self._set_problem(exc, self.check_catalog)
            return
        self._set_state(CHECKING)
        self._probe.start(
            read_catalog_state,
            target,
            on_result=self._catalog_read,
            on_error=self._catalog_failed,
            name="step 16: read the product list",
        )

    def _catalog_read(self, st: CatalogState) -> None:
        if self.state != CHECKING:
            return
        self.pending = st.pending
        if st.pending is not None:
            self.commit()
            self._set_state(STOPPED)
        elif st.last_report is not None:
            self.commit()
            self._show_report(st.last_report)
        else:
            self._set_state(READY)

    def _catalog_failed(self, exc: BaseException) -> None:
        if self.state == CHECKING:
            self._set_problem(exc, self.check_catalog)

    # ----- the import -----------------------------------------------------------------------
    def start_import(self) -> None:
        """Start import, Resume and Import again all come here."""
        if self.state in (RUNNING, STOPPING, CHECKING) or self.masters_busy:
            return
        self.last_progress = None
        self._export_message = ""
        self._set_state(RUNNING)
        # From now on Back must not re-enter a half import (the flow keeps Back off while it
        # runs, and after it).
        self.commit()
        # The report's rows are built while the import runs, a little at a time.
        QTimer.singleShot(PREPARE_REPORT_AFTER_MS, self, self.summary.prepare)
        if not self.runner.start(resume=True):
            return  # failed() was emitted and shown

    def resume_import(self) -> None:
        self.start_import()

    def cancel_import(self) -> None:
        if self.state == RUNNING:
            self.runner.cancel()
            self._set_state(STOPPING)

    def retry(self) -> None:
        self._retry()

    def _progress(self, p: Progress) -> None:
        self.last_progress = p
        if self.state in (RUNNING, STOPPING):
            self._show_progress()

    def _finished(self, report: ImportReport) -> None:
        self.pending = None
        self._show_report(report)
        self._notify(
            translate("ImportPage", "Your JD.ID products are imported"),
            translate(
                "ImportPage", "%1 products were imported. Open the wizard to see the report."
            ).replace("%1", str(report.count("imported"))),
        )

    def _stopped(self, _run_id: int) -> None:
        self._set_state(STOPPED)

    def _failed(self, exc: BaseException) -> None:
        was_running = self.state in (RUNNING, STOPPING)
        self._set_problem(exc, self.resume_import)
        if was_running:
            self._notify(
                translate("ImportPage", "The import of your JD.ID products stopped"),
                self._problem_text,
            )

    def _set_problem(self, exc: BaseException, retry: Callable[[], None]) -> None:
        key, sentence = problem_sentence(exc)
        log.info("step 16: %s (%s)", key, type(exc).__name__)
        self.problem_key = key
        self._problem_text = sentence
        self._retry = retry
        self._set_state(FAILED)

    def _go_fix(self) -> None:
        step_id = fix_step(self.problem_key)
        if step_id:
            self.go_to(step_id)

    def _notify(self, title: str, text: str) -> None:
        kind = notification_kind(
            self.window_active(),
            self.runner.elapsed_s(),
            QSystemTrayIcon.isSystemTrayAvailable(),
            self.long_import_s,
        )
        self.notifier.notify(kind, title, text)

    # ----- the report -----------------------------------------------------------------------
    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        for dialog in list(self.list_dialogs.values()):  # closing one removes it
            dialog.close()
        self.list_dialogs.clear()
        if self.exporter is not None:
            self.exporter.deleteLater()
        self.exporter = CsvExporter(self.ctx, report, self)
        self.exporter.saved.connect(self._exported)
        self.exporter.save_failed.connect(self._export_failed)
        self.summary.set_report(report)  # its rows are hidden until DONE: no layout yet
        # The report's own layout, the page's new layout and its paint each on an event-loop
        # turn of their own: in one go with the texts above they held the window ~20-25 ms
        # (profiled).
        next_part(self, lambda: self._lay_out_report(report))

    def _lay_out_report(self, report: ImportReport) -> None:
        if self.report is not report:
            return  # a newer report came meanwhile
        # Hidden, at the width it will have: shown, it is then only placed (laid out on the
        # turn it is shown, it held the window ~5 ms more there).
        box = self.report_box
        box.resize(self.content_layout.contentsRect().width(), box.height())
        box.layout().activate()
        next_part(self, lambda: self._report_shown(report))

    def _report_shown(self, report: ImportReport) -> None:
        if self.report is not report:
            return  # a newer report came meanwhile
        self.setUpdatesEnabled(False)  # laid out now, painted on the next turn
        self._set_state(DONE)
        next_part(self, lambda: self.setUpdatesEnabled(True))

    def open_list(self, kind: str) -> ReportListDialog | None:
        """Show one list of the report in a table (read in a worker)."""
        if self.report is None or self.exporter is None:
            return None
        dialog = self.list_dialogs.get(kind)
        if dialog is None:
            dialog = ReportListDialog(self.ctx, self.report, kind, self.exporter, self)
            dialog.finished.connect(lambda _r, k=kind: self.list_dialogs.pop(k, None))
            self.list_dialogs[kind] = dialog
        dialog.open()
        dialog.raise_()
        return dialog

    def export_list(self, kind: str, path: str | None = None) -> bool:
        """Save one list as CSV (asks where unless `path` is given); written in a worker."""
        if self.exporter is None:
            return False
        return self.exporter.export(kind, path)

    def _exported(self, kind: str, path: str, rows: int) -> None:
        title = self.report.title(kind, _tr_report) if self.report is not None else kind
        self._export_message = (
            translate("ImportPage", "Saved \u201c%1\u201d (%2 rows) to %3.")
            .replace("%1", title)
            .replace("%2", str(rows))
            .replace("%3", path)
        )
        self._refresh_report_texts()

    def _export_failed(self, _kind: str, sentence: str) -> None:
        self._export_message = sentence
        self._refresh_report_texts()

    # ----- the master list ------------------------------------------------------------------
    def load_masters(self, path: str | None = None) -> None:
        """Ask for the CSV, read it in a worker, then show the summary to accept or cancel."""
        if self.masters_busy or self.state in (RUNNING, STOPPING):
            return
        try:
            target = target_of(self.ctx)
        except NotConnected as exc:
            self._set_problem(exc, self.check_catalog)
            return
        path = path or self.ask_open_path(self)
        if not path:
            return
        self.masters_busy = True
        self._masters_message = translate("ImportPage", "Reading %1\u2026").replace("%1", path)
        self.update_blocked()
        self.ctx.runner.run(
            read_plan,
            path,
            target.catalog,
            on_result=self._masters_read,
            on_error=lambda exc: self._masters_failed(exc, path),
            name="step 16: read the master SKU list",
        )

    def _masters_read(self, plan: MastersPlan) -> None:
        self.masters_busy = False
        self._masters_message = ""
        dialog = MastersDialog(plan, self)
        dialog.accepted.connect(lambda: self._masters_accepted(plan))
        dialog.rejected.connect(lambda: self._masters_rejected(plan))
        self.masters_dialog = dialog
        self.update_blocked()
        dialog.open()

    def _masters_accepted(self, plan: MastersPlan) -> None:
        target = target_of(self.ctx)
        self.masters_busy = True
        self._masters_message = translate("ImportPage", "Saving your products\u2026")
        self.update_blocked()
        self.ctx.runner.run(
            save_rows,
            plan,
            target.catalog,
            on_result=self._masters_saved,
            on_error=lambda exc: self._masters_failed(exc, str(plan.path)),
            name="step 16: save the master SKU list",
        )

    def _masters_rejected(self, plan: MastersPlan) -> None:
        self.ctx.runner.run(drop_rows, plan, name="step 16: drop the master SKU list")
        self._masters_message = translate("ImportPage", "Nothing was saved from the file.")
        self.update_blocked()

    def _masters_saved(self, count: int) -> None:
        self.masters_busy = False
        self._masters_message = translate(
            "ImportPage",
            "%1 products from your list are saved. The import links JD.ID products to them "
            "by SKU code.",
        ).replace("%1", str(count))
        if self.state == DONE:
            self._masters_message += " " + translate(
                "ImportPage", "Click Import again, below the report, to link them now."
            )
        self.update_blocked()

    def _masters_failed(self, exc: BaseException, path: str) -> None:
        from wizard.catalog import CatalogError
        from wizard.catalog.master_csv import MasterCsvError

        self.masters_busy = False
        if isinstance(exc, MasterCsvError):
            self._masters_message = csv_error_sentence(exc, path)
        elif isinstance(exc, CatalogError):
            self._masters_message = problem_sentence(exc)[1]
        else:
            self._masters_message = translate(
                "ImportPage",
                "The file %1 could not be read. Close it in other programs and try again.",
            ).replace("%1", path)
        self.update_blocked()

    def page_done(self) -> bool:
        return self.state == DONE

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        """Going Back (only possible before the import started): nothing to undo."""
