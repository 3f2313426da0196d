"""The finish page (issue 10, defect 8): what was set up, and the one next step."""

from __future__ import annotations

from wizard.catalog.location import catalog_file
from wizard.jdid import JdidClient
from wizard.jobs import ImportJob
from wizard.jobs.import_report import ImportReport
from wizard.sandbox.practice_login import practice_login


def test_the_finish_page_sums_up_practice_and_leads_to_the_real_store(start, make_sandbox) -> None:  # noqa: ANN001
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.practice_account is not None, timeout=15_000)
    account = d.ctx.practice_account
    server = make_sandbox()  # the same practice shop, its app already made in the console
    catalog = catalog_file(d.ctx.paths, practice=True)
    with JdidClient(
        server.profile, account.app_key, account.app_secret, practice_login(server)
    ) as client:
        ImportJob(client, catalog, str(account.shop_id)).run()  # what step 16 leaves
    report = ImportReport.last(catalog, str(account.shop_id))
    d.wizard.pages["step16"].report = report
    done = d.wizard.pages["done"]
    done.initializePage()
    assert done.headline.text() == "Practice finished: you did every step"
    assert "store is connected" not in done.headline.text()  # it was practice
    assert done.shop.text() == f"{account.shop_name} (Shop ID {account.shop_id})"
    fix = sum(report.count(k) for k in ("skipped", "empty_sku", "duplicate_sku"))
    assert done.products.text() == (
        f"{report.count('linked')} linked to products you had, "
        f"{report.count('new_masters')} new, {fix} to fix"
    )
    assert done.sync.text() == "Off: nothing is changed on JD.ID"
    assert done.log.text() == str(d.ctx.paths.log_file) and done.list.text() == str(catalog)
    assert "Now connect your real store" in done.next_text.text()
    assert not done.real_button.isHidden()
    done.real_button.click()
    assert d.ctx.settings.mode == "real" and d.current == "welcome"
