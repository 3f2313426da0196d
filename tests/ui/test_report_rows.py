"""A report list's table while its rows arrive: as long as the list from the first rows, what a
cell shows (as Qt's painter asks for it), and the rows the report did not count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from wizard.locale_forms import rupiah
from wizard.ui.pages.products.report_view import ReportRowsModel


def shown(model: ReportRowsModel, row: int, column: int) -> QStyleOptionViewItem:
    """The cell as the table's painter sees it (one multiData call per cell)."""
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(row, column))
    return option


def test_the_first_rows_make_the_table_as_long_as_the_list_and_later_ones_fill_it(qtbot) -> None:
    model = ReportRowsModel(["SKU", "Price", "Stock"], columns=("sku", "price", "stock"), length=4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert model.rowCount() == 0  # nothing to draw before the first rows
    model.append([("A-1", 12500, 3), ("A-2", 900, 0)], on_screen=range(0, 1))
    assert model.rowCount() == 4 and len(model.rows) == 2
    assert shown(model, 3, 0).text == ""  # not read yet
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.append([("A-3", 1, 1)], on_screen=range(0, 3))
    assert changed == [(2, 2)]  # only the rows on screen it fills repaint
    price = shown(model, 0, 1)
    assert price.text == rupiah(12500) and price.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert shown(model, 1, 0).text == "A-2"
    assert not shown(model, 1, 0).displayAlignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(1, 2)) == "0"

    model.append([("A-4", 1, 1)], on_screen=range(0, 3))  # below the view: no repaint
    assert changed == [(2, 2)] and shown(model, 3, 0).text == "A-4"


def test_rows_the_report_did_not_count_are_added_and_unread_ones_dropped(qtbot) -> None:
    model = ReportRowsModel(["SKU"], columns=("sku",), length=2)
    model.append([("A",)])
    model.append([("B",), ("C",)])
    assert model.rowCount() == 3 and model.data(model.index(2, 0)) == "C"

    short = ReportRowsModel(["SKU"], columns=("sku",), length=5)
    short.append([("A",)])
    short.trim()  # the reading ended (stopped, or the list changed meanwhile)
    assert short.rowCount() == 1 and short.data(short.index(0, 0)) == "A"


def test_cells_look_as_qts_own_painter_draws_them(qtbot) -> None:
    """The cached painter (PlainTextTable) against Qt's item painter on the same rows: long
    names cut with "…", prices on the right, a selected row, the alternate rows."""
    from PySide6.QtCore import QItemSelectionModel

    from wizard.ui.text_cells import PlainTextTable

    name = "Kaos Polos Katun Combed 30s Edisi Terbatas Warna Hitam Ukuran XXL " * 2
    model = ReportRowsModel(["SKU", "Name", "Price"], columns=("sku", "name", "price"))
    model.append([(f"SKU-{i}", name[: 10 + 7 * i], 12500 * i) for i in range(12)])
    grabs = []
    for view in (QTableView(), PlainTextTable(model.cell)):
        qtbot.addWidget(view)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)  # as the report lists have it
        view.verticalHeader().setDefaultSectionSize(22)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.resize(520, 300)
        view.setColumnWidth(1, 260)
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(model.index(2, 0), rows)
        grabs.append(view.grab().toImage())
    qt_own, cached = grabs
    assert cached.size() == qt_own.size()
    assert cached == qt_own
