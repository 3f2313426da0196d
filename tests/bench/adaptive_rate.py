"""The adaptive rate limiter against platforms whose limit differs from the configured one.

Run: .venv/bin/python tests/bench/adaptive_rate.py [--spus 1000] [--latency-ms 100]
     [--start-rate 40] [--limits 15,25,60] [--workers 8]

For each limit N the sandbox allows N gateway calls per second for the app (a bucket of N
refilled at N a second), answers every call after `latency_ms`, and the shop's `spus`
products are imported into a fresh catalog by a client whose limiter starts at
`start_rate` (the profile's rate, as on the first import of a new app: nothing remembered)
and is the one the app ships (wizard.store.call_rates.app_rate_limiter). Prints `name: value`:
  calls_at_N                 calls the import made (code-2 answers included)
  seconds_at_N
  ceiling_ratio_at_N         accepted calls per second / N (goal: at least 0.9)
  rate_limited_share_at_N    code-2 answers / all calls (goal: at most 0.01)
  errors_seen_by_user_at_N   RateLimited errors that reached the caller (goal: 0)
  learnt_rate_at_N           the rate it remembers for the next import
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.jdid import JdidClient, RateLimited  # noqa: E402
from wizard.jdid.ratelimit import forget_shared_limiters  # noqa: E402
from wizard.jobs import ImportJob  # noqa: E402
from wizard.sandbox import SandboxConfig, SandboxServer  # noqa: E402
from wizard.sandbox.practice_login import practice_login  # noqa: E402
from wizard.store.call_rates import app_rate_limiter  # noqa: E402


def one_limit(limit: float, a: argparse.Namespace, tmp: Path) -> dict[str, float]:
    forget_shared_limiters()  # a new app run with nothing remembered
    config = SandboxConfig(spus=a.spus, latency_ms=a.latency_ms, rate_limit=limit)
    data_dir = tmp / f"data-{limit:g}"
    data_dir.mkdir()
    with SandboxServer(config) as server:
        account = server.account
        token = practice_login(server)
        profile = server.profile
        limiter = app_rate_limiter(profile, account.app_key, data_dir)
        limiter.rate = a.start_rate  # the client configured for start_rate
        client = JdidClient(
            profile,
            account.app_key,
            account.app_secret,
            token,
            rate_limiter=limiter,
            pool_size=a.workers,
        )
        user_errors = 0
        server.clear_call_log()
        with client:
            job = ImportJob(client, data_dir / "catalog.sqlite3", str(account.shop_id))
            start = time.monotonic()
            while True:
                try:
                    job.run()
                    break
                except RateLimited:  # would be shown to the seller; count it and go on
                    user_errors += 1
            seconds = time.monotonic() - start
        codes = [r.code for r in server.call_log]
    limited = codes.count("2")
    forget_shared_limiters()
    return {
        "calls": len(codes),
        "seconds": seconds,
        "ceiling_ratio": (len(codes) - limited) / seconds / limit,
        "rate_limited_share": limited / max(1, len(codes)),
        "errors_seen_by_user": user_errors,
        "learnt_rate": limiter.rate,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spus", type=int, default=1000)
    ap.add_argument("--latency-ms", type=float, default=100)
    ap.add_argument("--start-rate", type=float, default=40)
    ap.add_argument("--limits", default="15,25,60")
    ap.add_argument("--workers", type=int, default=8)
    a = ap.parse_args()
    print(f"spus: {a.spus}")
    print(f"start_rate: {a.start_rate:g}")
    with tempfile.TemporaryDirectory() as tmp:
        for limit in (float(x) for x in a.limits.split(",")):
            result = one_limit(limit, a, Path(tmp))
            n = f"{limit:g}"
            print(f"calls_at_{n}: {result['calls']}")
            print(f"seconds_at_{n}: {result['seconds']:.2f}")
            print(f"ceiling_ratio_at_{n}: {result['ceiling_ratio']:.3f}")
            print(f"rate_limited_share_at_{n}: {result['rate_limited_share']:.4f}")
            print(f"errors_seen_by_user_at_{n}: {result['errors_seen_by_user']}")
            print(f"learnt_rate_at_{n}: {result['learnt_rate']:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
