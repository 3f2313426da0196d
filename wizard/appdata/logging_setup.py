"""Logging to a rotating file in the app's log folder; Qt's own messages go there too."""

from __future__ import annotations

import logging
from pathlib import Path

from wizard.appdata.redact import RedactingFilter

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


MAX_BYTES = 1_000_000
BACKUPS = 3


def setup_logging(
    log_file: Path, level: int = logging.INFO, rotating: bool = True
) -> logging.Handler:
    """Send every log record to `log_file` (1 MB, 3 old files kept). Returns the handler.

    `rotating=False` starts with a plain file handler (logging.handlers costs a few ms at
    start-up); `use_rotation()` switches to the rotating one once the window is up."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    if rotating:
        from logging.handlers import RotatingFileHandler

        handler: logging.Handler = RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    else:
        handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())  # no token or secret in the file, whoever logs it
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_jdid_wizard", False)]:
        root.removeHandler(old)
        old.close()
    handler._jdid_wizard = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def use_rotation(log_file: Path) -> logging.Handler:
    """Replace the start-up file handler by the rotating one (same file, nothing lost)."""
    return setup_logging(log_file, logging.getLogger().level, rotating=True)


def route_qt_messages() -> None:
    """Qt warnings (e.g. a broken SVG) end up in the log file instead of the terminal only."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, _context, message: str) -> None:  # noqa: ANN001 - Qt's types
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
