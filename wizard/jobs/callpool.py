"""A fixed set of worker threads that run API calls in priority order.

Calls that unlock more work (list a page, read SPU details) jump ahead of the bulk SKU
calls, so the next page is ready before the workers run dry and the pool stays busy up to
the rate limit. The pool size bounds the number of calls in flight.
"""

from __future__ import annotations

import itertools
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_STOP = ((sys.maxsize,), 0, None)  # sorts after every real call


class CallPool:
    def __init__(self, workers: int, name: str = "jdid-call") -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self._queue: queue.PriorityQueue[tuple[Any, int, Any]] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._closed = False
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
            for i in range(workers)
        ]
        for t in self._threads:
            t.start()

    def submit(self, priority: tuple[int, ...], fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                future.cancel()  # the caller's result() raises CancelledError
                return future
            self._queue.put((priority, next(self._seq), (future, fn, args)))
        return future

    def _work(self) -> None:
        while True:
            _prio, _seq, item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:
                future.set_exception(exc)

    def shutdown(self) -> None:
        """Drop calls not yet started, let running ones finish, stop the threads."""
        with self._lock:
            self._closed = True
        while True:
            try:
                _prio, _seq, item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].cancel()
        for _ in self._threads:
            self._queue.put(_STOP)
        for t in self._threads:
            t.join()

    def __enter__(self) -> CallPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
