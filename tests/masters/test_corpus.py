"""The corpus of odd master files (tests/masters/corpus, made by make_corpus.py, plus three
saved by LibreOffice) through `main.py import --sandbox --masters FILE --yes`: each one ends
with sentences and exit 0 or 6 (as expected.json says), never a traceback, and a refused file
leaves the product list byte for byte as it was."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import cli

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED: dict[str, int] = json.loads((CORPUS / "expected.json").read_text())
PRACTICE = ["--sandbox", "--practice-spus", "4", "--rate", "1000", "--page-size", "20"]


def run_import(home: Path, *args: str) -> tuple[int, str, str]:
    """The import command in this process, as main.py runs it (a subprocess per file would
    cost a second of start-up each); an exception escaping it fails the test."""
    argv = ["import", *PRACTICE, "--data-dir", str(home), *args]
    parsed = cli.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.subcommand_module(parsed).run(parsed)
    return code, out.getvalue(), err.getvalue()


def catalog_bytes(home: Path) -> dict[str, bytes]:
    data = home / "data"
    return {p.name: p.read_bytes() for p in sorted(data.glob("practice-catalog.sqlite3*"))}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-home")
    code, _, err = run_import(folder)  # a first import: the product list a bad file must spare
    assert code == 0, err
    return folder


def test_the_corpus_is_big_enough() -> None:
    assert len(EXPECTED) >= 40
    assert sum(code == 6 for code in EXPECTED.values()) >= 12
    assert {p.name for p in CORPUS.iterdir()} - {"expected.json"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_odd_file_gets_sentences_and_exit_0_or_6(home: Path, name: str) -> None:
    before = catalog_bytes(home)
    code, out, err = run_import(home, "--masters", str(CORPUS / name), "--yes")
    assert code == EXPECTED[name], err
    assert "Traceback" not in out + err
    if code == 6:
        sentence = err.strip().splitlines()[-1]
        assert sentence.endswith(".") and len(sentence.split()) >= 5, sentence
        assert catalog_bytes(home) == before, "a refused file changed the product list"
    else:
        assert f"Master list {CORPUS / name}: Read " in out  # which sheet or encoding
        assert "Saved " in out and "Import finished" in out


def test_a_folder_given_as_the_file_is_called_a_folder(tmp_path: Path) -> None:
    """Issue 13, defect 7: a folder was told to "close it in Excel"."""
    code, _, err = run_import(tmp_path, "--masters", str(CORPUS), "--yes")
    assert code == 6
    assert "is a folder" in err and "Excel" not in err


@pytest.mark.parametrize("name", ["products.xlsx"])
def test_main_py_imports_an_xlsx_master_list(tmp_path: Path, name: str) -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "import", "--sandbox", "--masters", str(CORPUS / name),
         "--yes", "--data-dir", str(tmp_path)],
        cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert 'Read the sheet "Produk".' in done.stdout
    assert "3 products can be saved" in done.stdout and "Import finished" in done.stdout
