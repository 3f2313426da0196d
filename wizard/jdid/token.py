"""The OAuth token: knows its expiry and when to refresh ahead of it; its repr hides secrets."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace


@dataclass(frozen=True, repr=False)
class Token:
    access_token: str
    refresh_token: str
    expires_at: float  # epoch seconds
    issued_at: float  # epoch seconds
    scope: str = ""
    open_id: str = ""
    uid: str = ""  # the Shop ID of the shop that logged in

    @classmethod
    def from_answer(cls, answer: dict) -> Token:
        """Build from the token endpoint's JSON (`time` is the issue time in ms)."""
        issued = float(answer.get("time") or time.time() * 1000) / 1000.0
        return cls(
            access_token=str(answer["access_token"]),
            refresh_token=str(answer.get("refresh_token") or ""),
            expires_at=issued + float(answer["expires_in"]),
            issued_at=issued,
            scope=str(answer.get("scope") or ""),
            open_id=str(answer.get("open_id") or ""),
            uid=str(answer.get("uid") or ""),
        )

    def expired(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) >= self.expires_at

    def should_refresh(self, now: float | None = None, margin_s: float = 300) -> bool:
        """True within `margin_s` of expiry (never in the first half of a short-lived token)."""
        t = time.time() if now is None else now
        margin = min(margin_s, max(0.0, (self.expires_at - self.issued_at) / 2))
        return t >= self.expires_at - margin

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, s: str) -> Token:
        data = json.loads(s)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def with_expiry(self, expires_at: float) -> Token:
        return replace(self, expires_at=expires_at)

    def __repr__(self) -> str:
        return (
            f"Token(access_token='***', refresh_token='***', expires_at={self.expires_at:.0f}, "
            f"issued_at={self.issued_at:.0f}, scope={self.scope!r}, uid={self.uid!r})"
        )

    __str__ = __repr__
