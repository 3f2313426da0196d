"""Keep PySide6 from reading the source of every module imported after it. No Qt import here.

Once PySide6 is loaded, each module imported for the first time has its whole source file
read (inspect.getsource) to see whether it names "PySide6": that decides how PySide's opt-in
`from __feature__ import snake_case` syntax applies to it, which this app never uses. On the
way to the first page that is ~75 files and 10-20 ms. `skip()` answers "it does" without
reading: the default feature set, the one such a module gets anyway (and the right one for a
module that uses Qt without naming PySide6). A module that does import `__feature__` still
gets its own set: PySide records that at the import itself, not here.
"""

from __future__ import annotations

import sys
from types import ModuleType


def skip() -> None:
    """Once PySide6 is imported (before it, nothing to do); safe to call again. A no-op if
    PySide's internals are not the ones this was written for."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside


def uses_pyside(module: ModuleType) -> bool:
    return True
