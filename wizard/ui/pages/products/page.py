"""Step 16: import the store's products from JD.ID, then show what happened to each of them.

The seed's "Finish" is the page's "Start import" button. Before it, the page says in plain
words what the import does (only QC-passed products, linked by SKU code) and offers to load
the seller's own master SKU list from CSV (optional; nothing is saved until they accept the
summary). Once the import has started the page is a commit page: Back is off while it runs
and after it, so nobody walks back into a half import. Progress shows counts and the time
left; Cancel stops at a checkpoint and Resume continues from there (also after a restart).
At the end the report lists what was imported, linked, made new, and what needs the
seller's attention, each list in a table and as a CSV file. A long import that ends while
the window is in the background gives a desktop notification.

Everything slow runs in workers: the import (runner.py next to this file), reading the
lists (report_view.py), CSV export, and the master list (masters_dialog.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.catalog import texts as catalog_texts
from wizard.flow.steps import Step
from wizard.jobs import import_texts
from wizard.store.target import NotConnected
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.products.masters_dialog import (
    MastersDialog,
    ask_open_path,
    csv_error_sentence,
    read_plan,
    save_rows,
)
from wizard.ui.pages.products.notify import LONG_IMPORT_S, DesktopNotifier, notification_kind
from wizard.ui.pages.products.report_view import CsvExporter, ReportListDialog, ReportSummary
from wizard.ui.pages.products.runner import ImportRunner, read_catalog_state, target_of
from wizard.ui.widgets import body_label, note_label

log = logging.getLogger(__name__)

CONTEXT = "ImportPage"

# Page states.
CHECKING = "checking"  # reading the product list: is there a half import, a finished one?
READY = "ready"
RUNNING = "running"
STOPPING = "stopping"
STOPPED = "stopped"  # cancelled; Resume continues
FAILED = "failed"
DONE = "done"
_BUSY = (RUNNING, STOPPING)  # an import is in flight: Back stays off


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# Problems of this page (the import's own stop reasons are in wizard.jobs.import_texts).
PROBLEMS: dict[str, str] = {
    "not_set_up": QT_TRANSLATE_NOOP(
        "ImportPage",
        "Your store is not connected yet. Go back to step 12, fill in the Shop ID, API Key and "
        "API Secret, then click Install and log in.",
    ),
    "no_secret": QT_TRANSLATE_NOOP(
        "ImportPage",
        "The API Secret is not saved on this computer any more. Go back to step 12 and paste "
        "it again, then come back here.",
    ),
    "not_logged_in": QT_TRANSLATE_NOOP(
        "ImportPage",
        "There is no JD.ID login saved on this computer. Log in to JD.ID in step 14, then "
        "come back here.",
    ),
    "practice_starting": QT_TRANSLATE_NOOP(
        "ImportPage", "The practice platform is still starting. Click Retry in a moment."
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "ImportPage",
        "The password store of this computer cannot be opened, so the saved JD.ID login "
        "cannot be read. Unlock it (or log in to your computer again), then click Retry.",
    ),
}
# Where a problem is fixed (a step of the wizard), if not here.
FIX_STEP: dict[str, str] = {
    "not_set_up": "step12",
    "no_secret": "step12",
    "wrong_api_key": "step12",
    "wrong_api_secret": "step12",
    "not_logged_in": "step14",
    "login_expired": "step14",
}


def problem_sentence(exc: BaseException) -> tuple[str, str]:
    """(key, sentence for the seller) for anything the import or the page can raise."""
    from wizard.catalog import CatalogError

    if isinstance(exc, CatalogError):
        errors = catalog_texts.CATALOG_ERRORS
        text = errors.get(exc.key, errors["catalog_error"])
        translated = QCoreApplication.translate(catalog_texts.CONTEXT, text)
        return exc.key, translated.format(path=exc.path or "")
    key = getattr(exc, "key", None)
    if isinstance(key, str) and key in PROBLEMS:
        return key, translate("ImportPage", PROBLEMS[key])
    reasons = import_texts.STOP_REASONS
    if not isinstance(key, str) or key not in reasons:
        from wizard.jdid import JdidError

        key = "platform_error" if isinstance(exc, JdidError) else "internal_error"
    return key, QCoreApplication.translate(import_texts.CONTEXT, reasons[key])


def duration_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return translate("ImportPage", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return (
            translate("ImportPage", "%1 min %2 s")
            .replace("%1", str(seconds // 60))
            .replace("%2", str(seconds % 60))
        )
    hours, rest = divmod(seconds, 3600)
    return (
        translate("ImportPage", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(rest // 60))
    )


def _heading(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class ImportPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.state = CHECKING
        self.report: Any = None  # wizard.jobs.ImportReport once done
        self.pending: Any = None  # an ImportRun stopped half-way
        self.last_progress: Any = None
        self.problem_key: str | None = None
        self._problem_text = ""
        self._retry: Callable[[], None] = self.check_catalog
        self._probe_generation = 0
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

        self._build()
        ctx.profile_changed.connect(self._profile_changed)
        ctx.settings_changed.connect(self._settings_changed)
        self._wizard_hooked = False
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportPage", "&Next >"))
        self.retranslate()

    # ----- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        lay = self.content_layout
        self.intro = body_label(self)
        self.intro.setObjectName("intro")
        self.rules = note_label("info", self)
        self.rules.setObjectName("rules")
        self.practice_note = note_label("practice", self)
        self.practice_note.setObjectName("practiceNote")

        # The optional master list.
        self.masters_box = QWidget(self)
        self.masters_box.setObjectName("mastersBox")
        masters = QVBoxLayout(self.masters_box)
        masters.setContentsMargins(0, 6, 0, 0)
        self.masters_heading = _heading(self.masters_box, "mastersHeading")
        self.masters_text = body_label(self.masters_box)
        self.masters_text.setObjectName("mastersText")
        self.masters_button = QPushButton(self.masters_box)
        self.masters_button.setObjectName("loadMasters")
        self.masters_button.clicked.connect(self.load_masters)
        self.masters_status = QLabel(self.masters_box)
        self.masters_status.setObjectName("mastersStatus")
        self.masters_status.setWordWrap(True)
        self.masters_status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.masters_button)
        row.addStretch(1)
        masters.addWidget(self.masters_heading)
        masters.addWidget(self.masters_text)
        masters.addLayout(row)
        masters.addWidget(self.masters_status)

        # Start.
        self.start_box = QWidget(self)
        start = QHBoxLayout(self.start_box)
        start.setContentsMargins(0, 8, 0, 0)
        self.start_button = QPushButton(self.start_box)
        self.start_button.setObjectName("startImport")
        self.start_button.setDefault(False)
        font = self.start_button.font()
        font.setBold(True)
        self.start_button.setFont(font)
        self.start_button.setMinimumHeight(34)
        self.start_button.clicked.connect(self.start_import)
        self.start_status = QLabel(self.start_box)
        self.start_status.setObjectName("startStatus")
        self.start_status.setWordWrap(True)
        start.addWidget(self.start_button)
        start.addWidget(self.start_status, 1)

        # Progress.
        self.progress_box = QWidget(self)
        self.progress_box.setObjectName("progressBox")
        prog = QVBoxLayout(self.progress_box)
        prog.setContentsMargins(0, 6, 0, 0)
        self.running_note = note_label("info", self.progress_box)
        self.running_note.setObjectName("runningNote")
        self.phase = _heading(self.progress_box, "phase")
        self.bar = QProgressBar(self.progress_box)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.bar.setMinimumHeight(24)
        self.counts = QLabel(self.progress_box)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.progress_box)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.resume_button = QPushButton(self.progress_box)
        self.resume_button.setObjectName("resumeImport")
        self.resume_button.clicked.connect(self.resume_import)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        prog.addWidget(self.running_note)
        prog.addWidget(self.phase)
        prog.addWidget(self.bar)
        prog.addWidget(self.counts)
        prog.addLayout(buttons)

        # A problem: a sentence and Retry (and where to fix it).
        self.problem_box = QWidget(self)
        self.problem_box.setObjectName("problemBox")
        problem = QVBoxLayout(self.problem_box)
        problem.setContentsMargins(0, 6, 0, 0)
        self.problem_text = note_label("warning", self.problem_box)
        self.problem_text.setObjectName("problemText")
        prow = QHBoxLayout()
        self.retry_button = QPushButton(self.problem_box)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)
        self.fix_button = QPushButton(self.problem_box)
        self.fix_button.setObjectName("goFix")
        self.fix_button.clicked.connect(self._go_fix)
        prow.addWidget(self.retry_button)
        prow.addWidget(self.fix_button)
        prow.addStretch(1)
        problem.addWidget(self.problem_text)
        problem.addLayout(prow)

        # The report.
        self.report_box = QWidget(self)
        self.report_box.setObjectName("reportBox")
        rep = QVBoxLayout(self.report_box)
        rep.setContentsMargins(0, 6, 0, 0)
        self.report_heading = _heading(self.report_box, "reportHeading")
        self.report_text = body_label(self.report_box)
        self.report_text.setObjectName("reportText")
        self.summary = ReportSummary(self.report_box)
        self.summary.show_requested.connect(self.open_list)
        self.summary.export_requested.connect(lambda kind: self.export_list(kind))
        self.export_status = QLabel(self.report_box)
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        again = QHBoxLayout()
        self.again_button = QPushButton(self.report_box)
        self.again_button.setObjectName("importAgain")
        self.again_button.clicked.connect(self.start_import)
        again.addWidget(self.again_button)
        again.addStretch(1)
        rep.addWidget(self.report_heading)
        rep.addWidget(self.report_text)
        rep.addWidget(self.summary)
        rep.addWidget(self.export_status)
        rep.addLayout(again)

        for widget in (self.intro, self.rules, self.practice_note, self.start_box):
            lay.addWidget(widget)
        for widget in (self.progress_box, self.problem_box, self.report_box, self.masters_box):
            lay.addWidget(widget)
        lay.addStretch(1)

    # ----- entering and leaving -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._hook_wizard()
        if self.state not in (RUNNING, STOPPING):
            self.check_catalog()
        self.retranslate()
        QTimer.singleShot(0, self._hold_back)

    def _hook_wizard(self) -> None:
        wizard = self.wizard()
        if wizard is None or self._wizard_hooked:
            return
        self._wizard_hooked = True
        # After the wizard's own button update (it connected first), turn Back off again.
        self.completeChanged.connect(self._hold_back)
        wizard.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._hold_back))
        # Closing the window stops the import at a checkpoint; next time it resumes.
        wizard.finished.connect(lambda _r: self.runner.cancel())

    def _hold_back(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self and self.state in _BUSY:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _profile_changed(self, _profile: Any) -> None:
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
        self._probe_generation += 1
        generation = self._probe_generation
        self._set_state(CHECKING)
        self.ctx.runner.run(
            read_catalog_state,
            target,
            on_result=lambda st: self._catalog_read(generation, st),
            on_error=lambda exc: self._catalog_failed(generation, exc),
            name="step 16: read the product list",
        )

    def _catalog_read(self, generation: int, st: Any) -> None:
        if generation != self._probe_generation or self.state != CHECKING:
            return
        self.pending = st.pending
        if st.pending is not None:
            self.setCommitPage(True)
            self._set_state(STOPPED)
        elif st.last_report is not None:
            self.setCommitPage(True)
            self._show_report(st.last_report)
        else:
            self._set_state(READY)

    def _catalog_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._probe_generation and self.state == CHECKING:
            self._set_problem(exc, self.check_catalog)

    # ----- the import -----------------------------------------------------------------------
    def start_import(self) -> None:
        """Start import (the seed's Finish), Resume and Import again all come here."""
        if self.state in (RUNNING, STOPPING, CHECKING) or self.masters_busy:
            return
        self.last_progress = None
        self._export_message = ""
        self._set_state(RUNNING)
        self.setCommitPage(True)  # from now on Back must not re-enter a half import
        if not self.runner.start(resume=True):
            return  # failed() was emitted and shown
        self._hold_back()

    def resume_import(self) -> None:
        self.start_import()

    def cancel_import(self) -> None:
        if self.state == RUNNING:
            self.runner.cancel()
            self._set_state(STOPPING)

    def retry(self) -> None:
        self._retry()

    def _progress(self, p: Any) -> None:
        self.last_progress = p
        if self.state in (RUNNING, STOPPING):
            self._show_progress()

    def _finished(self, report: Any) -> None:
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
        step_id = FIX_STEP.get(self.problem_key or "")
        jump = getattr(self.wizard(), "jump_to", None)
        if step_id and jump is not None:
            jump(step_id)

    def _notify(self, title: str, text: str) -> None:
        kind = notification_kind(
            self.window_active(),
            self.runner.elapsed_s(),
            QSystemTrayIcon.isSystemTrayAvailable(),
            self.long_import_s,
        )
        self.notifier.notify(kind, title, text)

    # ----- the report -----------------------------------------------------------------------
    def _show_report(self, report: Any) -> None:
        self.report = report
        for dialog in list(self.list_dialogs.values()):  # closing one removes it
            dialog.close()
        self.list_dialogs.clear()
        if self.exporter is not None:
            self.exporter.deleteLater()
        self.exporter = CsvExporter(self.ctx, report, self)
        self.exporter.saved.connect(self._exported)
        self.exporter.save_failed.connect(self._export_failed)
        self.summary.set_report(report)
        self._set_state(DONE)

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

    def _masters_read(self, plan: Any) -> None:
        self.masters_busy = False
        self._masters_message = ""
        dialog = MastersDialog(plan, self)
        dialog.accepted.connect(lambda: self._masters_accepted(plan))
        dialog.rejected.connect(self._masters_rejected)
        self.masters_dialog = dialog
        self.update_blocked()
        dialog.open()

    def _masters_accepted(self, plan: Any) -> None:
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

    def _masters_rejected(self) -> None:
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
                "ImportPage", "Click Import again to link them now."
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

    # ----- display --------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        if state != FAILED:
            self.problem_key = None
        self.update_blocked()

    def update_blocked(self) -> None:
        state = self.state
        running = state in (RUNNING, STOPPING)
        self.start_box.setVisible(state in (CHECKING, READY))
        self.intro.setVisible(state in (CHECKING, READY))
        self.rules.setVisible(state != DONE)
        self.start_button.setEnabled(state == READY and not self.masters_busy)
        p = self.last_progress
        stopped_half_way = state == FAILED and p is not None and p.spus_done > 0
        self.progress_box.setVisible(running or state == STOPPED or stopped_half_way)
        self.running_note.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(state == RUNNING)
        self.resume_button.setVisible(state == STOPPED)
        self.problem_box.setVisible(state == FAILED)
        self.report_box.setVisible(state == DONE)
        self.masters_box.setVisible(state in (READY, DONE, CHECKING))
        self.masters_button.setEnabled(state in (READY, DONE) and not self.masters_busy)
        self.again_button.setEnabled(not self.masters_busy)
        self.masters_status.setText(self._masters_message)
        self.masters_status.setVisible(bool(self._masters_message))
        self.fix_button.setVisible(state == FAILED and self.problem_key in FIX_STEP)
        self._refresh_state_texts()
        self.set_blocked(self._block_reason())
        self._hold_back()

    def _block_reason(self) -> str | None:
        state = self.state
        if state == CHECKING:
            return translate(
                "ImportPage", "Wait a moment: the wizard is looking at your product list."
            )
        if state == READY:
            if self.masters_busy:
                return translate(
                    "ImportPage", "Wait a moment: the wizard is reading your master SKU list."
                )
            return translate(
                "ImportPage", "Click Start import to bring your products in from JD.ID."
            )
        if state == RUNNING:
            return translate(
                "ImportPage",
                "The import is running. Next comes on when it has finished; you can also "
                "cancel it and continue later.",
            )
        if state == STOPPING:
            return translate("ImportPage", "Stopping the import at a safe point\u2026")
        if state == STOPPED:
            return translate(
                "ImportPage", "The import stopped half-way. Click Resume to finish it."
            )
        if state == FAILED:
            return translate(
                "ImportPage", "The import cannot go on yet: see what to do above, then click Retry."
            )
        return None

    def _refresh_state_texts(self) -> None:
        state = self.state
        self.start_status.setText(
            translate("ImportPage", "Looking at your product list\u2026")
            if state == CHECKING
            else ""
        )
        self.problem_text.setText(self._problem_text)
        fix = FIX_STEP.get(self.problem_key or "")
        if fix:
            self.fix_button.setText(
                translate("ImportPage", "&Go to step %1").replace("%1", str(int(fix[4:])))
            )
        if state in (RUNNING, STOPPING, STOPPED, FAILED):
            self._show_progress()
        if state == DONE:
            self._refresh_report_texts()

    def _show_progress(self) -> None:
        p = self.last_progress
        state = self.state
        if state == STOPPED:
            self.phase.setText(translate("ImportPage", "The import is paused"))
        elif state == FAILED:
            self.phase.setText(translate("ImportPage", "The import stopped"))
        elif state == STOPPING:
            self.phase.setText(translate("ImportPage", "Stopping the import at a safe point\u2026"))
        elif p is None or p.phase == "starting":
            self.phase.setText(translate("ImportPage", "Asking JD.ID for your product list\u2026"))
        elif p.phase == "linking":
            self.phase.setText(translate("ImportPage", "Linking your products by SKU code\u2026"))
        else:
            self.phase.setText(translate("ImportPage", "Importing your products from JD.ID\u2026"))
        if p is None:
            if state == STOPPED and self.pending is not None:
                run = self.pending
                self.bar.setRange(0, 1000)
                total = run.spus_total
                self.bar.setValue(int(1000 * min(1.0, run.spus_done / total)) if total else 0)
                self.counts.setText(self._count_text(run.spus_done, total, run.skus_done))
            elif state in (RUNNING, STOPPING):
                self.bar.setRange(0, 0)  # busy until the first page says how many there are
                self.counts.setText("")
            return
        if p.spus_total or state not in _BUSY:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(p.fraction * 1000))
        else:
            self.bar.setRange(0, 0)  # the first page has not said how many there are yet
        text = self._count_text(p.spus_done, p.spus_total, p.skus_done)
        if state == RUNNING:
            if p.eta_s is None:
                left = translate("ImportPage", "Working out how long it takes\u2026")
            else:
                left = translate("ImportPage", "About %1 left.").replace(
                    "%1", duration_text(p.eta_s)
                )
            text = f"{text}\n{left}"
        self.counts.setText(text)

    def _count_text(self, done: int, total: int, skus: int) -> str:
        if not total:
            return (
                translate("ImportPage", "%1 products checked so far, %2 SKUs read.")
                .replace("%1", str(done))
                .replace("%2", str(skus))
            )
        return (
            translate("ImportPage", "%1 of %2 products checked, %3 SKUs read.")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(skus))
        )

    def _refresh_report_texts(self) -> None:
        report = self.report
        if report is None:
            return
        c = report.counts
        text = translate(
            "ImportPage",
            "%1 JD.ID products (SKUs) are in your product list: %2 linked to products you "
            "already had, %3 new. It took %4.",
        )
        text = (
            text.replace("%1", str(c.imported))
            .replace("%2", str(c.matched))
            .replace("%3", str(c.new_master))
            .replace("%4", duration_text(report.elapsed_s))
        )
        if c.not_imported:
            text += " " + translate(
                "ImportPage",
                "%1 products imported before are not imported any more (not QC-passed now, or "
                "deleted); they are no longer linked.",
            ).replace("%1", str(c.not_imported))
        attention = sum(report.count(k) for k in ("skipped", "empty_sku", "duplicate_sku"))
        if attention:
            text += "\n" + translate(
                "ImportPage",
                "Some products need your attention: see the lists below. You can fix them "
                "later and import again.",
            )
        self.report_text.setText(text)
        self.export_status.setText(self._export_message)
        self.export_status.setVisible(bool(self._export_message))

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "ImportPage",
                "Your store is connected. Now the wizard brings your products in from JD.ID: "
                "click Start import. It can take a few minutes for a big store; you can keep "
                "using the computer meanwhile. After this, one more step: export sync.",
            )
        )
        self.rules.setText(
            translate(
                "ImportPage",
                "Only products that have passed JD.ID\u2019s product check (\u201cQC passed\u201d) "
                "are imported. Products still waiting for QC, or rejected, are left out and "
                "listed at the end, so you know which ones to fix.\n"
                "Each JD.ID product is linked to your own product with the same SKU code. If "
                "none of your products has that code yet, a new product is made for it.",
            )
        )
        self.practice_note.setText(
            translate(
                "ImportPage",
                "Practice mode: the products come from the practice store and go into a "
                "separate practice product list, never into your real one.",
            )
        )
        self.practice_note.setVisible(self.ctx.practice)
        self.masters_heading.setText(translate("ImportPage", "Your master SKU list (optional)"))
        self.masters_text.setText(
            translate(
                "ImportPage",
                "Do you already keep your products with their SKU codes in a spreadsheet? "
                "Save it as CSV with the columns sku, name, stock and price and load it before "
                "the import: JD.ID products with the same SKU code are then linked to them. "
                "You will see a summary first; nothing is saved until you accept it.",
            )
        )
        self.masters_button.setText(
            translate("ImportPage", "&Load my master SKU list (optional)\u2026")
        )
        self.start_button.setText(translate("ImportPage", "&Start import"))
        self.running_note.setText(
            translate(
                "ImportPage",
                "Your products are being imported from JD.ID. You can leave this window open "
                "in the background; you will be told when it is done.",
            )
        )
        self.cancel_button.setText(translate("ImportPage", "&Cancel import"))
        self.cancel_button.setToolTip(
            translate(
                "ImportPage", "Stops at a safe point. Resume later continues where it stopped."
            )
        )
        self.resume_button.setText(translate("ImportPage", "&Resume import"))
        self.retry_button.setText(translate("ImportPage", "&Retry"))
        self.bar.setAccessibleName(translate("ImportPage", "Import progress"))
        self.report_heading.setText(translate("ImportPage", "The import is finished"))
        self.again_button.setText(translate("ImportPage", "&Import again"))
        self.again_button.setToolTip(
            translate(
                "ImportPage",
                "After fixing products in JD.ID Seller Center, import again to bring them in.",
            )
        )
        self.summary.retranslate()
        for dialog in self.list_dialogs.values():
            dialog.retranslate()
        if self.masters_dialog is not None:
            self.masters_dialog.retranslate()
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportPage", "&Next >"))
        super().retranslate()

    def page_done(self) -> bool:
        return self.state == DONE

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        """Going Back (only possible before the import started): nothing to undo."""


def _tr_report(text: str) -> str:
    return QCoreApplication.translate(import_texts.CONTEXT, text)
