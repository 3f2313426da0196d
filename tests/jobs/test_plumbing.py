"""Job plumbing shared by the importer and export sync: cancel token, progress, call pool."""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError

import pytest

from wizard.jobs import CallPool, Cancelled, CancelToken, Progress, ProgressThrottle


def progress(phase: str = "fetching", spus_done: int = 0, spus_total: int = 10) -> Progress:
    return Progress(phase, 0, 1, spus_done, spus_total, 0, 0, 0.0, None)


def test_cancel_token_wakes_a_sleeper_and_raises() -> None:
    token = CancelToken()
    token.raise_if_cancelled()  # not cancelled: nothing happens
    threading.Timer(0.05, token.cancel).start()
    assert token.wait(30) is True  # True only when woken by the cancel, not by the timeout
    with pytest.raises(Cancelled) as err:
        token.raise_if_cancelled()
    assert err.value.key == "cancelled"


def test_throttle_passes_at_most_one_per_interval_but_every_phase_change() -> None:
    now = [0.0]
    got: list[Progress] = []
    throttle = ProgressThrottle(got.append, 0.1, clock=lambda: now[0])
    assert throttle.offer(progress("starting"))
    assert throttle.offer(progress("fetching", 1))  # new phase: always
    assert not throttle.offer(progress("fetching", 2))  # too soon
    now[0] = 0.05
    assert not throttle.offer(progress("fetching", 3))
    now[0] = 0.11
    assert throttle.offer(progress("fetching", 4))
    assert throttle.offer(progress("done", 10))  # the end: always
    assert [p.spus_done for p in got] == [0, 1, 4, 10]


def test_progress_fraction() -> None:
    assert progress(spus_done=0, spus_total=0).fraction == 0.0
    assert progress(spus_done=5, spus_total=10).fraction == pytest.approx(0.49)
    assert progress(spus_done=10, spus_total=10).fraction == 0.98  # linking still to come
    assert progress("done", 10, 10).fraction == 1.0


def test_call_pool_runs_urgent_calls_first() -> None:
    order: list[str] = []
    gate = threading.Event()
    with CallPool(1) as pool:
        blocker = pool.submit((0,), gate.wait, 5)  # the only worker is busy
        bulk = [pool.submit((2, 1), order.append, f"bulk{i}") for i in range(3)]
        later_page = pool.submit((0, 2), order.append, "details page 2")
        urgent = pool.submit((0, 1), order.append, "list page 1")
        gate.set()
        for f in [blocker, *bulk, later_page, urgent]:
            f.result(5)
    assert order == ["list page 1", "details page 2", "bulk0", "bulk1", "bulk2"]


def test_call_pool_bounds_the_calls_in_flight() -> None:
    running = [0]
    peak = [0]
    lock = threading.Lock()

    def call() -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1

    with CallPool(3) as pool:
        for f in [pool.submit((0,), call) for _ in range(12)]:
            f.result(5)
    assert peak[0] == 3


def test_call_pool_shutdown_drops_waiting_calls_and_refuses_new_ones() -> None:
    release = threading.Event()
    pool = CallPool(1)
    running = pool.submit((0,), release.wait, 5)
    waiting = pool.submit((1,), lambda: "never")
    time.sleep(0.05)
    threading.Timer(0.1, release.set).start()
    pool.shutdown()
    assert running.result() is True
    with pytest.raises(CancelledError):
        waiting.result(1)
    with pytest.raises(CancelledError):
        pool.submit((0,), lambda: 1).result(1)
