"""Sandbox settings and the practice account they give."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FAULT_KINDS = ("http_500", "drop", "hang")
# Faults of the token endpoints: the gateway's, and "lost": the server rotates the refresh
# token, then the connection drops before the answer arrives.
TOKEN_FAULT_KINDS = (*FAULT_KINDS, "lost")


@dataclass
class SandboxConfig:
    port: int = 0
    seed: int = 7
    spus: int = 60
    latency_ms: float = 0
    rate_limit: float | None = None  # gateway calls per second per app; None = no limit
    fault_rate: float = 0.0  # fraction of gateway calls that fail (HTTP 500, drop or hang)
    fault_kinds: tuple[str, ...] = FAULT_KINDS
    hang_s: float = 20.0  # a "hang" lasts this long (longer than a client's read timeout)
    token_ttl: int = 7200
    refresh_ttl: int = 30 * 86400
    # A rotated refresh token works once more within this many seconds while the pair that
    # replaced it is unused (ours: an answer lost on the way must not log the seller out).
    refresh_reuse_s: float = 3600
    token_fault_rate: float = 0.0  # fraction of token-endpoint requests that fail
    token_fault_kinds: tuple[str, ...] = TOKEN_FAULT_KINDS
    code_ttl: int = 300  # an authorization code is single-use and lives this long
    app_key: str = "8E3B5F0C2A7D4E19B6C1F0A9D2E47B53"
    app_secret: str = "c47d29e1f05a4b8e9a3c6d70e1b2f854"
    shop_id: int = 10023456
    shop_name: str = "Toko Latihan"
    app_name: str = ""  # "" = the shop's name (step 7 of the guide)
    seller_email: str = "penjual@contoh.id"
    seller_password: str = "latihan123"
    # The store's owner as the store was opened with: step 3's registration must match.
    owner_name: str = "Sari Wulandari"
    owner_phone: str = "081234567890"
    # A second seller with a shop of its own: logging in with it gives a token whose uid is
    # not the Shop ID typed in the wizard.
    other_shop_id: int = 10098765
    other_shop_name: str = "Toko Sebelah"
    other_seller_email: str = "lain@contoh.id"
    other_seller_password: str = "latihan123"
    other_spus: int = 6
    qualified: bool = True  # False = a Basic seller (gateway code 24, login refused)
    app_published: bool = True
    # True: the practice developer console starts with steps 3-10 done (registered, the app
    # named, published, the Callback URL saved), so the protocol tests, `import --sandbox`
    # and support demos work at once. False: a fresh console for the seller to do them.
    # A console saved in the state file wins over either.
    console_ready: bool = True
    callback_url: str | None = None  # None = base_url + "/callback"
    state_file: str | Path | None = None  # writes and revoked tokens survive a restart
    clock_offset_s: float = 0.0  # the sandbox's clock runs this far ahead (clock-skew practice)
    fail_sku_writes: frozenset[int] = frozenset()  # skuIds whose stock/price writes are refused
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        if not self.app_name:
            self.app_name = self.shop_name


@dataclass(frozen=True)
class PracticeAccount:
    seller_email: str
    seller_password: str
    shop_id: int
    shop_name: str
    app_name: str
    app_key: str
    app_secret: str
    callback_url: str
    other_seller_email: str = ""
    other_seller_password: str = ""
    other_shop_id: int = 0
    other_shop_name: str = ""
    owner_name: str = ""
    owner_phone: str = ""

    def __repr__(self) -> str:
        return (
            f"PracticeAccount(seller_email={self.seller_email!r}, shop_id={self.shop_id}, "
            f"app_key={self.app_key!r}, app_secret='***', callback_url={self.callback_url!r})"
        )

    def lines(self) -> list[str]:
        """The account as a person reads it (the sandbox prints this when it starts)."""
        return [
            f"Seller email:     {self.seller_email}",
            f"Seller password:  {self.seller_password}",
            f"Shop name:        {self.shop_name}",
            f"Shop ID:          {self.shop_id}",
            f"App name:         {self.app_name}",
            f"API Key:          {self.app_key}",
            f"API Secret:       {self.app_secret}",
            f"Callback URL:     {self.callback_url}",
            f"Store owner:      {self.owner_name}, {self.owner_phone}",
            f"Second seller:    {self.other_seller_email} / {self.other_seller_password} "
            f"(Shop ID {self.other_shop_id}, {self.other_shop_name})",
        ]
