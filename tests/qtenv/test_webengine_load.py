"""Step 14's QtWebEngine loads in a worker, its libraries before its Python modules, so the
window is not held while the system loads them (wizard/ui/qtenv/webengine_load.py)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A fresh process: QtWebEngine is not imported yet. The audit hook sees each first import of
# the two binding modules, on which thread, and whether the system had already loaded the
# engine's library by then.
_PROBE = """
import sys, threading
sys.path.insert(0, {root!r})
seen = []
def hook(event, args):
    if event == "import" and args[0] in ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"):
        with open("/proc/self/maps") as maps:
            library_in = "libQt6WebEngineCore" in maps.read()
        seen.append((args[0], threading.current_thread() is threading.main_thread(), library_in))
sys.addaudithook(hook)
from wizard.ui.qtenv import webengine_env, webengine_load
webengine_env.prepare()
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = webengine_load.loaded()
worker = threading.Thread(target=webengine_load.load)
worker.start()
worker.join()
print(repr((before, webengine_load.loaded(), seen)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_engine_loads_in_a_worker_with_its_libraries_loaded_first() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before, after, seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert (before, after) == (False, True)
    assert {name for name, _, _ in seen} == {
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
    }
    assert all(not on_main and library_in for _, on_main, library_in in seen), seen


def test_a_library_the_system_cannot_load_is_left_to_the_import(tmp_path: Path) -> None:
    from wizard.ui.qtenv import webengine_load

    broken = tmp_path / "not_a_library.so"
    broken.write_bytes(b"not a shared library")
    assert webengine_load.preload_library(str(broken)) is False
    assert webengine_load.preload_library(str(tmp_path / "missing.so")) is False
