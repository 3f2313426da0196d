"""Qt enum values the first page sets, as plain numbers for Qt properties.

PySide6 builds the Python enums of the whole Qt namespace (about 95 types) the first time
any of them is touched: 50-110 ms on a loaded laptop, longer than the rest of the first
page. The widgets on the path to the first paint set these few values through Qt's
properties instead, so that cost comes after the window shows (tests check the numbers
against the enums).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
ALIGN_TOP_LEFT = 0x21  # Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
ACCESSIBLE_DESCRIPTION_ROLE = 12  # Qt.ItemDataRole.AccessibleDescriptionRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole


def set_values(obj: QObject, **values: int) -> None:
    """obj.setProperty(name, value) for each, e.g. set_values(label, textFormat=PLAIN_TEXT)."""
    for name, value in values.items():
        if not obj.setProperty(name, value):
            raise AttributeError(f"{type(obj).__name__} has no property {name}")
