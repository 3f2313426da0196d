"""`python main.py import` as support staff run it: real subprocesses, real files."""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.jobs.conftest import catalog_content
from wizard import APP_ID
from wizard.commands import import_cmd
from wizard.jdid import Token
from wizard.jobs import ImportJob
from wizard.sandbox.practice_login import practice_login

REPO = Path(__file__).resolve().parents[2]
PRACTICE = "practice-catalog.sqlite3"
FAST = ["--rate", "1000", "--page-size", "20"]


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "import", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_practice_import_prints_the_report_and_a_reimport_links(tmp_path: Path) -> None:
    first = cli("--sandbox", "--data-dir", str(tmp_path), "--export-dir", str(tmp_path / "r"))
    assert first.returncode == 0, first.stderr
    assert "Import finished" in first.stdout and "New products:" in first.stdout
    assert "Traceback" not in first.stderr
    assert "100%" in first.stderr  # the progress bar reached the end
    assert len(list((tmp_path / "r").glob("import-1-*.csv"))) == 6

    second = cli("--sandbox", "--data-dir", str(tmp_path))
    assert second.returncode == 0, second.stderr
    new = int(first.stdout.split("New products: ")[1].split()[0])
    assert f"Linked to your products: {new}" in second.stdout
    assert "New products: 0" in second.stdout


def test_without_a_connected_store_it_says_what_to_do(tmp_path: Path) -> None:
    done = cli("--data-dir", str(tmp_path))
    assert done.returncode == 3
    assert "Open the wizard" in done.stderr and "Traceback" not in done.stderr


def test_a_damaged_catalog_gives_a_sentence_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / PRACTICE).write_bytes(b"not a database at all\n" * 100)
    done = cli("--sandbox", "--data-dir", str(tmp_path))
    assert done.returncode == 5
    assert "is damaged" in done.stderr and "Traceback" not in done.stderr


def test_sigkill_half_way_then_resume_equals_an_uninterrupted_import(tmp_path: Path) -> None:
    practice = ["--sandbox", "--practice-spus", "300", "--practice-latency-ms", "20", *FAST]
    reference = tmp_path / "ref"
    assert cli(*practice, "--data-dir", str(reference)).returncode == 0

    home = tmp_path / "killed"
    catalog = home / "data" / PRACTICE
    proc = subprocess.Popen(
        [sys.executable, "main.py", "import", *practice, "--data-dir", str(home)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _next_page(catalog) < 5:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(10)
    stopped_at = _next_page(catalog)
    assert 5 <= stopped_at <= 14, "killed half-way (15 pages in all)"

    resumed = cli(*practice, "--data-dir", str(home))
    assert resumed.returncode == 0, resumed.stderr
    assert f"Continuing the import that stopped at page {stopped_at}" in resumed.stderr
    assert catalog_content(catalog) == catalog_content(reference / "data" / PRACTICE)


def _next_page(catalog: Path) -> int:
    if not catalog.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=0.1)
        try:
            row = conn.execute("SELECT max(next_page) FROM import_runs").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return row[0] or 0


# The store's addresses: --endpoint URL, a --profile file, or the profile the wizard remembered.
@pytest.mark.parametrize("where", ["--endpoint", "--profile", "remembered"])
def test_stored_login_is_used_and_a_refreshed_token_is_kept(
    make_sandbox, tmp_path: Path, where: str
) -> None:
    server = make_sandbox(spus=40)
    account = server.account
    token = practice_login(server)
    (tmp_path / "config").mkdir()
    profile = {"name": "test", "oauth_base": server.base_url, "gateway_base": server.base_url,
               "callback_url": server.profile.callback_url}  # fmt: skip
    settings = {"shop_id": str(account.shop_id), "api_key": account.app_key}
    if where == "remembered":
        settings["profile"] = profile
    (tmp_path / "config" / "settings.json").write_text(json.dumps(settings))
    (tmp_path / "profile.json").write_text(json.dumps(profile))
    keyring_file = tmp_path / "keyring.json"
    secret_entry = f"{APP_ID}\n{account.app_key}/api_secret"
    token_entry = f"{APP_ID}\n{account.app_key}/token"
    keyring_file.write_text(
        json.dumps({secret_entry: account.app_secret, token_entry: token.to_json()})
    )
    env = {"JDID_TEST_KEYRING_FILE": str(keyring_file)}
    args = ["--data-dir", str(tmp_path)]
    if where != "remembered":
        args += [
            where,
            server.base_url if where == "--endpoint" else str(tmp_path / "profile.json"),
        ]

    first = cli(*args, env=env)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "catalog.sqlite3").exists()

    server.expire_tokens()  # the access token dies between two imports
    second = cli(*args, env=env)
    assert second.returncode == 0, second.stderr
    kept = Token.from_json(json.loads(keyring_file.read_text())[token_entry])
    assert kept.refresh_token != token.refresh_token  # the rotated token was stored
    assert token.access_token not in second.stdout + second.stderr


def test_master_csv_summary_must_be_accepted(tmp_path: Path) -> None:
    masters = tmp_path / "produk.csv"
    masters.write_text(
        "\ufeffKode SKU;Nama;Stok;Harga\nKAOS-001-S;Kaos saya;3;Rp 35.000\nX;;1;1\n",
        encoding="utf-8",
    )
    refused = cli("--sandbox", "--data-dir", str(tmp_path), "--masters", str(masters))
    assert refused.returncode == 6
    assert "Line 3: there is no product name." in refused.stdout
    assert "1 products can be saved: 1 new" in refused.stdout
    assert not (tmp_path / "data" / PRACTICE).exists() or _masters(tmp_path) == 0

    accepted = cli("--sandbox", "--data-dir", str(tmp_path), "--masters", str(masters), "--yes")
    assert accepted.returncode == 0, accepted.stderr
    assert "Saved 1 products." in accepted.stdout


def _masters(home: Path) -> int:
    conn = sqlite3.connect(home / "data" / PRACTICE)
    try:
        return conn.execute("SELECT count(*) FROM masters").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("flag_first", [True, False])
def test_sandbox_flag_works_before_or_after_the_subcommand(tmp_path: Path, flag_first: bool):
    argv = ["--sandbox", "import"] if flag_first else ["import", "--sandbox"]
    done = subprocess.run(
        [sys.executable, "main.py", *argv, "--data-dir", str(tmp_path), "--show", "0"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_ctrl_c_stops_at_a_checkpoint_with_exit_130(tmp_path: Path) -> None:
    practice = ["--sandbox", "--practice-spus", "300", "--practice-latency-ms", "20", *FAST]
    catalog = tmp_path / "data" / PRACTICE
    proc = subprocess.Popen(
        [sys.executable, "main.py", "import", *practice, "--data-dir", str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _next_page(catalog) < 3:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Start it again to continue where it stopped" in err and "Traceback" not in err
    conn = sqlite3.connect(catalog)
    try:
        assert conn.execute("SELECT state FROM import_runs").fetchone()[0] == "cancelled"
    finally:
        conn.close()


def test_a_read_only_catalog_gives_a_sentence_not_a_crash(tmp_path: Path) -> None:
    assert cli("--sandbox", "--data-dir", str(tmp_path), "--show", "0").returncode == 0
    catalog = tmp_path / "data" / PRACTICE
    # Root may write anything; the ext4 immutable flag stops root too.
    if subprocess.run(["chattr", "+i", str(catalog)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        done = cli("--sandbox", "--data-dir", str(tmp_path))
    finally:
        subprocess.run(["chattr", "-i", str(catalog)], check=True)
    assert done.returncode == 5
    assert "cannot be saved" in done.stderr and "Traceback" not in done.stderr


def test_the_report_counts_the_calls_sent_again_after_a_fault(make_sandbox, clients, tmp_path):
    """Issue 13, defect 7: "JD.ID calls" left out the client's retries; both are shown."""
    server = make_sandbox(spus=30, fault_rate=0.2, fault_kinds=("http_500", "drop"))
    client = clients(server, backoff_s=0.01)
    report = ImportJob(client, tmp_path / "c.sqlite3", str(server.account.shop_id)).run()
    sent = sum(1 for r in server.call_log if r.method.startswith("jingdong."))
    assert report.calls == sent  # every request the platform saw, retries included
    assert 0 < report.retries < report.calls
    out = io.StringIO()
    import_cmd._print_report(report, argparse.Namespace(show=0, export_dir=None), out)
    assert f"({report.calls} JD.ID calls, {report.retries} of them sent again" in out.getvalue()


def test_a_practice_import_needs_no_password_store(tmp_path: Path) -> None:
    """Issue 13, defect 7: with no Secret Service (a server, a bare bundle) it exited 3."""
    done = cli("--sandbox", "--data-dir", str(tmp_path), "--practice-spus", "10", *FAST,
               env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Import finished" in done.stdout


def test_an_unfinished_practice_console_is_named_with_its_step(tmp_path: Path) -> None:
    """The practice console the wizard left unpublished: `import --sandbox` says where to fix
    it, not "JD.ID refused a request"."""
    from wizard.appdata.paths import resolve_paths
    from wizard.sandbox.console_client import ConsoleClient
    from wizard.store.target import practice_sandbox

    paths = resolve_paths(data_dir=tmp_path).ensure()
    server = practice_sandbox(paths, console_ready=False)
    try:
        acc = server.account
        ConsoleClient(server.base_url, acc.seller_email, acc.seller_password).do_step("step07")
    finally:
        server.stop()
    result = cli("--sandbox", "--data-dir", str(tmp_path))
    assert result.returncode == 4
    assert "The practice app is not published yet" in result.stderr
    assert "step 8" in result.stderr
