"""No secret or token reaches an exception's text or repr, or a log line."""

from __future__ import annotations

import logging

import pytest

from tests.fixtures.sandbox import login_token
from wizard.jdid import JdidClient, JdidError, exchange_code, refresh, sandbox_profile


def _assert_clean(texts, secrets):
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"secret leaked into: {text[:200]}"


def test_errors_and_logs_hold_no_secrets(make_sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    server = make_sandbox(hang_s=2)
    acc = server.account
    token = login_token(server)
    secrets = [acc.app_secret, token.access_token, token.refresh_token]
    errors: list[JdidError] = []
    client = JdidClient(
        server.profile,
        acc.app_key,
        acc.app_secret,
        token,
        read_timeout=0.2,
        backoff_s=0.01,
        total_budget_s=1.0,
    )
    try:
        client.list_spus(1, 1)
        server.inject("http_500")
        server.inject("drop")
        client.list_spus(1, 1)
        server.expire_tokens()
        client.list_spus(1, 1)  # refresh on 19
        secrets.append(client.token.refresh_token)
        secrets.append(client.token.access_token)
        for fault in ("24", "garbage"):
            server.inject(fault)
            with pytest.raises(JdidError) as info:
                client.list_spus(1, 1)
            errors.append(info.value)
        server.configure(fault_rate=1.0, fault_kinds=("hang",))
        with pytest.raises(JdidError) as info:
            client.list_spus(1, 1)
        errors.append(info.value)
    finally:
        client.close()
    for call in (
        lambda: exchange_code(server.profile, acc.app_key, acc.app_secret, "bad-code"),
        lambda: refresh(server.profile, acc.app_key, acc.app_secret, token.refresh_token),
        lambda: refresh(sandbox_profile("http://nowhere.invalid"), "k", acc.app_secret, "tok"),
    ):
        with pytest.raises(JdidError) as info:
            call()
        errors.append(info.value)
        assert info.value.__cause__ is None  # no chained requests error carrying a URL
    server.stop()
    texts = [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [r.getMessage() for r in caplog.records] + [repr(client), repr(client.token)]
    _assert_clean(texts, secrets)
    assert {e.key for e in errors} >= {"not_qualified", "unexpected_answer", "invalid_code"}


def test_redact_masks_sensitive_query_values():
    from wizard.jdid import redact

    line = '"GET /oauth2/access_token?app_key=K&app_secret=S3&grant_type=x&code=C0 HTTP/1.1"'
    assert redact(line) == (
        '"GET /oauth2/access_token?app_key=K&app_secret=***&grant_type=x&code=*** HTTP/1.1"'
    )
    assert redact("refresh_token=abc.def&sign=ABC") == "refresh_token=***&sign=***"
    assert redact("barcode=123") == "barcode=123"
