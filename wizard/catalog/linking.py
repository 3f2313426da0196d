"""Linking JD.ID listings to master products by SKU code, set-based in SQL.

Runs once at the end of an import run, inside the transaction that marks the run done, so
the classes always describe one complete run (a duplicate can only be known once every page
is in) and a crash during linking leaves the run resumable with nothing half-linked.
Keys are compared through `skucode.sku_key`, stored in the `sku_key` columns.
"""

from __future__ import annotations

import sqlite3

from wizard.catalog.models import (
    DUPLICATE_SKU,
    EMPTY_SKU,
    MATCHED,
    NEW_MASTER,
    NOT_IMPORTED,
    LinkCounts,
)

_STEPS = (
    # Forget the previous classification of everything this run saw.
    "UPDATE listings SET master_id = NULL, link_class = NULL WHERE seen_run_id = :run",
    f"UPDATE listings SET link_class = '{EMPTY_SKU}' WHERE seen_run_id = :run AND sku_key = ''",
    # Two or more SKUs of the shop with one code: none is linked, all are reported.
    f"""UPDATE listings SET link_class = '{DUPLICATE_SKU}'
        WHERE seen_run_id = :run AND sku_key IN (
            SELECT sku_key FROM listings WHERE seen_run_id = :run AND sku_key <> ''
            GROUP BY sku_key HAVING count(*) > 1)""",
    f"""UPDATE listings SET master_id = m.id, link_class = '{MATCHED}'
        FROM masters AS m
        WHERE listings.seen_run_id = :run AND listings.link_class IS NULL
          AND m.sku_key = listings.sku_key""",
    # What is left has a unique code no master has: it becomes a new master.
    """INSERT INTO masters (sku, sku_key, name, stock, price, origin, created_run_id,
                            created_at, updated_at)
        SELECT seller_sku_id, sku_key, coalesce(nullif(name, ''), spu_name), stock, price,
               'jdid', :run, :now, :now
        FROM listings WHERE seen_run_id = :run AND link_class IS NULL ORDER BY sku_id""",
    f"""UPDATE listings SET master_id = m.id, link_class = '{NEW_MASTER}'
        FROM masters AS m
        WHERE listings.seen_run_id = :run AND listings.link_class IS NULL
          AND m.sku_key = listings.sku_key""",
    # Listings of this shop that this run did not import any more are unlinked, not deleted.
    f"""UPDATE listings SET master_id = NULL, link_class = '{NOT_IMPORTED}'
        WHERE shop_id = :shop AND seen_run_id <> :run
          AND (link_class IS NOT '{NOT_IMPORTED}' OR master_id IS NOT NULL)""",
)


def link_run(conn: sqlite3.Connection, run_id: int, shop_id: str, now: str) -> LinkCounts:
    """Classify and link every listing seen by `run_id`. Call inside a transaction."""
    args = {"run": run_id, "shop": shop_id, "now": now}
    for sql in _STEPS:
        conn.execute(sql, args)
    return count_run(conn, run_id, shop_id)


def count_run(conn: sqlite3.Connection, run_id: int, shop_id: str) -> LinkCounts:
    by_class = dict(
        conn.execute(
            "SELECT link_class, count(*) FROM listings WHERE seen_run_id = ? GROUP BY link_class",
            (run_id,),
        ).fetchall()
    )
    skipped = conn.execute("SELECT count(*) FROM run_skipped WHERE run_id = ?", (run_id,))
    gone = conn.execute(
        "SELECT count(*) FROM listings WHERE shop_id = ? AND seen_run_id <> ?", (shop_id, run_id)
    )
    return LinkCounts(
        imported=sum(by_class.values()),
        matched=by_class.get(MATCHED, 0),
        new_master=by_class.get(NEW_MASTER, 0),
        empty_sku=by_class.get(EMPTY_SKU, 0),
        duplicate_sku=by_class.get(DUPLICATE_SKU, 0),
        skipped_spus=skipped.fetchone()[0],
        not_imported=gone.fetchone()[0],
    )
