"""What a seller sees when a link button cannot open a page, so no button is ever silent:
no browser started (the address to copy into one), or practice mode, where JD.ID's own
sites (closed since 2023) are never opened."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from wizard.ui.widgets import CopyRow, body_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PRACTICE, NO_BROWSER = "practice", "no_browser"


def is_jdid_site(url: str) -> bool:
    """JD.ID's own web sites (Seller Center, developer console, blog, login)."""
    host = (urlsplit(url).hostname or "").lower()
    return host == "jd.id" or host.endswith(".jd.id")


class LinkNotice(QDialog):
    """Non-modal: the seller can read it, copy the address and carry on."""

    def __init__(self, url: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkNotice")
        self.url, self.reason = url, reason
        layout = QVBoxLayout(self)
        self.text = body_label(self)
        self.text.setObjectName("linkNoticeText")
        layout.addWidget(self.text)
        self.address = CopyRow("link_address", parent=self)
        self.address.set_value(url)
        layout.addWidget(self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 180)
        self.retranslate()

    def retranslate(self) -> None:
        self.address.set_label(translate("LinkNotice", "Address"))
        if self.reason == PRACTICE:
            self.setWindowTitle(translate("LinkNotice", "Practice mode"))
            self.text.setText(
                translate(
                    "LinkNotice",
                    "In practice mode this button does not open JD.ID's website: JD.ID closed "
                    "its sites in 2023, and practice never touches a real store. Read what the "
                    "step says and use the practice account shown on the page. For your real "
                    "store this button opens the address below.",
                )
            )
        else:
            self.setWindowTitle(translate("LinkNotice", "The browser did not open"))
            self.text.setText(
                translate(
                    "LinkNotice",
                    "Your web browser did not open. Copy the address below and paste it into "
                    "your browser's address bar.",
                )
            )


_open: set[LinkNotice] = set()


def show_link_notice(url: str, reason: str, parent: QWidget | None = None) -> LinkNotice:
    notice = LinkNotice(url, reason, parent)
    _open.add(notice)  # kept until closed
    notice.finished.connect(lambda _result: _open.discard(notice))
    notice.show()
    return notice
