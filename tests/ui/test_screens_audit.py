"""The screens tool's checks (python -m wizard.screens): English left in Indonesian mode,
texts that do not fit, a button drawn over a text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.screens import Audit, parse_args

# Showing a top-level window on the offscreen platform (harmless there).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _window(qtbot) -> QWidget:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    return window


def test_english_in_indonesian_is_counted_but_names_are_not(qtbot) -> None:  # noqa: ANN001
    window = _window(qtbot)
    layout = QVBoxLayout(window)
    for text in ("Copy", "Salin", "Shop ID", "JD.ID"):  # "Copy" is Qt's and ours: "Salin"
        layout.addWidget(QLabel(text, window))
    window.show()
    qtbot.waitExposed(window)
    QGuiApplication.setApplicationDisplayName("Wizard Integrasi JD.ID")  # as in Indonesian
    audit = Audit("id")
    audit.check("test", window)
    assert audit.english_count == 1 and "'Copy'" in audit.findings[0]
    english = Audit("en")
    english.check("test", window)
    assert english.english_count == 0


def test_a_text_that_does_not_fit_and_a_button_over_a_text_are_counted(qtbot) -> None:  # noqa: ANN001
    window = _window(qtbot)
    label = QLabel("A sentence much too long for the little room it was given here", window)
    label.setGeometry(10, 10, 80, 20)
    fits = QLabel("Fine", window)
    fits.setGeometry(10, 60, 200, 20)
    over = QLabel("Text under a button", window)
    over.setGeometry(10, 120, 200, 20)
    button = QPushButton("Batal", window)
    button.setGeometry(0, 115, 80, 30)
    window.show()
    qtbot.waitExposed(window)
    audit = Audit("en")
    audit.check("test", window)
    assert audit.clipped_count == 2
    assert any("clipped" in f and "much too long" in f for f in audit.findings)
    assert any("drawn over" in f and "Text under a button" in f for f in audit.findings)


def test_the_size_argument() -> None:
    args = parse_args(["out", "--size", "800x560", "--lang", "en", "--theme", "dark"])
    assert (args.width, args.height, args.lang, args.theme) == (800, 560, "en", "dark")
