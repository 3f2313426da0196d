"""Reading the seller's master SKU list from a CSV file or a spreadsheet (pure: nothing is
written here).

Accepted: columns sku, name, stock, price with English or Indonesian headers in any order
(a title row above the headers is fine), plus an optional `active` column (yes/no, ya/tidak,
1/0); extra columns are ignored and listed. Spreadsheets: .xlsx, .xls and .ods (see
master_sheet), the first sheet or the one that has the headers. Text: `;`, `,` or tab
separated (Indonesian Excel writes `;` because `,` is its decimal mark), in UTF-8 with or
without BOM, UTF-16 with BOM (Excel's "Unicode Text") or the Windows code page cp1252 /
latin-1 (Excel's plain "CSV"), told apart by whether the bytes are valid UTF-8. Amounts
like `Rp 15.000`, `15.000`, `15000`, `15,000`, `Rp15.000,00`. Every row that cannot be
used comes back as a `CsvProblem` with its line number and a key saying why; no row is
dropped silently, and a quote that swallows the rest of the file is a file problem naming
the line it opened on.
The caller shows the summary and, only if the user accepts it, calls
`Catalog.save_masters(result.rows)`.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
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
STOCK_TOO_BIG = "stock_too_big"  # more than JD.ID accepts (MAX_STOCK)
PRICE_TOO_BIG = "price_too_big"  # more than JD.ID accepts (MAX_PRICE)
DUPLICATE_SKU_IN_FILE = "duplicate_sku"  # the same code on two or more lines
EXTRA_CELLS = "extra_cells"  # more filled cells than headers (often an unquoted separator)
BAD_ACTIVE = "bad_active"  # the optional `active` column is not yes/no, ya/tidak or 1/0
QUOTE_SPANS_LINES = "quote_spans_lines"  # a stray quote made lines line..other_line one cell

# File problem keys (MasterCsvError.key).
CSV_NOT_FOUND = "csv_not_found"
CSV_IS_FOLDER = "csv_is_folder"
CSV_UNREADABLE = "csv_unreadable"
CSV_NOT_UTF8 = "csv_not_utf8"  # UTF-16 text that does not decode
CSV_NOT_TEXT = "csv_not_text"  # neither text nor a spreadsheet (a picture, a PDF, ...)
CSV_EMPTY = "csv_empty"
CSV_MISSING_COLUMNS = "csv_missing_columns"
CSV_TOO_BIG = "csv_too_big"
CSV_UNCLOSED_QUOTE = "csv_unclosed_quote"  # `line`: where the quote opened
CSV_CELL_TOO_BIG = "csv_cell_too_big"  # `line`: the row with a cell over MAX_CELL
CSV_BAD_LINE = "csv_bad_line"  # any other line the CSV reader refuses
SHEET_UNREADABLE = "sheet_unreadable"  # a damaged or password-protected spreadsheet

MAX_BYTES = 50 * 1024 * 1024  # a master list is at most a few MB; refuse something else
MAX_CELL = 128 * 1024  # the csv module's own field limit; no product list has such a cell
# The largest values JD.ID's seller API takes (ours, from its seller rules: stock is at most
# seven digits, a price under a billion rupiah). Anything above is a typing slip, and the
# catalog's 64-bit integers could not hold every such number anyway.
MAX_STOCK = 9_999_999
MAX_PRICE = 999_999_999

FIELDS = ("sku", "name", "stock", "price")
DELIMITERS = (";", ",", "\t")
_HEADER_ROWS = 20  # the header is looked for among the first filled rows (titles above it)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
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

    def __reduce__(self) -> tuple[object, ...]:  # it travels back from the master-list worker
        return (_rebuilt_csv_error, (type(self), self.key, self.line, self.missing))


def _rebuilt_csv_error(
    cls: type[MasterCsvError], key: str, line: int | None, missing: tuple[str, ...]
) -> MasterCsvError:
    return cls(key, line=line, missing=missing)


@dataclass(frozen=True)
class CsvProblem:
    line: int  # 1-based line in the file (row in the sheet) where the row starts
    key: str
    value: str = ""  # the cell that is wrong, as written
    other_line: int | None = None  # duplicate_sku: another line; quote_spans_lines: the last


@dataclass(frozen=True)
class MasterCsv:
    rows: tuple[MasterRow, ...]
    row_lines: tuple[int, ...]  # the file line of each row
    problems: tuple[CsvProblem, ...]
    delimiter: str  # "" for a spreadsheet
    had_bom: bool
    blank_lines: int  # rows with every cell empty (Excel leaves them): not products
    columns: dict[str, str] = field(default_factory=dict)  # field -> header as written
    ignored_columns: tuple[str, ...] = ()
    encoding: str = ""  # text: utf-8, utf-8-sig, utf-16, cp1252 or latin-1; "" for a sheet
    sheet: str = ""  # spreadsheet: the name of the sheet that was read

    @property
    def lines_read(self) -> int:
        return len(self.rows) + len({p.line for p in self.problems})


class NumberCell(str):
    """A spreadsheet's numeric cell that is not a whole number, as text plus its value, so
    1.234 in a stock cell is not taken for "1.234" (one thousand two hundred thirty-four)."""

    value: float

    def __new__(cls, value: float) -> NumberCell:
        cell = super().__new__(cls, repr(value))
        cell.value = value
        return cell


# (first line, cells, last line) of one row of the file
Record = tuple[int, Sequence[str], int]


def read_master_csv(path: str | os.PathLike[str]) -> MasterCsv:
    """Read a master list file: text (CSV) or a spreadsheet, recognised by its content."""
    path = Path(path)
    try:
        if path.is_dir():
            raise MasterCsvError(CSV_IS_FOLDER)
        if path.stat().st_size > MAX_BYTES:
            raise MasterCsvError(CSV_TOO_BIG)
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise MasterCsvError(CSV_NOT_FOUND) from exc
    except OSError as exc:
        raise MasterCsvError(CSV_UNREADABLE) from exc
    from wizard.catalog import master_sheet

    if master_sheet.is_spreadsheet(raw):
        return _read_sheets(master_sheet.read_sheets(raw))
    return parse_master_csv(raw)


def parse_master_csv(raw: bytes) -> MasterCsv:
    """A master list from the bytes of a text (CSV) file."""
    text, encoding = decode_text(raw)
    delimiter = _pick_delimiter(text)
    return _parse_records(
        _csv_records(text, delimiter),
        delimiter=delimiter,
        had_bom=encoding in ("utf-8-sig", "utf-16"),
        encoding=encoding,
    )


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 or latin-1."""
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in raw:
        raise MasterCsvError(CSV_NOT_TEXT)  # no text file has NUL bytes but UTF-16
    else:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = _windows_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        # Only UTF-16 can fail here; count the lines in its own units (2 bytes each).
        bad_line = raw[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        raise MasterCsvError(CSV_NOT_UTF8, line=bad_line) from exc
    if "\x00" in text:
        raise MasterCsvError(CSV_NOT_TEXT)
    return text, encoding


def _windows_encoding(raw: bytes) -> str:
    """cp1252 (what Excel on Windows writes as "CSV"), or latin-1 when the bytes use one of
    the five codes cp1252 leaves empty. The bytes decide exactly; no guessing is needed."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _read_sheets(sheets: Iterable[tuple[str, list[Record]]]) -> MasterCsv:
    """The first sheet whose header names every column, else the first sheet with data."""
    first: tuple[str, list[Record]] | None = None
    for name, records in sheets:
        if not records:
            continue
        if first is None:
            first = (name, records)
        if _complete(_find_header(records[: _HEADER_ROWS * 5])[1]):
            return _parse_records(records, delimiter="", had_bom=False, sheet=name)
    if first is None:
        raise MasterCsvError(CSV_EMPTY)
    return _parse_records(first[1], delimiter="", had_bom=False, sheet=first[0])


def _parse_records(
    records: Iterable[Record], *, delimiter: str, had_bom: bool, encoding: str = "", sheet: str = ""
) -> MasterCsv:
    records = iter(records)
    before: list[Record] = []
    for record in records:  # up to the header (read at most _HEADER_ROWS filled rows)
        before.append(record)
        if _complete(_find_header(before)[1]) or _filled(before) >= _HEADER_ROWS:
            break
    (header_line, header), columns = _find_header(before)
    if header_line is None:
        raise MasterCsvError(CSV_EMPTY)
    missing = tuple(f for f in FIELDS if f not in columns)
    if missing:
        raise MasterCsvError(CSV_MISSING_COLUMNS, line=header_line, missing=missing)
    ncols = len(header)
    header_names = [str(h).strip() for h in header]
    ignored = tuple(n for i, n in enumerate(header_names) if n and i not in columns.values())

    parsed: list[tuple[int, MasterRow]] = []
    problems: list[CsvProblem] = []
    blank = 0
    after = [r for r in before if r[0] > header_line]
    for line, cells, last in _chain(after, records):
        if not any(str(c).strip() for c in cells):
            blank += 1
            continue
        if last > line and delimiter and any("\n" in c and delimiter in c for c in cells):
            problems.append(CsvProblem(line, QUOTE_SPANS_LINES, "", last))
            continue
        row, row_problems = _read_row(line, cells, columns, ncols)
        problems.extend(row_problems)
        if row is not None:
            parsed.append((line, row))

    rows, row_lines, dup_problems = _drop_duplicates(parsed)
    problems.extend(dup_problems)
    problems.sort(key=lambda p: (p.line, p.key))
    return MasterCsv(
        rows=tuple(rows),
        row_lines=tuple(row_lines),
        problems=tuple(problems),
        delimiter=delimiter,
        had_bom=had_bom,
        blank_lines=blank,
        columns={f: header_names[i] for f, i in columns.items()},
        ignored_columns=ignored,
        encoding=encoding,
        sheet=sheet,
    )


def _chain(first: list[Record], rest: Iterator[Record]) -> Iterator[Record]:
    yield from first
    yield from rest


def _complete(columns: dict[str, int]) -> bool:
    return all(f in columns for f in FIELDS)


def _filled(records: list[Record]) -> int:
    return sum(1 for _, cells, _ in records if any(str(c).strip() for c in cells))


def _find_header(
    records: list[Record],
) -> tuple[tuple[int | None, Sequence[str]], dict[str, int]]:
    """The first filled row that names every column; else the first filled row."""
    first: tuple[tuple[int | None, Sequence[str]], dict[str, int]] = ((None, []), {})
    for line, cells, _ in records:
        if not any(str(c).strip() for c in cells):
            continue
        columns = _header_columns(cells)
        if _complete(columns):
            return (line, cells), columns
        if first[0][0] is None:
            first = ((line, cells), columns)
    return first[0], ({} if first[0][0] is None else first[1])


# ----- CSV text ----------------------------------------------------------------------------


def _csv_records(text: str, delimiter: str) -> Iterator[Record]:
    """The rows of the text; a csv.Error becomes a MasterCsvError naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last = 0
    lines: list[str] | None = None
    while True:
        start = last + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            lines = lines or _LINE_BREAK.split(text)
            raise _csv_error(lines, start, delimiter, str(exc)) from None
        last = reader.line_num
        if last > start:  # a quoted cell with line breaks: is its quote ever closed?
            lines = lines or _LINE_BREAK.split(text)
            opened = _unclosed_quote(lines, start, delimiter)
            if opened is not None:
                raise MasterCsvError(CSV_UNCLOSED_QUOTE, line=opened)
        yield start, cells, last


def _csv_error(lines: list[str], start: int, delimiter: str, message: str) -> MasterCsvError:
    opened = _unclosed_quote(lines, start, delimiter, to_end=True)
    if opened is not None:
        return MasterCsvError(CSV_UNCLOSED_QUOTE, line=opened)
    if "field larger" in message:
        return MasterCsvError(CSV_CELL_TOO_BIG, line=start)
    return MasterCsvError(CSV_BAD_LINE, line=start)


def _unclosed_quote(
    lines: list[str], start: int, delimiter: str, to_end: bool = False
) -> int | None:
    """The line where a quoted cell opened that the row starting on `start` never closes
    (or, with `to_end`, that stays open for more than MAX_CELL characters); else None."""
    in_quote, field_start, opened, length = False, True, 0, 0
    for number in range(start, len(lines) + 1):
        text = lines[number - 1]
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if in_quote:
                length += 1
                if ch == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        i += 2
                        continue
                    in_quote = False
                    if to_end and length > MAX_CELL:
                        return opened
            elif ch == '"' and field_start:
                in_quote, opened, length = True, number, 0
            field_start = not in_quote and ch == delimiter
            i += 1
        if not in_quote:
            return None  # the row ends on this line
        field_start = False
    return opened if in_quote else None


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one by one: the header is in the first few, and splitting a
    200,000-line file at once holds the interpreter for ~0.1 s, freezing the window."""
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def _pick_delimiter(text: str) -> str:
    """The separator under which a header row names the most known columns."""
    best: tuple[int, int, int, str] | None = None
    filled = 0
    for number, line in enumerate(_lines(text), start=1):
        if not line.strip(" \t;,"):
            continue
        filled += 1
        for delimiter in DELIMITERS:
            names = next(csv.reader([line], delimiter=delimiter), [])
            score = (len(_header_columns(names)), line.count(delimiter), -number, delimiter)
            if best is None or score > best:
                best = score
        if filled >= _HEADER_ROWS or (best is not None and best[0] >= len(FIELDS)):
            break
    if best is None:
        raise MasterCsvError(CSV_EMPTY)
    return best[3]


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


def _header_field(name: str) -> str | None:
    norm = re.sub(r"\((rp|idr)\)", "", str(name).casefold())
    norm = " ".join(re.sub(r"[_\-./]", " ", norm).split())
    for fld, aliases in _HEADER_ALIASES.items():
        if norm in aliases:
            return fld
    return None


def _header_columns(names: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, name in enumerate(names):
        fld = _header_field(name)
        if fld and fld not in columns:
            columns[fld] = i
    return columns


def _read_row(
    line: int, cells: Sequence[str], columns: dict[str, int], ncols: int
) -> tuple[MasterRow | None, list[CsvProblem]]:
    def cell(fld: str) -> str:
        i = columns[fld]
        if i >= len(cells):
            return ""
        return cells[i] if isinstance(cells[i], NumberCell) else cells[i].strip()

    problems: list[CsvProblem] = []
    extra = [str(c) for c in cells[ncols:] if str(c).strip()]
    if extra:
        problems.append(CsvProblem(line, EXTRA_CELLS, extra[0].strip()))
    sku = clean_sku(cell("sku"))
    if not sku:
        problems.append(CsvProblem(line, MISSING_SKU))
    name = str(cell("name"))  # plain text, also from a number cell
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
            "not_whole": BAD_STOCK, "too_big": STOCK_TOO_BIG},
    True: {"missing": MISSING_PRICE, "bad": BAD_PRICE, "negative": NEGATIVE_PRICE,
           "not_whole": PRICE_NOT_WHOLE, "too_big": PRICE_TOO_BIG},
}  # fmt: skip


def _amount(line: int, text: str, currency: bool, problems: list[CsvProblem]) -> int | None:
    keys = _AMOUNT_KEYS[currency]
    if not text:
        problems.append(CsvProblem(line, keys["missing"]))
        return None
    try:
        if isinstance(text, NumberCell):  # a spreadsheet number with a fraction
            raise ValueError("negative" if text.value < 0 else "not_whole")
        value = parse_amount(text, currency=currency)
        if value > (MAX_PRICE if currency else MAX_STOCK):
            raise ValueError("too_big")
        return value
    except ValueError as exc:
        problems.append(CsvProblem(line, keys[str(exc)], str(text)))
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
