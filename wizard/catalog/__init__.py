"""The local master catalog (SQLite) and SKU linking. No Qt.

from wizard.catalog import Catalog, CatalogError, MasterRow, sku_key
with Catalog.open(paths.catalog_file) as cat:
    cat.save_masters([MasterRow("ABC-01", "Kaos", 5, 15000)])
"""

from wizard.catalog.errors import (
    CATALOG_BAD_VALUE,
    CATALOG_CORRUPT,
    CATALOG_DISK_FULL,
    CATALOG_ERROR,
    CATALOG_LOCKED,
    CATALOG_READ_ONLY,
    CATALOG_TOO_NEW,
    CatalogError,
)
from wizard.catalog.location import PRACTICE_CATALOG, catalog_file
from wizard.catalog.models import (
    DUPLICATE_SKU,
    EMPTY_SKU,
    LINK_CLASSES,
    MATCHED,
    NEW_MASTER,
    NOT_IMPORTED,
    SKIP_DELETED,
    SKIP_NOT_QC_PASSED,
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
from wizard.catalog.store import Catalog, set_aside

__all__ = [
    "CATALOG_BAD_VALUE",
    "CATALOG_CORRUPT",
    "CATALOG_DISK_FULL",
    "CATALOG_ERROR",
    "CATALOG_LOCKED",
    "CATALOG_READ_ONLY",
    "CATALOG_TOO_NEW",
    "DUPLICATE_SKU",
    "EMPTY_SKU",
    "LINK_CLASSES",
    "MATCHED",
    "NEW_MASTER",
    "NOT_IMPORTED",
    "PRACTICE_CATALOG",
    "SKIP_DELETED",
    "SKIP_NOT_QC_PASSED",
    "Catalog",
    "CatalogError",
    "ImportRun",
    "LinkCounts",
    "Listing",
    "MasterPlan",
    "MasterProduct",
    "MasterRow",
    "RunCounters",
    "SkippedSpu",
    "catalog_file",
    "clean_sku",
    "set_aside",
    "sku_key",
]
