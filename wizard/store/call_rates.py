"""The pace each app last worked at with JD.ID, remembered between runs as its start value.

JD.ID never told apps their exact calls-per-second limit; the client finds it by itself
(wizard.jdid.ratelimit.AdaptiveRateLimiter). What it found is kept in `call-rates.json` in
the app's data folder (next to the product list), keyed by API Key (not a secret: it is in
the settings too), so the next import starts at the pace that worked instead of bouncing
off the limit again. No Qt.
"""

from __future__ import annotations

import logging
import threading
from functools import partial
from pathlib import Path

from wizard.appdata.jsonfile import BrokenFile, load_json, save_json
from wizard.jdid import AdaptiveRateLimiter, EndpointProfile, shared_limiter
from wizard.jdid.ratelimit import forget_shared_limiter

log = logging.getLogger(__name__)

RATES_FILE = "call-rates.json"

_write_lock = threading.Lock()  # threads of one app share the file


def remembered_rate(path: Path, app_key: str) -> float | None:
    """Calls per second last found to work for the app, or None (never, or unreadable)."""
    try:
        value = load_json(path, {}).get(app_key)
    except (BrokenFile, OSError):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def remember_rate(path: Path, app_key: str, rate: float) -> None:
    """Keep `rate` as the app's start value. A file that cannot be written only costs speed."""
    with _write_lock:
        try:
            rates = load_json(path, {})
        except (BrokenFile, OSError):
            rates = {}
        rates[app_key] = round(rate, 2)
        try:
            save_json(path, rates)
        except OSError as exc:
            log.warning("the call rate could not be remembered: %s", type(exc).__name__)


def app_rate_limiter(profile: EndpointProfile, app_key: str, data_dir: Path) -> AdaptiveRateLimiter:
    """The app's one limiter in this process, started at the remembered rate (else the
    profile's), remembering what it learns in `data_dir`."""
    path = data_dir / RATES_FILE
    start = remembered_rate(path, app_key) or profile.calls_per_s
    return shared_limiter(
        _limiter_name(profile, app_key), start, on_change=partial(remember_rate, path, app_key)
    )


def learnt_elsewhere(profile: EndpointProfile, app_key: str) -> None:
    """Another process of the app (the import's or the push's child) has used the platform and
    remembered the rate it found: this process's next client starts from that rate."""
    forget_shared_limiter(_limiter_name(profile, app_key))


def _limiter_name(profile: EndpointProfile, app_key: str) -> str:
    return f"{profile.gateway_url} {app_key}"
