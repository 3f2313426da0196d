"""A table cell answers Qt's painter in one Python call (QAbstractItemModel.multiData).

A repaint asks every cell on screen for 7 roles; Qt's default asks the Python data() once for
each, and every one of those calls waits for the interpreter while a worker runs (an import,
a list being read, the sync preview), profiled as most of a table's repaint then."""

from __future__ import annotations

from PySide6.QtCore import QModelRoleDataSpan, Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def answer_roles(roles: QModelRoleDataSpan, text: str | None, alignment: int | None = None) -> None:
    """Fill the roles the painter asked for: the text, the alignment, nothing else."""
    for role_data in roles:
        role = role_data.role()
        if role == DISPLAY and text is not None:
            role_data.setData(text)
        elif role == ALIGNMENT and alignment is not None:
            role_data.setData(alignment)
        else:
            role_data.clearData()
