"""Small JSON files written off the window's thread.

The window hands over a copy of the values (no JSON, no disk) and goes on at once; one
writer thread writes them with jsonfile.save_json (temp file, fsync, rename: a crash leaves
the old file or the new one, never half of one). While a file waits, a newer copy of it
replaces the waiting one, and files are written in the order their last copy was handed
over. Whoever needs the files on disk (the window closing, the diagnostics zip) waits with
`flush()`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wizard.appdata.jsonfile import save_json

log = logging.getLogger(__name__)

OnError = Callable[[OSError], None]


def json_copy(value: Any) -> Any:
    """A copy of a JSON-shaped value (dicts, lists, tuples of plain values) that later
    changes of the original do not reach; quicker than copy.deepcopy for these."""
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_copy(v) for v in value]
    return value


class BackgroundWriter:
    """One thread that writes the newest copy of each JSON file, in order.

    `save_json(path, value, on_error)` returns the copy it took. `on_error(exc)` is called
    on the writer thread when a write fails with an OSError (the file on disk stays as it
    was). After `close()` a save writes at once on the caller's thread.
    """

    def __init__(self, name: str = "settings writer") -> None:
        self._name = name
        self._cond = threading.Condition()
        # path -> (copy, on_error); a dict keeps the order the copies were handed over in
        self._waiting: dict[Path, tuple[Any, OnError | None]] = {}
        self._writing = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def save_json(self, path: Path, value: Any, on_error: OnError | None = None) -> Any:
        copy = json_copy(value)
        with self._cond:
            if not self._closed:
                self._waiting.pop(path, None)  # a newer copy goes to the end of the line
                self._waiting[path] = (copy, on_error)
                if self._thread is None:
                    # Started with the first save, not with the window: nothing before the
                    # first paint.
                    self._thread = threading.Thread(target=self._run, name=self._name)
                    self._thread.daemon = True  # close() waits; a crash loses only the unsaved
                    self._thread.start()
                self._cond.notify_all()
                return copy
        _write(path, copy, on_error)  # closed: the window is gone, nobody is waiting on it
        return copy

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every copy handed over so far is written (or failed). False if
        `timeout` (seconds) passed first."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._waiting and not self._writing, timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Write what waits, then end the thread. Later saves write at once."""
        done = self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and done:
            thread.join(timeout)
        return done

    @property
    def pending(self) -> int:
        """How many files wait to be written."""
        with self._cond:
            return len(self._waiting) + self._writing

    def _run(self) -> None:
        while True:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
                self._cond.wait_for(lambda: self._waiting or self._closed)
                if not self._waiting:
                    return  # closed and nothing left
                path = next(iter(self._waiting))
                copy, on_error = self._waiting.pop(path)
                self._writing = True
            _write(path, copy, on_error)


def _write(path: Path, value: Any, on_error: OnError | None) -> None:
    try:
        save_json(path, value)
    except OSError as exc:
        if on_error is None:
            log.error("could not save %s: %s", path.name, exc)
        else:
            on_error(exc)
    except Exception:  # a value that is not JSON: a bug, but the writer must keep going
        log.exception("could not save %s", path.name)
