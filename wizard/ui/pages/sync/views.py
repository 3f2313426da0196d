"""Step 17's tables and the preview dialog: what export sync would change, what failed.

The tables are models over the core's records (wizard.jobs.export_sync), so a preview of
10,000 changes opens at once: the view asks only for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard import locale_forms
from wizard.jobs import export_sync as core
from wizard.ui.cell_roles import answer_roles
from wizard.ui.text_cells import PlainTextTable
from wizard.ui.widgets import body_label, note_label

_Index = QModelIndex | QPersistentModelIndex
ARROW = "\u2192"


def tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("SyncViews", ...) (lupdate cannot see a
    helper's context: literal texts below call QCoreApplication.translate themselves)."""
    return QCoreApplication.translate("SyncViews", text)


def core_tr(text: str) -> str:
    return QCoreApplication.translate(core.CONTEXT, text)


def locale() -> QLocale:
    """The app's locale; the bare "C" locale (no thousands mark) reads as English instead."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def number(value: int) -> str:
    return locale_forms.count(value)


def zero_stock_text(preview: core.SyncPreview) -> str:
    return core_tr(core.ZERO_STOCK_WARNING).format(
        count=number(preview.to_zero), linked=number(preview.linked)
    )


def counts_text(p: core.SyncPreview) -> str:
    """One plain line with the preview's counts."""
    if p.empty:
        return QCoreApplication.translate(
            "SyncViews",
            "JD.ID already has the stock and prices of your products. Nothing to change now.",
        )
    parts = [
        (p.stock_changes, QCoreApplication.translate("SyncViews", "New stock: %1")),
        (p.price_changes, QCoreApplication.translate("SyncViews", "New price: %1")),
        (p.off_sale, QCoreApplication.translate("SyncViews", "Off sale: %1")),
        (p.on_sale, QCoreApplication.translate("SyncViews", "Back on sale: %1")),
    ]
    shown = "  \u00b7  ".join(text.replace("%1", number(n)) for n, text in parts if n)
    return QCoreApplication.translate("SyncViews", "What changes on JD.ID:") + "  " + shown


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, rows: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role not in shown or not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column())

    def multiData(self, index: _Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        text = self.cell(self.rows[index.row()], index.column()) if index.isValid() else None
        answer_roles(roles, text)  # one call per cell on screen (wizard.ui.cell_roles)

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def shown(self, row: int, column: int) -> tuple[str, bool]:
        """The cell as the table draws it (wizard.ui.text_cells): its text, on the left."""
        return self.cell(self.rows[row], column), False


class ChangesModel(_Table):
    """One row per SKU whose stock/price changes, then one per listing status change."""

    headers = (
        QT_TRANSLATE_NOOP("SyncViews", "SKU code"),
        QT_TRANSLATE_NOOP("SyncViews", "Product"),
        QT_TRANSLATE_NOOP("SyncViews", "JD.ID SKU"),
        QT_TRANSLATE_NOOP("SyncViews", "Stock"),
        QT_TRANSLATE_NOOP("SyncViews", "Price (Rp)"),
    )

    def __init__(self, preview: core.SyncPreview, parent: QWidget | None = None) -> None:
        super().__init__([*preview.changes, *preview.shelf], parent)

    def cell(self, row: Any, column: int) -> str:
        # Only the column asked for: the table asks once per cell on screen, and formatting
        # every column of the row each time made the preview's first paint 5x the work.
        if isinstance(row, core.ShelfChange):
            if column == 1:
                return row.name
            if column == 2:
                return QCoreApplication.translate("SyncViews", "SPU %1").replace(
                    "%1", str(row.spu_id)
                )
            if column == 3:
                return (
                    QCoreApplication.translate("SyncViews", "Back on sale")
                    if row.on_sale
                    else QCoreApplication.translate("SyncViews", "Off sale")
                )
            return ""
        c: core.SkuChange = row
        if column == 3:
            if not c.stock_changed:
                return ""
            return f"{number(c.old_stock)} {ARROW} {number(c.new_stock)}"
        if column == 4:
            if not c.price_changed:
                return ""
            return f"{locale_forms.rupiah(c.old_price)} {ARROW} {locale_forms.rupiah(c.new_price)}"
        return (c.master_sku, c.name, str(c.sku_id))[column]


class FailuresModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("SyncViews", "Product"),
        QT_TRANSLATE_NOOP("SyncViews", "JD.ID SKU"),
        QT_TRANSLATE_NOOP("SyncViews", "Change"),
        QT_TRANSLATE_NOOP("SyncViews", "Why it failed"),
    )

    def cell(self, row: Any, column: int) -> str:
        f: core.PushFailure = row
        item = (
            str(f.sku_id)
            if f.sku_id is not None
            else QCoreApplication.translate("SyncViews", "SPU %1").replace("%1", str(f.spu_id))
        )
        if f.key in core.FAILURE_REASONS:
            reason = core_tr(core.FAILURE_REASONS[f.key]).format(message=f.message or f.code)
        else:
            reason = core_tr(core.stop_sentence(f.key))
        return (f.name, item, core_tr(core.WHAT_NAMES[f.what]), reason)[column]


def table_view(model: _Table, name: str, parent: QWidget) -> QTableView:
    # Its cells drawn as the report's lists draw theirs: a preview's first paint, twice as
    # it opens, took 6-7 ms with Qt's own item painter.
    view = PlainTextTable(model.shown, parent)
    view.setObjectName(name)
    # Hidden before the model comes: a shown row header asks the model for every row's
    # header as the model is set (800 calls, 3-6 ms for a preview of 10,000 changes).
    view.verticalHeader().hide()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class PreviewDialog(QDialog):
    """What turning export sync On (or "Send changes now") would change; the seller confirms.

    `accepted` means: send these changes. Opened with `open()`, so the GUI never blocks."""

    def __init__(
        self, preview: core.SyncPreview, turning_on: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPreview")
        self.preview = preview
        self.setWindowTitle(
            QCoreApplication.translate("SyncViews", "Check the changes before they go to JD.ID")
        )
        lay = QVBoxLayout(self)
        self.counts = body_label(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setText(counts_text(preview))
        lay.addWidget(self.counts)
        self.never = body_label(self)
        self.never.setObjectName("previewNever")
        never = preview.empty_sku + preview.duplicate_sku
        self.never.setText(
            QCoreApplication.translate(
                "SyncViews",
                "Compared: %1 linked JD.ID products. Never changed: %2 JD.ID products without "
                "a SKU code of their own (no code, or the same code as another product).",
            )
            .replace("%1", number(preview.linked))
            .replace("%2", number(never))
        )
        lay.addWidget(self.never)
        self.zero_note = note_label("warning", self)
        self.zero_note.setObjectName("zeroStockNote")
        self.zero_note.setText(zero_stock_text(preview))
        self.zero_note.setVisible(preview.zero_stock_guard)
        lay.addWidget(self.zero_note)
        self.model = ChangesModel(preview, self)
        self.table = table_view(self.model, "previewTable", self)
        self.table.setVisible(not preview.empty)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(2, 100)
        self.table.setColumnWidth(3, 110)
        lay.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        if turning_on:
            text = (
                QCoreApplication.translate("SyncViews", "Turn on export sync")
                if preview.empty
                else QCoreApplication.translate("SyncViews", "Turn on and send changes")
            )
        else:
            text = (
                QCoreApplication.translate("SyncViews", "Close")
                if preview.empty
                else QCoreApplication.translate("SyncViews", "Send these changes")
            )
        self.send_button = QPushButton(text, self)
        self.send_button.setObjectName("sendChanges")
        self.cancel_button = QPushButton(QCoreApplication.translate("SyncViews", "Cancel"), self)
        self.cancel_button.setObjectName("cancelPreview")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if turning_on or not preview.empty:
            self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.cancel_button.setDefault(True)
        else:  # nothing to send: Close is the only answer (not drawn over the text)
            self.cancel_button.hide()
            self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(820, 520 if not preview.empty else 220)


class FailuresView(QWidget):
    """The changes JD.ID did not take, with the reason for each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("failuresTitle")
        self.title.setWordWrap(True)
        self.model = FailuresModel([], self)
        self.table = table_view(self.model, "failuresTable", self)
        self.table.setMinimumHeight(140)
        lay.addWidget(self.title)
        lay.addWidget(self.table)

    def set_failures(self, failures: Sequence[core.PushFailure]) -> None:
        self.model.beginResetModel()
        self.model.rows = list(failures)
        self.model.endResetModel()
        self.title.setText(
            QCoreApplication.translate("SyncViews", "Changes that did not reach JD.ID: %1").replace(
                "%1", number(len(failures))
            )
        )
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 100)
        self.table.setColumnWidth(2, 110)
        # As tall as the rows (up to about ten), so a short list leaves no empty box.
        rows = min(len(failures), 10)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(i) for i in range(rows)) or 30
        self.table.setFixedHeight(height)
        self.setVisible(bool(failures))
