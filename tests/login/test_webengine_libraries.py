"""Step 14 on a computer without QtWebEngine's system libraries, and `--self-test`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.login import helpers as h
from tests.login.test_login_flow import _at_login
from wizard.appdata.paths import resolve_paths
from wizard.ui import self_test
from wizard.ui.qtenv import system_libraries
from wizard.ui.qtenv.system_libraries import Library

pytestmark = pytest.mark.webengine

NOT_THERE = Library("libjdid-nss-not-there.so.3", "libjdid-nss3", "jdid-nss")


def test_missing_webengine_library_is_named_and_own_browser_still_works(
    seller, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        system_libraries, "WEBENGINE_LIBRARIES", (*system_libraries.WEBENGINE_LIBRARIES, NOT_THERE)
    )
    s = _at_login(seller)
    note = s.page.libraries_note
    assert note.isVisible()
    assert "libjdid-nss-not-there.so.3" in note.text()
    assert "sudo apt install libjdid-nss3" in note.text()
    assert "sudo dnf install jdid-nss" in note.text()
    assert not s.page.login_button.isEnabled()
    assert "own browser" in s.driver.blocked_text()
    s.driver.click(s.page.browser_button)  # the way on: the seller's own browser
    assert s.driver.opened[-1].startswith(s.server.profile.authorize_url)
    assert s.page.view is None  # QtWebEngine was never started


def test_all_libraries_there_no_note(seller) -> None:  # noqa: ANN001
    s = _at_login(seller)
    assert not s.page.libraries_note.isVisible()
    h.start_login(s)
    assert s.page.view is not None


def test_self_test_loads_the_login_page(
    app_home: Path, qapp, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    assert self_test.run(resolve_paths().ensure()) == self_test.EXIT_OK
    out = capsys.readouterr().out
    for check in ("system libraries", "translations", "pictures", "login page (QtWebEngine): form"):
        assert f"self-test: ok: {check}" in out
