"""Step 16's product import in a child process, away from the window (wizard.jobs.child_job).

    report = run_in_child(target, cancel_token, resume, client_options, job_options,
                          progress=on_progress)   # blocks (call from a worker thread)

It raises what the import raises in-process (ImportCancelled, the client's errors,
CatalogError, NotConnected); a child that ends without an answer raises WorkerLost. What
the child wrote stays: a child that dies leaves an import that resumes. No Qt.

The child is `python -m wizard.jobs.import_worker` or, in the frozen app, the app itself
with WORKER_FLAG (main.py hands that over here).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from wizard.jobs.child_job import WorkerLost, run_job, serve
from wizard.jobs.child_process import child_command

if TYPE_CHECKING:
    from wizard.jdid import JdidClient
    from wizard.jobs import CancelToken, ImportReport, ProgressCallback
    from wizard.store.target import StoreTarget

WORKER_FLAG = "--import-worker"

__all__ = ["WORKER_FLAG", "WorkerLost", "run_in_child"]


def _command() -> list[str]:
    return child_command(WORKER_FLAG, "wizard.jobs.import_worker")


def run_in_child(
    target: StoreTarget,
    cancel_token: CancelToken,
    resume: bool,
    client_options: dict[str, Any],
    job_options: dict[str, Any],
    *,
    progress: ProgressCallback,
    command: list[str] | None = None,
) -> ImportReport:
    """Blocking: the whole import in a child process; returns its ImportReport.

    `command`: the child to start (default: this app's own; the bundle's smoke test names
    the built app)."""
    return run_job(
        command or _command(),
        target,
        client_options,
        (resume, job_options),
        cancel_token,
        progress=progress,
    )


def _run(
    client: JdidClient,
    target: StoreTarget,
    job_args: tuple[Any, ...],
    token: CancelToken,
    progress: ProgressCallback,
) -> ImportReport:
    from wizard.jobs import ImportJob

    resume, job_options = job_args
    job = ImportJob(
        client,
        target.catalog,
        target.shop_id,
        on_progress=progress,
        cancel_token=token,
        **job_options,
    )
    return job.run(resume=resume)


def main() -> int:
    """The child: one import, its messages on stdout."""
    return serve(_run)


if __name__ == "__main__":  # as the module proper, so what it pickles names it, not __main__
    from wizard.jobs import import_worker

    sys.exit(import_worker.main())
