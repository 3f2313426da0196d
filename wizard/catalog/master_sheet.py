"""Reading a master list kept as a spreadsheet: .xlsx, .xls and .ods, with python-calamine.

Why calamine: one small, well-kept wheel (MIT) that reads all three formats fast and without
running anything in the file; openpyxl reads only .xlsx, xlrd only .xls, odfpy is slow.
Cells come back as text the way the CSV reader sees them, except that numbers are read as
Excel stores them: a whole number is its digits (a SKU code 15000 stays "15000", never
"15000.0"), any other number is a master_csv.NumberCell.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any

from wizard.catalog.master_csv import SHEET_UNREADABLE, MasterCsvError, NumberCell, Record

log = logging.getLogger(__name__)

_ZIP = b"PK\x03\x04"  # .xlsx and .ods are zip files
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and other old Office files)

EXTENSIONS = ("xlsx", "xlsm", "xls", "ods")


def is_spreadsheet(raw: bytes) -> bool:
    """By content, not by name: a renamed file is read for what it is."""
    return raw.startswith(_ZIP) or raw.startswith(_OLE)


def read_sheets(raw: bytes) -> list[tuple[str, list[Record]]]:
    """(name, rows) of every visible worksheet, in the workbook's order."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        sheets = []
        for index, meta in enumerate(book.sheets_metadata):
            if meta.typ != SheetTypeEnum.WorkSheet or meta.visible != SheetVisibleEnum.Visible:
                continue
            sheet = book.get_sheet_by_index(index)
            first_row = sheet.start[0] if sheet.start else 0
            records: list[Record] = []
            for offset, row in enumerate(sheet.iter_rows()):
                line = first_row + offset + 1
                records.append((line, [_text(c) for c in row], line))
            sheets.append((meta.name, records))
    except Exception as exc:  # calamine's errors (zip, xml, password, ...) share no base
        log.info("spreadsheet not readable: %s", type(exc).__name__)
        raise MasterCsvError(SHEET_UNREADABLE) from None
    return sheets


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return NumberCell(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return "" if value is None else str(value)
