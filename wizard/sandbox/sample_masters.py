"""The practice store's sample master list: "my own products", as a CSV file and an .xlsx.

Drawn from the practice shop's seeded products, so a practice import really links some of
them by SKU code (and step 17's preview has real stock and price differences to show): about
two thirds of the shop's SKU codes, with other stock and prices, plus a few products sold
only elsewhere. Deterministic for a seed. The .xlsx is written with the standard library
(a workbook is a zip of a few XML files), so the app needs no spreadsheet writer.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from wizard.sandbox.catalog import SandboxSpu

HEADERS = ("sku", "name", "stock", "price")
# Products the seller sells only in other channels (never on JD.ID): they stay unlinked.
_OWN_ONLY = (
    ("GUDANG-001", "Tas Belanja Lipat"),
    ("GUDANG-002", "Botol Minum 600 ml"),
    ("GUDANG-003", "Payung Lipat Hitam"),
)


@dataclass(frozen=True)
class SampleRow:
    sku: str
    name: str
    stock: int
    price: int


def sample_rows(spus: Iterable[SandboxSpu], seed: int) -> list[SampleRow]:
    """The sample list for a shop's products: every SKU code of the shop in turn, two in
    three kept (seeded), with stock and price moved a little, then the own-only products."""
    rng = random.Random(f"sample-masters:{seed}")
    rows: list[SampleRow] = []
    seen: set[str] = set()
    for spu in spus:
        for sku in spu.skus:
            code = sku.seller_sku_id
            if not code or code in seen:
                continue
            seen.add(code)
            if rng.random() >= 2 / 3:
                continue
            stock = max(0, sku.stock + rng.choice((-3, -1, 0, 2, 5, 10)))
            price = max(1000, sku.price + rng.choice((-2000, 0, 0, 1000, 5000)))
            rows.append(SampleRow(code, sku.name, stock, price))
    for code, name in _OWN_ONLY:
        rows.append(SampleRow(code, name, rng.randint(1, 40), rng.randrange(15_000, 90_000, 500)))
    return rows


def as_csv(rows: Sequence[SampleRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for r in rows:
        writer.writerow((r.sku, r.name, r.stock, r.price))
    return out.getvalue().encode("utf-8")


def as_xlsx(rows: Sequence[SampleRow]) -> bytes:
    """A one-sheet workbook: the header row, then text SKU codes and names, number cells."""

    def cell(ref: str, value: str | int) -> str:
        if isinstance(value, int):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    lines = [HEADERS, *((r.sku, r.name, r.stock, r.price) for r in rows)]
    sheet_rows = "".join(
        f'<row r="{n}">'
        + "".join(cell(f"{col}{n}", v) for col, v in zip("ABCD", line, strict=True))
        + "</row>"
        for n, line in enumerate(lines, start=1)
    )
    ns = "http://schemas.openxmlformats.org"
    files = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/'
            f'main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet '
            'name="Produk" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}/spreadsheetml/2006/'
            f'main"><sheetData>{sheet_rows}</sheetData></worksheet>'
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in files.items():
            book.writestr(name, text)
    return out.getvalue()
