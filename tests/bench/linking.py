"""Linking speed: 100,000 JD.ID listings against 100,000 master products, in one catalog.

Run: /work/venv/bin/python tests/bench/linking.py [--n 100000]

Builds a catalog file with `n` masters and one import run of `n` listings (about 60% share
a master's SKU code, in other letter case or with spaces; 30% have new codes; 5% have no
code; 5% share a code with another listing), then times the end of the run: the set-based
linking and classification (wizard.catalog.linking) inside the transaction that marks the
run done. Prints:
  link_seconds_100k     that step (goal: under 1 s)
  relink_seconds_100k   the same for a re-import of the same listings (all linked already)
  link_cpu_seconds_100k the CPU time of link_seconds_100k (less noisy on a busy machine)
  matched, new_master, empty_sku, duplicate_sku   the classes found (checked against the
                        numbers the data was built with)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.catalog import Catalog, Listing, MasterRow, RunCounters  # noqa: E402

ZERO = RunCounters(0, 0, 0, 0, 0, 0.0)


def listings(n: int) -> tuple[list[Listing], dict[str, int]]:
    out = []
    want = {"matched": 0, "new_master": 0, "empty_sku": 0, "duplicate_sku": 0}
    for i in range(n):
        bucket = i % 20
        if bucket < 12:
            code = f" sku-{i:06d} " if i % 2 else f"SKU-{i:06d}"
            want["matched"] += 1
        elif bucket < 18:
            code = f"NEW-{i:06d}"
            want["new_master"] += 1
        elif bucket == 18:
            code = ""
            want["empty_sku"] += 1
        else:
            code = f"DUP-{i // 40:06d}"  # two listings per code
            want["duplicate_sku"] += 1
        out.append(Listing(10_000_000 + i, 1_000 + i // 3, code, f"Produk {i // 3}",
                           f"Produk {i // 3} varian {i % 3}", 15_000, 5, 2, 1, 1))  # fmt: skip
    return out, want


def import_run(cat: Catalog, rows: list[Listing]) -> float:
    run = cat.begin_run("bench-shop", 100)
    for page, start in enumerate(range(0, len(rows), 1000), start=1):
        cat.commit_page(run, page, rows[start : start + 1000], (), ZERO)
    began, cpu = time.perf_counter(), time.process_time()
    counts = cat.finish_run(run, ZERO)
    seconds = time.perf_counter() - began
    import_run.counts = counts  # type: ignore[attr-defined]
    import_run.cpu = time.process_time() - cpu  # type: ignore[attr-defined]
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    n = ap.parse_args().n
    rows, want = listings(n)
    with tempfile.TemporaryDirectory() as tmp, Catalog.open(Path(tmp) / "c.sqlite3") as cat:
        cat.save_masters(MasterRow(f"SKU-{i:06d}", f"Master {i}", 1, 1000) for i in range(n))
        first = import_run(cat, rows)
        counts, first_cpu = import_run.counts, import_run.cpu  # type: ignore[attr-defined]
        second = import_run(cat, rows)
    got = {
        "matched": counts.matched,
        "new_master": counts.new_master,
        "empty_sku": counts.empty_sku,
        "duplicate_sku": counts.duplicate_sku,
    }
    print(f"listings: {n}")
    print(f"masters: {n}")
    print(f"link_seconds_100k: {first * 100_000 / n:.3f}")
    print(f"relink_seconds_100k: {second * 100_000 / n:.3f}")
    # The same step's CPU time: on a busy machine the wall time above waits for the others.
    print(f"link_cpu_seconds_100k: {first_cpu * 100_000 / n:.3f}")
    for key, value in got.items():
        print(f"{key}: {value}")
    if got != want:
        print(f"classes_wrong: expected {want}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
