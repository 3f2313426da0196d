"""Settings and progress are written off the window's thread, whole, and are on disk when
the window has closed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.ui.test_language import choose_language
from wizard.appdata.paths import resolve_paths

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_never_waits_for_the_disk_and_its_files_are_there_after_closing(
    start, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced_on: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:  # watches which thread waits for the disk, then does it
        synced_on.append(threading.current_thread().name)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    d = start()
    choose_language(d, "id")  # a setting
    d.walk_to("step03")  # page changes: progress
    settings_file, progress_file = d.ctx.paths.settings_file, d.ctx.paths.progress_file
    d.wizard._confirm_close = lambda: True
    d.wizard.close()
    d.ctx.shutdown()  # as when the seller closes the window
    assert json.loads(settings_file.read_text())["language"] == "id"
    assert json.loads(progress_file.read_text())["path"][-1] == "step03"
    assert synced_on and threading.main_thread().name not in synced_on


_SAVING_WINDOW = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wizard.app import start_wizard
from wizard.appdata.paths import resolve_paths

app = QApplication([])
started = start_wizard(resolve_paths().ensure(), lang="en")
ctx = started.ctx
count = [0]

def save():
    count[0] += 1
    ctx.settings.store_name = f"Toko {{count[0]}}"
    ctx.progress.answers["count"] = count[0]
    ctx.save_settings()
    ctx.save_progress()
    if count[0] % 20 == 0:
        print("saved", count[0], flush=True)

timer = QTimer()
timer.timeout.connect(save)
timer.start(1)
started.wizard.show()
app.exec()
"""


def test_a_crash_while_saving_leaves_whole_files(app_home) -> None:  # noqa: ANN001
    """kill -9 of a window saving all the time: each file is an old copy or a new one."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JDID_WIZARD_HOME=str(app_home))
    child = subprocess.Popen(
        [sys.executable, "-c", _SAVING_WINDOW.format(root=str(ROOT))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        for line in child.stdout:
            if line.startswith("saved") and int(line.split()[1]) >= 200:
                break
        child.send_signal(signal.SIGKILL)  # in the middle of saving
    finally:
        child.kill()
        child.wait(30)
        child.stdout.close()
    paths = resolve_paths()  # the child's folders (app_home)
    settings = json.loads(paths.settings_file.read_text())  # whole: it parses
    progress = json.loads(paths.progress_file.read_text())
    assert settings["store_name"].startswith("Toko ")
    assert int(settings["store_name"].split()[1]) >= 150
    assert progress["answers"]["count"] >= 150
