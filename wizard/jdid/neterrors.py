"""Turning transport failures into typed errors without leaking URLs (they may carry secrets)."""

from __future__ import annotations

import errno

import requests

from wizard.jdid.errors import JdidError, NoNetwork, PlatformUnreachable

_NO_NETWORK_ERRNOS = {errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH}


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 10:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__ or getattr(cur, "reason", None)
        if cur is not None and not isinstance(cur, BaseException):
            break
    return seen


def transport_error(exc: requests.RequestException, host: str) -> JdidError:
    """NoNetwork when the name does not resolve or no route exists; else PlatformUnreachable."""
    for e in _chain(exc):
        name = type(e).__name__
        if name in ("NameResolutionError", "gaierror"):
            return NoNetwork(f"cannot resolve {host}")
        if isinstance(e, OSError) and e.errno in _NO_NETWORK_ERRNOS:
            return NoNetwork(f"no route to {host}")
    if isinstance(exc, requests.Timeout):
        return PlatformUnreachable(f"{host} did not answer in time")
    return PlatformUnreachable(f"{host} could not be reached ({type(exc).__name__})")
