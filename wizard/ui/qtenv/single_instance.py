"""One wizard per data folder: a lock file (QLockFile: stale locks of dead processes are
taken over automatically)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile


class InstanceLock:
    def __init__(self, lock_file: Path) -> None:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never by age
        self.path = lock_file
        self._taking: threading.Thread | None = None  # acquire_in_background()'s

    def acquire(self) -> bool:
        """True if this process now owns the folder; False if another wizard has it."""
        return self._lock.tryLock(200)

    def acquire_in_background(self) -> Callable[[], bool]:
        """Start acquire() in a thread and return what waits for its answer. Taking the lock
        writes its file through to the disk (5-200 ms of fdatasync): the window's start-up
        goes on meanwhile (Qt lets go of the interpreter while it waits for the disk)."""
        answer: list[bool] = []
        thread = threading.Thread(
            target=lambda: answer.append(self.acquire()), name="instance lock", daemon=True
        )
        self._taking = thread
        thread.start()

        def wait() -> bool:
            thread.join()
            return bool(answer) and answer[0]

        return wait

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or empty values
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        if self._taking is not None:
            self._taking.join()  # a lock still being taken is released too
        if self._lock.isLocked():
            self._lock.unlock()
