"""Step 17 as a seller uses it: the switch, the preview, the push, failures, turning it Off."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from tests.jobs.test_export_sync import change_masters, inactive_spu, write_calls, written_ids
from wizard.appdata import secrets
from wizard.appdata.paths import resolve_paths
from wizard.appdata.settings import Settings
from wizard.flow.steps import step
from wizard.jobs import ImportJob
from wizard.sandbox.practice_login import practice_login
from wizard.ui.context import WizardContext
from wizard.ui.pages.sync.page import IDLE, NOT_READY, PUSHING, SyncPage

# Showing a top-level window on the offscreen platform (harmless there).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SHOTS = os.environ.get("SYNC_SHOTS")  # a folder: save what the seller sees as PNG


class Setup:
    def __init__(self, server, qtbot, import_first: bool = True) -> None:  # noqa: ANN001
        self.server, self.qtbot = server, qtbot
        account = server.account
        self.paths = resolve_paths().ensure()
        settings = Settings(
            store_name=account.shop_name, shop_id=str(account.shop_id), api_key=account.app_key
        )
        settings.save(self.paths.settings_file)
        token = practice_login(server)
        secrets.save_api_secret(account.app_key, account.app_secret)
        secrets.save_token(account.app_key, token)
        self.catalog = self.paths.catalog_file
        if import_first:
            from wizard.jdid import JdidClient

            with JdidClient(server.profile, account.app_key, account.app_secret, token) as c:
                ImportJob(c, self.catalog, str(account.shop_id)).run()
        server.clear_call_log()
        self.pages: list[SyncPage] = []

    def open_page(self) -> SyncPage:
        """The page as the wizard opens it (settings read from the file, like a reopen)."""
        ctx = WizardContext(self.paths, Settings.load(self.paths.settings_file))
        ctx.profile = self.server.profile
        page = SyncPage(ctx, step("step17"))
        self.qtbot.addWidget(page)
        page.resize(900, 760)
        page.show()
        page.initializePage()
        self.qtbot.waitUntil(lambda: page.state in (IDLE, NOT_READY), timeout=10_000)
        self.pages.append(page)
        return page

    def close(self) -> None:
        for page in self.pages:
            page.ctx.runner.wait(10_000)


@pytest.fixture
def setup(app_home, memory_keyring, make_sandbox, qtbot):  # noqa: ANN001
    made: list[Setup] = []

    def make(import_first: bool = True, **sandbox) -> Setup:  # noqa: ANN003
        s = Setup(make_sandbox(**sandbox), qtbot, import_first)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


class StyleChanges(QObject):
    """Counts the restyles (style sheet set) of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_preview(page: SyncPage, qtbot, via_switch: bool = True):  # noqa: ANN001, ANN201
    if via_switch:
        page.switch.click()
    else:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.why_off.isVisible()  # it says what it is doing
    # Turning On waits for the preview; when already On, Off stays possible meanwhile.
    assert page.switch.isEnabled() == (not via_switch)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=10_000)
    return page.dialog


def wait_idle(page: SyncPage, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.state == IDLE, timeout=20_000)


def test_the_switch_starts_off_and_says_what_on_means(setup) -> None:  # noqa: ANN001
    s = setup()
    page = s.open_page()
    assert not page.switch.isChecked() and page.switch.isEnabled()
    assert page.switch_state.text() == "Off: nothing is sent to JD.ID"
    assert "updates stock, price and listing status on JD.ID" in page.meaning.text()
    assert s.server.account.shop_name in page.shop.text()
    assert str(s.server.account.shop_id) in page.shop.text()
    assert "JD.ID products are in your product list" in page.linked.text()
    assert "never changed" in page.never_note.text() and page.never_note.isVisible()
    assert page.last_import.text() not in ("", "Not yet")
    assert page.blocked_reason is None and not page.send_button.isVisible()
    shot(page, "step17-off")


def test_without_an_import_the_switch_waits_and_says_why(setup) -> None:  # noqa: ANN001
    page = setup(import_first=False).open_page()
    assert page.state == NOT_READY and not page.switch.isEnabled()
    assert "Import your products first (step 16)" in page.why_off.text()
    assert page.why_off.isVisible()


def test_when_on_it_can_always_be_turned_off(setup) -> None:  # noqa: ANN001
    s = setup(import_first=False)
    settings = Settings.load(s.paths.settings_file)
    settings.export_sync = True
    settings.save(s.paths.settings_file)
    page = s.open_page()
    assert page.state == NOT_READY and page.why_off.isVisible()
    assert page.switch.isChecked() and page.switch.isEnabled()
    page.switch.click()
    assert page.ctx.flush_saves(10)
    assert not Settings.load(s.paths.settings_file).export_sync
    assert not page.switch.isChecked() and not page.switch.isEnabled()


def test_turning_on_shows_the_preview_then_sends_it(setup, qtbot) -> None:  # noqa: ANN001
    s = setup()
    change_masters(s.catalog)
    off_spu = inactive_spu(s.catalog)
    page = s.open_page()
    dialog = open_preview(page, qtbot)
    preview = dialog.preview
    assert page.blocked_reason  # Finish waits, with a reason
    assert dialog.model.rowCount() == len(preview.changes) + len(preview.shelf)
    assert f"New stock: {preview.stock_changes}" in dialog.counts.text()
    # Prices as a seller writes them (issue 10, defect 5): "Rp12,500 -> Rp13,500".
    priced = next(i for i, c in enumerate(preview.changes) if c.price_changed)
    shown = dialog.model.data(dialog.model.index(priced, 4))
    assert shown.count("Rp") == 2 and "," in shown  # old and new, thousands grouped
    assert not dialog.zero_note.isVisible()
    assert write_calls(s.server) == 0  # the preview only read
    assert not page.ctx.settings.export_sync  # not On before the seller confirms
    dialog.resize(900, 520)
    shot(dialog, "step17-preview")

    summary_before = (page.linked.text(), page.last_import.text(), page.never_note.text())
    states: list[str] = []
    set_state = page._set_state
    page._set_state = lambda state: (states.append(state), set_state(state))[1]
    restyles = StyleChanges(page.switch_state)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_idle(page, qtbot)
    result = page.last_result
    assert result is not None and result.ok
    # Done means done: the switch does not wait for the summary again (a push changes no
    # count it shows), and the summary still says what it said.
    assert states == [PUSHING, IDLE] and page.switch.isEnabled()
    assert (page.linked.text(), page.last_import.text(), page.never_note.text()) == summary_before
    # The On/Off line is restyled when its colour changes (Off to On), not at every state:
    # each restyle held the window a few ms.
    assert restyles.count == 1
    state = s.server.state
    for c in preview.changes:  # read back from the sandbox
        assert (state.stock(c.sku_id), state.price(c.sku_id)) == (c.new_stock, c.new_price)
    assert not state.on_sale(off_spu)
    assert "Sent to JD.ID: stock of" in page.result.text()
    assert page.switch.isChecked() and page.switch_state.text() == "On: changes are sent to JD.ID"
    shot(page, "step17-on")

    # The switch's state persists: a reopened wizard shows it On.
    reopened = s.open_page()
    assert reopened.switch.isChecked() and reopened.send_button.isVisible()

    # With nothing changed since, "Check for changes" finds nothing and sends nothing.
    s.server.clear_call_log()
    again = open_preview(reopened, qtbot, via_switch=False)
    assert again.preview.empty and not again.table.isVisible()
    # Issue 10, defect 6: no stray Cancel drawn over the sentence; Close is the one answer.
    assert not again.cancel_button.isVisible() and again.send_button.isVisible()
    qtbot.mouseClick(again.send_button, Qt.MouseButton.LeftButton)
    wait_idle(reopened, qtbot)
    assert write_calls(s.server) == 0


def test_cancel_in_the_preview_sends_nothing_and_stays_off(setup, qtbot) -> None:  # noqa: ANN001
    s = setup()
    change_masters(s.catalog)
    page = s.open_page()
    dialog = open_preview(page, qtbot)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(page, qtbot)
    assert write_calls(s.server) == 0
    assert page.ctx.flush_saves(10)
    assert not page.switch.isChecked() and not Settings.load(s.paths.settings_file).export_sync
    assert "Nothing was sent" in page.result.text()


def test_the_zero_stock_question_and_no_sends_nothing(setup, qtbot) -> None:  # noqa: ANN001
    s = setup()
    change_masters(s.catalog, zero_every=2)
    page = s.open_page()
    dialog = open_preview(page, qtbot)
    assert dialog.zero_note.isVisible() and "to 0" in dialog.zero_note.text()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.zero_question is not None)
    question = page.zero_question
    assert "buyers could not order them" in question.text()
    shot(question, "step17-zero-question")
    no = question.findChild(type(dialog.send_button), "zeroNo")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    wait_idle(page, qtbot)
    assert write_calls(s.server) == 0
    assert not page.switch.isChecked() and not page.ctx.settings.export_sync


def test_failures_are_listed_and_retry_sends_them(setup, qtbot) -> None:  # noqa: ANN001
    s = setup()
    change_masters(s.catalog, every=1)
    page = s.open_page()
    dialog = open_preview(page, qtbot)
    failing = {c.sku_id for c in dialog.preview.changes[:2]}
    s.server.configure(fail_sku_writes=frozenset(failing))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_idle(page, qtbot)
    assert page.failures.isVisible() and page.retry_button.isVisible()
    model = page.failures.model
    assert {model.rows[i].sku_id for i in range(model.rowCount())} == failing
    reason = model.data(model.index(0, 3))
    assert reason.startswith("JD.ID refused it:") and "locked" in reason
    shot(page, "step17-failures")

    s.server.configure(fail_sku_writes=frozenset())
    s.server.clear_call_log()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(page, qtbot)
    assert page.last_result.ok and not page.failures.isVisible()
    assert written_ids(s.server)[0] == failing
    state = s.server.state
    for c in dialog.preview.changes:
        assert (state.stock(c.sku_id), state.price(c.sku_id)) == (c.new_stock, c.new_price)


def test_turning_off_during_the_push_stops_it(setup, qtbot) -> None:  # noqa: ANN001
    s = setup(spus=200)
    change_masters(s.catalog, every=1)
    page = s.open_page()
    dialog = open_preview(page, qtbot)
    total_calls = dialog.preview.price_changes + -(-dialog.preview.stock_changes // 50)
    s.server.configure(latency_ms=60)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == PUSHING and write_calls(s.server) > 0, timeout=10_000)
    assert page.switch.isEnabled() and page.progress_box.isVisible()
    assert "turn export sync Off to stop" in page.blocked_reason
    shot(page, "step17-pushing")
    page.switch.click()  # Off
    assert page.ctx.flush_saves(10)
    assert not Settings.load(s.paths.settings_file).export_sync  # saved at once
    wait_idle(page, qtbot)
    result = page.last_result
    assert result.cancelled and result.not_started > 0
    assert write_calls(s.server) == result.calls < total_calls
    assert "Export sync was turned off" in page.result.text()
    assert not page.send_button.isVisible()


def test_the_summary_names_the_practice_store_and_agrees_with_the_report(setup) -> None:  # noqa: ANN001
    """Issue 10, defect 4: the seller skipped the store name at step 7; step 17 still names
    the practice store, and its count is the report's linked plus new products."""
    from wizard.jobs.import_report import ImportReport

    s = setup()
    Settings(shop_id=str(s.server.account.shop_id), api_key=s.server.account.app_key).save(
        s.paths.settings_file
    )
    ctx = WizardContext(s.paths, Settings.load(s.paths.settings_file))
    ctx.profile, ctx.sandbox = s.server.profile, s.server
    page = SyncPage(ctx, step("step17"))
    s.qtbot.addWidget(page)
    page.show()
    page.initializePage()
    s.qtbot.waitUntil(lambda: page.state == IDLE, timeout=10_000)
    s.pages.append(page)
    assert page.shop.text().startswith(s.server.account.shop_name)
    assert "Your JD.ID store" not in page.shop.text()
    report = ImportReport.last(s.catalog, str(s.server.account.shop_id))
    shown = int(page.linked.text().split()[0].replace(",", ""))
    assert shown == report.count("linked") + report.count("new_masters")
    assert "python" not in page.when_sent.text() and "Finish" not in (page.blocked_reason or "")


def test_a_big_preview_table_never_asks_for_row_headers(qtbot) -> None:  # noqa: ANN001
    # A shown row header would ask for each row's header as the model is set (3-6 ms and
    # 800 calls of Python for 10,000 changes, on the window's thread), then hide.
    from wizard.jobs.export_sync import SkuChange, SyncPreview
    from wizard.ui.pages.sync import views

    changes = tuple(SkuChange(i, i, f"SKU-{i}", f"Produk {i}", 1, 2, 10, 10) for i in range(10_000))
    model = views.ChangesModel(SyncPreview("shop", 10_000, 0, 0, changes))
    asked: list[Qt.Orientation] = []
    header_data = model.headerData

    def counting(section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        asked.append(orientation)
        return header_data(section, orientation, role)

    model.headerData = counting
    view = views.table_view(model, "changes", None)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert Qt.Orientation.Horizontal in asked  # the column titles are there
    assert Qt.Orientation.Vertical not in asked


def test_a_push_whose_child_was_stopped_by_the_computer_says_what_to_do() -> None:
    from wizard.jobs.child_job import WorkerLost
    from wizard.ui.pages.sync.page import problem_sentence

    text = problem_sentence(WorkerLost("Ran out of input"))
    assert "stopped by the computer" in text and "the preview shows what is still to send" in text
