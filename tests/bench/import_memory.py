"""Import memory: peak RSS of an import of 20,000 SPUs over that of 1,000 SPUs.

Run: /work/venv/bin/python tests/bench/import_memory.py [--small 1000] [--large 20000]

The sandbox runs in this process; each import runs in a fresh child process (the importer
as the CLI runs it: client, ImportJob, catalog file), which reports its own peak resident
memory (VmHWM) at the end, so the sandbox's memory is not counted. Prints:
  small_spus, large_spus, small_skus, large_skus
  small_peak_rss_mb, large_peak_rss_mb
  peak_rss_ratio   large / small (goal: at most 1.2: pages are streamed to the catalog,
                   the report reads its lists from the catalog only when asked)
  large_seconds    how long the large import took
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def peak_rss_kib() -> int:
    """This process's peak resident memory since it started its program (VmHWM).

    Not getrusage's ru_maxrss: Linux carries that over from before exec, so a child started
    by a big parent would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child() -> int:
    """Import from the sandbox described on stdin; print peak RSS (KiB) and the counts."""
    from wizard.jdid import JdidClient, Token, sandbox_profile
    from wizard.jobs import ImportJob

    spec = json.loads(sys.stdin.read())
    client = JdidClient(
        sandbox_profile(spec["base_url"]),
        spec["app_key"],
        spec["app_secret"],
        Token.from_json(spec["token"]),
    )
    with client:
        report = ImportJob(client, spec["catalog"], spec["shop_id"]).run()
    print(json.dumps({"peak_kib": peak_rss_kib(), "skus": report.counts.imported}))
    return 0


def measure(spus: int, tmp: Path) -> tuple[int, int, float]:
    from wizard.sandbox import SandboxConfig, SandboxServer
    from wizard.sandbox.practice_login import practice_login

    with SandboxServer(SandboxConfig(spus=spus)) as server:
        account = server.account
        spec = {
            "base_url": server.base_url,
            "app_key": account.app_key,
            "app_secret": account.app_secret,
            "token": practice_login(server).to_json(),
            "shop_id": str(account.shop_id),
            "catalog": str(tmp / f"catalog-{spus}.sqlite3"),
        }
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, __file__, "--child"],
            input=json.dumps(spec),
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        seconds = time.monotonic() - start
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["peak_kib"], result["skus"], seconds


def main() -> int:
    if "--child" in sys.argv:
        return child()
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=20000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small_kib, small_skus, _ = measure(a.small, Path(tmp))
        large_kib, large_skus, large_s = measure(a.large, Path(tmp))
    print(f"small_spus: {a.small}")
    print(f"large_spus: {a.large}")
    print(f"small_skus: {small_skus}")
    print(f"large_skus: {large_skus}")
    print(f"small_peak_rss_mb: {small_kib / 1024:.1f}")
    print(f"large_peak_rss_mb: {large_kib / 1024:.1f}")
    print(f"peak_rss_ratio: {large_kib / small_kib:.3f}")
    print(f"large_seconds: {large_s:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
