"""`python -m wizard.sandbox`: run the practice sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from wizard.sandbox.config import SandboxConfig
from wizard.sandbox.server import SandboxServer


def parse_args(argv: Sequence[str] | None = None) -> SandboxConfig:
    d = SandboxConfig()
    ap = argparse.ArgumentParser(prog="python -m wizard.sandbox", description=__doc__)
    ap.add_argument("--port", type=int, default=d.port, help="0 = any free port")
    ap.add_argument("--seed", type=int, default=d.seed)
    ap.add_argument("--spus", type=int, default=d.spus, help="products in the practice shop")
    ap.add_argument("--latency-ms", type=float, default=d.latency_ms)
    ap.add_argument("--rate-limit", type=float, default=None, help="gateway calls/s per app")
    ap.add_argument("--fault-rate", type=float, default=d.fault_rate)
    ap.add_argument(
        "--token-fault-rate",
        type=float,
        default=d.token_fault_rate,
        help="share of token requests that fail (HTTP 500, drop, hang, or answer lost after "
        "the refresh token rotated)",
    )
    ap.add_argument(
        "--refresh-reuse-s",
        type=float,
        default=d.refresh_reuse_s,
        help="a rotated refresh token works once more within this window (0 = never)",
    )
    ap.add_argument("--token-ttl", type=int, default=d.token_ttl, help="seconds")
    ap.add_argument("--app-key", default=d.app_key)
    ap.add_argument("--app-secret", default=d.app_secret)
    ap.add_argument("--shop-id", type=int, default=d.shop_id)
    ap.add_argument("--seller-email", default=d.seller_email)
    ap.add_argument("--seller-password", default=d.seller_password)
    ap.add_argument(
        "--state-file", default=None, help="keep writes and the console's state across restarts"
    )
    ap.add_argument(
        "--fresh-console",
        action="store_true",
        help="the practice developer console starts with nothing done (steps 3-10 to practise); "
        "default: already done",
    )
    a = ap.parse_args(argv)
    return SandboxConfig(
        port=a.port,
        seed=a.seed,
        spus=a.spus,
        latency_ms=a.latency_ms,
        rate_limit=a.rate_limit,
        fault_rate=a.fault_rate,
        token_fault_rate=a.token_fault_rate,
        refresh_reuse_s=a.refresh_reuse_s,
        token_ttl=a.token_ttl,
        app_key=a.app_key,
        app_secret=a.app_secret,
        shop_id=a.shop_id,
        seller_email=a.seller_email,
        seller_password=a.seller_password,
        state_file=a.state_file,
        console_ready=not a.fresh_console,
    )


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    server = SandboxServer(parse_args(argv)).start()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    print(f"JD.ID sandbox running at {server.base_url}", flush=True)
    # One `name: URL` line per console, for people and for scripts.
    print(f"seller_center: {server.seller_center_url}")
    print(f"developer_console: {server.developer_console_url}")
    print("Practice account:")
    for line in server.account.lines():
        print("  " + line)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
