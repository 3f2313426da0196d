"""`python main.py import [--sandbox] [--data-dir D]`: the product import without the window.

For re-imports and support staff: the same ImportJob as the wizard's step 16, with a text
progress bar and the same report. Progress goes to stderr, the report to stdout.

Exit codes:
  0  the import finished (the report says what to fix, if anything)
  2  wrong arguments
  3  not set up: no store connected on this computer (settings, API Secret or login
     missing, or the password store cannot be opened); open the wizard first
  4  JD.ID stopped the import (login expired, not Qualified, no network, ...); run again
     to continue where it stopped
  5  the product list (catalog file) cannot be used: locked, read-only, damaged, ...
  6  the master CSV given with --masters cannot be used, or its summary was not accepted
  130 stopped with Ctrl+C; run again to continue where it stopped
"""

from __future__ import annotations

import argparse
import logging
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from wizard.catalog import PRACTICE_CATALOG, Catalog, CatalogError, catalog_file  # noqa: F401
from wizard.catalog import texts as catalog_texts
from wizard.catalog.master_csv import MasterCsvError, read_master_csv
from wizard.jdid import PRODUCTION, JdidClient, JdidError, RateLimiter, sandbox_profile
from wizard.jobs import (
    PLATFORM_CALLS_PER_S,
    REPORT_KINDS,
    ImportCancelled,
    ImportJob,
    ImportReport,
    Progress,
)
from wizard.jobs import import_texts as texts
from wizard.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

HELP = "import the store's JD.ID products into the product list (no window)"

EXIT_OK = 0
EXIT_NOT_SET_UP = 3
EXIT_JDID = 4
EXIT_CATALOG = 5
EXIT_MASTERS = 6
EXIT_CANCELLED = 130


NOT_SET_UP = {
    "not_set_up": "No JD.ID store is connected on this computer yet. Open the wizard and "
    "finish steps 12 to 14 first, or add --sandbox to practise with the practice store.",
    "practice_mode": "The wizard is set up for the practice store. Add --sandbox to import "
    "from it, or connect your real JD.ID store in the wizard first.",
    "no_secret": "The API Secret is not saved on this computer. Open the wizard and enter "
    "it again (step 12).",
    "not_logged_in": "There is no JD.ID login saved on this computer. Open the wizard and "
    "log in to JD.ID (step 14).",
    "no_keyring": "The password store of this computer cannot be opened, so the saved "
    "JD.ID login cannot be read. Unlock it, then try again.",
    "settings_broken": "The settings file was damaged and has been set aside. Open the "
    "wizard and enter the store's details again.",
}


EXIT_CODES_HELP = """exit codes:
  0    finished (the report says what to fix, if anything)
  3    no store connected on this computer: open the wizard first
  4    JD.ID stopped the import; run again to continue where it stopped
  5    the product list file cannot be used (locked, read-only, damaged)
  6    the --masters file cannot be used, or its summary was not accepted
  130  stopped with Ctrl+C; run again to continue where it stopped"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EXIT_CODES_HELP
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    # SUPPRESS: the same flags exist before the subcommand; either place works.
    parser.add_argument(
        "--sandbox",
        action="store_true",
        default=argparse.SUPPRESS,
        help="import from the built-in practice store (logs in by itself)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the app's folder"
    )
    parser.add_argument(
        "--start-over",
        action="store_true",
        help="ignore an import that stopped half-way and start again from the first page",
    )
    parser.add_argument(
        "--masters",
        metavar="FILE.csv",
        help="first load your master product list (columns sku, name, stock, price)",
    )
    parser.add_argument(
        "--yes", action="store_true", help="accept the --masters summary without asking"
    )
    parser.add_argument(
        "--export-dir", metavar="DIR", help="also write every list of the report as CSV in DIR"
    )
    parser.add_argument(
        "--show", type=int, default=10, metavar="N", help="rows of each list to print (10)"
    )
    support = parser.add_argument_group("for support staff")
    support.add_argument(
        "--endpoint",
        metavar="URL",
        help="use the stored login against a practice server at URL (python -m wizard.sandbox)",
    )
    support.add_argument("--workers", type=int, default=8, help=argparse.SUPPRESS)
    support.add_argument("--page-size", type=int, default=100, help=argparse.SUPPRESS)
    support.add_argument("--rate", type=float, default=PLATFORM_CALLS_PER_S, help=argparse.SUPPRESS)
    support.add_argument("--practice-spus", type=int, default=None, help=argparse.SUPPRESS)
    support.add_argument("--practice-latency-ms", type=float, default=0, help=argparse.SUPPRESS)
    support.add_argument("--practice-fault-rate", type=float, default=0, help=argparse.SUPPRESS)


@dataclass
class _Target:
    client: JdidClient
    shop_id: str
    catalog_file: Path
    label: str


class _NotSetUp(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def run(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    try:
        with _connect(args, paths) as target:
            if args.masters and (code := _load_masters(args, target.catalog_file, out, err)):
                return code
            return _import(args, target, out, err)
    except _NotSetUp as exc:
        print(NOT_SET_UP[exc.key], file=err)
        return EXIT_NOT_SET_UP
    except CatalogError as exc:
        print(_catalog_sentence(exc), file=err)
        return EXIT_CATALOG
    except JdidError as exc:  # the practice login failed
        print(_stop_sentence(exc.key), file=err)
        return EXIT_JDID


def run_import(args: argparse.Namespace) -> int:
    """The same as `run` (the name the brief used)."""
    return run(args)


# ----- where to import from --------------------------------------------------------------------


@contextmanager
def _connect(args: argparse.Namespace, paths: AppPaths) -> Iterator[_Target]:
    limiter = RateLimiter(args.rate)
    if getattr(args, "sandbox", False):
        from wizard.jobs.practice_login import practice_login
        from wizard.sandbox import SandboxConfig, SandboxServer

        config = SandboxConfig(
            latency_ms=args.practice_latency_ms, fault_rate=args.practice_fault_rate
        )
        if args.practice_spus is not None:
            config.spus = args.practice_spus
        with SandboxServer(config) as server:
            account = server.account
            client = JdidClient(
                server.profile,
                account.app_key,
                account.app_secret,
                practice_login(server),
                rate_limiter=limiter,
                pool_size=args.workers,
            )
            with client:
                yield _Target(client, str(account.shop_id), catalog_file(paths, True), "practice")
        return

    from wizard import secrets
    from wizard.jsonfile import BrokenFile
    from wizard.settings import Settings

    try:
        settings = Settings.load(paths.settings_file)
    except BrokenFile:
        raise _NotSetUp("settings_broken") from None
    if not settings.shop_id or not settings.api_key:
        key = "practice_mode" if settings.mode == "practice" else "not_set_up"
        raise _NotSetUp(key)
    try:
        secret = secrets.load_api_secret(settings.api_key)
        token = secrets.load_token(settings.api_key)
    except secrets.NoKeyring:
        raise _NotSetUp("no_keyring") from None
    if not secret:
        raise _NotSetUp("no_secret")
    if token is None:
        raise _NotSetUp("not_logged_in")
    profile = sandbox_profile(args.endpoint) if args.endpoint else PRODUCTION
    client = JdidClient(
        profile,
        settings.api_key,
        secret,
        token,
        on_token_refreshed=partial(secrets.save_token, settings.api_key),
        rate_limiter=limiter,
        pool_size=args.workers,
    )
    with client:
        yield _Target(client, settings.shop_id, catalog_file(paths), settings.store_name)


# ----- master CSV ------------------------------------------------------------------------------


def _load_masters(args: argparse.Namespace, catalog_file: Path, out: TextIO, err: TextIO) -> int:
    try:
        result = read_master_csv(args.masters)
    except MasterCsvError as exc:
        text = catalog_texts.CSV_ERRORS[exc.key]
        print(
            text.format(path=args.masters, line=exc.line, missing=", ".join(exc.missing)), file=err
        )
        return EXIT_MASTERS
    with Catalog.open(catalog_file) as cat:
        plan = cat.plan_masters(result.rows)
        print(f"Master list {args.masters}:", file=out)
        print(f"  {len(result.rows)} products can be saved: {plan.new} new, "
              f"{plan.updated} changed, {plan.unchanged} unchanged.", file=out)  # fmt: skip
        if result.problems:
            print(f"  {len(result.problems)} problems; these lines are not saved:", file=out)
            for p in result.problems:
                sentence = catalog_texts.CSV_ROW_PROBLEMS[p.key]
                line = sentence.format(line=p.line, value=p.value, other_line=p.other_line)
                print(f"    {line}", file=out)
        if result.blank_lines:
            print(f"  {result.blank_lines} empty lines were skipped.", file=out)
        if result.ignored_columns:
            print(f"  Columns not used: {', '.join(result.ignored_columns)}", file=out)
        if not args.yes and not _confirm("Save these products and go on with the import?"):
            print("Nothing was saved. Fix the file and try again, or add --yes.", file=err)
            return EXIT_MASTERS
        cat.save_masters(result.rows)
        print(f"  Saved {len(result.rows)} products.", file=out)
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "ya")
    except EOFError:
        return False


# ----- the import ------------------------------------------------------------------------------


def _import(args: argparse.Namespace, target: _Target, out: TextIO, err: TextIO) -> int:
    bar = _ProgressBar(err)
    job = ImportJob(
        target.client,
        target.catalog_file,
        target.shop_id,
        on_progress=bar.show,
        workers=args.workers,
        page_size=args.page_size,
    )
    pending = None if args.start_over else job.pending_run()
    if pending is not None:
        print(f"Continuing the import that stopped at page {pending.next_page} of "
              f"{pending.pages_total or '?'}.", file=err)  # fmt: skip
    with _ctrl_c_cancels(job):
        try:
            report = job.run(resume=not args.start_over)
        except ImportCancelled:
            bar.end()
            print(texts.STOP_REASONS["cancelled"], file=err)
            return EXIT_CANCELLED
        except JdidError as exc:
            bar.end()
            print(_stop_sentence(exc.key), file=err)
            return EXIT_JDID
        except CatalogError as exc:
            bar.end()
            print(_catalog_sentence(exc), file=err)
            return EXIT_CATALOG
    bar.end()
    _print_report(report, args, out)
    return EXIT_OK


@contextmanager
def _ctrl_c_cancels(job: ImportJob) -> Iterator[None]:
    """Ctrl+C asks the job to stop at a checkpoint instead of tearing it down mid-write."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda *_: job.cancel())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _print_report(report: ImportReport, args: argparse.Namespace, out: TextIO) -> None:
    c = report.counts
    print(f"Import finished in {_clock(report.elapsed_s)} ({report.calls} JD.ID calls).", file=out)
    for kind in REPORT_KINDS:
        print(f"  {report.title(kind)}: {report.count(kind)}", file=out)
    if c.not_imported:
        print(f"  Imported before, not any more (unlinked): {c.not_imported}", file=out)
    for kind in REPORT_KINDS[2:]:
        count = report.count(kind)
        if not count:
            continue
        print(f"\n{report.title(kind)} ({count})", file=out)
        print(f"  {report.advice(kind)}", file=out)
        rows = report.rows(kind, limit=max(0, args.show))
        _print_table(report.headers(kind), rows, out)
        if count > len(rows):
            print(f"  ... and {count - len(rows)} more", file=out)
    if args.export_dir:
        folder = Path(args.export_dir)
        folder.mkdir(parents=True, exist_ok=True)
        print("", file=out)
        for kind in REPORT_KINDS:
            path = folder / f"import-{report.run_id}-{kind}.csv"
            report.to_csv(kind, path)
            print(f"Saved {path}", file=out)


def _print_table(headers: list[str], rows: list[tuple], out: TextIO) -> None:
    cells = [headers, *[[str(v) for v in row] for row in rows]]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(headers))]
    for r in cells:
        line = "  ".join(v[:40].ljust(w) for v, w in zip(r, widths, strict=True))
        print(f"  {line.rstrip()}", file=out)


def _stop_sentence(key: str) -> str:
    return texts.STOP_REASONS.get(key, texts.STOP_REASONS["platform_error"])


def _catalog_sentence(exc: CatalogError) -> str:
    text = catalog_texts.CATALOG_ERRORS.get(exc.key, catalog_texts.CATALOG_ERRORS["catalog_error"])
    return text.format(path=exc.path)


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class _ProgressBar:
    """One redrawn line on a terminal; a plain line every few seconds otherwise (logs)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last_plain = 0.0
        self._drawn = False

    def show(self, p: Progress) -> None:
        width = 24
        filled = int(width * p.fraction)
        eta = f"  ~{_clock(p.eta_s)} left" if p.eta_s else ""
        pages = f"page {p.pages_done}/{p.pages_total or '?'}"
        text = (
            f"[{'#' * filled}{'.' * (width - filled)}] {p.fraction * 100:3.0f}%  {p.phase}  "
            f"{pages}  products {p.spus_done}/{p.spus_total or '?'}  SKUs {p.skus_done}  "
            f"calls {p.calls}  {_clock(p.elapsed_s)}{eta}"
        )
        if self.tty:
            columns = shutil.get_terminal_size((100, 20)).columns
            self.stream.write("\r" + text[: columns - 1].ljust(columns - 1))
            self.stream.flush()
            self._drawn = True
        elif time.monotonic() - self._last_plain >= 2.0 or p.phase in ("linking", "done"):
            self._last_plain = time.monotonic()
            print(text, file=self.stream, flush=True)

    def end(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
