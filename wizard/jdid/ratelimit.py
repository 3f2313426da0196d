"""A client-side token bucket so the client stays under the platform's calls-per-second limit."""

from __future__ import annotations

import threading
import time


class RateLimiter:
    """Token bucket: `rate_per_s` calls per second, at most `burst` at once (default 1).

    Thread-safe. A burst of 1 paces calls evenly, which keeps a client comfortably under a
    platform that allows `rate_per_s` calls in any second.
    """

    def __init__(self, rate_per_s: float, burst: int | None = None) -> None:
        if rate_per_s <= 0:
            raise ValueError("rate_per_s must be positive")
        self.rate = float(rate_per_s)
        self.burst = float(burst if burst is not None else 1)
        self._tokens = self.burst
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Block until a call may go."""
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
                self._last = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                wait = (1.0 - self._tokens) / self.rate
            time.sleep(wait)


_shared: dict[str, RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(app_key: str, rate_per_s: float, burst: int | None = None) -> RateLimiter:
    """The one limiter of an app in this process, so every client of that app shares the limit.

    Asking again with another rate replaces the limiter (new clients get the new rate).
    """
    with _shared_lock:
        limiter = _shared.get(app_key)
        wanted = float(burst if burst is not None else 1)
        if limiter is None or limiter.rate != float(rate_per_s) or limiter.burst != wanted:
            limiter = _shared[app_key] = RateLimiter(rate_per_s, burst)
        return limiter
