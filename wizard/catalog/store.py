"""The catalog: one SQLite file in the data folder (WAL, versioned schema, keyed errors).

Every write runs in one `BEGIN IMMEDIATE` transaction, so a crash (even SIGKILL) leaves the
file as it was before or after a write, never between. All sqlite3 and OS errors leave this
module as `CatalogError` with a key (see errors.py).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wizard.catalog import schema
from wizard.catalog.errors import (
    CATALOG_BAD_VALUE,
    CATALOG_CORRUPT,
    CATALOG_ERROR,
    CATALOG_TOO_NEW,
    CatalogError,
    catalog_error_from,
)
from wizard.catalog.linking import count_run, link_run
from wizard.catalog.models import (
    MATCHED,
    NEW_MASTER,
    ImportRun,
    LinkCounts,
    Listing,
    MasterPlan,
    MasterProduct,
    MasterRow,
    RunCounters,
    SkippedSpu,
)
from wizard.catalog.skucode import clean_sku, sku_key


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Catalog:
    """An open catalog file. Safe to share between threads (calls are serialised), though
    the importer keeps all its writes on its own thread."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, busy_timeout_s: float = 5.0) -> Catalog:
        """Open (creating if needed) and migrate the catalog at `path`."""
        path = Path(path)
        conn = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            # Reading the header first tells a damaged/foreign file apart from a locked one.
            version = schema.schema_version(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version > schema.latest_version():
                raise CatalogError(CATALOG_TOO_NEW, path, f"schema {version}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # A read-only file cannot switch to WAL; say so rather than run without it.
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives app crashes
            catalog = cls(path, conn)
            catalog._migrate(version)
            return catalog
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.Error | OSError | CatalogError):
                raise catalog_error_from(exc, path) from exc
            raise

    def _migrate(self, version: int) -> None:
        for number, script in enumerate(schema.MIGRATIONS[version:], start=version + 1):
            with self.transaction() as conn:
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        with self._reading() as conn:
            return schema.schema_version(conn)

    # ----- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; everything inside commits together or not at all."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise catalog_error_from(exc, self.path) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error | CatalogError):
                    raise catalog_error_from(exc, self.path) from exc
                if isinstance(exc, Exception):
                    # A value SQLite cannot hold (OverflowError for an integer over 2**63)
                    # or any other slip: rolled back, and a sentence rather than a traceback.
                    bad_value = isinstance(exc, OverflowError | ValueError | TypeError)
                    key = CATALOG_BAD_VALUE if bad_value else CATALOG_ERROR
                    raise CatalogError(key, self.path, repr(exc)) from exc
                raise

    @contextmanager
    def _foreign_keys_off(self) -> Iterator[None]:
        """Foreign-key checks off for writes that keep the keys right by themselves (they
        cost a lookup per row written). Outside a transaction only: SQLite ignores it inside."""
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise catalog_error_from(exc, self.path) from exc

    # ----- master products -----------------------------------------------------------------

    def plan_masters(self, rows: Iterable[MasterRow]) -> MasterPlan:
        """What `save_masters(rows)` would do, without writing anything."""
        with self._reading() as conn:
            return _plan(conn, rows)

    def save_masters(self, rows: Iterable[MasterRow], origin: str = "csv") -> MasterPlan:
        """Add or update master products by SKU code, all in one transaction."""
        rows = list(rows)
        now = _now()
        with self.transaction() as conn:
            plan = _plan(conn, rows)
            conn.executemany(
                """INSERT INTO masters (sku, sku_key, name, stock, price, active, origin,
                                        created_at, updated_at)
                   VALUES (:sku, :key, :name, :stock, :price, coalesce(:active, 1), :origin,
                           :now, :now)
                   ON CONFLICT (sku_key) DO UPDATE SET
                       sku = excluded.sku, name = excluded.name, stock = excluded.stock,
                       price = excluded.price, active = coalesce(:active, active),
                       updated_at = excluded.updated_at
                   WHERE (sku, name, stock, price, active) IS NOT
                         (excluded.sku, excluded.name, excluded.stock, excluded.price,
                          coalesce(:active, active))""",
                (
                    {
                        "sku": clean_sku(r.sku),
                        "key": sku_key(r.sku),
                        "name": r.name,
                        "stock": r.stock,
                        "price": r.price,
                        "active": r.active,
                        "origin": origin,
                        "now": now,
                    }
                    for r in rows
                ),
            )
            return plan

    def master(self, sku: str) -> MasterProduct | None:
        with self._reading() as conn:
            row = conn.execute(f"{_MASTER_SELECT} WHERE sku_key = ?", (sku_key(sku),)).fetchone()
            return _master(row) if row else None

    def masters(self, limit: int = -1, offset: int = 0) -> list[MasterProduct]:
        with self._reading() as conn:
            rows = conn.execute(
                f"{_MASTER_SELECT} ORDER BY sku_key LIMIT ? OFFSET ?", (limit, offset)
            ).fetchall()
            return [_master(r) for r in rows]

    def count_masters(self) -> int:
        with self._reading() as conn:
            return conn.execute("SELECT count(*) FROM masters").fetchone()[0]

    # ----- listings ------------------------------------------------------------------------

    def listing(self, sku_id: int) -> dict[str, Any] | None:
        """One listing's row with its link (master_id and link_class None until linked)."""
        with self._reading() as conn:
            row = conn.execute(
                """SELECT l.*, k.master_id AS link_master_id, k.link_class AS link_link_class
                   FROM listings l LEFT JOIN listing_links k ON k.sku_id = l.sku_id
                   WHERE l.sku_id = ?""",
                (sku_id,),
            ).fetchone()
            if row is None:
                return None
            out = dict(row)  # the old link columns of listings are empty: the link's instead
            out["master_id"], out["link_class"] = (
                out.pop("link_master_id"),
                out.pop("link_link_class"),
            )
            return out

    def count_listings(self, shop_id: str | None = None) -> int:
        with self._reading() as conn:
            if shop_id is None:
                return conn.execute("SELECT count(*) FROM listings").fetchone()[0]
            sql = "SELECT count(*) FROM listings WHERE shop_id = ?"
            return conn.execute(sql, (shop_id,)).fetchone()[0]

    def linked_listings(self, shop_id: str) -> list[tuple[int, str, int, int]]:
        """(master id, master SKU, JD.ID skuId, spuId) for every linked listing of a shop."""
        with self._reading() as conn:
            return [
                tuple(r)
                for r in conn.execute(
                    """SELECT m.id, m.sku, l.sku_id, l.spu_id FROM listings l
                       JOIN listing_links k ON k.sku_id = l.sku_id
                       JOIN masters m ON m.id = k.master_id
                       WHERE l.shop_id = ? ORDER BY m.sku_key, l.sku_id""",
                    (shop_id,),
                )
            ]

    # ----- import runs ---------------------------------------------------------------------

    def resumable_run(self, shop_id: str) -> ImportRun | None:
        """The newest unfinished import run of this shop, if any (resume continues it)."""
        with self._reading() as conn:
            row = conn.execute(
                """SELECT * FROM import_runs WHERE shop_id = ?
                   AND state IN ('running', 'cancelled', 'failed') ORDER BY id DESC LIMIT 1""",
                (shop_id,),
            ).fetchone()
            return ImportRun.from_row(row) if row else None

    def last_finished_run(self, shop_id: str) -> ImportRun | None:
        with self._reading() as conn:
            row = conn.execute(
                """SELECT * FROM import_runs WHERE shop_id = ? AND state = 'done'
                   ORDER BY id DESC LIMIT 1""",
                (shop_id,),
            ).fetchone()
            return ImportRun.from_row(row) if row else None

    def run(self, run_id: int) -> ImportRun:
        with self._reading() as conn:
            row = conn.execute("SELECT * FROM import_runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise KeyError(run_id)
            return ImportRun.from_row(row)

    def begin_run(self, shop_id: str, page_size: int) -> ImportRun:
        """Start a new import run; any unfinished one of the shop is marked abandoned."""
        now = _now()
        with self.transaction() as conn:
            conn.execute(
                """UPDATE import_runs SET state = 'abandoned', updated_at = ?
                   WHERE shop_id = ? AND state IN ('running', 'cancelled', 'failed')""",
                (now, shop_id),
            )
            cur = conn.execute(
                """INSERT INTO import_runs (shop_id, state, page_size, next_page, started_at,
                                            updated_at)
                   VALUES (?, 'running', ?, 1, ?, ?)""",
                (shop_id, page_size, now, now),
            )
            run_id = cur.lastrowid
        return self.run(run_id)

    def reopen_run(self, run_id: int) -> ImportRun:
        """Mark an unfinished run as running again (resume)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE import_runs SET state = 'running', error_key = NULL, updated_at = ?"
                " WHERE id = ?",
                (_now(), run_id),
            )
        return self.run(run_id)

    def commit_page(
        self,
        run: ImportRun,
        page: int,
        listings: Iterable[Listing],
        skipped: Iterable[SkippedSpu],
        counters: RunCounters,
        spus: int = 0,
        spu_ids: Iterable[int] = (),
    ) -> None:
        """Store one SPU page's listings and skipped SPUs and move the checkpoint past it,
        in one transaction: a crash loses at most this page, and redoing it is harmless.
        `spus`: how many SPUs the page had (for `page_totals`); `spu_ids`: which."""
        now = _now()
        listings = list(listings)
        with self.transaction() as conn:
            _write_listings(conn, run, listings, skipped, spu_ids, now)
            conn.execute(
                "INSERT OR REPLACE INTO run_pages (run_id, page, spus, skus) VALUES (?, ?, ?, ?)",
                (run.id, page, spus, len(listings)),
            )
            _save_counters(conn, run.id, counters, now, next_page=page + 1)

    def run_spu_ids(self, run_id: int) -> set[int]:
        """Every SPU the run has handled (imported, skipped or found gone)."""
        with self._reading() as conn:
            rows = conn.execute("SELECT spu_id FROM run_spus WHERE run_id = ?", (run_id,))
            return {r[0] for r in rows}

    def reconcile_run(
        self,
        run: ImportRun,
        gone: Iterable[int],
        listings: Iterable[Listing],
        skipped: Iterable[SkippedSpu],
        added: Iterable[int],
    ) -> tuple[int, int]:
        """After a resumed run's walk: forget the SPUs that left the shop meanwhile (their
        listings go back to the run that saw them before, or away) and store the SPUs the
        walk missed, in one transaction. Returns the run's (SPUs, SKUs) now."""
        now = _now()
        gone = [(run.id, spu_id) for spu_id in gone]
        with self.transaction() as conn:
            conn.executemany("DELETE FROM run_skipped WHERE run_id = ? AND spu_id = ?", gone)
            conn.executemany("DELETE FROM run_spus WHERE run_id = ? AND spu_id = ?", gone)
            conn.executemany(
                """DELETE FROM listings WHERE seen_run_id = ? AND spu_id = ?
                   AND prev_seen_run_id IS NULL""",
                gone,
            )
            conn.executemany(
                """UPDATE listings SET seen_run_id = prev_seen_run_id, prev_seen_run_id = NULL
                   WHERE seen_run_id = ? AND spu_id = ?""",
                gone,
            )
            _write_listings(conn, run, list(listings), skipped, added, now)
            spus = conn.execute("SELECT count(*) FROM run_spus WHERE run_id = ?", (run.id,))
            skus = conn.execute("SELECT count(*) FROM listings WHERE seen_run_id = ?", (run.id,))
            return spus.fetchone()[0], skus.fetchone()[0]

    def page_totals(self, run_id: int, below_page: int) -> tuple[int, int]:
        """(SPUs, SKUs) the run committed on pages before `below_page`."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT coalesce(sum(spus), 0), coalesce(sum(skus), 0) FROM run_pages"
                " WHERE run_id = ? AND page < ?",
                (run_id, below_page),
            ).fetchone()
            return int(row[0]), int(row[1])

    def save_progress(
        self, run_id: int, state: str, counters: RunCounters, error_key: str | None = None
    ) -> None:
        """Record that a run stopped (cancelled / failed) without moving its checkpoint."""
        now = _now()
        with self.transaction() as conn:
            _save_counters(conn, run_id, counters, now)
            conn.execute(
                "UPDATE import_runs SET state = ?, error_key = ? WHERE id = ?",
                (state, error_key, run_id),
            )

    def finish_run(self, run: ImportRun, counters: RunCounters) -> LinkCounts:
        """Link every listing of the run, mark it done, store its counts: one transaction."""
        now = _now()
        with self._lock, self._foreign_keys_off(), self.transaction() as conn:
            counts = link_run(conn, run.id, run.shop_id, now)
            _save_counters(conn, run.id, counters, now)
            conn.execute(
                """UPDATE import_runs SET state = 'done', error_key = NULL, finished_at = ?,
                       counts_json = ? WHERE id = ?""",
                (now, counts.to_json(), run.id),
            )
            return counts

    def copy_to(self, path: str | os.PathLike[str]) -> Catalog:
        """A consistent copy of this catalog at `path`, opened (a dry run writes there)."""
        target = sqlite3.connect(path)
        try:
            with self._reading() as conn:
                conn.backup(target)
        except sqlite3.Error as exc:
            raise catalog_error_from(exc, Path(path)) from exc
        finally:
            target.close()
        return Catalog.open(path)

    def run_counts(self, run: ImportRun) -> LinkCounts:
        with self._reading() as conn:
            return count_run(conn, run.id, run.shop_id)

    def query(self, sql: str, params: Any = ()) -> Iterator[sqlite3.Row]:
        """Stream the rows of a read-only query (the report uses this; rows are not kept)."""
        with self._reading() as conn:
            cursor = conn.execute(sql, params)
        while True:
            with self._reading():
                batch = cursor.fetchmany(500)
            if not batch:
                return
            yield from batch


_MASTER_SELECT = "SELECT id, sku, name, stock, price, origin, active FROM masters"


def _master(row: sqlite3.Row) -> MasterProduct:
    return MasterProduct(*tuple(row)[:6], active=bool(row[6]))


# The SKU codes of the JD.ID products an import linked to a master (what sync reaches).
_LINKED_KEYS = f"""
    SELECT DISTINCT l.sku_key FROM listing_links AS k JOIN listings AS l ON l.sku_id = k.sku_id
    WHERE k.link_class IN ('{MATCHED}', '{NEW_MASTER}')"""


def _plan(conn: sqlite3.Connection, rows: Iterable[MasterRow]) -> MasterPlan:
    new = updated = unchanged = on_jdid = 0
    imported = conn.execute("SELECT 1 FROM listing_links LIMIT 1").fetchone() is not None
    linked = {key for (key,) in conn.execute(_LINKED_KEYS)} if imported else set()
    for r in rows:
        key = sku_key(r.sku)
        on_jdid += key in linked
        old = conn.execute(
            "SELECT sku, name, stock, price, active FROM masters WHERE sku_key = ?", (key,)
        ).fetchone()
        if old is None:
            new += 1
        elif tuple(old) == (
            clean_sku(r.sku),
            r.name,
            r.stock,
            r.price,
            old[4] if r.active is None else r.active,
        ):
            unchanged += 1
        else:
            updated += 1
    return MasterPlan(new, updated, unchanged, on_jdid if imported else None)


def _write_listings(
    conn: sqlite3.Connection,
    run: ImportRun,
    listings: list[Listing],
    skipped: Iterable[SkippedSpu],
    spu_ids: Iterable[int],
    now: str,
) -> None:
    conn.executemany(
        """INSERT INTO listings (sku_id, shop_id, spu_id, seller_sku_id, sku_key,
               spu_name, name, price, stock, audit_status, ware_status, sku_status,
               seen_run_id, updated_at)
           VALUES (:sku_id, :shop, :spu_id, :seller_sku_id, :key, :spu_name, :name,
               :price, :stock, :audit_status, :ware_status, :sku_status, :run, :now)
           ON CONFLICT (sku_id) DO UPDATE SET
               shop_id = excluded.shop_id, spu_id = excluded.spu_id,
               seller_sku_id = excluded.seller_sku_id, sku_key = excluded.sku_key,
               spu_name = excluded.spu_name, name = excluded.name,
               price = excluded.price, stock = excluded.stock,
               audit_status = excluded.audit_status,
               ware_status = excluded.ware_status, sku_status = excluded.sku_status,
               prev_seen_run_id = CASE WHEN listings.seen_run_id = excluded.seen_run_id
                   THEN listings.prev_seen_run_id ELSE listings.seen_run_id END,
               seen_run_id = excluded.seen_run_id, updated_at = excluded.updated_at""",
        (
            {
                **item.__dict__,
                "seller_sku_id": clean_sku(item.seller_sku_id),
                "key": sku_key(item.seller_sku_id),
                "shop": run.shop_id,
                "run": run.id,
                "now": now,
            }
            for item in listings
        ),
    )
    conn.executemany(
        """INSERT OR REPLACE INTO run_skipped (run_id, spu_id, name, audit_status,
               ware_status, reason)
           VALUES (:run, :spu_id, :name, :audit_status, :ware_status, :reason)""",
        ({**s.__dict__, "run": run.id} for s in skipped),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO run_spus (run_id, spu_id) VALUES (?, ?)",
        ((run.id, spu_id) for spu_id in spu_ids),
    )


def _save_counters(
    conn: sqlite3.Connection, run_id: int, c: RunCounters, now: str, next_page: int | None = None
) -> None:
    conn.execute(
        """UPDATE import_runs SET pages_total = ?, spus_total = ?, spus_done = ?,
               skus_done = ?, calls = ?, elapsed_s = ?, updated_at = ?,
               next_page = coalesce(?, next_page)
           WHERE id = ?""",
        (
            c.pages_total,
            c.spus_total,
            c.spus_done,
            c.skus_done,
            c.calls,
            c.elapsed_s,
            now,
            next_page,
            run_id,
        ),
    )


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def set_aside(path: str | os.PathLike[str]) -> Path:
    """Move a damaged catalog (and its WAL files) out of the way so a new one can be made.
    Returns where the old file went; nothing is deleted."""
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise catalog_error_from(exc, path) from exc
    return target


__all__ = ["Catalog", "CatalogError", "set_aside", "CATALOG_CORRUPT"]
