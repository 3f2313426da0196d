"""Keep secrets out of log lines, including those written by libraries underneath us.

The token endpoints take the app secret, the code and the refresh token in the query string
(as JD.ID documents them), and urllib3 logs request lines at DEBUG. A filter on its logger
masks those values; the app's own log file handler (wizard.appdata.logging_setup) has the same
filter. Standard library only, so the log setup can use it at start-up; no Qt.
"""

from __future__ import annotations

import logging
import re

SENSITIVE = ("app_secret", "access_token", "refresh_token", "code", "sign", "password", "ticket")
_PATTERN = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(SENSITIVE) + r")=([^&\s\"']+)")


def redact(text: str) -> str:
    """`key=value` pairs of sensitive keys with the value replaced by ***."""
    return _PATTERN.sub(r"\1=***", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install(logger_names: tuple[str, ...] = ("urllib3.connectionpool",)) -> None:
    """Add the filter to these loggers once (idempotent)."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
