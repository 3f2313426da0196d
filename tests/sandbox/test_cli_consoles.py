"""`python -m wizard.sandbox` names both practice consoles with the practice account."""

from __future__ import annotations

import subprocess
import sys

import requests


def test_the_command_line_prints_both_consoles_with_the_account():
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard.sandbox", "--port", "0", "--fresh-console"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line.rstrip())
            if line.startswith("Press Ctrl+C"):
                break
        urls = dict(line.split(": ", 1) for line in lines if line.startswith(("seller_", "dev")))
        assert urls["seller_center"].endswith("/seller/")
        assert urls["developer_console"].endswith("/console/")
        page = requests.get(urls["developer_console"], timeout=5)
        assert 'data-page="console-login"' in page.text
        index = requests.get(urls["seller_center"].removesuffix("seller/"), timeout=5).text
        assert 'href="/console/?lang=' in index and 'href="/seller/?lang=' in index
        assert any("penjual@contoh.id" in line for line in lines)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
