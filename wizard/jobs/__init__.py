"""Long-running work as plain Python: progress callbacks, a cancel token, checkpoints. No Qt.

Import: `ImportJob(client, catalog_path, shop_id, on_progress=...)`, `.run()`, `.cancel()`;
the result is an `ImportReport`. Shared plumbing for other jobs (export sync):
`CancelToken`, `Cancelled`, `Progress`, `ProgressThrottle`, `CallPool`.
"""

from wizard.jobs.callpool import CallPool
from wizard.jobs.cancel import Cancelled, CancelToken
from wizard.jobs.import_report import REPORT_KINDS, ImportReport
from wizard.jobs.importer import PLATFORM_CALLS_PER_S, ImportCancelled, ImportJob
from wizard.jobs.progress import Progress, ProgressCallback, ProgressThrottle

__all__ = [
    "PLATFORM_CALLS_PER_S",
    "REPORT_KINDS",
    "CallPool",
    "CancelToken",
    "Cancelled",
    "ImportCancelled",
    "ImportJob",
    "ImportReport",
    "Progress",
    "ProgressCallback",
    "ProgressThrottle",
]
