"""Step 16 driven like a seller: the real ImportPage, a real sandbox over HTTP, a real SQLite
catalog under the test's app folder, secrets in the memory keyring (as steps 13-14 leave them).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWizard

from tests.jobs.conftest import catalog_content, client_for, expected_classes
from tests.ui.import_helpers import Host, connect_store, host_page
from wizard.appdata import secrets
from wizard.appdata.secrets import NoKeyring
from wizard.catalog import Catalog, CatalogError
from wizard.catalog import texts as catalog_texts
from wizard.jdid import AUDIT_PASSED, WARE_DELETED, LoginExpired, OAuthDenied
from wizard.jobs import REPORT_KINDS, ImportJob, import_texts
from wizard.jobs.child_job import WorkerLost
from wizard.ui.pages.products.notify import ALERT, TRAY, notification_kind
from wizard.ui.pages.products.page import (
    DONE,
    FAILED,
    READY,
    RUNNING,
    STOPPED,
    ImportPage,
    duration_text,
    problem_sentence,
)
from wizard.ui.pages.products.report_view import MAX_COLUMN_PX, ReportSummary
from wizard.ui.pages.products.runner import catalog_path

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)

BACK = QWizard.WizardButton.BackButton
NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def hosts(qtbot, app_home, memory_keyring):  # noqa: ANN001, ANN201
    made: list[Host] = []

    def make(store, practice: bool = False) -> Host:  # noqa: ANN001
        host = host_page(qtbot, store, practice)
        made.append(host)
        return host

    yield make
    for host in made:
        host.close()


def click(qtbot, widget) -> None:  # noqa: ANN001
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_state(qtbot, page, state: str, timeout: int = 30_000) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.state == state, timeout=timeout)


def shop_expectations(server) -> dict[str, object]:  # noqa: ANN001
    """Each report count, worked out from the sandbox's own data."""
    classes = Counter(expected_classes(server).values())
    spus = server.state.spus()
    skipped = [s for s in spus if s.audit_status != AUDIT_PASSED or s.ware_status == WARE_DELETED]
    return {
        "imported": sum(classes.values()),
        "linked": 0,
        "new_masters": classes["new_master"],
        "skipped": len(skipped),
        "empty_sku": classes["empty_sku"],
        "duplicate_sku": classes["duplicate_sku"],
        "not_qc_passed_names": sorted(s.name for s in skipped if s.ware_status != WARE_DELETED),
    }


def test_start_import_shows_progress_then_a_report_that_matches_the_shop(
    qtbot, make_sandbox, hosts, tmp_path
):  # noqa: ANN001
    server = make_sandbox(spus=150, latency_ms=8)
    host = hosts(connect_store(server))
    page, wizard = host.page, host.wizard
    wait_state(qtbot, page, READY)
    # Before: the rules in plain words; Next waits for the import and says why.
    assert "QC passed" in page.rules.text() and "same SKU code" in page.rules.text()
    # Not "the last step": export sync follows (issue 10, defect 4).
    assert "last step" not in page.intro.text() and "export sync" in page.intro.text()
    assert not wizard.button(NEXT).isEnabled() and "Start import" in page.blocked_label.text()
    assert wizard.button(BACK).isEnabled() and not page.ctx.flow.committed("step16")
    # The optional master list comes before Start import: it is loaded before the import.
    assert page.masters_box.isVisible()
    assert page.masters_box.geometry().bottom() < page.start_box.geometry().top()
    page.window_active = lambda: False  # the seller went to another window
    page.long_import_s = 0.0

    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: "products checked" in page.counts.text(), timeout=10_000)
    assert page.progress_box.isVisible() and page.running_note.isVisible()
    assert not wizard.button(BACK).isEnabled()  # at once: the import is running
    assert page.ctx.flow.committed("step16")  # the flow knows: Back stays off after it
    # QWizard's own commit page waits until the page is left (BasePage.commit): its Next.
    assert not page.isCommitPage() and wizard.button(NEXT).isVisible()
    assert page.cancel_button.isVisible() and page.blocked_label.isVisible()
    wait_state(qtbot, page, DONE)

    want = shop_expectations(server)
    for kind in REPORT_KINDS:
        assert page.summary.counts[kind].text() == str(want[kind]), kind
    assert want["empty_sku"] and want["duplicate_sku"] and want["skipped"]  # all cases seen
    for kind in ("empty_sku", "duplicate_sku", "skipped"):  # what to do about it, in words
        assert page.summary.advice[kind].isVisible()
        assert "import again" in page.summary.advice[kind].text()
    assert "Seller Center" in page.summary.advice["empty_sku"].text()
    assert page.notifier.shown and page.notifier.shown[0][0] in (ALERT, TRAY)
    assert not page.summary.show_buttons["linked"].isEnabled()  # empty list: nothing to show

    # Each list opens in a table with every row; the skipped one names the products.
    for kind in REPORT_KINDS:
        if not want[kind]:
            continue
        click(qtbot, page.summary.show_buttons[kind])
        dialog = page.list_dialogs[kind]
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=10_000)
        assert dialog.isVisible() and dialog.model.rowCount() == want[kind], kind
        assert dialog.advice.text() and str(want[kind]) in dialog.status.text()
        # The columns fit the texts of the first rows (the last one stretches), the row
        # numbers fit the largest one.
        table, model, metrics = dialog.table, dialog.model, dialog.table.fontMetrics()
        for c in range(model.columnCount() - 1):
            texts = [model.data(model.index(r, c)) for r in range(min(100, want[kind]))]
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            assert table.columnWidth(c) >= min(MAX_COLUMN_PX, widest), (kind, c)
        assert table.verticalHeader().width() >= metrics.horizontalAdvance(str(want[kind]))
        if kind == "skipped":
            names = [dialog.model.rows[r][0] for r in range(dialog.model.rowCount())]
            reasons = {dialog.model.rows[r][3] for r in range(dialog.model.rowCount())}
            assert "Not QC-passed" in reasons
            not_qc = [
                n
                for n, row in zip(names, dialog.model.rows, strict=True)
                if row[3] == "Not QC-passed"
            ]
            assert sorted(not_qc) == want["not_qc_passed_names"]
        dialog.close()

    # Closing a list while it is still being read is fine; it opens again afterwards.
    dialog = page.open_list("imported")
    dialog.close()
    qtbot.waitUntil(lambda: not host.ctx.runner.busy)
    again = page.open_list("imported")
    assert again is not dialog
    qtbot.waitUntil(lambda: again.loaded, timeout=10_000)
    assert again.model.rowCount() == want["imported"]
    again.close()

    # Save a list as CSV: the file has the header and every row.
    target = tmp_path / "no-sku.csv"
    page.exporter.ask_path = lambda _parent, _suggested: str(target)
    click(qtbot, page.summary.save_buttons["empty_sku"])
    qtbot.waitUntil(lambda: str(target) in page.export_status.text(), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "JD.ID product" and len(rows) == 1 + want["empty_sku"]

    # A language change redraws the page without losing the report.
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.summary.counts["imported"].text() == str(want["imported"])

    # Next goes on; after it, Back cannot re-enter the import (a commit page).
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is not page and not wizard.button(BACK).isEnabled()
    assert page.isCommitPage()  # QWizard's too, as the page was left


def test_the_report_rows_are_built_a_list_at_a_time_while_the_import_runs(
    qtbot, make_sandbox, hosts
):  # noqa: ANN001
    # The ~40 widgets of the report's rows in one go held the window as the report appeared:
    # they are built ahead, one list per event-loop turn, while the import runs.
    server = make_sandbox(spus=40, latency_ms=300)  # an import of a few seconds
    host = hosts(connect_store(server))
    page, summary = host.page, host.page.summary
    wait_state(qtbot, page, READY)
    assert not summary.titles  # nothing built for a report that may never come
    page.window_active = lambda: True
    state_at_finish: list[str] = []  # the page's own slot runs first
    page.runner.finished.connect(lambda _report: state_at_finish.append(page.state))
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: len(summary.titles) == len(REPORT_KINDS), timeout=10_000)
    assert page.state == RUNNING and not page.report_box.isVisible()
    wait_state(qtbot, page, DONE)
    # The report came in parts, each on an event-loop turn: its texts, the page's new
    # layout, then its paint (the page draws itself again after that).
    assert state_at_finish == [RUNNING] and page.report is not None
    assert page.report_box.isVisible()
    qtbot.waitUntil(page.updatesEnabled)

    # One row per list, in the lists' order, each with its title and count, none twice.
    grid = summary._grid
    want = shop_expectations(server)
    for i, kind in enumerate(REPORT_KINDS):
        assert grid.getItemPosition(grid.indexOf(summary.counts[kind]))[:2] == (2 * i, 0)
        assert summary.titles[kind].isVisible() and summary.titles[kind].text() != kind
        assert summary.counts[kind].text() == str(want[kind]), kind
    assert len(summary.findChildren(QPushButton)) == 2 * len(REPORT_KINDS)

    # A report that comes while only some rows are built: the rest are built at once.
    fresh = ReportSummary(page)
    fresh.prepare()  # its first turn: one list's row
    assert list(fresh.titles) == [REPORT_KINDS[0]]
    fresh.set_report(page.report)
    assert list(fresh.titles) == list(REPORT_KINDS)
    qtbot.wait(50)  # the turns prepare() had scheduled build nothing more
    assert len(fresh.findChildren(QPushButton)) == 2 * len(REPORT_KINDS)
    for i, kind in enumerate(REPORT_KINDS):
        position = fresh._grid.getItemPosition(fresh._grid.indexOf(fresh.titles[kind]))
        assert position[:2] == (2 * i, 1)
        assert fresh.counts[kind].text() == str(want[kind]), kind


def test_a_list_is_read_once_its_window_has_painted(qtbot, make_sandbox, hosts):  # noqa: ANN001
    server = make_sandbox(spus=60, latency_ms=2)
    host = hosts(connect_store(server))
    page = host.page
    wait_state(qtbot, page, READY)
    page.window_active = lambda: True
    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)
    qtbot.waitUntil(lambda: not host.ctx.runner.busy)
    rows = page.report.count("imported")
    dialog = page.open_list("imported")
    # Not yet: the reader's thread would take the interpreter from the window's first paint.
    assert not host.ctx.runner.busy and dialog.model.rowCount() == 0
    assert f"0 of {rows} rows" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.model.rowCount() == rows and dialog.status.text() == f"{rows} rows"
    dialog.close()
    # A list window that never paints (hidden at once) is read all the same.
    hidden = page.open_list("imported")
    hidden.hide()
    qtbot.waitUntil(lambda: hidden.loaded, timeout=10_000)
    assert hidden.model.rowCount() == rows


def test_cancel_then_resume_after_a_restart_ends_like_an_uninterrupted_import(
    qtbot, make_sandbox, hosts, tmp_path
):  # noqa: ANN001
    server = make_sandbox(spus=160, latency_ms=15)
    store = connect_store(server)
    reference = tmp_path / "reference.sqlite3"
    with client_for(server) as client:
        ImportJob(client, reference, store.settings.shop_id, page_size=20).run()

    host = hosts(store)
    page = host.page
    page.runner.job_options = {"page_size": 20}
    wait_state(qtbot, page, READY)
    click(qtbot, page.start_button)
    qtbot.waitUntil(
        lambda: page.last_progress is not None and page.last_progress.pages_done >= 2,
        timeout=15_000,
    )
    click(qtbot, page.cancel_button)
    wait_state(qtbot, page, STOPPED)
    assert page.resume_button.isVisible() and "Resume" in page.blocked_label.text()
    assert not host.wizard.button(NEXT).isEnabled()
    with Catalog.open(catalog_path(host.ctx)) as cat:
        pending = cat.resumable_run(store.settings.shop_id)
    assert pending is not None and 3 <= pending.next_page <= 7

    # The app is closed and opened again: the page offers to resume where it stopped.
    host.close()
    again = hosts(store)
    page = again.page
    page.runner.job_options = {"page_size": 20}
    wait_state(qtbot, page, STOPPED)
    assert page.ctx.flow.committed("step16") and str(pending.spus_done) in page.counts.text()
    click(qtbot, page.resume_button)
    wait_state(qtbot, page, DONE)
    assert page.report.run_id == pending.id
    assert catalog_content(catalog_path(again.ctx)) == catalog_content(reference)


def test_a_master_list_saved_by_libreoffice_as_xlsx_is_read_and_its_sheet_named(
    qtbot, make_sandbox, hosts
):  # noqa: ANN001
    store = connect_store(make_sandbox(spus=10))
    page = hosts(store).page
    wait_state(qtbot, page, READY)
    corpus = Path(__file__).resolve().parents[1] / "masters" / "corpus"
    page.ask_open_path = lambda _parent: str(corpus / "libreoffice.xlsx")
    click(qtbot, page.masters_button)
    qtbot.waitUntil(lambda: page.masters_dialog is not None, timeout=10_000)
    text = page.masters_dialog.summary.text()
    assert "3 products from libreoffice.xlsx" in text and 'Read the sheet "Produk".' in text
    click(qtbot, page.masters_dialog.cancel_button)


def test_master_csv_with_a_bad_row_shows_line_and_reason_and_saves_only_when_accepted(
    qtbot, make_sandbox, hosts, tmp_path
):  # noqa: ANN001
    server = make_sandbox(spus=40)
    linkable = next(
        sku.seller_sku_id
        for spu in server.state.spus()
        for sku in spu.skus
        if expected_classes(server).get(sku.sku_id) == "new_master"
    )
    masters = tmp_path / "masters.csv"
    masters.write_text(
        f"sku;name;stock;price\n{linkable};Kaos Polos;5;Rp 15.000\nB-2;Topi;lima;10000\n"
        "B-3;Tas;2;20000\n",
        encoding="utf-8",
    )
    store = connect_store(server)
    host = hosts(store)
    page = host.page
    wait_state(qtbot, page, READY)
    page.ask_open_path = lambda _parent: str(masters)

    def masters_saved() -> int:
        with Catalog.open(catalog_path(host.ctx)) as cat:
            return cat.count_masters()

    click(qtbot, page.masters_button)
    qtbot.waitUntil(lambda: page.masters_dialog is not None, timeout=10_000)
    dialog = page.masters_dialog
    assert dialog.isVisible()
    assert dialog.problem_rows() == [("3", 'Line 3: the stock "lima" is not a whole number.')]
    assert "2 products from masters.csv" in dialog.summary.text()
    assert "Read as text in UTF-8, separated by semicolons (;)." in dialog.summary.text()
    assert "Your JD.ID products are not imported yet" in dialog.summary.text()
    assert masters_saved() == 0  # nothing written while the seller reads the summary
    click(qtbot, dialog.cancel_button)
    assert "Nothing was saved" in page.masters_status.text() and masters_saved() == 0

    click(qtbot, page.masters_button)
    qtbot.waitUntil(lambda: page.masters_dialog is not dialog, timeout=10_000)
    click(qtbot, page.masters_dialog.save_button)
    qtbot.waitUntil(lambda: "2 products from your list are saved" in page.masters_status.text())
    assert masters_saved() == 2

    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)
    assert page.summary.counts["linked"].text() == "1"  # linked by SKU code to the list

    # The same list after the import: the dialog says which of its products are on JD.ID.
    dialog = page.masters_dialog
    click(qtbot, page.masters_button)
    qtbot.waitUntil(lambda: page.masters_dialog is not dialog, timeout=10_000)
    assert (
        "1 of them have a JD.ID product with the same SKU code. The other 1 are not on JD.ID"
        in page.masters_dialog.summary.text()
    )
    click(qtbot, page.masters_dialog.cancel_button)


def _ready_page(qtbot, make_sandbox, hosts):  # noqa: ANN001, ANN202
    """Step 16 on a small practice shop, ready to import."""
    page = hosts(connect_store(make_sandbox(spus=5))).page
    wait_state(qtbot, page, READY)
    return page


def test_master_csv_that_cannot_be_used_says_why(qtbot, make_sandbox, hosts, tmp_path):  # noqa: ANN001
    page = _ready_page(qtbot, make_sandbox, hosts)
    bad = tmp_path / "list.csv"
    bad.write_text("kode;nama\nA;B\n", encoding="utf-8")
    page.load_masters(str(bad))
    qtbot.waitUntil(lambda: not page.masters_busy)
    assert "no column for: stock, price" in page.masters_status.text()
    assert page.masters_dialog is None


def test_unwritable_catalog_shows_a_sentence_and_retry_works(qtbot, make_sandbox, hosts):  # noqa: ANN001
    store = connect_store(make_sandbox(spus=20))
    store.paths.catalog_file.mkdir(parents=True)  # SQLite cannot open a folder as its file
    page = hosts(store).page
    wait_state(qtbot, page, FAILED)
    want = catalog_texts.CATALOG_ERRORS["catalog_read_only"].format(path=store.paths.catalog_file)
    assert page.problem_text.isVisible() and page.problem_text.text() == want
    assert "Traceback" not in page.problem_text.text()
    assert page.retry_button.isVisible() and "Retry" in page.blocked_label.text()

    store.paths.catalog_file.rmdir()
    click(qtbot, page.retry_button)
    wait_state(qtbot, page, READY)
    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)


def test_platform_failing_then_retry_finishes_in_practice_mode(qtbot, make_sandbox, hosts):  # noqa: ANN001
    server = make_sandbox(spus=60, fault_kinds=("http_500",))
    store = connect_store(server, practice=True)
    host = hosts(store, practice=True)
    page = host.page
    page.runner.client_options = {"max_attempts": 1, "backoff_s": 0.01}
    page.runner.job_options = {"retries": 0, "page_size": 20}
    wait_state(qtbot, page, READY)
    assert page.practice_note.isVisible()
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.last_progress is not None and page.last_progress.pages_done >= 1)
    server.configure(fault_rate=1.0)
    wait_state(qtbot, page, FAILED)
    assert page.problem_key == "platform_unreachable"
    assert page.progress_box.isVisible() and page.phase.text() == "The import stopped"
    assert page.problem_text.text() == import_texts.STOP_REASONS["platform_unreachable"]

    server.configure(fault_rate=0.0)
    click(qtbot, page.retry_button)
    wait_state(qtbot, page, DONE)
    assert page.summary.counts["imported"].text() == str(len(expected_classes(server)))
    # Practice products went to the practice list, not the seller's real one.
    assert catalog_path(host.ctx) != store.paths.catalog_file
    assert not store.paths.catalog_file.exists()


def test_stopped_platform_gives_a_sentence_not_a_traceback(qtbot, make_sandbox, hosts):  # noqa: ANN001
    server = make_sandbox(spus=10)
    store = connect_store(server)
    page = hosts(store).page
    page.runner.client_options = {"max_attempts": 1, "total_budget_s": 3}
    page.runner.job_options = {"retries": 0}
    wait_state(qtbot, page, READY)
    server.stop()
    click(qtbot, page.start_button)
    wait_state(qtbot, page, FAILED)
    assert page.problem_key in ("no_network", "platform_unreachable")
    assert page.problem_text.text() == import_texts.STOP_REASONS[page.problem_key]
    assert page.retry_button.isVisible() and page.retry_button.isEnabled()


def test_missing_login_says_where_to_fix_it(qtbot, make_sandbox, hosts):  # noqa: ANN001
    store = connect_store(make_sandbox(spus=5))
    secrets.delete_token(store.settings.api_key)
    page = hosts(store).page
    wait_state(qtbot, page, READY)
    click(qtbot, page.start_button)
    wait_state(qtbot, page, FAILED)
    assert page.problem_key == "not_logged_in" and "step 14" in page.problem_text.text()
    assert page.fix_button.isVisible() and page.fix_button.text() == "&Go to step 14"


@pytest.mark.parametrize(
    ("active", "elapsed", "tray", "want"),
    [
        (False, 60.0, True, TRAY),
        (False, 60.0, False, ALERT),
        (True, 600.0, True, None),  # the seller is looking at the window
        (False, 3.0, True, None),  # a quick import ends while they still look
    ],
)
def test_notification_only_for_a_long_import_in_the_background(active, elapsed, tray, want):  # noqa: ANN001
    assert notification_kind(active, elapsed, tray) == want


@pytest.mark.parametrize(
    ("exc", "key", "words"),
    [
        (NoKeyring("locked"), "no_keyring", "password store"),
        (CatalogError("catalog_locked", None), "catalog_locked", "in use by another program"),
        (OAuthDenied("x"), "platform_error", "JD.ID refused a request"),
        (LoginExpired("x"), "login_expired", "step 14"),
        (RuntimeError("boom"), "internal_error", "Something went wrong inside the wizard"),
        (WorkerLost("EOFError"), "worker_lost", "continues where it stopped"),
    ],
)
def test_every_error_becomes_a_sentence(exc, key, words):  # noqa: ANN001
    got_key, sentence = problem_sentence(exc)
    assert got_key == key and words in sentence
    assert "boom" not in sentence and "Traceback" not in sentence


def test_duration_words():
    assert duration_text(7.4) == "7 s"
    assert duration_text(125) == "2 min 5 s"
    assert duration_text(3 * 3600 + 600) == "3 h 10 min"


def test_in_the_real_wizard_next_goes_on_to_step_17_with_no_way_back(
    start, make_sandbox, memory_keyring, qtbot
):  # noqa: ANN001
    store = connect_store(make_sandbox(spus=20))
    d = start()
    wizard, ctx = d.wizard, d.ctx
    qtbot.waitUntil(lambda: ctx.profile is not None)  # set after the first paint
    ctx.profile = store.server.profile  # real mode, the sandbox's endpoints
    ctx.profile_changed.emit(ctx.profile)
    page = wizard.pages["step16"]
    assert isinstance(page, ImportPage)
    wizard.setStartId(wizard.page_id("step15"))
    wizard.restart()
    wizard.next()  # step 15 -> 16 (QWizard.next ignores step 15's own check)
    assert d.current == "step16"
    wait_state(qtbot, page, READY)
    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)
    click(qtbot, wizard.button(NEXT))
    assert d.current == "step17"
    assert not wizard.button(BACK).isEnabled()


def test_a_login_renewed_during_the_import_is_saved_back(qtbot, make_sandbox, hosts):  # noqa: ANN001
    server = make_sandbox(spus=20)
    store = connect_store(server)
    before = secrets.load_token(store.settings.api_key)
    server.expire_tokens()  # the stored access token is refused; the refresh token still works
    page = hosts(store).page
    wait_state(qtbot, page, READY)
    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)
    after = secrets.load_token(store.settings.api_key)
    assert after is not None and after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token  # the new pair, not the used one


def test_practice_mode_offers_the_sample_list_and_the_import_links_by_it(
    qtbot, make_sandbox, hosts
):  # noqa: ANN001
    server = make_sandbox(spus=40)
    store = connect_store(server, practice=True)
    host = hosts(store, practice=True)
    page = host.page
    wait_state(qtbot, page, READY)
    button = page.sample_button
    assert button.text() == "Use the practice list of my products"
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.masters_dialog is not None, timeout=10_000)
    rows = server.sample_master_rows()
    assert f"{len(rows)} products from practice-products.xlsx" in page.masters_dialog.summary.text()
    click(qtbot, page.masters_dialog.save_button)
    qtbot.waitUntil(lambda: "are saved" in page.masters_status.text(), timeout=10_000)
    click(qtbot, page.start_button)
    wait_state(qtbot, page, DONE)
    # Linked: the shop's importable SKUs whose code is on the sample list (from the seed).
    codes = {k.sku_id: k.seller_sku_id for s in server.state.spus() for k in s.skus}
    mine = {r.sku for r in rows}
    want = [
        i for i, c in expected_classes(server).items() if c == "new_master" and codes[i] in mine
    ]
    assert len(want) > 0
    assert page.summary.counts["linked"].text() == str(len(want))


def test_the_master_list_status_line_has_its_place_kept(qtbot, make_sandbox, hosts, tmp_path):  # noqa: ANN001
    # Shown and hidden in a place of its own, the line does not move the page: it did, and
    # the whole page was laid out and painted again each time (~15 ms on the window's thread).
    page = _ready_page(qtbot, make_sandbox, hosts)
    masters = tmp_path / "m.csv"
    masters.write_text("sku;name;stock;price\nA-1;Kaos;5;15000\n", encoding="utf-8")
    box = page.masters_box

    def box_height() -> int:
        return box.layout().totalHeightForWidth(box.width())

    before = box_height()
    assert page.masters_status.isHidden()
    page.load_masters(str(masters))
    assert not page.masters_status.isHidden()
    assert page.masters_status.text() == f"Reading {masters}\u2026"
    assert box_height() == before
    qtbot.waitUntil(lambda: page.masters_dialog is not None, timeout=10_000)
    click(qtbot, page.masters_dialog.cancel_button)
