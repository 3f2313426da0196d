"""Typed errors of the JD.ID client.

Each error has a stable `key` that the UI maps to a translated sentence, and the platform's
`code` when there is one. Messages are built by this module only from safe facts (codes,
method names, hosts), never from secrets, tokens or URLs that carry them.
"""

from __future__ import annotations


class JdidError(Exception):
    key = "jdid_error"

    def __init__(self, message: str = "", code: str | None = None) -> None:
        super().__init__(message or self.key)
        self.code = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key={self.key!r}, code={self.code!r}, {str(self)!r})"


class WrongApiKey(JdidError):
    key = "wrong_api_key"


class WrongApiSecret(JdidError):
    key = "wrong_api_secret"


class ClockWrong(JdidError):
    key = "clock_wrong"


class NotQualified(JdidError):
    key = "not_qualified"


class LoginExpired(JdidError):
    key = "login_expired"


class RateLimited(JdidError):
    key = "rate_limited"


class NoNetwork(JdidError):
    key = "no_network"


class PlatformUnreachable(JdidError):
    key = "platform_unreachable"


class UnexpectedAnswer(JdidError):
    key = "unexpected_answer"


class PlatformError(JdidError):
    """The platform refused a call for a reason of its own (an unknown code, a failed write)."""

    key = "platform_error"


class OAuthError(JdidError):
    key = "oauth_error"


class StateMismatch(OAuthError):
    key = "state_mismatch"


class OAuthDenied(OAuthError):
    key = "oauth_denied"


class InvalidCode(OAuthError):
    key = "invalid_code"


class WrongCallback(OAuthError):
    key = "wrong_callback"


class AppNotPublished(OAuthError):
    key = "app_not_published"


# Gateway error codes (strings, as the platform sends them) -> error class.
GATEWAY_CODES: dict[str, type[JdidError]] = {
    "2": RateLimited,
    "7": ClockWrong,
    "8": ClockWrong,
    "11": WrongApiSecret,
    "12": WrongApiSecret,
    "19": LoginExpired,
    "21": WrongApiKey,
    "24": NotQualified,
}

# OAuth page error markers (data-error on the sandbox's pages, `error` on a callback).
OAUTH_ERRORS: dict[str, type[JdidError]] = {
    "access_denied": OAuthDenied,
    "wrong_callback": WrongCallback,
    "app_not_published": AppNotPublished,
    "not_qualified": NotQualified,
    "wrong_app_key": WrongApiKey,
    "invalid_code": InvalidCode,
}


def error_for_code(code: str, method: str = "") -> JdidError:
    """The typed error for a gateway error code."""
    cls = GATEWAY_CODES.get(code, PlatformError)
    where = f" ({method})" if method else ""
    return cls(f"JD.ID answered code {code}{where}", code=code)
