"""Export sync (step 17): what would change on JD.ID, and pushing it. No Qt.

models.py: the preview, progress and result; preview.py: reading JD.ID and comparing;
push.py: sending the changes; texts.py: the English sentences (the GUI translates them).


    preview = build_preview(paths.catalog_file, shop_id, client)   # reads JD.ID's stock first
    job = PushJob(client, paths.catalog_file, preview, on_progress=show)
    result = job.run()          # blocks; from a worker thread. job.cancel() from any thread
    retry = result.retry_preview(preview)   # only what failed, to push again

Rules:
- Only linked listings (link class matched or new_master) are ever written to. Listings with
  an empty or duplicate SKU code, and listings the last import no longer saw, never are.
- The difference is the master's stock/price against what JD.ID holds: the listing's values
  recorded in the catalog, with the stock read again from JD.ID before the preview
  (queryEpiMerchantWareStock, 50 SKUs a call). A master price of 0 means "no price": not
  pushed. After each successful write the listing's recorded value is updated, so the next
  sync pushes nothing.
- Listing status is per SPU: when every master linked to an SPU's SKUs is inactive, the SPU
  goes off sale; when one is active again, the SPU goes back on sale, but only if export
  sync took it off (an SPU the seller took off sale by hand stays off).
- The zero-stock guard: a push that would set the stock of more than 20% of the linked
  listings to 0 must be confirmed again (a wrong master file looks like this).
- Stock goes in batches of 50 SKUs, prices one SKU per call, shelf changes 20 SPUs per call,
  on a bounded pool of call workers under the client's rate limiter. Cancelling (export sync
  turned Off) lets calls already sent finish; nothing after them starts.
"""

from wizard.jobs.export_sync.models import (
    NO_ANSWER,
    OFF_SHELF,
    ON_SHELF,
    PRICE,
    PUSHING,
    READING,
    REFUSED,
    SHELF_BATCH,
    STOCK,
    SYNCED_CLASSES,
    ZERO_STOCK_SHARE,
    ProgressFn,
    PushFailure,
    PushProgress,
    PushResult,
    ShelfChange,
    SkuChange,
    SyncPreview,
)
from wizard.jobs.export_sync.preview import build_preview, linked_count
from wizard.jobs.export_sync.push import PushJob
from wizard.jobs.export_sync.texts import (
    CONTEXT,
    FAILURE_REASONS,
    STOP_REASONS,
    WHAT_NAMES,
    ZERO_STOCK_WARNING,
    failure_reason,
    stop_sentence,
)
from wizard.jobs.progress import CANCELLED, DONE, FAILED

__all__ = [
    "CANCELLED",
    "CONTEXT",
    "DONE",
    "FAILED",
    "FAILURE_REASONS",
    "NO_ANSWER",
    "OFF_SHELF",
    "ON_SHELF",
    "PRICE",
    "PUSHING",
    "READING",
    "REFUSED",
    "SHELF_BATCH",
    "STOCK",
    "STOP_REASONS",
    "SYNCED_CLASSES",
    "WHAT_NAMES",
    "ZERO_STOCK_SHARE",
    "ZERO_STOCK_WARNING",
    "ProgressFn",
    "PushFailure",
    "PushJob",
    "PushProgress",
    "PushResult",
    "ShelfChange",
    "SkuChange",
    "SyncPreview",
    "build_preview",
    "failure_reason",
    "linked_count",
    "stop_sentence",
]
