"""Step 14's QtWebEngine loads in a worker, its libraries before its Python modules, so the
window is not held while the system loads them (wizard/ui/qtenv/webengine_load.py)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.ui.qtenv import webengine_load

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


def test_the_engine_files_are_found_where_this_qt_keeps_them() -> None:
    names = {path.name for path in webengine_load.engine_files()}
    core = {"libQt6WebEngineCore.so.6", "Qt6WebEngineCore.dll", "QtWebEngineCore"}
    assert names & core, names
    assert {"qtwebengine_resources.pak", "icudtl.dat", "en-US.pak", "id.pak"} <= names
    assert not any("devtools" in name for name in names)  # never opened by the wizard


def _resident_share(path: Path) -> float:
    """How much of the file the system holds in memory (mincore on a fresh mapping)."""
    import ctypes
    import mmap

    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int)
    libc.mmap.argtypes += (ctypes.c_int, ctypes.c_long)
    libc.mincore.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p)
    libc.munmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
    size = path.stat().st_size
    pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    with path.open("rb") as f:
        addr = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, f.fileno(), 0)
    assert addr not in (None, ctypes.c_void_p(-1).value), ctypes.get_errno()
    try:
        vec = ctypes.create_string_buffer(pages)
        assert libc.mincore(addr, size, vec) == 0, ctypes.get_errno()
        return sum(b & 1 for b in vec.raw) / pages
    finally:
        libc.munmap(addr, size)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mincore and fadvise")
def test_read_ahead_brings_the_files_into_memory_once(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # A file of its own: the engine's real files are mapped by this test process already
    # (other tests start the login), and mapped pages cannot be dropped to start cold.
    engine = tmp_path / "libQt6WebEngineCore.so.6"
    engine.write_bytes(os.urandom(8 << 20))
    with engine.open("rb") as f:
        os.fsync(f.fileno())
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    assert _resident_share(engine) < 0.5  # cold, as after the computer started
    listed: list[int] = []
    monkeypatch.setattr(webengine_load, "_read", False)
    monkeypatch.setattr(webengine_load, "engine_files", lambda: listed.append(1) or [engine])
    webengine_load.read_ahead()
    assert _resident_share(engine) > 0.95
    webengine_load.read_ahead()  # once per run: the second call reads nothing
    assert listed == [1]
