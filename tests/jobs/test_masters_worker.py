"""The master list is read, checked and saved in a child process (wizard.jobs.masters_worker):
the window's process gets the summary, the rows stay in the child until Save or Cancel."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from wizard.catalog import Catalog, CatalogError
from wizard.catalog.errors import CATALOG_CORRUPT
from wizard.catalog.master_csv import MasterCsvError
from wizard.jobs.masters_worker import MastersSession


def masters(catalog: Path) -> dict[str, tuple[int, int]]:
    with Catalog.open(catalog) as cat:
        return {m.sku: (m.stock, m.price) for m in cat.masters()}


def test_the_child_reads_plans_and_saves_what_it_read(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.sqlite"
    with Catalog.open(catalog) as cat:
        cat.save_masters([])  # an empty catalog file
    path = tmp_path / "list.csv"
    path.write_text("sku;name;stock;price\nA-1;Kaos;5;15000\nB-2;Topi;x;1000\nC-3;Sepatu;2;9\n")
    session = MastersSession.start()
    summary = session.read(path, catalog)
    assert summary.rows == 2 and summary.csv.rows == ()  # the rows stayed in the child
    assert (summary.plan.new, summary.plan.updated) == (2, 0)
    assert [(p.line, p.key, p.value) for p in summary.csv.problems] == [(3, "bad_stock", "x")]
    path.write_text("sku;name;stock;price\nZ;Other;1;1\n")  # what was read is what is saved
    assert masters(catalog) == {}  # nothing written before Save
    assert session.save() == 2
    assert masters(catalog) == {"A-1": (5, 15000), "C-3": (2, 9)}
    assert session._proc.poll() == 0  # the child ended after saving


def test_cancel_ends_the_child_and_writes_nothing(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.sqlite"
    path = tmp_path / "list.csv"
    path.write_text("sku;name;stock;price\nA-1;Kaos;5;15000\n")
    session = MastersSession.start()
    assert session.read(path, catalog).rows == 1
    session.close()
    session.close()  # twice is fine (the dialog and the page may both drop it)
    assert session._proc.returncode == 0
    assert masters(catalog) == {}


def test_a_file_that_cannot_be_used_comes_back_as_the_same_error(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("kode;nama\nA;B\n")
    session = MastersSession.start()
    with pytest.raises(MasterCsvError) as err:
        session.read(path, tmp_path / "catalog.sqlite")
    assert (err.value.key, err.value.missing) == ("csv_missing_columns", ("stock", "price"))
    session.close()


def test_a_damaged_catalog_comes_back_keyed(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.sqlite"
    catalog.write_bytes(b"not a database at all" * 100)
    path = tmp_path / "list.csv"
    path.write_text("sku;name;stock;price\nA-1;Kaos;5;15000\n")
    session = MastersSession.start()
    with pytest.raises(CatalogError) as err:
        session.read(path, catalog)
    assert err.value.key == CATALOG_CORRUPT and err.value.path == catalog
    session.close()


def test_the_errors_keep_their_fields_through_pickling() -> None:
    csv_error = pickle.loads(pickle.dumps(MasterCsvError("csv_bad_quote", line=7)))
    assert (csv_error.key, csv_error.line, csv_error.missing) == ("csv_bad_quote", 7, ())
    cat_error = pickle.loads(pickle.dumps(CatalogError("catalog_locked", Path("c"), "busy")))
    assert (cat_error.key, cat_error.path, cat_error.detail) == (
        "catalog_locked",
        Path("c"),
        "busy",
    )


def test_the_frozen_windows_app_uses_its_console_twin_for_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed exe may start with no standard input and output; its console twin (no
    console window either: CREATE_NO_WINDOW) always has them."""
    import importlib.util
    import sys

    from wizard.jobs import masters_worker

    rules_file = Path(__file__).resolve().parents[2] / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", rules_file)
    rules = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(rules)  # type: ignore[union-attr]
    CONSOLE_EXE = rules.CONSOLE_EXE  # noqa: N806 (the spec's name)

    gui = tmp_path / "jdid-setup-wizard.exe"
    gui.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui))
    monkeypatch.setattr(sys, "platform", "win32")
    assert masters_worker._command() == [str(gui), "--masters-worker"]  # no twin: itself
    (tmp_path / f"{CONSOLE_EXE}.exe").write_bytes(b"")
    assert masters_worker._command() == [str(tmp_path / f"{CONSOLE_EXE}.exe"), "--masters-worker"]
    monkeypatch.setattr(sys, "platform", "linux")  # one exe does both elsewhere
    assert masters_worker._command() == [str(gui), "--masters-worker"]
