"""The catalog file: schema versions, WAL, master products, keyed errors."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from wizard.catalog import (
    CATALOG_CORRUPT,
    CATALOG_LOCKED,
    CATALOG_READ_ONLY,
    CATALOG_TOO_NEW,
    Catalog,
    CatalogError,
    MasterRow,
    schema,
    set_aside,
)


def test_new_catalog_is_wal_and_at_latest_version(catalog: Catalog) -> None:
    assert catalog.version == schema.latest_version()
    conn = sqlite3.connect(catalog.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"masters", "listings", "import_runs", "run_skipped"} <= tables
    conn.close()


def test_masters_are_added_then_updated_by_sku_code(catalog: Catalog) -> None:
    first = [MasterRow("KAOS-01", "Kaos merah", 5, 15000), MasterRow("TOPI-2", "Topi", 0, 9000)]
    assert catalog.plan_masters(first).new == 2
    plan = catalog.save_masters(first)
    assert (plan.new, plan.updated, plan.unchanged) == (2, 0, 0)

    again = [MasterRow(" kaos-01 ", "Kaos merah", 7, 15000), MasterRow("TOPI-2", "Topi", 0, 9000)]
    plan = catalog.save_masters(again)
    assert (plan.new, plan.updated, plan.unchanged) == (0, 1, 1)
    assert catalog.count_masters() == 2
    kaos = catalog.master("KAOS-01")
    assert kaos is not None and kaos.stock == 7 and kaos.sku == "kaos-01"
    assert catalog.master("missing") is None


def test_a_failed_write_leaves_nothing_behind(catalog: Catalog) -> None:
    catalog.save_masters([MasterRow("A", "a", 1, 1)])
    with pytest.raises(CatalogError) as err, catalog.transaction() as conn:
        conn.execute("DELETE FROM masters")
        raise RuntimeError("crash in the middle")
    assert catalog.count_masters() == 1
    assert err.value.key == "catalog_error"  # a sentence for the user, not a traceback


def test_an_older_catalog_is_migrated_and_keeps_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite3"
    with Catalog.open(path) as cat:
        cat.save_masters([MasterRow("A", "a", 1, 100)])
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, "ALTER TABLE masters ADD COLUMN note TEXT;"]
    )
    with Catalog.open(path) as cat:
        assert cat.version == len(schema.MIGRATIONS)
        assert cat.master("a") is not None
        with cat.transaction() as conn:
            conn.execute("UPDATE masters SET note = 'x'")


def test_a_catalog_from_a_newer_wizard_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Catalog.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.close()
    with pytest.raises(CatalogError) as err:
        Catalog.open(path)
    assert err.value.key == CATALOG_TOO_NEW


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a catalog\n" * 200, b"SQLite format 3\x00" + b"\xff" * 5000],
)
def test_a_corrupt_file_gives_a_key_and_can_be_set_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "catalog.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CatalogError) as err:
        Catalog.open(path)
    assert err.value.key == CATALOG_CORRUPT
    moved = set_aside(path)
    assert moved.read_bytes() == content and not path.exists()
    Catalog.open(path).close()  # a fresh one can be made in its place


def test_a_locked_catalog_gives_a_key(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Catalog.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program is writing and does not let go
    try:
        with Catalog.open(path, busy_timeout_s=0.2) as cat, pytest.raises(CatalogError) as err:
            cat.save_masters([MasterRow("A", "a", 1, 1)])
        assert err.value.key == CATALOG_LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_folder_in_place_of_the_file_gives_a_key(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    path.mkdir()
    with pytest.raises(CatalogError) as err:
        Catalog.open(path)
    assert err.value.key == CATALOG_READ_ONLY


def _immutable(path: Path, on: bool) -> bool:
    """Root may write any file, so a file the seller may not write is reproduced with the
    ext4 immutable flag, which stops root too."""
    flag = "+i" if on else "-i"
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_catalog_gives_a_key(tmp_path: Path, what: str) -> None:
    folder = tmp_path / "data"
    path = folder / "catalog.sqlite3"
    with Catalog.open(path) as cat:
        cat.save_masters([MasterRow("A", "a", 1, 1)])
    target = path if what == "file" else folder
    if not _immutable(target, True):
        pytest.skip("chattr +i is not available here")
    try:
        with pytest.raises(CatalogError) as err, Catalog.open(path) as cat:
            cat.save_masters([MasterRow("B", "b", 1, 1)])
        assert err.value.key == CATALOG_READ_ONLY
    finally:
        _immutable(target, False)
    with Catalog.open(path) as cat:  # nothing was lost
        assert cat.master("A") is not None


def test_a_number_sqlite_cannot_hold_rolls_back_and_is_a_catalog_error(catalog: Catalog) -> None:
    """Issue 13, defect 2: an OverflowError inside executemany escaped the transaction."""
    catalog.save_masters([MasterRow("A", "a", 1, 100)])
    with pytest.raises(CatalogError) as err:
        catalog.save_masters([MasterRow("B", "b", 2, 200), MasterRow("C", "c", 10**20, 300)])
    assert err.value.key == "catalog_bad_value"
    assert [m.sku for m in catalog.masters()] == ["A"]  # B was rolled back with C
