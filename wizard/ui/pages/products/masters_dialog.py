"""Loading the seller's own master SKU list from CSV before the import (optional).

The file is read and compared with the product list in a worker (`read_plan`); the dialog
shows what would be saved and every line that cannot be used, with its line number and why.
Nothing is written unless the seller clicks Save; then `save_rows` runs in a worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard import locale_forms
from wizard.catalog import texts as catalog_texts
from wizard.ui.widgets import note_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


Index = QModelIndex | QPersistentModelIndex


def tr_catalog(text: str) -> str:
    return QCoreApplication.translate(catalog_texts.CONTEXT, text)


@dataclass(frozen=True)
class MastersPlan:
    path: Path
    csv: Any  # wizard.catalog.master_csv.MasterCsv without its rows (they stay in the session)
    rows: int  # how many products can be saved
    plan: Any  # wizard.catalog.MasterPlan
    session: Any  # wizard.jobs.masters_worker.MastersSession: holds the rows until save/drop


def read_plan(path: str | os.PathLike[str], catalog: Path) -> MastersPlan:
    """Worker: read the CSV and work out what saving it would change, in a child process
    (the parsing would hold the interpreter from the window). Writes nothing.
    Raises MasterCsvError (the file as a whole) or CatalogError."""
    from wizard.jobs.masters_worker import MastersSession

    session = MastersSession.start()
    try:
        summary = session.read(path, catalog)
    except BaseException:
        session.close()
        raise
    return MastersPlan(Path(path), summary.csv, summary.rows, summary.plan, session)


def save_rows(plan: MastersPlan, catalog: Path) -> int:
    """Worker: save the accepted rows (the child read them from `catalog`'s side); returns
    how many."""
    return plan.session.save()


def drop_rows(plan: MastersPlan) -> None:
    """The seller cancelled: the child ends, nothing is written."""
    plan.session.close()


def csv_error_sentence(exc: Any, path: str) -> str:
    """The sentence for a MasterCsvError (the whole file cannot be used)."""
    text = tr_catalog(catalog_texts.CSV_ERRORS[exc.key])
    missing = ", ".join(exc.missing)
    return text.format(path=path, line=exc.line, missing=missing)


def problem_sentence(problem: Any) -> str:
    text = tr_catalog(catalog_texts.CSV_ROW_PROBLEMS[problem.key])
    return text.format(line=problem.line, value=problem.value, other_line=problem.other_line)


def ask_open_path(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("MastersDialog", "Choose your master SKU list"),
        str(Path.home()),
        translate(
            "MastersDialog",
            "Product lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)",
        ),
    )
    return path


class ProblemsModel(QAbstractTableModel):
    """The lines that cannot be used: line number and sentence, worded only when shown (a
    file can have thousands of bad lines; building them all up front would stall the GUI)."""

    def __init__(self, problems: tuple[Any, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems = problems
        self.headers = ["", ""]

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self.problems:  # the sentences are in the language showing now
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.problems) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(problem.line) if index.column() == 0 else problem_sentence(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class MastersDialog(QDialog):
    """The summary of a master CSV: what would be saved, what cannot be used. Save / Cancel.

    accept() means the seller agreed to save; the page then saves in a worker."""

    def __init__(self, plan: MastersPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mastersDialog")
        self.plan = plan
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_note = note_label("warning", self)
        self.problems_note.setObjectName("problemsNote")
        self.problems_model = ProblemsModel(plan.csv.problems, self)
        self.problems = QTableView(self)
        self.problems.setObjectName("problems")
        # Before the model: a shown row header asks for every row's header as it comes.
        self.problems.verticalHeader().hide()
        self.problems.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.ignored = QLabel(self)
        self.ignored.setObjectName("ignoredColumns")
        self.ignored.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveMasters")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelMasters")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_note)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.ignored)
        layout.addWidget(self.buttons)
        has_problems = bool(plan.csv.problems)
        self.problems.setVisible(has_problems)
        self.problems_note.setVisible(has_problems)
        if not has_problems:
            # Only the summary to read: a compact dialog, not a big empty one.
            layout.setStretch(layout.indexOf(self.problems), 0)
            layout.insertStretch(layout.indexOf(self.buttons), 0)
        self.retranslate()
        if not has_problems:
            self.resize(560, max(160, self.minimumSizeHint().height()))

    def problem_rows(self) -> list[tuple[str, str]]:
        """What the problems table shows: (line, sentence) per row."""
        model = self.problems_model
        return [
            (model.data(model.index(r, 0)), model.data(model.index(r, 1)))
            for r in range(model.rowCount())
        ]

    def _on_jdid_sentence(self) -> str:
        """Which of the products sync can reach: those a JD.ID product has by SKU code."""
        on_jdid, rows = self.plan.plan.on_jdid, self.plan.rows
        if not rows:
            return ""
        if on_jdid is None:
            return translate(
                "MastersDialog",
                "Your JD.ID products are not imported yet: the import links each one to the "
                "product here with the same SKU code.",
            )
        if on_jdid == rows:
            return translate(
                "MastersDialog", "Each of them has a JD.ID product with the same SKU code."
            )
        return (
            translate(
                "MastersDialog",
                "%1 of them have a JD.ID product with the same SKU code. The other %2 are not "
                "on JD.ID, so sync does not change anything on JD.ID for them.",
            )
            .replace("%1", locale_forms.count(on_jdid))
            .replace("%2", locale_forms.count(rows - on_jdid))
        )

    def retranslate(self) -> None:
        csv, plan = self.plan.csv, self.plan.plan
        self.setWindowTitle(translate("MastersDialog", "Your master SKU list"))
        sentences = (
            translate(
                "MastersDialog",
                "%1 products from %2 can be saved to your product list: %3 new, %4 changed, "
                "%5 unchanged. Nothing is saved until you click Save.",
            )
            .replace("%1", locale_forms.count(self.plan.rows))
            .replace("%2", self.plan.path.name)
            .replace("%3", locale_forms.count(plan.new))
            .replace("%4", locale_forms.count(plan.updated))
            .replace("%5", locale_forms.count(plan.unchanged)),
            self._on_jdid_sentence(),
            catalog_texts.source_sentence(csv, tr_catalog),
        )
        self.summary.setText(" ".join(part for part in sentences if part))
        self.problems_note.setText(
            translate(
                "MastersDialog",
                "%1 lines cannot be used and will not be saved. Fix them in the file and load "
                "it again, or save the other products now.",
            ).replace("%1", str(len({p.line for p in csv.problems})))
        )
        self.problems_model.set_headers(
            [translate("MastersDialog", "Line"), translate("MastersDialog", "What is wrong")]
        )
        self.problems.resizeColumnToContents(0)
        self.ignored.setText(
            translate("MastersDialog", "These columns are not used: %1").replace(
                "%1", ", ".join(csv.ignored_columns)
            )
        )
        self.ignored.setVisible(bool(csv.ignored_columns))
        self.save_button.setText(
            translate("MastersDialog", "&Save %1 products").replace("%1", str(self.plan.rows))
        )
        self.save_button.setEnabled(bool(self.plan.rows))
        self.save_button.setToolTip(
            "" if self.plan.rows else translate("MastersDialog", "No line of the file can be used.")
        )
        self.cancel_button.setText(translate("MastersDialog", "&Cancel (save nothing)"))
