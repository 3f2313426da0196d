"""Progress of long work, delivered to a callback at a steady, bounded rate."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# Phases of an import (other jobs may add their own).
STARTING = "starting"
FETCHING = "fetching"  # walking the SPU pages
LINKING = "linking"  # linking listings to master products by SKU code
DONE = "done"
CANCELLED = "cancelled"
FAILED = "failed"
FINAL_PHASES = (DONE, CANCELLED, FAILED)


@dataclass(frozen=True)
class Progress:
    phase: str
    pages_done: int
    pages_total: int  # 0 until the first page tells how many there are
    spus_done: int
    spus_total: int
    skus_done: int
    calls: int
    elapsed_s: float
    eta_s: float | None  # None while unknown

    @property
    def fraction(self) -> float:
        """0..1 for a progress bar (linking counts as the last 2%)."""
        if self.phase == DONE:
            return 1.0
        if not self.spus_total:
            return 0.0
        return min(0.98, 0.98 * self.spus_done / self.spus_total)


ProgressCallback = Callable[[Progress], None]


class ProgressThrottle:
    """Passes progress on at most every `interval_s`, but always a change of phase and the
    final report, so a GUI gets a steady trickle instead of a flood of signals."""

    def __init__(
        self,
        callback: ProgressCallback | None,
        interval_s: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._callback = callback
        self._interval = interval_s
        self._clock = clock
        self._last_at = float("-inf")
        self._last_phase: str | None = None
        self._lock = threading.Lock()

    def offer(self, progress: Progress, force: bool = False) -> bool:
        """Deliver `progress` if due; returns whether it was delivered."""
        if self._callback is None:
            return False
        with self._lock:
            now = self._clock()
            due = (
                force
                or progress.phase != self._last_phase
                or progress.phase in FINAL_PHASES
                or now - self._last_at >= self._interval
            )
            if not due:
                return False
            self._last_at = now
            self._last_phase = progress.phase
        self._callback(progress)
        return True
