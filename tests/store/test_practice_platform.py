"""The wizard's practice platform runs in a child process (wizard.store.practice_platform):
it answers over real HTTP, writes its state file where the CLI's practice store does, keeps
its secret off its command line, and never outlives the window's process."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from wizard.appdata.paths import resolve_paths
from wizard.sandbox.console_client import ConsoleClient
from wizard.store.practice_platform import PracticePlatform, PracticePlatformLost
from wizard.store.target import SANDBOX_STATE, practice_platform

ROOT = Path(__file__).resolve().parents[2]
PROC = Path("/proc")
linux_only = pytest.mark.skipif(not (PROC / "self" / "status").exists(), reason="reads /proc")


def refuses(url: str) -> bool:
    try:
        requests.get(url + "/", timeout=2)
    except requests.ConnectionError:
        return True
    return False


def gone(pid: int) -> bool:
    """The process ended (reaped, or a zombie whose parent has not reaped it yet)."""
    try:
        status = (PROC / str(pid) / "status").read_text()
    except OSError:
        return True
    return bool(re.search(r"^State:\s+Z", status, re.M))


def wait_for(cond, what: str, timeout_s: float = 30) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            raise AssertionError(f"{what} did not happen")
        time.sleep(0.05)


def test_the_practice_store_runs_in_its_own_process_with_its_state_file(app_home) -> None:  # noqa: ANN001
    paths = resolve_paths().ensure()
    with practice_platform(paths, console_ready=False) as platform:
        assert platform.pid != os.getpid() and platform.running
        if hasattr(os, "getpriority"):  # it yields the processor to the window
            mine = os.getpriority(os.PRIO_PROCESS, 0)
            assert os.getpriority(os.PRIO_PROCESS, platform.pid) > mine or mine >= 19
        account = platform.account
        assert platform.profile.callback_url == account.callback_url == platform.callback_url
        assert "***" in repr(account) and account.app_secret not in repr(account)
        console = ConsoleClient(platform.base_url, account.seller_email, account.seller_password)
        assert not console.view().registered  # a fresh console, as the window asks for
        assert console.do_step("step03").registered
        # Written as the in-process platform wrote it: where `import --sandbox` reads it.
        state = (paths.data_dir / SANDBOX_STATE).read_text("utf-8")
        assert json.loads(state)["console"]["developer"]["name"] == account.owner_name
        assert account.app_secret not in state
        if (PROC / str(platform.pid)).exists():  # other users can read a command line
            command = (PROC / str(platform.pid) / "cmdline").read_bytes()
            assert account.app_secret.encode() not in command
            assert account.seller_password.encode() not in command
    assert not platform.running and platform._proc.returncode == 0
    assert refuses(platform.base_url)
    platform.stop()  # twice is harmless
    # A second start keeps what the first one did (the state file).
    with practice_platform(paths, console_ready=False) as again:
        account = again.account
        console = ConsoleClient(again.base_url, account.seller_email, account.seller_password)
        assert console.view().registered


def test_a_platform_that_cannot_start_says_why() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        with pytest.raises(OSError):  # the child's own error, handed back
            PracticePlatform.start(port=taken.getsockname()[1])
    with pytest.raises(PracticePlatformLost):  # a child that ends without a word
        PracticePlatform.start([sys.executable, "-c", "pass"])


@linux_only
def test_the_platform_ends_when_the_windows_process_is_killed(tmp_path: Path) -> None:
    """`main.py --sandbox` killed outright (SIGKILL: no clean-up runs): its practice
    platform notices that its input closed and ends, instead of holding its port."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    window = subprocess.Popen(
        [sys.executable, "main.py", "--sandbox", "--data-dir", str(tmp_path), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url: list[str] = []

        def platform_running() -> bool:
            for log in tmp_path.rglob("*.log"):
                found = re.search(r"practice sandbox running at (http://\S+)", log.read_text())
                if found:
                    url.append(found.group(1))
                    return True
            assert window.poll() is None, "the window ended by itself"
            return False

        wait_for(platform_running, "the practice platform's start", 60)
        children = [
            int(p.name)
            for p in PROC.iterdir()
            if p.name.isdigit() and _parent(p) == window.pid and b"practice" in _cmdline(p)
        ]
        assert len(children) == 1, children
        assert not refuses(url[0])
        window.send_signal(signal.SIGKILL)
        window.wait()
        wait_for(lambda: gone(children[0]), "the child's end")
        assert refuses(url[0])
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()


def _parent(proc_dir: Path) -> int:
    try:
        found = re.search(r"^PPid:\s+(\d+)", (proc_dir / "status").read_text(), re.M)
    except OSError:
        return -1
    return int(found.group(1)) if found else -1


def _cmdline(proc_dir: Path) -> bytes:
    try:
        return (proc_dir / "cmdline").read_bytes()
    except OSError:
        return b""
