"""Start-up benchmark: the wizard to its first painted page vs a bare PySide6 QWizard.

    python tests/bench/startup.py [--runs N]

Each start is a fresh Python process (offscreen Qt) timed from just before it is spawned to
the end of the first paint of the window. Both are measured in the same run, alternately,
after one warm-up each (translations built, byte-code cached: a second start). The app
starts as a seller starts it (folders from platformdirs, pointed into a temp folder). Prints
`name: value` lines; the goal is startup_ratio <= 1.3 (median of at least 9 runs)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

class Wizard(QWizard):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"PAINTED {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv[:1])
wizard = Wizard()
page = QWizardPage()
QVBoxLayout(page).addWidget(QLabel("Hello"))
wizard.addPage(page)
wizard.resize(1120, 720)
wizard.show()
app.exec()
"""

# The same bare wizard plus the one attribute QtWebEngine needs before the QApplication
# exists (wizard.ui.qtenv.webengine_env): it touches PySide6's Qt namespace, whose ~120 enums cost
# ~11 ms to build. Printed for information; the ratio is against the plain bare wizard.
_BARE_WEBENGINE_READY = _BARE.replace(
    "app = QApplication(sys.argv[:1])",
    "from PySide6.QtCore import QCoreApplication, Qt\n"
    "QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)\n"
    "app = QApplication(sys.argv[:1])",
)

_APP = """
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import wizard.ui.window as window

_paint = window.SetupWizard.paintEvent
_done = []

def paint(self, event):
    _paint(self, event)
    if not _done:
        _done.append(True)
        print(f"PAINTED {{time.time():.6f}}", flush=True)
        self._closing_confirmed = True
        QTimer.singleShot(0, QApplication.quit)

window.SetupWizard.paintEvent = paint
from wizard.app import main
sys.exit(main({args!r}))
"""


def user_environment(home: str) -> tuple[dict[str, str], list[str]]:
    """The app as a seller starts it: its folders from platformdirs (no --data-dir), here
    pointed into `home` through the XDG variables. Elsewhere than Linux, --data-dir."""
    env = {k: v for k, v in os.environ.items() if k != "JDID_WIZARD_HOME"}
    if sys.platform.startswith("linux"):
        for name in ("DATA", "CONFIG", "CACHE", "STATE"):
            env[f"XDG_{name}_HOME"] = str(Path(home) / name.lower())
        return env, ["--lang", "en"]
    return env, ["--data-dir", home, "--lang", "en"]


def one_start(code: str, pycache: str, env: dict[str, str] | None = None) -> float:
    # Like an installed app: byte-code cached after the first start (this machine's shells set
    # PYTHONDONTWRITEBYTECODE; the cache goes to a temp folder, not into the source tree).
    env = dict(env or os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no paint seen (exit {out.returncode}):\n{out.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)  # the goal: a median of at least 9
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jdid-bench-") as home:
        app_env, app_args = user_environment(home)
        app_code = _APP.format(root=str(ROOT), args=app_args)
        pycache = str(Path(home) / "pycache")
        # Warm-up: translations built into the cache and byte-code written, like a 1st start.
        one_start(app_code, pycache, app_env)
        one_start(_BARE, pycache)
        app_times, bare_times, ready_times = [], [], []
        for _ in range(args.runs):
            app_times.append(one_start(app_code, pycache, app_env))
            bare_times.append(one_start(_BARE, pycache))
            ready_times.append(one_start(_BARE_WEBENGINE_READY, pycache))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    ready_median = statistics.median(ready_times)
    print(f"startup_app_median_s: {app_median:.3f}")
    print(f"startup_bare_median_s: {bare_median:.3f}")
    print(f"startup_bare_webengine_ready_median_s: {ready_median:.3f}")
    print(f"startup_ratio_vs_webengine_ready_bare: {app_median / ready_median:.2f}")
    print(f"startup_runs: {args.runs}")
    print(f"startup_ratio: {app_median / bare_median:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
