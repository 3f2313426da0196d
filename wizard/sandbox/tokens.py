"""Sandbox codes, tokens and login tickets: HMAC-signed, so a practice login survives a restart.

Each carries its kind, app, shop, issue and expiry times. What must be remembered (a used
code, a rotated refresh token, "every token so far expired") is kept in small sets that the
server can save to its state file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenIssuer:
    def __init__(self, key: bytes, token_ttl: int, refresh_ttl: int, code_ttl: int) -> None:
        self._key = key
        self.token_ttl = token_ttl
        self.refresh_ttl = refresh_ttl
        self.code_ttl = code_ttl
        self._lock = threading.Lock()
        self.used: set[str] = set()  # ids of used codes and rotated refresh tokens
        self.access_not_before = 0.0  # access tokens issued before this are expired

    @staticmethod
    def derive_key(*parts: object) -> bytes:
        return hashlib.sha256("|".join(["jdid-sandbox-v1", *map(str, parts)]).encode()).digest()

    def _pack(self, kind: str, payload: dict[str, Any]) -> str:
        body = _b64(json.dumps({"k": kind, **payload}, separators=(",", ":")).encode())
        mac = hmac.new(self._key, f"{kind}.{body}".encode(), hashlib.sha256).digest()[:18]
        return f"{body}.{_b64(mac)}"

    def _unpack(self, kind: str, text: str, now: float) -> dict[str, Any] | None:
        try:
            body, mac = text.split(".")
            want = hmac.new(self._key, f"{kind}.{body}".encode(), hashlib.sha256).digest()[:18]
            if not hmac.compare_digest(want, _unb64(mac)):
                return None
            payload = json.loads(_unb64(body))
        except (ValueError, TypeError):
            return None
        if not isinstance(payload, dict) or payload.get("k") != kind:
            return None
        if now >= float(payload.get("exp", 0)):
            return None
        return payload

    # --- login ticket (between the login form and the consent page) -----------------------

    def ticket(self, app_key: str, shop_id: int, now: float) -> str:
        return self._pack("t", {"app": app_key, "shop": shop_id, "exp": now + 900})

    def read_ticket(self, text: str, app_key: str, now: float) -> int | None:
        p = self._unpack("t", text, now)
        return int(p["shop"]) if p and p.get("app") == app_key else None

    # --- authorization codes -------------------------------------------------------------

    def code(self, app_key: str, shop_id: int, now: float) -> str:
        payload = {"app": app_key, "shop": shop_id, "exp": now + self.code_ttl}
        return self._pack("c", {**payload, "id": secrets.token_hex(8)})

    def redeem_code(self, text: str, app_key: str, now: float) -> int | None:
        """The shop of a valid code, which is then used up; None if bad, expired or used."""
        p = self._use_once("c", text, app_key, now)
        return None if p is None else int(p["shop"])

    # --- tokens --------------------------------------------------------------------------

    def issue(self, app_key: str, shop_id: int, now: float) -> dict[str, Any]:
        """The token endpoint's answer for a fresh pair."""
        access = self._pack(
            "a", {"app": app_key, "shop": shop_id, "iat": now, "exp": now + self.token_ttl}
        )
        rid = secrets.token_hex(8)
        refresh = self._pack(
            "r", {"app": app_key, "shop": shop_id, "exp": now + self.refresh_ttl, "id": rid}
        )
        open_id = hashlib.sha256(f"{app_key}:{shop_id}".encode()).hexdigest()[:24]
        return {
            "access_token": access,
            "expires_in": self.token_ttl,
            "refresh_token": refresh,
            "scope": "snsapi_base",
            "open_id": open_id,
            "uid": str(shop_id),
            "time": int(now * 1000),
            "token_type": "bearer",
            "code": 0,
        }

    def check_access(self, text: str, app_key: str, now: float) -> int | None:
        """The shop an access token speaks for, or None (bad, other app, expired)."""
        p = self._unpack("a", text, now)
        if not p or p.get("app") != app_key or float(p["iat"]) < self.access_not_before:
            return None
        return int(p["shop"])

    def rotate(self, text: str, app_key: str, now: float) -> dict[str, Any] | None:
        """A new pair for a valid refresh token, which stops working; None if not valid."""
        p = self._use_once("r", text, app_key, now)
        return None if p is None else self.issue(app_key, int(p["shop"]), now)

    def _use_once(self, kind: str, text: str, app_key: str, now: float) -> dict[str, Any] | None:
        """The payload of a valid, unused `kind` item of this app, now marked used; else None."""
        p = self._unpack(kind, text, now)
        if not p or p.get("app") != app_key:
            return None
        with self._lock:
            if p["id"] in self.used:
                return None
            self.used.add(p["id"])
        return p

    def expire_access(self, now: float) -> None:
        # A hair later than now: a token issued in this very instant is expired too.
        self.access_not_before = now + 1e-6
