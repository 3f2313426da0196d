"""The import report on screen: the counts, each list in a table, each list as a CSV file.

Lists can be long, so rows are read from the catalog in a worker and arrive in chunks
(`load_rows`); the table fills while the seller looks. CSV files are written in a worker too
(ImportReport.to_csv: temp file, then rename).
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard import locale_forms
from wizard.jobs import REPORT_KINDS
from wizard.jobs.collector import long_lived_build
from wizard.ui import theme
from wizard.ui.cell_roles import ALIGNMENT, DISPLAY, RIGHT, answer_roles
from wizard.ui.context import WizardContext
from wizard.ui.text_cells import PlainTextTable
from wizard.ui.turns import next_part
from wizard.ui.widgets import WrappedLabel, note_label

CHUNK_ROWS = 500
FIRST_CHUNK_ROWS = 100  # the table shows something at once; the rest follows in bigger chunks
# Every chunk that reaches the table repaints it (~20 ms of text drawing on the GUI thread,
# profiled), so after the first one they come at most this often, however fast rows are read.
CHUNK_EVERY_S = 0.25
# After handing a chunk over, the reader waits this long: the window shows those rows now
# (adds them, lays out, paints), partly in Python, and with the reader's Python running
# meanwhile it waited for the interpreter at each step (up to 1 ms each, `perf sched`).
YIELD_AFTER_CHUNK_S = 0.05
# Column widths are measured on this many rows, not on every row (that would stall the GUI).
MEASURED_ROWS = 100
MEASURED_TEXTS = 5  # of those rows, the longest texts of a column are measured in pixels
READ_LATEST_MS = 200  # the list is read this long after the window shows, painted or not
MAX_COLUMN_PX = 360  # a long product name does not push the other columns out of sight
# Lists that ask the seller to do something; their advice is shown on the page itself.
ACTION_KINDS = ("new_masters", "skipped", "empty_sku", "duplicate_sku")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def tr_report(text: str) -> str:
    """The core's report texts (titles, advice, column names, status words)."""
    return QCoreApplication.translate("ImportReport", text)


Index = QModelIndex | QPersistentModelIndex


class ReportRowsModel(QAbstractTableModel):
    """Rows of one report list; chunks are appended as the worker reads them.

    With `length` (the list's count from the report) the first chunk makes the table that
    long and rows not read yet show empty: later chunks repaint only the rows on screen they
    fill (Qt repaints the whole table for every insert, ~20 ms of text drawing a chunk)."""

    def __init__(
        self,
        headers: list[str],
        parent: Any = None,
        columns: tuple[str, ...] = (),
        length: int = 0,
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self._prices = {i for i, c in enumerate(columns) if c == "price"}  # shown as Rp12.500
        self.rows: list[tuple[Any, ...]] = []
        self._expected = length
        self._length = 0  # rows the table has: none until the first chunk (a cheap first paint)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._length

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Plain ints, no enum arithmetic (that took ~3 us a call); the role first, as most
        # roles asked have no answer.
        if not (role in (DISPLAY, ALIGNMENT) and index.isValid()):
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            return self.text(row, column)
        return RIGHT if isinstance(self._value(row, column), int) else None

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        row, column = (index.row(), index.column()) if index.isValid() else (-1, -1)
        value = self._value(row, column)
        text = self._shown(value, column) if row >= 0 else None
        answer_roles(roles, text, RIGHT if isinstance(value, int) else None)

    def cell(self, row: int, column: int) -> tuple[str, bool]:
        """The cell as painted: its text, and whether it sits on the right (a number)."""
        value = self._value(row, column)
        return self._shown(value, column), isinstance(value, int)

    def text(self, row: int, column: int) -> str:
        """The cell as shown ("" while its row is not read yet)."""
        return self._shown(self._value(row, column), column)

    def _value(self, row: int, column: int) -> Any:
        return self.rows[row][column] if 0 <= row < len(self.rows) else None

    def _shown(self, value: Any, column: int) -> str:
        if isinstance(value, int) and column in self._prices:
            return locale_forms.rupiah(value)
        return "" if value is None else str(value)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return section + 1

    def append(self, chunk: list[tuple[Any, ...]], on_screen: range | None = None) -> None:
        """Add rows read; of those within the length, only the ones in `on_screen` (rows the
        view shows; all if None) are announced, as each announcement repaints the table."""
        if not chunk:
            return
        if not self._length:
            self.beginInsertRows(QModelIndex(), 0, max(self._expected, len(chunk)) - 1)
            self.rows.extend(chunk)
            self._length = max(self._expected, len(chunk))
            self.endInsertRows()
            return
        first = len(self.rows)
        within = chunk[: max(0, self._length - first)]
        self.rows.extend(within)
        if within:
            shown = range(first, first + len(within))
            if on_screen is not None:
                shown = range(max(shown.start, on_screen.start), min(shown.stop, on_screen.stop))
            if shown:
                last_column = self.columnCount() - 1
                self.dataChanged.emit(
                    self.index(shown.start, 0), self.index(shown.stop - 1, last_column)
                )
        beyond = chunk[len(within) :]  # more rows than the report counted
        if beyond:
            self.beginInsertRows(QModelIndex(), self._length, self._length + len(beyond) - 1)
            self.rows.extend(beyond)
            self._length = len(self.rows)
            self.endInsertRows()

    def trim(self) -> None:
        """The reading ended: drop the empty rows it did not fill."""
        if len(self.rows) < self._length:
            self.beginRemoveRows(QModelIndex(), len(self.rows), self._length - 1)
            self._length = len(self.rows)
            self.endRemoveRows()


def load_rows(
    report: Any, kind: str, stop: threading.Event, *, progress: Callable[[Any], None]
) -> int:
    """Worker: stream a list's rows to the GUI in chunks; returns how many were read."""
    chunk: list[tuple[Any, ...]] = []
    count = 0
    sent_at = 0.0
    # The rows live on in the table: no full collector pass walks them while they arrive
    # (one took ~50-130 ms on the GUI thread, profiled; see wizard.jobs.collector).
    with long_lived_build():
        for row in report.iter_rows(kind, tr_report):
            if stop.is_set():
                break
            chunk.append(row)
            count += 1
            if count == FIRST_CHUNK_ROWS or (
                len(chunk) % CHUNK_ROWS == 0 and time.monotonic() - sent_at >= CHUNK_EVERY_S
            ):
                progress(chunk)
                chunk = []
                stop.wait(YIELD_AFTER_CHUNK_S)
                sent_at = time.monotonic()
        if chunk:
            progress(chunk)
    return count


def export_csv(report: Any, kind: str, path: str) -> int:
    """Worker: one list as a CSV file (Excel-friendly); returns the rows written."""
    return report.to_csv(kind, path, translate=tr_report)


def default_csv_name(report: Any, kind: str) -> str:
    return f"jdid-import-{report.run_id}-{kind}.csv"


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file dialog for "Save as CSV" ("" when the seller cancels)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ImportReportView", "Save the list as a CSV file"),
        suggested,
        translate("ImportReportView", "CSV files (*.csv)"),
    )
    return path


class CsvExporter(QWidget):
    """The "Save as CSV…" logic shared by the summary rows and the list dialog: asks where,
    writes in a worker, then says where the file is (or why it could not be written)."""

    saved = Signal(str, str, int)  # kind, path, rows
    save_failed = Signal(str, str)  # kind, sentence

    def __init__(self, ctx: WizardContext, report: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.ctx = ctx
        self.report = report
        self.busy: set[str] = set()
        # Tests and support replace this (the native file dialog cannot be clicked in tests).
        self.ask_path: Callable[[QWidget, str], str] = ask_save_path

    def export(self, kind: str, path: str | None = None) -> bool:
        if kind in self.busy:
            return False
        if path is None:
            folder = Path.home() / "Documents"
            folder = folder if folder.is_dir() else Path.home()
            path = self.ask_path(
                self.parentWidget(), str(folder / default_csv_name(self.report, kind))
            )
            if not path:
                return False
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self.busy.add(kind)
        self.ctx.runner.run(
            export_csv,
            self.report,
            kind,
            path,
            on_result=lambda rows: self._saved(kind, path, rows),
            on_error=lambda exc: self._failed(kind, path, exc),
            name=f"step 16: save {kind} as CSV",
        )
        return True

    def _saved(self, kind: str, path: str, rows: int) -> None:
        self.busy.discard(kind)
        self.saved.emit(kind, path, rows)

    def _failed(self, kind: str, path: str, exc: BaseException) -> None:
        self.busy.discard(kind)
        self.save_failed.emit(
            kind,
            translate(
                "ImportReportView",
                "The file %1 could not be saved. Choose another folder (for example "
                "Documents) and try again.",
            ).replace("%1", path),
        )


class RowNumberHeader(QHeaderView):
    """The row numbers on the left. Qt sizes this header by asking the model for ~200 row
    numbers each time rows arrive (tens of ms on the GUI thread per chunk, profiled); the
    width of the largest number is all it needs."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        width = (
            metrics.horizontalAdvance(str(max(1, self.count()))) + 2 * metrics.averageCharWidth()
        )
        return QSize(width, self.defaultSectionSize())


def column_widths(view: QTableView, model: ReportRowsModel) -> list[int]:
    """Widths that fit the header and the first MEASURED_ROWS rows of each column, measured
    with the font directly: QTableView.resizeColumnsToContents asks the delegate, which calls
    the Python model ~8 times per cell (~100 ms for 100 rows, profiled)."""
    metrics = view.fontMetrics()
    pad = 3 * metrics.averageCharWidth()  # the cell margins and a little air
    header = view.horizontalHeader()
    rows = min(MEASURED_ROWS, len(model.rows))
    widths = []
    for column in range(model.columnCount()):
        texts = {model.text(row, column) for row in range(rows)}
        # Shaping text is the slow part: only the few longest (in characters) are measured.
        longest = heapq.nlargest(MEASURED_TEXTS, texts, key=len)
        widest = max((metrics.horizontalAdvance(t) for t in longest), default=0)
        widths.append(min(MAX_COLUMN_PX, max(widest + pad, header.sectionSizeHint(column))))
    return widths


class ReportListDialog(QDialog):
    """One list of the report in a table, with what to do about it and Save as CSV."""

    def __init__(
        self, ctx: WizardContext, report: Any, kind: str, exporter: CsvExporter, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"reportList_{kind}")
        self.ctx, self.report, self.kind, self.exporter = ctx, report, kind, exporter
        self.total = report.count(kind)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.advice = note_label("info" if kind in ("imported", "linked") else "warning", self)
        self.advice.setObjectName("advice")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.model = ReportRowsModel(
            report.headers(kind, tr_report), self, report.columns(kind), self.total
        )
        self.table = PlainTextTable(self.model.cell, self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setVerticalHeader(RowNumberHeader(Qt.Orientation.Vertical, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCsv")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.exporter.export(kind))
        exporter.saved.connect(self._saved)
        exporter.save_failed.connect(self._save_failed)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._stop = threading.Event()
        self.loaded = False
        self._closed = False
        self._message = ""
        self._reading = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Should the window not paint (minimised at once), the list is read all the same.
        QTimer.singleShot(READ_LATEST_MS, self, self._start_reading)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._reading:
            QTimer.singleShot(0, self, self._start_reading)

    def _start_reading(self) -> None:
        # Once the window has painted: the reader's thread takes the interpreter from the
        # window's first layout and paint (~10 ms more of a frozen window, profiled).
        if self._reading:
            return
        self._reading = True
        self.ctx.runner.run(
            load_rows,
            self.report,
            self.kind,
            self._stop,
            on_progress=self._chunk,
            on_result=self._loaded,
            on_error=self._load_failed,
            name=f"step 16: read the {self.kind} list",
        )

    def _chunk(self, rows: list[tuple[Any, ...]]) -> None:
        first = not self.model.rows
        self.model.append(rows, self._rows_on_screen())
        if first:
            for column, width in enumerate(column_widths(self.table, self.model)):
                self.table.setColumnWidth(column, width)
        self._show_status()

    def _rows_on_screen(self) -> range | None:
        top = self.table.rowAt(0)
        if top < 0:
            return None  # not laid out yet: announce every row
        # The table's height, a row or two more than its viewport's: PySide's first
        # viewport() call builds ~40 lazy Python types on the GUI thread (~20 ms, profiled).
        bottom = self.table.rowAt(self.table.height())
        return range(top, self.model.rowCount() if bottom < 0 else bottom + 1)

    def _loaded(self, _count: int) -> None:
        self.loaded = True
        self.model.trim()
        self._show_status()
        self._release_if_closed()

    def _load_failed(self, _exc: BaseException) -> None:
        self.loaded = True
        self.model.trim()
        self._message = translate(
            "ImportReportView",
            "The list could not be read from the product list file. Close this window and "
            "open it again.",
        )
        self._show_status()
        self._release_if_closed()

    def _saved(self, kind: str, path: str, rows: int) -> None:
        if kind == self.kind:
            self._message = (
                translate("ImportReportView", "Saved %1 rows to %2.")
                .replace("%1", str(rows))
                .replace("%2", path)
            )
            self._show_status()

    def _save_failed(self, kind: str, sentence: str) -> None:
        if kind == self.kind:
            self._message = sentence
            self._show_status()

    def _show_status(self) -> None:
        shown = len(self.model.rows)
        if not self.loaded:
            text = translate("ImportReportView", "Reading the list\u2026 %1 of %2 rows").replace(
                "%1", str(shown)
            )
            text = text.replace("%2", str(self.total))
        else:
            text = translate("ImportReportView", "%1 rows").replace("%1", str(shown))
        self.status.setText(f"{text}   {self._message}".strip())

    def done(self, result: int) -> None:
        self._stop.set()  # the reader stops at its next row
        self._closed = True
        if not self._reading:  # closed before it painted: nothing to read, nothing to wait for
            self._reading = self.loaded = True
        super().done(result)
        self._release_if_closed()

    def _release_if_closed(self) -> None:
        # Freed only once the reader has delivered its last chunk (it calls back into us).
        if self._closed and self.loaded:
            self.deleteLater()

    def retranslate(self) -> None:
        # Qt ships no Indonesian texts for its standard buttons.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ImportReportView", "Close")
        )
        self.setWindowTitle(
            translate("ImportReportView", "%1 (%2)")
            .replace("%1", self.report.title(self.kind, tr_report))
            .replace("%2", str(self.total))
        )
        self.advice.setText(self.report.advice(self.kind, tr_report))
        self.save_button.setText(translate("ImportReportView", "&Save as CSV\u2026"))
        self._show_status()


class ReportSummary(QWidget):
    """The counts of every list, each with Show and Save as CSV, and the advice of the lists
    that ask the seller to act. `show_requested(kind)` / `export_requested(kind)`."""

    show_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSummary")
        self.report: Any = None
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        self.titles: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}
        self.advice: dict[str, QLabel] = {}
        self.show_buttons: dict[str, QPushButton] = {}
        self.save_buttons: dict[str, QPushButton] = {}

    def prepare(self) -> None:
        """Build the rows ahead, one list per event-loop turn (called as an import starts):
        the ~40 widgets in one go held the window ~15 ms as the report appeared (profiled)."""
        if len(self.titles) < len(REPORT_KINDS):
            self._build_row(REPORT_KINDS[len(self.titles)])
            next_part(self, self.prepare)

    def _build_rows(self) -> None:
        # Made for the first report, not with the page: nobody sees them before, and the
        # page is built after the first paint on the GUI thread. What prepare() has not
        # built yet is built now.
        for kind in REPORT_KINDS[len(self.titles) :]:
            self._build_row(kind)

    def _build_row(self, kind: str) -> None:
        grid = self._grid
        row = 2 * len(self.titles)
        title = WrappedLabel(self)  # a narrow window wraps it instead of cutting the row off
        title.setObjectName(f"title_{kind}")
        count = QLabel(self)
        count.setObjectName(f"count_{kind}")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = count.font()
        font.setBold(True)
        count.setFont(font)
        show = QPushButton(self)
        show.setObjectName(f"show_{kind}")
        show.clicked.connect(lambda _c=False, k=kind: self.show_requested.emit(k))
        save = QPushButton(self)
        save.setObjectName(f"save_{kind}")
        save.clicked.connect(lambda _c=False, k=kind: self.export_requested.emit(k))
        buttons = QHBoxLayout()
        buttons.addWidget(show)
        buttons.addWidget(save)
        grid.addWidget(count, row, 0)
        grid.addWidget(title, row, 1)
        grid.addLayout(buttons, row, 3)
        advice = WrappedLabel(self)
        advice.setObjectName(f"advice_{kind}")
        advice.setTextFormat(Qt.TextFormat.PlainText)
        theme.mark_card(advice, "warning")
        grid.addWidget(advice, row + 1, 1, 1, 3)
        advice.hide()
        self.titles[kind], self.counts[kind], self.advice[kind] = title, count, advice
        self.show_buttons[kind], self.save_buttons[kind] = show, save

    def set_report(self, report: Any) -> None:
        self.report = report
        self._build_rows()
        self.retranslate()

    def retranslate(self) -> None:
        report = self.report
        for kind in self.titles:  # none before the first report
            count = report.count(kind) if report is not None else 0
            self.titles[kind].setText(report.title(kind, tr_report) if report is not None else kind)
            self.counts[kind].setText(locale_forms.count(count))
            self.show_buttons[kind].setText(translate("ImportReportView", "Show"))
            self.show_buttons[kind].setAccessibleName(
                translate("ImportReportView", "Show the list: %1").replace(
                    "%1", self.titles[kind].text()
                )
            )
            self.save_buttons[kind].setText(translate("ImportReportView", "Save as CSV\u2026"))
            self.save_buttons[kind].setAccessibleName(
                translate("ImportReportView", "Save the list as CSV: %1").replace(
                    "%1", self.titles[kind].text()
                )
            )
            for button in (self.show_buttons[kind], self.save_buttons[kind]):
                button.setEnabled(count > 0)
                button.setToolTip(
                    "" if count else translate("ImportReportView", "This list is empty.")
                )
            needs_action = report is not None and count > 0 and kind in ACTION_KINDS
            if needs_action:
                self.advice[kind].setText(report.advice(kind, tr_report))
            self.advice[kind].setVisible(needs_action)
