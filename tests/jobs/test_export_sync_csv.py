"""The master CSV's optional `active` column drives the listing status on JD.ID."""

from __future__ import annotations

from pathlib import Path

from tests.jobs.test_export_sync import linked
from wizard.catalog import Catalog
from wizard.catalog.master_csv import BAD_ACTIVE, parse_master_csv
from wizard.jdid import WARE_ONLINE
from wizard.jobs import ImportJob
from wizard.jobs.export_sync import PushJob, build_preview


def csv_for(rows: list[tuple[str, int, int, str]], header: str = "aktif") -> bytes:
    lines = [f"Kode SKU;Nama;Stok;Harga;{header}"]
    lines += [f"{sku};Produk;{stock};{price};{active}" for sku, stock, price, active in rows]
    return ("\n".join(lines) + "\n").encode()


def test_active_values_in_english_and_indonesian() -> None:
    parsed = parse_master_csv(
        csv_for([("A", 1, 100, "ya"), ("B", 1, 100, "No"), ("C", 1, 100, "1"),
                 ("D", 1, 100, "tidak"), ("E", 1, 100, ""), ("F", 1, 100, "mungkin")])
    )  # fmt: skip
    assert [r.active for r in parsed.rows] == [True, False, True, False, None]
    assert [(p.line, p.key, p.value) for p in parsed.problems] == [(7, BAD_ACTIVE, "mungkin")]
    assert parsed.columns["active"] == "aktif"
    without = parse_master_csv(b"sku,name,stock,price\nA,a,1,100\n")
    assert without.rows[0].active is None and "active" not in without.columns


def test_an_empty_cell_or_no_column_keeps_the_stored_flag(tmp_path: Path) -> None:
    with Catalog.open(tmp_path / "c.sqlite3") as cat:
        cat.save_masters(parse_master_csv(csv_for([("A", 1, 100, "no")])).rows)
        assert cat.master("A").active is False
        rows = parse_master_csv(csv_for([("A", 1, 100, "")])).rows
        assert cat.plan_masters(rows).unchanged == 1
        cat.save_masters(rows)
        cat.save_masters(parse_master_csv(b"sku,name,stock,price\nA,Produk,1,100\n").rows)
        assert cat.master("A").active is False
        cat.save_masters(parse_master_csv(csv_for([("A", 1, 100, "yes")])).rows)
        assert cat.master("A").active is True


def test_inactive_products_take_their_spu_off_sale(make_sandbox, clients, tmp_path: Path) -> None:
    server = make_sandbox(spus=30)
    client = clients(server)
    path = tmp_path / "catalog.sqlite3"
    shop_id = str(server.account.shop_id)
    ImportJob(client, path, shop_id).run()
    rows = linked(path)
    spu = next(r[4] for r in rows if r[5] == WARE_ONLINE)
    own = [(sku, stock, price, "tidak") for sku, stock, price, _id, s, _w in rows if s == spu]
    with Catalog.open(path) as cat:
        cat.save_masters(parse_master_csv(csv_for(own)).rows)

    preview = build_preview(path, shop_id, client)
    assert [(s.spu_id, s.on_sale) for s in preview.shelf] == [(spu, False)]
    assert not preview.changes  # stock and price as they were
    assert PushJob(client, path, preview).run().ok
    assert not server.state.on_sale(spu)

    back = [(sku, stock, price, "ya" if i == 0 else "tidak") for i, (sku, stock, price, _a)
            in enumerate(own)]  # fmt: skip
    with Catalog.open(path) as cat:
        cat.save_masters(parse_master_csv(csv_for(back)).rows)
    preview = build_preview(path, shop_id, client)
    assert [(s.spu_id, s.on_sale) for s in preview.shelf] == [(spu, True)]
    assert PushJob(client, path, preview).run().ok
    assert server.state.on_sale(spu)
    assert build_preview(path, shop_id, client).empty
