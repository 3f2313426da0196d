"""Issue 13, defect 6: every request gets a documented envelope, whatever its 360buy_param_json
(the sandbox dropped the connection for Infinity, 1e999 and deep nesting, and the client then
retried six times as if the network had failed)."""

from __future__ import annotations

import json

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fixtures.sandbox import login_token
from tests.sandbox.conftest import LIST, signed
from wizard.sandbox import SandboxServer
from wizard.sandbox.gateway import METHODS

FIELDS = ["page", "size", "spuId", "skuId", "realNum", "salePrice", "wareStockQueryListStr",
          "wareStockUpdateListStr"]  # fmt: skip
ODD = ["Infinity", "-Infinity", "NaN", "1e999", "-1e999", "1e308", "99999999999999999999999"]


@pytest.fixture(scope="module")
def token(sandbox: SandboxServer) -> str:
    return login_token(sandbox).access_token


def envelope(server: SandboxServer, method: str, param_json: str, token: str) -> dict:
    params = signed(server, method, None, token, **{"360buy_param_json": param_json})
    resp = requests.post(server.profile.gateway_url, data=params, timeout=10)
    assert resp.status_code == 200
    answer = resp.json()
    inner = answer.get(method.replace(".", "_") + "_response")
    assert isinstance(inner, dict), answer
    wrapper = METHODS[method][0]
    assert set(inner[wrapper]) >= {"success", "code", "message"}
    return inner[wrapper]


@pytest.mark.parametrize("method", sorted(METHODS))
@pytest.mark.parametrize("odd", ODD)
def test_odd_numbers_in_every_field_get_a_param_error_envelope(sandbox, token, method, odd):
    body = "{" + ",".join(f'"{f}": {odd}' for f in FIELDS) + "}"
    result = envelope(sandbox, method, body, token)
    if odd in ("Infinity", "NaN", "1e999"):
        assert (result["success"], result["code"]) == (False, "PARAM_ERROR")


@pytest.mark.parametrize("depth", [50, 5_000, 100_000])
def test_deeply_nested_param_json_gets_an_envelope(sandbox, token, depth):
    body = '{"page": ' + "[" * depth + "]" * depth + "}"
    result = envelope(sandbox, LIST, body, token)
    assert result["success"] is False and result["code"] == "PARAM_ERROR"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),  # fmt: skip
    max_leaves=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    method=st.sampled_from(sorted(METHODS)),
    biz=st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), json_values, max_size=6),
)
def test_any_param_json_gets_a_documented_envelope(sandbox, token, method, biz):
    envelope(sandbox, method, json.dumps(biz), token)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(method=st.sampled_from(sorted(METHODS)), text=st.text(max_size=60))
def test_any_text_as_param_json_gets_a_documented_envelope(sandbox, token, method, text):
    envelope(sandbox, method, text, token)
