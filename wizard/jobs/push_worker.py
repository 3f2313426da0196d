"""Step 17's push in a child process, away from the window (wizard.jobs.child_job).

    result = run_in_child(target, preview, cancel_token, client_options,
                          progress=on_progress)   # blocks (call from a worker thread)

It returns the PushResult (cancelled when export sync was turned off meanwhile) and raises
what the push raises in-process; a child that ends without an answer raises WorkerLost
(what it sent is recorded in the product list). No Qt.

The child is `python -m wizard.jobs.push_worker` or, in the frozen app, the app itself with
WORKER_FLAG (main.py hands that over here).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wizard.jobs.child_job import WorkerLost, run_job, serve
from wizard.jobs.child_process import child_command

if TYPE_CHECKING:
    from wizard.jdid import JdidClient
    from wizard.jobs import CancelToken
    from wizard.jobs.export_sync import PushProgress, PushResult, SyncPreview
    from wizard.store.target import StoreTarget

WORKER_FLAG = "--push-worker"

__all__ = ["WORKER_FLAG", "WorkerLost", "run_in_child"]


def _command() -> list[str]:
    return child_command(WORKER_FLAG, "wizard.jobs.push_worker")


def run_in_child(
    target: StoreTarget,
    preview: SyncPreview,
    cancel_token: CancelToken,
    client_options: dict[str, Any],
    *,
    progress: Callable[[PushProgress], None],
    command: list[str] | None = None,
) -> PushResult:
    """Blocking: push `preview` from a child process; returns its PushResult."""
    return run_job(
        command or _command(), target, client_options, (preview,), cancel_token, progress=progress
    )


def _run(
    client: JdidClient,
    target: StoreTarget,
    job_args: tuple[Any, ...],
    token: CancelToken,
    progress: Callable[[PushProgress], None],
) -> PushResult:
    from wizard.jobs.export_sync import PushJob

    (preview,) = job_args
    return PushJob(client, target.catalog, preview, on_progress=progress, cancel_token=token).run()


def main() -> int:
    """The child: one push, its messages on stdout."""
    return serve(_run)


if __name__ == "__main__":  # as the module proper, so what it pickles names it, not __main__
    from wizard.jobs import push_worker

    sys.exit(push_worker.main())
