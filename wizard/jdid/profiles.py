"""Endpoint profiles: where the OAuth pages, the token endpoints and the gateway live."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

PRODUCTION_CALLBACK = "https://www.forstok.com/dashboard/channels/integrations/jd/setup"

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


def _profile(name: str, oauth_base: str, gateway_base: str, callback_url: str) -> EndpointProfile:
    return EndpointProfile(
        name=name,
        authorize_url=f"{oauth_base}/oauth2/to_login",
        token_url=f"{oauth_base}/oauth2/access_token",
        refresh_url=f"{oauth_base}/oauth2/refresh_token",
        gateway_url=f"{gateway_base}/routerjson",
        callback_url=callback_url,
    )


PRODUCTION = _profile(
    "production", "https://oauth.jd.id", "https://open-api.jd.id", PRODUCTION_CALLBACK
)


def sandbox_profile(base_url: str, callback_url: str | None = None) -> EndpointProfile:
    """The profile of a local sandbox at `base_url` (callback: base_url + "/callback")."""
    base = base_url.rstrip("/")
    return _profile("sandbox", base, base, callback_url or f"{base}/callback")
