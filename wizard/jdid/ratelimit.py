"""Client-side pacing so the client stays under the platform's calls-per-second limit.

`RateLimiter` paces at a fixed rate. `AdaptiveRateLimiter` finds the limit by itself: JD.ID
never told apps their exact limit (it differs by app and method), so it starts from the
profile's rate, slows down when the platform answers code 2 ("too many calls") and probes
upward while calls succeed. Both are thread-safe and take an injectable clock, so their
behaviour can be tested without real time passing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Token bucket: `rate_per_s` calls per second, at most `burst` at once (default 1).

    Thread-safe. A burst of 1 paces calls evenly, which keeps a client comfortably under a
    platform that allows `rate_per_s` calls in any second.
    """

    def __init__(
        self,
        rate_per_s: float,
        burst: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_s <= 0:
            raise ValueError("rate_per_s must be positive")
        self.rate = float(rate_per_s)
        self.burst = float(burst if burst is not None else 1)
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.burst
        self._last = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Block until a call may go; returns the time it went (pass it to on_answer)."""
        while True:
            wait = self.try_acquire()
            if wait is None:
                return self._clock()
            self._sleep(wait)

    def try_acquire(self) -> float | None:
        """Take a call's turn now (None), or say how many seconds until one is free."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            if self._tokens >= 1.0 - 1e-9:  # (rounding must not make a turn never come)
                self._tokens = max(0.0, self._tokens - 1.0)
                return None
            self._waited(now)
            return (1.0 - self._tokens) / self.rate

    def _waited(self, now: float) -> None:
        """A caller had to wait: the limiter, not the caller, set the pace."""

    def on_answer(self, sent_at: float, rate_limited: bool) -> None:
        """What the platform answered a call sent at `sent_at`. A fixed rate ignores it."""


# How the adaptive limiter moves, tuned on a platform that refills R calls a second into a
# bucket of R (the sandbox's model of JD.ID) so that an import of ~900 calls started at 40/s
# gets at least 0.9 of R with at most 1 % code-2 answers for R from 15 to 60:
_GROW_FAST = 0.25  # below the last known limit (or none known yet): +25 % a second
_GROW_SLOW = 0.002  # near the last known limit: +0.2 % a second, a careful probe
_NEAR = 0.95  # "near" starts at 95 % of the last known limit
_CUT = 0.95  # on code 2: 95 % of what the platform was seen to allow since the last cut
_CUT_DEEP = 0.5  # on the first code 2, or when nothing was learnt since the last: 50 %
_MIN_SPAN_S = 0.5  # a shorter stretch between two code 2s says too little to estimate from
_FORGET = 1.15  # 15 % over the last known limit without code 2: the platform allows more now
_BUSY_S = 1.0  # the rate grows only while callers waited for a turn within this time
_PAUSE_S = 0.2  # after a cut no call goes for this long: the platform's allowance refills


class AdaptiveRateLimiter(RateLimiter):
    """A rate limiter that finds the platform's limit by itself (additive/multiplicative).

    Calls are paced evenly at `rate`. While calls succeed and callers are waiting for a
    turn (so the limiter, not the work, sets the pace), the rate grows: fast while below the
    last known limit, then by 0.2 % a second. A code 2 means the platform's allowance ran
    out; between two of them the platform let through about its limit per second, so the
    accepted answers since the last cut over the time since give the known limit, and the
    rate is cut to 95 % of it. The first code 2 (nothing to estimate from yet) cuts to 50 %.
    After a cut no call goes for a moment, so the allowance refills and a late answer does
    not find it empty; answers to calls sent before a cut do not cut again.

    `on_change(rate)` is called after each cut and when the rate settles (at most every few
    seconds), so the caller can remember it for the next run.
    """

    def __init__(
        self,
        start_rate: float,
        *,
        min_rate: float = 1.0,
        max_rate: float | None = None,
        on_change: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(start_rate, clock=clock, sleep=sleep)
        self.min_rate = float(min_rate)
        self.max_rate = float(max_rate) if max_rate else 4 * self.rate
        self.rate = min(self.max_rate, max(self.min_rate, self.rate))
        self.known_limit: float | None = None  # calls/s the platform was last seen to allow
        self.cuts = 0
        self._on_change = on_change
        now = clock()
        self._last_cut = now  # (estimates count answers since the start or the last cut)
        self._last_grow = now
        self._last_busy = float("-inf")
        self._last_reported = now
        self._ok_since_cut = 0  # accepted answers since the last cut

    def _waited(self, now: float) -> None:
        self._last_busy = now

    def on_answer(self, sent_at: float, rate_limited: bool) -> None:
        with self._lock:
            now = self._clock()
            report = self._cut(sent_at, now) if rate_limited else self._grow(now)
        if report is not None and self._on_change is not None:
            self._on_change(report)

    def _grow(self, now: float) -> float | None:
        self._ok_since_cut += 1
        dt = min(now - self._last_grow, _BUSY_S)
        self._last_grow = now
        if now - self._last_busy > _BUSY_S or dt <= 0:
            return None  # the work, not the limiter, sets the pace: nothing learnt
        limit = self.known_limit
        if limit is None or self.rate < limit * _NEAR:
            grown = self.rate * (1 + _GROW_FAST * dt)
            if limit is not None:
                grown = min(grown, limit * _NEAR)
        else:
            grown = self.rate * (1 + _GROW_SLOW * dt)
            if grown > limit * _FORGET:
                self.known_limit = None
        self._set_rate(min(self.max_rate, grown), now)
        if now - self._last_reported >= 5.0:
            self._last_reported = now
            return self.rate
        return None

    def _cut(self, sent_at: float, now: float) -> float | None:
        if sent_at <= self._last_cut and self.cuts:
            return None  # sent at the old rate; the cut already happened
        allowed, factor = self.rate, _CUT_DEEP
        span = now - self._last_cut
        if self.cuts and span >= _MIN_SPAN_S:
            # The allowance was empty at the last cut and is empty now: what it let through
            # in between is what it refilled. Half a call for the one in the way.
            seen = (self._ok_since_cut + 0.5) / span
            if seen >= _CUT_DEEP * allowed:
                allowed, factor = min(allowed, seen), _CUT
        self.known_limit = allowed
        self.cuts += 1
        self._last_cut = now
        self._ok_since_cut = 0  # the next estimate starts from this cut
        self._set_rate(max(self.min_rate, allowed * factor), now)
        self._tokens = -_PAUSE_S * self.rate
        self._last_reported = now
        return self.rate

    def _set_rate(self, rate: float, now: float) -> None:
        # Keep the turns already earned at the old rate from turning into a burst.
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        self.rate = rate


_shared: dict[str, AdaptiveRateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(
    app_key: str,
    start_rate: float,
    *,
    on_change: Callable[[float], None] | None = None,
    max_rate: float | None = None,
) -> AdaptiveRateLimiter:
    """The one adaptive limiter of an app in this process: every client and thread of that
    app shares what it learnt about the platform's limit. `start_rate` (and `on_change`) are
    used when the app's limiter is made, the first time it is asked for."""
    with _shared_lock:
        limiter = _shared.get(app_key)
        if limiter is None:
            limiter = _shared[app_key] = AdaptiveRateLimiter(
                start_rate, on_change=on_change, max_rate=max_rate
            )
        return limiter


def forget_shared_limiter(app_key: str) -> None:
    """Drop one app's shared limiter: the next one asked for starts afresh (another process
    learnt the platform's limit meanwhile and remembered it)."""
    with _shared_lock:
        _shared.pop(app_key, None)


def forget_shared_limiters() -> None:
    """Drop every app's shared limiter (a new start: tests, a changed endpoint profile)."""
    with _shared_lock:
        _shared.clear()
