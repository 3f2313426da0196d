"""/routerjson: the checks in the documented order, then the documented envelopes."""

from __future__ import annotations

import pytest
import requests

from tests.fixtures.sandbox import login_token
from tests.sandbox.conftest import LIST, error_code, gateway, signed


@pytest.fixture(scope="module")
def token(sandbox):
    return login_token(sandbox).access_token


def test_success_envelope(sandbox, token):
    answer = gateway(sandbox, signed(sandbox, LIST, {"page": 2, "size": 5}, token))
    inner = answer["jingdong_seller_product_getWareInfoListByVendorId_response"]
    result = inner["returnType"]
    assert result["success"] is True
    assert result["model"]["pageNum"] == 2
    assert result["model"]["totalNum"] == 60
    assert len(result["model"]["spuInfoVoList"]) == 5


def test_query_string_post_and_get_are_accepted(sandbox, token):
    for how in ("post", "get"):  # "get" puts every parameter in the query string
        answer = gateway(sandbox, signed(sandbox, LIST, {"page": 1, "size": 1}, token), how)
        assert error_code(answer) is None


def test_error_envelope_shape(sandbox):
    answer = gateway(sandbox, signed(sandbox, app_key="nope"))
    assert answer == {
        "error_response": {"code": "21", "zh_desc": "无效的app_key", "en_desc": "Invalid app key"}
    }


def test_check_order(sandbox, token):
    s = sandbox
    # each row breaks its own check AND every check after it: the first one must answer
    rows = [
        ("21", signed(s, app_key="bad", timestamp="", secret="x", method="")),
        ("7", signed(s, drop=("timestamp",), secret="x", method="")),
        ("8", signed(s, timestamp="2020-01-01 00:00:00.000+0700", secret="x", method="")),
        ("8", signed(s, timestamp="not a time", secret="x")),
        ("11", {k: v for k, v in signed(s, method="").items() if k != "sign"}),
        ("12", signed(s, secret="wrong", method="")),
        ("14", signed(s, drop=("method",))),
        ("15", signed(s, method="jingdong.no.such.method")),
        ("19", signed(s, LIST, {"page": 1}, "bad-token")),
        ("19", signed(s, LIST, {"page": 1})),
    ]
    assert [error_code(gateway(s, params)) for _, params in rows] == [c for c, _ in rows]


def test_rate_limit_comes_before_qualification(make_sandbox):
    server = make_sandbox(rate_limit=1)
    tok = login_token(server).access_token  # a Basic seller cannot log in: demote it after
    server.configure(qualified=False)
    codes = [error_code(gateway(server, signed(server, LIST, {}, tok))) for _ in range(3)]
    assert codes == ["24", "2", "2"]


def test_any_utc_offset_is_accepted(sandbox, token):
    from datetime import datetime, timedelta, timezone

    for hours in (-5, 0, 7, 9):
        now = datetime.now(timezone(timedelta(hours=hours)))
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.000%z")
        answer = gateway(
            sandbox, signed(sandbox, LIST, {"page": 1, "size": 1}, token, timestamp=stamp)
        )
        assert error_code(answer) is None, stamp


def test_business_failure_is_wrapped_not_a_gateway_code(sandbox, token):
    answer = gateway(sandbox, signed(sandbox, LIST, {"page": 0, "size": 1000}, token))
    result = answer["jingdong_seller_product_getWareInfoListByVendorId_response"]["returnType"]
    assert result["success"] is False and result["code"] == "PARAM_ERROR"


def test_stock_query_takes_the_single_quoted_list(sandbox, token):
    sku = sandbox.state.spus()[0].skus[0]
    biz = {"wareStockQueryListStr": f"[{{'skuId':{sku.sku_id}}}]"}
    answer = gateway(
        sandbox, signed(sandbox, "jingdong.epistock.queryEpiMerchantWareStock", biz, token)
    )
    result = answer["jingdong_epistock_queryEpiMerchantWareStock_response"]["EptRemoteResult"]
    assert result["model"] == [{"skuId": sku.sku_id, "realNum": sku.stock, "lockNum": 0}]


def test_call_log_keeps_business_params_only(make_sandbox):
    server = make_sandbox()
    tok = login_token(server).access_token
    server.clear_call_log()
    gateway(server, signed(server, LIST, {"page": 3, "size": 2}, tok))
    (record,) = server.call_log
    assert (record.method, record.code, record.params) == (LIST, "0", {"page": 3, "size": 2})
    assert record.app_key == server.account.app_key
    assert tok not in repr(record) and server.account.app_secret not in repr(record)


def test_malformed_requests_get_an_answer_not_a_crash(sandbox):
    url = sandbox.profile.gateway_url
    answer = requests.post(url, data=b"\xff\xfe=\x00&&==", timeout=5)
    assert answer.json()["error_response"]["code"] == "21"
    answer = requests.get(sandbox.base_url + "/no/such/page", timeout=5)
    assert answer.status_code == 404
    answer = requests.put(url, data="x", timeout=5)
    assert answer.status_code == 501
    # the server still serves after all that
    assert requests.get(sandbox.base_url + "/", timeout=5).status_code == 200


def test_optional_format_and_sign_method_are_signed_too(sandbox, token):
    params = signed(sandbox, LIST, {"page": 1, "size": 1}, token, format="json", sign_method="md5")
    assert error_code(gateway(sandbox, params)) is None
    params["format"] = "xml"  # changed after signing
    assert error_code(gateway(sandbox, params)) == "12"
