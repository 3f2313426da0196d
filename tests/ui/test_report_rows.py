"""A report list's table while its rows arrive: as long as the list from the first rows, what a
cell shows (as Qt's painter asks for it), and the rows the report did not count."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from wizard.locale_forms import rupiah
from wizard.ui.pages.products.report_view import (
    FIRST_CHUNK_ROWS,
    YIELD_AFTER_CHUNK_S,
    ReportRowsModel,
    load_rows,
)


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


def _painted_by_qt_and_by_the_table(
    qtbot, *, selected: int | None, scrolled: int = 0, sheet: str = ""
):
    """The same rows painted by Qt's item painter (QTableView) and by PlainTextTable: long
    names cut with "…", prices on the right, the alternate rows; returns both pictures and
    how many cells the table handed to its per-cell painter."""
    from PySide6.QtCore import QItemSelectionModel

    from wizard.ui.text_cells import PlainTextCells, PlainTextTable

    per_cell: list[int] = []

    class CountedCells(PlainTextCells):
        def paint(self, painter, option, index) -> None:  # noqa: ANN001
            per_cell.append(index.row())
            super().paint(painter, option, index)

    name = "Kaos Polos Katun Combed 30s Edisi Terbatas Warna Hitam Ukuran XXL " * 2
    model = ReportRowsModel(["SKU", "Name", "Price"], columns=("sku", "name", "price"))
    model.append([(f"SKU-{i}", name[: 10 + 7 * (i % 12)], 12500 * i) for i in range(40)])
    grabs = []
    for view in (QTableView(), PlainTextTable(model.cell)):
        qtbot.addWidget(view)
        if isinstance(view, PlainTextTable):
            view.cells = CountedCells(model.cell, view)
            view.setItemDelegate(view.cells)
        view.setStyleSheet(sheet)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)  # as the report lists have it
        view.verticalHeader().setDefaultSectionSize(22)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.resize(520, 300)
        view.setColumnWidth(1, 260)
        if selected is not None:
            rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            view.selectionModel().select(model.index(selected, 0), rows)
        view.verticalScrollBar().setValue(scrolled)
        grabs.append(view.grab().toImage())
    qt_own, table = grabs
    assert table.size() == qt_own.size()
    return qt_own, table, per_cell


def test_a_selected_row_on_screen_is_painted_as_qts_own_painter_draws_it(qtbot) -> None:
    qt_own, table, per_cell = _painted_by_qt_and_by_the_table(qtbot, selected=2)
    assert per_cell  # Qt's per-cell painting, for the selection
    assert table == qt_own


def test_rows_with_no_selection_on_screen_are_painted_in_one_go_as_qt_paints_them(qtbot) -> None:
    """Scrolled, with a selected row above the screen, with and without the app's style
    sheet (its row colours and grid lines): no cell goes through the per-cell painter, and
    the picture is Qt's, pixel for pixel."""
    from wizard.ui import theme

    for sheet in ("", theme.stylesheet(theme.tokens(theme.LIGHT))):
        qt_own, table, per_cell = _painted_by_qt_and_by_the_table(
            qtbot, selected=1, scrolled=5, sheet=sheet
        )
        assert not per_cell
        assert table == qt_own


# A fresh interpreter (this one has long built every PySide class): the enum classes PySide
# builds while a report table is made, shown, scrolled and painted for the first time.
FIRST_PAINT = """
import enum
from PySide6.QtWidgets import QApplication
from wizard.ui.pages.products.report_view import (
    FIRST_CHUNK_ROWS,
    YIELD_AFTER_CHUNK_S,
    ReportRowsModel,
    load_rows,
)
from wizard.ui.text_cells import PlainTextTable
app = QApplication([])
built = []
make = enum.EnumType.__new__
def counted(mcls, name, *args, **kwargs):
    built.append(name)
    return make(mcls, name, *args, **kwargs)
enum.EnumType.__new__ = counted
model = ReportRowsModel(["SKU", "Price"], columns=("sku", "price"))
model.append([(f"SKU-{i}", 100 * i) for i in range(30)])
view = PlainTextTable(model.cell)
view.setModel(model)
view.resize(400, 300)
view.show()
app.processEvents()
view.verticalScrollBar().setValue(5)
view.repaint()
print(" ".join(built))
"""


def test_a_report_tables_paint_builds_no_pyside_class_on_the_gui_thread() -> None:
    """Painting asks for the table's viewport: one Qt made would make PySide build every
    QtWidgets class it has not built yet (20-30 ms of a frozen window, once a run)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    built = set(done.stdout.split())
    # The search's mark: classes of widgets a table has nothing to do with.
    assert not built & {"TabPosition", "WizardButton", "DialogCode"}, built


class _TimedReport:
    """A report of `rows` rows that notes when the reader takes each one."""

    def __init__(self, rows: int) -> None:
        self.count, self.taken = rows, []

    def iter_rows(self, _kind: str, _translate: object) -> Iterator[tuple[str, int]]:
        for i in range(self.count):
            self.taken.append(time.monotonic())
            yield (f"SKU-{i}", i)


def test_the_reader_leaves_the_window_alone_while_it_shows_a_chunk() -> None:
    # The window adds and paints each chunk partly in Python; the reader reading on at once
    # had it wait for the interpreter (issue 15). It reads the next row only after the pause.
    report = _TimedReport(FIRST_CHUNK_ROWS + 10)
    handed: list[float] = []
    count = load_rows(
        report, "imported", threading.Event(), progress=lambda _c: handed.append(time.monotonic())
    )
    assert count == FIRST_CHUNK_ROWS + 10 and len(handed) == 2
    assert report.taken[FIRST_CHUNK_ROWS] - handed[0] >= YIELD_AFTER_CHUNK_S


def test_a_list_closed_during_the_readers_pause_gets_no_more_rows() -> None:
    stop = threading.Event()
    handed: list[int] = []
    report = _TimedReport(FIRST_CHUNK_ROWS + 10)
    count = load_rows(
        report, "imported", stop, progress=lambda c: (handed.append(len(c)), stop.set())
    )
    assert count == FIRST_CHUNK_ROWS and handed == [FIRST_CHUNK_ROWS]
