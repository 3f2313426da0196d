"""What the practice seller has done in the practice developer console (steps 3 to 10).

Registered as a developer (with which details), the app (created, its name, published, the
saved Callback URL) and its API Key and Secret. The sandbox's login pages and gateway read
it, so an unpublished app or a wrong Callback URL is now the seller's own mistake. Values
are kept exactly as typed (a trailing space in a Callback URL is the mistake step 10's check
shows); only control characters, empty and over-long values are refused. No HTTP, no Qt.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

# Longest values the forms take (longer is refused with a sentence, never cut).
MAX_LENGTH = {"name": 100, "phone": 20, "email": 100, "app_name": 60, "callback_url": 500}
MAX_LENGTH_DEFAULT = 100

# The console steps a "do this step for me" can perform (the wizard's checked steps and
# the ones leading to them).
STEPS_DONE_FOR_YOU = ("step03", "step06", "step07", "step08", "step10")


class InputRefused(ValueError):
    """A form value the console does not take. `key`: "empty", "too_long", "control_chars";
    `field`: the form field."""

    def __init__(self, field_name: str, key: str) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key


class ConsoleRefused(Exception):
    """An action the console refuses in its current state. `key`: "not_registered",
    "no_app", "no_app_name", "registration_mismatch" (`fields`: which details differ),
    "unknown_step"."""

    def __init__(self, key: str, fields: tuple[str, ...] = ()) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


def check_input(field_name: str, value: str) -> str:
    """`value` unchanged if the console takes it, else InputRefused."""
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        return _refuse(field_name, "control_chars")
    if not value.strip():
        return _refuse(field_name, "empty")
    if len(value) > MAX_LENGTH.get(field_name, MAX_LENGTH_DEFAULT):
        return _refuse(field_name, "too_long")
    return value


def _app_json(app: ConsoleApp) -> dict[str, Any]:
    return {"name": app.name, "published": app.published, "callback_url": app.callback_url}


def _refuse(field_name: str, key: str) -> str:
    raise InputRefused(field_name, key)


@dataclass(frozen=True)
class Developer:
    """The details a developer registers with (step 3): the store's owner, as JD.ID has them."""

    name: str
    phone: str
    email: str


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _phone_digits(phone: str) -> str:
    """08123... and +62 8123... are the same Indonesian number."""
    digits = re.sub(r"\D", "", phone)
    return "0" + digits[2:] if digits.startswith("62") else digits


def registration_mismatch(given: Developer, record: Developer) -> tuple[str, ...]:
    """The fields of `given` that are not the store's record (spacing and case aside)."""
    wrong = []
    if not _same_name(given.name, record.name):
        wrong.append("name")
    if _phone_digits(given.phone) != _phone_digits(record.phone):
        wrong.append("phone")
    if given.email.strip().casefold() != record.email.strip().casefold():
        wrong.append("email")
    return tuple(wrong)


@dataclass(frozen=True)
class ConsoleApp:
    app_key: str
    app_secret: str
    name: str = ""
    published: bool = False
    callback_url: str = ""  # "" = not saved yet


@dataclass(frozen=True)
class ConsoleSnapshot:
    developer: Developer | None
    app: ConsoleApp | None

    @property
    def registered(self) -> bool:
        return self.developer is not None


@dataclass
class ConsoleState:
    """The practice seller's console, shared by every browser and the wizard (one lock)."""

    record: Developer  # the store's owner as the store was opened with
    app_key: str  # what the app gets when it is created (the practice account's)
    app_secret: str
    shop_name: str  # step 7's App Name
    developer: Developer | None = None
    app: ConsoleApp | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def snapshot(self) -> ConsoleSnapshot:
        with self._lock:
            return ConsoleSnapshot(self.developer, self.app)

    # --- the seller's actions ------------------------------------------------------------

    def register(self, name: str, phone: str, email: str) -> None:
        given = Developer(
            check_input("name", name), check_input("phone", phone), check_input("email", email)
        )
        wrong = registration_mismatch(given, self.record)
        if wrong:
            raise ConsoleRefused("registration_mismatch", wrong)
        with self._lock:
            self.developer = given

    def create_app(self) -> ConsoleApp:
        """The app of "normal standard API" (step 6); the existing one if there is one."""
        with self._lock:
            if self.developer is None:
                raise ConsoleRefused("not_registered")
            if self.app is None:
                self.app = ConsoleApp(self.app_key, self.app_secret)
            return self.app

    def set_app_name(self, name: str) -> None:
        self._change_app(name=check_input("app_name", name))

    def publish(self) -> None:
        with self._lock:
            if self.app is not None and not self.app.name.strip():
                raise ConsoleRefused("no_app_name")
        self._change_app(published=True)

    def save_callback(self, url: str) -> None:
        self._change_app(callback_url=check_input("callback_url", url))

    def _change_app(self, **changes: Any) -> None:
        with self._lock:
            if self.developer is None:
                raise ConsoleRefused("not_registered")
            if self.app is None:
                raise ConsoleRefused("no_app")
            self.app = replace(self.app, **changes)

    def do_step(self, step_id: str, callback_url: str) -> None:
        """Do a console step as the guide says (the wizard's "Do this step for me"), with the
        steps before it that it needs."""
        if step_id not in STEPS_DONE_FOR_YOU:
            raise ConsoleRefused("unknown_step")
        with self._lock:
            if self.developer is None:
                self.developer = self.record
            if step_id == "step03":
                return
            if self.app is None:
                self.app = ConsoleApp(self.app_key, self.app_secret)
            if step_id in ("step07", "step08", "step10") and self.app.name != self.shop_name:
                self.app = replace(self.app, name=self.shop_name)
            if step_id in ("step08", "step10"):
                self.app = replace(self.app, published=True)
            if step_id == "step10":
                self.app = replace(self.app, callback_url=callback_url)

    def make_ready(self, app_name: str, published: bool, callback_url: str) -> None:
        """Every console step done (the default practice platform: see SandboxConfig)."""
        with self._lock:
            self.developer = self.record
            self.app = ConsoleApp(self.app_key, self.app_secret, app_name, published, callback_url)

    def set_published(self, published: bool) -> None:
        """The `app_published` knob of tests and support (no app: nothing to change)."""
        with self._lock:
            if self.app is not None:
                self.app = replace(self.app, published=published)

    # --- state file ----------------------------------------------------------------------

    def to_json(self, base_url: str) -> dict[str, Any]:
        with self._lock:
            return {
                "developer": asdict(self.developer) if self.developer else None,
                # Never the key or secret: they come from the sandbox's settings on load.
                "app": _app_json(self.app) if self.app else None,
                "base_url": base_url,
            }

    def load_json(self, data: Mapping[str, Any], base_url: str) -> None:
        """Restore a saved console. A Callback URL saved on this sandbox's own address moves
        with the address (the port changes between runs); any other text stays as typed."""
        dev, app = data.get("developer"), data.get("app")
        with self._lock:
            self.developer = Developer(**dev) if isinstance(dev, dict) else None
            self.app = None
            if isinstance(app, dict):
                loaded = ConsoleApp(
                    self.app_key,
                    self.app_secret,
                    str(app.get("name", "")),
                    bool(app.get("published", False)),
                    str(app.get("callback_url", "")),
                )
                old_base = str(data.get("base_url", ""))
                if old_base and old_base != base_url and loaded.callback_url.startswith(old_base):
                    moved = base_url + loaded.callback_url[len(old_base) :]
                    loaded = replace(loaded, callback_url=moved)
                self.app = loaded
