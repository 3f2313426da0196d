"""Import throughput against a platform that is slow per call and rate-limited.

Run: /work/venv/bin/python tests/bench/import_throughput.py [--spus 1000] [--latency-ms 100]
     [--rate 40] [--workers 8]

The sandbox answers every gateway call after `latency_ms` and allows `rate` calls per
second for the app; the client's limiter starts at the same rate (the concurrent import
uses the app's adaptive limiter, as shipped, so this is its fixed-limit case; the
sequential one a fixed RateLimiter). The same shop is imported twice in this run, into two
fresh catalogs: concurrently (the importer as shipped) and one call at a time (workers=1,
one page in flight). Prints `name: value`:
  spus, calls                     the shop's size and the calls one import makes
  concurrent_seconds, sequential_seconds
  calls_per_s                     calls / concurrent_seconds
  ceiling_ratio                   calls_per_s / rate (goal: at least 0.9)
  speedup_vs_sequential           sequential_seconds / concurrent_seconds (goal: >= 3.5)
  rate_limit_answers_from_platform  code-2 answers the sandbox gave (the client retries them)
  rate_limit_errors_seen_by_user  RateLimited errors that reached the caller (goal: 0)
  same_catalog                    1 if both imports produced the same catalog
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.jobs.conftest import catalog_content  # noqa: E402
from wizard.jdid import JdidClient, RateLimited, RateLimiter  # noqa: E402
from wizard.jdid.ratelimit import forget_shared_limiters  # noqa: E402
from wizard.jobs import ImportJob  # noqa: E402
from wizard.sandbox import SandboxConfig, SandboxServer  # noqa: E402
from wizard.sandbox.practice_login import practice_login  # noqa: E402
from wizard.store.call_rates import app_rate_limiter  # noqa: E402


def timed_import(
    server: SandboxServer, path: Path, limiter: RateLimiter, workers: int, pages_ahead: int
) -> tuple[float, int, int]:
    """(seconds, calls, RateLimited errors seen by the caller) of one import."""
    account = server.account
    client = JdidClient(
        server.profile,
        account.app_key,
        account.app_secret,
        practice_login(server),
        rate_limiter=limiter,
        pool_size=workers,
    )
    user_errors = 0
    with client:
        job = ImportJob(
            client, path, str(account.shop_id), workers=workers, pages_ahead=pages_ahead
        )
        start = time.monotonic()
        while True:
            try:
                report = job.run()
                break
            except RateLimited:  # would be shown to the seller; count it and go on
                user_errors += 1
        return time.monotonic() - start, report.calls, user_errors


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spus", type=int, default=1000)
    ap.add_argument("--latency-ms", type=float, default=100)
    ap.add_argument("--rate", type=float, default=40)
    ap.add_argument("--workers", type=int, default=8)
    a = ap.parse_args()
    config = SandboxConfig(spus=a.spus, latency_ms=a.latency_ms, rate_limit=a.rate)
    with SandboxServer(config) as server, tempfile.TemporaryDirectory() as tmp:
        fast_path, slow_path = Path(tmp) / "concurrent.sqlite3", Path(tmp) / "sequential.sqlite3"
        server.clear_call_log()
        forget_shared_limiters()
        adaptive = app_rate_limiter(server.profile, server.account.app_key, Path(tmp))
        adaptive.rate = a.rate
        fast_s, calls, fast_errors = timed_import(server, fast_path, adaptive, a.workers, 2)
        limited = sum(1 for r in server.call_log if r.code == "2")
        slow_s, _calls, slow_errors = timed_import(server, slow_path, RateLimiter(a.rate), 1, 1)
        same = catalog_content(fast_path) == catalog_content(slow_path)
    calls_per_s = calls / fast_s
    print(f"spus: {a.spus}")
    print(f"calls: {calls}")
    print(f"concurrent_seconds: {fast_s:.2f}")
    print(f"sequential_seconds: {slow_s:.2f}")
    print(f"calls_per_s: {calls_per_s:.2f}")
    print(f"ceiling_ratio: {calls_per_s / a.rate:.3f}")
    print(f"speedup_vs_sequential: {slow_s / fast_s:.2f}")
    print(f"rate_limit_answers_from_platform: {limited}")
    print(f"rate_limit_errors_seen_by_user: {fast_errors + slow_errors}")
    print(f"same_catalog: {int(same)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
