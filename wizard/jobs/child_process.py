"""Starting one of the app's own child processes (the master-list worker, the practice
platform) the same way on every system. No Qt.

From the source the child is `python -m <module>` and finds this very copy of the app; in
the frozen app it is the app's own executable with a flag that main.py hands over before
anything else is imported. The child talks over its standard input and output only (one pickled
request, one pickled `(ok, value)` answer: `ask` and `answer`), and ends when its standard
input closes (also when the window's process dies).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

# The Windows app's console twin (packaging/bundle_rules.CONSOLE_EXE): the window's own exe
# has no console, and a program without one may start with no standard input and output.
_WINDOWS_CONSOLE_EXE = "jdid-wizard-cli.exe"
# How much lower a background child runs (Unix nice steps; Windows: below normal).
BACKGROUND_NICE = 10


def child_command(flag: str, module: str) -> list[str]:
    """The command that starts the child: the frozen app with `flag`, else `module`."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        twin = exe.with_name(_WINDOWS_CONSOLE_EXE)
        if sys.platform == "win32" and twin.is_file():
            exe = twin  # started with CREATE_NO_WINDOW: no console window shows
        return [str(exe), flag]
    return [sys.executable, "-m", module]


def start_child(command: list[str], *, background: bool = False) -> subprocess.Popen[bytes]:
    """Start `command` with pipes on its standard input and output (its errors are not
    shown: a child's answers, errors included, come back on its output). Raises OSError.

    `background`: Windows starts it below normal priority (elsewhere the child lowers its
    own: lower_own_priority), so the window gets the processor first when it is busy."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
    if background:
        flags |= getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
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


def lower_own_priority(steps: int = BACKGROUND_NICE) -> None:
    """In a background child (not Windows: see start_child): yield the processor to the
    window when both want it."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(steps)


def end_child(proc: subprocess.Popen[bytes], timeout_s: float = 5) -> None:
    """Close the child's input, so it ends, and wait for it (killed after `timeout_s`);
    safe to call twice. Its pipes are closed after."""
    if proc.poll() is None:
        try:
            proc.stdin.close()  # type: ignore[union-attr]  # the child ends on end of input
            proc.wait(timeout=timeout_s)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None and not pipe.closed:
            pipe.close()


def ask(proc: subprocess.Popen[bytes], request: Any, lost: type[Exception]) -> Any:
    """Send `request` to the child and return the value it answers. Raises the error the
    child handed back, or `lost(text)` when no answer came (the child is then ended)."""
    try:
        pickle.dump(request, proc.stdin)  # type: ignore[arg-type]
        proc.stdin.flush()  # type: ignore[union-attr]
        ok, value = pickle.load(proc.stdout)  # type: ignore[arg-type]
    except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
        end_child(proc)
        raise lost(str(exc) or type(exc).__name__) from None
    if not ok:
        raise value
    return value


def answer(answers: IO[bytes], ok: bool, value: Any) -> None:
    """In the child: hand `(ok, value)` back to the window (`value`: the result, or the
    exception when not ok)."""
    try:
        data = pickle.dumps((ok, value))
    except Exception as exc:  # an error that cannot travel: its text does
        what = value if not ok else exc
        data = pickle.dumps((False, RuntimeError(f"{type(what).__name__}: {what}")))
    answers.write(data)
    answers.flush()
