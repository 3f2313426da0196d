"""The catalog's schema, as an ordered list of migrations.

`PRAGMA user_version` holds the number of migrations applied. Opening a catalog applies
the missing ones in one transaction each; a file from a newer wizard is refused
(catalog_too_new) rather than guessed at. Add a migration by appending to MIGRATIONS;
never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3

V1 = """
CREATE TABLE masters (
    id             INTEGER PRIMARY KEY,
    sku            TEXT    NOT NULL,          -- as the seller wrote it (cleaned)
    sku_key        TEXT    NOT NULL UNIQUE,   -- skucode.sku_key(sku), never ''
    name           TEXT    NOT NULL,
    stock          INTEGER NOT NULL DEFAULT 0,
    price          INTEGER NOT NULL DEFAULT 0, -- rupiah
    origin         TEXT    NOT NULL,          -- 'csv' | 'jdid' (created by an import)
    created_run_id INTEGER,                   -- the import run that created it, if any
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE TABLE import_runs (
    id           INTEGER PRIMARY KEY,
    shop_id      TEXT    NOT NULL,
    state        TEXT    NOT NULL,   -- running | cancelled | failed | done | abandoned
    page_size    INTEGER NOT NULL,
    next_page    INTEGER NOT NULL,   -- checkpoint: first SPU page not yet committed
    pages_total  INTEGER NOT NULL DEFAULT 0,
    spus_total   INTEGER NOT NULL DEFAULT 0,
    spus_done    INTEGER NOT NULL DEFAULT 0,
    skus_done    INTEGER NOT NULL DEFAULT 0,
    calls        INTEGER NOT NULL DEFAULT 0,
    elapsed_s    REAL    NOT NULL DEFAULT 0,
    error_key    TEXT,
    counts_json  TEXT,               -- final counts, written with state = done
    started_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    finished_at  TEXT
);

CREATE TABLE listings (
    sku_id        INTEGER PRIMARY KEY,       -- JD.ID skuId
    shop_id       TEXT    NOT NULL,
    spu_id        INTEGER NOT NULL,
    seller_sku_id TEXT    NOT NULL,          -- the seller's SKU code on JD.ID, cleaned
    sku_key       TEXT    NOT NULL,          -- '' when the SKU code is empty
    spu_name      TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    price         INTEGER NOT NULL,
    stock         INTEGER NOT NULL,
    audit_status  INTEGER NOT NULL,
    ware_status   INTEGER NOT NULL,
    sku_status    INTEGER NOT NULL,
    master_id     INTEGER REFERENCES masters(id) ON DELETE SET NULL,
    link_class    TEXT,  -- matched | new_master | empty_sku | duplicate_sku | gone | NULL
    seen_run_id   INTEGER NOT NULL,          -- the last import run that saw it
    updated_at    TEXT    NOT NULL
);
CREATE INDEX listings_run_key ON listings (seen_run_id, sku_key);
CREATE INDEX listings_shop ON listings (shop_id);
CREATE INDEX listings_master ON listings (master_id);

-- SPUs an import run did not import, with the reason the report shows.
CREATE TABLE run_skipped (
    run_id       INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    spu_id       INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    audit_status INTEGER NOT NULL,
    ware_status  INTEGER NOT NULL,
    reason       TEXT    NOT NULL,  -- not_qc_passed | deleted
    PRIMARY KEY (run_id, spu_id)
);
"""

# Export sync (step 17): a master can be marked inactive (the CSV's `active` column); an SPU
# whose linked masters are all inactive is taken off sale, and only SPUs export sync took off
# sale are put back on sale by it (one the seller took off by hand stays off).
V2 = """
ALTER TABLE masters ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

CREATE TABLE sync_off_shelf (
    spu_id       INTEGER PRIMARY KEY,    -- taken off sale by export sync
    shop_id      TEXT    NOT NULL,
    taken_off_at TEXT    NOT NULL
);
"""

# What each committed page of an import run held, so a resumed run can redo the last
# committed page (products deleted on JD.ID between a stop and the resume shift the pages;
# redoing one page catches what shifted back) and still count its totals right.
V3 = """
CREATE TABLE run_pages (
    run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    page   INTEGER NOT NULL,
    spus   INTEGER NOT NULL,
    skus   INTEGER NOT NULL,
    PRIMARY KEY (run_id, page)
);
"""

# Resume by SPU id: products deleted or added on JD.ID between a stop and the
# resume move every later product to another page, so a resumed run walks the SPU list once
# more at the end and reconciles it with the SPUs it handled (run_spus). A listing this run
# saw of an SPU deleted meanwhile goes back to the run that saw it before
# (prev_seen_run_id), or away if no earlier run had it: as if the run had never seen it.
V4 = """
CREATE TABLE run_spus (
    run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    spu_id INTEGER NOT NULL,
    PRIMARY KEY (run_id, spu_id)
);
ALTER TABLE listings ADD COLUMN prev_seen_run_id INTEGER;
"""

# Nothing looks listings up by master (every join goes from a listing to its master), and
# masters are never deleted, so the index on listings.master_id only cost a write per
# listing linked (a third of the linking time).
V5 = """
DROP INDEX IF EXISTS listings_master;
"""

# A listing's link (its master and class) lives in a narrow table of its own: the end of an
# import writes every listing's link, and rewriting the wide listings rows for it was most of
# the linking time. A listing without a row here is not linked yet (its run is not done).
# The old columns stay in listings (SQLite cannot drop a column a foreign key uses), emptied
# so that nothing reads a stale link. The shop's index also holds the run that last saw each
# listing: the end of a run finds the listings it did not see in the index alone.
V6 = """
CREATE TABLE listing_links (
    sku_id     INTEGER PRIMARY KEY REFERENCES listings(sku_id) ON DELETE CASCADE,
    master_id  INTEGER REFERENCES masters(id),
    link_class TEXT    NOT NULL  -- matched | new_master | empty_sku | duplicate_sku | gone
);
INSERT INTO listing_links (sku_id, master_id, link_class)
    SELECT sku_id, master_id, link_class FROM listings WHERE link_class IS NOT NULL;
UPDATE listings SET master_id = NULL, link_class = NULL
    WHERE master_id IS NOT NULL OR link_class IS NOT NULL;
DROP INDEX IF EXISTS listings_shop;
CREATE INDEX listings_shop_run ON listings (shop_id, seen_run_id);
"""

MIGRATIONS: list[str] = [V1, V2, V3, V4, V5, V6]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    return len(MIGRATIONS)
