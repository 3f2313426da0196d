"""Help / About: the app's name and version, where its files are, and a diagnostics zip.

The zip (wizard.appdata.diagnostics: it reads the keyring to know which values to scrub, and the
log files) and the printable guide (wizard.ui.qtenv.guide_pdf) are written in a worker thread; the
dialog says what is happening meanwhile and why the buttons are off.
"""

from __future__ import annotations

import logging
import platform
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard import __version__
from wizard.appdata.diagnostics import DiagnosticsError, known_secrets, write_diagnostics_zip
from wizard.appdata.paths import AppPaths
from wizard.flow.steps import step, step_heading
from wizard.ui.qtenv.guide_pdf import GuideExportError, export_guide

log = logging.getLogger(__name__)

FOLDERS = ("data", "config", "log")


def _save_guide(target: Path, lang: str, cache_dir: Path) -> Path:
    """Worker thread: the printable guide as PDF."""
    export_guide(target, lang, cache_dir=cache_dir)
    return target


def _save_zip(
    paths: AppPaths,
    target: Path,
    api_key: str,
    also: list[str],
    extra: dict,
    saved: Callable[[], object] | None = None,
) -> Path:
    """Worker thread: wait for the settings and progress the window is still writing
    (`saved`), find the values to scrub, then write the zip."""
    if saved is not None:
        saved()
    return write_diagnostics_zip(paths, target, known_secrets(api_key, also), extra=extra)


class HelpDialog(QDialog):
    """Help and information. `context` is the WizardContext (paths, settings, runner)."""

    diagnostics_saved = Signal(str)  # the zip's path
    diagnostics_failed = Signal(str)  # the sentence shown
    guide_saved = Signal(str)  # the PDF's path
    guide_failed = Signal(str)  # the sentence shown

    def __init__(
        self,
        context,  # noqa: ANN001 (WizardContext)
        parent: QWidget | None = None,
        step_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = context
        self.step_id = step_id  # the page the seller pressed Help on
        self.setObjectName("helpDialog")
        self._saving = False
        self._saved_path: Path | None = None

        self.title = QLabel(self)
        self.title.setObjectName("appTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.version = QLabel(self)
        self.version.setObjectName("appVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        # Where the seller is, in the words the page shows: what support asks first.
        self.where = QLabel(self)
        self.where.setObjectName("helpWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setVisible(step_id is not None)

        self.folders_box = QGroupBox(self)
        grid = QGridLayout(self.folders_box)
        self.folder_labels: dict[str, QLabel] = {}
        self.folder_fields: dict[str, QLineEdit] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(FOLDERS):
            label, field, button = QLabel(self), QLineEdit(self), QPushButton(self)
            field.setReadOnly(True)  # selectable and copyable, not editable
            field.setObjectName(f"folder_{key}")
            field.setText(str(self._folder(key)))
            field.setCursorPosition(0)
            field.setToolTip(field.text())
            field.setMinimumWidth(420)
            label.setBuddy(field)
            button.setObjectName(f"open_{key}")
            button.clicked.connect(lambda _=False, k=key: self.open_folder(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.folder_labels[key], self.folder_fields[key] = label, field
            self.open_buttons[key] = button

        self.diag_box = QGroupBox(self)
        diag = QVBoxLayout(self.diag_box)
        self.diag_text = QLabel(self)
        self.diag_text.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveDiagnostics")
        self.save_button.clicked.connect(self.ask_and_save)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # "working", no percentage: the zip is quick
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("diagnosticsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.show_saved_button = QPushButton(self)
        self.show_saved_button.setObjectName("showSavedDiagnostics")
        self.show_saved_button.clicked.connect(self.show_saved)
        self.show_saved_button.hide()
        diag.addWidget(self.diag_text)
        diag.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.guide_box = QGroupBox(self)
        guide = QVBoxLayout(self.guide_box)
        self.guide_text = QLabel(self)
        self.guide_text.setWordWrap(True)
        self.guide_button = QPushButton(self)
        self.guide_button.setObjectName("saveGuide")
        self.guide_button.clicked.connect(self.ask_and_save_guide)
        guide.addWidget(self.guide_text)
        guide.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)

        from wizard.ui.profile_box import ProfileBox

        self.profile_box = ProfileBox(self.ctx, self)

        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.show_saved_button, 0, Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        # Everything but Close scrolls: on a 1366x768 screen the dialog is taller than the
        # screen, and Close must stay where the seller can see it.
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(self.where)
        layout.addWidget(self.intro)
        layout.addWidget(self.folders_box)
        layout.addWidget(self.diag_box)
        layout.addWidget(self.guide_box)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.busy)
        layout.addLayout(result_row)
        layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("helpScroll")
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.buttons)
        self.retranslate()

    # ----- texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help and information"))
        # Qt ships no Indonesian texts for its standard buttons.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.title.setText(self.tr("JD.ID Setup Wizard"))
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.intro.setText(
            self.tr(
                "Each page of the wizard explains one step. If you are stuck, save a "
                "diagnostics file below and send it to the person who helps you."
            )
        )
        if self.step_id is not None:
            self.where.setText(
                self.tr("You are on: %1. Tell this to the person who helps you.").replace(
                    "%1", step_heading(step(self.step_id))
                )
            )
        self.folders_box.setTitle(self.tr("Where the app keeps its files"))
        names = {
            "data": self.tr("Data folder:"),
            "config": self.tr("Settings folder:"),
            "log": self.tr("Log folder:"),
        }
        for key in FOLDERS:
            self.folder_labels[key].setText(names[key])
            self.open_buttons[key].setText(self.tr("Open folder"))
            self.open_buttons[key].setAccessibleName(
                self.tr("Open folder") + ": " + names[key].rstrip(":")
            )
        self.diag_box.setTitle(self.tr("Diagnostics for support"))
        self.diag_text.setText(
            self.tr(
                "The diagnostics file is a zip with the app's log, settings, your progress in "
                "the wizard and the version numbers. Your API Secret, login tokens and "
                "passwords are removed from it."
            )
        )
        self.save_button.setText(self.tr("Save diagnostics…"))
        self.guide_box.setTitle(self.tr("Printable guide"))
        self.guide_text.setText(
            self.tr(
                "Save every step of this guide, with its pictures, as a PDF file to print or "
                "to send to someone who helps you. It is saved in the language shown now."
            )
        )
        self.guide_button.setText(self.tr("Save the guide as PDF…"))
        self.show_saved_button.setText(self.tr("Show the file"))
        self.profile_box.retranslate()
        busy_reason = (
            self.tr("A file is being saved; this button is available again when it is done.")
            if self._saving
            else ""
        )
        self.save_button.setToolTip(busy_reason)
        self.guide_button.setToolTip(busy_reason)

    # ----- folders ----------------------------------------------------------------------------
    def _folder(self, key: str) -> Path:
        paths = self.ctx.paths
        return {"data": paths.data_dir, "config": paths.config_dir, "log": paths.log_dir}[key]

    def open_folder(self, key: str) -> None:
        folder = self._folder(key)
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a fresh install may not have it yet
        except OSError as exc:
            self._show_status(
                self.tr("The folder %1 could not be created (%2).")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return
        self.ctx.open_url(QUrl.fromLocalFile(str(folder)).toString())

    # ----- diagnostics ------------------------------------------------------------------------
    def _default_target(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
        return folder / f"jdid-wizard-diagnostics-{time.strftime('%Y%m%d-%H%M%S')}.zip"

    def _ask_target(
        self, caption: str, default: Path, filter_text: str, suffix: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(default), filter_text)
        if not chosen:
            return None  # the seller cancelled
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def ask_and_save(self) -> None:
        """The diagnostics button: ask where to save, then write the zip in a worker."""
        target = self._ask_target(
            self.tr("Save diagnostics"),
            self._default_target(),
            self.tr("Zip files (*.zip)"),
            ".zip",
        )
        if target is not None:
            self.save_to(target)

    def ask_and_save_guide(self) -> None:
        """The guide button: ask where to save, then write the PDF in a worker."""
        default = self._default_target().with_name(self.tr("jdid-setup-guide") + ".pdf")
        target = self._ask_target(
            self.tr("Save the guide as PDF"), default, self.tr("PDF files (*.pdf)"), ".pdf"
        )
        if target is not None:
            self.save_guide_to(target)

    def save_to(self, target: Path) -> None:
        settings = self.ctx.settings
        account = getattr(self.ctx, "practice_account", None)
        also = [getattr(account, "app_secret", None), getattr(account, "seller_password", None)]
        extra = {
            "qt": qVersion(),
            "pyside6_runtime": pyside_version,
            "qt_platform": QGuiApplication.platformName(),
            "os": platform.platform(),
            "language": getattr(self.ctx, "language", settings.language) or "",
            "mode": settings.mode,
        }
        self._start(
            "diagnostics",
            self.tr("Saving the diagnostics file…"),
            _save_zip,
            self.ctx.paths,
            target,
            settings.api_key,
            [v for v in also if v],
            extra,
            getattr(self.ctx, "flush_saves", None),
        )

    def save_guide_to(self, target: Path) -> None:
        lang = getattr(self.ctx, "language", "") or self.ctx.settings.language or "en"
        self._start(
            "guide",
            self.tr("Saving the guide…"),
            _save_guide,
            target,
            lang,
            self.ctx.paths.cache_dir,
        )

    def _start(self, kind: str, busy_text: str, fn, *args, **kwargs) -> None:  # noqa: ANN001
        """Run one file job in a worker; both save buttons stay off until it is done."""
        if self._saving:
            return
        self._set_saving(True)
        self._show_status(busy_text)
        self.ctx.runner.run(
            fn,
            *args,
            on_result=lambda path, k=kind: self._saved(k, path),
            on_error=lambda exc, k=kind: self._failed(k, exc),
            name=f"save {kind}",
            **kwargs,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.guide_button.setEnabled(not saving)
        self.busy.setVisible(saving)
        if saving:
            self.show_saved_button.hide()
        self.retranslate()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()  # the wrapped texts' full height, which the first size leaves out

    def _fit(self) -> None:
        """Grow to show a new status line whole (word-wrapped labels do not ask for it), but
        never past the screen: the rest scrolls, Close stays on the screen."""
        body = self.body.layout()
        body.activate()
        # As wide as the texts want (the scroll area would squeeze them): plus its scroll bar.
        frame = self.width() - self.scroll.viewport().width()
        wide = self.body.sizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        if wide + frame > self.width():
            middle = self.geometry().center().x()  # stays centred over the wizard
            self.resize(wide + frame, self.height())
            self.move(max(0, middle - self.width() // 2), self.y())
        width = self.scroll.viewport().width() or self.width()
        needed = body.totalHeightForWidth(width) + self.height() - self.scroll.viewport().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            needed = min(needed, room.height() - 40)  # less the window's title bar
        if needed > self.height():
            self.resize(self.width(), needed)
        if room is not None and self.geometry().bottom() > room.bottom():
            self.move(self.x(), max(room.top() + 30, room.bottom() - self.height()))

    def _saved(self, kind: str, path: Path | None) -> None:
        if not shiboken6.isValid(self):  # the dialog was closed and deleted meanwhile
            return
        self._set_saving(False)
        self._saved_path = Path(path)
        if kind == "diagnostics":
            text = self.tr("Saved as %1. Send this file to the person who helps you.")
        else:
            text = self.tr("The guide was saved as %1.")
        self._show_status(text.replace("%1", str(path)))
        self.show_saved_button.show()
        (self.diagnostics_saved if kind == "diagnostics" else self.guide_saved).emit(str(path))

    def _failed(self, kind: str, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(exc, DiagnosticsError) or (
            isinstance(exc, GuideExportError) and exc.target is not None
        ):
            target, reason = exc.target, exc.reason
            text = (
                self.tr(
                    "The file could not be saved as %1 (%2). Choose another folder, for "
                    "example your Documents folder, and try again."
                )
                .replace("%1", str(target))
                .replace("%2", reason)
            )
        else:
            log.error("saving the %s failed: %s", kind, type(exc).__name__)
            text = self.tr("Something went wrong while saving the file. Please try again.")
        self._show_status(text)
        (self.diagnostics_failed if kind == "diagnostics" else self.guide_failed).emit(text)

    def show_saved(self) -> None:
        if self._saved_path is not None:
            self.ctx.open_url(QUrl.fromLocalFile(str(self._saved_path.parent)).toString())
