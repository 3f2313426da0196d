"""The layout steps 13 to 15 share: the step's text and controls on the left, its picture on
the right (as on the guide pages), so the connecting steps look like the rest of the guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from wizard.flow.steps import picture_path
from wizard.ui.pages.base import BasePage
from wizard.ui.widgets import PictureView, body_label

PICTURE_MAX = (360, 225)


def intro_row(page: BasePage) -> tuple[QVBoxLayout, QLabel, PictureView]:
    """Adds the row to `page`; returns (the left column for controls, the body, the picture)."""
    row = QHBoxLayout()
    page.content_layout.addLayout(row)
    column = QVBoxLayout()
    row.addLayout(column, 3)
    body = body_label(page)
    body.setObjectName("body")
    column.addWidget(body)
    picture = PictureView(picture_path(page.step), page)
    picture.setObjectName("picture")
    picture.setMinimumSize(200, 125)
    picture.setMaximumSize(*PICTURE_MAX)
    picture.setVisible(picture.path is not None)
    row.addWidget(picture, 2, Qt.AlignmentFlag.AlignTop)
    return column, body, picture
