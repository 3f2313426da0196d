from __future__ import annotations

from pathlib import Path

import pytest

from wizard.catalog import Catalog


@pytest.fixture
def catalog(tmp_path: Path):
    cat = Catalog.open(tmp_path / "data" / "catalog.sqlite3")
    yield cat
    cat.close()
