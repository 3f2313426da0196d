"""The blocking work of step 17, as plain functions for the page's worker threads.

Reading the integration summary (SQLite) and building the preview (HTTP + SQLite) run here,
never on the GUI thread; the push runs in a child process (wizard.jobs.push_worker). The
store's target and client are wizard.store.target's, as for the import page and the CLI, so
all talk to the same shop and file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.store.target import NotConnected, StoreTarget, open_client
from wizard.ui.pages.products.runner import target_of

if TYPE_CHECKING:
    from wizard.jobs.export_sync import SyncPreview

__all__ = [
    "NotConnected",
    "StoreTarget",
    "SyncSummary",
    "load_preview",
    "read_summary",
    "target_of",
]


@dataclass(frozen=True)
class SyncSummary:
    """What the page's integration summary shows."""

    imported: bool  # an import of this shop has finished at least once
    last_import_at: str | None  # ISO time (UTC) of the last finished import
    linked: int  # listings export sync writes to
    empty_sku: int
    duplicate_sku: int
    masters: int


def read_summary(target: StoreTarget) -> SyncSummary:
    """Blocking (SQLite)."""
    from wizard.catalog import Catalog
    from wizard.jobs.export_sync import SYNCED_CLASSES, linked_count

    if not target.catalog.exists():
        return SyncSummary(False, None, 0, 0, 0, 0)
    with Catalog.open(target.catalog) as cat:
        run = cat.last_finished_run(target.shop_id)
        counts = linked_count(cat, target.shop_id)
        masters = cat.count_masters()
    return SyncSummary(
        imported=run is not None,
        last_import_at=run.finished_at if run else None,
        linked=sum(counts.get(c, 0) for c in SYNCED_CLASSES),
        empty_sku=counts.get("empty_sku", 0),
        duplicate_sku=counts.get("duplicate_sku", 0),
        masters=masters,
    )


def load_preview(target: StoreTarget, client_options: dict[str, Any]) -> SyncPreview:
    """Blocking: read JD.ID's stock and compare with the masters. Returns a SyncPreview."""
    from wizard.jobs.collector import long_lived_build
    from wizard.jobs.export_sync import build_preview

    # The changes (10,000 and more) live on in the preview dialog; see wizard.jobs.collector.
    with long_lived_build(), open_client(target, **client_options) as client:
        return build_preview(target.catalog, target.shop_id, client)
