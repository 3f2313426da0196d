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
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from wizard.flow.problems import SYNC, SYNC_PAGE, sentence
from wizard.flow.steps import Step
from wizard.jobs import export_sync as core
from wizard.jobs import push_worker
from wizard.ui.bar_value import set_bar_value
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.sync import runner as sync_runner
from wizard.ui.pages.sync.display import (
    BUSY,
    CONFIRMING,
    IDLE,
    LOADING,
    NOT_READY,
    PREVIEWING,
    PUSHING,
    STOPPING,
    SyncPageDisplay,
)
from wizard.ui.pages.sync.views import PreviewDialog, number, zero_stock_text
from wizard.ui.problem_text import problem_sentence as _problem_sentence
from wizard.ui.turns import next_part
from wizard.ui.worker import LatestCall

if TYPE_CHECKING:
    from wizard.jdid import EndpointProfile
    from wizard.jobs import CancelToken

log = logging.getLogger(__name__)

CONTEXT = "SyncPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_sentence(exc: BaseException) -> str:
    """A sentence for the seller for anything the preview or the push can raise (why a
    sync stopped only for what JD.ID answered; anything else is the page's own)."""
    from wizard.jdid import JdidError

    places = (SYNC_PAGE, SYNC) if isinstance(exc, JdidError) else (SYNC_PAGE,)
    return _problem_sentence(exc, places)[1]


class SyncPage(SyncPageDisplay, BasePage):
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
        self._token: CancelToken | None = None  # the running push's
        self._latest = LatestCall(ctx.runner)  # summary, preview or push: the newest counts
        self._turning_on = False
        self.build_in_parts(self._parts())

    def _parts(self) -> Iterator[None]:
        yield from self._build_parts()
        self.ctx.profile_changed.connect(self._profile_changed)  # a method: gone with the page
        self.retranslate()

    # ----- entering ----------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.refresh_summary()
        self.retranslate()

    def _profile_changed(self, _profile: EndpointProfile | None) -> None:
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
        self._set_state(LOADING)
        self._latest.start(
            sync_runner.read_summary,
            target,
            on_result=self._summary_read,
            on_error=self._summary_failed,
            name="step 17: read summary",
        )

    def _summary_read(self, summary: sync_runner.SyncSummary) -> None:
        self.summary = summary
        if not summary.imported:
            self._not_ready(sentence("no_import", SYNC_PAGE, QCoreApplication.translate))
            return
        self.not_ready_reason = None
        self._set_state(IDLE)

    def _summary_failed(self, exc: BaseException) -> None:
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
            self._latest.cancel()  # the preview on its way is dropped, not shown
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
        self._set_state(PREVIEWING)
        self._latest.start(
            sync_runner.load_preview,
            target,
            dict(self.client_options),
            on_result=self._preview_ready,
            on_error=self._preview_failed,
            name="step 17: preview",
        )

    def _preview_ready(self, preview: core.SyncPreview) -> None:
        self.preview = preview
        self._set_state(CONFIRMING)
        dialog = PreviewDialog(preview, self._turning_on, self)
        dialog.accepted.connect(self._preview_accepted)
        dialog.rejected.connect(self._preview_rejected)
        # Built on this turn, shown on a later one: with its window's first paint, in one go
        # they held the window ~35 ms.
        next_part(self, lambda: self._open_preview(dialog))

    def _open_preview(self, dialog: PreviewDialog) -> None:
        if self.state != CONFIRMING or self.preview is not dialog.preview:
            dialog.deleteLater()  # the page moved on meanwhile
            return
        self.dialog = dialog
        dialog.open()

    def _preview_failed(self, exc: BaseException) -> None:
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
        # On a later turn of the event loop: the preview window closes and the switch's new
        # state paints first (together they held the window ~26 ms in one go). A zero timer
        # ran in the same pass as the closing, and the push's start held the window 20 ms.
        next_part(self, lambda: self._push(preview))

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
        self.bar.setValue(0)
        self.counts.setText("")
        self._set_state(PUSHING)
        self._latest.start(
            push_worker.run_in_child,  # its Python work would take the window's interpreter
            target,
            preview,
            self._token,
            dict(self.client_options),
            on_progress=self._progress,
            on_result=self._pushed,
            on_error=self._push_failed,
            name="step 17: push to JD.ID",
        )

    def retry_failed(self) -> None:
        if self.last_result is None or self.last_pushed is None or not self.sync_on:
            return
        self._push(self.last_result.retry_preview(self.last_pushed))

    def _progress(self, p: core.PushProgress) -> None:
        set_bar_value(self.bar, int(p.fraction * 1000))
        text = (
            self.tr("%1 of %2 changes sent")
            .replace("%1", number(p.done))
            .replace("%2", number(p.total))
        )
        if p.failed:
            text += " \u00b7 " + self.tr("%1 failed").replace("%1", number(p.failed))
        self.counts.setText(text)

    def _pushed(self, result: core.PushResult) -> None:
        self._token = None
        self.last_result = result
        self.bar.setValue(1000 if result.ok else self.bar.value())
        self.result.setText(self._result_text(result))
        self.failures.set_failures(result.failures)
        # The summary stays as it was: a push writes stock, prices and shelf states, never
        # the link classes, masters or imports it counts. Reading it again here had the
        # switch wait once more, and the read's thread took turns with the result's paint.
        self._set_state(IDLE)

    def _push_failed(self, exc: BaseException) -> None:
        self._token = None
        self.problem = problem_sentence(exc)
        self._set_state(IDLE)

    def page_done(self) -> bool:
        return self.state == IDLE
