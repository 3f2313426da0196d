"""Runs the product import (wizard.jobs.ImportJob) off the GUI thread for the step 16 page.

The import is plain Python with a progress callback and a cancel token; this adapter runs it
on the shell's WorkerRunner and turns its callbacks into Qt signals that arrive in the GUI
thread. Everything slow happens off the GUI thread: the password store in the worker, HTTP
and SQLite in the import's child process (wizard.jobs.import_worker).

    runner = ImportRunner(ctx)
    runner.progress.connect(show)            # wizard.jobs.Progress, about 10 a second
    runner.finished.connect(show_report)     # wizard.jobs.ImportReport
    runner.stopped.connect(show_resume)      # run id: cancelled, resumable
    runner.failed.connect(show_problem)      # the exception (it carries a stable `key`)
    runner.start()                           # resumes an import that stopped half-way
    runner.cancel()
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from wizard.jobs.import_worker import run_in_child
from wizard.store.target import NotConnected, StoreTarget, stored_target
from wizard.ui.context import WizardContext
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.catalog import ImportRun
    from wizard.jobs import CancelToken, ImportReport

log = logging.getLogger(__name__)


def target_of(ctx: WizardContext) -> StoreTarget:
    """The store of the wizard's settings and endpoint; raises NotConnected when something is
    missing ("practice_starting" while the practice platform starts, "not_set_up")."""
    return stored_target(ctx.settings, ctx.profile, ctx.paths, practice=ctx.practice)


def catalog_path(ctx: WizardContext) -> Path:
    """The product list the import writes to: in practice mode a separate practice file (the
    same one `main.py import --sandbox` uses), so practice products never mix with real ones."""
    from wizard.catalog.location import catalog_file

    return catalog_file(ctx.paths, ctx.practice)


@dataclass(frozen=True)
class CatalogState:
    """What the product list says about this shop's imports (read when the page opens)."""

    pending: ImportRun | None  # an import stopped half-way
    last_report: ImportReport | None  # the last finished import's report


def read_catalog_state(target: StoreTarget) -> CatalogState:
    """Blocking (SQLite): an unfinished import to resume, and the last finished report."""
    from wizard.catalog import Catalog
    from wizard.jobs import ImportReport

    with Catalog.open(target.catalog) as cat:
        pending = cat.resumable_run(target.shop_id)
    return CatalogState(pending, ImportReport.last(target.catalog, target.shop_id))


class ImportRunner(QObject):
    """One import at a time for one page; signals arrive in the GUI thread."""

    progress = Signal(object)  # wizard.jobs.Progress
    finished = Signal(object)  # wizard.jobs.ImportReport
    stopped = Signal(int)  # run id of a cancelled (resumable) import
    failed = Signal(object)  # the exception

    def __init__(self, ctx: WizardContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Knobs for support and tests (how hard the client and the importer retry, pages).
        self.client_options: dict[str, Any] = {}
        self.job_options: dict[str, Any] = {}
        self._token: CancelToken | None = None
        self._call = LatestCall(ctx.runner)  # an answer of an earlier run never counts
        self.started_at: float | None = None  # time.monotonic() of this session's start

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, resume: bool = True) -> bool:
        """Start (or resume) the import in a worker; False if one runs or no target yet."""
        if self.running:
            return False
        from wizard.jobs import CancelToken

        try:
            target = target_of(self.ctx)
        except NotConnected as exc:
            self.failed.emit(exc)
            return False
        self._token = CancelToken()
        self.started_at = time.monotonic()
        log.info("step 16: import %s", "resumed/started" if resume else "started over")
        self._call.start(
            run_in_child,  # the import in a child process: its Python work would take the
            # interpreter from the window (wizard.jobs.import_worker)
            target,
            self._token,
            resume,
            dict(self.client_options),
            dict(self.job_options),
            on_progress=self.progress.emit,
            on_result=self._done,
            on_error=self._error,
            name="step 16: import products",
        )
        return True

    def cancel(self) -> None:
        """Ask the import to stop at the next checkpoint (it can be resumed)."""
        if self._token is not None:
            self._token.cancel()

    def elapsed_s(self) -> float:
        return 0.0 if self.started_at is None else time.monotonic() - self.started_at

    def _done(self, report: ImportReport) -> None:
        self._token = None
        self.finished.emit(report)

    def _error(self, exc: BaseException) -> None:
        self._token = None
        from wizard.jobs import ImportCancelled

        if isinstance(exc, ImportCancelled):
            self.stopped.emit(exc.run_id)
        else:
            self.failed.emit(exc)
