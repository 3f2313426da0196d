"""The result of an import: counts at hand, lists read from the catalog when asked.

The lists can hold tens of thousands of rows, so the report keeps only counts and reads the
rows from the catalog file on demand (`rows`, `iter_rows`, `to_csv`). Each of those opens
its own connection, so any thread may call them (the GUI: a worker thread, not its own).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.appdata.jsonfile import open_atomic
from wizard.catalog import Catalog, LinkCounts
from wizard.jobs import import_texts as texts

REPORT_KINDS = ("imported", "linked", "new_masters", "skipped", "empty_sku", "duplicate_sku")

# kind -> (column keys, SQL with one parameter: the run id). Status columns hold codes and
# are turned into words (translated if a translate function is given) when rows are read.
_LISTS: dict[str, tuple[tuple[str, ...], str]] = {
    "imported": (
        ("sku", "spu_name", "variant", "price", "stock", "result", "sku_id", "spu_id"),
        """SELECT l.seller_sku_id, l.spu_name, l.name, l.price, l.stock, k.link_class,
                  l.sku_id, l.spu_id
           FROM listings l LEFT JOIN listing_links k ON k.sku_id = l.sku_id
           WHERE l.seen_run_id = ? ORDER BY l.spu_id, l.sku_id""",
    ),
    "linked": (
        ("sku", "master_name", "variant", "price", "stock", "sku_id", "spu_id"),
        """SELECT l.seller_sku_id, m.name, l.name, l.price, l.stock, l.sku_id, l.spu_id
           FROM listings l JOIN listing_links k ON k.sku_id = l.sku_id
           JOIN masters m ON m.id = k.master_id
           WHERE l.seen_run_id = ? AND k.link_class = 'matched' ORDER BY l.sku_key""",
    ),
    "new_masters": (
        ("sku", "master_name", "price", "stock", "sku_id", "spu_id"),
        """SELECT m.sku, m.name, m.price, m.stock, l.sku_id, l.spu_id
           FROM listings l JOIN listing_links k ON k.sku_id = l.sku_id
           JOIN masters m ON m.id = k.master_id
           WHERE l.seen_run_id = ? AND k.link_class = 'new_master' ORDER BY l.sku_key""",
    ),
    "skipped": (
        ("name", "audit", "ware", "reason", "spu_id"),
        """SELECT name, audit_status, ware_status, reason, spu_id FROM run_skipped
           WHERE run_id = ? ORDER BY spu_id""",
    ),
    "empty_sku": (
        ("spu_name", "variant", "sku_id", "spu_id"),
        """SELECT l.spu_name, l.name, l.sku_id, l.spu_id FROM listings l
           JOIN listing_links k ON k.sku_id = l.sku_id
           WHERE l.seen_run_id = ? AND k.link_class = 'empty_sku' ORDER BY l.spu_id, l.sku_id""",
    ),
    "duplicate_sku": (
        ("sku", "spu_name", "variant", "sku_id", "spu_id"),
        """SELECT l.seller_sku_id, l.spu_name, l.name, l.sku_id, l.spu_id FROM listings l
           JOIN listing_links k ON k.sku_id = l.sku_id
           WHERE l.seen_run_id = ? AND k.link_class = 'duplicate_sku'
           ORDER BY l.sku_key, l.sku_id""",
    ),
}
_WORD_COLUMNS: dict[str, dict[Any, str]] = {
    "audit": texts.AUDIT_WORDS,
    "ware": texts.WARE_WORDS,
    "reason": texts.WORDS,
    "result": texts.WORDS,
}

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ImportReport:
    catalog_path: Path
    run_id: int
    shop_id: str
    counts: LinkCounts
    calls: int  # every request sent to JD.ID, retries included
    elapsed_s: float
    retries: int = 0  # how many of `calls` were sent again after a fault (this session)

    @classmethod
    def last(cls, catalog_path: str | os.PathLike[str], shop_id: str) -> ImportReport | None:
        """The report of the shop's last finished import, if any (e.g. after a restart)."""
        with Catalog.open(catalog_path) as cat:
            run = cat.last_finished_run(str(shop_id))
        if run is None or run.counts is None:
            return None
        return cls(Path(catalog_path), run.id, run.shop_id, run.counts, run.calls, run.elapsed_s)

    def count(self, kind: str) -> int:
        c = self.counts
        return {
            "imported": c.imported,
            "linked": c.matched,
            "new_masters": c.new_master,
            "skipped": c.skipped_spus,
            "empty_sku": c.empty_sku,
            "duplicate_sku": c.duplicate_sku,
        }[kind]

    @staticmethod
    def title(kind: str, translate: Translate = _same) -> str:
        return translate(texts.KIND_TEXTS[kind][0])

    @staticmethod
    def advice(kind: str, translate: Translate = _same) -> str:
        """One sentence or two: what the list means and what the seller should do."""
        return translate(texts.KIND_TEXTS[kind][1])

    @staticmethod
    def columns(kind: str) -> tuple[str, ...]:
        return _LISTS[kind][0]

    @staticmethod
    def headers(kind: str, translate: Translate = _same) -> list[str]:
        return [translate(texts.COLUMN_TITLES[c]) for c in _LISTS[kind][0]]

    def iter_rows(
        self, kind: str, translate: Translate = _same, limit: int = -1, offset: int = 0
    ) -> Iterator[tuple[Any, ...]]:
        """The rows of a list (all, or `limit` from `offset`), streamed, with status codes
        turned into words."""
        columns, sql = _LISTS[kind]
        words = [(i, _WORD_COLUMNS[c]) for i, c in enumerate(columns) if c in _WORD_COLUMNS]
        with Catalog.open(self.catalog_path) as cat:
            for row in cat.query(f"{sql} LIMIT ? OFFSET ?", (self.run_id, limit, offset)):
                values = list(row)
                for i, table in words:
                    values[i] = translate(table.get(values[i], texts.WORDS["unknown"]))
                yield tuple(values)

    def rows(
        self, kind: str, limit: int | None = None, offset: int = 0, translate: Translate = _same
    ) -> list[tuple[Any, ...]]:
        return list(self.iter_rows(kind, translate, -1 if limit is None else limit, offset))

    def to_csv(
        self,
        kind: str,
        path: str | os.PathLike[str],
        *,
        translate: Translate = _same,
        delimiter: str = ",",
    ) -> int:
        """Write one list as CSV (UTF-8 with BOM, so Excel reads it); returns rows written.
        The file appears complete or not at all (temp file, then rename)."""
        path = Path(path)
        count = 0
        with open_atomic(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(self.headers(kind, translate))
            for row in self.iter_rows(kind, translate):
                writer.writerow([_safe_cell(v) for v in row])
                count += 1
        return count


def _safe_cell(value: Any) -> Any:
    """Product names come from the shop; a leading = + - @ would run as a formula in Excel."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
