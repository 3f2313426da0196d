"""Reading the seller's master SKU list from a CSV file (pure: nothing is written here).

Accepted: columns sku, name, stock, price with English or Indonesian headers in any order,
plus an optional `active` column (yes/no, ya/tidak, 1/0); extra columns are ignored and
listed; `;`, `,` or tab separated (Indonesian Excel writes `;` because `,` is its decimal
mark); UTF-8 with or without BOM; amounts like `Rp 15.000`,
`15.000`, `15000`, `15,000`, `Rp15.000,00`. Every row that cannot be used comes back as a
`CsvProblem` with its line number and a key saying why; no row is dropped silently. The
caller shows the summary and, only if the user accepts it, calls
`Catalog.save_masters(result.rows)`.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from wizard.catalog.models import MasterRow
from wizard.catalog.skucode import clean_sku, sku_key

# Row problem keys (the UI has one sentence for each).
MISSING_SKU = "missing_sku"
MISSING_NAME = "missing_name"
MISSING_STOCK = "missing_stock"
MISSING_PRICE = "missing_price"
BAD_STOCK = "bad_stock"  # not a whole number
BAD_PRICE = "bad_price"  # not an amount in rupiah
NEGATIVE_STOCK = "negative_stock"
NEGATIVE_PRICE = "negative_price"
PRICE_NOT_WHOLE = "price_not_whole"  # rupiah with cents, e.g. 15000,50
DUPLICATE_SKU_IN_FILE = "duplicate_sku"  # the same code on two or more lines
EXTRA_CELLS = "extra_cells"  # more filled cells than headers (often an unquoted separator)
BAD_ACTIVE = "bad_active"  # the optional `active` column is not yes/no, ya/tidak or 1/0

# File problem keys (MasterCsvError.key).
CSV_NOT_FOUND = "csv_not_found"
CSV_UNREADABLE = "csv_unreadable"
CSV_NOT_UTF8 = "csv_not_utf8"
CSV_EMPTY = "csv_empty"
CSV_MISSING_COLUMNS = "csv_missing_columns"
CSV_TOO_BIG = "csv_too_big"

MAX_BYTES = 50 * 1024 * 1024  # a master list is at most a few MB; refuse something else

FIELDS = ("sku", "name", "stock", "price")
_HEADER_ALIASES = {
    "sku": {
        "sku", "kode sku", "sku code", "kode", "seller sku", "sku penjual", "kode barang",
        "product code", "kode produk", "sku id", "item code",
    },
    "name": {
        "name", "nama", "nama produk", "product name", "nama barang", "produk", "product",
        "item name", "judul", "title",
    },
    "stock": {
        "stock", "stok", "qty", "quantity", "jumlah", "jumlah stok", "stock qty", "kuantitas",
        "available", "tersedia",
    },
    "price": {"price", "harga", "harga jual", "selling price", "sale price", "harga satuan"},
    # Optional: is the product on sale? An SPU whose products are all "no" goes off sale.
    "active": {"active", "aktif", "status aktif", "dijual", "on sale", "for sale"},
}  # fmt: skip
_ACTIVE_VALUES = {
    "yes": True, "y": True, "ya": True, "1": True, "true": True, "aktif": True, "on": True,
    "no": False, "n": False, "tidak": False, "0": False, "false": False, "nonaktif": False,
    "tidak aktif": False, "off": False,
}  # fmt: skip


class MasterCsvError(Exception):
    """The file as a whole cannot be used. `key` is stable; `line` if one line is at fault;
    `missing` lists the columns not found (csv_missing_columns)."""

    def __init__(self, key: str, *, line: int | None = None, missing: tuple[str, ...] = ()) -> None:
        self.key = key
        self.line = line
        self.missing = missing
        super().__init__(f"{key} line={line} missing={','.join(missing)}")


@dataclass(frozen=True)
class CsvProblem:
    line: int  # 1-based line in the file where the row starts
    key: str
    value: str = ""  # the cell that is wrong, as written
    other_line: int | None = None  # duplicate_sku: another line with the same code


@dataclass(frozen=True)
class MasterCsv:
    rows: tuple[MasterRow, ...]
    row_lines: tuple[int, ...]  # the file line of each row
    problems: tuple[CsvProblem, ...]
    delimiter: str
    had_bom: bool
    blank_lines: int  # rows with every cell empty (Excel leaves them): not products
    columns: dict[str, str] = field(default_factory=dict)  # field -> header as written
    ignored_columns: tuple[str, ...] = ()

    @property
    def lines_read(self) -> int:
        return len(self.rows) + len({p.line for p in self.problems})


def read_master_csv(path: str | os.PathLike[str]) -> MasterCsv:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MasterCsvError(CSV_TOO_BIG)
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise MasterCsvError(CSV_NOT_FOUND) from exc
    except OSError as exc:
        raise MasterCsvError(CSV_UNREADABLE) from exc
    return parse_master_csv(raw)


def parse_master_csv(raw: bytes) -> MasterCsv:
    had_bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        raise MasterCsvError(CSV_NOT_UTF8, line=bad_line) from exc

    header_line, header_text = _first_filled_line(text)
    if header_text is None:
        raise MasterCsvError(CSV_EMPTY)
    delimiter, columns, ignored = _read_header(header_text)
    missing = tuple(f for f in FIELDS if f not in columns)
    if missing:
        raise MasterCsvError(CSV_MISSING_COLUMNS, line=header_line, missing=missing)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    parsed: list[tuple[int, MasterRow]] = []
    problems: list[CsvProblem] = []
    blank = 0
    ncols = len(_split(header_text, delimiter))
    seen_header = False
    last_line = 0
    for cells in reader:
        line, last_line = last_line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            if seen_header:
                blank += 1
            continue
        if not seen_header:
            seen_header = True
            continue
        row, row_problems = _read_row(line, cells, columns, ncols)
        problems.extend(row_problems)
        if row is not None:
            parsed.append((line, row))

    rows, row_lines, dup_problems = _drop_duplicates(parsed)
    problems.extend(dup_problems)
    problems.sort(key=lambda p: (p.line, p.key))
    header_names = _split(header_text, delimiter)
    return MasterCsv(
        rows=tuple(rows),
        row_lines=tuple(row_lines),
        problems=tuple(problems),
        delimiter=delimiter,
        had_bom=had_bom,
        blank_lines=blank,
        columns={f: header_names[i].strip() for f, i in columns.items()},
        ignored_columns=ignored,
    )


# ----- amounts ---------------------------------------------------------------------------

_CURRENCY = re.compile(r"^(rp\.?|idr)", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")


def parse_amount(text: str, *, currency: bool = False) -> int:
    """A whole non-negative number as sellers write it in Indonesia or in English.

    `15.000`, `15,000`, `15000`, `15.000,00`, `Rp 15.000` (currency=True) -> 15000.
    Raises ValueError("bad") / ValueError("negative") / ValueError("not_whole").
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if currency:
        s = _CURRENCY.sub("", s)
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    if currency:
        s = _CURRENCY.sub("", s)  # "-Rp 5.000" as well as "Rp -5.000"
    if not s:
        raise ValueError("bad")
    whole, cents = s, ""
    m = re.fullmatch(r"(.+?)([.,])(\d{1,2})", s)
    if m and (m.group(2) not in m.group(1) or _GROUPED.match(m.group(1)) is None):
        # A separator followed by 1-2 digits at the end is a decimal mark, unless it is
        # the same mark used for thousands before it ("1.000.00" is not a number).
        whole, cents = m.group(1), m.group(3)
    if whole.isdigit() and whole.isascii():
        value = int(whole)
    elif _GROUPED.match(whole):
        value = int(re.sub(r"[.,]", "", whole))
    else:
        raise ValueError("bad")
    if negative and (value or cents.strip("0")):
        raise ValueError("negative")
    if cents.strip("0"):
        raise ValueError("not_whole")
    return value


# ----- helpers ---------------------------------------------------------------------------


def _first_filled_line(text: str) -> tuple[int, str | None]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip(" \t;,"):
            return number, line
    return 0, None


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _header_field(name: str) -> str | None:
    norm = re.sub(r"\((rp|idr)\)", "", name.casefold())
    norm = " ".join(re.sub(r"[_\-./]", " ", norm).split())
    for fld, aliases in _HEADER_ALIASES.items():
        if norm in aliases:
            return fld
    return None


def _read_header(line: str) -> tuple[str, dict[str, int], tuple[str, ...]]:
    """Pick the separator under which the header names the most known columns."""
    best: tuple[int, int, str, dict[str, int], tuple[str, ...]] | None = None
    for delimiter in (";", ",", "\t"):
        names = _split(line, delimiter)
        columns: dict[str, int] = {}
        ignored: list[str] = []
        for i, name in enumerate(names):
            fld = _header_field(name)
            if fld and fld not in columns:
                columns[fld] = i
            elif name.strip():
                ignored.append(name.strip())
        score = (len(columns), line.count(delimiter))
        if best is None or score > best[:2]:
            best = (*score, delimiter, columns, tuple(ignored))
    assert best is not None
    return best[2], best[3], best[4]


def _read_row(
    line: int, cells: list[str], columns: dict[str, int], ncols: int
) -> tuple[MasterRow | None, list[CsvProblem]]:
    def cell(fld: str) -> str:
        i = columns[fld]
        return cells[i].strip() if i < len(cells) else ""

    problems: list[CsvProblem] = []
    extra = [c for c in cells[ncols:] if c.strip()]
    if extra:
        problems.append(CsvProblem(line, EXTRA_CELLS, extra[0].strip()))
    sku = clean_sku(cell("sku"))
    if not sku:
        problems.append(CsvProblem(line, MISSING_SKU))
    name = cell("name")
    if not name:
        problems.append(CsvProblem(line, MISSING_NAME))
    stock = _amount(line, cell("stock"), False, problems)
    price = _amount(line, cell("price"), True, problems)
    active = None  # no column or an empty cell: the catalog keeps what it has
    if "active" in columns and cell("active"):
        active = _ACTIVE_VALUES.get(" ".join(cell("active").casefold().split()))
        if active is None:
            problems.append(CsvProblem(line, BAD_ACTIVE, cell("active")))
    if problems or stock is None or price is None:
        return None, problems
    return MasterRow(sku=sku, name=name, stock=stock, price=price, active=active), []


_AMOUNT_KEYS = {
    False: {"missing": MISSING_STOCK, "bad": BAD_STOCK, "negative": NEGATIVE_STOCK,
            "not_whole": BAD_STOCK},
    True: {"missing": MISSING_PRICE, "bad": BAD_PRICE, "negative": NEGATIVE_PRICE,
           "not_whole": PRICE_NOT_WHOLE},
}  # fmt: skip


def _amount(line: int, text: str, currency: bool, problems: list[CsvProblem]) -> int | None:
    keys = _AMOUNT_KEYS[currency]
    if not text:
        problems.append(CsvProblem(line, keys["missing"]))
        return None
    try:
        return parse_amount(text, currency=currency)
    except ValueError as exc:
        problems.append(CsvProblem(line, keys[str(exc)], text))
        return None


def _drop_duplicates(
    parsed: list[tuple[int, MasterRow]],
) -> tuple[list[MasterRow], list[int], list[CsvProblem]]:
    """A code on two or more lines is ambiguous: none of those lines is used, all are
    reported (the same rule as duplicate SKU codes on JD.ID)."""
    lines_by_key: dict[str, list[int]] = {}
    for line, row in parsed:
        lines_by_key.setdefault(sku_key(row.sku), []).append(line)
    rows, row_lines, problems = [], [], []
    for line, row in parsed:
        same = lines_by_key[sku_key(row.sku)]
        if len(same) == 1:
            rows.append(row)
            row_lines.append(line)
        else:
            other = same[1] if line == same[0] else same[0]
            problems.append(CsvProblem(line, DUPLICATE_SKU_IN_FILE, row.sku, other))
    return rows, row_lines, problems
