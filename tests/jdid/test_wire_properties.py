"""Whatever the business parameters hold, the client's signature passes the sandbox's check."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.jdid import JdidClient
from wizard.jdid.client import M_LIST_SPUS

values = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.lists(st.integers(), max_size=3),
    st.sampled_from(["a&b=c", "x+y z", "100%", "'quoted'", '"dq"', "Kopi ☕", "你好", "é\n\t"]),
)


@settings(max_examples=40, deadline=None)
@given(extra=st.dictionaries(st.text(min_size=1, max_size=10), values, max_size=4))
def test_any_parameters_are_signed_and_sent_intact(sandbox, sandbox_token, extra):
    acc = sandbox.account
    params = {**extra, "page": 1, "size": 1}
    with JdidClient(sandbox.profile, acc.app_key, acc.app_secret, sandbox_token) as client:
        inner = client.call(M_LIST_SPUS, params)
    assert inner["returnType"]["success"] is True
