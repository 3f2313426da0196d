"""The preview: what export sync would change on JD.ID, read again from JD.ID first. No Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.catalog import Catalog
from wizard.jdid import WARE_OFFLINE, WARE_ONLINE, JdidClient
from wizard.jdid.client import SPU_BATCH, STOCK_BATCH
from wizard.jobs.callpool import CallPool
from wizard.jobs.cancel import CancelToken
from wizard.jobs.export_sync.models import (
    SYNCED_CLASSES,
    ShelfChange,
    SkuChange,
    SyncPreview,
    chunks,
    now_utc,
)


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
    FROM listings l JOIN listing_links k ON k.sku_id = l.sku_id JOIN masters m ON m.id = k.master_id
    WHERE l.shop_id = ? AND k.link_class IN {SYNCED_CLASSES!r}
    ORDER BY l.spu_id, l.sku_id"""


def linked_count(catalog: Catalog, shop_id: str) -> dict[str, int]:
    """Listings of the shop by link class (matched, new_master, empty_sku, ...)."""
    rows = catalog.query(
        """SELECT k.link_class, count(*) FROM listings l
           LEFT JOIN listing_links k ON k.sku_id = l.sku_id
           WHERE l.shop_id = ? GROUP BY k.link_class""",
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
            for chunk in chunks(sku_ids, STOCK_BATCH)
        ]
        detail_calls = [
            pool.submit((0,), _unless_cancelled, cancel, client.get_spu_details, chunk)
            for chunk in chunks(spu_ids, SPU_BATCH)
        ]
        for call in as_completed(stock_calls + detail_calls):
            result = call.result()  # a JdidError ends the preview: the pool drops the rest
            if isinstance(result, dict):
                stock.update(result)
            elif result is not None:
                status.update((d.spu_id, d.ware_status) for d in result)
    cancel.raise_if_cancelled()
    now = now_utc()
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
