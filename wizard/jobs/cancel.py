"""Cancelling long work from another thread (the GUI's Cancel button, Ctrl+C in the CLI)."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The work stopped because it was asked to. It left a checkpoint it can resume from."""

    key = "cancelled"


class CancelToken:
    """Thread-safe flag; long work checks it between calls and sleeps through `wait`."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; wake early and return True if cancelled meanwhile."""
        return self._event.wait(seconds)
