"""JD.ID Open Platform client: signing, OAuth, the gateway call, typed errors and results.

No Qt here. See /work/shared/design/jdid-open-platform.md for the protocol.
"""

from wizard.appdata.redact import RedactingFilter, install, redact
from wizard.jdid.client import JdidClient
from wizard.jdid.errors import (
    AppNotPublished,
    ClockWrong,
    InvalidCode,
    JdidError,
    LoginExpired,
    NoNetwork,
    NotQualified,
    OAuthDenied,
    OAuthError,
    PlatformError,
    PlatformUnreachable,
    RateLimited,
    StateMismatch,
    UnexpectedAnswer,
    WrongApiKey,
    WrongApiSecret,
    WrongCallback,
)
from wizard.jdid.models import (
    AUDIT_MODIFYING,
    AUDIT_PASSED,
    AUDIT_PENDING,
    AUDIT_REJECTED,
    WARE_DELETED,
    WARE_OFFLINE,
    WARE_ONLINE,
    WARE_PUNISHED,
    Sku,
    SkuWriteResult,
    SpuDetail,
    SpuPage,
    SpuSummary,
)
from wizard.jdid.oauth import authorize_url, exchange_code, new_state, parse_callback, refresh
from wizard.jdid.profiles import PRODUCTION, EndpointProfile, sandbox_profile
from wizard.jdid.ratelimit import AdaptiveRateLimiter, RateLimiter, shared_limiter
from wizard.jdid.signing import format_timestamp, parse_timestamp, sign
from wizard.jdid.token import Token

install()  # urllib3 logs request URLs; the token endpoints carry secrets in theirs

__all__ = [
    "AUDIT_MODIFYING",
    "AUDIT_PASSED",
    "AUDIT_PENDING",
    "AUDIT_REJECTED",
    "PRODUCTION",
    "WARE_DELETED",
    "WARE_OFFLINE",
    "WARE_ONLINE",
    "WARE_PUNISHED",
    "AppNotPublished",
    "ClockWrong",
    "EndpointProfile",
    "InvalidCode",
    "JdidClient",
    "JdidError",
    "LoginExpired",
    "NoNetwork",
    "NotQualified",
    "OAuthDenied",
    "OAuthError",
    "PlatformError",
    "PlatformUnreachable",
    "RateLimited",
    "AdaptiveRateLimiter",
    "RateLimiter",
    "RedactingFilter",
    "Sku",
    "SkuWriteResult",
    "SpuDetail",
    "SpuPage",
    "SpuSummary",
    "StateMismatch",
    "Token",
    "UnexpectedAnswer",
    "WrongApiKey",
    "WrongApiSecret",
    "WrongCallback",
    "authorize_url",
    "exchange_code",
    "format_timestamp",
    "new_state",
    "parse_callback",
    "parse_timestamp",
    "redact",
    "refresh",
    "sandbox_profile",
    "shared_limiter",
    "sign",
]
