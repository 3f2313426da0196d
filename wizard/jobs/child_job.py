"""One long job against the store (step 16's import, step 17's push) in a child process,
away from the window. No Qt.

The jobs' threads parse JD.ID's answers and build rows: Python work that holds the
interpreter, so in a thread of the window's own process the window waited for it several
times a frame (issue 15). The child runs the job at a lower priority and writes the product
list itself (its checkpoints stay where they are). The window's process keeps what touches
the password store: it reads the API Secret and the login and hands them over the pipe, and
saves a login the platform renewed.

Over the child's standard input: one pickled request `(target, api_secret, login,
client_options, job_args)`,
then ("cancel",) if the seller cancels; the end of input also cancels (the window's process
died). Over its standard output: pickled messages ("progress", value), ("token", Token),
("log", level, name, text) and last ("end", ok, value).

    value = run_job(command, target, client_options, job_args, cancel_token,
                    progress=on_progress)                                    # the window
    sys.exit(serve(run))                                                     # the child

`run(client, target, job_args, token, send_progress)` does the job in the child with a
JdidClient for the target. `run_job` raises what the job raised in the child, or WorkerLost.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from wizard.jobs.child_process import end_child, lower_own_priority, start_child

if TYPE_CHECKING:
    from wizard.jobs import CancelToken
    from wizard.store.target import StoreTarget

CANCEL_POLL_S = 0.2  # how often the window's side looks at the Cancel button's token
# How long a child that has answered waits for the window to close its input (end_child
# does at once) before it ends without the interpreter's own clean-up.
INPUT_END_WAIT_S = 5.0

ChildRun = Callable[..., Any]


class WorkerLost(Exception):
    """The job's child process ended without an answer (killed, out of memory). What it had
    written is in the product list: the import resumes from its last checkpoint, and a push
    knows what it has sent."""

    key = "worker_lost"


def run_job(
    command: list[str],
    target: StoreTarget,
    client_options: dict[str, Any],
    job_args: tuple[Any, ...],
    cancel_token: CancelToken,
    *,
    progress: Callable[[Any], None],
) -> Any:
    """Blocking (a worker thread): the job in a child started with `command`; returns what
    the child's run returned."""
    from wizard.appdata import secrets
    from wizard.store.call_rates import learnt_elsewhere
    from wizard.store.target import stored_login

    api_secret, login = stored_login(target)
    try:
        proc = start_child(command, background=True)
    except OSError as exc:
        raise WorkerLost(f"could not start: {type(exc).__name__}") from None
    finished = threading.Event()
    try:
        _send(proc, (target, api_secret, login, client_options, job_args))
        threading.Thread(
            target=_pass_cancel, args=(proc, cancel_token, finished), daemon=True
        ).start()
        while True:
            try:
                message = pickle.load(proc.stdout)  # type: ignore[arg-type]
            except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
                raise WorkerLost(str(exc) or type(exc).__name__) from None
            kind = message[0]
            if kind == "progress":
                progress(message[1])
            elif kind == "token":
                secrets.save_token(target.api_key, message[1])
            elif kind == "log":
                _, level, name, text = message
                logging.getLogger(name).log(level, "%s", text)
            elif kind == "end":
                _, ok, value = message
                if not ok:
                    raise value
                return value
    finally:
        finished.set()
        end_child(proc)
        # The child's limiter learnt the platform's limit and remembered it in the data
        # folder; this process's next client starts from there.
        learnt_elsewhere(target.profile, target.api_key)


def _send(proc: subprocess.Popen[bytes], message: Any) -> None:
    try:
        pickle.dump(message, proc.stdin)  # type: ignore[arg-type]
        proc.stdin.flush()  # type: ignore[union-attr]
    except (OSError, ValueError) as exc:
        raise WorkerLost(str(exc) or type(exc).__name__) from None


def _pass_cancel(
    proc: subprocess.Popen[bytes], token: CancelToken, finished: threading.Event
) -> None:
    while not finished.is_set():
        if token.wait(CANCEL_POLL_S):
            # Should it have ended meanwhile, its answer (or its loss) is read by run_job.
            with contextlib.suppress(WorkerLost):
                _send(proc, ("cancel",))
            return


# ----- the child ----------------------------------------------------------------------------
class _Messages:
    """The child's side of the pipe: one message at a time, from any thread."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._lock = threading.Lock()

    def send(self, *message: Any) -> None:
        try:
            data = pickle.dumps(message)
        except Exception as exc:  # an error that cannot travel: its text does
            if message[0] != "end":
                raise
            data = pickle.dumps(("end", False, RuntimeError(f"{type(exc).__name__}: {exc}")))
        with self._lock:
            self._out.write(data)
            self._out.flush()


class _ToWindow(logging.Handler):
    """The child's log lines go to the window's log (its handlers hide secrets)."""

    def __init__(self, messages: _Messages) -> None:
        super().__init__(logging.INFO)
        self._messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._messages.send("log", record.levelno, record.name, record.getMessage())
        except Exception:  # noqa: BLE001 (a log line must never stop the job)
            self.handleError(record)


def _watch_input(requests: IO[bytes], token: CancelToken) -> None:
    # ("cancel",) or the end of input (the window's process is gone): stop at a checkpoint.
    with contextlib.suppress(Exception):
        pickle.load(requests)
    token.cancel()


def serve(run: ChildRun) -> int:
    """The child: one job, its messages on stdout. Returns the exit code."""
    from functools import partial

    from wizard.jobs import CancelToken
    from wizard.store.target import open_client

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the messages
    lower_own_priority()  # the window gets the processor first when both want it
    messages = _Messages(out)
    root = logging.getLogger()
    root.addHandler(_ToWindow(messages))
    root.setLevel(logging.INFO)
    requests = sys.stdin.buffer
    try:
        target, api_secret, login, client_options, job_args = pickle.load(requests)
    except Exception:  # noqa: BLE001 (no request: nothing to do)
        return 0
    token = CancelToken()
    watcher = threading.Thread(target=_watch_input, args=(requests, token), daemon=True)
    watcher.start()
    # A login the platform renews goes back to the window's process, which stores it.
    options = dict(client_options, on_token_refreshed=partial(messages.send, "token"))
    try:
        with open_client(target, api_secret=api_secret, token=login, **options) as client:
            value = run(client, target, job_args, token, partial(messages.send, "progress"))
        messages.send("end", True, value)
    except Exception as exc:  # handed to the window, which says what to do
        messages.send("end", False, exc)
    # The thread reading the input must let go of it before the interpreter ends: else the
    # end waits a second for the input's lock and aborts (SIGABRT), and the window, which
    # waits for its child, showed the report a second late. The window closes the input as
    # soon as it has the answer.
    watcher.join(INPUT_END_WAIT_S)
    if watcher.is_alive():
        out.flush()
        os._exit(0)
    return 0
