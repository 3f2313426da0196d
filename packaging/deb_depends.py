"""The Debian packages a .deb of the folder app must depend on: those holding the system
libraries the app needs (wizard.ui.qtenv.system_libraries) that the bundle does not carry itself.

    python packaging/deb_depends.py DIST/jdid-setup-wizard   # prints "libxcb1, libnss3, ..."
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.ui.qtenv.system_libraries import WEBENGINE_LIBRARIES, WINDOW_LIBRARIES  # noqa: E402

# Ubuntu 24.04 renamed these (64-bit time); the old name is still provided by the new one.
ALTERNATIVES = {
    "libasound2": "libasound2 | libasound2t64",
    "libglib2.0-0": "libglib2.0-0 | libglib2.0-0t64",
}


def depends(folder: Path) -> list[str]:
    carried = {p.name for p in folder.rglob("*.so*")}
    packages = [
        lib.apt for lib in WINDOW_LIBRARIES + WEBENGINE_LIBRARIES if lib.soname not in carried
    ]
    return [ALTERNATIVES.get(p, p) for p in dict.fromkeys(packages)]


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
