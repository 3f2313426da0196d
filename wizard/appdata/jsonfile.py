"""Small JSON files written safely: temp file then rename; a broken file is set aside as *.bad."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)


class BrokenFile(Exception):
    """The file existed but could not be read; it was moved to `bad_path`."""

    def __init__(self, path: Path, bad_path: Path) -> None:
        super().__init__(f"{path.name} was unreadable and was kept as {bad_path.name}")
        self.path = path
        self.bad_path = bad_path


@contextmanager
def open_atomic(path: Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """A file to write that replaces `path` only when the block ends without an error, so a
    crash leaves either the old file or the new one. `open_args` as for open()."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_atomic(path) as f:
        f.write(data)


def save_json(path: Path, value: Any) -> None:
    write_atomic(path, json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).encode())


def load_json(path: Path, default: Any = None) -> Any:
    """Read a JSON object. Missing file -> `default`. Unreadable -> set aside, BrokenFile raised."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return default
    try:
        value = json.loads(raw.decode("utf-8"))
        if not isinstance(value, dict):
            raise ValueError("not a JSON object")
        return value
    except (UnicodeDecodeError, ValueError) as exc:
        bad = _free_bad_name(path)
        os.replace(path, bad)
        log.warning("%s could not be read (%s); kept as %s", path, type(exc).__name__, bad)
        raise BrokenFile(path, bad) from exc


def _free_bad_name(path: Path) -> Path:
    """settings.json.bad, then settings.json.bad.2, .3, ...: an earlier copy is never lost."""
    bad = path.with_name(path.name + ".bad")
    number = 1
    while bad.exists():
        number += 1
        bad = path.with_name(f"{path.name}.bad.{number}")
    return bad
