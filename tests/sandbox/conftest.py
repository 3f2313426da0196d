"""Hand-built gateway requests, so the sandbox's checks can be probed one by one."""

from __future__ import annotations

import json
from typing import Any

import requests

from wizard.jdid import format_timestamp, sign
from wizard.sandbox import SandboxServer

LIST = "jingdong.seller.product.getWareInfoListByVendorId"


def signed(
    server: SandboxServer,
    method: str = LIST,
    biz: dict[str, Any] | None = None,
    token: str | None = None,
    *,
    secret: str | None = None,
    drop: tuple[str, ...] = (),
    **overrides: str,
) -> dict[str, str]:
    """System parameters for one call, signed (with `secret` if given), then `overrides`."""
    acc = server.account
    params = {
        "method": method,
        "app_key": acc.app_key,
        "timestamp": format_timestamp(),
        "v": "2.0",
        "360buy_param_json": json.dumps(biz or {}),
    }
    if token:
        params["access_token"] = token
    params.update(overrides)
    for key in drop:
        params.pop(key, None)
    params["sign"] = sign(secret or acc.app_secret, params)
    return params


def gateway(server: SandboxServer, params: dict[str, str], how: str = "post") -> dict:
    url = server.profile.gateway_url
    if how == "post":
        resp = requests.post(url, data=params, timeout=5)
    else:
        resp = requests.request(how.upper(), url, params=params, timeout=5)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/json")
    return resp.json()


def error_code(answer: dict) -> str | None:
    err = answer.get("error_response")
    return err["code"] if err else None
