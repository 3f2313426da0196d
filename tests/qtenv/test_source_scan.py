"""PySide6 no longer reads the source of every module imported after it (source_scan.py),
and its opt-in syntax still works where a module asks for it."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - loaded first, as in the app

from wizard.ui.qtenv import source_scan

ROOT = Path(__file__).resolve().parents[2]


def test_a_module_imported_after_pyside_is_not_read(tmp_path, monkeypatch):
    source_scan.skip()
    source = tmp_path / "jdid_scan_probe.py"
    source.write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.checkcache()
    import jdid_scan_probe  # an import statement: PySide6's hook sees those

    assert jdid_scan_probe.VALUE == 1
    assert str(source) not in linecache.cache  # inspect.getsource would have put it there
    monkeypatch.delitem(sys.modules, "jdid_scan_probe")


_FEATURES = """
import sys
sys.path[:0] = [{probe!r}, {root!r}]
import linecache
import PySide6.QtCore
import wizard.ui  # PySide6 came first: the package skips the reading itself
import snake_user, plain_user
print(snake_user.name(), plain_user.name(), plain_user.__file__ in linecache.cache)
"""


def test_the_package_skips_the_reading_and_opt_in_syntax_still_works(tmp_path):
    (tmp_path / "snake_user.py").write_text(
        textwrap.dedent(
            """
            from __feature__ import snake_case
            from PySide6.QtCore import QObject

            def name():
                o = QObject()
                o.set_object_name("snake")
                return o.object_name()
            """
        )
    )
    (tmp_path / "plain_user.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QObject

            def name():
                o = QObject()
                o.setObjectName("plain")
                return o.objectName()
            """
        )
    )
    code = _FEATURES.format(probe=str(tmp_path), root=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.split() == ["snake", "plain", "False"], out.stderr[-2000:]
