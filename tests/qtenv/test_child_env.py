"""Programs the installed app starts get the environment as it was before the bundle."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from wizard.ui.qtenv import child_env


@pytest.fixture
def frozen_start() -> Iterator[None]:
    # What the bundle's launcher leaves: its own LD_LIBRARY_PATH, the seller's in *_ORIG.
    child_env.remember_before_bundle(
        {
            "LD_LIBRARY_PATH": "/opt/app/_internal",
            "LD_LIBRARY_PATH_ORIG": "/home/s/lib",
            "PATH": "/usr/bin",
        }
    )
    yield
    child_env._before = None


BUNDLE_ENV = {
    "LD_LIBRARY_PATH": "/opt/app/_internal",
    "LD_LIBRARY_PATH_ORIG": "/home/s/lib",
    "QT_PLUGIN_PATH": "/opt/app/_internal/PySide6/Qt/plugins",
    "QML2_IMPORT_PATH": "/opt/app/_internal/PySide6/Qt/qml",
    "PATH": "/opt/app/_internal:/usr/bin",  # as the Qt hook leaves it on Windows
}


def test_source_tree_passes_the_environment_on() -> None:
    assert child_env.environment(BUNDLE_ENV) == BUNDLE_ENV


def test_frozen_app_gives_children_the_sellers_environment(frozen_start: None) -> None:
    assert child_env.environment(BUNDLE_ENV) == {
        "LD_LIBRARY_PATH": "/home/s/lib",
        "PATH": "/usr/bin",
    }


def test_no_library_path_before_means_none_after() -> None:
    child_env.remember_before_bundle({"LD_LIBRARY_PATH": "/opt/app/_internal", "PATH": "/bin"})
    try:
        assert "LD_LIBRARY_PATH" not in child_env.environment(BUNDLE_ENV)
    finally:
        child_env._before = None


def test_restored_only_while_starting_the_program(
    frozen_start: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in BUNDLE_ENV.items():
        monkeypatch.setenv(key, value)
    with child_env.restored():
        assert os.environ["LD_LIBRARY_PATH"] == "/home/s/lib"
        assert "QT_PLUGIN_PATH" not in os.environ
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/app/_internal"  # QtWebEngine's helper needs it
    assert os.environ["QT_PLUGIN_PATH"] == BUNDLE_ENV["QT_PLUGIN_PATH"]
