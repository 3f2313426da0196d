"""Faults are retried with backoff; a call never runs past its total time budget."""

from __future__ import annotations

import time

import pytest

from tests.fixtures.sandbox import login_token
from wizard.jdid import PlatformUnreachable

FAST = {"read_timeout": 0.3, "connect_timeout": 0.3, "backoff_s": 0.02, "total_budget_s": 3.0}


@pytest.fixture
def server(make_sandbox):
    return make_sandbox(hang_s=5)


@pytest.mark.parametrize("fault", ["http_500", "drop", "hang", "2"])
def test_a_fault_is_retried(server, make_client, fault):
    client = make_client(server, login_token(server), **FAST)
    server.clear_call_log()
    server.inject(fault, count=2)
    assert client.list_spus(1, 3).total == 60
    assert [r.code for r in server.call_log] == [fault, fault, "0"]


def test_random_faults_at_a_fifth_of_calls_are_all_absorbed(make_sandbox, make_client):
    server = make_sandbox(fault_rate=0.2, fault_kinds=("http_500", "drop"))
    client = make_client(server, login_token(server), **FAST)
    server.clear_call_log()
    for page in range(1, 31):
        client.list_spus(page % 5 + 1, 10)
    codes = [r.code for r in server.call_log]
    assert codes.count("0") == 30
    assert 0 < len(codes) - 30 < 30  # some faults happened and each was retried


@pytest.mark.parametrize("fault", ["http_500", "hang"])
def test_past_the_total_budget_the_call_fails_as_unreachable(server, make_client, fault):
    server.configure(fault_rate=1.0, fault_kinds=(fault,))
    client = make_client(server, login_token(server), **{**FAST, "total_budget_s": 0.8})
    start = time.monotonic()
    with pytest.raises(PlatformUnreachable) as info:
        client.list_spus(1, 1)
    elapsed = time.monotonic() - start
    assert info.value.key == "platform_unreachable"
    assert elapsed < 0.8 + 0.5
    assert len(server.call_log) >= 2  # it did retry inside the budget


def test_attempts_are_bounded(server, make_client):
    server.configure(fault_rate=1.0, fault_kinds=("http_500",))
    client = make_client(server, login_token(server), **{**FAST, "max_attempts": 3})
    server.clear_call_log()
    with pytest.raises(PlatformUnreachable):
        client.list_spus(1, 1)
    assert len(server.call_log) == 3


def test_latency_is_per_call_not_a_global_lock(make_sandbox, make_client):
    from concurrent.futures import ThreadPoolExecutor

    server = make_sandbox(latency_ms=300)
    client = make_client(server, login_token(server))
    start = time.monotonic()
    with ThreadPoolExecutor(5) as pool:
        list(pool.map(lambda _: client.list_spus(1, 1), range(5)))
    assert time.monotonic() - start < 0.9  # one after another would take 1.5 s
