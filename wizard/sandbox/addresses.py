"""The practice platform's addresses, from its base URL and Callback URL: one place for the
sandbox server itself and for the window's handle on it in a child process
(wizard.store.practice_platform)."""

from __future__ import annotations

from wizard.jdid.profiles import EndpointProfile, sandbox_profile


class PlatformAddresses:
    """Needs `base_url` and `callback_url` on the class using it."""

    base_url: str
    callback_url: str

    @property
    def seller_center_url(self) -> str:
        return f"{self.base_url}/seller/"

    @property
    def developer_console_url(self) -> str:
        return f"{self.base_url}/console/"

    @property
    def profile(self) -> EndpointProfile:
        return sandbox_profile(self.base_url, self.callback_url)
