"""Export sync (step 17): what would change on JD.ID, and pushing it. No Qt.

    preview = build_preview(paths.catalog_file, shop_id, client)   # reads JD.ID's stock first
    job = PushJob(client, paths.catalog_file, preview, on_progress=show)
    result = job.run()          # blocks; from a worker thread. job.cancel() from any thread
    retry = result.retry_preview(preview)   # only what failed, to push again

Rules (decided with the lead):
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

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, as_completed
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wizard.catalog import MATCHED, NEW_MASTER, Catalog
from wizard.catalog.texts import QT_TRANSLATE_NOOP
from wizard.jdid import WARE_OFFLINE, WARE_ONLINE, JdidClient, JdidError, PlatformError
from wizard.jdid.client import SPU_BATCH, STOCK_BATCH
from wizard.jobs.callpool import CallPool
from wizard.jobs.cancel import CancelToken
from wizard.jobs.progress import CANCELLED, DONE, FAILED, ProgressThrottle

log = logging.getLogger(__name__)

SYNCED_CLASSES = (MATCHED, NEW_MASTER)
ZERO_STOCK_SHARE = 0.2  # more than this share of linked listings going to 0 asks again
SHELF_BATCH = 20

# What a failure was about (PushFailure.what).
STOCK, PRICE, OFF_SHELF, ON_SHELF = "stock", "price", "off_shelf", "on_shelf"
# PushFailure.key when JD.ID refused one SKU or SPU (otherwise a JdidError key).
REFUSED = "refused"
NO_ANSWER = "no_answer"  # the stock answer did not mention this SKU

# Push phases (PushProgress.phase), besides progress.DONE / CANCELLED / FAILED.
PUSHING = "pushing"
READING = "reading"  # build_preview reading the stock on JD.ID


@dataclass(frozen=True)
class SkuChange:
    """One linked JD.ID SKU whose stock and/or price differs from its master product."""

    sku_id: int
    spu_id: int
    master_sku: str
    name: str
    old_stock: int
    new_stock: int
    old_price: int
    new_price: int

    @property
    def stock_changed(self) -> bool:
        return self.old_stock != self.new_stock

    @property
    def price_changed(self) -> bool:
        return self.old_price != self.new_price


@dataclass(frozen=True)
class ShelfChange:
    """An SPU to take off sale (on_sale False) or put back on sale (True)."""

    spu_id: int
    name: str
    on_sale: bool


@dataclass(frozen=True)
class SyncPreview:
    shop_id: str
    linked: int  # linked listings compared (the only ones ever written to)
    empty_sku: int  # listings never pushed: no SKU code on JD.ID
    duplicate_sku: int  # listings never pushed: their SKU code is on two or more JD.ID SKUs
    changes: tuple[SkuChange, ...] = ()
    shelf: tuple[ShelfChange, ...] = ()
    stock_read: bool = False  # the "from" stock was read from JD.ID just now

    @property
    def stock_changes(self) -> int:
        return sum(1 for c in self.changes if c.stock_changed)

    @property
    def price_changes(self) -> int:
        return sum(1 for c in self.changes if c.price_changed)

    @property
    def to_zero(self) -> int:
        """Listings whose stock this push sets to 0."""
        return sum(1 for c in self.changes if c.stock_changed and c.new_stock == 0)

    @property
    def off_sale(self) -> int:
        return sum(1 for s in self.shelf if not s.on_sale)

    @property
    def on_sale(self) -> int:
        return sum(1 for s in self.shelf if s.on_sale)

    @property
    def zero_stock_guard(self) -> bool:
        """True when the push would set the stock of more than 20% of linked listings to 0."""
        return self.linked > 0 and self.to_zero > ZERO_STOCK_SHARE * self.linked

    @property
    def empty(self) -> bool:
        return not self.changes and not self.shelf

    @property
    def writes(self) -> int:
        """Changes to make: one per stock, per price and per SPU status change."""
        return self.stock_changes + self.price_changes + len(self.shelf)

    def only(self, stock: Iterable[int], price: Iterable[int], spus: Iterable[int]) -> SyncPreview:
        """The part of this preview for these SKU ids (stock / price) and SPU ids (status)."""
        stock, price, spus = set(stock), set(price), set(spus)
        changes = []
        for c in self.changes:
            keep_stock = c.stock_changed and c.sku_id in stock
            keep_price = c.price_changed and c.sku_id in price
            if keep_stock or keep_price:
                changes.append(
                    replace(
                        c,
                        new_stock=c.new_stock if keep_stock else c.old_stock,
                        new_price=c.new_price if keep_price else c.old_price,
                    )
                )
        shelf = tuple(s for s in self.shelf if s.spu_id in spus)
        return replace(self, changes=tuple(changes), shelf=shelf)


@dataclass(frozen=True)
class PushFailure:
    what: str  # STOCK | PRICE | OFF_SHELF | ON_SHELF
    sku_id: int | None  # None for a listing status change (per SPU)
    spu_id: int
    name: str
    key: str  # REFUSED / NO_ANSWER, or the JdidError key (platform_unreachable, ...)
    code: str  # JD.ID's code, if it gave one
    message: str  # JD.ID's own words (often English or Chinese): shown as the detail


@dataclass(frozen=True)
class PushProgress:
    phase: str  # PUSHING / READING, then DONE / CANCELLED / FAILED
    done: int  # changes handled (written or failed)
    total: int
    failed: int
    calls: int
    elapsed_s: float

    @property
    def fraction(self) -> float:
        if self.phase == DONE:
            return 1.0
        return self.done / self.total if self.total else 0.0


ProgressFn = Callable[[PushProgress], None]


@dataclass(frozen=True)
class PushResult:
    stock_done: int
    price_done: int
    shelf_done: int
    failures: tuple[PushFailure, ...]
    not_started: int  # changes not tried because the push was stopped
    cancelled: bool  # stopped because export sync was turned off (or Ctrl+C)
    stop_key: str | None  # JD.ID stopped the push (login expired, no network, ...)
    calls: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        return not self.failures and not self.not_started

    def retry_preview(self, preview: SyncPreview) -> SyncPreview:
        """What failed, ready to push again ("Retry failed")."""
        by = {w: {f.sku_id if f.sku_id is not None else f.spu_id for f in self.failures
                  if f.what == w} for w in (STOCK, PRICE, OFF_SHELF, ON_SHELF)}  # fmt: skip
        return preview.only(by[STOCK], by[PRICE], by[OFF_SHELF] | by[ON_SHELF])


# ----- the preview ---------------------------------------------------------------------------


@dataclass
class _Row:
    sku_id: int
    spu_id: int
    spu_name: str
    name: str
    stock: int
    price: int
    ware_status: int
    master_sku: str
    master_stock: int
    master_price: int
    active: bool


_LINKED_SQL = f"""
    SELECT l.sku_id, l.spu_id, l.spu_name, l.name, l.stock, l.price, l.ware_status,
           m.sku, m.stock, m.price, m.active
    FROM listings l JOIN masters m ON m.id = l.master_id
    WHERE l.shop_id = ? AND l.link_class IN {SYNCED_CLASSES!r}
    ORDER BY l.spu_id, l.sku_id"""


def linked_count(catalog: Catalog, shop_id: str) -> dict[str, int]:
    """Listings of the shop by link class (matched, new_master, empty_sku, ...)."""
    rows = catalog.query(
        "SELECT link_class, count(*) FROM listings WHERE shop_id = ? GROUP BY link_class",
        (shop_id,),
    )
    return {str(k): int(n) for k, n in rows}


def build_preview(
    catalog_path: Path,
    shop_id: str,
    client: JdidClient | None = None,
    *,
    workers: int = 4,
    cancel: CancelToken | None = None,
) -> SyncPreview:
    """Compare every linked listing of the shop with its master product.

    With a client, the current stock (and, for SPUs whose status may change, the listing
    status) is read from JD.ID first and recorded in the catalog; without one, the
    catalog's last known values are used. Raises JdidError / CatalogError / Cancelled."""
    with Catalog.open(catalog_path) as cat:
        rows = [_Row(*r[:10], active=bool(r[10])) for r in cat.query(_LINKED_SQL, (shop_id,))]
        classes = linked_count(cat, shop_id)
        off_by_sync = {
            r[0] for r in cat.query("SELECT spu_id FROM sync_off_shelf WHERE shop_id = ?",
                                    (shop_id,))
        }  # fmt: skip
        if client is not None and rows:
            _read_back(cat, client, rows, off_by_sync, workers, cancel or CancelToken())
    return SyncPreview(
        shop_id=shop_id,
        linked=len(rows),
        empty_sku=classes.get("empty_sku", 0),
        duplicate_sku=classes.get("duplicate_sku", 0),
        changes=tuple(_changes(rows)),
        shelf=tuple(_shelf_changes(rows, off_by_sync)),
        stock_read=client is not None,
    )


def _changes(rows: Iterable[_Row]) -> Iterable[SkuChange]:
    for r in rows:
        new_price = r.master_price if r.master_price > 0 else r.price
        if r.master_stock != r.stock or new_price != r.price:
            yield SkuChange(
                sku_id=r.sku_id,
                spu_id=r.spu_id,
                master_sku=r.master_sku,
                name=r.name or r.spu_name,
                old_stock=r.stock,
                new_stock=r.master_stock,
                old_price=r.price,
                new_price=new_price,
            )


def _by_spu(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    out: dict[int, list[_Row]] = {}
    for r in rows:
        out.setdefault(r.spu_id, []).append(r)
    return out


def _shelf_candidates(rows: Iterable[_Row], off_by_sync: set[int]) -> list[int]:
    """SPUs whose status could change: every master inactive, or taken off by export sync."""
    return [
        spu_id
        for spu_id, skus in _by_spu(rows).items()
        if spu_id in off_by_sync or not any(r.active for r in skus)
    ]


def _shelf_changes(rows: Iterable[_Row], off_by_sync: set[int]) -> Iterable[ShelfChange]:
    for spu_id, skus in _by_spu(rows).items():
        any_active = any(r.active for r in skus)
        status = skus[0].ware_status
        if not any_active and status == WARE_ONLINE:
            yield ShelfChange(spu_id, skus[0].spu_name, on_sale=False)
        elif any_active and status == WARE_OFFLINE and spu_id in off_by_sync:
            yield ShelfChange(spu_id, skus[0].spu_name, on_sale=True)


def _read_back(
    cat: Catalog,
    client: JdidClient,
    rows: list[_Row],
    off_by_sync: set[int],
    workers: int,
    cancel: CancelToken,
) -> None:
    """Read JD.ID's current stock (and status of SPUs that may change); record both."""
    sku_ids = [r.sku_id for r in rows]
    spu_ids = _shelf_candidates(rows, off_by_sync)
    stock: dict[int, int] = {}
    status: dict[int, int] = {}
    with CallPool(workers, name="jdid-sync-read") as pool:
        stock_calls = [
            pool.submit((0,), _unless_cancelled, cancel, client.query_stock, chunk)
            for chunk in _chunks(sku_ids, STOCK_BATCH)
        ]
        detail_calls = [
            pool.submit((0,), _unless_cancelled, cancel, client.get_spu_details, chunk)
            for chunk in _chunks(spu_ids, SPU_BATCH)
        ]
        for call in as_completed(stock_calls + detail_calls):
            result = call.result()  # a JdidError ends the preview: the pool drops the rest
            if isinstance(result, dict):
                stock.update(result)
            elif result is not None:
                status.update((d.spu_id, d.ware_status) for d in result)
    cancel.raise_if_cancelled()
    now = _now()
    with cat.transaction() as conn:
        for r in rows:
            if r.sku_id in stock and stock[r.sku_id] != r.stock:
                r.stock = stock[r.sku_id]
                conn.execute(
                    "UPDATE listings SET stock = ?, updated_at = ? WHERE sku_id = ?",
                    (r.stock, now, r.sku_id),
                )
            if r.spu_id in status and status[r.spu_id] != r.ware_status:
                r.ware_status = status[r.spu_id]
                conn.execute(
                    "UPDATE listings SET ware_status = ?, updated_at = ? WHERE sku_id = ?",
                    (r.ware_status, now, r.sku_id),
                )


def _unless_cancelled(cancel: CancelToken, fn: Callable[..., Any], *args: Any) -> Any:
    """Run a call only if the work was not stopped meanwhile (a call already sent finishes)."""
    if cancel.cancelled:
        return None
    return fn(*args)


# ----- the push ------------------------------------------------------------------------------


@dataclass
class _Unit:
    """One call's worth of changes."""

    what: str
    skus: Sequence[SkuChange] = ()
    spus: Sequence[ShelfChange] = ()

    @property
    def size(self) -> int:
        return len(self.skus) or len(self.spus)


@dataclass
class _Outcome:
    stock_ok: list[SkuChange] = field(default_factory=list)
    price_ok: list[SkuChange] = field(default_factory=list)
    shelf_ok: list[ShelfChange] = field(default_factory=list)
    failures: list[PushFailure] = field(default_factory=list)
    calls: int = 0
    stop_key: str | None = None


class PushJob:
    """Pushes a preview's changes to JD.ID and records what was written in the catalog."""

    def __init__(
        self,
        client: JdidClient,
        catalog_path: Path,
        preview: SyncPreview,
        *,
        on_progress: ProgressFn | None = None,
        workers: int = 8,
        cancel_token: CancelToken | None = None,
    ) -> None:
        self.client = client
        self.catalog_path = Path(catalog_path)
        self.preview = preview
        self.workers = max(1, workers)
        self.cancel_token = cancel_token or CancelToken()
        self._throttle = ProgressThrottle(on_progress)  # type: ignore[arg-type]
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Stop: calls already sent finish, nothing after them starts. Safe from any thread."""
        self.cancel_token.cancel()

    def run(self) -> PushResult:
        started = time.monotonic()
        units = self._units()
        total = sum(u.size for u in units)
        done = failed = calls = 0
        totals = {"stock": 0, "price": 0, "shelf": 0}
        failures: list[PushFailure] = []
        stop_key: str | None = None

        def report(phase: str) -> None:
            elapsed = time.monotonic() - started
            self._throttle.offer(PushProgress(phase, done, total, failed, calls, elapsed))

        report(PUSHING)
        with Catalog.open(self.catalog_path) as cat, CallPool(self.workers, "jdid-push") as pool:
            futures: dict[Future[_Outcome | None], _Unit] = {
                pool.submit((i,), self._do, unit): unit for i, unit in enumerate(units)
            }
            for future in as_completed(futures):
                outcome = future.result()
                if outcome is None:  # not started: the push was stopped
                    continue
                _record(cat, self.preview.shop_id, outcome)
                unit = futures[future]
                done += unit.size
                failed += len(outcome.failures)
                calls += outcome.calls
                totals["stock"] += len(outcome.stock_ok)
                totals["price"] += len(outcome.price_ok)
                totals["shelf"] += len(outcome.shelf_ok)
                failures.extend(outcome.failures)
                if outcome.stop_key and stop_key is None:
                    stop_key = outcome.stop_key
                    self.cancel_token.cancel()  # everything after would fail the same way
                report(PUSHING)
        cancelled = self.cancel_token.cancelled and stop_key is None
        phase = FAILED if stop_key else CANCELLED if cancelled else DONE
        report(phase)
        failures.sort(key=lambda f: (f.spu_id, f.sku_id or 0, f.what))
        result = PushResult(
            stock_done=totals["stock"],
            price_done=totals["price"],
            shelf_done=totals["shelf"],
            failures=tuple(failures),
            not_started=total - done,
            cancelled=cancelled,
            stop_key=stop_key,
            calls=calls,
            elapsed_s=time.monotonic() - started,
        )
        log.info(
            "export push: %d stock, %d price, %d status written, %d failed, %d not started, "
            "%d calls in %.1fs",
            result.stock_done, result.price_done, result.shelf_done, len(failures),
            result.not_started, calls, result.elapsed_s,
        )  # fmt: skip
        return result

    def _units(self) -> list[_Unit]:
        p = self.preview
        stock = [c for c in p.changes if c.stock_changed]
        price = [c for c in p.changes if c.price_changed]
        off = [s for s in p.shelf if not s.on_sale]
        on = [s for s in p.shelf if s.on_sale]
        return [
            *(_Unit(STOCK, skus=chunk) for chunk in _chunks(stock, STOCK_BATCH)),
            *(_Unit(PRICE, skus=[c]) for c in price),
            *(_Unit(OFF_SHELF, spus=chunk) for chunk in _chunks(off, SHELF_BATCH)),
            *(_Unit(ON_SHELF, spus=chunk) for chunk in _chunks(on, SHELF_BATCH)),
        ]

    def _do(self, unit: _Unit) -> _Outcome | None:
        """One call (runs on a pool worker). None when the push was stopped before it."""
        if self.cancel_token.cancelled:
            return None
        out = _Outcome()
        try:
            if unit.what == STOCK:
                self._stock(unit.skus, out)
            elif unit.what == PRICE:
                self._price(unit.skus[0], out)
            else:
                self._shelf(unit.what, unit.spus, out)
        except JdidError as exc:  # the whole call failed: every change in it failed
            out.stop_key = None if isinstance(exc, PlatformError) else exc.key
            for c in unit.skus:
                out.failures.append(_failure(unit.what, c.sku_id, c.spu_id, c.name, exc))
            for s in unit.spus:
                out.failures.append(_failure(unit.what, None, s.spu_id, s.name, exc))
        return out

    def _stock(self, changes: Sequence[SkuChange], out: _Outcome) -> None:
        out.calls += 1
        results = self.client.update_stock({c.sku_id: c.new_stock for c in changes})
        for c in changes:
            r = results.get(c.sku_id)
            if r is not None and r.ok:
                out.stock_ok.append(c)
            else:
                key, code, msg = (REFUSED, r.code, r.message) if r else (NO_ANSWER, "", "")
                out.failures.append(PushFailure(STOCK, c.sku_id, c.spu_id, c.name, key, code, msg))

    def _price(self, change: SkuChange, out: _Outcome) -> None:
        out.calls += 1
        self.client.update_price(change.sku_id, change.new_price)
        out.price_ok.append(change)

    def _shelf(self, what: str, spus: Sequence[ShelfChange], out: _Outcome) -> None:
        call = self.client.on_shelf if what == ON_SHELF else self.client.off_shelf
        out.calls += 1
        try:
            call([s.spu_id for s in spus])
            out.shelf_ok.extend(spus)
        except PlatformError:
            if len(spus) == 1:
                raise
            # One SPU refused fails the whole call: try them one by one to find it.
            for s in spus:
                if self.cancel_token.cancelled:
                    return
                try:
                    out.calls += 1
                    call([s.spu_id])
                    out.shelf_ok.append(s)
                except PlatformError as exc:
                    out.failures.append(_failure(what, None, s.spu_id, s.name, exc))


def _failure(what: str, sku_id: int | None, spu_id: int, name: str, exc: JdidError) -> PushFailure:
    if isinstance(exc, PlatformError):  # "<method> refused: <JD.ID's words>"
        key, message = REFUSED, str(exc).split(" refused: ", 1)[-1]
    else:
        key, message = exc.key, ""
    return PushFailure(what, sku_id, spu_id, name, key, exc.code or "", message)


def _record(cat: Catalog, shop_id: str, out: _Outcome) -> None:
    """What JD.ID accepted becomes the listing's recorded value (one transaction per call)."""
    if not (out.stock_ok or out.price_ok or out.shelf_ok):
        return
    now = _now()
    with cat.transaction() as conn:
        conn.executemany(
            "UPDATE listings SET stock = ?, updated_at = ? WHERE sku_id = ?",
            [(c.new_stock, now, c.sku_id) for c in out.stock_ok],
        )
        conn.executemany(
            "UPDATE listings SET price = ?, updated_at = ? WHERE sku_id = ?",
            [(c.new_price, now, c.sku_id) for c in out.price_ok],
        )
        for s in out.shelf_ok:
            status = WARE_ONLINE if s.on_sale else WARE_OFFLINE
            conn.execute(
                "UPDATE listings SET ware_status = ?, updated_at = ? WHERE spu_id = ?",
                (status, now, s.spu_id),
            )
            if s.on_sale:
                conn.execute("DELETE FROM sync_off_shelf WHERE spu_id = ?", (s.spu_id,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO sync_off_shelf (spu_id, shop_id, taken_off_at)"
                    " VALUES (?, ?, ?)",
                    (s.spu_id, shop_id, now),
                )


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ----- texts (English source; the GUI translates them in the "ExportSync" context) -----------

CONTEXT = "ExportSync"

# Why a push or a preview stopped, by JdidError key (also the CLI's sentences).
STOP_REASONS: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP(
        "ExportSync", "Export sync was turned off, so the rest was not sent to JD.ID."
    ),
    "login_expired": QT_TRANSLATE_NOOP(
        "ExportSync",
        "Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.",
    ),
    "not_qualified": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. "
        "Upgrade to Qualified Seller in Seller Center first.",
    ),
    "wrong_api_key": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID does not know this API Key. Check it in step 12."
    ),
    "wrong_api_secret": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID does not accept this API Secret. Check it in step 12."
    ),
    "clock_wrong": QT_TRANSLATE_NOOP(
        "ExportSync",
        "This computer's clock is wrong, so JD.ID refuses the requests. Let the computer "
        "set its date and time automatically, then try again.",
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID is limiting requests right now. Wait a minute, then sync again."
    ),
    "no_network": QT_TRANSLATE_NOOP(
        "ExportSync", "There is no internet connection. Connect, then sync again."
    ),
    "platform_unreachable": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID is not answering. Try again in a few minutes."
    ),
    "unexpected_answer": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID gave an answer the wizard does not understand. Try again later; if it keeps "
        "happening, send the diagnostics file to support.",
    ),
    "platform_error": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID refused a request. Try again later; if it keeps happening, send the "
        "diagnostics file to support.",
    ),
}

# PushFailure.key -> the reason shown next to a failed change ({message}: JD.ID's words).
FAILURE_REASONS: dict[str, str] = {
    REFUSED: QT_TRANSLATE_NOOP("ExportSync", "JD.ID refused it: {message}"),
    NO_ANSWER: QT_TRANSLATE_NOOP("ExportSync", "JD.ID did not confirm this change."),
}

WHAT_NAMES: dict[str, str] = {
    STOCK: QT_TRANSLATE_NOOP("ExportSync", "Stock"),
    PRICE: QT_TRANSLATE_NOOP("ExportSync", "Price"),
    OFF_SHELF: QT_TRANSLATE_NOOP("ExportSync", "Take off sale"),
    ON_SHELF: QT_TRANSLATE_NOOP("ExportSync", "Put back on sale"),
}

ZERO_STOCK_WARNING = QT_TRANSLATE_NOOP(
    "ExportSync",
    "This would set the stock of {count} of your {linked} linked JD.ID products to 0, so "
    "buyers could not order them any more. This often means the master file is the wrong "
    "one or is missing stock numbers. Check the file first.",
)


def stop_sentence(key: str) -> str:
    return STOP_REASONS.get(key, STOP_REASONS["platform_error"])


def failure_reason(f: PushFailure) -> str:
    """The English reason for one failed change (the GUI translates the template)."""
    if f.key in FAILURE_REASONS:
        return FAILURE_REASONS[f.key].format(message=f.message or f.code)
    return stop_sentence(f.key)
