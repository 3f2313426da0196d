"""English source texts of the import report (titles, advice, column names, status words).

Core code stays Qt-free, so QT_TRANSLATE_NOOP is a stand-in with the same name:
pyside6-lupdate reads the calls from the source text and collects them under the
"ImportReport" context; the GUI shows them with QCoreApplication.translate("ImportReport",
text); the CLI prints them as they are.
"""

from __future__ import annotations

from wizard.catalog.texts import QT_TRANSLATE_NOOP
from wizard.flow import problems

CONTEXT = "ImportReport"


# kind -> (title, what it means and what to do about it)
KIND_TEXTS: dict[str, tuple[str, str]] = {
    "imported": (
        QT_TRANSLATE_NOOP("ImportReport", "Imported"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "These JD.ID products are now in your product list. Nothing to do.",
        ),
    ),
    "linked": (
        QT_TRANSLATE_NOOP("ImportReport", "Linked to your products"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "These JD.ID products have the same SKU code as a product you already had and "
            "are now linked to it. Nothing to do.",
        ),
    ),
    "new_masters": (
        QT_TRANSLATE_NOOP("ImportReport", "New products"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "None of your products had these SKU codes, so a new product was made for each. "
            "Check their names, stock and prices. If one is really a product you already "
            "have, give both the same SKU code and import again.",
        ),
    ),
    "skipped": (
        QT_TRANSLATE_NOOP("ImportReport", "Not imported"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "These products have not passed JD.ID's quality check (QC) yet, or were deleted "
            "on JD.ID, so they were not imported. When JD.ID approves them, import again.",
        ),
    ),
    "empty_sku": (
        QT_TRANSLATE_NOOP("ImportReport", "No SKU code"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "These JD.ID products have no SKU code, so they cannot be linked to your "
            "products. Fill in the SKU code in JD.ID Seller Center, then import again.",
        ),
    ),
    "duplicate_sku": (
        QT_TRANSLATE_NOOP("ImportReport", "Same SKU code on several products"),
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "Two or more JD.ID products share each of these SKU codes, so none of them was "
            "linked. In JD.ID Seller Center give each product its own SKU code (or remove "
            "the extra copy), then import again.",
        ),
    ),
}

COLUMN_TITLES: dict[str, str] = {
    "sku": QT_TRANSLATE_NOOP("ImportReport", "SKU code"),
    "master_name": QT_TRANSLATE_NOOP("ImportReport", "Your product"),
    "name": QT_TRANSLATE_NOOP("ImportReport", "JD.ID product"),
    "spu_name": QT_TRANSLATE_NOOP("ImportReport", "JD.ID product"),
    "variant": QT_TRANSLATE_NOOP("ImportReport", "Variant"),
    "sku_id": QT_TRANSLATE_NOOP("ImportReport", "JD.ID SKU ID"),
    "spu_id": QT_TRANSLATE_NOOP("ImportReport", "JD.ID product ID"),
    "price": QT_TRANSLATE_NOOP("ImportReport", "Price (Rp)"),
    "stock": QT_TRANSLATE_NOOP("ImportReport", "Stock"),
    "result": QT_TRANSLATE_NOOP("ImportReport", "Result"),
    "audit": QT_TRANSLATE_NOOP("ImportReport", "QC status"),
    "ware": QT_TRANSLATE_NOOP("ImportReport", "Listing status"),
    "reason": QT_TRANSLATE_NOOP("ImportReport", "Why not imported"),
}

AUDIT_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("ImportReport", "Waiting for QC"),
    2: QT_TRANSLATE_NOOP("ImportReport", "QC passed"),
    3: QT_TRANSLATE_NOOP("ImportReport", "Rejected by QC"),
    4: QT_TRANSLATE_NOOP("ImportReport", "Changes waiting for QC"),
}
WARE_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("ImportReport", "On sale"),
    2: QT_TRANSLATE_NOOP("ImportReport", "Off sale"),
    3: QT_TRANSLATE_NOOP("ImportReport", "Blocked by JD.ID"),
    4: QT_TRANSLATE_NOOP("ImportReport", "Deleted"),
}
WORDS: dict[str, str] = {
    "not_qc_passed": QT_TRANSLATE_NOOP("ImportReport", "Not QC-passed"),
    "deleted": QT_TRANSLATE_NOOP("ImportReport", "Deleted on JD.ID"),
    "matched": QT_TRANSLATE_NOOP("ImportReport", "Linked"),
    "new_master": QT_TRANSLATE_NOOP("ImportReport", "New product"),
    "empty_sku": QT_TRANSLATE_NOOP("ImportReport", "No SKU code"),
    "duplicate_sku": QT_TRANSLATE_NOOP("ImportReport", "Same SKU code twice"),
    "unknown": QT_TRANSLATE_NOOP("ImportReport", "Unknown"),
}

# Why an import stopped, by error key (wizard.jdid keys and the CLI's own): the one problem
# table's sentences for the import (wizard.flow.problems). {placeholders} as in
# wizard.catalog.texts. Catalog keys are in wizard.catalog.texts.CATALOG_ERRORS.
STOP_REASONS: dict[str, str] = problems.texts_of(problems.IMPORT)
