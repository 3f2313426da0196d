"""`python main.py sync` as a scheduled task runs it: real subprocesses against a sandbox."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.sandbox import rotate_away
from tests.jobs.test_export_sync import linked, write_calls, written_ids
from wizard import APP_ID
from wizard.jobs import ImportJob
from wizard.sandbox import SandboxServer
from wizard.sandbox.practice_login import practice_login

REPO = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "sync", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


class Store:
    """A store connected on this 'computer' (settings + keyring file) with one import done."""

    def __init__(self, server: SandboxServer, home: Path, clients) -> None:  # noqa: ANN001
        self.server, self.home = server, home
        account = server.account
        token = practice_login(server)
        (home / "config").mkdir(parents=True)
        self.settings = home / "config" / "settings.json"
        self.set_sync(False)
        keyring_file = home / "keyring.json"
        keyring_file.write_text(
            json.dumps(
                {
                    f"{APP_ID}\n{account.app_key}/api_secret": account.app_secret,
                    f"{APP_ID}\n{account.app_key}/token": token.to_json(),
                }
            )
        )
        self.env = {"JDID_TEST_KEYRING_FILE": str(keyring_file)}
        self.token = token
        self.catalog = home / "data" / "catalog.sqlite3"
        ImportJob(clients(server, token), self.catalog, str(account.shop_id)).run()
        server.clear_call_log()

    def set_sync(self, on: bool) -> None:
        account = self.server.account
        self.settings.write_text(
            json.dumps(
                {"shop_id": str(account.shop_id), "api_key": account.app_key, "export_sync": on}
            )
        )

    def run(self, *args: str) -> subprocess.CompletedProcess:
        base = ["--data-dir", str(self.home), "--endpoint", self.server.base_url]
        return cli(*base, *args, env=self.env)

    def masters_csv(self, stock_of: dict[int, int] | None = None, zero_share: float = 0) -> Path:
        """A master list (Indonesian headers, `;`) with every linked master, some changed."""
        rows = {}
        for i, (sku, stock, price, *_rest) in enumerate(linked(self.catalog)):
            new = stock + 3 if i % 4 == 0 else stock
            if zero_share and i < zero_share * 100:
                new = 0
            rows.setdefault(sku, (new, price))
        path = self.home / "produk.csv"
        lines = ["Kode SKU;Nama;Stok;Harga"]
        lines += [
            f"{sku};Produk {sku};{s};Rp {p:,}".replace(",", ".") for sku, (s, p) in rows.items()
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path


@pytest.fixture
def store(make_sandbox, clients, tmp_path: Path) -> Store:
    return Store(make_sandbox(spus=40), tmp_path, clients)


def test_with_export_sync_off_nothing_is_sent(store: Store) -> None:
    masters = store.masters_csv()
    done = store.run("--masters", str(masters))
    assert done.returncode == 7, done.stderr
    assert "Would change: stock of" in done.stdout and " -> " in done.stdout
    assert "Export sync is Off" in done.stderr and "Traceback" not in done.stderr
    assert write_calls(store.server) == 0  # reads only: the sandbox saw not one write

    dry = store.run("--dry-run")
    assert dry.returncode == 0 and "Dry run: nothing was sent" in dry.stdout
    assert write_calls(store.server) == 0


def test_with_export_sync_on_the_differences_are_sent_once(store: Store) -> None:
    store.set_sync(True)
    done = store.run("--masters", str(store.masters_csv()))
    assert done.returncode == 0, done.stderr
    assert "Sent to JD.ID: stock of" in done.stdout
    skus, _ = written_ids(store.server)
    assert skus
    for sku, stock, _price, sku_id, *_ in linked(store.catalog):
        assert store.server.state.stock(sku_id) == stock, sku

    store.server.clear_call_log()
    again = store.run()
    assert again.returncode == 0, again.stderr
    assert "Nothing to change" in again.stdout
    assert write_calls(store.server) == 0


def test_failed_skus_give_exit_1_and_the_next_run_sends_them(store: Store) -> None:
    store.set_sync(True)
    masters = store.masters_csv()
    changed = store.run("--masters", str(masters), "--dry-run")
    first_sku = int(changed.stdout.split("Price (Rp)\n")[1].split()[0])
    store.server.configure(fail_sku_writes=frozenset({first_sku}))
    failed = store.run("--masters", str(masters))
    assert failed.returncode == 1, failed.stderr
    assert f"SKU {first_sku}" in failed.stdout and "locked by a running promotion" in failed.stdout

    store.server.configure(fail_sku_writes=frozenset())
    store.server.clear_call_log()
    retried = store.run()
    assert retried.returncode == 0, retried.stderr
    assert written_ids(store.server)[0] == {first_sku}


def test_the_zero_stock_guard_asks_for_a_flag(store: Store) -> None:
    store.set_sync(True)
    masters = store.masters_csv(zero_share=0.6)
    refused = store.run("--masters", str(masters))
    assert refused.returncode == 8, refused.stderr
    assert "to 0" in refused.stderr and "--yes-zero-stock" in refused.stderr
    assert write_calls(store.server) == 0
    accepted = store.run("--yes-zero-stock")
    assert accepted.returncode == 0, accepted.stderr


def test_exit_codes_for_what_goes_wrong(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name\nA,a\n")
    wrong_file = store.run("--masters", str(bad))
    assert wrong_file.returncode == 6 and "no column for: stock, price" in wrong_file.stderr

    store.server.configure(qualified=False)
    refused = store.run()
    assert refused.returncode == 4 and "not a Qualified Seller" in refused.stderr
    store.server.configure(qualified=True)

    store.catalog.write_bytes(b"this is not a database\n" * 100)
    damaged = store.run()
    assert damaged.returncode == 5 and "damaged" in damaged.stderr

    nobody = cli("--data-dir", str(tmp_path / "empty"))
    assert nobody.returncode == 3 and "Open the wizard" in nobody.stderr
    usage = cli("--no-such-flag")
    assert usage.returncode == 2
    for done in (wrong_file, refused, damaged, nobody):
        assert "Traceback" not in done.stderr


def test_no_import_yet_says_to_import_first(make_sandbox, clients, tmp_path: Path) -> None:
    store = Store(make_sandbox(spus=8), tmp_path, clients)
    store.catalog.unlink()
    for side in ("-wal", "-shm"):
        Path(f"{store.catalog}{side}").unlink(missing_ok=True)
    done = store.run()
    assert done.returncode == 3 and "python main.py import" in done.stderr


def test_help_documents_the_exit_codes() -> None:
    done = cli("--help")
    assert done.returncode == 0
    for code in (
        "0    done",
        "1    sync: some changes failed",
        "7    sync: export sync is Off",
        "8    sync: more than 20%",
    ):
        assert code in done.stdout


def test_a_huge_stock_is_a_line_problem_not_a_crash(store: Store) -> None:
    """Issue 13, defect 2: `99999999999999999999` raised OverflowError out of the catalog."""
    masters = store.masters_csv()
    text = masters.read_text().splitlines()
    sku = text[1].split(";")[0]
    text[1] = f"{sku};Produk;99999999999999999999;Rp 15.000"
    masters.write_text("\n".join(text) + "\n")
    done = store.run("--masters", str(masters))
    assert done.returncode == 7, done.stderr  # export sync is Off; the rest was read
    assert "Traceback" not in done.stderr
    assert 'Line 2: the stock "99999999999999999999" is more than JD.ID accepts' in done.stderr


def test_a_dry_run_with_masters_writes_nothing(store: Store) -> None:
    """Issue 13, defect 4: `sync --dry-run --masters FILE` wrote the masters."""
    store.set_sync(True)
    before = catalog_rows(store.catalog)
    dry = store.run("--dry-run", "--masters", str(store.masters_csv()))
    assert dry.returncode == 0, dry.stderr
    assert "Would change: stock of" in dry.stdout  # the preview does show the file's values
    assert "Dry run: nothing was sent" in dry.stdout and "not saved" in dry.stdout
    assert catalog_rows(store.catalog) == before
    assert write_calls(store.server) == 0


def catalog_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def test_a_login_that_cannot_be_renewed_says_to_open_the_wizard_at_step_14(store: Store) -> None:
    """Issue 13, defect 5: what the scheduled sync says when the login is really over."""
    rotate_away(store.server, store.token)
    store.server.expire_tokens()
    done = store.run()
    assert done.returncode == 4, done.stderr
    assert "Open the wizard (python main.py): it opens at step 14" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_damaged_settings_file_is_named_once_not_called_no_store(store: Store) -> None:
    """Issue 13, defect 7: it said "set aside", then "no store is connected"."""
    store.settings.write_text("{ this is not json")
    done = store.run()
    assert done.returncode == 3, done.stderr
    assert "settings file of this computer was damaged" in done.stderr
    assert "settings.json.bad" in done.stderr and "No JD.ID store" not in done.stderr
