"""Step 15: what was connected, with a Qualified Seller re-check through the API.

Shows the shop (name and Shop ID), the app and how long the login is valid. The re-check is
a product call: code 24 means the store is (again) a Basic Seller, which gets the upgrade
explanation. If the shop that logged in is not the Shop ID typed in step 12, the page says
so and offers to use the Shop ID JD.ID named, or to log in again with the other account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from wizard import locale_forms
from wizard.flow.navigation import RECONNECT_STEP
from wizard.flow.steps import Step, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.connect.install import masked
from wizard.ui.pages.connect.layout import intro_row
from wizard.ui.pages.connect.problems import ProblemPanel, error_key
from wizard.ui.practice_console import open_link
from wizard.ui.widgets import fact_row, note_label
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.store.connection import ConnectionFacts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ConnectedPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        column, self.body, self.picture = intro_row(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.facts_box = QWidget(self)
        form = QFormLayout(self.facts_box)
        self.shop_label, self.shop = fact_row(form, "shop")
        self.app_label, self.app = fact_row(form, "app")
        self.valid_label, self.valid = fact_row(form, "validUntil")
        self.level_label, self.level = fact_row(form, "sellerLevel")
        self.facts_box.hide()

        self.mismatch = note_label("warning", self)
        self.mismatch.setObjectName("shopMismatch")
        mismatch_row = QHBoxLayout()
        self.use_shop_button = QPushButton(self)
        self.use_shop_button.setObjectName("useLoggedInShop")
        self.use_shop_button.clicked.connect(self.use_logged_in_shop)
        self.login_again_button = QPushButton(self)
        self.login_again_button.setObjectName("loginAgain")
        self.login_again_button.clicked.connect(self.login_again)
        mismatch_row.addWidget(self.use_shop_button)
        mismatch_row.addWidget(self.login_again_button)
        mismatch_row.addStretch(1)
        self.mismatch_buttons = QWidget(self)
        self.mismatch_buttons.setLayout(mismatch_row)
        mismatch_row.setContentsMargins(0, 0, 0, 0)
        self.mismatch.hide()
        self.mismatch_buttons.hide()

        self.problem = ProblemPanel(self)
        self.problem.action_requested.connect(self._problem_action)
        self.problem.jump_requested.connect(self.go_to)
        self.problem.link_requested.connect(lambda key: open_link(ctx, key, self))
        for widget in (self.status, self.facts_box, self.mismatch, self.mismatch_buttons):
            column.addWidget(widget)
        column.addWidget(self.problem)
        column.addStretch(1)
        self.content_layout.addStretch(1)

        self.facts: ConnectionFacts | None = None  # once known
        self._check = LatestCall(ctx.runner)
        self.retranslate()

    @property
    def busy(self) -> bool:
        """The shop and Qualified check is running."""
        return self._check.running

    # ----- the check ------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        self.retranslate()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        self._check.cancel()

    def reset(self) -> None:
        """Start over: nothing checked yet."""
        self._check.cancel()
        self.facts = None
        self.problem.clear()
        self.retranslate()

    def refresh(self) -> None:
        profile, api_key = self.ctx.profile, self.ctx.settings.api_key
        if profile is None or not api_key:
            return
        self.facts = None
        self.problem.clear()
        from wizard.store import connection  # HTTP stack: loaded when first needed

        self._check.start(
            connection.connection_facts,
            profile,
            api_key,
            on_result=self._show_facts,
            on_error=self._failed,
            name="connected: shop and Qualified Seller check",
        )
        self.update_blocked()

    def _show_facts(self, facts: ConnectionFacts) -> None:
        self.facts = facts
        if not facts.qualified:
            self.problem.show_problem("not_qualified")
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self.problem.show_problem(error_key(exc))
        self.update_blocked()

    def _problem_action(self, action: str) -> None:
        if action == "retry":
            self.refresh()
        elif action == "login":
            self.login_again()

    # ----- the shop that logged in ----------------------------------------------------------
    def logged_in_shop(self) -> str:
        """The Shop ID JD.ID named for this login (token first, then the products)."""
        facts = self.facts
        if facts is None:
            return ""
        return facts.shop_id or facts.product_shop_id

    def shop_mismatch(self) -> bool:
        shop = self.logged_in_shop()
        return bool(shop) and shop != self.ctx.settings.shop_id

    def use_logged_in_shop(self) -> None:
        """Take the Shop ID JD.ID named as the right one (step 12 shows it too)."""
        shop = self.logged_in_shop()
        if not shop:
            return
        self.ctx.settings.shop_id = shop
        self.ctx.save_settings()
        self.ctx.answers.correct_shop_id(shop)  # step 12 shows it, step 13 keeps its check
        self.retranslate()

    def login_again(self) -> None:
        self.go_to(RECONNECT_STEP)
        self.ctx.login_requested.emit()  # step 14 starts a fresh login if it shows now

    # ----- display --------------------------------------------------------------------------
    def update_blocked(self) -> None:
        if self.busy:
            self.status.setText(translate("ConnectedPage", "Asking JD.ID about your store\u2026"))
            self.set_blocked(
                translate(
                    "ConnectedPage", "Wait a moment: the app is asking JD.ID about your store."
                )
            )
            return
        self.status.setText("")
        facts = self.facts
        if facts is None:
            self.set_blocked(
                translate(
                    "ConnectedPage",
                    "The connection could not be confirmed yet. Follow the advice above.",
                )
                if self.problem.isVisible()
                else translate("ConnectedPage", "Waiting for JD.ID\u2026")
            )
        elif not facts.qualified:
            self.set_blocked(
                translate(
                    "ConnectedPage",
                    "JD.ID opens its API only to Qualified Sellers. Upgrade the store first.",
                )
            )
        elif self.shop_mismatch():
            self.set_blocked(
                translate(
                    "ConnectedPage",
                    "Choose which store to connect: use the Shop ID JD.ID named, or log in again.",
                )
            )
        else:
            self.set_blocked(None)

    def _shop_name(self, shop_id: str) -> str:
        return self.ctx.shop_name(shop_id)

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        self.shop_label.setText(translate("ConnectedPage", "Store:"))
        self.app_label.setText(translate("ConnectedPage", "App (API Key):"))
        self.valid_label.setText(translate("ConnectedPage", "Login valid until:"))
        self.level_label.setText(translate("ConnectedPage", "Seller level:"))
        self.use_shop_button.setText(translate("ConnectedPage", "&Use this Shop ID"))
        self.login_again_button.setText(
            translate("ConnectedPage", "&Log in again with another account")
        )
        facts = self.facts
        self.facts_box.setVisible(facts is not None)
        if facts is not None:
            shop = self.logged_in_shop()
            name = self._shop_name(shop)
            self.shop.setText(
                translate("ConnectedPage", "%1 (Shop ID %2)")
                .replace("%1", name)
                .replace("%2", shop or "?")
                if name
                else translate("ConnectedPage", "Shop ID %1").replace("%1", shop or "?")
            )
            app_name = self.ctx.settings.store_name
            key = masked(self.ctx.settings.api_key)
            self.app.setText(f"{app_name} ({key})" if app_name else key)
            self.valid.setText(
                translate("ConnectedPage", "%1 (renewed by itself)").replace(
                    "%1", locale_forms.date_time(facts.expires_at)
                )
            )
            self.level.setText(
                translate("ConnectedPage", "Qualified Seller (checked with JD.ID just now)")
                if facts.qualified
                else translate("ConnectedPage", "Basic Seller: the API is closed to this store")
            )
        mismatch = facts is not None and self.shop_mismatch()
        self.mismatch.setVisible(mismatch)
        self.mismatch_buttons.setVisible(mismatch)
        if mismatch:
            self.mismatch.setText(
                translate(
                    "ConnectedPage",
                    "You logged in to the store with Shop ID %1, but in step 12 you typed Shop "
                    "ID %2. Products and stock would go to the wrong store. If %1 is your store, "
                    "use that Shop ID. Otherwise log in again with the account of store %2.",
                )
                .replace("%1", self.logged_in_shop())
                .replace("%2", self.ctx.settings.shop_id or "?")
            )
            self.use_shop_button.setText(
                translate("ConnectedPage", "&Use Shop ID %1").replace("%1", self.logged_in_shop())
            )
        self.problem.retranslate()
        super().retranslate()

    def page_done(self) -> bool:
        return self.facts is not None and self.isComplete()

    def save_state(self) -> dict[str, Any]:
        return {}
