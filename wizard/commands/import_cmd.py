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
import sys
from pathlib import Path
from typing import Any, TextIO

from wizard.appdata.paths import resolve_paths
from wizard.catalog import Catalog, CatalogError
from wizard.catalog.master_csv import MasterCsv
from wizard.catalog.texts import source_sentence
from wizard.commands.common import (
    CLI_STOP_REASONS,
    EXIT_CODES_HELP,
    NOT_SET_UP,
    Exit,
    NotSetUp,
    ProgressLine,
    add_connection_arguments,
    add_support_arguments,
    bar,
    catalog_sentence,
    clock,
    confirm,
    connect,
    ctrl_c_cancels,
    print_csv_problems,
    print_table,
    read_masters,
)
from wizard.jdid import JdidError
from wizard.jobs import REPORT_KINDS, ImportCancelled, ImportJob, ImportReport, Progress
from wizard.jobs import import_texts as texts
from wizard.store.target import StoreTarget

log = logging.getLogger(__name__)

HELP = "import the store's JD.ID products into the product list (no window)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EXIT_CODES_HELP  # shared with sync
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    add_connection_arguments(parser, "import from the built-in practice store (logs in by itself)")
    parser.add_argument(
        "--start-over",
        action="store_true",
        help="ignore an import that stopped half-way and start again from the first page",
    )
    parser.add_argument(
        "--masters",
        metavar="FILE",
        help="first load your master product list: CSV or spreadsheet (xlsx, xls, ods) "
        "with columns sku, name, stock, price",
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
    add_support_arguments(support)
    support.add_argument("--page-size", type=int, default=100, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    masters = read_masters(args.masters, err) if args.masters else None
    if args.masters and masters is None:
        return Exit.MASTERS
    try:
        with connect(args, paths) as (target, client):
            if masters is not None and (
                code := _load_masters(args, masters, target.catalog, out, err)
            ):
                return code
            return _import(args, target, client, out, err)
    except NotSetUp as exc:
        print(NOT_SET_UP[exc.key], file=err)
        return Exit.NOT_SET_UP
    except CatalogError as exc:
        print(catalog_sentence(exc), file=err)
        return Exit.CATALOG
    except JdidError as exc:  # the practice login failed
        print(_stop_sentence(exc.key), file=err)
        return Exit.JDID


def run_import(args: argparse.Namespace) -> int:
    """The same as `run` (an older name, kept for callers)."""
    return run(args)


# ----- master CSV ------------------------------------------------------------------------------


def _load_masters(
    args: argparse.Namespace, result: MasterCsv, catalog_file: Path, out: TextIO, err: TextIO
) -> int:
    with Catalog.open(catalog_file) as cat:
        plan = cat.plan_masters(result.rows)
        print(f"Master list {args.masters}: {source_sentence(result)}", file=out)
        print(f"  {len(result.rows)} products can be saved: {plan.new} new, "
              f"{plan.updated} changed, {plan.unchanged} unchanged.", file=out)  # fmt: skip
        if result.problems:
            print(f"  {len(result.problems)} problems; these lines are not saved:", file=out)
            print_csv_problems(result.problems, out, indent="    ")
        if result.blank_lines:
            print(f"  {result.blank_lines} empty lines were skipped.", file=out)
        if result.ignored_columns:
            print(f"  Columns not used: {', '.join(result.ignored_columns)}", file=out)
        if not args.yes and not confirm("Save these products and go on with the import?"):
            print("Nothing was saved. Fix the file and try again, or add --yes.", file=err)
            return Exit.MASTERS
        cat.save_masters(result.rows)
        print(f"  Saved {len(result.rows)} products.", file=out)
    return Exit.OK


# ----- the import ------------------------------------------------------------------------------


def _import(
    args: argparse.Namespace, target: StoreTarget, client: Any, out: TextIO, err: TextIO
) -> int:
    line = ProgressLine(err)
    job = ImportJob(
        client,
        target.catalog,
        target.shop_id,
        on_progress=lambda p: line.write(_progress_text(p), final=p.phase in ("linking", "done")),
        workers=args.workers,
        page_size=args.page_size,
    )
    pending = None if args.start_over else job.pending_run()
    if pending is not None:
        print(f"Continuing the import that stopped at page {pending.next_page} of "
              f"{pending.pages_total or '?'}.", file=err)  # fmt: skip
    with ctrl_c_cancels(job):
        try:
            report = job.run(resume=not args.start_over)
        except ImportCancelled:
            line.end()
            print(texts.STOP_REASONS["cancelled"], file=err)
            return Exit.CANCELLED
        except JdidError as exc:
            line.end()
            print(_stop_sentence(exc.key), file=err)
            return Exit.JDID
        except CatalogError as exc:
            line.end()
            print(catalog_sentence(exc), file=err)
            return Exit.CATALOG
    line.end()
    _print_report(report, args, out)
    return Exit.OK


def _print_report(report: ImportReport, args: argparse.Namespace, out: TextIO) -> None:
    c = report.counts
    retries = f", {report.retries} of them sent again after a fault" if report.retries else ""
    print(f"Import finished in {clock(report.elapsed_s)} ({report.calls} JD.ID calls{retries}).",
          file=out)  # fmt: skip
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
        print_table(report.headers(kind), rows, out)
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


def _stop_sentence(key: str) -> str:
    if key in CLI_STOP_REASONS:
        return CLI_STOP_REASONS[key]
    return texts.STOP_REASONS.get(key, texts.STOP_REASONS["platform_error"])


def _progress_text(p: Progress) -> str:
    eta = f"  ~{clock(p.eta_s)} left" if p.eta_s else ""
    pages = f"page {p.pages_done}/{p.pages_total or '?'}"
    return (
        f"{bar(p.fraction)}  {p.phase}  {pages}  products {p.spus_done}/{p.spus_total or '?'}  "
        f"SKUs {p.skus_done}  calls {p.calls}  {clock(p.elapsed_s)}{eta}"
    )
