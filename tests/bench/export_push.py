"""Export push throughput: 10,000 SKU stock updates against a slow, rate-limited platform.

Run: /work/venv/bin/python tests/bench/export_push.py [--skus 10000] [--latency-ms 100]
     [--rate 40] [--workers 8] [--no-sequential]

A practice shop big enough for `skus` linked SKUs is imported (no latency, not timed), the
master stock of `skus` of them is changed, and the preview is built from the catalog. Then
the sandbox gets `latency_ms` per call and `rate` calls per second for the app (the client's
RateLimiter is set to the same rate), and the push runs as shipped. For a baseline in the
same run, the same number of stock changes is pushed again one call at a time (workers=1).
Prints `name: value`:
  skus, calls                    stock changes pushed, and the calls that took (batching)
  skus_per_call                  skus / calls (stock goes 50 SKUs a call)
  push_seconds, calls_per_s
  ceiling_ratio                  calls_per_s / rate (goal: at least 0.9)
  sequential_seconds, speedup_vs_sequential   the one-call-at-a-time baseline
  rate_limit_answers_from_platform  code-2 answers the sandbox gave (the client retries them)
  failures                       changes that did not go through (goal: 0)
  readback_ok                    1 if the sandbox holds every pushed stock afterwards
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.catalog import Catalog  # noqa: E402
from wizard.jdid import JdidClient, RateLimiter  # noqa: E402
from wizard.jobs import ImportJob  # noqa: E402
from wizard.jobs.export_sync import PushJob, SyncPreview, build_preview  # noqa: E402
from wizard.sandbox import SandboxConfig, SandboxServer  # noqa: E402
from wizard.sandbox.practice_login import practice_login  # noqa: E402

# Linked SKUs per SPU in the practice shop (about 1.5: some SPUs are not QC-passed or are
# deleted, some SKU codes are empty or duplicated); the shop is made 10% bigger than needed.
SKUS_PER_SPU = 1.45


def client_for(server: SandboxServer, rate: float | None, workers: int) -> JdidClient:
    account = server.account
    return JdidClient(
        server.profile,
        account.app_key,
        account.app_secret,
        practice_login(server),
        rate_limiter=RateLimiter(rate) if rate else None,
        pool_size=workers,
    )


def stock_preview(path: Path, shop_id: str, skus: int, bump: int) -> SyncPreview:
    """Change the master stock of `skus` linked SKUs by `bump`; the catalog's preview."""
    with Catalog.open(path) as cat, cat.transaction() as conn:
        conn.execute(
            """UPDATE masters SET stock = stock + ? WHERE id IN (
                   SELECT master_id FROM listing_links WHERE link_class IN ('matched', 'new_master')
                   ORDER BY sku_id LIMIT ?)""",
            (bump, skus),
        )
    preview = build_preview(path, shop_id)  # the catalog's values: the timing is the push's
    return dataclasses.replace(preview, changes=preview.changes[:skus])


def timed_push(server: SandboxServer, path: Path, preview: SyncPreview, rate: float, workers: int):  # noqa: ANN201
    with client_for(server, rate, workers) as client:
        job = PushJob(client, path, preview, workers=workers)
        start = time.monotonic()
        result = job.run()
        return time.monotonic() - start, result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skus", type=int, default=10_000)
    ap.add_argument("--latency-ms", type=float, default=100)
    ap.add_argument("--rate", type=float, default=40)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--no-sequential", action="store_true")
    a = ap.parse_args()
    spus = int(a.skus / SKUS_PER_SPU * 1.1) + 10
    with SandboxServer(SandboxConfig(spus=spus)) as server, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalog.sqlite3"
        shop_id = str(server.account.shop_id)
        with client_for(server, None, 8) as client:
            ImportJob(client, path, shop_id).run()
        preview = stock_preview(path, shop_id, a.skus, 7)
        if preview.stock_changes < a.skus:
            print(f"error: the shop has only {preview.stock_changes} linked SKUs", file=sys.stderr)
            return 1

        server.configure(latency_ms=a.latency_ms, rate_limit=a.rate)
        server.clear_call_log()
        push_s, result = timed_push(server, path, preview, a.rate, a.workers)
        limited = sum(1 for r in server.call_log if r.code == "2")
        readback = all(server.state.stock(c.sku_id) == c.new_stock for c in preview.changes)

        sequential_s = None
        if not a.no_sequential:
            again = stock_preview(path, shop_id, a.skus, 1)
            sequential_s, _ = timed_push(server, path, again, a.rate, 1)

    calls_per_s = result.calls / push_s
    print(f"linked_skus_in_shop: {preview.linked}")
    print(f"skus: {result.stock_done}")
    print(f"calls: {result.calls}")
    print(f"skus_per_call: {result.stock_done / max(1, result.calls):.1f}")
    print(f"push_seconds: {push_s:.2f}")
    print(f"calls_per_s: {calls_per_s:.2f}")
    print(f"ceiling_ratio: {calls_per_s / a.rate:.3f}")
    if sequential_s is not None:
        print(f"sequential_seconds: {sequential_s:.2f}")
        print(f"speedup_vs_sequential: {sequential_s / push_s:.2f}")
    print(f"rate_limit_answers_from_platform: {limited}")
    print(f"failures: {len(result.failures)}")
    print(f"readback_ok: {int(readback)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
