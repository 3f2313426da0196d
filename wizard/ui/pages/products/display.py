"""Step 16's texts: what the import page says in each state and language.

A mixin of ImportPage (page.py), which holds the behaviour: entering, the import, the
report and the master list. Texts are in the "ImportPage" context (explicit, so they do
not depend on the class they are written in).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWizard,
)

from wizard.flow.problems import fix_step
from wizard.jobs import import_texts
from wizard.ui.bar_value import set_bar_value

CHECKING = "checking"  # reading the product list: is there a half import, a finished one?
READY = "ready"
RUNNING = "running"
STOPPING = "stopping"
STOPPED = "stopped"  # cancelled; Resume continues
FAILED = "failed"
DONE = "done"
_BUSY = (RUNNING, STOPPING)  # an import is in flight: Back stays off

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def duration_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return translate("ImportPage", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return (
            translate("ImportPage", "%1 min %2 s")
            .replace("%1", str(seconds // 60))
            .replace("%2", str(seconds % 60))
        )
    hours, rest = divmod(seconds, 3600)
    return (
        translate("ImportPage", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(rest // 60))
    )


class ImportPageDisplay:
    """Builds the page's widgets and shows its state (mixed into ImportPage)."""

    # ----- display --------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.set_busy(state in _BUSY)  # the flow keeps Back off while an import is in flight
        if state != FAILED:
            self.problem_key = None
        self.update_blocked()

    def update_blocked(self) -> None:
        state = self.state
        running = state in (RUNNING, STOPPING)
        self.start_box.setVisible(state in (CHECKING, READY))
        self.intro.setVisible(state in (CHECKING, READY))
        self.rules.setVisible(state != DONE)
        self.start_button.setEnabled(state == READY and not self.masters_busy)
        p = self.last_progress
        stopped_half_way = state == FAILED and p is not None and p.spus_done > 0
        self.progress_box.setVisible(running or state == STOPPED or stopped_half_way)
        self.running_note.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(state == RUNNING)
        self.resume_button.setVisible(state == STOPPED)
        self.problem_box.setVisible(state == FAILED)
        self.report_box.setVisible(state == DONE)
        self.masters_box.setVisible(state in (READY, DONE, CHECKING))
        self.masters_button.setEnabled(state in (READY, DONE) and not self.masters_busy)
        self.again_button.setEnabled(not self.masters_busy)
        self.masters_status.setText(self._masters_message)
        self.masters_status.setVisible(bool(self._masters_message))
        self.fix_button.setVisible(state == FAILED and fix_step(self.problem_key) is not None)
        self._refresh_state_texts()
        self.set_blocked(self._block_reason())

    def _block_reason(self) -> str | None:
        state = self.state
        if state == CHECKING:
            return translate(
                "ImportPage", "Wait a moment: the wizard is looking at your product list."
            )
        if state == READY:
            if self.masters_busy:
                return translate(
                    "ImportPage", "Wait a moment: the wizard is reading your master SKU list."
                )
            return translate(
                "ImportPage", "Click Start import to bring your products in from JD.ID."
            )
        if state == RUNNING:
            return translate(
                "ImportPage",
                "The import is running. Next comes on when it has finished; you can also "
                "cancel it and continue later.",
            )
        if state == STOPPING:
            return translate("ImportPage", "Stopping the import at a safe point\u2026")
        if state == STOPPED:
            return translate(
                "ImportPage", "The import stopped half-way. Click Resume to finish it."
            )
        if state == FAILED:
            return translate(
                "ImportPage", "The import cannot go on yet: see what to do above, then click Retry."
            )
        return None

    def _refresh_state_texts(self) -> None:
        state = self.state
        self.start_status.setText(
            translate("ImportPage", "Looking at your product list\u2026")
            if state == CHECKING
            else ""
        )
        self.problem_text.setText(self._problem_text)
        fix = fix_step(self.problem_key)
        if fix:
            self.fix_button.setText(
                translate("ImportPage", "&Go to step %1").replace("%1", str(int(fix[4:])))
            )
        if state in (RUNNING, STOPPING, STOPPED, FAILED):
            self._show_progress()
        if state == DONE:
            self._refresh_report_texts()

    def _show_progress(self) -> None:
        p = self.last_progress
        state = self.state
        if state == STOPPED:
            self.phase.setText(translate("ImportPage", "The import is paused"))
        elif state == FAILED:
            self.phase.setText(translate("ImportPage", "The import stopped"))
        elif state == STOPPING:
            self.phase.setText(translate("ImportPage", "Stopping the import at a safe point\u2026"))
        elif p is None or p.phase == "starting":
            self.phase.setText(translate("ImportPage", "Asking JD.ID for your product list\u2026"))
        elif p.phase == "linking":
            self.phase.setText(translate("ImportPage", "Linking your products by SKU code\u2026"))
        else:
            self.phase.setText(translate("ImportPage", "Importing your products from JD.ID\u2026"))
        if p is None:
            if state == STOPPED and self.pending is not None:
                run = self.pending
                self.bar.setRange(0, 1000)
                total = run.spus_total
                set_bar_value(self.bar, int(1000 * min(1.0, run.spus_done / total)) if total else 0)
                self.counts.setText(self._count_text(run.spus_done, total, run.skus_done))
            elif state in (RUNNING, STOPPING):
                self.bar.setRange(0, 0)  # busy until the first page says how many there are
                self.counts.setText("")
            return
        if p.spus_total or state not in _BUSY:
            self.bar.setRange(0, 1000)
            set_bar_value(self.bar, int(p.fraction * 1000))
        else:
            self.bar.setRange(0, 0)  # the first page has not said how many there are yet
        text = self._count_text(p.spus_done, p.spus_total, p.skus_done)
        if state == RUNNING:
            if p.eta_s is None:
                left = translate("ImportPage", "Working out how long it takes\u2026")
            else:
                left = translate("ImportPage", "About %1 left.").replace(
                    "%1", duration_text(p.eta_s)
                )
            text = f"{text}\n{left}"
        self.counts.setText(text)

    def _count_text(self, done: int, total: int, skus: int) -> str:
        if not total:
            return (
                translate("ImportPage", "%1 products checked so far, %2 SKUs read.")
                .replace("%1", str(done))
                .replace("%2", str(skus))
            )
        return (
            translate("ImportPage", "%1 of %2 products checked, %3 SKUs read.")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(skus))
        )

    def _refresh_report_texts(self) -> None:
        report = self.report
        if report is None:
            return
        c = report.counts
        text = translate(
            "ImportPage",
            "%1 JD.ID products (SKUs) are in your product list: %2 linked to products you "
            "already had, %3 new. It took %4.",
        )
        text = (
            text.replace("%1", str(c.imported))
            .replace("%2", str(c.matched))
            .replace("%3", str(c.new_master))
            .replace("%4", duration_text(report.elapsed_s))
        )
        if c.not_imported:
            text += " " + translate(
                "ImportPage",
                "%1 products imported before are not imported any more (not QC-passed now, or "
                "deleted); they are no longer linked.",
            ).replace("%1", str(c.not_imported))
        attention = sum(report.count(k) for k in ("skipped", "empty_sku", "duplicate_sku"))
        if attention:
            text += "\n" + translate(
                "ImportPage",
                "Some products need your attention: see the lists below. You can fix them "
                "later and import again.",
            )
        self.report_text.setText(text)
        self.export_status.setText(self._export_message)
        self.export_status.setVisible(bool(self._export_message))

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "ImportPage",
                "Your store is connected. Now the wizard brings your products in from JD.ID: "
                "click Start import. It can take a few minutes for a big store; you can keep "
                "using the computer meanwhile. After this, one more step: export sync.",
            )
        )
        self.rules.setText(
            translate(
                "ImportPage",
                "Only products that have passed JD.ID\u2019s product check (\u201cQC passed\u201d) "
                "are imported. Products still waiting for QC, or rejected, are left out and "
                "listed at the end, so you know which ones to fix.\n"
                "Each JD.ID product is linked to your own product with the same SKU code. If "
                "none of your products has that code yet, a new product is made for it.",
            )
        )
        self.practice_note.setText(
            translate(
                "ImportPage",
                "Practice mode: the products come from the practice store and go into a "
                "separate practice product list, never into your real one.",
            )
        )
        self.practice_note.setVisible(self.ctx.practice)
        self.masters_heading.setText(translate("ImportPage", "Your master SKU list (optional)"))
        self.masters_text.setText(
            translate(
                "ImportPage",
                "Do you already keep your products with their SKU codes in a spreadsheet? "
                "Save it as CSV with the columns sku, name, stock and price and load it before "
                "the import: JD.ID products with the same SKU code are then linked to them. "
                "You will see a summary first; nothing is saved until you accept it.",
            )
        )
        self.masters_button.setText(
            translate("ImportPage", "&Load my master SKU list (optional)\u2026")
        )
        self.start_button.setText(translate("ImportPage", "&Start import"))
        self.running_note.setText(
            translate(
                "ImportPage",
                "Your products are being imported from JD.ID. You can leave this window open "
                "in the background; you will be told when it is done.",
            )
        )
        self.cancel_button.setText(translate("ImportPage", "&Cancel import"))
        self.cancel_button.setToolTip(
            translate(
                "ImportPage", "Stops at a safe point. Resume later continues where it stopped."
            )
        )
        self.resume_button.setText(translate("ImportPage", "&Resume import"))
        self.retry_button.setText(translate("ImportPage", "&Retry"))
        self.bar.setAccessibleName(translate("ImportPage", "Import progress"))
        self.report_heading.setText(translate("ImportPage", "The import is finished"))
        self.again_button.setText(translate("ImportPage", "&Import again"))
        self.again_button.setToolTip(
            translate(
                "ImportPage",
                "After fixing products in JD.ID Seller Center, import again to bring them in.",
            )
        )
        self.summary.retranslate()
        for dialog in self.list_dialogs.values():
            dialog.retranslate()
        if self.masters_dialog is not None:
            self.masters_dialog.retranslate()
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportPage", "&Next >"))
        super().retranslate()


def _tr_report(text: str) -> str:
    return QCoreApplication.translate(import_texts.CONTEXT, text)
