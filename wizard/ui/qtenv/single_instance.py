"""One wizard per data folder: a lock file (QLockFile: stale locks of dead processes are
taken over automatically)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class InstanceLock:
    def __init__(self, lock_file: Path) -> None:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never by age
        self.path = lock_file

    def acquire(self) -> bool:
        """True if this process now owns the folder; False if another wizard has it."""
        return self._lock.tryLock(200)

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or empty values
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
