"""Which catalog file a store's data goes to.

Practice mode (the built-in sandbox store) has a file of its own, so practice products never
mix with the seller's real master products; the GUI, `import` and `sync` all use this.
"""

from __future__ import annotations

from pathlib import Path

from wizard.appdata.paths import AppPaths

PRACTICE_CATALOG = "practice-catalog.sqlite3"


def catalog_file(paths: AppPaths, practice: bool = False) -> Path:
    return paths.data_dir / PRACTICE_CATALOG if practice else paths.catalog_file
