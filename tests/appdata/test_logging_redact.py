"""The app's log file never holds a token or secret, whichever logger writes the line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from wizard.appdata.logging_setup import setup_logging


@pytest.mark.parametrize("rotating", [False, True])
def test_secrets_in_a_log_line_are_masked_in_the_log_file(tmp_path: Path, rotating: bool) -> None:
    log_file = tmp_path / "logs" / "wizard.log"
    handler = setup_logging(log_file, rotating=rotating)
    try:
        log = logging.getLogger("some.library")  # not a logger the client filters itself
        log.info("token answer access_token=AT-SECRET-1&app_secret=APP-SECRET-2 shop=55")
        log.warning("GET %s", "/oauth2/refresh_token?refresh_token=RT-SECRET-3&app_key=K1")
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = log_file.read_text(encoding="utf-8")
    for secret in ("AT-SECRET-1", "APP-SECRET-2", "RT-SECRET-3"):
        assert secret not in text
    assert "access_token=***&app_secret=*** shop=55" in text
    assert "refresh_token=***&app_key=K1" in text  # the rest of the line is kept
