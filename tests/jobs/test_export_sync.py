"""Export sync against the real sandbox: preview, push, read back, failures, retry, stop."""

from __future__ import annotations

import ast
import threading
import time
from pathlib import Path

import pytest

from wizard.catalog import Catalog, MasterRow
from wizard.jdid import WARE_OFFLINE, WARE_ONLINE
from wizard.jobs import CancelToken, ImportJob
from wizard.jobs.export_sync import (
    DONE,
    PRICE,
    REFUSED,
    STOCK,
    PushJob,
    PushProgress,
    ShelfChange,
    SkuChange,
    SyncPreview,
    build_preview,
    failure_reason,
)
from wizard.jobs.progress import FAILED
from wizard.sandbox import SandboxServer

WRITES = {
    "jingdong.epistock.updateEpiMerchantWareStock",
    "jingdong.seller.price.updatePriceBySkuIds",
    "jingdong.seller.product.api.write.offShelf",
    "jingdong.seller.product.api.write.onShelf",
}


@pytest.fixture
def shop(make_sandbox, clients, tmp_path: Path):
    """A sandbox of 60 SPUs imported into a fresh catalog: (server, client, catalog, shop id)."""
    server = make_sandbox()
    client = clients(server)
    path = tmp_path / "catalog.sqlite3"
    shop_id = str(server.account.shop_id)
    ImportJob(client, path, shop_id).run()
    server.clear_call_log()
    return server, client, path, shop_id


def linked(path: Path) -> list[tuple]:
    """(master sku, master stock, master price, sku_id, spu_id, ware_status) of linked rows."""
    with Catalog.open(path) as cat:
        return list(
            cat.query(
                """SELECT m.sku, m.stock, m.price, l.sku_id, l.spu_id, l.ware_status
                   FROM listings l JOIN listing_links k ON k.sku_id = l.sku_id
                   JOIN masters m ON m.id = k.master_id
                   WHERE k.link_class IN ('matched', 'new_master') ORDER BY l.sku_id"""
            )
        )


def unlinked_sku_ids(path: Path) -> set[int]:
    with Catalog.open(path) as cat:
        rows = cat.query(
            """SELECT l.sku_id FROM listings l LEFT JOIN listing_links k ON k.sku_id = l.sku_id
               WHERE k.master_id IS NULL"""
        )
        return {r[0] for r in rows}


def save(path: Path, rows: list[MasterRow]) -> None:
    with Catalog.open(path) as cat:
        cat.save_masters(rows)


def written_ids(server: SandboxServer) -> tuple[set[int], set[int]]:
    """SKU ids and SPU ids that write calls in the sandbox's call log touched."""
    skus: set[int] = set()
    spus: set[int] = set()
    for rec in server.call_log:
        if rec.method.endswith("updateEpiMerchantWareStock"):
            skus |= {
                int(r["skuId"]) for r in ast.literal_eval(rec.params["wareStockUpdateListStr"])
            }
        elif rec.method.endswith("updatePriceBySkuIds"):
            skus.add(int(rec.params["skuId"]))
        elif rec.method.endswith("Shelf"):
            spus |= {int(s) for s in rec.params["spuId"]}
    return skus, spus


def write_calls(server: SandboxServer) -> int:
    return sum(1 for rec in server.call_log if rec.method in WRITES)


def change_masters(path: Path, every: int = 3, zero_every: int = 0) -> None:
    """Change stock of every `every`th linked master and the price of every other one."""
    seen: set[str] = set()
    rows = []
    for i, (sku, stock, price, *_rest) in enumerate(linked(path)):
        if sku in seen:
            continue
        seen.add(sku)
        new_stock = 0 if zero_every and i % zero_every == 0 else stock + (i % every == 0) * 7
        rows.append(MasterRow(sku, sku, new_stock, price + (i % 2) * 1000))
    save(path, rows)


def inactive_spu(path: Path) -> int:
    """Mark every master of one online SPU inactive; return that SPU."""
    by_spu: dict[int, list[str]] = {}
    for sku, _stock, _price, _sku_id, spu_id, ware in linked(path):
        if ware == WARE_ONLINE:
            by_spu.setdefault(spu_id, []).append(sku)
    spu_id, skus = next(iter(sorted(by_spu.items())))
    with Catalog.open(path) as cat:
        rows = [cat.master(s) for s in skus]
        cat.save_masters([MasterRow(m.sku, m.name, m.stock, m.price, False) for m in rows])
    return spu_id


def test_the_preview_is_what_the_sandbox_holds_after_the_push(shop) -> None:
    server, client, path, shop_id = shop
    before = {k.sku_id: (k.stock, k.price) for s in server.state.spus() for k in s.skus}
    assert build_preview(path, shop_id, client).empty  # right after an import: nothing to do

    change_masters(path)
    off_spu = inactive_spu(path)
    preview = build_preview(path, shop_id, client)
    assert preview.stock_changes > 5 and preview.price_changes > 5
    assert [(s.spu_id, s.on_sale) for s in preview.shelf] == [(off_spu, False)]
    assert not preview.zero_stock_guard

    result = PushJob(client, path, preview).run()
    assert result.ok and not result.failures
    assert result.stock_done == preview.stock_changes
    assert result.price_done == preview.price_changes and result.shelf_done == 1

    state = server.state
    for c in preview.changes:  # read back from the sandbox: every SKU as the preview said
        assert (state.stock(c.sku_id), state.price(c.sku_id)) == (c.new_stock, c.new_price)
    assert not state.on_sale(off_spu)
    changed = {c.sku_id for c in preview.changes}
    for spu in state.spus():  # and nothing else moved
        for k in spu.skus:
            if k.sku_id not in changed:
                assert (k.stock, k.price) == before[k.sku_id]

    # Never a write to an empty-SKU, duplicate-SKU or unlinked listing.
    skus, spus = written_ids(server)
    assert skus == changed and spus == {off_spu}
    assert not skus & unlinked_sku_ids(path)
    assert preview.empty_sku > 0 and preview.duplicate_sku > 0

    # Batching: stock in calls of up to 50 SKUs.
    stock_calls = [r for r in server.call_log if r.method.endswith("updateEpiMerchantWareStock")]
    assert len(stock_calls) == -(-preview.stock_changes // 50)

    # The catalog now records what JD.ID holds: a second sync pushes nothing.
    server.clear_call_log()
    assert build_preview(path, shop_id, client).empty
    assert write_calls(server) == 0


def test_a_product_active_again_goes_back_on_sale_only_if_sync_took_it_off(shop) -> None:
    server, client, path, shop_id = shop
    off_spu = inactive_spu(path)
    assert PushJob(client, path, build_preview(path, shop_id, client)).run().ok
    assert server.state.ware_status(off_spu) == WARE_OFFLINE

    with Catalog.open(path) as cat:  # one master of the SPU is active again
        sku = next(r[0] for r in linked(path) if r[4] == off_spu)
        m = cat.master(sku)
        cat.save_masters([MasterRow(m.sku, m.name, m.stock, m.price, True)])
    preview = build_preview(path, shop_id, client)
    assert [(s.spu_id, s.on_sale) for s in preview.shelf] == [(off_spu, True)]
    assert PushJob(client, path, preview).run().ok
    assert server.state.on_sale(off_spu)

    # SPUs the seller took off sale on JD.ID stay off, even though their masters are active.
    seller_off = {r[4] for r in linked(path) if r[5] == WARE_OFFLINE}
    assert seller_off, "the sandbox shop has offline SPUs"
    assert build_preview(path, shop_id, client).empty
    assert all(not server.state.on_sale(s) for s in seller_off)


def test_a_partial_failure_is_listed_and_a_retry_converges(shop) -> None:
    server, client, path, shop_id = shop
    change_masters(path, every=1)
    preview = build_preview(path, shop_id, client)
    stock_sku = next(c.sku_id for c in preview.changes if c.stock_changed)
    price_sku = next(c.sku_id for c in preview.changes if c.price_changed and c.sku_id != stock_sku)
    server.configure(fail_sku_writes=frozenset({stock_sku, price_sku}))

    first = PushJob(client, path, preview).run()
    got = {(f.what, f.sku_id) for f in first.failures}
    expected = {(STOCK, stock_sku), (PRICE, price_sku)}
    if preview.changes[[c.sku_id for c in preview.changes].index(stock_sku)].price_changed:
        expected.add((PRICE, stock_sku))
    if any(c.sku_id == price_sku and c.stock_changed for c in preview.changes):
        expected.add((STOCK, price_sku))
    assert got == expected
    assert all(f.key == REFUSED and f.code == "SKU_LOCKED" for f in first.failures)
    assert "locked" in failure_reason(first.failures[0])
    assert first.stock_done == preview.stock_changes - sum(1 for w, _ in expected if w == STOCK)
    assert not first.ok and not first.stop_key

    # What failed is still a difference; everything else is done.
    again = build_preview(path, shop_id, client)
    assert {c.sku_id for c in again.changes} == {stock_sku, price_sku}

    server.configure(fail_sku_writes=frozenset())
    server.clear_call_log()
    retry = PushJob(client, path, first.retry_preview(preview)).run()
    assert retry.ok and retry.stock_done + retry.price_done == len(expected)
    skus, _spus = written_ids(server)
    assert skus == {stock_sku, price_sku}  # only the failed ones were sent again
    for c in preview.changes:
        assert (server.state.stock(c.sku_id), server.state.price(c.sku_id)) == (
            c.new_stock,
            c.new_price,
        )
    assert build_preview(path, shop_id, client).empty


def test_turning_it_off_stops_further_pushes_at_once(make_sandbox, clients, tmp_path) -> None:
    server = make_sandbox(spus=200)
    client = clients(server)
    path = tmp_path / "catalog.sqlite3"
    shop_id = str(server.account.shop_id)
    ImportJob(client, path, shop_id).run()
    change_masters(path, every=1)
    preview = build_preview(path, shop_id, client)
    assert preview.stock_changes > 150
    server.configure(latency_ms=40)
    server.clear_call_log()

    job = PushJob(client, path, preview, workers=2, cancel_token=CancelToken())
    at_off: list[int] = []

    def seller_turns_it_off() -> None:  # as soon as JD.ID answered the first write
        while write_calls(server) == 0:
            time.sleep(0.002)
        at_off.append(write_calls(server))
        job.cancel()

    watcher = threading.Thread(target=seller_turns_it_off)
    watcher.start()
    outcome = job.run()
    watcher.join(5)
    assert outcome.cancelled and not outcome.stop_key and outcome.not_started > 0
    # Calls in flight when it was turned off (at most one per worker) finished; none started
    # after them.
    assert at_off[0] <= write_calls(server) == outcome.calls <= at_off[0] + 2
    assert outcome.calls < preview.stock_changes // 50
    server.clear_call_log()
    rest = build_preview(path, shop_id, client)  # the rest is still waiting, nothing lost
    assert rest.writes == preview.writes - outcome.stock_done - outcome.price_done


def test_the_zero_stock_guard(shop) -> None:
    server, client, path, shop_id = shop
    change_masters(path, zero_every=10)  # about 10% to 0: no question
    preview = build_preview(path, shop_id, client)
    assert 0 < preview.to_zero <= 0.2 * preview.linked and not preview.zero_stock_guard

    change_masters(path, zero_every=3)  # a third to 0: ask again
    preview = build_preview(path, shop_id, client)
    assert preview.to_zero > 0.2 * preview.linked and preview.zero_stock_guard
    assert write_calls(server) == 0  # previews only read


def test_a_stopped_login_ends_the_push_with_its_reason(shop) -> None:
    server, client, path, shop_id = shop
    change_masters(path, every=1)
    preview = build_preview(path, shop_id, client)
    server.configure(qualified=False)  # JD.ID answers code 24 from now on
    result = PushJob(client, path, preview, workers=1).run()
    assert result.stop_key == "not_qualified" and not result.cancelled
    assert result.stock_done == 0 and result.not_started > 0


def test_progress_reaches_done(shop) -> None:
    server, client, path, shop_id = shop
    change_masters(path)
    seen: list[PushProgress] = []
    PushJob(client, path, build_preview(path, shop_id, client), on_progress=seen.append).run()
    assert seen[-1].phase == DONE and seen[-1].fraction == 1.0
    assert seen[-1].done == seen[-1].total and FAILED not in {p.phase for p in seen}


def test_only_keeps_the_chosen_parts() -> None:
    a = SkuChange(1, 10, "A", "a", 1, 2, 100, 200)
    b = SkuChange(2, 10, "B", "b", 1, 1, 100, 300)
    p = SyncPreview("s", 2, 0, 0, (a, b), (ShelfChange(10, "x", False),))
    part = p.only(stock=[1], price=[], spus=[])
    assert part.changes == (SkuChange(1, 10, "A", "a", 1, 2, 100, 100),) and not part.shelf
    assert p.only([], [2], [10]).shelf and p.only([], [2], [10]).price_changes == 1
