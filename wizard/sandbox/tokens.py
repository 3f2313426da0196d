"""Sandbox codes, tokens and login tickets: HMAC-signed, so a practice login survives a restart.

Each carries its kind, app, shop, issue and expiry times. What must be remembered (a used
code, a rotated refresh token, "every token so far expired") is kept in small sets that the
server can save to its state file.

Refresh rotation with a reuse window (our decision, see the README's protocol notes): a
rotated refresh token is honoured once more, within `reuse_s` of its rotation, as long as
the pair that replaced it has not been used yet. So an answer lost on the way (the server
rotated, the app never heard) costs nothing: the app asks again with the token it still
has, and the lost pair is revoked. Once the new pair is used, the old token is dead.
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
    def __init__(
        self, key: bytes, token_ttl: int, refresh_ttl: int, code_ttl: int, reuse_s: float = 0
    ) -> None:
        self._key = key
        self.token_ttl = token_ttl
        self.refresh_ttl = refresh_ttl
        self.code_ttl = code_ttl
        self.reuse_s = reuse_s
        self._lock = threading.Lock()
        self.used: set[str] = set()  # ids of used codes and rotated refresh tokens
        self.access_not_before = 0.0  # access tokens issued before this are expired
        # rotated refresh id -> [id of the pair that replaced it, when]: not yet confirmed
        self.successors: dict[str, list[Any]] = {}

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

    # --- console sessions (the practice Seller Center and developer console) -------------

    def session(self, site: str, shop_id: int, now: float, ttl_s: float = 12 * 3600) -> str:
        """A signed session cookie for `site` ("seller"/"console"); it survives a restart."""
        return self._pack("s", {"site": site, "shop": shop_id, "exp": now + ttl_s})

    def read_session(self, text: str, site: str, now: float) -> int | None:
        p = self._unpack("s", text, now)
        return int(p["shop"]) if p and p.get("site") == site else None

    # --- authorization codes -------------------------------------------------------------

    def code(self, app_key: str, shop_id: int, now: float) -> str:
        payload = {"app": app_key, "shop": shop_id, "exp": now + self.code_ttl}
        return self._pack("c", {**payload, "id": secrets.token_hex(8)})

    def redeem_code(self, text: str, app_key: str, now: float) -> int | None:
        """The shop of a valid code, which is then used up; None if bad, expired or used."""
        p = self._use_once("c", text, app_key, now)
        return None if p is None else int(p["shop"])

    # --- tokens --------------------------------------------------------------------------

    def issue(self, app_key: str, shop_id: int, now: float, rid: str = "") -> dict[str, Any]:
        """The token endpoint's answer for a fresh pair (`rid`: its refresh token's id)."""
        rid = rid or secrets.token_hex(8)
        access = self._pack(
            "a",
            {"app": app_key, "shop": shop_id, "iat": now, "exp": now + self.token_ttl, "rid": rid},
        )
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
        if self.successors:
            self._confirm(str(p.get("rid", "")))
        return int(p["shop"])

    def rotate(self, text: str, app_key: str, now: float) -> dict[str, Any] | None:
        """A new pair for a valid refresh token, which stops working (but see the reuse
        window above); None if not valid."""
        p = self._unpack("r", text, now)
        if not p or p.get("app") != app_key:
            return None
        old = str(p["id"])
        new = secrets.token_hex(8)
        with self._lock:
            for k in [k for k, (_, at) in self.successors.items() if now - at > self.reuse_s]:
                del self.successors[k]  # past the window: nothing left to honour
            self._confirm_locked(old)  # using this token confirms the pair it came with
            if old not in self.used:
                self.used.add(old)
                self.successors[old] = [new, now]
            else:
                lost = self.successors.get(old)
                if lost is None or now - float(lost[1]) > self.reuse_s:
                    return None
                self.used.add(lost[0])  # the pair whose answer was lost is revoked
                self.successors[old] = [new, lost[1]]  # the window counts from the first use
        return self.issue(app_key, int(p["shop"]), now, rid=new)

    def _confirm(self, rid: str) -> None:
        with self._lock:
            self._confirm_locked(rid)

    def _confirm_locked(self, rid: str) -> None:
        """The pair `rid` is in use: the token it replaced is dead for good."""
        for old in [k for k, (new, _) in self.successors.items() if new == rid]:
            del self.successors[old]

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
