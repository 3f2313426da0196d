"""Gateway speed: the client against a bare `requests` loop, both on the same local sandbox.

Run: /work/venv/bin/python tests/bench/gateway.py [--calls N] [--block B]

Prints `name: value` lines:
  raw_calls_per_s        a bare requests.Session loop posting one pre-signed call: the
                         sandbox's own ceiling in this run
  client_calls_per_s     JdidClient.list_spus(1, 1): timestamp, signing, POST, envelope
                         parsing and typed results (no rate limiter)
  client_overhead_ratio  raw_calls_per_s / client_calls_per_s - 1: the client's extra cost
                         per call as a fraction of the raw loop's (goal: under 0.10;
                         negative means the client is faster than the bare loop)
  raw_same_transport_calls_per_s  the bare loop with the client's session settings (proxy
                         settings read once, not on every request, as the client does)
  client_overhead_vs_same_transport_ratio  signing and parsing alone, as a fraction
  client_cpu_us_per_call the client's own work per call without the network (sign + parse)
The three loops run in small interleaved blocks, so they see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import requests  # noqa: E402

from tests.fixtures.sandbox import login_token  # noqa: E402
from wizard.jdid import JdidClient, format_timestamp, sign  # noqa: E402
from wizard.jdid.client import M_LIST_SPUS  # noqa: E402
from wizard.sandbox import SandboxConfig, SandboxServer  # noqa: E402


def raw_loop(server: SandboxServer, token: str, same_transport: bool) -> Callable[[int], None]:
    acc = server.account
    params = {
        "method": M_LIST_SPUS,
        "app_key": acc.app_key,
        "access_token": token,
        "timestamp": format_timestamp(),
        "v": "2.0",
        "360buy_param_json": '{"page":1,"size":1}',
    }
    params["sign"] = sign(acc.app_secret, params)
    url = server.profile.gateway_url
    http = requests.Session()
    http.trust_env = not same_transport
    http.post(url, data=params).raise_for_status()  # warm the connection

    def run(n: int) -> None:
        for _ in range(n):
            _ = http.post(url, data=params).content

    return run


def client_loop(client: JdidClient) -> Callable[[int], None]:
    client.list_spus(1, 1)  # warm the connection

    def run(n: int) -> None:
        for _ in range(n):
            client.list_spus(1, 1)

    return run


def client_cpu_us(server: SandboxServer, token: str, calls: int = 5000) -> float:
    """Build + sign + parse + type, as in one call, with the network left out."""
    acc = server.account
    model = {
        "spuInfoVoList": [{"spuId": 1, "spuName": "Kaos", "wareStatus": 1, "mainImgUri": "x"}],
        "totalNum": 60,
        "pageNum": 1,
    }
    result = {"success": True, "code": "0", "message": "success", "model": model}
    key = M_LIST_SPUS.replace(".", "_") + "_response"
    body = json.dumps({key: {"code": "0", "returnType": result}})
    with JdidClient(server.profile, acc.app_key, acc.app_secret) as client:
        start = time.perf_counter()
        for _ in range(calls):
            data = {
                "method": M_LIST_SPUS,
                "app_key": acc.app_key,
                "timestamp": format_timestamp(),
                "v": "2.0",
                "360buy_param_json": json.dumps({"page": 1, "size": 1}, separators=(",", ":")),
                "access_token": token,
            }
            data["sign"] = sign(acc.app_secret, data)
            client._model(json.loads(body)[key], "returnType", M_LIST_SPUS)
        return (time.perf_counter() - start) / calls * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=3000, help="calls per loop")
    ap.add_argument("--block", type=int, default=100, help="calls per interleaved block")
    a = ap.parse_args()
    with SandboxServer(SandboxConfig(latency_ms=0)) as server:
        token = login_token(server)
        acc = server.account
        with JdidClient(server.profile, acc.app_key, acc.app_secret, token) as client:
            loops = {
                "raw": raw_loop(server, token.access_token, same_transport=False),
                "same": raw_loop(server, token.access_token, same_transport=True),
                "client": client_loop(client),
            }
            spent = dict.fromkeys(loops, 0.0)
            for _ in range(a.calls // a.block):
                for name, run in loops.items():
                    start = time.perf_counter()
                    run(a.block)
                    spent[name] += time.perf_counter() - start
        cpu = client_cpu_us(server, token.access_token)
    n = a.calls // a.block * a.block
    raw, same, cli = (n / spent[k] for k in ("raw", "same", "client"))
    print(f"raw_calls_per_s: {raw:.0f}")
    print(f"client_calls_per_s: {cli:.0f}")
    print(f"client_overhead_ratio: {raw / cli - 1:.3f}")
    print(f"raw_same_transport_calls_per_s: {same:.0f}")
    print(f"client_overhead_vs_same_transport_ratio: {same / cli - 1:.3f}")
    print(f"client_cpu_us_per_call: {cpu:.1f}")
    print(f"raw_us_per_call: {1e6 / raw:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
