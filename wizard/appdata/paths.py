"""Where the app keeps its files.

Every file of the app lives under one of these folders. `--data-dir DIR` or the
environment variable JDID_WIZARD_HOME puts all of them under DIR, so support staff can
run several onboardings side by side and tests never touch the real user folders.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from wizard import APP_ID

HOME_ENV = "JDID_WIZARD_HOME"


class AppPaths(NamedTuple):  # a NamedTuple: cheaper than a dataclass before the first paint
    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def progress_file(self) -> Path:
        return self.config_dir / "progress.json"

    @property
    def catalog_file(self) -> Path:
        return self.data_dir / "catalog.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "wizard.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "wizard.lock"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.log_dir, self.cache_dir)

    def ensure(self) -> AppPaths:
        for d in self.all_dirs():
            d.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The app's folders: under `data_dir` (or $JDID_WIZARD_HOME) if given, else platformdirs."""
    home = data_dir or os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(root / "data", root / "config", root / "logs", root / "cache")
    folders = xdg_folders(os.environ)
    if folders is not None:
        return AppPaths(*(Path(folder) for folder in folders))
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
    )


# The XDG base directories platformdirs follows on Linux: variable, default under the home.
_XDG = (
    ("XDG_DATA_HOME", "~/.local/share"),
    ("XDG_CONFIG_HOME", "~/.config"),
    ("XDG_STATE_HOME", "~/.local/state"),  # the log folder is "log" in the state folder
    ("XDG_CACHE_HOME", "~/.cache"),
)


def xdg_folders(environ: Mapping[str, str]) -> tuple[str, ...] | None:
    """On Linux, the data, config, log and cache folders platformdirs gives, without
    importing it (~10 ms of the first paint): the XDG rules. None elsewhere, and for the
    odd set-ups whose answer differs between platformdirs versions (a relative HOME or
    XDG variable): platformdirs answers those."""
    home = environ.get("HOME", "")
    if not sys.platform.startswith("linux") or not os.path.isabs(home):
        return None
    bases = []
    for variable, default in _XDG:
        value = environ.get(variable, "")
        if value and not os.path.isabs(value):
            return None
        bases.append(value or home.rstrip("/") + default[1:])  # as os.path.expanduser does
    data, config, state, cache = (os.path.join(base, APP_ID) for base in bases)
    return data, config, os.path.join(state, "log"), cache
