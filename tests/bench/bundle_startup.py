"""Start-up of the installed app against the source tree: to the first painted page.

    python tests/bench/bundle_startup.py DIST/jdid-setup-wizard [--runs N]

Both start as a seller starts them (offscreen Qt here, their own data folder in a temp
folder, outside the source tree), alternately in one run, after one warm-up start each (a
second start: translations built, byte-code cached). The time is from just before the
process is spawned to the app's own "first page painted" log line (wizard.app), on the log's
clock. Prints `name: value` lines; the goal is bundle_startup_ratio <= 1.0.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = " INFO wizard.app: first page painted"
TIMEOUT_S = 120


def program(app: Path) -> list[str]:
    if sys.platform == "darwin" and app.suffix == ".app":
        return [str(app / "Contents" / "MacOS" / "jdid-setup-wizard")]
    return [str(app / ("jdid-setup-wizard.exe" if os.name == "nt" else "jdid-setup-wizard"))]


def painted_at(log: Path) -> float | None:
    if not log.exists():
        return None
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if MARKER in line:
            stamp = line.split(" INFO ", 1)[0]  # "2026-12-01 20:31:05,848"
            return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return None


def one_start(argv: list[str], home: Path, env: dict[str, str]) -> float:
    log = home / "logs" / "wizard.log"
    log.unlink(missing_ok=True)
    t0 = time.time()
    proc = subprocess.Popen(
        [*argv, "--data-dir", str(home), "--lang", "en"],
        env=env,
        cwd=tempfile.gettempdir(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.time() - t0 < TIMEOUT_S:
            at = painted_at(log)
            if at is not None:
                return at - t0
            if proc.poll() is not None:
                raise RuntimeError(f"{argv[0]} ended with {proc.returncode} before painting")
            time.sleep(0.01)
        raise RuntimeError(f"{argv[0]} did not paint within {TIMEOUT_S}s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app", type=Path, help="the folder app, e.g. DIST/jdid-setup-wizard")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundle = program(args.app.resolve())
    source = [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory(prefix="jdid-bundle-bench-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "JDID_WIZARD_HOME"}
        env["QT_QPA_PLATFORM"] = "offscreen"
        # The source tree as installed from source: byte-code cached (not into the tree).
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        homes = {"bundle": Path(tmp) / "bundle", "source": Path(tmp) / "source"}
        argvs = {"bundle": bundle, "source": source}
        times: dict[str, list[float]] = {"bundle": [], "source": []}
        for kind in times:  # warm-up: a seller's second start
            one_start(argvs[kind], homes[kind], env)
        for _ in range(args.runs):
            for kind in times:
                times[kind].append(one_start(argvs[kind], homes[kind], env))
    bundle_s, source_s = statistics.median(times["bundle"]), statistics.median(times["source"])
    print(f"bundle_startup_bundle_median_s: {bundle_s:.3f}")
    print(f"bundle_startup_source_median_s: {source_s:.3f}")
    print(f"bundle_startup_runs: {args.runs}")
    print(f"bundle_startup_ratio: {bundle_s / source_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
