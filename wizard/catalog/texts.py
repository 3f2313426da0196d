"""English source texts for catalog and CSV problems, shared by the GUI and the CLI.

Core code stays Qt-free, so QT_TRANSLATE_NOOP is a stand-in with the same name:
pyside6-lupdate collects the calls from the source text; the GUI shows them with
QCoreApplication.translate(CONTEXT, text).format(...); the CLI prints them as they are.
Placeholders: {path}, {line}, {value}, {other_line}, {missing}.
"""

from __future__ import annotations

CONTEXT = "Catalog"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


CATALOG_ERRORS: dict[str, str] = {
    "catalog_locked": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list is in use by another program (perhaps the wizard is open in "
        "another window). Close it, then try again.",
    ),
    "catalog_read_only": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list {path} cannot be saved. Check that its folder exists and that you "
        "may change files in it, or choose another folder.",
    ),
    "catalog_corrupt": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list file {path} is damaged. Move it to another folder (or restore a "
        "backup) and try again: a new, empty product list will be made.",
    ),
    "catalog_too_new": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list was saved by a newer version of the wizard. Install the newest "
        "version, then try again.",
    ),
    "catalog_disk_full": QT_TRANSLATE_NOOP(
        "Catalog", "The disk is full. Free some space, then try again."
    ),
    "catalog_error": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list could not be used. Try again; if it keeps happening, send the "
        "diagnostics file to support.",
    ),
}

CSV_ERRORS: dict[str, str] = {
    "csv_not_found": QT_TRANSLATE_NOOP("Catalog", "The file {path} does not exist."),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Catalog", "The file {path} cannot be opened. Close it in Excel and try again."
    ),
    "csv_not_utf8": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} of the file is not UTF-8 text. In Excel choose Save As, then "
        '"CSV UTF-8 (Comma delimited)", and load that file.',
    ),
    "csv_empty": QT_TRANSLATE_NOOP("Catalog", "The file is empty."),
    "csv_missing_columns": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} should name the columns, but there is no column for: {missing}. Name the "
        "columns sku, name, stock and price (or kode sku, nama, stok and harga).",
    ),
    "csv_too_big": QT_TRANSLATE_NOOP(
        "Catalog", "The file is too big for a product list (more than 50 MB)."
    ),
}

CSV_ROW_PROBLEMS: dict[str, str] = {
    "missing_sku": QT_TRANSLATE_NOOP("Catalog", "Line {line}: there is no SKU code."),
    "missing_name": QT_TRANSLATE_NOOP("Catalog", "Line {line}: there is no product name."),
    "missing_stock": QT_TRANSLATE_NOOP("Catalog", "Line {line}: there is no stock."),
    "missing_price": QT_TRANSLATE_NOOP("Catalog", "Line {line}: there is no price."),
    "bad_stock": QT_TRANSLATE_NOOP(
        "Catalog", 'Line {line}: the stock "{value}" is not a whole number.'
    ),
    "bad_price": QT_TRANSLATE_NOOP(
        "Catalog", 'Line {line}: the price "{value}" is not an amount in rupiah.'
    ),
    "negative_stock": QT_TRANSLATE_NOOP(
        "Catalog", 'Line {line}: the stock "{value}" is below zero.'
    ),
    "negative_price": QT_TRANSLATE_NOOP(
        "Catalog", 'Line {line}: the price "{value}" is below zero.'
    ),
    "price_not_whole": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: the price "{value}" has cents; write whole rupiah (for example 15000).',
    ),
    "duplicate_sku": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: the SKU code "{value}" is also on line {other_line}, so neither line '
        "is used. Keep one line per SKU code.",
    ),
    "extra_cells": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: there are more cells than columns ("{value}"). Put a name that '
        "contains the separator in quotes.",
    ),
    "bad_active": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: "{value}" in the active column should be yes or no (ya or tidak, 1 or 0).',
    ),
}
