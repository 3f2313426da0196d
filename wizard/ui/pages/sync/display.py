"""Step 17's layout and texts: the widgets of the sync page and what they say in each state.

A mixin of SyncPage (page.py), which holds the behaviour: the summary, the switch, the
preview and the push. Texts are in the "SyncPage" context, written out so they do not
depend on the class they are in.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import locale_forms
from wizard.flow.steps import tr_step
from wizard.jobs import export_sync as core
from wizard.ui import theme
from wizard.ui.pages.sync.views import FailuresView, number
from wizard.ui.switch import SwitchButton
from wizard.ui.widgets import WrappedLabel, body_label, fact_row, note_label

# Page states.
LOADING = "loading"  # reading the summary from the product list
NOT_READY = "not_ready"  # not connected, or nothing imported yet: the switch waits
IDLE = "idle"
PREVIEWING = "previewing"  # reading JD.ID's stock to build the preview
CONFIRMING = "confirming"  # the preview (or the zero-stock question) is open
PUSHING = "pushing"
STOPPING = "stopping"  # turned Off during a push: the call in flight finishes
BUSY = (PREVIEWING, CONFIRMING, PUSHING, STOPPING)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class SyncPageDisplay:
    """Builds the page's widgets and shows its state (mixed into SyncPage)."""

    # ----- layout ------------------------------------------------------------------------------
    def _build_parts(self) -> Iterator[None]:
        """The widgets, a few at a time (see BasePage.build_in_parts)."""
        lay = self.content_layout
        self.body = body_label(self)
        self.body.setObjectName("body")

        self.summary_box = QWidget(self)
        self.summary_box.setObjectName("summaryBox")
        form = QFormLayout(self.summary_box)
        form.setContentsMargins(0, 6, 0, 6)
        self.shop_label, self.shop = fact_row(form, "shop")
        self.linked_label, self.linked = fact_row(form, "linked")
        self.import_label, self.last_import = fact_row(form, "lastImport")
        # The longer explanation sits under the form: wrapped labels inside a form row can
        # be cut off when their text grows.
        self.never_note = body_label(self)
        self.never_note.setObjectName("neverSynced")

        yield
        self.switch = SwitchButton(self)
        self.switch.setObjectName("exportSwitch")
        font = self.switch.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.switch.setFont(font)
        self.switch.clicked.connect(self._switch_clicked)
        self.switch_state = QLabel(self)
        self.switch_state.setObjectName("switchState")
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch)
        switch_row.addWidget(self.switch_state)
        switch_row.addStretch(1)
        self.meaning = note_label("info", self)
        self.meaning.setObjectName("switchMeaning")
        self.why_off = WrappedLabel(self)
        self.why_off.setObjectName("switchWhy")
        self.why_off.setTextFormat(Qt.TextFormat.PlainText)

        self.when_sent = body_label(self)
        self.when_sent.setObjectName("whenSent")

        actions = QHBoxLayout()
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendNow")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryFailed")
        self.retry_button.clicked.connect(self.retry_failed)
        actions.addWidget(self.send_button)
        actions.addWidget(self.retry_button)
        actions.addStretch(1)

        yield
        self.progress_box = QWidget(self)
        self.progress_box.setObjectName("progressBox")
        prog = QVBoxLayout(self.progress_box)
        prog.setContentsMargins(0, 6, 0, 0)
        self.phase = WrappedLabel(self.progress_box)
        self.phase.setObjectName("phase")
        self.bar = QProgressBar(self.progress_box)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.counts = WrappedLabel(self.progress_box)
        self.counts.setObjectName("counts")
        prog.addWidget(self.phase)
        prog.addWidget(self.bar)
        prog.addWidget(self.counts)

        yield
        self.result = body_label(self)
        self.result.setObjectName("result")
        self.problem_note = note_label("warning", self)
        self.problem_note.setObjectName("problem")
        self.failures = FailuresView(self)
        self.failures.setObjectName("failures")
        self.failures.hide()

        yield
        lay.addWidget(self.body)
        lay.addWidget(self.summary_box)
        lay.addWidget(self.never_note)
        lay.addLayout(switch_row)
        lay.addWidget(self.meaning)
        lay.addWidget(self.why_off)
        lay.addWidget(self.when_sent)
        lay.addLayout(actions)
        lay.addWidget(self.progress_box)
        lay.addWidget(self.problem_note)
        lay.addWidget(self.result)
        lay.addWidget(self.failures)
        lay.addStretch(1)

    def _result_text(self, r: core.PushResult) -> str:
        sent = (
            translate("SyncPage", "Sent to JD.ID: stock of %1, price of %2, listing status of %3.")
            .replace("%1", number(r.stock_done))
            .replace("%2", number(r.price_done))
            .replace("%3", number(r.shelf_done))
        )
        if r.stop_key:
            reason = QCoreApplication.translate(core.CONTEXT, core.stop_sentence(r.stop_key))
            return f"{sent} {reason}"
        if r.cancelled:
            stop = QCoreApplication.translate(core.CONTEXT, core.STOP_REASONS["cancelled"])
            return f"{sent} {stop}"
        return sent

    # ----- state and texts ---------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self._show_switch()
        self._refresh()

    def _show_switch(self) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(self.sync_on)
        self.switch.blockSignals(False)
        self.switch_state.setText(
            translate("SyncPage", "On: changes are sent to JD.ID")
            if self.sync_on
            else translate("SyncPage", "Off: nothing is sent to JD.ID")
        )
        t = theme.tokens()
        colour = t.success[0] if self.sync_on else t.secondary
        # Every state change comes here; only a new colour restyles the line.
        theme.set_style(self.switch_state, f"QLabel {{ font-weight: bold; color: {colour}; }}")

    def _why_switch_waits(self) -> str | None:
        if self.state == NOT_READY:
            return self.not_ready_reason
        if self.state == LOADING:
            return translate("SyncPage", "Reading your product list...")
        if self.state == PREVIEWING:
            return translate("SyncPage", "Reading the stock on JD.ID to show what would change...")
        if self.state == CONFIRMING:
            return translate("SyncPage", "Check the changes in the window that opened.")
        if self.state == STOPPING:
            return translate("SyncPage", "Stopping after the change JD.ID is answering now...")
        return None

    def _refresh(self) -> None:
        state = self.state
        why = self._why_switch_waits()
        # Turning Off is always possible (also during a push: that is how to stop it), except
        # while a stop is under way or the preview window asks for an answer.
        can_turn_off = self.sync_on and state not in (STOPPING, CONFIRMING)
        self.switch.setEnabled(why is None or can_turn_off)
        self.why_off.setText(why or "")
        self.why_off.setVisible(why is not None)
        idle_on = state == IDLE and self.sync_on
        self.send_button.setVisible(idle_on)
        self.when_sent.setVisible(self.sync_on)
        has_failed = bool(self.last_result and self.last_result.failures)
        self.retry_button.setVisible(idle_on and has_failed)
        self.progress_box.setVisible(state in (PUSHING, STOPPING))
        self.phase.setText(
            translate("SyncPage", "Stopping...")
            if state == STOPPING
            else translate("SyncPage", "Sending the changes to JD.ID...")
        )
        self.problem_note.setText(self.problem or "")
        self.problem_note.setVisible(bool(self.problem) and state == IDLE)
        self.failures.setVisible(has_failed and state not in (PUSHING, STOPPING))
        self.result.setVisible(bool(self.result.text()) and state == IDLE)
        self._fill_summary()
        self.update_blocked()

    def _fill_summary(self) -> None:
        s = self.ctx.settings
        shop = self.ctx.shop_name(s.shop_id) or translate("SyncPage", "Your JD.ID store")
        shop_id = translate("SyncPage", "Shop ID %1").replace("%1", s.shop_id)
        self.shop.setText(f"{shop} ({shop_id})" if s.shop_id else shop)
        summary = self.summary
        if summary is None or not summary.imported:
            self.linked.setText(translate("SyncPage", "Not imported yet"))
            self.last_import.setText(translate("SyncPage", "Not yet"))
            self.never_note.hide()
            return
        never = summary.empty_sku + summary.duplicate_sku
        self.linked.setText(
            translate(
                "SyncPage", "%1 JD.ID products are in your product list (linked or added as new)."
            ).replace("%1", number(summary.linked))
        )
        self.never_note.setText(
            translate(
                "SyncPage",
                "%1 JD.ID products are never changed by export sync: they have no SKU code, or "
                "share one with another product. Fix them in Seller Center, then import again.",
            ).replace("%1", number(never))
        )
        self.never_note.setVisible(bool(never))
        self.last_import.setText(
            locale_forms.date_time_iso(summary.last_import_at)
            if summary.last_import_at
            else translate("SyncPage", "Not yet")
        )

    def update_blocked(self) -> None:
        if self.state in (PREVIEWING, CONFIRMING):
            self.set_blocked(
                translate("SyncPage", "Next waits until you have checked the changes.")
            )
        elif self.state in (PUSHING, STOPPING):
            self.set_blocked(
                translate(
                    "SyncPage",
                    "Changes are being sent to JD.ID. Wait until they are sent, or turn export "
                    "sync Off to stop.",
                )
            )
        else:
            self.set_blocked(None)

    def retranslate(self) -> None:
        super().retranslate()
        self.body.setText(tr_step(self.step.body))
        self.shop_label.setText(translate("SyncPage", "Shop:"))
        self.linked_label.setText(translate("SyncPage", "Products:"))
        self.import_label.setText(translate("SyncPage", "Last import:"))
        self.switch.setText(translate("SyncPage", "Export sync"))
        self.meaning.setText(
            translate(
                "SyncPage",
                "When export sync is On, this app updates stock, price and listing status on "
                "JD.ID from your master product list. Before anything is sent you see what "
                "would change. While it is Off, nothing on JD.ID is changed.",
            )
        )
        self.when_sent.setText(
            translate(
                "SyncPage",
                'Changes are sent when you click "Check for changes and send" after updating '
                "your product list, and each time the automatic sync runs (your support staff "
                "can set it up for you).",
            )
        )
        self.send_button.setText(translate("SyncPage", "Check for changes and send"))
        self.retry_button.setText(translate("SyncPage", "Retry failed"))
        self._show_switch()
        self._refresh()
