"""Plain records the catalog stores and returns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# How an imported JD.ID SKU relates to the master catalog after an import run.
MATCHED = "matched"  # same SKU code as an existing master: linked to it
NEW_MASTER = "new_master"  # no master had the code: a master was created and linked
EMPTY_SKU = "empty_sku"  # no SKU code on JD.ID: not linked
DUPLICATE_SKU = "duplicate_sku"  # two or more JD.ID SKUs share the code: none linked
NOT_IMPORTED = "not_imported"  # seen by an earlier run, not by the latest (deleted, or
#                                no longer audit-passed): unlinked, kept for the record
LINK_CLASSES = (MATCHED, NEW_MASTER, EMPTY_SKU, DUPLICATE_SKU)

# Why an SPU was not imported.
SKIP_NOT_QC_PASSED = "not_qc_passed"
SKIP_DELETED = "deleted"


@dataclass(frozen=True)
class MasterRow:
    """A master product as given by the seller (a CSV row, or a new one from JD.ID)."""

    sku: str
    name: str
    stock: int
    price: int  # rupiah
    active: bool | None = None  # on sale? None = not given: keep what the catalog has


@dataclass(frozen=True)
class MasterProduct:
    id: int
    sku: str
    name: str
    stock: int
    price: int
    origin: str
    active: bool = True


@dataclass(frozen=True)
class Listing:
    """One JD.ID SKU as fetched by an import."""

    sku_id: int
    spu_id: int
    seller_sku_id: str
    spu_name: str
    name: str
    price: int
    stock: int
    audit_status: int
    ware_status: int
    sku_status: int


@dataclass(frozen=True)
class SkippedSpu:
    spu_id: int
    name: str
    audit_status: int
    ware_status: int
    reason: str  # SKIP_NOT_QC_PASSED | SKIP_DELETED


@dataclass(frozen=True)
class MasterPlan:
    """What saving a list of master rows would do (or did)."""

    new: int
    updated: int
    unchanged: int
    # Of those rows, how many a JD.ID product of the list has linked by SKU code (sync
    # reaches those); None while no JD.ID product has been imported into the list yet.
    on_jdid: int | None = None


@dataclass(frozen=True)
class LinkCounts:
    imported: int  # JD.ID SKUs imported by the run
    matched: int
    new_master: int
    empty_sku: int
    duplicate_sku: int
    skipped_spus: int  # SPUs not imported (not QC-passed or deleted)
    not_imported: int  # listings from earlier runs this run no longer imported

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LinkCounts:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class ImportRun:
    id: int
    shop_id: str
    state: str  # running | cancelled | failed | done | abandoned
    page_size: int
    next_page: int
    pages_total: int
    spus_total: int
    spus_done: int
    skus_done: int
    calls: int
    elapsed_s: float
    error_key: str | None
    counts: LinkCounts | None
    started_at: str
    finished_at: str | None

    @property
    def resumable(self) -> bool:
        return self.state in ("running", "cancelled", "failed")

    @classmethod
    def from_row(cls, row: Any) -> ImportRun:
        counts = LinkCounts.from_json(row["counts_json"]) if row["counts_json"] else None
        return cls(
            id=row["id"],
            shop_id=row["shop_id"],
            state=row["state"],
            page_size=row["page_size"],
            next_page=row["next_page"],
            pages_total=row["pages_total"],
            spus_total=row["spus_total"],
            spus_done=row["spus_done"],
            skus_done=row["skus_done"],
            calls=row["calls"],
            elapsed_s=row["elapsed_s"],
            error_key=row["error_key"],
            counts=counts,
            started_at=row["started_at"],
            finished_at=row["finished_at"],
        )


@dataclass(frozen=True)
class RunCounters:
    """Progress so far, saved with each checkpoint so a resumed run continues its totals."""

    pages_total: int
    spus_total: int
    spus_done: int
    skus_done: int
    calls: int
    elapsed_s: float
