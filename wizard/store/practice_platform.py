"""The practice platform (the built-in sandbox) in a child process of its own, for the window.

In the window's process its server threads (the JSON of thousands of products, the signing
checks) took the interpreter from the window during an import, the sync preview and the
push, as the real JD.ID never does: it is outside the process. The child runs the very same
wizard.sandbox.SandboxServer; the window keeps a `PracticePlatform`, which has what the
pages use of a server (`base_url`, `account`, `profile`, `callback_url`, the console
addresses, `stop()`), and everything else goes over HTTP as it did.

    platform = PracticePlatform.start(state_file=..., console_ready=False)  # blocks
    platform.stop()                                                          # the child ends

The settings travel over the child's standard input (pickled), never on its command line,
which other users of the computer can read: they hold the practice app's secret. The child
answers once, (True, (base_url, account)) or (False, the exception it could not start with),
then waits for the end of its input: when the window stops it, and also when the window's
process dies (the pipe closes with it), it stops its server and exits. `start` raises what
starting the server raises (OSError for a port, ...); a child that ends without an answer
raises PracticePlatformLost. No Qt.

The child is `python -m wizard.store.practice_platform` or, in the frozen app, the app itself
with WORKER_FLAG (main.py hands that over here before anything else is imported).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

from wizard.jobs.child_process import (
    answer,
    ask,
    child_command,
    end_child,
    lower_own_priority,
    start_child,
)
from wizard.sandbox.addresses import PlatformAddresses

if TYPE_CHECKING:
    from wizard.sandbox.config import PracticeAccount

WORKER_FLAG = "--practice-worker"


class PracticePlatformLost(Exception):
    """The child ended without saying it runs (it could not start, or was killed)."""


def _command() -> list[str]:
    return child_command(WORKER_FLAG, "wizard.store.practice_platform")


class PracticePlatform(PlatformAddresses):
    """The window's handle on the practice platform running in its child process: its
    addresses (`profile`, the console URLs) and account, and `stop()`."""

    def __init__(
        self, proc: subprocess.Popen[bytes], base_url: str, account: PracticeAccount
    ) -> None:
        self._proc = proc
        self._lock = threading.Lock()
        self.base_url = base_url
        self.account = account  # its repr hides the practice secret

    @classmethod
    def start(cls, command: list[str] | None = None, **config: Any) -> PracticePlatform:
        """Start the child and wait until its server listens (blocking: from a worker).

        `config`: wizard.sandbox.SandboxConfig fields (state_file, spus, latency_ms, ...).
        `command`: the child to start (default: this app's own; the bundle's smoke test
        names the built app)."""
        proc = start_child(command or _command(), background=True)
        try:
            base_url, account = ask(proc, config, PracticePlatformLost)
        except BaseException:
            end_child(proc)  # it could not start: it ends (safe if it already has)
            raise
        return cls(proc, base_url, account)

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def running(self) -> bool:
        return self._proc.poll() is None

    @property
    def callback_url(self) -> str:
        return self.account.callback_url

    def stop(self) -> None:
        """End the child (its server stops, its state file is as it last wrote it); safe to
        call twice, from any thread. Returns when the child is gone."""
        with self._lock:
            end_child(self._proc)

    def __enter__(self) -> PracticePlatform:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    try:
        config = pickle.load(requests)
    except (EOFError, pickle.UnpicklingError):
        return  # the window went away before it said what to start
    try:
        from wizard.sandbox import SandboxConfig, SandboxServer

        server = SandboxServer(SandboxConfig(**config)).start()
    except Exception as exc:  # handed to the window, which says the platform did not start
        answer(answers, False, exc)
        return
    try:
        answer(answers, True, (server.base_url, server.account))
        while requests.read(1 << 16):  # nothing more is asked: wait for the end of input
            pass
    finally:
        server.stop()


def main() -> int:
    """The child: the practice platform until its standard input ends."""
    import signal

    # Ctrl+C in the terminal that started the window reaches the whole group: the window
    # decides, and this child ends with it (its input closes).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # It stands in for JD.ID, which never takes the seller's processor: on a busy computer
    # the window goes first (an import's answers come a little later instead).
    lower_own_priority()
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the answer
    try:
        _serve(sys.stdin.buffer, answers)
    except OSError:  # the window's end of the pipe closed while answering
        return 1
    return 0


if __name__ == "__main__":  # as the module proper, so what it pickles names it, not __main__
    from wizard.store import practice_platform

    sys.exit(practice_platform.main())
