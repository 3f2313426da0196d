"""The core never imports Qt: every module outside wizard/ui (and main.py) imports with
PySide6 and shiboken6 made unimportable. Run in a fresh interpreter, so nothing the other
tests imported hides a dependency."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, importlib.abc, pkgutil, runpy, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is not allowed here: {name}")
        return None

sys.meta_path.insert(0, NoQt())
import wizard

names = [m.name for m in pkgutil.walk_packages(wizard.__path__, "wizard.")
         if not m.name.startswith("wizard.ui") and not m.name.endswith("__main__")]
failed = []
for name in names:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
runpy.run_path("main.py", run_name="not_main")  # the entry point, without starting it
print("imported", len(names))
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_every_module_outside_ui_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    count = int(done.stdout.split()[1])
    assert count > 60  # the walk found the core (flow, store, appdata, jdid, catalog, jobs...)


def test_the_probe_notices_a_module_that_needs_qt(tmp_path: Path) -> None:
    """The blocker itself works: a module importing PySide6 fails under it."""
    probe = PROBE.replace("import wizard\n", "import wizard\nimport PySide6.QtCore\n", 1)
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0 and "Qt is not allowed here: PySide6" in done.stderr
