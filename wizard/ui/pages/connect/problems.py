"""What went wrong while connecting (steps 13 to 15), in the seller's words, and what to do.

The rows are those of the one problem table (wizard.flow.problems) that have a sentence for
steps 13-15: a title, a sentence that names what to fix, and one action. One widget,
`ProblemPanel`, shows any entry and does the actions that are the same everywhere
("session_only", "step:<id>"); the pages only decide what "retry" and "login" do. Adding an
error is a row in that table, not a new page.

Actions: "retry" (run the same thing again; nothing typed is lost), "step:<id>" (go to that
wizard step, e.g. back to step 10 to paste the callback URL again), "login" (start the
login again), "session_only" (keep the secrets in memory for this run).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.flow.problems import CONNECT, PROBLEMS
from wizard.flow.steps import resolve_url
from wizard.ui.widgets import note_label

CONTEXT = "ConnectProblems"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass(frozen=True)
class Fix:
    title: str  # English source, marked for translation
    text: str
    action: str  # "retry", "step:<step id>", "login", "session_only"
    action_label: str
    link: str | None = None  # url key for an extra "read more" button (wizard.flow.steps)
    link_label: str | None = None


# The table's rows for steps 13-15, in the shape the panel shows (wizard.flow.problems).
FIXES: dict[str, Fix] = {
    p.key: Fix(
        p.title,
        p.texts[CONNECT],
        f"step:{p.fix_step}" if p.action == "step" else p.action,
        p.action_label,
        p.link,
        p.link_label,
    )
    for p in PROBLEMS.values()
    if CONNECT in p.texts
}
UNKNOWN = "platform_error"


def fix_for(key: str) -> Fix:
    return FIXES.get(key, FIXES[UNKNOWN])


def error_key(exc: BaseException) -> str:
    """The table key of an exception (its stable `key`), or the unknown entry."""
    key = getattr(exc, "key", None)
    return key if isinstance(key, str) and key in FIXES else UNKNOWN


class ProblemPanel(QWidget):
    """Shows one table entry: a title, the sentence, the action button and maybe a link.

    "step:<id>" asks to go to that step (`jump_requested(str)`, the page passes it on to the
    window) and "session_only" switches the secrets to memory for this run, then asks for a
    "retry"; `action_requested(str)` carries what the page does itself ("retry", "login");
    `link_requested(str)` a url key."""

    action_requested = Signal(str)
    link_requested = Signal(str)
    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        self.key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("problemTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = note_label("warning", self)
        self.text.setObjectName("problemText")
        row = QHBoxLayout()
        self.action = QPushButton(self)
        self.action.setObjectName("problemAction")
        self.action.clicked.connect(self._act)
        self.link = QPushButton(self)
        self.link.setObjectName("problemLink")
        self.link.clicked.connect(self._open_link)
        row.addWidget(self.action)
        row.addWidget(self.link)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def show_problem(self, key: str) -> None:
        self.key = key if key in FIXES else UNKNOWN
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self.key = None
        self.hide()

    @property
    def fix(self) -> Fix | None:
        return FIXES[self.key] if self.key else None

    def _act(self) -> None:
        if self.fix is None:
            return
        action = self.fix.action
        if action.startswith("step:"):
            self.jump_requested.emit(action.partition(":")[2])  # the page asks the window
            return
        if action == "session_only":
            from wizard.appdata import secrets

            secrets.use_session_memory()
            action = "retry"  # what failed for want of a password store, now in memory
        self.action_requested.emit(action)

    def _open_link(self) -> None:
        if self.fix is not None and self.fix.link:
            self.link_requested.emit(self.fix.link)

    def retranslate(self) -> None:
        fix = self.fix
        if fix is None:
            return
        self.title.setText(translate("ConnectProblems", fix.title))
        self.text.setText(translate("ConnectProblems", fix.text))
        self.action.setText(translate("ConnectProblems", fix.action_label))
        self.action.setAccessibleName(
            translate("ConnectProblems", fix.action_label).replace("&", "")
        )
        self.link.setVisible(bool(fix.link))
        if fix.link_label:
            self.link.setText(translate("ConnectProblems", fix.link_label))
            self.link.setToolTip(resolve_url(fix.link))
