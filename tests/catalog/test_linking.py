"""Linking JD.ID listings to master products by SKU code, through import runs."""

from __future__ import annotations

from wizard.catalog import (
    DUPLICATE_SKU,
    EMPTY_SKU,
    MATCHED,
    NEW_MASTER,
    NOT_IMPORTED,
    SKIP_NOT_QC_PASSED,
    Catalog,
    Listing,
    MasterRow,
    RunCounters,
    SkippedSpu,
)
from wizard.catalog.skucode import sku_key  # noqa: E402

SHOP = "10023456"
ZERO = RunCounters(0, 0, 0, 0, 0, 0.0)


def listing(sku_id: int, code: str, spu_id: int = 1, name: str = "") -> Listing:
    return Listing(sku_id, spu_id, code, f"SPU {spu_id}", name or f"SKU {sku_id}", 1000, 3, 2, 1, 1)


def import_pages(cat: Catalog, pages: list[list[Listing]], skipped=()) -> tuple:
    run = cat.begin_run(SHOP, 100)
    for number, page in enumerate(pages, start=1):
        cat.commit_page(run, number, page, skipped if number == 1 else (), ZERO)
    return run, cat.finish_run(run, ZERO)


def link_class(cat: Catalog, sku_id: int) -> tuple[str | None, str | None]:
    row = cat.listing(sku_id)
    assert row is not None
    master = None
    if row["master_id"] is not None:
        master = next(m.sku for m in cat.masters() if m.id == row["master_id"])
    return row["link_class"], master


def test_every_listing_lands_in_one_class(catalog: Catalog) -> None:
    catalog.save_masters([MasterRow("KAOS-01", "Kaos", 5, 15000)])
    pages = [
        [listing(1, " kaos-01"), listing(2, ""), listing(3, "TOPI-1")],
        # the same code again two pages later: a duplicate is known only at the end
        [listing(4, "SEPATU")],
        [listing(5, "Topi-1 "), listing(6, "\u200b")],
    ]
    skipped = [SkippedSpu(99, "Rejected hat", 3, 1, SKIP_NOT_QC_PASSED)]
    _run, counts = import_pages(catalog, pages, skipped)
    assert link_class(catalog, 1) == (MATCHED, "KAOS-01")
    assert link_class(catalog, 2) == (EMPTY_SKU, None)
    assert link_class(catalog, 3) == (DUPLICATE_SKU, None)
    assert link_class(catalog, 5) == (DUPLICATE_SKU, None)
    assert link_class(catalog, 4) == (NEW_MASTER, "SEPATU")
    assert link_class(catalog, 6) == (EMPTY_SKU, None)
    assert (counts.imported, counts.matched, counts.new_master) == (6, 1, 1)
    assert (counts.empty_sku, counts.duplicate_sku, counts.skipped_spus) == (2, 2, 1)
    new = catalog.master("sepatu")
    assert new is not None and (new.origin, new.name, new.stock) == ("jdid", "SKU 4", 3)
    assert catalog.count_masters() == 2  # no master for empty or duplicate codes


def test_a_second_run_updates_and_never_duplicates(catalog: Catalog) -> None:
    pages = [[listing(1, "A"), listing(2, "B")], [listing(3, "C")]]
    import_pages(catalog, pages)
    masters_after_first = catalog.masters()
    _run, counts = import_pages(catalog, pages)
    assert catalog.masters() == masters_after_first
    assert catalog.count_listings() == 3
    assert (counts.matched, counts.new_master) == (3, 0)  # now linked to the masters made


def test_a_fixed_duplicate_is_linked_on_the_next_import(catalog: Catalog) -> None:
    import_pages(catalog, [[listing(1, "A"), listing(2, "A")]])
    assert link_class(catalog, 1)[0] == DUPLICATE_SKU
    import_pages(catalog, [[listing(1, "A"), listing(2, "A-2")]])  # seller fixed SKU 2
    assert link_class(catalog, 1) == (NEW_MASTER, "A")
    assert link_class(catalog, 2) == (NEW_MASTER, "A-2")


def test_listings_no_longer_imported_are_unlinked_but_kept(catalog: Catalog) -> None:
    import_pages(catalog, [[listing(1, "A"), listing(2, "B")]])
    _run, counts = import_pages(catalog, [[listing(1, "A")]])  # SKU 2 was deleted on JD.ID
    assert link_class(catalog, 2) == (NOT_IMPORTED, None)
    assert counts.not_imported == 1 and counts.imported == 1
    assert catalog.master("B") is not None  # the seller's master product stays


def test_a_run_left_unfinished_is_offered_for_resuming(catalog: Catalog) -> None:
    run = catalog.begin_run(SHOP, 50)
    catalog.commit_page(run, 1, [listing(1, "A")], (), RunCounters(4, 200, 50, 1, 7, 1.5))
    pending = catalog.resumable_run(SHOP)
    assert pending is not None and pending.id == run.id
    assert (pending.next_page, pending.spus_done, pending.calls) == (2, 50, 7)
    assert catalog.resumable_run("another shop") is None
    fresh = catalog.begin_run(SHOP, 50)  # "start over" abandons the old one
    assert catalog.run(run.id).state == "abandoned"
    assert catalog.resumable_run(SHOP).id == fresh.id


def test_linking_leaves_foreign_keys_checked(catalog: Catalog) -> None:
    """Linking runs without foreign-key checks (its master ids come from a join); every
    other write of the catalog still has them."""
    import_pages(catalog, [[listing(1, "A")]])
    assert next(catalog.query("PRAGMA foreign_keys"))[0] == 1


def test_a_master_plan_says_how_many_rows_a_jdid_product_has(tmp_path) -> None:
    """Before any import nothing is known; after it, rows whose SKU code a JD.ID product
    of the list has (linked, so sync reaches them) are counted, in any spelling of the code."""
    with Catalog.open(tmp_path / "c.sqlite3") as cat:
        rows = [MasterRow("KAOS-01", "Kaos", 5, 15000), MasterRow("TOPI-9", "Topi", 1, 9000)]
        assert cat.plan_masters(rows).on_jdid is None
        import_pages(cat, [[listing(1, " kaos-01 "), listing(2, ""), listing(3, "tas")]])
        plan = cat.plan_masters(rows)
        assert (plan.new, plan.updated, plan.on_jdid) == (1, 1, 1)
        assert cat.plan_masters([MasterRow("TAS", "Tas", 2, 5000)]).on_jdid == 1


def test_links_made_before_the_links_table_survive_the_upgrade(tmp_path, monkeypatch) -> None:
    """A catalog linked by a wizard of schema 5 (links in the listings rows) opens in this
    one with every link where it was, and a re-import keeps them."""
    from wizard.catalog import schema

    path = tmp_path / "c.sqlite3"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        with Catalog.open(path) as cat:
            with cat.transaction() as conn:  # a master as the schema-5 wizard saved it
                conn.execute(
                    """INSERT INTO masters (sku, sku_key, name, stock, price, origin,
                           created_at, updated_at)
                       VALUES ('KAOS-01', ?, 'Kaos', 5, 15000, 'csv', '', '')""",
                    (sku_key("KAOS-01"),),
                )
            run = cat.begin_run(SHOP, 100)
            cat.commit_page(run, 1, [listing(1, "kaos-01"), listing(2, "")], (), ZERO)
            with cat.transaction() as conn:  # what the schema-5 linking wrote
                conn.execute(
                    f"""UPDATE listings SET link_class = CASE sku_id WHEN 1 THEN '{MATCHED}'
                        ELSE '{EMPTY_SKU}' END, master_id = CASE sku_id WHEN 1 THEN
                        (SELECT id FROM masters) END"""
                )
    with Catalog.open(path) as cat:
        assert cat.version == schema.latest_version()
        assert link_class(cat, 1) == (MATCHED, "KAOS-01")
        assert link_class(cat, 2) == (EMPTY_SKU, None)
        assert [row[1] for row in cat.linked_listings(SHOP)] == ["KAOS-01"]
        _run, counts = import_pages(cat, [[listing(1, "KAOS-01"), listing(2, "")]])
        assert (counts.matched, counts.empty_sku) == (1, 1)
        assert link_class(cat, 1) == (MATCHED, "KAOS-01")
