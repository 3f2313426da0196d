"""Master lists kept as spreadsheets: .xlsx written by openpyxl, .xls/.ods saved by LibreOffice
(kept in tests/masters/corpus), the sheet with the headers, numbers as Excel stores them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.masters.make_corpus import xlsx
from wizard.catalog import MasterRow
from wizard.catalog import master_csv as mc
from wizard.catalog.master_csv import MasterCsvError, read_master_csv

CORPUS = Path(__file__).resolve().parents[1] / "masters" / "corpus"


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    path.write_bytes(xlsx(sheets))  # written by openpyxl, as a spreadsheet program would
    return path


def test_numeric_sku_codes_keep_their_digits_and_the_header_sheet_is_read(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "products.xlsx",
        {
            "Catatan": [["Daftar produk toko, diperbarui tiap pagi"]],
            "Produk": [
                ["Stok Barang Toko Latihan"],  # a title row above the headers
                ["Kode SKU", "Nama Produk", "Stok", "Harga (Rp)", "Aktif"],
                [15000, "Kaos", 5, 15000, True],
                [8991234567890, "Topi", 12, 25000.0, False],
                ["KAOS-01", "Sepatu", 1.5, "Rp 250.000", None],
                [None, None, None, None, None],
                ["TAS", "Tas", 3, 99000.5, "ya"],
            ],
        },
    )
    result = read_master_csv(path)
    assert result.sheet == "Produk" and result.encoding == "" and result.delimiter == ""
    assert result.rows == (
        MasterRow("15000", "Kaos", 5, 15000, True),
        MasterRow("8991234567890", "Topi", 12, 25000, False),
    )
    assert [(p.line, p.key, p.value) for p in result.problems] == [
        (5, mc.BAD_STOCK, "1.5"),
        (7, mc.PRICE_NOT_WHOLE, "99000.5"),
    ]
    assert result.blank_lines == 1


def test_without_the_headers_anywhere_the_first_sheet_names_what_is_missing(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "x.xlsx", {"A": [["sku", "nama"], ["X", "x"]], "B": [["a"]]})
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert (err.value.key, err.value.missing) == (mc.CSV_MISSING_COLUMNS, ("stock", "price"))


def test_a_damaged_workbook_is_a_sentence_key(tmp_path: Path) -> None:
    good = workbook(tmp_path / "good.xlsx", {"P": [["sku", "name", "stock", "price"]]})
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(broken)
    assert err.value.key == mc.SHEET_UNREADABLE


@pytest.mark.parametrize("name", ["libreoffice.xlsx", "libreoffice.xls", "libreoffice.ods"])
def test_files_saved_by_libreoffice(name: str) -> None:
    result = read_master_csv(CORPUS / name)
    assert result.sheet == "Produk"
    assert MasterRow("15000", "Kaos merah, ukuran L", 5, 15000) in result.rows
    assert MasterRow("8991234567890", "Topi \u201cbaru\u201d", 1200, 250000) in result.rows
