"""The client-side token bucket keeps a busy client under the platform's limit."""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.fixtures.fake_clock import FakeClock
from tests.fixtures.sandbox import login_token
from wizard.jdid import RateLimited, RateLimiter


def test_paces_calls_at_the_rate():
    clock = FakeClock()
    limiter = RateLimiter(100, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(21):
        limiter.acquire()
    assert clock.now - start == pytest.approx(0.20, abs=0.011)  # 20 gaps of 10 ms


def test_burst_lets_a_few_through_at_once():
    clock = FakeClock()
    limiter = RateLimiter(1, burst=5, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(5):
        limiter.acquire()
    assert clock.now == start  # five at once, no wait
    limiter.acquire()
    assert clock.now - start == pytest.approx(1.0, abs=0.01)  # a sixth waits a whole second


def test_thread_safe_under_contention():
    limiter = RateLimiter(200)
    count = 0
    lock = threading.Lock()

    def work(_):
        nonlocal count
        for _ in range(10):
            limiter.acquire()
            with lock:
                count += 1

    start = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work, range(4)))
    assert count == 40
    assert time.monotonic() - start >= 39 / 200 - 0.01


def test_rejects_a_silly_rate():
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_burst_of_300_calls_gets_no_rate_limit_answer(make_sandbox, make_client):
    rate = 150
    server = make_sandbox(rate_limit=rate)
    client = make_client(
        server, login_token(server), rate_limiter=RateLimiter(rate), max_attempts=1
    )
    server.clear_call_log()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: client.list_spus(1, 1), range(300)))
    log = [r.code for r in server.call_log]
    assert len(log) == 300
    assert log.count("2") == 0


def test_without_the_limiter_the_same_burst_is_limited(make_sandbox, make_client):
    """The check above can fail: the sandbox does refuse a client that goes too fast.

    Issue 13, defect 8: no time budget here (0.2 s failed on a loaded machine). The sandbox
    allows 1 call per second, so 300 calls are refused unless they take over 299 s, longer
    than the test's own timeout: the machine's speed cannot change the outcome."""
    server = make_sandbox(rate_limit=1)
    client = make_client(server, login_token(server), max_attempts=1)
    server.clear_call_log()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: _try(client), range(300)))
    assert [r.code for r in server.call_log].count("2") > 0


def _try(client):
    with contextlib.suppress(RateLimited):  # some are expected to be refused
        client.list_spus(1, 1)


def test_one_shared_limiter_per_app():
    from wizard.jdid import shared_limiter
    from wizard.jdid.ratelimit import forget_shared_limiters

    forget_shared_limiters()
    a = shared_limiter("APP-A", 40)
    assert shared_limiter("APP-A", 40) is a
    assert shared_limiter("APP-B", 40) is not a
    # What the app's limiter learnt stays: asking with another start rate gets the same one.
    assert shared_limiter("APP-A", 80) is a and a.rate == 40
    forget_shared_limiters()
