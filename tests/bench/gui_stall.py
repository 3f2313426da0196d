"""GUI responsiveness through every phase a seller goes through, in the real wizard window.

Run: .venv/bin/python tests/bench/gui_stall.py [--spus 5000] [--latency-ms 50]
     [--tick-ms 5] [--idle-s 1] [--masters 200000] [--changes 10000] [--in-process-sandbox]

The real wizard window (wizard.app.start_wizard, offscreen) with a store connected the way
steps 13-14 leave it (settings + memory keyring), against a local sandbox that answers
every gateway call after `latency_ms`, in a child process, as the practice platform runs
(wizard.store.practice_platform) and as the real JD.ID is: outside the window's process.
A QTimer on the GUI thread ticks every `tick_ms`; the longest gap between two ticks, less
one tick, is the longest time the GUI could not react. A phase's first gap starts when its
action starts (a click's own work counts); a step is shown and left to paint for 0.3 s
before its action, as a seller sees a page before clicking on it. The app's modules are
compiled to byte-code first, as an installed app has them.
Phases, each measured on its own:
  startup    the first seconds after the first paint (the later pages are built, the look
             is applied, as wizard.app.run_gui does it)
  install    step 13: Install (the signed key check)
  login      step 14: the embedded login page loads until its form shows
  import     step 16: Start import of `spus` SPUs until the report shows (and 0.3 s more,
             as it appears)
  list       opening each report list (read in a worker) until all rows are in
  scroll     scrolling each list from top to bottom
  csv        saving each list as CSV
  masters    loading a master CSV of `masters` rows until its summary shows, then saving it
  preview    step 17: turning export sync On until the preview (`changes` changes) shows
             (and 0.3 s more, as it appears)
  push       sending the preview until the result shows (and 0.3 s more)

Prints `name: value`:
  spus, imported_skus, import_seconds, list_rows_<kind>, preview_changes
  idle_max_gap_ms          the same timer with nothing running (the baseline of this run)
  max_gui_stall_ms_<phase> longest gap minus one tick in that phase
  stall_vs_idle_ratio_<phase>  max gap in that phase / max gap when idle (goal: <= 2.5)
  p99_gui_stall_ms_<phase> 99th percentile of that phase's gaps minus one tick
  max_gui_stall_ms         longest gap minus one tick, over all phases
  p99_gui_stall_ms         99th percentile of gaps minus one tick, over all phases
  stall_vs_idle_ratio      max gap over all phases / max gap when idle (goal: <= 2.5)
  ticks                    timer ticks seen
  worst_phase              the phase of the longest gap
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


CHECK_MS = 2  # how often the waits look whether a phase is done (the app's loop has no such check)


class TickGaps:
    """Records the gaps between ticks of a GUI-thread timer."""

    def __init__(self, tick_ms: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.tick_ms = tick_ms
        self.gaps: list[float] = []
        self._last: float | None = None
        self.phase = ""
        self.phase_max: dict[str, float] = {}  # the longest gap of each phase
        self.phase_gaps: dict[str, list[float]] = {}  # every gap of each phase
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            gap = (now - self._last) * 1000
            self.gaps.append(gap)
            self.phase_gaps.setdefault(self.phase, []).append(gap)
            if gap > self.phase_max.get(self.phase, 0.0):
                self.phase_max[self.phase] = gap
        self._last = now

    def start(self) -> None:
        # The phase starts now: the time its action holds the thread (a click's own work)
        # is the first gap, not lost before the first tick.
        self.gaps, self._last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def spin_until(app, cond, timeout_s: float) -> None:  # noqa: ANN001, ARG001
    """Run the event loop, as the app's own does (app.exec), until `cond()` holds.

    A loop of processEvents() and a 1 ms sleep is not the app's: the window's thread slept
    through due timers and paints, then waited for the interpreter to come back from a
    worker before it could look again (up to 6 ms seen in a gap, `perf sched`)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if cond():
        return
    loop = QEventLoop()
    end = time.monotonic() + timeout_s
    failed: list[bool] = []

    def check() -> None:
        if cond():
            loop.quit()
        elif time.monotonic() > end:
            failed.append(True)
            loop.quit()

    check_timer = QTimer()
    check_timer.setTimerType(Qt.TimerType.PreciseTimer)
    check_timer.setInterval(CHECK_MS)
    check_timer.timeout.connect(check)
    check_timer.start()
    loop.exec()
    check_timer.stop()
    if failed:
        raise TimeoutError("the page did not get there in time")


def scroll_to_end(app, table, steps: int = 60) -> None:  # noqa: ANN001
    """Drag the scroll bar from top to bottom in `steps`, letting each frame paint."""
    bar = table.verticalScrollBar()
    for i in range(steps + 1):
        bar.setValue(bar.maximum() * i // steps)
        end = time.monotonic() + 0.01
        spin_until(app, lambda e=end: time.monotonic() >= e, 5)


def write_masters(path: Path, linked: list[tuple[str, int, int]], rows: int) -> int:
    """A master CSV of `rows` rows: the linked SKUs first (new stock, so the preview has
    changes), then new products. Returns how many linked SKUs it changes."""
    lines = ["sku;name;stock;price"]
    for sku, stock, price in linked:
        lines.append(f"{sku};Produk {sku};{stock + 7};{price}")
    for i in range(max(0, rows - len(linked))):
        lines.append(f"M-{i};Produk baru {i};{i % 50};{1000 + i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(linked)


class ShownFor:
    """True once `cond` has held for `read_s`: what appears when a phase ends (the report,
    the preview window, the push's result) is laid out and painted within its phase, before
    a seller can click on it."""

    def __init__(self, cond, read_s: float = 0.3) -> None:  # noqa: ANN001
        self.cond, self.read_s = cond, read_s
        self.since: float = 0.0  # time.monotonic() when `cond` first held

    def __call__(self) -> bool:
        if not self.since:
            if not self.cond():
                return False
            self.since = time.monotonic()
        return time.monotonic() - self.since >= self.read_s


def goto(app, wizard, step_id: str, read_s: float = 0.3) -> None:  # noqa: ANN001
    """Show the step, then let it paint and settle for `read_s`, as a seller sees a page
    before clicking on it (its first paint is the arrival's, not the click's)."""
    wizard.setStartId(wizard.page_id(step_id))
    wizard.restart()
    spin_until(app, lambda: wizard.current_step_id() == step_id, 10)
    end = time.monotonic() + read_s
    spin_until(app, lambda: time.monotonic() >= end, read_s + 5)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spus", type=int, default=5000)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--tick-ms", type=int, default=5)
    ap.add_argument("--idle-s", type=float, default=1.0)
    ap.add_argument("--masters", type=int, default=200_000)
    ap.add_argument("--changes", type=int, default=10_000)
    ap.add_argument(
        "--in-process-sandbox",
        action="store_true",
        help="the sandbox's server threads in this process, as the practice platform ran "
        "before it had a process of its own (for before/after figures)",
    )
    a = ap.parse_args()
    from tests.fixtures.bytecode import compile_like_an_installed_app

    compile_like_an_installed_app()  # as the installed app has it

    home = tempfile.mkdtemp(prefix="gui-stall-")
    os.environ["JDID_WIZARD_HOME"] = home
    import keyring

    from tests.fixtures.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the real password store
    from wizard.ui.qtenv import painting, refcount_guard, webengine_env

    refcount_guard.apply()  # as the app does at start (PySide6 6.12 on Python 3.11)
    webengine_env.prepare()  # as the app does before the QApplication (step 14's login)
    painting.prepare()  # as the app does: every fill on the window's thread

    from PySide6.QtWidgets import QApplication

    from wizard.ui import theme

    app = QApplication([sys.argv[0], *theme.STYLE_ARGUMENTS])  # as wizard.app.run_gui does
    theme.prepare(app)  # as run_gui does before the first widget
    from tests.ui.import_helpers import connect_store
    from wizard.app import finish_after_first_paint, start_wizard
    from wizard.appdata.logging_setup import setup_logging
    from wizard.catalog import Catalog
    from wizard.jobs.import_report import REPORT_KINDS
    from wizard.store.practice_platform import PracticePlatform

    figures: dict[str, object] = {"spus": a.spus}
    ticks = TickGaps(a.tick_ms)
    if a.in_process_sandbox:
        from wizard.sandbox import SandboxConfig, SandboxServer

        server = SandboxServer(SandboxConfig(spus=a.spus, latency_ms=a.latency_ms)).start()
    else:
        server = PracticePlatform.start(spus=a.spus, latency_ms=a.latency_ms)
    try:
        store = connect_store(server)
        setup_logging(store.paths.log_file, rotating=False)  # as wizard.app.main does
        started = start_wizard(store.paths, lang="en", practice=False)
        wizard, ctx = started.wizard, started.ctx
        # As wizard.app.run_gui does: the icon, the rotating log, the look, the collector.
        finish_after_first_paint(app, wizard, store.paths.log_file)
        ctx.profile = server.profile
        ctx.profile_changed.emit(server.profile)
        wizard.resize(1326, 708)  # a 1366x768 screen less the taskbar and frame
        wizard.show()
        spin_until(app, lambda: wizard._painted, 10)
        ticks.start()
        ticks.phase = "startup"  # the later pages and the HTTP stack load now
        end = time.monotonic() + 3.0
        spin_until(app, lambda: time.monotonic() >= end and wizard._all_pages, 30)
        ticks.stop()

        ticks.start()
        ticks.phase = "idle"
        end = time.monotonic() + a.idle_s
        spin_until(app, lambda: time.monotonic() >= end, a.idle_s + 5)
        idle = ticks.stop()
        ticks.phase_max.pop("idle", None)
        busy: list[float] = []

        def measure(phase: str, action, done, timeout_s: float = 120) -> None:  # noqa: ANN001
            ticks.start()
            ticks.phase = phase
            action()
            spin_until(app, done, timeout_s)
            busy.extend(ticks.stop())

        account = server.account
        goto(app, wizard, "step12")
        wizard.pages["step12"].set_values(str(account.shop_id), account.app_key, account.app_secret)
        goto(app, wizard, "step13")
        install = wizard.pages["step13"]
        measure("install", install.install, lambda: not install.busy and install.is_installed())

        goto(app, wizard, "step14")
        login = wizard.pages["step14"]
        measure("login", login.start_login, lambda: login._status_key == "form", 60)
        login._close_view()

        goto(app, wizard, "step16")
        page = wizard.pages["step16"]
        spin_until(app, lambda: page.state == "ready", 10)
        page.window_active = lambda: True  # no notification popup in a benchmark
        began = time.monotonic()
        import_done = ShownFor(lambda: page.state == "done")
        measure("import", page.start_button.click, import_done, 900)
        figures["import_seconds"] = f"{import_done.since - began:.2f}"
        report = page.report
        figures["imported_skus"] = report.count("imported")

        for kind in REPORT_KINDS:
            rows = report.count(kind)
            figures[f"list_rows_{kind}"] = rows
            if not rows:
                continue
            opened: list = []
            measure(
                "list",
                lambda k=kind, o=opened: o.append(page.open_list(k)),
                lambda o=opened: bool(o and o[0].loaded),
            )
            dialog = opened[0]
            measure("scroll", lambda d=dialog: scroll_to_end(app, d.table), lambda: True)
            csv_path = Path(home) / f"{kind}.csv"
            measure(
                "csv",
                lambda k=kind, p=csv_path: page.export_list(k, str(p)),
                lambda p=csv_path: str(p) in page.export_status.text(),
            )
            dialog.close()

        with Catalog.open(store.paths.catalog_file) as cat:
            linked = [
                (r[0], r[1], r[2])
                for r in cat.query(
                    "SELECT m.sku, m.stock, m.price FROM listing_links k JOIN masters m"
                    " ON m.id = k.master_id WHERE k.link_class IN ('matched', 'new_master')"
                    " GROUP BY m.sku ORDER BY m.sku LIMIT ?",
                    (a.changes,),
                )
            ]
        masters = Path(home) / "masters.csv"
        write_masters(masters, linked, a.masters)
        measure("masters", lambda: page.load_masters(str(masters)), lambda: page.masters_dialog)
        measure("masters", page.masters_dialog.accept, lambda: not page.masters_busy, 300)

        goto(app, wizard, "step17")
        sync = wizard.pages["step17"]
        spin_until(app, lambda: sync.state == "idle", 30)
        shown = ShownFor(lambda: sync.dialog is not None and sync.dialog.isVisible())
        measure("preview", sync.switch.click, shown, 300)
        preview = sync.dialog.preview
        figures["preview_changes"] = len(preview.changes)
        measure("push", sync.dialog.send_button.click, ShownFor(lambda: sync.state == "idle"), 600)

        wizard._confirm_close = lambda: True
        wizard.close()
        ctx.shutdown()
    finally:
        server.stop()

    def stalls(gaps: list[float]) -> list[float]:
        return sorted(max(0.0, g - a.tick_ms) for g in gaps)

    run = stalls(busy)
    p99 = run[int(0.99 * (len(run) - 1))] if run else 0.0
    idle_max = max(idle) if idle else 0.0
    for name, value in figures.items():
        print(f"{name}: {value}")
    print(f"idle_max_gap_ms: {idle_max:.1f}")
    worst_phase, worst_gap = "-", 0.0
    for phase, gap in ticks.phase_max.items():
        print(f"max_gui_stall_ms_{phase}: {max(0.0, gap - a.tick_ms):.1f}")
        print(f"stall_vs_idle_ratio_{phase}: {gap / idle_max if idle_max else 0.0:.2f}")
        own = stalls(ticks.phase_gaps.get(phase, []))
        if own:  # on a busy machine the longest gap is often the system's, not the app's
            print(f"p99_gui_stall_ms_{phase}: {own[int(0.99 * (len(own) - 1))]:.1f}")
        if gap > worst_gap:
            worst_phase, worst_gap = phase, gap
    print(f"max_gui_stall_ms: {max(0.0, worst_gap - a.tick_ms):.1f}")
    print(f"p99_gui_stall_ms: {p99:.1f}")
    print(f"stall_vs_idle_ratio: {worst_gap / idle_max if idle_max else 0.0:.2f}")
    print(f"ticks: {len(busy)}")
    print(f"worst_phase: {worst_phase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
