"""`main.py import --sandbox` / `sync --sandbox` keep the practice store between runs, as the
wizard's practice mode does: what one run sends is what the next run finds there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.jobs.test_export_sync import linked
from tests.jobs.test_sync_cli import REPO, cli
from wizard.store.target import SANDBOX_STATE

PRACTICE = ["--sandbox", "--practice-spus", "12"]


def test_a_practice_sync_is_still_there_in_the_next_run(tmp_path: Path) -> None:
    home = str(tmp_path)
    imported = subprocess.run(
        [sys.executable, "main.py", "import", *PRACTICE, "--data-dir", home, "--show", "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr

    (tmp_path / "config" / "settings.json").write_text(json.dumps({"export_sync": True}))
    sku, stock, price, *_ = linked(tmp_path / "data" / "practice-catalog.sqlite3")[0]
    masters = tmp_path / "masters.csv"
    masters.write_text(f"sku,name,stock,price\n{sku},Produk,{stock + 7},{price}\n")
    sent = cli(*PRACTICE, "--data-dir", home, "--masters", str(masters))
    assert sent.returncode == 0, sent.stderr
    assert "Sent to JD.ID: stock of 1," in sent.stdout
    assert (tmp_path / "data" / SANDBOX_STATE).exists()

    # A new run starts a new practice platform: it still has the stock sent above.
    again = cli(*PRACTICE, "--data-dir", home, "--dry-run")
    assert again.returncode == 0, again.stderr
    assert "Nothing to change" in again.stdout, again.stdout
