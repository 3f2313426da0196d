"""The environment for programs the app starts (the seller's browser, a message dialog).

The installed (frozen) app changes its own environment before any of our code runs: the
bundle's launcher puts its library folder in LD_LIBRARY_PATH (Linux), and its Qt start-up
points QT_PLUGIN_PATH and QML2_IMPORT_PATH at the bundle's Qt (and puts it first in PATH on
Windows, DYLD_LIBRARY_PATH on macOS). A browser started with that
environment loads our libraries instead of its own and may not start at all (a Qt-based
browser or KDE's opener crashes on our Qt plugins). packaging/rthook_env.py records the
values as they were, before the bundle changed them; programs we start get those back.
From the source tree nothing is changed and the environment is passed on as it is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager

# What the bundle changes (PATH: Windows, where the Qt hook puts the bundle's folder first).
# The launcher keeps the seller's LD_LIBRARY_PATH in *_ORIG.
CHANGED_BY_BUNDLE = (
    "LD_LIBRARY_PATH",
    "QT_PLUGIN_PATH",
    "QML2_IMPORT_PATH",
    "DYLD_LIBRARY_PATH",
    "PATH",
)
_ORIG_SUFFIX = "_ORIG"

_before: dict[str, str | None] | None = None  # None: nothing was recorded (source tree)


def remember_before_bundle(environ: Mapping[str, str]) -> None:
    """Called by the frozen app's first runtime hook, before the Qt hook runs."""
    global _before
    _before = {}
    for key in CHANGED_BY_BUNDLE:
        original = environ.get(key + _ORIG_SUFFIX)
        _before[key] = original if original is not None else environ.get(key)
    # The launcher sets LD_LIBRARY_PATH itself; without *_ORIG the seller had none.
    if "LD_LIBRARY_PATH" + _ORIG_SUFFIX not in environ:
        _before["LD_LIBRARY_PATH"] = None


def environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of `base` (default os.environ) as it was before the bundle changed it."""
    env = dict(os.environ if base is None else base)
    _apply(env)
    return env


def _apply(env: MutableMapping[str, str]) -> None:
    if _before is None:
        return
    for key, value in _before.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
        env.pop(key + _ORIG_SUFFIX, None)


@contextmanager
def restored() -> Iterator[None]:
    """os.environ as before the bundle, for a call that starts a program from the process
    environment (Qt's openUrl); put back afterwards, for QtWebEngine's own helper process."""
    if _before is None:
        yield
        return
    saved = dict(os.environ)
    _apply(os.environ)
    try:
        yield
    finally:
        for key in set(os.environ) - set(saved):
            del os.environ[key]
        for key, value in saved.items():
            if os.environ.get(key) != value:
                os.environ[key] = value
