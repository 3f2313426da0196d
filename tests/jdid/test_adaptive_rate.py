"""The adaptive limiter finds the platform's limit by itself and stays just under it.

Its behaviour is driven with a fake clock (no real time passes, so these tests do not depend
on the machine's speed); one test drives a real client against a rate-limited sandbox.
"""

from __future__ import annotations

import heapq
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.fixtures.fake_clock import FakeClock
from tests.fixtures.sandbox import login_token
from wizard.jdid import AdaptiveRateLimiter, sandbox_profile
from wizard.jdid.ratelimit import forget_shared_limiters
from wizard.store.call_rates import RATES_FILE, app_rate_limiter, remember_rate, remembered_rate


def limiter_at(rate: float, clock: FakeClock, **kw) -> AdaptiveRateLimiter:
    return AdaptiveRateLimiter(rate, clock=clock, sleep=clock.sleep, **kw)


def busy_calls(limiter: AdaptiveRateLimiter, clock: FakeClock, seconds: float) -> int:
    """Callers always waiting for a turn, every call answered at once and accepted."""
    end, calls = clock.now + seconds, 0
    while clock.now < end:
        sent = limiter.acquire()
        limiter.on_answer(sent, rate_limited=False)
        calls += 1
    return calls


def test_paces_evenly_at_the_start_rate():
    clock = FakeClock()
    limiter = limiter_at(40, clock)
    sent = [limiter.acquire() for _ in range(41)]
    assert sent[-1] - sent[0] == pytest.approx(1.0)


def test_code_2_cuts_the_rate_once_for_the_calls_already_sent():
    clock = FakeClock()
    limiter = limiter_at(40, clock)
    in_flight = [limiter.acquire() for _ in range(4)]
    clock.sleep(0.1)  # the first answer
    limiter.on_answer(in_flight[0], rate_limited=True)
    cut = limiter.rate
    assert cut < 40 * 0.7
    for sent in in_flight[1:]:  # sent at the old rate: already paid for by the cut
        limiter.on_answer(sent, rate_limited=True)
    assert limiter.rate == cut and limiter.cuts == 1
    clock.sleep(0.5)
    limiter.on_answer(limiter.acquire(), rate_limited=True)  # sent after the cut: over again
    assert limiter.rate < cut and limiter.cuts == 2


def test_probes_upward_while_calls_succeed_and_the_limiter_sets_the_pace():
    clock = FakeClock()
    limiter = limiter_at(40, clock)
    busy_calls(limiter, clock, 2.0)
    assert limiter.rate > 40 * 1.3  # no limit known yet: grows fast


def test_does_not_grow_when_the_work_sets_the_pace():
    clock = FakeClock()
    limiter = limiter_at(40, clock)
    for _ in range(100):  # one call every 0.1 s: never waits for a turn
        clock.sleep(0.1)
        limiter.on_answer(limiter.acquire(), rate_limited=False)
    assert limiter.rate == 40


def test_near_the_known_limit_it_probes_slowly():
    clock = FakeClock()
    limiter = limiter_at(40, clock)
    busy_calls(limiter, clock, 1.0)
    clock.sleep(2.5)  # a while after the start: this cut is not a "soon again" one
    limiter.on_answer(limiter.acquire(), rate_limited=True)
    limit = limiter.known_limit
    assert limit is not None and limiter.rate < limit
    busy_calls(limiter, clock, 5.0)
    near = limiter.rate
    assert limit * 0.94 <= near <= limit  # back up to just under the limit quickly
    busy_calls(limiter, clock, 10.0)
    assert near < limiter.rate <= near * 1.03  # then a slow probe


def test_speaks_of_what_it_learnt():
    clock = FakeClock()
    seen: list[float] = []
    limiter = limiter_at(40, clock, on_change=seen.append)
    busy_calls(limiter, clock, 6.0)
    limiter.on_answer(limiter.acquire(), rate_limited=True)
    assert len(seen) >= 2 and seen[-1] == limiter.rate


def simulate(limit: float, start: float = 40, calls: int = 880, workers: int = 8) -> dict:
    """An import's calls on `workers` threads against a platform that refills `limit` calls
    a second into a bucket of `limit` (like the sandbox), 100 ms per call, code 2 retried
    after a back-off, all on the fake clock. Returns calls/s over the limit and code-2 share."""
    clock = FakeClock()
    limiter = limiter_at(start, clock)
    began = clock.now
    tokens, last = limit, clock.now
    events = [(clock.now, w, 0, 0.0, False) for w in range(workers)]  # (time, worker, kind..)
    left, answered, refused = calls, 0, 0
    while events:
        clock.now, worker, kind, sent, ok = heapq.heappop(events)
        if kind == 0 and left == 0:
            continue  # nothing left for this worker
        if kind in (0, 2):  # wants a turn: a new call (0) or a retry of a refused one (2)
            left -= kind == 0
            wait = limiter.try_acquire()
            if wait is not None:
                heapq.heappush(events, (clock.now + wait, worker, 2, 0.0, False))
                continue
            tokens = min(limit, tokens + (clock.now - last) * limit)
            last = clock.now
            ok = tokens >= 1
            tokens -= ok
            heapq.heappush(events, (clock.now + 0.1, worker, 1, clock.now, ok))
        else:  # the answer
            limiter.on_answer(sent, rate_limited=not ok)
            answered += 1
            refused += not ok
            heapq.heappush(events, (clock.now + (0 if ok else 0.25), worker, 0 if ok else 2, 0, 0))
    return {"ratio": (answered - refused) / (clock.now - began) / limit, "refused": refused}


@pytest.mark.parametrize("limit", [15, 25, 60])
def test_finds_a_lower_or_higher_limit_than_configured(limit):
    result = simulate(limit)
    assert result["ratio"] >= 0.9
    assert result["refused"] <= 0.01 * 880


def test_the_app_limiter_starts_at_the_remembered_rate(tmp_path):
    forget_shared_limiters()
    profile = sandbox_profile("http://127.0.0.1:1")
    assert app_rate_limiter(profile, "APP-1", tmp_path).rate == profile.calls_per_s
    forget_shared_limiters()  # a new run of the app
    remember_rate(tmp_path / RATES_FILE, "APP-1", 17.5)
    limiter = app_rate_limiter(profile, "APP-1", tmp_path)
    assert limiter.rate == 17.5
    assert app_rate_limiter(profile, "APP-1", tmp_path) is limiter  # shared in this process
    assert app_rate_limiter(profile, "APP-2", tmp_path).rate == profile.calls_per_s
    assert json.loads((tmp_path / RATES_FILE).read_text()) == {"APP-1": 17.5}
    forget_shared_limiters()


def test_a_damaged_rates_file_only_means_starting_from_the_profile(tmp_path):
    path = tmp_path / RATES_FILE
    path.write_text("{not json")
    assert remembered_rate(path, "APP-1") is None
    remember_rate(path, "APP-1", 20)  # written afresh; the damaged one is kept aside
    assert remembered_rate(path, "APP-1") == 20
    assert (tmp_path / (RATES_FILE + ".bad")).exists()


def test_a_real_client_slows_down_to_the_sandbox_limit(make_sandbox, make_client, tmp_path):
    """Configured far too fast for the platform: no error reaches the caller, and the pace
    it remembers is under the platform's limit."""
    forget_shared_limiters()
    server = make_sandbox(rate_limit=100)
    limiter = app_rate_limiter(server.profile, server.account.app_key, tmp_path)
    limiter.rate = 400.0  # as if the profile said 400 calls/s
    client = make_client(server, login_token(server), rate_limiter=limiter)
    server.clear_call_log()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: client.list_spus(1, 1), range(300)))
    codes = [r.code for r in server.call_log]
    assert codes.count("2") > 0  # it did run into the limit...
    assert limiter.rate < 120  # ...and came down to it
    assert 0 < remembered_rate(tmp_path / RATES_FILE, server.account.app_key) < 120
    forget_shared_limiters()
