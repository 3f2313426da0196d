"""Step 17's push runs in a child process (wizard.jobs.push_worker): the window's process
hands it the login and the preview over a pipe and gets progress and the result back."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from tests.jobs.test_export_sync import change_masters, written_ids
from tests.ui.import_helpers import connect_store
from wizard.jobs import CancelToken, ImportJob
from wizard.jobs.child_job import WorkerLost
from wizard.jobs.export_sync import DONE, PushProgress, build_preview
from wizard.jobs.push_worker import run_in_child
from wizard.store.target import StoreTarget, open_client


@pytest.fixture
def shop(make_sandbox, app_home, memory_keyring, tmp_path: Path):  # noqa: ANN001, ANN201
    """A sandbox shop imported into a product list whose masters then changed, with the
    login in the (memory) password store: (server, target, preview)."""
    server = make_sandbox(spus=30, latency_ms=2)
    connect_store(server)
    account = server.account
    target = StoreTarget(
        server.profile, account.app_key, str(account.shop_id), tmp_path / "catalog.sqlite3"
    )
    with open_client(target) as client:
        ImportJob(client, target.catalog, target.shop_id).run()
        change_masters(target.catalog)
        preview = build_preview(target.catalog, target.shop_id, client)
    server.clear_call_log()
    assert preview.stock_changes and preview.price_changes
    return server, target, preview


def test_the_child_pushes_the_preview_and_the_shop_then_matches(
    shop, started_children: list[Any]
) -> None:  # noqa: ANN001
    server, target, preview = shop
    seen: list[PushProgress] = []
    result = run_in_child(target, preview, CancelToken(), {}, progress=seen.append)
    assert result.ok and not result.failures
    assert [child.returncode for child in started_children] == [0]  # it ended by itself
    assert (result.stock_done, result.price_done) == (preview.stock_changes, preview.price_changes)
    assert written_ids(server)[0] == {c.sku_id for c in preview.changes}
    assert seen and seen[-1].phase == DONE and seen[-1].done == seen[-1].total
    with open_client(target) as client:  # what the product list and JD.ID hold now agree
        assert build_preview(target.catalog, target.shop_id, client).empty


def test_a_push_whose_child_dies_is_reported_and_a_new_preview_holds_the_rest(
    shop, started_children: list[Any]
) -> None:  # noqa: ANN001
    server, target, preview = shop
    started = started_children

    def kill_at_once(_p: PushProgress) -> None:
        if started[0].poll() is None:
            started[0].send_signal(signal.SIGKILL)

    with pytest.raises(WorkerLost):
        run_in_child(target, preview, CancelToken(), {}, progress=kill_at_once)
    with open_client(target) as client:  # syncing again: the preview holds what is left
        rest = build_preview(target.catalog, target.shop_id, client)
    assert run_in_child(target, rest, CancelToken(), {}, progress=lambda _p: None).ok
    with open_client(target) as client:
        assert build_preview(target.catalog, target.shop_id, client).empty
