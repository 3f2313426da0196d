"""Qt's own texts (right-click menus, file dialogs, standard buttons) in Indonesian.

Qt ships no Indonesian catalogue, so the app carries resources/i18n/qt_id.ts. These tests open
what a seller opens (the right-click menu of the field where they paste, the save dialog from
Help) in Indonesian and look for any text that is still Qt's English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
)

from wizard import i18n
from wizard.ui.help_dialog import HelpDialog

# Harmless: the headless "offscreen" platform cannot pass size hints of a dialog on.
# Harmless there too: it cannot raise a popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def _plain(text: str) -> str:
    """What the seller reads: no & mnemonic marker, no shortcut after the tab."""
    return text.split("\t", 1)[0].replace("&", "").strip()


def qt_english() -> set[str]:
    """Qt's English texts that our catalogue translates into something else."""
    root = ET.parse(i18n.I18N_DIR / "qt_id.ts").getroot()
    english = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if _plain(source) != _plain(message.findtext("translation") or ""):
            english.add(_plain(source))
    return english


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(_plain(action.text()))
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu()))
    return texts


def _open_modal_and_read(qtbot, trigger, kind, read) -> list[str]:  # noqa: ANN001
    """Run `trigger`, which opens a popup or modal dialog of class `kind` (and may wait in it,
    as exec() does); read what is on screen with `read(widget)`, then close it."""
    seen: list[str] = []
    done: list[bool] = []

    def inspect() -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, inspect)
            return
        seen.extend(read(widget))
        widget.close()
        done.append(True)

    QTimer.singleShot(0, inspect)
    trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)  # a context menu pops up without waiting
    return seen


def test_the_right_click_menu_of_a_text_field_is_in_indonesian(start, qtbot) -> None:
    d = start(lang="id")
    d.walk_to("step07")
    edit = next(row.field for row in d.page.copy_rows if row.key == "store_name")
    assert isinstance(edit, QLineEdit)
    qtbot.keyClicks(edit, "Toko Maju")
    edit.selectAll()

    def right_click() -> None:
        pos = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, edit.mapToGlobal(pos))
        QApplication.sendEvent(edit, event)

    texts = _open_modal_and_read(qtbot, right_click, QMenu, _menu_texts)
    assert {"Batalkan", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"} <= set(texts)
    assert not set(texts) & qt_english(), texts


def _dialog_texts(dialog) -> list[str]:  # noqa: ANN001
    assert isinstance(dialog, QFileDialog)
    texts = [_plain(w.text()) for w in dialog.findChildren(QLabel) if w.isVisible()]
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            texts += [_plain(button.text()), _plain(button.toolTip())]
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible():
            texts += [_plain(combo.itemText(i)) for i in range(combo.count())]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        if view.isVisible() and model is not None:
            texts += [
                _plain(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
                if not view.isColumnHidden(c)
            ]
    return [t for t in texts if t]


def test_the_save_dialog_from_help_is_in_indonesian(start, qtbot) -> None:
    d = start(lang="id")

    def save_diagnostics(help_dialog: HelpDialog) -> list[str]:
        return _open_modal_and_read(
            qtbot, help_dialog.save_button.click, QFileDialog, _dialog_texts
        )

    # F1 opens Help; its "Save diagnostics" button opens the save dialog.
    texts = _open_modal_and_read(
        qtbot, lambda: qtbot.keyClick(d.wizard, Qt.Key.Key_F1), HelpDialog, save_diagnostics
    )
    # The dialog was really read: its labels and columns are there, in Indonesian.
    assert {"Cari di:", "Nama file:", "Nama", "Ukuran", "Simpan", "Batal"} <= set(texts), texts
    assert not set(texts) & qt_english(), texts


def test_standard_buttons_are_in_indonesian(start, qtbot) -> None:
    start(lang="id")
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    wanted = {
        QDialogButtonBox.StandardButton.Ok: "OK",
        QDialogButtonBox.StandardButton.Cancel: "Batal",
        QDialogButtonBox.StandardButton.Close: "Tutup",
        QDialogButtonBox.StandardButton.Yes: "Ya",
        QDialogButtonBox.StandardButton.No: "Tidak",
        QDialogButtonBox.StandardButton.Save: "Simpan",
        QDialogButtonBox.StandardButton.Open: "Buka",
        QDialogButtonBox.StandardButton.Retry: "Coba Lagi",
    }
    for which, text in wanted.items():
        assert _plain(box.addButton(which).text()) == text
