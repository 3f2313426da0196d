"""Small typed results of the product and stock calls."""

from __future__ import annotations

from dataclasses import dataclass, field

# auditStatus of an SPU
AUDIT_PENDING = 1
AUDIT_PASSED = 2  # audit passed / QC passed: the only ones imported
AUDIT_REJECTED = 3
AUDIT_MODIFYING = 4  # a modification is under audit

# wareStatus of an SPU
WARE_ONLINE = 1
WARE_OFFLINE = 2
WARE_PUNISHED = 3
WARE_DELETED = 4


@dataclass(frozen=True)
class SpuSummary:
    spu_id: int
    name: str
    ware_status: int
    main_image: str


@dataclass(frozen=True)
class SpuPage:
    items: list[SpuSummary]
    total: int
    page: int


@dataclass(frozen=True)
class SpuDetail:
    spu_id: int
    name: str
    audit_status: int
    ware_status: int
    sku_ids: list[int] = field(default_factory=list)
    shop_id: int = 0
    modified: str = ""

    @property
    def audit_passed(self) -> bool:
        return self.audit_status == AUDIT_PASSED


@dataclass(frozen=True)
class Sku:
    sku_id: int
    spu_id: int
    seller_sku_id: str  # the seller's own SKU code, used for linking
    name: str
    price: int  # rupiah
    upc: str
    status: int


@dataclass(frozen=True)
class SkuWriteResult:
    sku_id: int
    ok: bool
    code: str
    message: str
