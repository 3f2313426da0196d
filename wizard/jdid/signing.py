"""Request signing and timestamps exactly as the JD.ID gateway expects them."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone

# Jakarta time: the platform's home zone, assumed when a timestamp carries no offset.
PLATFORM_TZ = timezone(timedelta(hours=7))

_TS_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)


def sign(secret: str, params: Mapping[str, object]) -> str:
    """MD5 over secret + k1v1k2v2... (keys sorted by byte order, `sign` left out) + secret.

    Values are signed raw (not URL-encoded) and hashed as UTF-8; the result is upper-case hex.
    """
    keys = sorted((k for k in params if k != "sign"), key=lambda k: k.encode("utf-8"))
    body = "".join(f"{k}{params[k]}" for k in keys)
    return hashlib.md5(f"{secret}{body}{secret}".encode()).hexdigest().upper()


def format_timestamp(now: float | None = None) -> str:
    """`yyyy-MM-dd HH:mm:ss.SSS+hhmm` in the computer's own time zone, with its UTC offset."""
    t = time.time() if now is None else now
    lt = time.localtime(t)
    ms = int((t % 1) * 1000)
    return time.strftime("%Y-%m-%d %H:%M:%S", lt) + f".{ms:03d}" + time.strftime("%z", lt)


def parse_timestamp(text: str) -> float:
    """Epoch seconds of a gateway timestamp; any UTC offset, +0700 when none. ValueError if bad."""
    m = _TS_RE.match(text.strip())
    if not m:
        raise ValueError("not a gateway timestamp")
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    frac = m.group(7) or "0"
    micro = int(frac.ljust(6, "0"))
    tz = PLATFORM_TZ
    off = m.group(8)
    if off and off != "Z":
        digits = off[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tz = timezone(delta if off[0] == "+" else -delta)
    elif off == "Z":
        tz = UTC
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz).timestamp()
