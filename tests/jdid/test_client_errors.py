"""Every typed error of the client, produced by the sandbox through real sockets."""

from __future__ import annotations

import pytest

from tests.fixtures.sandbox import login_token, rotate_away
from wizard.jdid import (
    ClockWrong,
    JdidClient,
    LoginExpired,
    NoNetwork,
    NotQualified,
    PlatformError,
    PlatformUnreachable,
    RateLimited,
    UnexpectedAnswer,
    WrongApiKey,
    WrongApiSecret,
    sandbox_profile,
)
from wizard.jdid.ratelimit import RateLimiter

FAST = {"total_budget_s": 1.0, "backoff_s": 0.05, "read_timeout": 0.5, "connect_timeout": 0.5}


def codes(server, method_part="getWareInfoList"):
    return [r.code for r in server.call_log if method_part in r.method]


def test_check_credentials_passes_with_the_practice_account(sandbox, make_client):
    make_client(sandbox).check_credentials()


def test_wrong_api_key(sandbox, make_client):
    client = make_client(sandbox, app_key="0" * 32)
    with pytest.raises(WrongApiKey) as info:
        client.check_credentials()
    assert (info.value.key, info.value.code) == ("wrong_api_key", "21")


def test_wrong_api_secret(sandbox, make_client):
    client = make_client(sandbox, app_secret="f" * 32)
    with pytest.raises(WrongApiSecret) as info:
        client.check_credentials()
    assert (info.value.key, info.value.code) == ("wrong_api_secret", "12")


@pytest.mark.parametrize("offset", [+600, -600])
def test_computer_clock_wrong(make_sandbox, make_client, offset):
    server = make_sandbox(clock_offset_s=offset)
    with pytest.raises(ClockWrong) as info:
        make_client(server).check_credentials()
    assert (info.value.key, info.value.code) == ("clock_wrong", "8")


def test_clock_a_little_off_is_fine(make_sandbox, make_client):
    make_client(make_sandbox(clock_offset_s=300)).check_credentials()


def test_basic_seller_is_not_qualified_and_not_retried(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server))
    client.list_spus(1, 1)
    server.configure(qualified=False)
    server.clear_call_log()
    with pytest.raises(NotQualified) as info:
        client.list_spus(1, 1)
    assert (info.value.key, info.value.code) == ("not_qualified", "24")
    assert codes(server) == ["24"]


def test_no_token_at_all_is_login_expired(sandbox, make_client):
    with pytest.raises(LoginExpired) as info:
        make_client(sandbox).list_spus(1, 1)
    assert info.value.key == "login_expired"


def test_login_expired_after_a_failed_refresh(make_sandbox, make_client):
    server = make_sandbox()
    old = login_token(server)
    rotate_away(server, old)
    server.expire_tokens()
    server.clear_call_log()
    with pytest.raises(LoginExpired) as info:
        make_client(server, old).list_spus(1, 1)
    assert info.value.key == "login_expired"
    assert [r.code for r in server.call_log] == ["19", "1004"]  # one try, one refused refresh


def test_rate_limited_after_the_retries(make_sandbox, make_client):
    server = make_sandbox(rate_limit=1)  # one call, then one more per second
    client = make_client(server, login_token(server), **{**FAST, "total_budget_s": 0.5})
    with pytest.raises(RateLimited) as info:
        for _ in range(10):
            client.list_spus(1, 1)
    assert (info.value.key, info.value.code) == ("rate_limited", "2")
    assert codes(server).count("2") >= 2  # code 2 was retried before giving up


@pytest.mark.parametrize("paced", [False, True], ids=["unpaced", "paced_past_the_budget"])
def test_no_network_when_the_name_does_not_resolve(paced: bool) -> None:
    """Paced so that the second try could only go 2 s after the first, past the budget: the
    seller still hears what the tries met (no network), not "the platform did not answer"."""
    profile = sandbox_profile("http://jdid-sandbox.invalid")
    options = {"rate_limiter": RateLimiter(0.5), "total_budget_s": 1.5} if paced else {}
    client = JdidClient(profile, "k", "s", **{"total_budget_s": 0.5, "backoff_s": 0.05, **options})
    try:
        with pytest.raises(NoNetwork) as info:
            client.check_credentials()
    finally:
        client.close()
    assert info.value.key == "no_network"


def test_platform_unreachable_when_nothing_listens(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, **FAST)
    server.stop()
    with pytest.raises(PlatformUnreachable) as info:
        client.check_credentials()
    assert info.value.key == "platform_unreachable"


def test_unexpected_answer(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server), **FAST)
    server.inject("garbage")
    with pytest.raises(UnexpectedAnswer) as info:
        client.list_spus(1, 1)
    assert info.value.key == "unexpected_answer"


@pytest.mark.parametrize(
    ("code", "error"),
    [("12", WrongApiSecret), ("15", PlatformError), ("21", WrongApiKey), ("24", NotQualified)],
)
def test_no_retry_on_final_codes(make_sandbox, make_client, code, error):
    server = make_sandbox()
    client = make_client(server, login_token(server), **FAST)
    server.clear_call_log()
    server.inject(code)
    with pytest.raises(error) as info:
        client.list_spus(1, 1)
    assert info.value.code == code
    assert len(server.call_log) == 1
