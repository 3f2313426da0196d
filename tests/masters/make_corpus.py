"""Writes the odd master files of tests/masters/corpus (run by hand: `python -m
tests.masters.make_corpus`); the files are committed, so the tests read fixed bytes.

The three libreoffice.* files are not made here: LibreOffice saved them
(`soffice --headless --convert-to xlsx|xls|ods Produk.csv`), and they are kept as they came.
Each file's expected exit code (0: read, 6: refused with a sentence) is in expected.json.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl

CORPUS = Path(__file__).resolve().parent / "corpus"
HEAD = ["Kode SKU", "Nama Produk", "Stok", "Harga"]
ROWS = [
    ["KAOS-01", "Kaos merah, ukuran L", "5", "Rp 15.000"],
    ["TOPI-02", "Topi \u201cbaru\u201d caf\u00e9", "1.200", "Rp25.000,00"],
    ["TAS-03", "Tas", "0", "99000"],
]


def lines(sep: str = ";", rows: list[list[str]] | None = None, head: list[str] = HEAD) -> str:
    def cell(c: str) -> str:
        return f'"{c}"' if sep in c or '"' in c else c

    out = [sep.join(cell(c) for c in head)]
    out += [sep.join(cell(c) for c in r) for r in (ROWS if rows is None else rows)]
    return "\n".join(out) + "\n"


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def files() -> dict[str, tuple[bytes, int]]:
    big = [[f"K-{i}", f"Produk {i}", str(i % 9), str(1000 + i)] for i in range(20_000)]
    big_text = lines(";", big).splitlines(keepends=True)
    big_text[9_001] = 'K-9000;"Kaos 5 inch;1;1000\n'  # line 9002: a quote that never closes
    # lines 3 to 5 become one cell: a quote opens on line 3 and only line 5 closes it
    stray = (
        'sku;name;stock;price\nA;a;1;1\nB;"Topi;1;1000\nC;Tas;2;2000\nD;Sepatu "besar;3;3\n'
        "E;e;1;1\n"
    )
    sheet: list[list[object]] = [HEAD, [15000, "Kaos", 5, 15000]]
    sheet += [[8991234567890, "Topi", 12, 25000.0], ["TAS", "Tas", 0, 99000]]
    products = xlsx({"Produk": sheet})
    good_zip = io.BytesIO()
    with zipfile.ZipFile(good_zip, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    text = lines(";")
    return {
        # --- text that must be read (exit 0) ---
        "utf8_comma.csv": (lines(",").encode(), 0),
        "utf8_bom_semicolon.csv": (b"\xef\xbb\xbf" + text.encode(), 0),
        "utf16le_tab_unicode_text.txt": (b"\xff\xfe" + lines("\t").encode("utf-16-le"), 0),
        "utf16be_bom.csv": (b"\xfe\xff" + text.encode("utf-16-be"), 0),
        "cp1252_excel_windows.csv": (lines(",").encode("cp1252"), 0),
        "latin1_c1_bytes.csv": (
            lines(";", [["A-1", "Se\u00f1or \x81", "1", "1"]]).encode("latin-1"),
            0,
        ),
        "tab_separated.tsv": (lines("\t").encode(), 0),
        "crlf_line_endings.csv": (text.replace("\n", "\r\n").encode(), 0),
        "old_mac_cr_only.csv": (text.replace("\n", "\r").encode(), 0),
        "title_row_above_header.csv": (("Stok Toko Latihan;;;\n;;;\n" + text).encode(), 0),
        "columns_reordered_and_extra.csv": (
            b"Harga,Kategori,SKU,Nama,Stok,Catatan\n15000,Kaos,KAOS-01,Kaos,5,-\n",
            0,
        ),
        "blank_lines_everywhere.csv": (("\n\n" + text.replace("\n", "\n\n") + "\n\n").encode(), 0),
        "trailing_separators.csv": (text.replace("\n", ";;;\n").encode(), 0),
        "quoted_multiline_name.csv": (
            b'sku;name;stock;price\nA-1;"Kaos\nmerah";1;1000\n',
            0,
        ),
        "rupiah_formats.csv": (
            lines(
                ";",
                [
                    ["A", "a", "1", "Rp 15.000"],
                    ["B", "b", "2", "IDR 1,250,000.00"],
                    ["C", "c", "3", "Rp. 5.000"],
                    ["D", "d", "4", "15000,0"],
                ],
            ).encode(),
            0,
        ),  # fmt: skip
        "huge_stock_and_price.csv": (
            lines(
                ";",
                [
                    ["A", "a", "99999999999999999999", "1"],
                    ["B", "b", "1", "1e999"],
                    ["C", "c", "10000000", "Rp 1.000.000.000"],
                    ROWS[2],
                ],
            ).encode(),
            0,
        ),  # fmt: skip
        "negative_and_cents.csv": (
            lines(";", [["A", "a", "-3", "1"], ["B", "b", "1", "15000,50"], ROWS[2]]).encode(),
            0,
        ),  # fmt: skip
        "duplicate_skus.csv": (
            lines(";", [ROWS[0], ["kaos-01", "again", "1", "1"], ROWS[2]]).encode(),
            0,
        ),
        "stray_quotes_closed_later.csv": (stray.encode(), 0),
        "zero_width_and_nbsp.csv": (
            lines(";", [["\u200bKAOS-01\u00a0", "Kaos", "5", "\u00a015.000"]]).encode(),
            0,
        ),
        "no_final_newline.csv": (text.rstrip("\n").encode(), 0),
        "header_only.csv": (b"sku;name;stock;price\n", 0),
        "every_row_bad.csv": (lines(";", [["", "a", "x", "y"], ["B", "", "-1", ""]]).encode(), 0),
        "formula_like_cells.csv": (
            lines(";", [["=1+1", "+62 811", "3", "1000"], ["@SUM", "-x", "1", "1"]]).encode(),
            0,
        ),  # fmt: skip
        "long_name_10kb.csv": (lines(";", [["A", "x" * 10_000, "1", "1"]]).encode(), 0),
        "emoji_names.csv": (lines(";", [["A", "Kaos \U0001f455 merah", "1", "1"]]).encode(), 0),
        "sku_codes_like_numbers.csv": (
            lines(";", [["00123", "a", "1", "1"], ["1.5E+12", "b", "1", "1"]]).encode(),
            0,
        ),  # fmt: skip
        "indonesian_active_column.csv": (
            b"Kode SKU;Nama;Stok;Harga;Aktif\nA;a;1;1000;ya\nB;b;1;1000;tidak\n"
            b"C;c;1;1000;mungkin\n",
            0,
        ),
        # --- spreadsheets that must be read (exit 0) ---
        "products.xlsx": (products, 0),
        "header_on_second_sheet.xlsx": (
            xlsx({"Catatan": [["Daftar produk"]], "Produk": [HEAD, ["A", "a", 1, 1000]]}),
            0,
        ),  # fmt: skip
        "numbers_with_fractions.xlsx": (
            xlsx({"P": [HEAD, ["A", "a", 1.5, 1000], ["B", "b", 2, 999.99], ["C", "c", 3, 3000]]}),
            0,
        ),  # fmt: skip
        "title_rows_and_gaps.xlsx": (
            xlsx({"P": [["Toko Latihan"], [], HEAD, ["A", "a", 1, 1000], [], ["B", "b", 2, 2000]]}),
            0,
        ),  # fmt: skip
        "text_saved_as_xlsx_name.xlsx": (text.encode(), 0),
        "booleans_and_dates.xlsx": (
            xlsx({"P": [[*HEAD, "Aktif"], ["A", "a", 1, 1000, True], ["B", "b", 1, 1000, False]]}),
            0,
        ),  # fmt: skip
        # --- refused with a sentence (exit 6) ---
        "unclosed_quote_20000_lines.csv": ("".join(big_text).encode(), 6),
        "unclosed_quote_small.csv": ((text + 'B;"Kaos;1;1\n' + text.split("\n", 1)[1]).encode(), 6),
        "cell_over_128kb.csv": (lines(";", [ROWS[0], ["B", "x" * 200_000, "1", "1"]]).encode(), 6),
        "empty.csv": (b"", 6),
        "only_separators.csv": (b";;;\n,,,\n\t\t\n", 6),
        "missing_columns.csv": (b"SKU;Nama\nA;a\n", 6),
        "english_headers_misspelt.csv": (b"skus,nmae,stok,prise\nA,a,1,1\n", 6),
        "picture_renamed.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), 6),
        "pdf_renamed.csv": (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\nendstream\n",
            6,
        ),
        "truncated.xlsx": (products[:400], 6),
        "zip_that_is_no_workbook.xlsx": (good_zip.getvalue(), 6),
        "utf16_odd_byte_count.csv": (b"\xff\xfe" + text.encode("utf-16-le") + b"\x41", 6),
        "nul_bytes_in_text.csv": (text.replace("Tas", "T\x00s").encode(), 6),
        "sheet_without_price.xlsx": (xlsx({"P": [["sku", "name", "stock"], ["A", "a", 1]]}), 6),
        "empty_workbook.xlsx": (xlsx({"Kosong": []}), 6),
    }


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    expected = {}
    for name, (data, code) in files().items():
        (CORPUS / name).write_bytes(data)
        expected[name] = code
    for name in ("libreoffice.xlsx", "libreoffice.xls", "libreoffice.ods"):
        expected[name] = 0
    (CORPUS / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
