"""The app's folders without --data-dir are the ones platformdirs names, on every set-up."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from wizard import APP_ID
from wizard.appdata import paths

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def _platformdirs_answer() -> tuple[str, ...]:
    return tuple(
        str(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))
        for kind in ("data", "config", "log", "cache")
    )


@pytest.mark.parametrize(
    "environment",
    [
        {"HOME": "/home/seller"},
        {"HOME": "/home/seller/"},
        {"HOME": "/"},
        {"HOME": "/home/seller", **{name: "" for name in XDG}},
        {"HOME": "/home/seller", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s/t/"},
        {"HOME": "/home/seller", "XDG_CONFIG_HOME": "/c", "XDG_CACHE_HOME": "/tmp/cache"},
        {"HOME": "/home/seller", "XDG_CACHE_HOME": "relative/cache"},  # platformdirs decides
        {"HOME": "relative-home"},  # platformdirs decides
    ],
)
def test_the_folders_are_the_ones_platformdirs_names(environment, monkeypatch):
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    for name in ("HOME", *XDG):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    try:
        expected = _platformdirs_answer()
    except RuntimeError:  # platformdirs finds no home at all here: nothing to compare
        pytest.skip("no home directory")
    resolved = paths.resolve_paths()
    got = (resolved.data_dir, resolved.config_dir, resolved.log_dir, resolved.cache_dir)
    assert got == tuple(Path(folder) for folder in expected)


def test_linux_reads_the_xdg_rules_itself():
    folders = paths.xdg_folders({"HOME": "/home/seller", "XDG_CONFIG_HOME": "/etc/seller"})
    if not sys.platform.startswith("linux"):
        assert folders is None
        return
    assert folders == (
        f"/home/seller/.local/share/{APP_ID}",
        f"/etc/seller/{APP_ID}",
        f"/home/seller/.local/state/{APP_ID}/log",
        f"/home/seller/.cache/{APP_ID}",
    )
    assert paths.xdg_folders({"HOME": "/h", "XDG_DATA_HOME": "data"}) is None
