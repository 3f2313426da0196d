"""English source texts for catalog and CSV problems, shared by the GUI and the CLI.

Core code stays Qt-free, so QT_TRANSLATE_NOOP is a stand-in with the same name:
pyside6-lupdate collects the calls from the source text; the GUI shows them with
QCoreApplication.translate(CONTEXT, text).format(...); the CLI prints them as they are.
Placeholders: {path}, {line}, {value}, {other_line}, {missing}.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    "catalog_bad_value": QT_TRANSLATE_NOOP(
        "Catalog",
        "A number was too big to save in the product list, so nothing of this change was "
        "saved. Check the stock and price columns of your file for a number that is much too "
        "long, then try again.",
    ),
    "catalog_error": QT_TRANSLATE_NOOP(
        "Catalog",
        "The product list could not be used. Try again; if it keeps happening, send the "
        "diagnostics file to support.",
    ),
}

CSV_ERRORS: dict[str, str] = {
    "csv_not_found": QT_TRANSLATE_NOOP("Catalog", "The file {path} does not exist."),
    "csv_is_folder": QT_TRANSLATE_NOOP(
        "Catalog", "{path} is a folder, not a file. Choose the product list file inside it."
    ),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Catalog", "The file {path} cannot be opened. Close it in Excel and try again."
    ),
    "csv_not_text": QT_TRANSLATE_NOOP(
        "Catalog",
        "The file {path} is not a product list: it is neither a CSV text file nor a "
        "spreadsheet (xlsx, xls, ods). Choose the file you keep your products in.",
    ),
    "csv_unclosed_quote": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: a quote (") opens a cell that is never closed, so every line after it '
        "would be read as one cell. Remove that quote or close it, save, and try again.",
    ),
    "csv_cell_too_big": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} has a cell longer than 128 KB, which no product list has. Check that "
        "this is the right file, or save it again from your spreadsheet program.",
    ),
    "csv_bad_line": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} of the file cannot be read as CSV. Open the file in your spreadsheet "
        "program, save it again as CSV, and try again.",
    ),
    "sheet_unreadable": QT_TRANSLATE_NOOP(
        "Catalog",
        "The spreadsheet {path} cannot be read: it is damaged or protected with a password. "
        "Open it in your spreadsheet program, save it again without a password (or as CSV), "
        "and try again.",
    ),
    "csv_not_utf8": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} of the file is damaged and cannot be read as text. In Excel choose Save "
        'As, then "CSV UTF-8 (Comma delimited)", and load that file.',
    ),
    "csv_empty": QT_TRANSLATE_NOOP(
        "Catalog",
        "The file {path} has no products in it. Choose the file with your products, with the "
        "columns sku, name, stock and price.",
    ),
    "csv_missing_columns": QT_TRANSLATE_NOOP(
        "Catalog",
        "Line {line} should name the columns, but there is no column for: {missing}. Name the "
        "columns sku, name, stock and price (or kode sku, nama, stok and harga).",
    ),
    "csv_too_big": QT_TRANSLATE_NOOP(
        "Catalog",
        "The file is too big for a product list (more than 50 MB). Choose the file with your "
        "products, or save only the sheet with your products as CSV.",
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
    "stock_too_big": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: the stock "{value}" is more than JD.ID accepts (at most 9,999,999).',
    ),
    "price_too_big": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: the price "{value}" is more than JD.ID accepts (at most Rp 999,999,999).',
    ),
    "quote_spans_lines": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: a quote (") opened here is only closed on line {other_line}, so lines '
        "{line} to {other_line} were read as one cell and none of them is used. Remove the "
        "stray quote.",
    ),
    "bad_active": QT_TRANSLATE_NOOP(
        "Catalog",
        'Line {line}: "{value}" in the active column should be yes or no (ya or tidak, 1 or 0).',
    ),
}

# Where the summary says what was read (placeholders {sheet}, {encoding}, {separator}).
SOURCE_SHEET = QT_TRANSLATE_NOOP("Catalog", 'Read the sheet "{sheet}".')
SOURCE_TEXT = QT_TRANSLATE_NOOP("Catalog", "Read as text in {encoding}, separated by {separator}.")
SEPARATORS: dict[str, str] = {
    ";": QT_TRANSLATE_NOOP("Catalog", "semicolons (;)"),
    ",": QT_TRANSLATE_NOOP("Catalog", "commas (,)"),
    "\t": QT_TRANSLATE_NOOP("Catalog", "tabs"),
}
ENCODING_NAMES = {  # names, not sentences: the same in every language
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16 (Unicode)",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1 (ISO-8859-1)",
}


def source_sentence(result: Any, translate: Callable[[str], str] = lambda text: text) -> str:
    """Which sheet, or which encoding and separator, a master list was read with."""
    if result.sheet or not result.delimiter:
        return translate(SOURCE_SHEET).format(sheet=result.sheet)
    return translate(SOURCE_TEXT).format(
        encoding=ENCODING_NAMES.get(result.encoding, result.encoding),
        separator=translate(SEPARATORS[result.delimiter]),
    )
