"""What `main.py import` and `main.py sync` share: the store connection from the command line
flags, the "not set up" sentences, and the text output (progress line, tables, sentences).

The connection itself is wizard.store.target's, the same the wizard's steps 16 and 17 use.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TextIO

from wizard.appdata.paths import AppPaths
from wizard.catalog import CatalogError
from wizard.catalog import texts as catalog_texts
from wizard.catalog.master_csv import MasterCsv, MasterCsvError, read_master_csv
from wizard.store.target import NotConnected, StoreTarget


class Exit:
    """Exit codes, one table for both commands, so a support script reads them the same way."""

    OK = 0
    SOME_FAILED = 1  # sync: some changes were refused; run again to retry them
    USAGE = 2
    NOT_SET_UP = 3
    JDID = 4
    CATALOG = 5
    MASTERS = 6
    SYNC_OFF = 7
    ZERO_STOCK = 8
    CANCELLED = 130


EXIT_CODES_HELP = """exit codes (the same for import and sync):
  0    done (the report says what to fix, if anything); sync: also nothing to change,
       or --dry-run
  1    sync: some changes failed (listed with JD.ID's reason); run again to retry them
  2    wrong arguments (also a --profile file or --endpoint that cannot be used)
  3    not set up: no store connected on this computer (open the wizard first);
       sync: or no import done yet
  4    JD.ID stopped the work (login expired, no network, not Qualified, ...); run again
       to continue where it stopped
  5    the product list file (catalog) cannot be used: locked, read-only, damaged, ...
  6    the --masters CSV cannot be used, or its summary was not accepted; nothing was
       written
  7    sync: export sync is Off and changes are waiting; nothing was sent. Turn it On in
       the wizard (step 17). Off with nothing to change gives 0
  8    sync: more than 20% of the linked products would get stock 0; nothing was sent.
       Check the master file; if it is right, run again with --yes-zero-stock
  130  stopped with Ctrl+C; run again to continue (what was done before is kept)
"""


# One sentence per NotConnected / NoKeyring key (exit code 3 of both commands).
NOT_SET_UP = {
    "not_set_up": "No JD.ID store is connected on this computer yet. Open the wizard and "
    "finish steps 12 to 14 first, or add --sandbox to practise with the practice store.",
    "practice_mode": "The wizard is set up for the practice store. Add --sandbox to use "
    "it, or connect your real JD.ID store in the wizard first.",
    "no_secret": "The API Secret is not saved on this computer. Open the wizard and enter "
    "it again (step 12).",
    "not_logged_in": "There is no JD.ID login saved on this computer. Open the wizard and "
    "log in to JD.ID (step 14).",
    "no_keyring": "The password store of this computer cannot be opened, so the saved "
    "JD.ID login cannot be read. Unlock it, then try again.",
    "settings_broken": "The settings file was damaged and has been set aside. Open the "
    "wizard and enter the store's details again.",
}


# What the commands say when JD.ID stopped them, where the wizard's sentence does not fit a
# command line (the CLI cannot show step 14 itself: it says how to get there).
CLI_STOP_REASONS = {
    "login_expired": "Your JD.ID login has expired and JD.ID does not renew it any more. "
    "Open the wizard (python main.py): it opens at step 14, where you log in to JD.ID again. "
    "Then run this command again; nothing done so far is lost.",
}


class NotSetUp(Exception):
    """No usable store on this computer; `key` is one of NOT_SET_UP's."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def add_connection_arguments(parser: argparse.ArgumentParser, practice_help: str) -> None:
    """--sandbox, --data-dir and the support flags of the store connection."""
    # SUPPRESS: the same flags exist before the subcommand; either place works.
    parser.add_argument(
        "--sandbox", action="store_true", default=argparse.SUPPRESS, help=practice_help
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the app's folder"
    )
    parser.add_argument(
        "--profile",
        metavar="FILE.json",
        default=argparse.SUPPRESS,
        help="the platform's addresses for this run (default: the ones the wizard remembers, "
        "else JD.ID's own)",
    )


def add_support_arguments(group: argparse._ArgumentGroup) -> None:
    """The hidden knobs of the connection and the practice store (both commands)."""
    group.add_argument(
        "--endpoint",
        metavar="URL",
        help="use the stored login against a practice server at URL (python -m wizard.sandbox); "
        "short for a --profile with both addresses at URL",
    )
    group.add_argument("--workers", type=int, default=8, help=argparse.SUPPRESS)
    # A fixed pace for support (default: the app's adaptive pace, see wizard.store.call_rates).
    group.add_argument("--rate", type=float, default=None, help=argparse.SUPPRESS)
    group.add_argument("--practice-spus", type=int, default=None, help=argparse.SUPPRESS)
    group.add_argument("--practice-latency-ms", type=float, default=0, help=argparse.SUPPRESS)
    group.add_argument("--practice-fault-rate", type=float, default=0, help=argparse.SUPPRESS)


@contextmanager
def connect(args: argparse.Namespace, paths: AppPaths) -> Iterator[tuple[StoreTarget, Any]]:
    """The store and an open JdidClient for it, from the flags: with --sandbox the practice
    store (started with its state file, logged in by itself), else the stored connection.

    Raises NotSetUp, or a JdidError when the practice login fails."""
    from wizard.appdata import secrets
    from wizard.jdid import RateLimiter
    from wizard.store import target as store_target

    client_options: dict[str, Any] = {"pool_size": args.workers}
    if args.rate:
        client_options["rate_limiter"] = RateLimiter(args.rate)
    if getattr(args, "sandbox", False):
        from wizard.sandbox.practice_login import practice_login

        knobs: dict[str, Any] = {
            "latency_ms": args.practice_latency_ms,
            "fault_rate": args.practice_fault_rate,
        }
        if args.practice_spus is not None:
            knobs["spus"] = args.practice_spus
        with store_target.practice_sandbox(paths, **knobs) as server:
            target = store_target.sandbox_target(server, paths)
            secret = server.account.app_secret
            token = practice_login(server)
            with store_target.open_client(
                target, api_secret=secret, token=token, **client_options
            ) as client:
                yield target, client
        return

    from wizard.appdata.jsonfile import BrokenFile
    from wizard.appdata.settings import Settings

    try:
        settings = Settings.load(paths.settings_file)
    except BrokenFile:
        raise NotSetUp("settings_broken") from None
    profile = chosen_profile(args, settings)
    try:
        target = store_target.stored_target(settings, profile, paths, practice=False)
        client = store_target.open_client(target, **client_options)
    except (NotConnected, secrets.NoKeyring) as exc:
        raise NotSetUp(exc.key) from None
    with client:
        yield target, client


def chosen_profile(args: argparse.Namespace, settings: Any) -> Any:
    """--profile FILE, else --endpoint URL (the same check), else the remembered profile.
    A profile that cannot be used is a wrong argument: its sentence, then exit code 2."""
    from wizard.jdid.profiles import ProfileError, endpoint_profile, load_profile_file

    try:
        if getattr(args, "profile", None):
            return load_profile_file(args.profile)
        if args.endpoint:
            return endpoint_profile(args.endpoint)
    except ProfileError as exc:
        print(exc.sentence(), file=sys.stderr)
        raise SystemExit(Exit.USAGE) from None
    from wizard.store.target import real_profile

    return real_profile(settings)


# ----- text output -----------------------------------------------------------------------------


def catalog_sentence(exc: CatalogError) -> str:
    """What to do about a product list (catalog file) that cannot be used."""
    text = catalog_texts.CATALOG_ERRORS.get(exc.key, catalog_texts.CATALOG_ERRORS["catalog_error"])
    return text.format(path=exc.path)


def csv_sentence(exc: MasterCsvError, name: str) -> str:
    """What is wrong with the master CSV file `name`."""
    text = catalog_texts.CSV_ERRORS[exc.key]
    return text.format(path=name, line=exc.line, missing=", ".join(exc.missing))


def read_masters(name: str, err: TextIO) -> MasterCsv | None:
    """The --masters file, read before connecting (a wrong file needs no JD.ID call); None
    after printing why it cannot be used (the command then exits with Exit.MASTERS)."""
    try:
        return read_master_csv(name)
    except MasterCsvError as exc:
        print(csv_sentence(exc, name), file=err)
        return None


def print_csv_problems(problems: list[Any], out: TextIO, indent: str = "  ") -> None:
    """One line per master CSV row that was not used, and why."""
    for p in problems:
        sentence = catalog_texts.CSV_ROW_PROBLEMS[p.key]
        print(indent + sentence.format(line=p.line, value=p.value, other_line=p.other_line),
              file=out)  # fmt: skip


def print_table(headers: list[str], rows: list[tuple], out: TextIO) -> None:
    """Columns as wide as their longest value (at most 40 characters), indented by two."""
    cells = [headers, *[[str(v) for v in row] for row in rows]]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(headers))]
    for r in cells:
        line = "  ".join(v[:40].ljust(w) for v, w in zip(r, widths, strict=True))
        print(f"  {line.rstrip()}", file=out)


def clock(seconds: float) -> str:
    """m:ss"""
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def bar(fraction: float, width: int = 24) -> str:
    """[#####.....] 42%"""
    filled = int(width * fraction)
    return f"[{'#' * filled}{'.' * (width - filled)}] {fraction * 100:3.0f}%"


class ProgressLine:
    """One redrawn line on a terminal; a plain line every few seconds otherwise (logs)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last_plain = 0.0
        self._drawn = False

    def write(self, text: str, final: bool = False) -> None:
        """Show `text`; off a terminal only every 2 s, or when `final` (a last state)."""
        if self.tty:
            columns = shutil.get_terminal_size((100, 20)).columns
            self.stream.write("\r" + text[: columns - 1].ljust(columns - 1))
            self.stream.flush()
            self._drawn = True
        elif final or time.monotonic() - self._last_plain >= 2.0:
            self._last_plain = time.monotonic()
            print(text, file=self.stream, flush=True)

    def end(self) -> None:
        """Finish the redrawn line so the next output starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class _Cancellable(Protocol):
    def cancel(self) -> None: ...


@contextmanager
def ctrl_c_cancels(job: _Cancellable) -> Iterator[None]:
    """Ctrl+C asks the job to stop at a checkpoint instead of tearing it down mid-write."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda *_: job.cancel())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def confirm(question: str) -> bool:
    """y/N on a terminal; no terminal means no."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "ya")
    except EOFError:
        return False
