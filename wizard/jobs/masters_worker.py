"""Reading, checking and saving a master SKU list in a child process, away from the window.

Parsing 200,000 CSV lines and comparing them with the catalog is Python work that holds
the interpreter for ~10 s; in a thread of the window's own process it made the window wait
for the interpreter 20-30 ms at a time. The child does all of it and keeps the rows; only
the summary (counts, the lines that cannot be used) comes back, and Save asks the same child
to write the rows it read, so the rows never cross between processes.

    session = MastersSession.start()
    summary = session.read(path, catalog)   # blocks (call from a worker thread)
    saved = session.save()                  # the rows read above; then the child ends
    session.close()                         # or instead of save(): nothing is written

Both calls raise what reading / saving in-process raises (MasterCsvError, CatalogError, an
OSError reading the file); a child that dies raises MastersWorkerLost. No Qt.

The child is `python -m wizard.jobs.masters_worker` or, in the frozen app, the app itself
with WORKER_FLAG (main.py hands that over here before anything else is imported).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wizard.jobs.child_process import answer, ask, child_command, end_child, start_child

WORKER_FLAG = "--masters-worker"


class MastersWorkerLost(Exception):
    """The child process ended without an answer (killed, out of memory)."""


@dataclass(frozen=True)
class MastersSummary:
    csv: Any  # wizard.catalog.master_csv.MasterCsv without its rows (rows=())
    rows: int  # how many rows can be saved
    plan: Any  # wizard.catalog.MasterPlan


def _command() -> list[str]:
    return child_command(WORKER_FLAG, "wizard.jobs.masters_worker")


class MastersSession:
    """One master list, from reading it to saving it or dropping it, in one child process."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc = proc
        self._lock = threading.Lock()

    @classmethod
    def start(cls, command: list[str] | None = None) -> MastersSession:
        """`command`: the child to start (default: this app's own; the bundle's smoke test
        names the built app)."""
        proc = start_child(command or _command())
        return cls(proc)

    def read(self, path: str | os.PathLike[str], catalog: Path) -> MastersSummary:
        return self._ask(("read", str(path), str(catalog)))

    def save(self) -> int:
        try:
            return self._ask(("save",))
        finally:
            self.close()

    def close(self) -> None:
        """End the child (nothing more is written); safe to call twice, from any thread."""
        end_child(self._proc)

    def _ask(self, request: tuple[Any, ...]) -> Any:
        with self._lock:
            return ask(self._proc, request, MastersWorkerLost)


def _without_rows(result: Any) -> Any:
    """The MasterCsv as the dialog needs it: no rows, problems as plain text (a spreadsheet's
    NumberCell does not survive pickling)."""
    problems = tuple(
        p if type(p.value) is str else dataclasses.replace(p, value=str(p.value))
        for p in result.problems
    )
    return dataclasses.replace(result, rows=(), row_lines=(), problems=problems)


def _serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    from wizard.catalog import Catalog
    from wizard.catalog.master_csv import read_master_csv

    rows: tuple[Any, ...] = ()
    catalog = ""
    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return  # the window dropped the list (or closed)
        try:
            if request[0] == "read":
                _, path, catalog = request
                result = read_master_csv(path)
                rows = result.rows
                with Catalog.open(Path(catalog)) as cat:
                    plan = cat.plan_masters(rows)
                reply: tuple[bool, Any] = (
                    True,
                    MastersSummary(_without_rows(result), len(rows), plan),
                )
            else:
                with Catalog.open(Path(catalog)) as cat:
                    cat.save_masters(rows)
                reply = (True, len(rows))
        except Exception as exc:  # handed to the window, which says what to do
            reply = (False, exc)
        answer(answers, *reply)


def main() -> int:
    """The child: answer requests on stdin, one pickled answer each on stdout."""
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the answers
    _serve(sys.stdin.buffer, answers)
    return 0


if __name__ == "__main__":  # as the module proper, so what it pickles names it, not __main__
    from wizard.jobs import masters_worker

    sys.exit(masters_worker.main())
