"""Reading the seller's master SKU list from CSV: formats sellers produce, every bad row
reported by line number, nothing written until the user accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.catalog import Catalog, MasterRow
from wizard.catalog import master_csv as mc
from wizard.catalog.master_csv import MasterCsvError, parse_amount, read_master_csv


def write(tmp_path: Path, text: str, *, bom: bool = False, name: str = "m.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_indonesian_excel_export_semicolons_bom_and_rupiah(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Kode SKU;Nama Produk;Stok;Harga (Rp)\r\n"
        "KAOS-01;Kaos merah, ukuran L;5;Rp 15.000\r\n"
        "TOPI-2;Topi;1.200;Rp15.000,00\r\n"
        ";;;\r\n"
        "SEPATU;Sepatu;0;250000\r\n",
        bom=True,
    )
    result = read_master_csv(path)
    assert result.delimiter == ";" and result.had_bom and result.blank_lines == 1
    assert result.problems == ()
    assert result.rows == (
        MasterRow("KAOS-01", "Kaos merah, ukuran L", 5, 15000),
        MasterRow("TOPI-2", "Topi", 1200, 15000),
        MasterRow("SEPATU", "Sepatu", 0, 250000),
    )
    assert result.row_lines == (2, 3, 5)
    assert result.columns == {"sku": "Kode SKU", "name": "Nama Produk", "stock": "Stok",
                              "price": "Harga (Rp)"}  # fmt: skip


def test_english_comma_file_in_another_column_order_with_extra_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'price,Category,SKU,name,stock\n15000,Shirts,KAOS-01,"Kaos ""merah""",5\n',
    )
    result = read_master_csv(path)
    assert result.delimiter == ","
    assert result.rows == (MasterRow("KAOS-01", 'Kaos "merah"', 5, 15000),)
    assert result.ignored_columns == ("Category",)


def test_every_bad_row_is_reported_with_its_line_and_reason(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "sku;name;stock;price\n"  # 1
        "A-1;Good;1;1000\n"  # 2
        ";No code;1;1000\n"  # 3
        "B-1;;1;1000\n"  # 4
        "C-1;Stock words;lima;1000\n"  # 5
        "D-1;Minus;-3;1000\n"  # 6
        "E-1;Cents;1;Rp 15.000,50\n"  # 7
        "F-1;No price;1;\n"  # 8
        "G-1;Text price;1;gratis\n"  # 9
        'H-1;"Two\nlines";2;2000\n'  # 10-11: one row starting on line 10
        "I-1;Unquoted;separator;3;4000\n"  # 12: a ; inside the name, unquoted
        "a-1;Same code as line 2 in other case;1;1000\n"  # 13
        "\n"  # 14
        "J-1;Fine;0;0\n",  # 15
    )
    result = read_master_csv(path)
    got = [(p.line, p.key) for p in result.problems]
    assert got == [
        (2, mc.DUPLICATE_SKU_IN_FILE),
        (3, mc.MISSING_SKU),
        (4, mc.MISSING_NAME),
        (5, mc.BAD_STOCK),
        (6, mc.NEGATIVE_STOCK),
        (7, mc.PRICE_NOT_WHOLE),
        (8, mc.MISSING_PRICE),
        (9, mc.BAD_PRICE),
        (12, mc.BAD_STOCK),
        (12, mc.EXTRA_CELLS),
        (13, mc.DUPLICATE_SKU_IN_FILE),
    ]
    dup = {p.line: p.other_line for p in result.problems if p.key == mc.DUPLICATE_SKU_IN_FILE}
    assert dup == {2: 13, 13: 2}
    assert [p.value for p in result.problems if p.line == 5] == ["lima"]
    assert [r.sku for r in result.rows] == ["H-1", "J-1"]
    assert result.row_lines == (10, 15)
    assert result.rows[0].name == "Two\nlines"
    # every non-blank data line is either a row or a problem: nothing vanished
    assert result.lines_read == 12


def test_missing_columns_are_named(tmp_path: Path) -> None:
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(write(tmp_path, "\n\nSKU;Nama\nA;a\n"))
    assert err.value.key == mc.CSV_MISSING_COLUMNS
    assert err.value.missing == ("stock", "price") and err.value.line == 3


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter", "read_as"),
    [
        ("utf-8", b"", ",", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", ";", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "\t", "utf-16"),  # Excel's "Unicode Text"
        ("utf-16-be", b"\xfe\xff", ";", "utf-16"),
        ("cp1252", b"", ",", "cp1252"),  # Excel's plain "CSV (Comma delimited)" on Windows
        ("cp1252", b"", ";", "cp1252"),
    ],
)
def test_encodings_excel_writes_are_read_and_named(
    tmp_path: Path, encoding: str, bom: bytes, delimiter: str, read_as: str
) -> None:
    text = "\r\n".join(
        delimiter.join(cells)
        for cells in [
            ("Kode SKU", "Nama", "Stok", "Harga"),
            ("CAF-1", "Caf\u00e9 \u201cbaru\u201d", "5", "15000"),
        ]
    )
    path = tmp_path / "m.csv"
    path.write_bytes(bom + text.encode(encoding))
    result = read_master_csv(path)
    assert (result.encoding, result.delimiter) == (read_as, delimiter)
    assert result.rows == (MasterRow("CAF-1", "Caf\u00e9 \u201cbaru\u201d", 5, 15000),)


def test_latin1_with_bytes_windows_has_no_letter_for(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("sku;name;stock;price\nA;Se\u00f1or \x81;1;100\n".encode("latin-1"))
    result = read_master_csv(path)
    assert result.encoding == "latin-1" and result.rows[0].name == "Se\u00f1or \x81"


def test_a_picture_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert err.value.key == mc.CSV_NOT_TEXT


@pytest.mark.parametrize(
    ("content", "key"), [(None, mc.CSV_NOT_FOUND), ("", mc.CSV_EMPTY), (";;\n", mc.CSV_EMPTY)]
)
def test_file_level_problems(tmp_path: Path, content: str | None, key: str) -> None:
    path = tmp_path / "x.csv"
    if content is not None:
        path.write_text(content)
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert err.value.key == key


def test_nothing_is_written_until_the_summary_is_accepted(tmp_path: Path) -> None:
    result = read_master_csv(write(tmp_path, "sku,name,stock,price\nA,a,1,100\nB,b,2,200\n"))
    with Catalog.open(tmp_path / "c.sqlite3") as cat:
        cat.save_masters([MasterRow("A", "old name", 1, 100)])
        plan = cat.plan_masters(result.rows)  # the summary the user sees
        assert (plan.new, plan.updated) == (1, 1)
        assert cat.count_masters() == 1 and cat.master("A").name == "old name"
        cat.save_masters(result.rows)  # the user pressed "Save"
        assert cat.count_masters() == 2 and cat.master("A").name == "a"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp 15.000", 15000), ("15000", 15000), ("15.000", 15000), ("15,000", 15000),
        ("Rp15.000,00", 15000), ("IDR 1,250,000.00", 1250000), ("1.234.567", 1234567),
        ("Rp. 5.000", 5000), ("0", 0), ("15000,0", 15000), ("\u00a015.000 ", 15000),
    ],
)  # fmt: skip
def test_rupiah_amounts(text: str, value: int) -> None:
    assert parse_amount(text, currency=True) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [("15.000,50", "not_whole"), ("-5.000", "negative"), ("Rp -5", "negative"),
     ("1.000.00", "bad"), ("12.34.567", "bad"), ("abc", "bad"), ("Rp", "bad"), ("1e5", "bad")],
)  # fmt: skip
def test_bad_amounts(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_amount(text, currency=True)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([".", ","]))
def test_grouped_thousands_read_back(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_amount(f"Rp {grouped}", currency=True) == n
