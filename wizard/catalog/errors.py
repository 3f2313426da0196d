"""Catalog errors carry a stable `key`; the UI turns the key into a sentence for the seller."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Keys the UI and the CLI translate. Each one names what the user can do something about.
CATALOG_LOCKED = "catalog_locked"  # another program (or a second wizard) holds the file
CATALOG_READ_ONLY = "catalog_read_only"  # the file or its folder cannot be written
CATALOG_CORRUPT = "catalog_corrupt"  # not a SQLite file, or damaged
CATALOG_TOO_NEW = "catalog_too_new"  # written by a newer version of the wizard
CATALOG_DISK_FULL = "catalog_disk_full"
CATALOG_BAD_VALUE = "catalog_bad_value"  # a value the file cannot hold (a number over 2**63)
CATALOG_ERROR = "catalog_error"  # anything else SQLite reports


class CatalogError(Exception):
    """A catalog problem the user can act on. `key` is stable; the message is for logs."""

    def __init__(self, key: str, path: Path | None, detail: str = "") -> None:
        self.key = key
        self.path = path
        self.detail = detail
        where = f" ({path})" if path else ""
        super().__init__(f"{key}{where}: {detail}" if detail else f"{key}{where}")

    def __reduce__(self) -> tuple[object, ...]:  # it travels back from the master-list worker
        return (type(self), (self.key, self.path, self.detail))


def catalog_error_from(exc: BaseException, path: Path | None) -> CatalogError:
    """Map an sqlite3 / OS error to a keyed CatalogError (the text of SQLite's messages is
    stable across versions; there are no finer error classes in the stdlib module)."""
    if isinstance(exc, CatalogError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        key = CATALOG_READ_ONLY
    elif "locked" in text or "busy" in text:
        key = CATALOG_LOCKED
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        key = CATALOG_CORRUPT
    elif "disk is full" in text or "no space" in text:
        key = CATALOG_DISK_FULL
    elif "unable to open" in text:
        # SQLite says this when the folder is not writable or the path is a folder.
        key = CATALOG_READ_ONLY
    elif isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        key = CATALOG_CORRUPT
    else:
        key = CATALOG_ERROR
    return CatalogError(key, path, f"{type(exc).__name__}: {exc}")
