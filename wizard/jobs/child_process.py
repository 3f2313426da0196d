"""Starting one of the app's own child processes (the master-list worker, the practice
platform) the same way on every system. No Qt.

From the source the child is `python -m <module>` and finds this very copy of the app; in
the frozen app it is the app's own executable with a flag that main.py hands over before
anything else is imported. The child talks over its standard input and output only, and
ends when its standard input closes (also when the window's process dies).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The Windows app's console twin (packaging/bundle_rules.CONSOLE_EXE): the window's own exe
# has no console, and a program without one may start with no standard input and output.
_WINDOWS_CONSOLE_EXE = "jdid-wizard-cli.exe"


def child_command(flag: str, module: str) -> list[str]:
    """The command that starts the child: the frozen app with `flag`, else `module`."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        twin = exe.with_name(_WINDOWS_CONSOLE_EXE)
        if sys.platform == "win32" and twin.is_file():
            exe = twin  # started with CREATE_NO_WINDOW: no console window shows
        return [str(exe), flag]
    return [sys.executable, "-m", module]


def start_child(command: list[str]) -> subprocess.Popen[bytes]:
    """Start `command` with pipes on its standard input and output (its errors are not
    shown: a child's answers, errors included, come back on its output). Raises OSError."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    if not getattr(sys, "frozen", False):  # the child finds this very copy of the app
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        creationflags=flags,
    )
