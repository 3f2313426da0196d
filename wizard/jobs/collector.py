"""Keeping Python's cyclic garbage collector from freezing the window during big builds.

A worker that builds a large result which then lives on (200,000 master rows read from a
CSV) makes the collector's full passes walk every object built so far, again and again:
each pass holds the interpreter for 0.1-0.7 s, and the window cannot repaint meanwhile.
`long_lived_build()` holds the full passes off while such a build runs (the young ones,
which find almost all garbage, keep running), then moves what was built out of the
collector's sight (`gc.freeze`): rows of text and numbers make no reference cycles, so it
never had anything to find there. Objects frozen are still freed as usual when no longer
used. No Qt.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_NEVER = 1_000_000  # young collections before a full one: none while a build runs
_lock = threading.Lock()
_builds = 0
_saved_threshold: tuple[int, int, int] | None = None


@contextmanager
def long_lived_build() -> Iterator[None]:
    """Around building a large long-lived result in a worker thread (nests, any thread)."""
    global _builds, _saved_threshold
    with _lock:
        if _builds == 0:
            _saved_threshold = gc.get_threshold()
            gc.set_threshold(_saved_threshold[0], _saved_threshold[1], _NEVER)
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _saved_threshold is not None:
                gc.freeze()
                gc.set_threshold(*_saved_threshold)
                _saved_threshold = None
