"""`python main.py sync [--masters FILE.csv] [--dry-run] [--data-dir D] [--sandbox]`.

Export sync without the window, for a scheduled task: first the master list is updated
from the CSV (if given; the same reader as the import), then JD.ID's current stock is read
and compared with the master products (the preview). Only if export sync is On (the switch
of the wizard's step 17) are the differences pushed: stock, prices and listing status.
Progress goes to stderr, the preview and the result to stdout.

Exit codes: see wizard.commands.common.EXIT_CODES_HELP (shared with import).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from wizard.appdata.jsonfile import BrokenFile
from wizard.appdata.paths import resolve_paths
from wizard.appdata.settings import Settings
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
    connect,
    ctrl_c_cancels,
    print_csv_problems,
    print_table,
    read_masters,
)
from wizard.jdid import JdidError
from wizard.jobs import export_sync as sync
from wizard.jobs.export_sync import PushJob, PushProgress, PushResult, SyncPreview
from wizard.store.target import StoreTarget

HELP = "send stock, prices and listing status from your product list to JD.ID (no window)"

NO_IMPORT = (
    "No JD.ID products have been imported on this computer yet, so there is nothing to "
    "sync. Run `python main.py import` (or step 16 of the wizard) first."
)
SETTINGS_BROKEN = (
    "The settings file of this computer was damaged, so nothing was sent. It was kept as "
    "{bad} for support. Open the wizard and enter the store's details again (steps 12 to 14); "
    "then the sync works again."
)
SYNC_OFF = (
    "Export sync is Off, so nothing was sent to JD.ID. Turn it On in the wizard (step 17) "
    "when this app should update stock, prices and listing status on JD.ID."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.description = HELP
    parser.epilog = EXIT_CODES_HELP
    parser.add_argument(
        "--masters",
        metavar="FILE",
        help="first update your master products from this file, CSV or spreadsheet (xlsx, "
        "xls, ods), with columns sku, name, stock, price, and optionally active yes/no",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change on JD.ID; send nothing"
    )
    parser.add_argument(
        "--yes-zero-stock",
        action="store_true",
        help="send even when more than 20%% of the linked products would get stock 0",
    )
    add_connection_arguments(parser, "sync with the built-in practice store (logs in by itself)")
    parser.add_argument(
        "--show", type=int, default=20, metavar="N", help="rows of the change table to print (20)"
    )
    support = parser.add_argument_group("for support staff")
    add_support_arguments(support)  # the practice knobs too, as for `import --sandbox`


def run(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    masters = read_masters(args.masters, err) if args.masters else None
    if args.masters and masters is None:
        return Exit.MASTERS
    try:
        sync_on = Settings.load(paths.settings_file).export_sync
    except BrokenFile as exc:
        if not getattr(args, "sandbox", False):
            # Without its settings there is no store to sync: say so once, and where the
            # damaged copy went (not "no store is connected", which would be a riddle).
            print(SETTINGS_BROKEN.format(bad=exc.bad_path), file=err)
            return Exit.NOT_SET_UP
        print("The settings file was damaged and has been set aside; export sync counts as "
              "Off until you turn it On again in the wizard.", file=err)  # fmt: skip
        sync_on = False
    try:
        with connect(args, paths) as (target, client):
            if args.dry_run:
                # A dry run writes nothing at all: the masters and the stock read back from
                # JD.ID go into a scratch copy of the product list, which is then thrown away.
                with _scratch_copy(target) as scratch:
                    if masters is not None:
                        _save_masters(args.masters, masters, scratch.catalog, out, err, dry=True)
                    return _sync(args, scratch, client, sync_on, out, err)
            if masters is not None:
                _save_masters(args.masters, masters, target.catalog, out, err)
            return _sync(args, target, client, sync_on, out, err)
    except NotSetUp as exc:
        print(NOT_SET_UP[exc.key], file=err)
        return Exit.NOT_SET_UP
    except CatalogError as exc:
        print(catalog_sentence(exc), file=err)
        return Exit.CATALOG
    except JdidError as exc:
        print(_stop_sentence(exc.key), file=err)
        return Exit.JDID


@contextmanager
def _scratch_copy(target: StoreTarget) -> Iterator[StoreTarget]:
    """The target with a throw-away copy of its product list (none if there is none yet)."""
    with tempfile.TemporaryDirectory(prefix="jdid-dry-run-") as folder:
        scratch = Path(folder) / target.catalog.name
        if target.catalog.exists():
            with Catalog.open(target.catalog) as cat:
                cat.copy_to(scratch).close()
        yield replace(target, catalog=scratch)


def _save_masters(
    name: str, result: MasterCsv, catalog_file: Path, out: TextIO, err: TextIO, dry: bool = False
) -> None:
    """Save the usable rows; lines with a problem are listed and leave their product as is."""
    with Catalog.open(catalog_file) as cat:
        plan = cat.save_masters(result.rows)
    not_saved = " (dry run: not saved)" if dry else ""
    print(f"Master list {name}: {source_sentence(result)} {plan.new} new, {plan.updated} changed, "
          f"{plan.unchanged} unchanged{not_saved}.", file=out)  # fmt: skip
    problems = result.problems
    if problems:
        print(f"{len(problems)} lines of {name} were not used:", file=err)
        print_csv_problems(problems, err)


def _sync(
    args: argparse.Namespace,
    target: StoreTarget,
    client: Any,
    sync_on: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    catalog_file, shop_id = target.catalog, target.shop_id
    if not catalog_file.exists():
        print(NO_IMPORT, file=err)
        return Exit.NOT_SET_UP
    with Catalog.open(catalog_file) as cat:
        if cat.last_finished_run(shop_id) is None:
            print(NO_IMPORT, file=err)
            return Exit.NOT_SET_UP
    print("Reading the stock on JD.ID...", file=err)
    preview = sync.build_preview(catalog_file, shop_id, client, workers=args.workers)
    print_preview(preview, out, args.show)
    if preview.empty:
        return Exit.OK
    if args.dry_run:
        print("Dry run: nothing was sent to JD.ID.", file=out)
        return Exit.OK
    if not sync_on:
        print(SYNC_OFF, file=err)
        return Exit.SYNC_OFF
    if preview.zero_stock_guard and not args.yes_zero_stock:
        warning = sync.ZERO_STOCK_WARNING.format(count=preview.to_zero, linked=preview.linked)
        print(f"{warning}\nNothing was sent. If the file is right, run again with "
              "--yes-zero-stock.", file=err)  # fmt: skip
        return Exit.ZERO_STOCK
    line = ProgressLine(err)
    job = PushJob(
        client,
        catalog_file,
        preview,
        on_progress=lambda p: line.write(_progress_text(p), final=p.phase != sync.PUSHING),
        workers=args.workers,
    )
    retries_before = getattr(client, "retries", 0)
    with ctrl_c_cancels(job):
        result = job.run()
    line.end()
    print_result(result, out, retries=getattr(client, "retries", 0) - retries_before)
    if result.stop_key:
        print(_stop_sentence(result.stop_key), file=err)
        return Exit.JDID
    if result.cancelled:
        print("Stopped. What was sent before is kept; run again to send the rest.", file=err)
        return Exit.CANCELLED
    return Exit.SOME_FAILED if result.failures else Exit.OK


def print_preview(p: SyncPreview, out: TextIO, show: int = 20) -> None:
    never = p.empty_sku + p.duplicate_sku
    print(f"Linked JD.ID products: {p.linked} (never sent: {never} without a usable SKU code)",
          file=out)  # fmt: skip
    if p.empty:
        print("JD.ID already has the stock and prices of your products. Nothing to change.",
              file=out)  # fmt: skip
        return
    print(f"Would change: stock of {p.stock_changes}, price of {p.price_changes}, "
          f"take {p.off_sale} off sale, put {p.on_sale} back on sale.", file=out)  # fmt: skip
    if p.to_zero:
        print(f"Stock would become 0 for {p.to_zero} products.", file=out)
    rows = [
        (c.sku_id, c.master_sku, c.name,
         f"{c.old_stock} -> {c.new_stock}" if c.stock_changed else "",
         f"{c.old_price} -> {c.new_price}" if c.price_changed else "")
        for c in p.changes[: max(0, show)]
    ]  # fmt: skip
    if rows:
        headers = ["JD.ID SKU", "SKU code", "Name", "Stock", "Price (Rp)"]
        print_table(headers, rows, out)
        if len(p.changes) > len(rows):
            print(f"  ... and {len(p.changes) - len(rows)} more", file=out)
    for s in p.shelf[: max(0, show)]:
        word = "back on sale" if s.on_sale else "off sale"
        print(f"  SPU {s.spu_id} {s.name}: {word}", file=out)


def print_result(r: PushResult, out: TextIO, retries: int = 0) -> None:
    """`retries`: requests the client sent again after a fault (not in `r.calls`)."""
    again = f", {retries} more sent again after a fault" if retries else ""
    print(f"Sent to JD.ID: stock of {r.stock_done}, price of {r.price_done}, "
          f"listing status of {r.shelf_done} ({r.calls} calls{again}, {r.elapsed_s:.1f} s).",
          file=out)  # fmt: skip
    if r.failures:
        print(f"{len(r.failures)} changes failed; run again to retry them:", file=out)
        for f in r.failures:
            item = f"SKU {f.sku_id}" if f.sku_id is not None else f"SPU {f.spu_id}"
            print(f"  {item} {f.name} ({sync.WHAT_NAMES[f.what]}): {sync.failure_reason(f)}",
                  file=out)  # fmt: skip
    if r.not_started:
        print(f"{r.not_started} changes were not sent.", file=out)


def _stop_sentence(key: str) -> str:
    return CLI_STOP_REASONS.get(key) or sync.stop_sentence(key)


def _progress_text(p: PushProgress) -> str:
    return (
        f"{bar(p.fraction)}  sending  {p.done}/{p.total}  failed {p.failed}  calls {p.calls}  "
        f"{p.elapsed_s:.0f}s"
    )
