"""Importing a shop's JD.ID products into the catalog: paged, concurrent, resumable.

    job = ImportJob(client, paths.catalog_file, shop_id, on_progress=show)
    report = job.run()          # blocks; call from a worker thread, never the GUI thread
    job.cancel()                # from any thread: stops soon, keeps a checkpoint
    job.run()                   # again: resumes from the checkpoint (resume=False: start over)

How it works: SPU pages are fetched a couple of pages ahead by "pagers"; each page fans out
into SPU-detail calls (20 ids each), one SKU call per audit-passed SPU and stock calls (50
SKUs each) on a bounded pool of call workers sharing the client's rate limiter. Pages are
written to the catalog in order, from this job's own thread, one transaction per page with
the checkpoint, so a crash loses at most the pages in flight and a resumed run ends with the
same catalog as an uninterrupted one. Linking by SKU code happens once, at the end, in the
transaction that marks the run done (see wizard.catalog.linking).

Decisions: only SPUs with auditStatus 2 (audit passed / QC passed) are imported; SPUs
marked deleted (wareStatus 4) are not imported even when their audit passed (nothing can be
sold or synced there) and are listed as skipped with reason "deleted"; listings imported by
an earlier run that this run no longer imports are unlinked and kept as "not_imported".
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from wizard.catalog import (
    SKIP_DELETED,
    SKIP_NOT_QC_PASSED,
    Catalog,
    CatalogError,
    ImportRun,
    Listing,
    RunCounters,
    SkippedSpu,
)
from wizard.jdid import (
    AUDIT_PASSED,
    WARE_DELETED,
    JdidClient,
    JdidError,
    PlatformError,
    PlatformUnreachable,
    RateLimited,
    Sku,
    SpuDetail,
    SpuSummary,
)
from wizard.jdid.client import SPU_BATCH, STOCK_BATCH
from wizard.jdid.profiles import DEFAULT_CALLS_PER_S
from wizard.jobs.callpool import CallPool
from wizard.jobs.cancel import Cancelled, CancelToken
from wizard.jobs.import_report import ImportReport
from wizard.jobs.progress import (
    CANCELLED,
    DONE,
    FAILED,
    FETCHING,
    LINKING,
    STARTING,
    Progress,
    ProgressCallback,
    ProgressThrottle,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# Calls per second an import starts at against JD.ID (the platform's documented per-app limit;
# the client's adaptive limiter then finds the real one).
PLATFORM_CALLS_PER_S = DEFAULT_CALLS_PER_S

# Errors worth another try at this level too (the client already retried them a few times):
# a page lost to a flaky platform should not end an import of thousands of products.
_TRANSIENT = (PlatformUnreachable, RateLimited)
# The platform's answer when an SPU vanished between listing it and reading its SKUs.
_GONE_CODES = {"SPU_NOT_FOUND"}

# Call priorities: calls that unlock a page's work first, then calls that finish a page,
# then the bulk SKU calls; earlier pages first within each kind.
_PRIO_UNLOCK, _PRIO_FINISH, _PRIO_BULK = 0, 1, 2


class ImportCancelled(Cancelled):
    """The import stopped on request; `run_id` can be resumed."""

    def __init__(self, run_id: int) -> None:
        super().__init__(f"import run {run_id} cancelled")
        self.run_id = run_id


@dataclass
class _PageResult:
    page: int
    total: int  # SPUs in the shop, as this page's answer said
    spus: int  # SPUs on this page
    listings: list[Listing]
    skipped: list[SkippedSpu]
    spu_ids: list[int] = field(default_factory=list)  # every SPU on the page


class _Session:
    """Counters of one run() call, on top of what the checkpoint says earlier sessions did."""

    def __init__(
        self, run: ImportRun, started: float, first_page: int, base_spus: int, base_skus: int
    ) -> None:
        self._lock = threading.Lock()
        self.started = started
        self.phase = STARTING
        self.base = run
        self.first_page = first_page
        self.base_spus = base_spus  # committed on pages before first_page
        self.base_skus = base_skus
        self.pages_done = first_page - 1
        self.pages_total = run.pages_total
        self.spus_total = run.spus_total
        self.live_spus = 0  # SPUs finished this session, committed or not
        self.live_skus = 0
        self.calls = 0
        self.retries = 0  # calls sent again after a fault, by the client or by the job
        self.committed_spus = 0
        self.committed_skus = 0

    def add(self, spus: int = 0, skus: int = 0, calls: int = 0, retries: int = 0) -> None:
        with self._lock:
            self.live_spus += spus
            self.live_skus += skus
            self.calls += calls
            self.retries += retries

    def committed(self, result: _PageResult) -> None:
        with self._lock:
            self.pages_done = result.page
            self.committed_spus += result.spus
            self.committed_skus += len(result.listings)

    def client_retries(self, count: int) -> None:
        """The client's own retries: requests sent, though not counted call by call."""
        with self._lock:
            self.calls += count
            self.retries += count

    def recount(self, spus: int, skus: int, spus_total: int) -> None:
        """What the run holds after reconciling (SPUs may have come and gone)."""
        with self._lock:
            self.base_spus, self.committed_spus = spus, 0
            self.base_skus, self.committed_skus = skus, 0
            self.live_spus = self.live_skus = 0
            self.spus_total = spus_total

    def counters(self) -> RunCounters:
        """What the checkpoint records: only committed work counts."""
        with self._lock:
            return RunCounters(
                pages_total=self.pages_total,
                spus_total=self.spus_total,
                spus_done=self.base_spus + self.committed_spus,
                skus_done=self.base_skus + self.committed_skus,
                calls=self.base.calls + self.calls,
                elapsed_s=self.base.elapsed_s + time.monotonic() - self.started,
            )

    def progress(self) -> Progress:
        with self._lock:
            now = time.monotonic() - self.started
            spus_done = self.base_spus + self.live_spus
            if self.spus_total:
                spus_done = min(spus_done, self.spus_total)
            eta = None
            if self.phase == DONE:
                eta = 0.0
            elif self.live_spus and self.spus_total:
                eta = (self.spus_total - spus_done) * now / self.live_spus
            return Progress(
                phase=self.phase,
                pages_done=self.pages_done,
                pages_total=self.pages_total,
                spus_done=spus_done,
                spus_total=self.spus_total,
                skus_done=self.base_skus + self.live_skus,
                calls=self.base.calls + self.calls,
                elapsed_s=self.base.elapsed_s + now,
                eta_s=eta,
            )


class ImportJob:
    """One shop's import into one catalog file. Not Qt; run() blocks its calling thread.

    `on_progress(Progress)` is called on the thread that runs run(), at most about every
    `progress_interval_s` (a change of phase and the end always come through); keep it
    quick (emit a signal, print a line). A cancelled job's token stays cancelled: to resume,
    make a new ImportJob (it finds the unfinished run in the catalog by itself).
    """

    def __init__(
        self,
        client: JdidClient,
        catalog_path: str | os.PathLike[str],
        shop_id: str,
        *,
        on_progress: ProgressCallback | None = None,
        cancel_token: CancelToken | None = None,
        workers: int = 8,
        page_size: int = 100,
        pages_ahead: int = 2,
        retries: int = 3,
        retry_backoff_s: float = 0.5,
        progress_interval_s: float = 0.1,
        busy_timeout_s: float = 5.0,
    ) -> None:
        if not 1 <= page_size <= 100:
            raise ValueError("page_size must be 1 to 100 (the platform's limit)")
        self.client = client
        self.catalog_path = Path(catalog_path)
        self.shop_id = str(shop_id)
        self.cancel_token = cancel_token or CancelToken()
        self.workers = workers
        self.page_size = page_size
        self.pages_ahead = max(1, pages_ahead)
        self.retries = retries
        self.retry_backoff_s = retry_backoff_s
        self.progress_interval_s = progress_interval_s
        self.busy_timeout_s = busy_timeout_s
        self._progress = ProgressThrottle(on_progress, progress_interval_s)

    def cancel(self) -> None:
        """Ask the import to stop (any thread). run() then raises ImportCancelled."""
        self.cancel_token.cancel()

    def pending_run(self) -> ImportRun | None:
        """An unfinished earlier run that run() would resume, if any."""
        with Catalog.open(self.catalog_path, busy_timeout_s=self.busy_timeout_s) as cat:
            return cat.resumable_run(self.shop_id)

    def run(self, *, resume: bool = True) -> ImportReport:
        """Import every audit-passed product of the shop and link it by SKU code.

        Raises ImportCancelled (resumable), a JdidError (its `key` says what went wrong;
        the run stays resumable) or a CatalogError (key: catalog_locked, ...).
        """
        started = time.monotonic()
        client_retries = getattr(self.client, "retries", 0)
        with Catalog.open(self.catalog_path, busy_timeout_s=self.busy_timeout_s) as cat:
            prior = cat.resumable_run(self.shop_id) if resume else None
            if prior is not None:  # it keeps its own page size
                run = cat.reopen_run(prior.id)
                first = run.next_page
                log.info("resuming import run %d at page %d", run.id, first)
            else:
                run = cat.begin_run(self.shop_id, self.page_size)
                first = 1
                log.info("import run %d started", run.id)
            s = _Session(run, started, first, *cat.page_totals(run.id, first))
            self._progress.offer(s.progress(), force=True)
            try:
                self._fetch_pages(cat, run, s)
                if prior is not None:
                    # Products deleted or added on JD.ID since the stop moved the pages.
                    self._reconcile(cat, run, s)
                self.cancel_token.raise_if_cancelled()
                s.client_retries(getattr(self.client, "retries", 0) - client_retries)
                s.phase = LINKING
                self._progress.offer(s.progress(), force=True)
                counts = cat.finish_run(run, s.counters())
            except Cancelled:
                self._stopped(cat, run, s, CANCELLED, None)
                raise ImportCancelled(run.id) from None
            except (JdidError, CatalogError) as exc:
                self._stopped(cat, run, s, FAILED, exc.key)
                raise
            except BaseException:
                self._stopped(cat, run, s, FAILED, "internal_error")
                raise
            s.phase = DONE
            final = cat.run(run.id)
        self._progress.offer(s.progress(), force=True)
        log.info("import run %d done: %s", run.id, counts)
        return ImportReport(
            catalog_path=self.catalog_path,
            run_id=run.id,
            shop_id=self.shop_id,
            counts=counts,
            calls=final.calls,
            elapsed_s=final.elapsed_s,
            retries=s.retries,
        )

    def _stopped(
        self, cat: Catalog, run: ImportRun, s: _Session, state: str, key: str | None
    ) -> None:
        s.phase = state
        try:
            cat.save_progress(run.id, state, s.counters(), key)
        except CatalogError as exc:  # the checkpoint of the last page is still in the file
            log.warning("could not record that import run %d stopped: %s", run.id, exc.key)
        log.info("import run %d %s (%s)", run.id, state, key or "-")
        self._progress.offer(s.progress(), force=True)

    # ----- the page pipeline ---------------------------------------------------------------

    def _fetch_pages(self, cat: Catalog, run: ImportRun, s: _Session) -> None:
        s.phase = FETCHING
        size = run.page_size
        pool = CallPool(self.workers)
        pagers = ThreadPoolExecutor(self.pages_ahead, thread_name_prefix="jdid-page")
        pending: deque[Future[_PageResult]] = deque()
        next_page = s.first_page
        try:
            pending.append(pagers.submit(self._fetch_page, pool, next_page, size, s))
            next_page += 1
            while pending:
                result = self._wait(pending.popleft(), s)
                if result.spus == 0:
                    break  # past the last page (the shop may have shrunk meanwhile)
                s.pages_total = max(math.ceil(result.total / size), result.page)
                s.spus_total = max(result.total, s.base_spus + s.committed_spus)
                while len(pending) < self.pages_ahead and next_page <= s.pages_total:
                    pending.append(pagers.submit(self._fetch_page, pool, next_page, size, s))
                    next_page += 1
                s.committed(result)
                cat.commit_page(
                    run,
                    result.page,
                    result.listings,
                    result.skipped,
                    s.counters(),
                    result.spus,
                    result.spu_ids,
                )
                self._progress.offer(s.progress())
        finally:
            for f in pending:
                f.cancel()
            pool.shutdown()
            pagers.shutdown(wait=True, cancel_futures=True)

    def _wait(self, future: Future[T], s: _Session) -> T:
        """Wait for a page, reporting progress meanwhile and noticing a cancel at once."""
        while True:
            done, _ = wait([future], timeout=self.progress_interval_s)
            self.cancel_token.raise_if_cancelled()
            self._progress.offer(s.progress())
            if done:
                return future.result()

    def _fetch_page(self, pool: CallPool, page: int, size: int, s: _Session) -> _PageResult:
        client = self.client
        listing = pool.submit((_PRIO_UNLOCK, page), self._call, s, client.list_spus, page, size)
        spu_page = listing.result()
        items = spu_page.items
        if not items:
            return _PageResult(page, spu_page.total, 0, [], [])
        listings, skipped = self._fetch_items(pool, page, items, s)
        return _PageResult(
            page, spu_page.total, len(items), listings, skipped, [i.spu_id for i in items]
        )

    def _fetch_items(
        self, pool: CallPool, page: int, items: Sequence[SpuSummary], s: _Session
    ) -> tuple[list[Listing], list[SkippedSpu]]:
        """The listings and skipped SPUs of these SPUs (one page's worth, or fewer)."""
        client = self.client
        ids = [item.spu_id for item in items]
        detail_calls = [
            pool.submit((_PRIO_UNLOCK, page), self._call, s, client.get_spu_details, chunk)
            for chunk in _chunks(ids, SPU_BATCH)
        ]
        details: dict[int, SpuDetail] = {}
        for call in detail_calls:
            details.update((d.spu_id, d) for d in call.result())

        passed: list[SpuDetail] = []
        skipped: list[SkippedSpu] = []
        for item in items:
            d = details.get(item.spu_id)
            if d is None:
                continue  # gone from the shop between the two calls
            if d.ware_status == WARE_DELETED or d.audit_status != AUDIT_PASSED:
                reason = SKIP_DELETED if d.ware_status == WARE_DELETED else SKIP_NOT_QC_PASSED
                name = d.name or item.name
                skipped.append(SkippedSpu(d.spu_id, name, d.audit_status, d.ware_status, reason))
            else:
                passed.append(d)
        s.add(spus=len(items) - len(passed))

        sku_calls = [(d, pool.submit((_PRIO_BULK, page), self._fetch_skus, s, d)) for d in passed]
        skus = [(d, sku) for d, call in sku_calls for sku in call.result()]
        stock_calls = [
            pool.submit((_PRIO_FINISH, page), self._call, s, client.query_stock, chunk)
            for chunk in _chunks([sku.sku_id for _, sku in skus], STOCK_BATCH)
        ]
        stock: dict[int, int] = {}
        for call in stock_calls:
            stock.update(call.result())
        names = {item.spu_id: item.name for item in items}
        listings = [
            Listing(
                sku_id=sku.sku_id,
                spu_id=d.spu_id,
                seller_sku_id=sku.seller_sku_id,
                spu_name=d.name or names.get(d.spu_id, ""),
                name=sku.name,
                price=sku.price,
                stock=stock.get(sku.sku_id, 0),
                audit_status=d.audit_status,
                ware_status=d.ware_status,
                sku_status=sku.status,
            )
            for d, sku in skus
        ]
        return listings, skipped

    def _reconcile(self, cat: Catalog, run: ImportRun, s: _Session) -> None:
        """Walk the SPU list once more and make the run what a clean import would be: SPUs
        it never handled are fetched now, SPUs that left the shop are forgotten."""
        pool = CallPool(self.workers)
        try:
            size = run.page_size
            first = self._call(s, self.client.list_spus, 1, size)
            pages = [
                pool.submit((_PRIO_UNLOCK, n), self._call, s, self.client.list_spus, n, size)
                for n in range(2, math.ceil(first.total / size) + 1)
            ]
            listed = {i.spu_id: i for i in first.items}
            for call in pages:
                listed.update((i.spu_id, i) for i in call.result().items)
            handled = cat.run_spu_ids(run.id)
            missing = [item for spu_id, item in listed.items() if spu_id not in handled]
            gone = handled - listed.keys()
            listings: list[Listing] = []
            skipped: list[SkippedSpu] = []
            for chunk in _chunks(missing, size):
                more, also_skipped = self._fetch_items(pool, s.pages_done + 1, chunk, s)
                listings += more
                skipped += also_skipped
        finally:
            pool.shutdown()
        self.cancel_token.raise_if_cancelled()
        log.info("import run %d reconciled: %d SPUs added, %d gone", run.id, len(missing),
                 len(gone))  # fmt: skip
        spus, skus = cat.reconcile_run(
            run, gone, listings, skipped, [item.spu_id for item in missing]
        )
        s.recount(spus, skus, len(listed))

    def _fetch_skus(self, s: _Session, spu: SpuDetail) -> list[Sku]:
        try:
            skus = self._call(s, self.client.get_skus, spu.spu_id)
        except PlatformError as exc:
            if exc.code not in _GONE_CODES:
                raise
            skus = []  # deleted while we were importing: nothing to import
        s.add(spus=1, skus=len(skus))
        return skus

    def _call(self, s: _Session, fn: Any, *args: Any) -> Any:
        """One client call, cancel-aware, with a few extra tries on transient failures."""
        attempt = 0
        while True:
            self.cancel_token.raise_if_cancelled()
            s.add(calls=1)
            try:
                return fn(*args)
            except _TRANSIENT as exc:
                attempt += 1
                if attempt > self.retries:
                    raise
                s.add(retries=1)
                delay = self.retry_backoff_s * 2 ** (attempt - 1)
                log.info("%s failed (%s); try %d in %.1fs", fn.__name__, exc.key, attempt, delay)
                if self.cancel_token.wait(delay):
                    raise Cancelled() from None


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
