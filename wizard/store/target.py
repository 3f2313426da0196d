"""Which JD.ID store to talk to, and a client for it, from what is stored on this computer. No Qt.

One piece for the four places that need it: `main.py import`, `main.py sync` (the CLI) and
the wizard's steps 16 and 17 (through their runners). A `StoreTarget` names the store (its
endpoint, app, shop and product list file) and holds no secret; `open_client()` reads the
API Secret and the login from the password store when the client is made, which is blocking
(call it from a worker thread). Practice mode runs the built-in sandbox with a state file in
the app's data folder, so its writes and logins carry over between runs of the GUI and CLI.

Heavy packages (the JD.ID client, the sandbox, SQLite) are imported only when used: the
wizard's context imports this module at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.appdata.paths import AppPaths

if TYPE_CHECKING:
    from wizard.appdata.settings import Settings
    from wizard.jdid import EndpointProfile, JdidClient, Token
    from wizard.sandbox import SandboxServer
    from wizard.store.practice_platform import PracticePlatform

# The practice sandbox's state (writes, used codes, revoked tokens), next to the practice
# product list in the data folder.
SANDBOX_STATE = "sandbox-state.json"


class NotConnected(Exception):
    """The store's connection is not (fully) stored on this computer. `key` says what:
    "not_set_up" (no Shop ID / API Key), "practice_mode" (the settings are for the practice
    store but a real store was asked for), "no_secret", "not_logged_in", "settings_broken",
    "practice_starting" (the practice platform is not running yet)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class StoreTarget:
    """Where to read from and write to. No secret here: `open_client()` reads those."""

    profile: EndpointProfile
    api_key: str
    shop_id: str
    catalog: Path  # the product list file
    label: str = ""  # the store's name for messages ("practice" for the practice store)


def practice_sandbox(paths: AppPaths, **config: Any) -> SandboxServer:
    """Start the practice sandbox with its state file in `paths`' data folder (blocking).

    `config`: other wizard.sandbox.SandboxConfig fields (support knobs: spus, latency_ms, ...).
    The caller stops it (`.stop()`, or use it as a context manager)."""
    from wizard.sandbox import SandboxConfig, SandboxServer

    state_file = paths.data_dir / SANDBOX_STATE
    return SandboxServer(SandboxConfig(state_file=state_file, **config)).start()


def practice_platform(paths: AppPaths, **config: Any) -> PracticePlatform:
    """The same practice sandbox (and state file) in a child process of its own, for the
    wizard window: its server threads never take the interpreter from the window (blocking;
    wizard.store.practice_platform). The CLI has no window to starve: practice_sandbox."""
    from wizard.store.practice_platform import PracticePlatform

    state_file = str(paths.data_dir / SANDBOX_STATE)
    return PracticePlatform.start(state_file=state_file, **config)


def real_profile(settings: Settings) -> EndpointProfile:
    """The real store's endpoint profile: the one remembered in the settings (`--profile`,
    Help), else JD.ID's own. A stored one that no longer passes the check is not used."""
    import logging

    from wizard.jdid.profiles import PRODUCTION, ProfileError, profile_from_dict

    if not settings.profile:
        return PRODUCTION
    try:
        return profile_from_dict(settings.profile, "settings")
    except ProfileError as exc:
        logging.getLogger(__name__).warning("stored endpoint profile not used: %s", exc)
        return PRODUCTION


def stored_target(
    settings: Settings, profile: EndpointProfile | None, paths: AppPaths, *, practice: bool
) -> StoreTarget:
    """The store the settings name, at `profile`. `practice` picks the practice product list.

    Raises NotConnected: "practice_starting" (practice, no profile yet), "not_set_up", or
    "practice_mode" (real store asked for, but the settings are the practice store's)."""
    from wizard.catalog.location import catalog_file

    if profile is None:
        raise NotConnected("practice_starting" if practice else "not_set_up")
    if not settings.shop_id or not settings.api_key:
        wrong_mode = settings.mode == "practice" and not practice
        raise NotConnected("practice_mode" if wrong_mode else "not_set_up")
    catalog = catalog_file(paths, practice)
    return StoreTarget(profile, settings.api_key, settings.shop_id, catalog, settings.store_name)


def sandbox_target(server: SandboxServer | PracticePlatform, paths: AppPaths) -> StoreTarget:
    """The practice shop of a running sandbox, with the practice product list."""
    from wizard.catalog.location import catalog_file

    account = server.account
    return StoreTarget(
        server.profile, account.app_key, str(account.shop_id), catalog_file(paths, True), "practice"
    )


def open_client(
    target: StoreTarget,
    *,
    api_secret: str | None = None,
    token: Token | None = None,
    **client_options: Any,
) -> JdidClient:
    """A JdidClient for the target (blocking: call from a worker thread).

    Without `api_secret`/`token` they are read from the password store, and a refreshed
    token is written back there. Given by hand (the practice login), nothing is stored.
    `client_options` go to JdidClient (default: the app's adaptive rate limiter, shared by
    every client of the app and remembered in the data folder, wizard.store.call_rates).
    Raises NotConnected ("no_secret", "not_logged_in") and secrets.NoKeyring."""
    from wizard.jdid import JdidClient
    from wizard.store.call_rates import app_rate_limiter

    options: dict[str, Any] = {}
    if "rate_limiter" not in client_options:
        options["rate_limiter"] = app_rate_limiter(
            target.profile, target.api_key, target.catalog.parent
        )
    if api_secret is None or token is None:
        from wizard.appdata import secrets

        stored_secret, stored_token = stored_login(target)
        api_secret, token = api_secret or stored_secret, token or stored_token
        options["on_token_refreshed"] = partial(secrets.save_token, target.api_key)
    options.update(client_options)
    return JdidClient(target.profile, target.api_key, api_secret, token, **options)


def stored_login(target: StoreTarget) -> tuple[str, Token]:
    """The API Secret and the login from the password store (blocking). Raises NotConnected
    ("no_secret", "not_logged_in") and secrets.NoKeyring."""
    from wizard.appdata import secrets

    api_secret = secrets.load_api_secret(target.api_key)
    if not api_secret:
        raise NotConnected("no_secret")
    token = secrets.load_token(target.api_key)
    if token is None:
        raise NotConnected("not_logged_in")
    return api_secret, token
