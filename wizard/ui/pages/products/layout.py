"""Step 16's widgets: what the import page is made of (a mixin of ImportPage, page.py).

The texts are set by ImportPageDisplay (display.py) in each state and language.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.pages.products.report_view import ReportSummary
from wizard.ui.practice_console import SampleMastersButton
from wizard.ui.widgets import WrappedLabel, body_label, note_label, status_line


def _heading(parent: QWidget, name: str) -> QLabel:
    label = WrappedLabel(parent)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class ImportPageLayout:
    """Builds the page's widgets (mixed into ImportPage)."""

    # ----- layout ---------------------------------------------------------------------------
    def _build_parts(self) -> Iterator[None]:
        """The widgets, a box at a time (see BasePage.build_in_parts)."""
        lay = self.content_layout
        self.intro = body_label(self)
        self.intro.setObjectName("intro")
        self.rules = note_label("info", self)
        self.rules.setObjectName("rules")
        self.practice_note = note_label("practice", self)
        self.practice_note.setObjectName("practiceNote")

        # The optional master list.
        self.masters_box = QWidget(self)
        self.masters_box.setObjectName("mastersBox")
        masters = QVBoxLayout(self.masters_box)
        masters.setContentsMargins(0, 6, 0, 0)
        self.masters_heading = _heading(self.masters_box, "mastersHeading")
        self.masters_text = body_label(self.masters_box)
        self.masters_text.setObjectName("mastersText")
        self.masters_button = QPushButton(self.masters_box)
        self.masters_button.setObjectName("loadMasters")
        self.masters_button.clicked.connect(self.load_masters)
        self.masters_status = status_line(self.masters_box)
        self.masters_status.setObjectName("mastersStatus")
        # Side by side on a wide page, one under the other on a narrow one (800x560).
        row = self.add_responsive_row(QHBoxLayout())
        row.addWidget(self.masters_button)
        # Practice mode: the practice store's own list, whose SKU codes overlap the shop's.
        self.sample_button = SampleMastersButton(self.ctx, self.load_masters, self.masters_box)
        row.addWidget(self.sample_button)
        row.addStretch(1)
        masters.addWidget(self.masters_heading)
        masters.addWidget(self.masters_text)
        masters.addLayout(row)
        masters.addWidget(self.masters_status)
        masters.addWidget(self.sample_button.status)

        yield
        # Start.
        self.start_box = QWidget(self)
        start = QHBoxLayout(self.start_box)
        start.setContentsMargins(0, 8, 0, 0)
        self.start_button = QPushButton(self.start_box)
        self.start_button.setObjectName("startImport")
        self.start_button.setDefault(False)
        font = self.start_button.font()
        font.setBold(True)
        self.start_button.setFont(font)
        self.start_button.setMinimumHeight(34)
        self.start_button.clicked.connect(self.start_import)
        self.start_status = WrappedLabel(self.start_box)
        self.start_status.setObjectName("startStatus")
        start.addWidget(self.start_button)
        start.addWidget(self.start_status, 1)

        yield
        # Progress.
        self.progress_box = QWidget(self)
        self.progress_box.setObjectName("progressBox")
        prog = QVBoxLayout(self.progress_box)
        prog.setContentsMargins(0, 6, 0, 0)
        self.running_note = note_label("info", self.progress_box)
        self.running_note.setObjectName("runningNote")
        self.phase = _heading(self.progress_box, "phase")
        self.bar = QProgressBar(self.progress_box)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.bar.setMinimumHeight(24)
        self.counts = WrappedLabel(self.progress_box)
        self.counts.setObjectName("counts")
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.progress_box)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.resume_button = QPushButton(self.progress_box)
        self.resume_button.setObjectName("resumeImport")
        self.resume_button.clicked.connect(self.resume_import)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        prog.addWidget(self.running_note)
        prog.addWidget(self.phase)
        prog.addWidget(self.bar)
        prog.addWidget(self.counts)
        prog.addLayout(buttons)

        yield
        # A problem: a sentence and Retry (and where to fix it).
        self.problem_box = QWidget(self)
        self.problem_box.setObjectName("problemBox")
        problem = QVBoxLayout(self.problem_box)
        problem.setContentsMargins(0, 6, 0, 0)
        self.problem_text = note_label("warning", self.problem_box)
        self.problem_text.setObjectName("problemText")
        prow = QHBoxLayout()
        self.retry_button = QPushButton(self.problem_box)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)
        self.fix_button = QPushButton(self.problem_box)
        self.fix_button.setObjectName("goFix")
        self.fix_button.clicked.connect(self._go_fix)
        prow.addWidget(self.retry_button)
        prow.addWidget(self.fix_button)
        prow.addStretch(1)
        problem.addWidget(self.problem_text)
        problem.addLayout(prow)

        yield
        # The report.
        self.report_box = QWidget(self)
        self.report_box.setObjectName("reportBox")
        rep = QVBoxLayout(self.report_box)
        rep.setContentsMargins(0, 6, 0, 0)
        self.report_heading = _heading(self.report_box, "reportHeading")
        self.report_text = body_label(self.report_box)
        self.report_text.setObjectName("reportText")
        self.summary = ReportSummary(self.report_box)
        self.summary.show_requested.connect(self.open_list)
        self.summary.export_requested.connect(lambda kind: self.export_list(kind))
        self.export_status = status_line(self.report_box)
        self.export_status.setObjectName("exportStatus")
        again = QHBoxLayout()
        self.again_button = QPushButton(self.report_box)
        self.again_button.setObjectName("importAgain")
        self.again_button.clicked.connect(self.start_import)
        again.addWidget(self.again_button)
        again.addStretch(1)
        rep.addWidget(self.report_heading)
        rep.addWidget(self.report_text)
        rep.addWidget(self.summary)
        rep.addWidget(self.export_status)
        rep.addLayout(again)

        yield
        # The optional master list before Start import: it is loaded before the import (its
        # text says so), and the new-user walk scrolled past Start import to find it.
        for widget in (self.intro, self.rules, self.practice_note, self.masters_box):
            lay.addWidget(widget)
        for widget in (self.start_box, self.progress_box, self.problem_box, self.report_box):
            lay.addWidget(widget)
        lay.addStretch(1)
