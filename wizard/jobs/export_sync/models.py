"""What export sync works with: the preview of changes, the push's progress and result.

No Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from wizard.catalog import MATCHED, NEW_MASTER
from wizard.jobs.progress import DONE

SYNCED_CLASSES = (MATCHED, NEW_MASTER)
ZERO_STOCK_SHARE = 0.2  # more than this share of linked listings going to 0 asks again
SHELF_BATCH = 20

# What a failure was about (PushFailure.what).
STOCK, PRICE, OFF_SHELF, ON_SHELF = "stock", "price", "off_shelf", "on_shelf"
# PushFailure.key when JD.ID refused one SKU or SPU (otherwise a JdidError key).
REFUSED = "refused"
NO_ANSWER = "no_answer"  # the stock answer did not mention this SKU

# Push phases (PushProgress.phase), besides progress.DONE / CANCELLED / FAILED.
PUSHING = "pushing"
READING = "reading"  # build_preview reading the stock on JD.ID


@dataclass(frozen=True)
class SkuChange:
    """One linked JD.ID SKU whose stock and/or price differs from its master product."""

    sku_id: int
    spu_id: int
    master_sku: str
    name: str
    old_stock: int
    new_stock: int
    old_price: int
    new_price: int

    @property
    def stock_changed(self) -> bool:
        return self.old_stock != self.new_stock

    @property
    def price_changed(self) -> bool:
        return self.old_price != self.new_price


@dataclass(frozen=True)
class ShelfChange:
    """An SPU to take off sale (on_sale False) or put back on sale (True)."""

    spu_id: int
    name: str
    on_sale: bool


@dataclass(frozen=True)
class SyncPreview:
    shop_id: str
    linked: int  # linked listings compared (the only ones ever written to)
    empty_sku: int  # listings never pushed: no SKU code on JD.ID
    duplicate_sku: int  # listings never pushed: their SKU code is on two or more JD.ID SKUs
    changes: tuple[SkuChange, ...] = ()
    shelf: tuple[ShelfChange, ...] = ()
    stock_read: bool = False  # the "from" stock was read from JD.ID just now
    # stock, price, to zero, off sale, on sale: set by __post_init__
    _counts: tuple[int, int, int, int, int] = field(
        default=(0, 0, 0, 0, 0), init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Counted once, where the preview is made (a worker): the preview dialog reads the
        # counts several times, and counting 10,000 changes each time held the window ~15 ms.
        stock = price = zero = 0
        for c in self.changes:
            if c.stock_changed:
                stock += 1
                zero += c.new_stock == 0
            price += c.price_changed
        off = sum(1 for s in self.shelf if not s.on_sale)
        object.__setattr__(self, "_counts", (stock, price, zero, off, len(self.shelf) - off))

    @property
    def stock_changes(self) -> int:
        return self._counts[0]

    @property
    def price_changes(self) -> int:
        return self._counts[1]

    @property
    def to_zero(self) -> int:
        """Listings whose stock this push sets to 0."""
        return self._counts[2]

    @property
    def off_sale(self) -> int:
        return self._counts[3]

    @property
    def on_sale(self) -> int:
        return self._counts[4]

    @property
    def zero_stock_guard(self) -> bool:
        """True when the push would set the stock of more than 20% of linked listings to 0."""
        return self.linked > 0 and self.to_zero > ZERO_STOCK_SHARE * self.linked

    @property
    def empty(self) -> bool:
        return not self.changes and not self.shelf

    @property
    def writes(self) -> int:
        """Changes to make: one per stock, per price and per SPU status change."""
        return self.stock_changes + self.price_changes + len(self.shelf)

    def only(self, stock: Iterable[int], price: Iterable[int], spus: Iterable[int]) -> SyncPreview:
        """The part of this preview for these SKU ids (stock / price) and SPU ids (status)."""
        stock, price, spus = set(stock), set(price), set(spus)
        changes = []
        for c in self.changes:
            keep_stock = c.stock_changed and c.sku_id in stock
            keep_price = c.price_changed and c.sku_id in price
            if keep_stock or keep_price:
                changes.append(
                    replace(
                        c,
                        new_stock=c.new_stock if keep_stock else c.old_stock,
                        new_price=c.new_price if keep_price else c.old_price,
                    )
                )
        shelf = tuple(s for s in self.shelf if s.spu_id in spus)
        return replace(self, changes=tuple(changes), shelf=shelf)


@dataclass(frozen=True)
class PushFailure:
    what: str  # STOCK | PRICE | OFF_SHELF | ON_SHELF
    sku_id: int | None  # None for a listing status change (per SPU)
    spu_id: int
    name: str
    key: str  # REFUSED / NO_ANSWER, or the JdidError key (platform_unreachable, ...)
    code: str  # JD.ID's code, if it gave one
    message: str  # JD.ID's own words (often English or Chinese): shown as the detail


@dataclass(frozen=True)
class PushProgress:
    phase: str  # PUSHING / READING, then DONE / CANCELLED / FAILED
    done: int  # changes handled (written or failed)
    total: int
    failed: int
    calls: int
    elapsed_s: float

    @property
    def fraction(self) -> float:
        if self.phase == DONE:
            return 1.0
        return self.done / self.total if self.total else 0.0


ProgressFn = Callable[[PushProgress], None]


@dataclass(frozen=True)
class PushResult:
    stock_done: int
    price_done: int
    shelf_done: int
    failures: tuple[PushFailure, ...]
    not_started: int  # changes not tried because the push was stopped
    cancelled: bool  # stopped because export sync was turned off (or Ctrl+C)
    stop_key: str | None  # JD.ID stopped the push (login expired, no network, ...)
    calls: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        return not self.failures and not self.not_started

    def retry_preview(self, preview: SyncPreview) -> SyncPreview:
        """What failed, ready to push again ("Retry failed")."""
        by = {w: {f.sku_id if f.sku_id is not None else f.spu_id for f in self.failures
                  if f.what == w} for w in (STOCK, PRICE, OFF_SHELF, ON_SHELF)}  # fmt: skip
        return preview.only(by[STOCK], by[PRICE], by[OFF_SHELF] | by[ON_SHELF])


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
