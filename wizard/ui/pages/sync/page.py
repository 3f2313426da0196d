"""Step 17: the integration summary and the export sync switch (Off until the seller says).

Turning the switch On never sends anything straight away: the page first reads JD.ID's
stock and shows what would change (a preview dialog with counts and a table). Only when the
seller confirms is the switch saved as On and the changes sent, with progress; changes JD.ID
refused are listed with the reason and can be sent again ("Retry failed"). A push that
would set the stock of more than 20% of the linked products to 0 asks once more, in plain
words. Turning the switch Off saves it at once and stops the push after the call in flight.
The switch's state lives in the settings file (`export_sync`), so it shows again on reopen
and `main.py sync` obeys it.

Everything slow (SQLite, HTTP) runs in workers (wizard.ui.pages.sync.runner).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import locale_forms
from wizard.catalog import texts as catalog_texts
from wizard.flow.steps import Step, tr_step
from wizard.jobs import export_sync as core
from wizard.ui import theme
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.sync import runner as sync_runner
from wizard.ui.pages.sync.views import FailuresView, PreviewDialog, number, zero_stock_text
from wizard.ui.switch import SwitchButton
from wizard.ui.widgets import body_label, fact_row, note_label

log = logging.getLogger(__name__)

CONTEXT = "SyncPage"

# Page states.
LOADING = "loading"  # reading the summary from the product list
NOT_READY = "not_ready"  # not connected, or nothing imported yet: the switch waits
IDLE = "idle"
PREVIEWING = "previewing"  # reading JD.ID's stock to build the preview
CONFIRMING = "confirming"  # the preview (or the zero-stock question) is open
PUSHING = "pushing"
STOPPING = "stopping"  # turned Off during a push: the call in flight finishes
BUSY = (PREVIEWING, CONFIRMING, PUSHING, STOPPING)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


PROBLEMS: dict[str, str] = {
    "not_set_up": QT_TRANSLATE_NOOP(
        "SyncPage",
        "Your store is not connected yet. Go back to step 12 and connect it first; until then "
        "export sync stays Off.",
    ),
    "no_secret": QT_TRANSLATE_NOOP(
        "SyncPage",
        "The API Secret is not saved on this computer any more. Go back to step 12 and paste "
        "it again.",
    ),
    "not_logged_in": QT_TRANSLATE_NOOP(
        "SyncPage",
        "There is no JD.ID login saved on this computer. Log in to JD.ID in step 14 first.",
    ),
    "practice_starting": QT_TRANSLATE_NOOP(
        "SyncPage", "The practice platform is still starting. Wait a moment."
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "SyncPage",
        "The password store of this computer cannot be opened, so the saved JD.ID login "
        "cannot be read. Unlock it, then try again.",
    ),
    "no_import": QT_TRANSLATE_NOOP(
        "SyncPage",
        "Import your products first (step 16). Until then there is nothing to sync, so the "
        "switch waits.",
    ),
    "internal_error": QT_TRANSLATE_NOOP(
        "SyncPage",
        "Something went wrong inside the wizard. Try again; if it keeps happening, send the "
        "diagnostics file to support.",
    ),
}


def problem_sentence(exc: BaseException) -> str:
    """A sentence for the seller for anything the preview or the push can raise."""
    from wizard.catalog import CatalogError
    from wizard.jdid import JdidError

    if isinstance(exc, CatalogError):
        errors = catalog_texts.CATALOG_ERRORS
        text = errors.get(exc.key, errors["catalog_error"])
        return QCoreApplication.translate(catalog_texts.CONTEXT, text).format(path=exc.path or "")
    key = getattr(exc, "key", None)
    if isinstance(key, str) and key in PROBLEMS:
        return tr(PROBLEMS[key])
    if isinstance(exc, JdidError):
        return QCoreApplication.translate(core.CONTEXT, core.stop_sentence(exc.key))
    return tr(PROBLEMS["internal_error"])


class SyncPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.state = LOADING
        self.summary: sync_runner.SyncSummary | None = None
        self.not_ready_reason: str | None = None
        self.preview: core.SyncPreview | None = None
        self.last_result: core.PushResult | None = None
        self.last_pushed: core.SyncPreview | None = None  # what last_result was a push of
        self.problem: str | None = None
        self.dialog: PreviewDialog | None = None
        self.zero_question: QMessageBox | None = None
        self.client_options: dict[str, Any] = {}  # knobs for support and tests
        self._token: Any = None  # the running push's CancelToken
        self._generation = 0
        self._turning_on = False
        self._build()
        ctx.profile_changed.connect(self._profile_changed)  # a method: gone with the page
        self.retranslate()

    # ----- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
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
        self.why_off = QLabel(self)
        self.why_off.setObjectName("switchWhy")
        self.why_off.setWordWrap(True)
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

        self.progress_box = QWidget(self)
        self.progress_box.setObjectName("progressBox")
        prog = QVBoxLayout(self.progress_box)
        prog.setContentsMargins(0, 6, 0, 0)
        self.phase = QLabel(self.progress_box)
        self.phase.setObjectName("phase")
        self.phase.setWordWrap(True)
        self.bar = QProgressBar(self.progress_box)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.counts = QLabel(self.progress_box)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        prog.addWidget(self.phase)
        prog.addWidget(self.bar)
        prog.addWidget(self.counts)

        self.result = body_label(self)
        self.result.setObjectName("result")
        self.problem_note = note_label("warning", self)
        self.problem_note.setObjectName("problem")
        self.failures = FailuresView(self)
        self.failures.setObjectName("failures")
        self.failures.hide()

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

    # ----- entering ----------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.refresh_summary()
        self.retranslate()

    def _profile_changed(self, _profile: Any) -> None:
        if self.isVisible():
            self.refresh_summary()

    def refresh_summary(self) -> None:
        """Read the summary from the product list (worker); the switch waits meanwhile."""
        if self.state in BUSY:
            return
        try:
            target = sync_runner.target_of(self.ctx)
        except sync_runner.NotConnected as exc:
            self._not_ready(problem_sentence(exc))
            return
        self._generation += 1
        generation = self._generation
        self._set_state(LOADING)
        self.ctx.runner.run(
            sync_runner.read_summary,
            target,
            on_result=lambda s: self._summary_read(generation, s),
            on_error=lambda exc: self._summary_failed(generation, exc),
            name="step 17: read summary",
        )

    def _summary_read(self, generation: int, summary: sync_runner.SyncSummary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        if not summary.imported:
            self._not_ready(self.tr(PROBLEMS["no_import"]))
            return
        self.not_ready_reason = None
        self._set_state(IDLE)

    def _summary_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._not_ready(problem_sentence(exc))

    def _not_ready(self, reason: str) -> None:
        self.not_ready_reason = reason
        self._set_state(NOT_READY)

    # ----- the switch --------------------------------------------------------------------------
    @property
    def sync_on(self) -> bool:
        return self.ctx.settings.export_sync

    def _switch_clicked(self, checked: bool) -> None:
        if checked:
            self.switch.setChecked(False)  # On only after the seller saw and confirmed
            self._start_preview(turning_on=True)
        else:
            self.turn_off()

    def turn_off(self) -> None:
        """Save Off at once; a running push stops after the call in flight."""
        self._save_switch(False)
        if self._token is not None:
            self._token.cancel()
            self._set_state(STOPPING)
        elif self.state == PREVIEWING:
            self._generation += 1  # the preview on its way is dropped, not shown
            self._set_state(IDLE)
        else:
            self._set_state(self.state)

    def _save_switch(self, on: bool) -> None:
        if self.ctx.settings.export_sync != on:
            self.ctx.settings.export_sync = on
            self.ctx.save_settings()
            log.info("step 17: export sync turned %s", "on" if on else "off")
        self._show_switch()

    def send_now(self) -> None:
        """With the switch On: preview what changed since, confirm, send."""
        self._start_preview(turning_on=False)

    # ----- preview -----------------------------------------------------------------------------
    def _start_preview(self, turning_on: bool) -> None:
        try:
            target = sync_runner.target_of(self.ctx)
        except sync_runner.NotConnected as exc:
            self._not_ready(problem_sentence(exc))
            return
        self._turning_on = turning_on
        self.problem = None
        self._generation += 1
        generation = self._generation
        self._set_state(PREVIEWING)
        self.ctx.runner.run(
            sync_runner.load_preview,
            target,
            dict(self.client_options),
            on_result=lambda p: self._preview_ready(generation, p),
            on_error=lambda exc: self._preview_failed(generation, exc),
            name="step 17: preview",
        )

    def _preview_ready(self, generation: int, preview: core.SyncPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self._set_state(CONFIRMING)
        self.dialog = PreviewDialog(preview, self._turning_on, self)
        self.dialog.accepted.connect(self._preview_accepted)
        self.dialog.rejected.connect(self._preview_rejected)
        self.dialog.open()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.problem = problem_sentence(exc)
        self._set_state(IDLE)

    def _preview_rejected(self) -> None:
        self.dialog = None
        self.result.setText(self.tr("Nothing was sent to JD.ID."))
        self._set_state(IDLE)

    def _preview_accepted(self) -> None:
        self.dialog = None
        preview = self.preview
        assert preview is not None
        if preview.zero_stock_guard:
            self._ask_zero_stock(preview)
        else:
            self._confirmed(preview)

    def _ask_zero_stock(self, preview: core.SyncPreview) -> None:
        box = QMessageBox(self)
        box.setObjectName("zeroStockQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Set stock to 0 on JD.ID?"))
        box.setText(zero_stock_text(preview))
        box.setInformativeText(self.tr("Send these changes anyway?"))
        yes = box.addButton(self.tr("Yes, send them"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("No, check the file first"), QMessageBox.ButtonRole.NoRole)
        yes.setObjectName("zeroYes")
        no.setObjectName("zeroNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.zero_question = box

        def answered(button: Any) -> None:
            self.zero_question = None
            if button is yes:
                self._confirmed(preview)
            else:
                self._preview_rejected()

        box.buttonClicked.connect(answered)
        box.open()

    def _confirmed(self, preview: core.SyncPreview) -> None:
        if self._turning_on:
            self._save_switch(True)
        if not self.sync_on:  # turned Off while the question was open
            self._set_state(IDLE)
            return
        if preview.empty:
            self.result.setText(
                self.tr("JD.ID already matched your products; nothing had to be sent.")
            )
            self._set_state(IDLE)
            return
        self._push(preview)

    # ----- push --------------------------------------------------------------------------------
    def _push(self, preview: core.SyncPreview) -> None:
        from wizard.jobs import CancelToken

        try:
            target = sync_runner.target_of(self.ctx)
        except sync_runner.NotConnected as exc:
            self._not_ready(problem_sentence(exc))
            return
        self._token = CancelToken()
        self.last_pushed = preview
        self.last_result = None
        self._generation += 1
        generation = self._generation
        self.bar.setValue(0)
        self.counts.setText("")
        self._set_state(PUSHING)
        self.ctx.runner.run(
            sync_runner.run_push,
            target,
            preview,
            self._token,
            dict(self.client_options),
            on_progress=lambda p: self._progress(generation, p),
            on_result=lambda r: self._pushed(generation, r),
            on_error=lambda exc: self._push_failed(generation, exc),
            name="step 17: push to JD.ID",
        )

    def retry_failed(self) -> None:
        if self.last_result is None or self.last_pushed is None or not self.sync_on:
            return
        self._push(self.last_result.retry_preview(self.last_pushed))

    def _progress(self, generation: int, p: core.PushProgress) -> None:
        if generation != self._generation:
            return
        self.bar.setValue(int(p.fraction * 1000))
        text = (
            self.tr("%1 of %2 changes sent")
            .replace("%1", number(p.done))
            .replace("%2", number(p.total))
        )
        if p.failed:
            text += " \u00b7 " + self.tr("%1 failed").replace("%1", number(p.failed))
        self.counts.setText(text)

    def _pushed(self, generation: int, result: core.PushResult) -> None:
        if generation != self._generation:
            return
        self._token = None
        self.last_result = result
        self.bar.setValue(1000 if result.ok else self.bar.value())
        self.result.setText(self._result_text(result))
        self.failures.set_failures(result.failures)
        self._set_state(IDLE)
        self.refresh_summary()

    def _push_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._token = None
        self.problem = problem_sentence(exc)
        self._set_state(IDLE)

    def _result_text(self, r: core.PushResult) -> str:
        sent = (
            self.tr("Sent to JD.ID: stock of %1, price of %2, listing status of %3.")
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
            self.tr("On: changes are sent to JD.ID")
            if self.sync_on
            else self.tr("Off: nothing is sent to JD.ID")
        )
        t = theme.tokens()
        colour = t.success[0] if self.sync_on else t.secondary
        self.switch_state.setStyleSheet(f"QLabel {{ font-weight: bold; color: {colour}; }}")

    def _why_switch_waits(self) -> str | None:
        if self.state == NOT_READY:
            return self.not_ready_reason
        if self.state == LOADING:
            return self.tr("Reading your product list...")
        if self.state == PREVIEWING:
            return self.tr("Reading the stock on JD.ID to show what would change...")
        if self.state == CONFIRMING:
            return self.tr("Check the changes in the window that opened.")
        if self.state == STOPPING:
            return self.tr("Stopping after the change JD.ID is answering now...")
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
            self.tr("Stopping...")
            if state == STOPPING
            else self.tr("Sending the changes to JD.ID...")
        )
        self.problem_note.setText(self.problem or "")
        self.problem_note.setVisible(bool(self.problem) and state == IDLE)
        self.failures.setVisible(has_failed and state not in (PUSHING, STOPPING))
        self.result.setVisible(bool(self.result.text()) and state == IDLE)
        self._fill_summary()
        self.update_blocked()

    def _fill_summary(self) -> None:
        s = self.ctx.settings
        shop = self.ctx.shop_name(s.shop_id) or self.tr("Your JD.ID store")
        self.shop.setText(
            f"{shop} ({self.tr('Shop ID %1').replace('%1', s.shop_id)})" if s.shop_id else shop
        )
        summary = self.summary
        if summary is None or not summary.imported:
            self.linked.setText(self.tr("Not imported yet"))
            self.last_import.setText(self.tr("Not yet"))
            self.never_note.hide()
            return
        never = summary.empty_sku + summary.duplicate_sku
        self.linked.setText(
            self.tr("%1 JD.ID products are in your product list (linked or added as new).").replace(
                "%1", number(summary.linked)
            )
        )
        self.never_note.setText(
            self.tr(
                "%1 JD.ID products are never changed by export sync: they have no SKU code, or "
                "share one with another product. Fix them in Seller Center, then import again."
            ).replace("%1", number(never))
        )
        self.never_note.setVisible(bool(never))
        self.last_import.setText(
            locale_forms.date_time_iso(summary.last_import_at)
            if summary.last_import_at
            else self.tr("Not yet")
        )

    def update_blocked(self) -> None:
        if self.state in (PREVIEWING, CONFIRMING):
            self.set_blocked(self.tr("Next waits until you have checked the changes."))
        elif self.state in (PUSHING, STOPPING):
            self.set_blocked(
                self.tr(
                    "Changes are being sent to JD.ID. Wait until they are sent, or turn export "
                    "sync Off to stop."
                )
            )
        else:
            self.set_blocked(None)

    def retranslate(self) -> None:
        super().retranslate()
        self.body.setText(tr_step(self.step.body))
        self.shop_label.setText(self.tr("Shop:"))
        self.linked_label.setText(self.tr("Products:"))
        self.import_label.setText(self.tr("Last import:"))
        self.switch.setText(self.tr("Export sync"))
        self.meaning.setText(
            self.tr(
                "When export sync is On, this app updates stock, price and listing status on "
                "JD.ID from your master product list. Before anything is sent you see what "
                "would change. While it is Off, nothing on JD.ID is changed."
            )
        )
        self.when_sent.setText(
            self.tr(
                'Changes are sent when you click "Check for changes and send" after updating '
                "your product list, and each time the automatic sync runs (your support staff "
                "can set it up for you)."
            )
        )
        self.send_button.setText(self.tr("Check for changes and send"))
        self.retry_button.setText(self.tr("Retry failed"))
        self._show_switch()
        self._refresh()

    def page_done(self) -> bool:
        return self.state == IDLE
