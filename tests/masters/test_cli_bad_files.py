"""Bad master files through the real command line: a sentence and exit 6, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def sync(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "sync", *args],
        cwd=REPO,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_one_unbalanced_quote_in_20000_lines_gives_exit_6_and_the_line(tmp_path: Path) -> None:
    lines = [f"K-{i};Produk {i};{i % 9};{1000 + i}" for i in range(20_000)]
    lines[777] = 'K-777;"Kaos 5 inch;1;1000'
    path = tmp_path / "stok.csv"
    path.write_text("sku;name;stock;price\n" + "\n".join(lines) + "\n")
    done = sync("--masters", str(path), "--data-dir", str(tmp_path / "home"))
    assert done.returncode == 6, done.stderr
    assert "Traceback" not in done.stderr
    assert "Line 779: a quote" in done.stderr
