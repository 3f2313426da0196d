"""The push: sending a preview's changes to JD.ID and recording what was written. No Qt."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from wizard.catalog import Catalog
from wizard.jdid import WARE_OFFLINE, WARE_ONLINE, JdidClient, JdidError, PlatformError
from wizard.jdid.client import STOCK_BATCH
from wizard.jobs.callpool import CallPool
from wizard.jobs.cancel import CancelToken
from wizard.jobs.export_sync.models import (
    NO_ANSWER,
    OFF_SHELF,
    ON_SHELF,
    PRICE,
    PUSHING,
    REFUSED,
    SHELF_BATCH,
    STOCK,
    ProgressFn,
    PushFailure,
    PushProgress,
    PushResult,
    ShelfChange,
    SkuChange,
    SyncPreview,
    chunks,
    now_utc,
)
from wizard.jobs.progress import CANCELLED, DONE, FAILED, ProgressThrottle

log = logging.getLogger(__name__)


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
            *(_Unit(STOCK, skus=chunk) for chunk in chunks(stock, STOCK_BATCH)),
            *(_Unit(PRICE, skus=[c]) for c in price),
            *(_Unit(OFF_SHELF, spus=chunk) for chunk in chunks(off, SHELF_BATCH)),
            *(_Unit(ON_SHELF, spus=chunk) for chunk in chunks(on, SHELF_BATCH)),
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
    now = now_utc()
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
