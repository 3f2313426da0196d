"""The finish page: a success mark, what was set up (shop, products, export sync, where the
log and the product list are) and the one next step: in practice mode "now connect your
real store", for a real store what export sync does next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wizard import locale_forms
from wizard.flow.steps import Step
from wizard.ui import theme
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.widgets import body_label, fact_row

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class DonePage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        head = QHBoxLayout()
        self.mark = QLabel("\u2713", self)
        self.mark.setObjectName("successMark")
        self.mark.setFixedSize(56, 56)
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(theme.TITLE_PT - 2)
        font.setBold(True)
        self.headline.setFont(font)
        head.addWidget(self.mark)
        head.addSpacing(12)
        head.addWidget(self.headline, 1)
        self.content_layout.addLayout(head)

        self.card = QFrame(self)
        self.card.setObjectName("summaryCard")
        form = QFormLayout(self.card)
        form.setContentsMargins(16, 12, 16, 12)
        form.setVerticalSpacing(8)
        self.shop_label, self.shop = fact_row(form, "summaryShop")
        self.products_label, self.products = fact_row(form, "summaryProducts")
        self.sync_label, self.sync = fact_row(form, "summarySync")
        self.log_label, self.log = fact_row(form, "summaryLog")
        self.list_label, self.list = fact_row(form, "summaryList")
        self.content_layout.addWidget(self.card)

        self.next_heading = QLabel(self)
        self.next_heading.setObjectName("nextHeading")
        bold = self.next_heading.font()
        bold.setBold(True)
        self.next_heading.setFont(bold)
        self.next_text = body_label(self)
        self.next_text.setObjectName("nextStep")
        self.real_button = QPushButton(self)
        self.real_button.setObjectName("connectRealStore")
        self.real_button.setAutoDefault(False)
        self.real_button.clicked.connect(self.connect_real_store)
        row = QHBoxLayout()
        row.addWidget(self.real_button)
        row.addStretch(1)
        self.content_layout.addSpacing(8)
        self.content_layout.addWidget(self.next_heading)
        self.content_layout.addWidget(self.next_text)
        self.content_layout.addLayout(row)
        self.content_layout.addStretch(1)
        self._style()
        self.retranslate()

    def _style(self) -> None:
        t = theme.tokens()
        self.mark.setStyleSheet(
            f"QLabel {{ background: {t.success[0]}; color: white; border-radius: 28px;"
            " font-size: 26pt; font-weight: bold; qproperty-alignment: AlignCenter; }"
        )
        self.card.setStyleSheet(
            f"QFrame#summaryCard {{ background: {t.card}; border: 1px solid {t.border};"
            f" border-radius: {theme.RADIUS}px; }}"
        )

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._style()  # the scheme may have changed since the page was made
        self.retranslate()

    def _report(self) -> Any:
        wizard = self.wizard()
        page = wizard.built_page("step16") if hasattr(wizard, "built_page") else None
        return getattr(page, "report", None)

    def connect_real_store(self) -> None:
        """From practice to the real store: back to the first page with "real" chosen."""
        wizard = self.wizard()
        self.ctx.set_mode("real")
        if hasattr(wizard, "start_over"):
            wizard.start_over()

    def retranslate(self) -> None:
        super().retranslate()
        practice = self.ctx.practice
        s = self.ctx.settings
        self.headline.setText(
            translate("DonePage", "Practice finished: you did every step")
            if practice
            else translate("DonePage", "Your JD.ID store is connected")
        )
        self.shop_label.setText(translate("DonePage", "Shop:"))
        self.products_label.setText(translate("DonePage", "Products:"))
        self.sync_label.setText(translate("DonePage", "Export sync:"))
        self.log_label.setText(translate("DonePage", "Log file:"))
        self.list_label.setText(translate("DonePage", "Product list:"))
        account = self.ctx.practice_account
        shop_id = str(account.shop_id) if practice and account is not None else s.shop_id
        name = self.ctx.shop_name(shop_id)
        self.shop.setText(
            translate("DonePage", "%1 (Shop ID %2)").replace("%1", name).replace("%2", shop_id)
            if name
            else translate("DonePage", "Shop ID %1").replace("%1", shop_id or "-")
        )
        report = self._report()
        if report is None:
            self.products.setText(translate("DonePage", "Not imported yet (step 16)"))
        else:
            fix = sum(report.count(k) for k in ("skipped", "empty_sku", "duplicate_sku"))
            self.products.setText(
                translate("DonePage", "%1 linked to products you had, %2 new, %3 to fix")
                .replace("%1", locale_forms.count(report.count("linked")))
                .replace("%2", locale_forms.count(report.count("new_masters")))
                .replace("%3", locale_forms.count(fix))
            )
        self.sync.setText(
            translate("DonePage", "On: changes are sent to JD.ID")
            if s.export_sync
            else translate("DonePage", "Off: nothing is changed on JD.ID")
        )
        self.log.setText(str(self.ctx.paths.log_file))
        from wizard.catalog.location import catalog_file

        self.list.setText(str(catalog_file(self.ctx.paths, practice)))
        self.next_heading.setText(translate("DonePage", "What next"))
        if practice:
            self.next_text.setText(
                translate(
                    "DonePage",
                    "This was practice: nothing was changed on JD.ID, and the practice "
                    "products stay apart from your real ones. Now connect your real store; "
                    "the steps are the same.",
                )
            )
        elif s.export_sync:
            self.next_text.setText(
                translate(
                    "DonePage",
                    "Export sync is On: when your product list changes, open step 17 and click "
                    '"Check for changes and send"; you see every change before it goes to '
                    "JD.ID. You can close this wizard.",
                )
            )
        else:
            self.next_text.setText(
                translate(
                    "DonePage",
                    "Export sync is Off, so JD.ID keeps its own stock and prices. When you want "
                    "your product list to update JD.ID, open the wizard again and turn it On at "
                    "step 17. You can close this wizard.",
                )
            )
        self.real_button.setText(translate("DonePage", "Connect my real store"))
        self.real_button.setVisible(practice)
