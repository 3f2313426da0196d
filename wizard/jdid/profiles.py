"""Endpoint profiles: where the OAuth pages, the token endpoints and the gateway live.

JD.ID's own addresses (`PRODUCTION`) are the default. A support agent who sets the wizard up
for a JD.ID-compatible platform gives a profile file instead (`--profile FILE.json`, or Help):

    {"name": "Staging", "oauth_base": "https://oauth.example.co.id",
     "gateway_base": "https://api.example.co.id", "callback_url": "https://shop.example/cb"}

It is checked before anything uses it: every field must be an https address (plain http only
for this computer, where the practice platform runs), and every bad field is named. The
sentences are English source marked for pyside6-lupdate ("Profiles" context); the GUI
translates them, the CLI prints them as they are. No Qt here.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from wizard.flow.steps import QT_TRANSLATE_NOOP  # lupdate's marker; steps.py is light and Qt-free

PRODUCTION_CALLBACK = "https://www.forstok.com/dashboard/channels/integrations/jd/setup"
CONTEXT = "Profiles"
FIELDS = ("oauth_base", "gateway_base", "callback_url")  # the required ones, in file order

_AUTHORIZE_PATH = "/oauth2/to_login"
_GATEWAY_PATH = "/routerjson"

# Calls per second an app starts at (JD.ID's documented per-app limit); the client's adaptive
# limiter then finds the app's real limit (wizard.jdid.ratelimit).
DEFAULT_CALLS_PER_S = 40.0


@dataclass(frozen=True)
class EndpointProfile:
    name: str
    authorize_url: str
    token_url: str
    refresh_url: str
    gateway_url: str
    callback_url: str
    calls_per_s: float = DEFAULT_CALLS_PER_S

    @property
    def login_host(self) -> str:
        """host[:port] of the login pages (the embedded browser may navigate there)."""
        return urlsplit(self.authorize_url).netloc

    @property
    def callback_host(self) -> str:
        """host[:port] of the callback URL (the embedded browser intercepts it)."""
        return urlsplit(self.callback_url).netloc

    @property
    def gateway_host(self) -> str:
        """host[:port] of the API gateway."""
        return urlsplit(self.gateway_url).netloc

    @property
    def oauth_base(self) -> str:
        return self.authorize_url.removesuffix(_AUTHORIZE_PATH)

    @property
    def gateway_base(self) -> str:
        return self.gateway_url.removesuffix(_GATEWAY_PATH)


def _profile(name: str, oauth_base: str, gateway_base: str, callback_url: str) -> EndpointProfile:
    return EndpointProfile(
        name=name,
        authorize_url=f"{oauth_base}{_AUTHORIZE_PATH}",
        token_url=f"{oauth_base}/oauth2/access_token",
        refresh_url=f"{oauth_base}/oauth2/refresh_token",
        gateway_url=f"{gateway_base}{_GATEWAY_PATH}",
        callback_url=callback_url,
    )


PRODUCTION = _profile(
    "production", "https://oauth.jd.id", "https://open-api.jd.id", PRODUCTION_CALLBACK
)


def sandbox_profile(base_url: str, callback_url: str | None = None) -> EndpointProfile:
    """The profile of a local sandbox at `base_url` (callback: base_url + "/callback")."""
    base = base_url.rstrip("/")
    return _profile("sandbox", base, base, callback_url or f"{base}/callback")


# ----- profiles from a file ---------------------------------------------------------------------

# What is wrong with one field; {field} is its name in the file.
FIELD_PROBLEMS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Profiles", "{field} is missing"),
    "not_text": QT_TRANSLATE_NOOP("Profiles", "{field} must be text in quotes"),
    "not_url": QT_TRANSLATE_NOOP(
        "Profiles", "{field} is not a web address (it should look like https://host)"
    ),
    "needs_https": QT_TRANSLATE_NOOP(
        "Profiles",
        "{field} must start with https:// (http:// is only allowed for this computer: "
        "localhost or 127.0.0.1)",
    ),
    "extra_parts": QT_TRANSLATE_NOOP(
        "Profiles", "{field} must be a plain address, without ?, # or a user name"
    ),
}
# The whole sentence; {path} is the file, {detail} the reason or the list of field problems.
FILE_PROBLEMS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP(
        "Profiles", "The profile file {path} cannot be read ({detail}). Nothing was changed."
    ),
    "not_json": QT_TRANSLATE_NOOP(
        "Profiles",
        "The profile file {path} is not valid JSON ({detail}). Nothing was changed. Compare "
        "it with the example in the README.",
    ),
    "not_object": QT_TRANSLATE_NOOP(
        "Profiles",
        "The profile file {path} must hold one JSON object with oauth_base, gateway_base and "
        "callback_url. Nothing was changed.",
    ),
    "fields": QT_TRANSLATE_NOOP(
        "Profiles", "The profile {path} cannot be used, so nothing was changed: {detail}."
    ),
}


class ProfileError(Exception):
    """A profile that cannot be used. `key`: one of FILE_PROBLEMS; `fields`: (field, problem
    key) pairs for "fields"; `detail`: the reason for "unreadable" / "not_json"."""

    def __init__(
        self,
        key: str,
        source: str,
        *,
        fields: list[tuple[str, str]] | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(key, source, fields)
        self.key = key
        self.source = source
        self.fields = fields or []
        self.detail = detail

    def sentence(self, translate: Callable[[str, str], str] = lambda _c, text: text) -> str:
        """The whole sentence; `translate(context, text)` is QCoreApplication.translate in
        the GUI, the identity (English) in the CLI."""
        detail = self.detail
        if self.key == "fields":
            detail = "; ".join(
                translate(CONTEXT, FIELD_PROBLEMS[problem]).format(field=name)
                for name, problem in self.fields
            )
        return translate(CONTEXT, FILE_PROBLEMS[self.key]).format(path=self.source, detail=detail)

    def __str__(self) -> str:
        return self.sentence()


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return "not_text"
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return "not_url"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not_url"
    if parts.query or parts.fragment or parts.username or parts.password:
        return "extra_parts"
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return "needs_https"
    return None


def profile_from_dict(raw: Any, source: str) -> EndpointProfile:
    """A checked profile from the file's (or the settings') JSON value; raises ProfileError
    naming every field that is wrong. `source` names where it came from, for the sentence."""
    if not isinstance(raw, dict):
        raise ProfileError("not_object", source)
    problems: list[tuple[str, str]] = []
    for name in FIELDS:
        problem = "missing" if name not in raw else _url_problem(raw[name])
        if problem is not None:
            problems.append((name, problem))
    if "name" in raw and not isinstance(raw["name"], str):
        problems.append(("name", "not_text"))
    if problems:
        raise ProfileError("fields", source, fields=problems)
    name = str(raw.get("name") or "").strip() or "custom"
    base = {k: raw[k].strip() for k in FIELDS}
    return _profile(
        name,
        base["oauth_base"].rstrip("/"),
        base["gateway_base"].rstrip("/"),
        base["callback_url"],
    )


def profile_to_dict(profile: EndpointProfile) -> dict[str, str]:
    """What a profile file (and the settings) hold for `profile`."""
    return {
        "name": profile.name,
        "oauth_base": profile.oauth_base,
        "gateway_base": profile.gateway_base,
        "callback_url": profile.callback_url,
    }


def load_profile_file(path: Path | str) -> EndpointProfile:
    """Read and check a profile file (blocking: call from a worker in the GUI). Raises
    ProfileError with a sentence that names the file and every bad field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ProfileError("unreadable", str(path), detail=reason) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError("not_json", str(path), detail=f"line {exc.lineno}: {exc.msg}") from None
    return profile_from_dict(raw, str(path))


def endpoint_profile(url: str) -> EndpointProfile:
    """`--endpoint URL` of the CLI: a profile with both bases at URL (a practice server,
    `python -m wizard.sandbox`), checked like a file's; raises ProfileError."""
    base = url.strip().rstrip("/")
    raw = {"name": "sandbox", "oauth_base": base, "gateway_base": base}
    raw["callback_url"] = f"{base}/callback"
    return profile_from_dict(raw, "--endpoint " + url)
