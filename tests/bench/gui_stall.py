"""GUI responsiveness while the import runs behind the real step 16 page.

Run: /work/venv/bin/python tests/bench/gui_stall.py [--spus 600] [--latency-ms 50]
     [--tick-ms 5] [--idle-s 1]

The real wizard window (wizard.app.start_wizard, offscreen) opens at step 16 with a store
connected the way steps 13-14 leave it (settings + memory keyring), against a local sandbox
that answers every gateway call after `latency_ms` (in this process, so its threads compete
with the GUI for the interpreter like the practice platform does). A QTimer on the GUI
thread ticks every `tick_ms`; the longest gap between two ticks, less one tick, is the
longest time the GUI could not react. Measured over: Start import -> report shown, then
opening the longest list (read in a worker), saving it as CSV, and loading a master CSV of
2,000 rows with its summary dialog.

Prints `name: value`:
  spus, imported_skus, import_seconds
  idle_max_gap_ms         the same timer with nothing running (the baseline of this run)
  max_gui_stall_ms        longest gap minus one tick, over the whole measured run (goal < 50)
  p99_gui_stall_ms        99th percentile of gaps minus one tick
  stall_vs_idle_ratio     max gap during the run / max gap when idle
  ticks                   timer ticks seen
  worst_phase             where the longest gap happened: import, list, csv or masters
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


class TickGaps:
    """Records the gaps between ticks of a GUI-thread timer."""

    def __init__(self, tick_ms: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.tick_ms = tick_ms
        self.gaps: list[float] = []
        self._last: float | None = None
        self.phase = ""
        self.worst: list[tuple[float, str]] = []  # (gap, phase) of the longest gaps
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            gap = (now - self._last) * 1000
            self.gaps.append(gap)
            if gap > 3 * self.tick_ms:
                self.worst.append((gap, self.phase))
        self._last = now

    def start(self) -> None:
        self.gaps, self._last = [], None
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def spin_until(app, cond, timeout_s: float) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the page did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spus", type=int, default=600)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--tick-ms", type=int, default=5)
    ap.add_argument("--idle-s", type=float, default=1.0)
    a = ap.parse_args()

    home = tempfile.mkdtemp(prefix="gui-stall-")
    os.environ["JDID_WIZARD_HOME"] = home
    import keyring

    from tests.fixtures.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the real password store
    from wizard import refcount_guard

    refcount_guard.apply()  # as the app does at start (PySide6 6.12 on Python 3.11)

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from tests.ui.import_helpers import connect_store
    from wizard.app import start_wizard
    from wizard.sandbox import SandboxConfig, SandboxServer

    server = SandboxServer(SandboxConfig(spus=a.spus, latency_ms=a.latency_ms)).start()
    try:
        store = connect_store(server)
        started = start_wizard(store.paths, lang="en", practice=False)
        wizard, ctx = started.wizard, started.ctx
        ctx.profile = server.profile
        ctx.profile_changed.emit(server.profile)
        page = wizard.pages["step16"]  # builds every page
        wizard.setStartId(wizard.page_id("step16"))
        wizard.restart()
        wizard.resize(1326, 708)  # a 1366x768 screen less the taskbar and frame
        wizard.show()
        spin_until(app, lambda: page.state == "ready", 10)
        page.window_active = lambda: True  # no notification popup in a benchmark

        ticks = TickGaps(a.tick_ms)
        ticks.start()
        end_idle = time.monotonic() + a.idle_s
        spin_until(app, lambda: time.monotonic() >= end_idle, a.idle_s + 5)
        idle = ticks.stop()

        ticks.start()
        began = time.monotonic()
        ticks.phase = "import"
        page.start_button.click()
        spin_until(app, lambda: page.state == "done", 600)
        import_s = time.monotonic() - began
        report = page.report
        ticks.phase = "list"
        dialog = page.open_list("imported")
        spin_until(app, lambda: dialog.loaded, 60)
        csv_path = Path(home) / "imported.csv"
        ticks.phase = "csv"
        page.export_list("imported", str(csv_path))
        spin_until(app, lambda: str(csv_path) in page.export_status.text(), 60)
        dialog.close()
        masters = Path(home) / "masters.csv"
        lines = ["sku;name;stock;price"] + [
            f"M-{i};Produk {i};{i % 50};{1000 + i}" for i in range(2000)
        ]
        masters.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ticks.phase = "masters"
        page.load_masters(str(masters))
        spin_until(app, lambda: page.masters_dialog is not None, 60)
        page.masters_dialog.reject()
        busy = ticks.stop()

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
    print(f"spus: {a.spus}")
    print(f"imported_skus: {report.count('imported')}")
    print(f"import_seconds: {import_s:.2f}")
    print(f"idle_max_gap_ms: {idle_max:.1f}")
    print(f"max_gui_stall_ms: {run[-1] if run else 0.0:.1f}")
    print(f"p99_gui_stall_ms: {p99:.1f}")
    print(f"stall_vs_idle_ratio: {max(busy) / idle_max if idle_max else 0.0:.2f}")
    print(f"ticks: {len(busy)}")
    worst = max(ticks.worst, default=(0.0, "-"))
    print(f"worst_phase: {worst[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
