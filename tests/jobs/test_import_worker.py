"""The product import runs in a child process (wizard.jobs.import_worker): the window's
process hands it the login over a pipe, gets progress and the report back, saves a renewed
login, and can cancel it; a child that dies leaves an import that resumes."""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.jobs.conftest import catalog_content
from tests.ui.import_helpers import connect_store
from wizard.jobs import CancelToken, ImportCancelled, ImportJob, Progress, import_worker
from wizard.jobs.child_job import WorkerLost
from wizard.jobs.import_worker import run_in_child
from wizard.store.target import StoreTarget, open_client, sandbox_target

FAST = {"page_size": 20}


def target_of(server: Any, catalog: Path) -> StoreTarget:
    return StoreTarget(server.profile, server.account.app_key, str(server.account.shop_id), catalog)


def import_in_process(server: Any, catalog: Path) -> Any:
    with open_client(target_of(server, catalog)) as client:
        return ImportJob(client, catalog, str(server.account.shop_id), **FAST).run()


def ignore(_progress: Progress) -> None:
    pass


@pytest.fixture
def store(make_sandbox, app_home, memory_keyring):  # noqa: ANN001, ANN201
    server = make_sandbox(spus=25, latency_ms=2)
    connect_store(server)  # the API Secret and the login in the (memory) password store
    return server


def test_the_child_imports_what_an_import_in_this_process_imports(
    store, tmp_path: Path, caplog: pytest.LogCaptureFixture, started_children: list[Any]
) -> None:  # noqa: ANN001
    seen: list[Progress] = []
    caplog.set_level(logging.INFO, logger="wizard.jobs.importer")
    report = run_in_child(
        target_of(store, tmp_path / "child.sqlite3"),
        CancelToken(),
        True,
        {},
        FAST,
        progress=seen.append,
    )
    here = import_in_process(store, tmp_path / "here.sqlite3")
    assert catalog_content(tmp_path / "child.sqlite3") == catalog_content(tmp_path / "here.sqlite3")
    assert report.counts == here.counts and report.count("imported") > 0
    assert seen and all(isinstance(p, Progress) for p in seen)
    assert seen[-1].spus_done == seen[-1].spus_total == 25
    # It ended by itself once it had answered (it had aborted at exit, a second late).
    assert [child.returncode for child in started_children] == [0]
    # The child's log lines are the window's: "import run 1 started ... done".
    lines = [r.getMessage() for r in caplog.records if r.name == "wizard.jobs.importer"]
    assert any("started" in line for line in lines) and any("done" in line for line in lines)
    # Its secrets came over the pipe: none on its command line, none in its files.
    secret = store.account.app_secret
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files and not any(secret.encode() in p.read_bytes() for p in files)


def test_the_window_process_next_client_starts_from_the_rate_the_child_remembered(
    store, tmp_path: Path
) -> None:  # noqa: ANN001
    from wizard.store.call_rates import RATES_FILE, app_rate_limiter, remember_rate, remembered_rate

    catalog = tmp_path / "child.sqlite3"
    profile, key = store.profile, store.account.app_key
    before = app_rate_limiter(profile, key, tmp_path)  # the window's, made at an earlier step
    remember_rate(tmp_path / RATES_FILE, key, 300.0)  # what an earlier import found
    run_in_child(target_of(store, catalog), CancelToken(), True, {}, FAST, progress=ignore)
    after = app_rate_limiter(profile, key, tmp_path)  # step 17's push, say
    assert after is not before
    assert after.rate == remembered_rate(tmp_path / RATES_FILE, key)


def test_cancel_stops_the_child_at_a_checkpoint_and_the_import_resumes(
    store, tmp_path: Path, started_children: list[Any]
) -> None:  # noqa: ANN001
    catalog = tmp_path / "child.sqlite3"
    token = CancelToken()

    def cancel_once_started(p: Progress) -> None:
        if p.spus_done:
            token.cancel()  # as the Cancel button does, from the window's side

    with pytest.raises(ImportCancelled) as stopped:
        run_in_child(target_of(store, catalog), token, True, {}, FAST, progress=cancel_once_started)
    assert stopped.value.run_id == 1
    report = run_in_child(target_of(store, catalog), CancelToken(), True, {}, FAST, progress=ignore)
    assert report.run_id == 1  # the same run, resumed
    assert [child.returncode for child in started_children] == [0, 0]
    import_in_process(store, tmp_path / "here.sqlite3")
    assert catalog_content(catalog) == catalog_content(tmp_path / "here.sqlite3")


def test_a_child_that_dies_is_reported_and_the_import_resumes(
    store, tmp_path: Path, started_children: list[Any]
) -> None:  # noqa: ANN001
    catalog = tmp_path / "child.sqlite3"
    started = started_children

    def kill_once_started(p: Progress) -> None:
        if p.spus_done and started[0].poll() is None:
            started[0].send_signal(signal.SIGKILL)  # out of memory, killed by the system

    with pytest.raises(WorkerLost):
        run_in_child(
            target_of(store, catalog), CancelToken(), True, {}, FAST, progress=kill_once_started
        )
    assert started[0].returncode == -signal.SIGKILL
    assert store.account.app_secret not in " ".join(started[0].args)
    report = run_in_child(target_of(store, catalog), CancelToken(), True, {}, FAST, progress=ignore)
    assert report.run_id == 1  # resumed from the checkpoint the dead child left
    import_in_process(store, tmp_path / "here.sqlite3")
    assert catalog_content(catalog) == catalog_content(tmp_path / "here.sqlite3")


def test_an_error_in_the_child_comes_back_as_the_same_error(
    store, tmp_path: Path, started_children: list[Any]
) -> None:  # noqa: ANN001
    from wizard.catalog import CatalogError

    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()  # the product list's name taken by a folder
    with pytest.raises(CatalogError) as err:
        run_in_child(target_of(store, folder), CancelToken(), True, {}, FAST, progress=ignore)
    assert err.value.key and err.value.path == folder
    assert [child.returncode for child in started_children] == [0]


def test_practice_target_of_a_running_sandbox_needs_its_stored_login(
    make_sandbox, app_home, memory_keyring, tmp_path: Path
) -> None:  # noqa: ANN001
    from wizard.appdata.paths import resolve_paths
    from wizard.store.target import NotConnected

    server = make_sandbox(spus=5)
    target = sandbox_target(server, resolve_paths().ensure())
    with pytest.raises(NotConnected) as err:  # nothing stored: no child is started
        run_in_child(target, CancelToken(), True, {}, FAST, progress=ignore)
    assert err.value.key == "no_secret"


def test_the_child_stops_at_a_checkpoint_when_the_window_process_is_gone(
    make_sandbox, app_home, memory_keyring, tmp_path: Path
) -> None:  # noqa: ANN001
    import pickle

    store = make_sandbox(spus=45, latency_ms=100)  # still importing when its input closes
    connect_store(store)

    from wizard.appdata import secrets
    from wizard.catalog import Catalog
    from wizard.jobs.child_process import end_child, start_child

    catalog = tmp_path / "child.sqlite3"
    target = target_of(store, catalog)
    key = store.account.app_key
    login = (secrets.load_api_secret(key), secrets.load_token(key))
    proc = start_child(import_worker._command())
    try:
        pickle.dump((target, *login, {}, (True, FAST)), proc.stdin)
        proc.stdin.flush()
        while pickle.load(proc.stdout)[0] != "progress":
            pass  # the import is under way
        proc.stdin.close()  # what the window's process dying does to the pipe
        message = pickle.load(proc.stdout)
        while message[0] != "end":
            message = pickle.load(proc.stdout)
        assert message[1] is False and isinstance(message[2], ImportCancelled)
        assert proc.wait(timeout=30) == 0
    finally:
        end_child(proc)
    with Catalog.open(catalog) as cat:  # left at a checkpoint: the next import resumes it
        assert cat.resumable_run(target.shop_id) is not None
