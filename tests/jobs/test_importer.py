"""The importer against a real sandbox over HTTP: classes, idempotence, resume, progress."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.jobs.conftest import catalog_content, expected_classes
from wizard.catalog import Catalog, MasterRow
from wizard.jdid import AUDIT_PASSED, WARE_DELETED, LoginExpired
from wizard.jobs import ImportCancelled, ImportJob, Progress
from wizard.jobs.progress import DONE, FETCHING, LINKING
from wizard.sandbox.catalog import generate_shop


def test_import_classifies_every_sku_like_the_shop_says(sandbox, sandbox_token, clients, tmp_path):
    client = clients(sandbox, sandbox_token)
    shop = str(sandbox.account.shop_id)
    report = ImportJob(client, tmp_path / "c.sqlite3", shop, page_size=20).run()

    want = expected_classes(sandbox)
    content = catalog_content(tmp_path / "c.sqlite3")
    got = {row[0]: row[12] for row in content["listings"]}
    assert got == want
    c = report.counts
    assert c.imported == len(want)
    assert c.new_master == sum(v == "new_master" for v in want.values())
    assert c.empty_sku >= 1 and c.duplicate_sku >= 2  # the sandbox shop has each case

    spus = sandbox.state.spus()
    not_passed = {s.spu_id: s.name for s in spus if s.audit_status != AUDIT_PASSED}
    deleted = {s.spu_id for s in spus if s.ware_status == WARE_DELETED}
    skipped = report.rows("skipped")
    assert {r[4] for r in skipped} == set(not_passed) | deleted
    assert {r[4]: r[0] for r in skipped if r[3] == "Not QC-passed"} == {
        i: n for i, n in not_passed.items() if i not in deleted
    }
    assert report.count("skipped") == len(skipped)
    # listings of SPUs that are not audit-passed never reach the catalog
    skipped_skus = {k.sku_id for s in spus if s.spu_id in not_passed for k in s.skus}
    assert not skipped_skus & set(got)


def test_existing_masters_are_linked_and_a_reimport_changes_nothing(
    sandbox, sandbox_token, clients, tmp_path
):
    client = clients(sandbox, sandbox_token)
    shop = str(sandbox.account.shop_id)
    path = tmp_path / "c.sqlite3"
    want = expected_classes(sandbox)
    sku_codes = {
        k.sku_id: k.seller_sku_id for s in sandbox.state.spus() for k in s.skus if k.seller_sku_id
    }
    unique = [i for i, cls in want.items() if cls == "new_master"][:5]
    with Catalog.open(path) as cat:  # the seller's list, typed in lower case
        cat.save_masters(MasterRow(sku_codes[i].lower(), f"Mine {i}", 1, 100) for i in unique)

    first = ImportJob(client, path, shop).run()
    assert first.count("linked") == 5
    assert {r[5] for r in first.rows("linked")} == set(unique)
    assert (
        first.count("new_masters")
        == first.counts.new_master
        == len([c for c in want.values() if c == "new_master"]) - 5
    )
    content = catalog_content(path)

    second = ImportJob(client, path, shop).run()
    again = catalog_content(path)
    assert again["masters"] == content["masters"]  # nothing duplicated
    assert len(again["listings"]) == len(content["listings"])
    assert second.count("linked") == first.count("linked") + first.count("new_masters")
    assert second.count("new_masters") == 0


def test_cancel_then_resume_ends_like_an_uninterrupted_import(make_sandbox, clients, tmp_path):
    server = make_sandbox(spus=100, latency_ms=20)
    shop = str(server.account.shop_id)
    client = clients(server)

    reference = tmp_path / "reference.sqlite3"
    ImportJob(client, reference, shop, page_size=10).run()

    path = tmp_path / "c.sqlite3"
    job: ImportJob

    def cancel_after_three_pages(p: Progress) -> None:
        if p.pages_done >= 3:
            job.cancel()

    job = ImportJob(client, path, shop, page_size=10, on_progress=cancel_after_three_pages)
    with pytest.raises(ImportCancelled) as stopped:
        job.run()
    pending = ImportJob(client, path, shop).pending_run()
    assert pending is not None and pending.id == stopped.value.run_id
    assert pending.state == "cancelled" and 4 <= pending.next_page <= 9

    seen: list[Progress] = []
    resumed = ImportJob(client, path, shop, page_size=10, on_progress=seen.append).run()
    # it did not start from page 1, but at the first page not committed
    assert seen[0].pages_done == pending.next_page - 1
    assert seen[-1].spus_done == 100 and seen[-1].skus_done == resumed.counts.imported
    assert resumed.run_id == pending.id
    assert catalog_content(path) == catalog_content(reference)


def test_products_deleted_between_stop_and_resume_do_not_hide_others(
    make_sandbox, clients, tmp_path
):
    """Deleting products shifts the later ones to earlier pages; the resume walks the SPU
    list again at the end, so the products that moved back are still imported."""
    server = make_sandbox(spus=60, latency_ms=20)
    shop = str(server.account.shop_id)
    client = clients(server)
    path = tmp_path / "c.sqlite3"
    job: ImportJob

    def cancel_after_two_pages(p: Progress) -> None:
        if p.pages_done >= 2:
            job.cancel()

    job = ImportJob(client, path, shop, page_size=10, on_progress=cancel_after_two_pages)
    with pytest.raises(ImportCancelled):
        job.run()
    stopped_at = job.pending_run().next_page
    # The seller deletes three products of page 1 (the sandbox has no delete call, so the
    # test removes them from the shop's list the way a deletion would).
    state = server.state
    with state._lock:
        del state._shops[int(shop)][0:3]

    ImportJob(client, path, shop, page_size=10).run()
    imported = {row[0] for row in catalog_content(path)["listings"] if row[12] != "not_imported"}
    assert set(expected_classes(server)) <= imported, f"stopped at page {stopped_at}"


def test_cancel_stops_quickly(make_sandbox, clients, tmp_path):
    server = make_sandbox(spus=200, latency_ms=100)
    client = clients(server)
    job = ImportJob(client, tmp_path / "c.sqlite3", str(server.account.shop_id))
    errors: list[BaseException] = []

    def work() -> None:
        try:
            job.run()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    deadline = time.monotonic() + 30
    while len(server.call_log) < 10 and time.monotonic() < deadline:
        time.sleep(0.01)  # the import is under way
    answered_before = len(server.call_log)
    job.cancel()
    worker.join(30)
    assert not worker.is_alive()
    # "Quickly", whatever the machine's speed: no new call after Cancel, only those already
    # in flight (one per call worker) are answered.
    assert len(server.call_log) - answered_before <= job.workers
    assert len(errors) == 1 and isinstance(errors[0], ImportCancelled)


def test_progress_is_steady_and_complete(make_sandbox, clients, tmp_path):
    server = make_sandbox(spus=80, latency_ms=10)
    client = clients(server)
    seen: list[tuple[float, Progress]] = []
    job = ImportJob(
        client,
        tmp_path / "c.sqlite3",
        str(server.account.shop_id),
        page_size=10,
        on_progress=lambda p: seen.append((time.monotonic(), p)),
    )
    report = job.run()
    phases = [p.phase for _, p in seen]
    assert phases[0] == "starting" and phases[-1] == DONE
    assert FETCHING in phases and LINKING in phases
    final = seen[-1][1]
    assert (final.pages_done, final.pages_total, final.spus_done, final.spus_total) == (
        8,
        8,
        80,
        80,
    )
    assert final.skus_done == report.counts.imported and final.calls == report.calls
    assert final.fraction == 1.0
    fetching = [(t, p) for t, p in seen if p.phase == FETCHING]
    gaps = [b[0] - a[0] for a, b in zip(fetching, fetching[1:], strict=False)]
    assert gaps and min(gaps) >= 0.09  # at most ~10 a second: a GUI is not flooded
    done = [p.spus_done for _, p in seen]
    assert done == sorted(done)
    assert any(p.eta_s is not None and p.eta_s > 0 for _, p in fetching)


def test_a_token_that_expires_mid_import_is_refreshed_unnoticed(make_sandbox, clients, tmp_path):
    server = make_sandbox(spus=100, latency_ms=10)
    refreshed = []
    client = clients(server, on_token_refreshed=refreshed.append)
    expired = []

    def expire_once(p: Progress) -> None:
        if p.pages_done >= 1 and not expired:
            expired.append(True)
            server.expire_tokens()

    reference = tmp_path / "ref.sqlite3"
    ImportJob(client, reference, str(server.account.shop_id), page_size=10).run()
    server.clear_call_log()
    job = ImportJob(
        client, tmp_path / "c.sqlite3", str(server.account.shop_id), page_size=10,
        on_progress=expire_once,
    )  # fmt: skip
    job.run()
    assert expired and len(refreshed) == 1
    assert "19" in {r.code for r in server.call_log}  # the platform did refuse the old token
    assert catalog_content(tmp_path / "c.sqlite3") == catalog_content(reference)


def test_an_expired_login_stops_the_import_with_its_key_and_stays_resumable(
    make_sandbox, clients, tmp_path
):
    server = make_sandbox(spus=30)
    client = clients(server)
    token = client.token
    from dataclasses import replace

    client.set_token(replace(token, refresh_token=""))  # nothing to refresh with
    server.expire_tokens()
    job = ImportJob(client, tmp_path / "c.sqlite3", str(server.account.shop_id))
    with pytest.raises(LoginExpired) as err:
        job.run()
    assert err.value.key == "login_expired"
    pending = job.pending_run()
    assert pending is not None and pending.state == "failed" and pending.error_key == err.value.key


def test_ten_percent_faults_give_the_same_catalog(make_sandbox, clients, tmp_path):
    calm = make_sandbox(spus=120)
    flaky = make_sandbox(spus=120, fault_rate=0.1, hang_s=1.0)
    reference, path = tmp_path / "ref.sqlite3", tmp_path / "c.sqlite3"
    ImportJob(clients(calm), reference, str(calm.account.shop_id), page_size=25).run()
    client = clients(flaky, read_timeout=0.3, backoff_s=0.01, backoff_cap_s=0.05)
    ImportJob(client, path, str(flaky.account.shop_id), page_size=25).run()
    faults = [r for r in flaky.call_log if r.code != "0"]
    assert catalog_content(path) == catalog_content(reference)
    assert len(faults) >= 3  # the fault knob was really exercised (about 1 call in 10)


def test_a_locked_catalog_gives_its_key(sandbox, sandbox_token, clients, tmp_path):
    import sqlite3

    path = tmp_path / "c.sqlite3"
    Catalog.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        job = ImportJob(
            clients(sandbox, sandbox_token), path, str(sandbox.account.shop_id),
            busy_timeout_s=0.2,
        )  # fmt: skip
        from wizard.catalog import CatalogError

        with pytest.raises(CatalogError) as err:
            job.run()
        assert err.value.key == "catalog_locked"
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_report_lists_export_to_csv(sandbox, sandbox_token, clients, tmp_path: Path):
    report = ImportJob(
        clients(sandbox, sandbox_token), tmp_path / "c.sqlite3", str(sandbox.account.shop_id)
    ).run()
    for kind in ("imported", "linked", "new_masters", "skipped", "empty_sku", "duplicate_sku"):
        out = tmp_path / f"{kind}.csv"
        written = report.to_csv(kind, out, delimiter=";")
        assert written == report.count(kind)
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0] == ";".join(report.headers(kind))
        assert len(report.advice(kind)) > 20
    assert not list(tmp_path.glob(".*.tmp"))


def test_csv_cells_cannot_become_excel_formulas() -> None:
    from wizard.jobs.import_report import _safe_cell

    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _safe_cell("@SUM") == "'@SUM" and _safe_cell("Kaos") == "Kaos"
    assert _safe_cell(-5) == -5  # numbers stay numbers


def test_the_last_report_can_be_read_again_later(sandbox, sandbox_token, clients, tmp_path):
    from wizard.jobs import ImportReport

    path = tmp_path / "c.sqlite3"
    shop = str(sandbox.account.shop_id)
    assert ImportReport.last(path, shop) is None
    report = ImportJob(clients(sandbox, sandbox_token), path, shop).run()
    again = ImportReport.last(path, shop)
    assert again is not None and again.counts == report.counts and again.run_id == report.run_id
    assert again.rows("duplicate_sku") == report.rows("duplicate_sku")


def test_report_rows_page_through_a_list(sandbox, sandbox_token, clients, tmp_path):
    report = ImportJob(
        clients(sandbox, sandbox_token), tmp_path / "c.sqlite3", str(sandbox.account.shop_id)
    ).run()
    everything = report.rows("imported")
    assert len(everything) == report.count("imported")
    pages = [report.rows("imported", limit=25, offset=o) for o in range(0, len(everything), 25)]
    assert [row for page in pages for row in page] == everything


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_resume_equals_a_clean_import_whatever_changed_meanwhile(
    make_sandbox, clients, tmp_path, where
):
    """Issue 13, defect 3: products deleted or added on JD.ID between the stop and the resume
    were missed (or stayed counted and linked) and the run still ended "done"."""
    server = make_sandbox(spus=150, latency_ms=5)
    shop = int(server.account.shop_id)
    path = tmp_path / "resumed.sqlite3"
    job: ImportJob

    def cancel_after_four_pages(p: Progress) -> None:
        if p.pages_done >= 4:
            job.cancel()

    job = ImportJob(clients(server), path, str(shop), page_size=10,
                    on_progress=cancel_after_four_pages)  # fmt: skip
    with pytest.raises(ImportCancelled):
        job.run()
    stopped = job.pending_run().next_page
    assert 5 <= stopped <= 13

    spus = server.state.spus(shop)
    at = {"start": 0, "middle": (stopped - 1) * 10 - 5, "end": len(spus) - 25}[where]
    # 25 deleted (some already imported, some not yet), 30 added in their place
    server.state.remove_spus(shop, [s.spu_id for s in spus[at : at + 25]])
    added = generate_shop(99, shop, 30, 900_000_000, 3_000_000_000)
    server.state.insert_spus(shop, at, added)

    resumed = ImportJob(clients(server), path, str(shop), page_size=10).run()
    clean = ImportJob(clients(server), tmp_path / "clean.sqlite3", str(shop), page_size=10).run()
    assert catalog_content(path) == catalog_content(tmp_path / "clean.sqlite3")
    assert resumed.counts == clean.counts
    assert {row[0] for row in catalog_content(path)["listings"]} == set(expected_classes(server))


def test_a_resumed_reimport_equals_a_clean_reimport_after_deletions(
    make_sandbox, clients, tmp_path
):
    """Defect 3 on a catalog with an earlier import: listings of SPUs deleted meanwhile stay
    "not imported" from the earlier run, exactly as a clean re-import leaves them."""
    import shutil

    server = make_sandbox(spus=150, latency_ms=5)
    shop = int(server.account.shop_id)
    path = tmp_path / "resumed.sqlite3"
    ImportJob(clients(server), path, str(shop), page_size=10).run()
    shutil.copy(path, tmp_path / "clean.sqlite3")
    job: ImportJob

    def cancel_after_six_pages(p: Progress) -> None:
        if p.pages_done >= 6:
            job.cancel()

    job = ImportJob(clients(server), path, str(shop), page_size=10,
                    on_progress=cancel_after_six_pages)  # fmt: skip
    with pytest.raises(ImportCancelled):
        job.run()
    spus = server.state.spus(shop)
    server.state.remove_spus(shop, [s.spu_id for s in spus[10:40]])  # pages 2-4, imported

    resumed = ImportJob(clients(server), path, str(shop), page_size=10).run()
    clean = ImportJob(clients(server), tmp_path / "clean.sqlite3", str(shop), page_size=10).run()
    assert catalog_content(path) == catalog_content(tmp_path / "clean.sqlite3")
    assert resumed.counts == clean.counts and resumed.counts.not_imported > 0
