"""Linking JD.ID listings to master products by SKU code, set-based in SQL.

Runs once at the end of an import run, inside the transaction that marks the run done, so
the classes always describe one complete run (a duplicate can only be known once every page
is in) and a crash during linking leaves the run resumable with nothing half-linked.
Keys are compared through `skucode.sku_key`, stored in the `sku_key` columns; each listing's
link (master and class) is a row of `listing_links`.
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

# Codes two or more SKUs of the shop share in this run: none of them is linked, all reported.
_DUPLICATES = """
    SELECT sku_key FROM listings WHERE seen_run_id = :run AND sku_key <> ''
    GROUP BY sku_key HAVING count(*) > 1"""

# The run's listings are read once into a plan (class and master of each), the few new
# masters are made from it, and only listings whose link changes are written: writing rows
# is what costs, and a re-import changes almost none. The plan is a temporary table of this
# connection, emptied before and after.
_STEPS = (
    """CREATE TEMP TABLE IF NOT EXISTS link_plan (
        sku_id INTEGER PRIMARY KEY, sku_key TEXT NOT NULL, master_id INTEGER, link_class TEXT)""",
    "DELETE FROM temp.link_plan",
    f"""WITH dup(sku_key) AS MATERIALIZED ({_DUPLICATES})
        INSERT INTO temp.link_plan (sku_id, sku_key, master_id, link_class)
        SELECT l.sku_id, l.sku_key,
               CASE WHEN l.sku_key = '' OR d.sku_key IS NOT NULL THEN NULL ELSE m.id END,
               CASE WHEN l.sku_key = '' THEN '{EMPTY_SKU}'
                    WHEN d.sku_key IS NOT NULL THEN '{DUPLICATE_SKU}'
                    WHEN m.id IS NOT NULL THEN '{MATCHED}' END
        FROM listings AS l
        LEFT JOIN dup AS d ON d.sku_key = l.sku_key
        LEFT JOIN masters AS m ON m.sku_key = l.sku_key
        WHERE l.seen_run_id = :run ORDER BY l.sku_id""",
    # What is left has a unique code no master has: it becomes a new master.
    """INSERT INTO masters (sku, sku_key, name, stock, price, origin, created_run_id,
                            created_at, updated_at)
        SELECT l.seller_sku_id, l.sku_key, coalesce(nullif(l.name, ''), l.spu_name), l.stock,
               l.price, 'jdid', :run, :now, :now
        FROM temp.link_plan AS p JOIN listings AS l ON l.sku_id = p.sku_id
        WHERE p.link_class IS NULL ORDER BY p.sku_id""",
    f"""UPDATE temp.link_plan SET link_class = '{NEW_MASTER}',
            master_id = (SELECT id FROM masters AS m WHERE m.sku_key = link_plan.sku_key)
        WHERE link_class IS NULL""",
    # Only the links that change are written (upsert into the narrow links table).
    """INSERT INTO listing_links (sku_id, master_id, link_class)
        SELECT sku_id, master_id, link_class FROM temp.link_plan WHERE true
        ON CONFLICT (sku_id) DO UPDATE SET
            master_id = excluded.master_id, link_class = excluded.link_class
        WHERE master_id IS NOT excluded.master_id OR link_class IS NOT excluded.link_class""",
    # Listings of this shop that this run did not import any more are unlinked, not deleted.
    f"""INSERT INTO listing_links (sku_id, master_id, link_class)
        SELECT sku_id, NULL, '{NOT_IMPORTED}' FROM listings
        WHERE shop_id = :shop AND seen_run_id <> :run
        ON CONFLICT (sku_id) DO UPDATE SET master_id = NULL, link_class = '{NOT_IMPORTED}'
        WHERE link_class IS NOT '{NOT_IMPORTED}' OR master_id IS NOT NULL""",
)

_CLASSES = (MATCHED, NEW_MASTER, EMPTY_SKU, DUPLICATE_SKU)
# One pass over the plan (a GROUP BY sorts it first); every listing of the plan has a class.
_COUNT_PLAN = (
    "SELECT "
    + ", ".join(f"count(*) FILTER (WHERE link_class = '{name}')" for name in _CLASSES)
    + " FROM temp.link_plan"
)


def link_run(conn: sqlite3.Connection, run_id: int, shop_id: str, now: str) -> LinkCounts:
    """Classify and link every listing seen by `run_id`. Call inside a transaction.

    Every master id written comes from a join with masters, so the caller may run this with
    foreign-key checks off (they cost a lookup per listing written)."""
    args = {"run": run_id, "shop": shop_id, "now": now}
    for sql in _STEPS:
        conn.execute(sql, args)
    by_class = dict(zip(_CLASSES, conn.execute(_COUNT_PLAN).fetchone(), strict=True))
    conn.execute("DELETE FROM temp.link_plan")
    return _counts(conn, by_class, run_id, shop_id)


def count_run(conn: sqlite3.Connection, run_id: int, shop_id: str) -> LinkCounts:
    by_class = dict(
        conn.execute(
            """SELECT k.link_class, count(*) FROM listings AS l
               LEFT JOIN listing_links AS k ON k.sku_id = l.sku_id
               WHERE l.seen_run_id = ? GROUP BY k.link_class""",
            (run_id,),
        ).fetchall()
    )
    return _counts(conn, by_class, run_id, shop_id)


def _counts(
    conn: sqlite3.Connection, by_class: dict[str, int], run_id: int, shop_id: str
) -> LinkCounts:
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
