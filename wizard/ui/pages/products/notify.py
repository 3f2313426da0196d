"""Telling the seller that a long import ended while they were in another window.

The decision is a plain function so it can be tested without an OS popup:
`notification_kind(window_active, elapsed_s, tray_available)`. A popup from the system tray
when there is one, otherwise the taskbar entry asks for attention (QApplication.alert).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

# An import shorter than this ends while the seller is still looking: no popup needed.
LONG_IMPORT_S = 15.0
TRAY_ICON_SHOWN_MS = 15_000

TRAY = "tray"
ALERT = "alert"


def notification_kind(
    window_active: bool, elapsed_s: float, tray_available: bool, long_s: float = LONG_IMPORT_S
) -> str | None:
    """None (the seller is watching, or it was quick), TRAY or ALERT."""
    if window_active or elapsed_s < long_s:
        return None
    return TRAY if tray_available else ALERT


class DesktopNotifier(QObject):
    """Shows one message for `window` the way notification_kind() chose."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text), for the log and tests

    def notify(self, kind: str | None, title: str, text: str) -> None:
        if kind is None:
            return
        self.shown.append((kind, title, text))
        if kind == TRAY and QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray_icon()
            tray.show()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            QTimer.singleShot(TRAY_ICON_SHOWN_MS, tray.hide)
        else:
            QApplication.alert(self._window.window())

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                style = self._window.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.messageClicked.connect(self._raise_window)
        return self._tray

    def _raise_window(self) -> None:
        window = self._window.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
