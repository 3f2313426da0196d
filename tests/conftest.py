"""Test-wide setup: headless Qt, no real keyring, every app file under a temp folder."""

from __future__ import annotations

import os

# Before any Qt import: the tests run headless, and QtWebEngine as root needs --no-sandbox
# (the app adds it itself when it runs as root; tests import Qt before the app does).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# PySide6 6.12 on Python 3.11 frees None/True/False after a few thousand Qt calls (see
# wizard/ui/qtenv/refcount_guard.py); must run before any test drives Qt.
from wizard.ui.qtenv import refcount_guard  # noqa: E402

refcount_guard.apply()

import keyring  # noqa: E402
import pytest  # noqa: E402

from tests.fixtures.bytecode import compile_like_an_installed_app  # noqa: E402
from tests.fixtures.keyring_backend import MemoryKeyring  # noqa: E402

pytest_plugins = ["tests.fixtures.sandbox"]


def pytest_sessionstart(session: pytest.Session) -> None:
    # Before the first child starts: each would otherwise compile the app from source.
    compile_like_an_installed_app()


@pytest.fixture(autouse=True, scope="session")
def _no_real_keyring(tmp_path_factory: pytest.TempPathFactory):
    """Guard: in-process code gets a memory keyring; subprocesses get a temp-file keyring."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fixtures.keyring_backend.FileTestKeyring"
    os.environ["JDID_TEST_KEYRING_FILE"] = str(tmp_path_factory.mktemp("kr") / "keyring.json")
    keyring.set_keyring(MemoryKeyring())
    yield


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """A fresh in-memory keyring for this test (the guard still holds)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def _keyring_guard(request: pytest.FixtureRequest):
    if request.node.get_closest_marker("secret_service") is None:
        backend = keyring.get_keyring()
        assert type(backend).__module__.startswith("tests."), f"real keyring in a test: {backend}"
    yield


@pytest.fixture
def app_home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """Every file of the app for this test goes under a fresh temp folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("JDID_WIZARD_HOME", str(home))
    return home
