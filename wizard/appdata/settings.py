"""Non-secret settings, kept in AppPaths.settings_file. Never a secret: those go to the keyring.

Other parts of the app add their own fields to `Settings` (with a default). Keys in the file
that this version does not know are kept in `extra` and written back, so nothing is lost.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from wizard.appdata.jsonfile import load_json, save_json

Mode = Literal["practice", "real"]
LANGUAGES = ("id", "en")
MODES = ("practice", "real")

# A field whose name contains one of these must never be written to the settings file.
_SECRET_WORDS = ("secret", "token", "password")


@dataclass
class Settings:
    language: str = ""  # "id" or "en"; "" = follow the system locale
    mode: str = "real"  # "practice" (built-in sandbox) or "real" (the seller's JD.ID store)
    store_name: str = ""  # the store's name on JD.ID = the App Name in step 7
    shop_id: str = ""
    api_key: str = ""  # the App Key is not a secret (the API Secret is, and lives in the keyring)
    export_sync: bool = False  # step 17: push stock, prices and listing status to JD.ID
    # The real store's endpoint profile (wizard.jdid.profiles fields); {} = JD.ID's own.
    profile: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Known keys with the right type are taken; wrong types fall back to the default."""
        known = {f.name: f for f in dataclasses.fields(cls) if f.name != "extra"}
        values: dict[str, Any] = {}
        defaults = cls()
        for name in known:
            if name in raw:
                default = getattr(defaults, name)
                value = raw[name]
                if type(value) is type(default) or (default is None and value is not None):
                    values[name] = value
        settings = cls(**values)
        if settings.language not in ("", *LANGUAGES):
            settings.language = ""
        if settings.mode not in MODES:
            settings.mode = defaults.mode
        settings.extra = {k: v for k, v in raw.items() if k not in known and k != "extra"}
        return settings

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.extra)
        for f in dataclasses.fields(self):
            if f.name != "extra":
                data[f.name] = getattr(self, f.name)
        for key in data:
            if any(word in key.lower() for word in _SECRET_WORDS):
                raise ValueError(f"refusing to write a secret-looking setting: {key}")
        return data

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Settings from `path` (defaults if missing). A broken file raises jsonfile.BrokenFile
        after it has been moved aside as *.bad; the caller then starts with `Settings()`."""
        return cls.from_dict(load_json(path, default={}))

    def save(self, path: Path) -> None:
        save_json(path, self.to_dict())
