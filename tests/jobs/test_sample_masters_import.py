"""A practice import with the sample master list links the SKUs both have (worked out from
the sandbox's seeded data, not written down here)."""

from __future__ import annotations

import requests

from tests.jobs.conftest import expected_classes
from wizard.catalog import Catalog, sku_key
from wizard.catalog.master_csv import read_master_csv
from wizard.jobs import ImportJob
from wizard.jobs.export_sync import build_preview


def test_a_practice_import_with_the_sample_list_links_the_shared_sku_codes(
    sandbox, sandbox_token, clients, tmp_path
):
    sample = tmp_path / "produk-saya.xlsx"
    sample.write_bytes(
        requests.get(sandbox.base_url + "/practice/sample-products.xlsx", timeout=5).content
    )
    rows = read_master_csv(sample).rows
    catalog = tmp_path / "c.sqlite3"
    with Catalog.open(catalog) as cat:
        cat.save_masters(rows)
    report = ImportJob(clients(sandbox, sandbox_token), catalog, str(sandbox.account.shop_id)).run()

    codes = {k.sku_id: sku_key(k.seller_sku_id) for s in sandbox.state.spus() for k in s.skus}
    mine = {sku_key(r.sku) for r in rows}
    linkable = [i for i, cls in expected_classes(sandbox).items() if cls == "new_master"]
    want = sorted(i for i in linkable if codes[i] in mine)
    assert len(want) >= 10  # the point of the sample: many links, not 0
    assert report.counts.matched == len(want)
    assert report.counts.new_master == len(linkable) - len(want)
    # Step 17's preview: the sample's stock and prices differ from the shop's here and there.
    preview = build_preview(catalog, str(sandbox.account.shop_id))
    assert preview.linked == len(linkable)  # the new products from JD.ID are linked too
    mine_by_code = {sku_key(r.sku): r for r in rows}
    shop_skus = {k.sku_id: k for s in sandbox.state.spus() for k in s.skus}
    differ = [
        i
        for i in want
        if (mine_by_code[codes[i]].stock, mine_by_code[codes[i]].price)
        != (shop_skus[i].stock, shop_skus[i].price)
    ]
    assert len(preview.changes) == len(differ) > 0
