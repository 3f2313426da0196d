"""The product import in a child process, away from the window.

The import's threads parse JD.ID's answers and build the product list's rows: Python work
that holds the interpreter. In a thread of the window's own process the window waited for
it several times a frame (issue 15). The child runs the whole ImportJob, at a lower
priority, and writes the product list itself (its checkpoints stay where they are: a child
that dies leaves an import that resumes). The window's process keeps what touches the
password store: it reads the API Secret and the login and hands them over the pipe, and
saves a login the platform renewed.

    report = run_in_child(target, cancel_token, resume, client_options, job_options,
                          progress=on_progress)   # blocks (call from a worker thread)

It raises what the import raises in-process (ImportCancelled, the client's errors,
CatalogError, NotConnected); a child that ends without an answer raises ImportWorkerLost.
No Qt.

The child talks over its standard input and output. In: one pickled request, then
("cancel",) if the seller cancels; end of input also cancels (the window's process died).
Out: pickled messages ("progress", Progress), ("token", Token), ("log", level, name,
text) and last ("end", ok, value). The child is `python -m wizard.jobs.import_worker` or,
in the frozen app, the app itself with WORKER_FLAG (main.py hands that over here).
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import subprocess
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

from wizard.jobs.child_process import (
    child_command,
    end_child,
    lower_own_priority,
    start_child,
)

if TYPE_CHECKING:
    from wizard.jobs import CancelToken, ImportReport, ProgressCallback
    from wizard.store.target import StoreTarget

WORKER_FLAG = "--import-worker"
CANCEL_POLL_S = 0.2  # how often the window's side looks at the Cancel button's token

log = logging.getLogger(__name__)


class ImportWorkerLost(Exception):
    """The import's child process ended without an answer (killed, out of memory). What it
    had imported is in the product list: the import resumes from its last checkpoint."""

    key = "import_worker_lost"


def _command() -> list[str]:
    return child_command(WORKER_FLAG, "wizard.jobs.import_worker")


def run_in_child(
    target: StoreTarget,
    cancel_token: CancelToken,
    resume: bool,
    client_options: dict[str, Any],
    job_options: dict[str, Any],
    *,
    progress: ProgressCallback,
    command: list[str] | None = None,
) -> ImportReport:
    """Blocking: the whole import in a child process; returns its ImportReport.

    `command`: the child to start (default: this app's own; the bundle's smoke test names
    the built app)."""
    from wizard.appdata import secrets
    from wizard.store.call_rates import learnt_elsewhere
    from wizard.store.target import stored_login

    api_secret, token = stored_login(target)
    try:
        proc = start_child(command or _command(), background=True)
    except OSError as exc:
        raise ImportWorkerLost(f"could not start: {type(exc).__name__}") from None
    finished = threading.Event()
    try:
        request = ("import", target, api_secret, token, resume, client_options, job_options)
        _send(proc, request)
        threading.Thread(
            target=_pass_cancel, args=(proc, cancel_token, finished), daemon=True
        ).start()
        while True:
            try:
                message = pickle.load(proc.stdout)  # type: ignore[arg-type]
            except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
                raise ImportWorkerLost(str(exc) or type(exc).__name__) from None
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
        # folder; this process's next client (step 17's push) starts from there.
        learnt_elsewhere(target.profile, target.api_key)


def _send(proc: subprocess.Popen[bytes], message: Any) -> None:
    try:
        pickle.dump(message, proc.stdin)  # type: ignore[arg-type]
        proc.stdin.flush()  # type: ignore[union-attr]
    except (OSError, ValueError) as exc:
        raise ImportWorkerLost(str(exc) or type(exc).__name__) from None


def _pass_cancel(
    proc: subprocess.Popen[bytes], token: CancelToken, finished: threading.Event
) -> None:
    while not finished.is_set():
        if token.wait(CANCEL_POLL_S):
            # Should it have ended meanwhile, its answer (or its loss) is read above.
            with contextlib.suppress(ImportWorkerLost):
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
        except Exception:  # noqa: BLE001 (a log line must never stop the import)
            self.handleError(record)


def _watch_input(requests: IO[bytes], token: CancelToken) -> None:
    # ("cancel",) or the end of input (the window's process is gone): stop at a checkpoint.
    with contextlib.suppress(Exception):
        pickle.load(requests)
    token.cancel()


def _run(request: tuple[Any, ...], messages: _Messages, token: CancelToken) -> Any:
    from functools import partial

    from wizard.jobs import ImportJob
    from wizard.store.target import open_client

    _, target, api_secret, login, resume, client_options, job_options = request
    options = dict(client_options, on_token_refreshed=partial(messages.send, "token"))
    with open_client(target, api_secret=api_secret, token=login, **options) as client:
        job = ImportJob(
            client,
            target.catalog,
            target.shop_id,
            on_progress=partial(messages.send, "progress"),
            cancel_token=token,
            **job_options,
        )
        return job.run(resume=resume)


def main() -> int:
    """The child: one import, its messages on stdout."""
    from wizard.jobs import CancelToken

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the messages
    lower_own_priority()  # the window gets the processor first when both want it
    messages = _Messages(out)
    root = logging.getLogger()
    root.addHandler(_ToWindow(messages))
    root.setLevel(logging.INFO)
    requests = sys.stdin.buffer
    try:
        request = pickle.load(requests)
    except Exception:  # noqa: BLE001 (no request: nothing to do)
        return 0
    token = CancelToken()
    threading.Thread(target=_watch_input, args=(requests, token), daemon=True).start()
    try:
        messages.send("end", True, _run(request, messages, token))
    except Exception as exc:  # handed to the window, which says what to do
        messages.send("end", False, exc)
    return 0


if __name__ == "__main__":  # as the module proper, so what it pickles names it, not __main__
    from wizard.jobs import import_worker

    sys.exit(import_worker.main())
