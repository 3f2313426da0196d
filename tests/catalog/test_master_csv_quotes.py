"""Defect 1 of issue 13: a stray quote or a huge cell must become a sentence with its line,
never a csv.Error, and never swallow lines silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.catalog import master_csv as mc
from wizard.catalog.master_csv import MasterCsvError, read_master_csv

HEADER = "sku;name;stock;price\n"


def rows(n: int, start: int = 1) -> str:
    return "".join(f"K-{i};Produk {i};{i % 7};{1000 + i}\n" for i in range(start, start + n))


def test_an_unclosed_quote_in_a_big_file_names_the_line_where_it_opened(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + rows(500) + 'K-X;"Kaos 5 inch;1;1000\n' + rows(19_500, 501))
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert (err.value.key, err.value.line) == (mc.CSV_UNCLOSED_QUOTE, 502)


def test_an_unclosed_quote_in_a_small_file_drops_nothing_silently(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    path.write_text(HEADER + rows(3) + 'K-X;"Kaos;1;1000\n' + rows(3, 10))
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert (err.value.key, err.value.line) == (mc.CSV_UNCLOSED_QUOTE, 5)


def test_a_quote_closed_lines_later_is_a_row_problem_naming_both_lines(tmp_path: Path) -> None:
    # Two stray quotes: lines 3 to 5 become one cell; that row is not used, and says so.
    text = HEADER + rows(1) + 'K-2;"Kaos;1;1000\nK-3;Topi;2;2000\nK-4;Sepatu "besar;3;3000\n'
    path = tmp_path / "two.csv"
    path.write_text(text + rows(1, 9))
    result = read_master_csv(path)
    assert [(p.line, p.key, p.other_line) for p in result.problems] == [
        (3, mc.QUOTE_SPANS_LINES, 5)
    ]
    assert [r.sku for r in result.rows] == ["K-1", "K-9"]


def test_a_cell_over_128_kb_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge-cell.csv"
    path.write_text(HEADER + rows(2) + "K-3;" + "x" * 200_000 + ";1;1000\n" + rows(2, 4))
    with pytest.raises(MasterCsvError) as err:
        read_master_csv(path)
    assert (err.value.key, err.value.line) == (mc.CSV_CELL_TOO_BIG, 4)
