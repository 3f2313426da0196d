"""Wire compatibility: a request built and signed by JD's own Python SDK passes the sandbox."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import jd
import jd.api.base
import pytest
from jd.api.base import RestApi

from tests.fixtures.sandbox import login_token


class WareInfoListRequest(RestApi):
    """What the SDK's generated request classes look like, for our list method."""

    def __init__(self, domain: str, port: int) -> None:
        RestApi.__init__(self, domain, port)
        self.page = None
        self.size = None

    def getapiname(self) -> str:  # noqa: N802 (the SDK's name)
        return "jingdong.seller.product.getWareInfoListByVendorId"


@pytest.fixture(autouse=True)
def _close_sdk_connections(monkeypatch):
    """The SDK never closes its HTTPConnection; close it for it (the request is untouched)."""
    opened: list[http.client.HTTPConnection] = []

    class Tracked(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

    monkeypatch.setattr(jd.api.base.client, "HTTPConnection", Tracked)
    yield
    for conn in opened:
        conn.close()


def _request(server) -> WareInfoListRequest:
    where = urlsplit(server.base_url)
    req = WareInfoListRequest(where.hostname, where.port)
    req.page = 1
    req.size = 3
    return req


def test_sdk_request_passes_the_signature_check(sandbox):
    acc = sandbox.account
    token = login_token(sandbox)
    req = _request(sandbox)
    req.set_app_info(jd.appinfo(acc.app_key, acc.app_secret))
    answer = req.getResponse(access_token=token.access_token, timeout=5)
    result = answer["jingdong_seller_product_getWareInfoListByVendorId_response"]["returnType"]
    assert result["success"] is True
    assert result["model"]["totalNum"] == 60
    assert len(result["model"]["spuInfoVoList"]) == 3


def test_sdk_request_with_the_wrong_secret_fails_the_signature_check(sandbox):
    acc = sandbox.account
    req = _request(sandbox)
    req.set_app_info(jd.appinfo(acc.app_key, "not-the-secret"))
    answer = req.getResponse(access_token="whatever", timeout=5)
    assert answer["error_response"]["code"] == "12"
