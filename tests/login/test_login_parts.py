"""The parts of the login that need no browser: navigation policy, QtWebEngine flags, the
problem table, and that QtWebEngine stays out of start-up."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from wizard import jdid
from wizard.flow.steps import step_ids
from wizard.ui.pages.connect.login_view import NavigationPolicy
from wizard.ui.pages.connect.problems import FIXES, error_key
from wizard.ui.qtenv import webengine_env

AUTH = "https://oauth.jd.id/oauth2/to_login?app_key=K&state=S"
CALLBACK = "https://www.forstok.com/dashboard/channels/integrations/jd/setup"


@pytest.mark.parametrize(
    ("url", "main_frame", "decision"),
    [
        ("https://oauth.jd.id/oauth2/login", True, "allow"),
        ("https://OAUTH.jd.id/oauth2/authorize?x=1", True, "allow"),
        (f"{CALLBACK}?code=C&state=S", True, "callback"),
        (f"{CALLBACK}/?code=C&state=S", False, "callback"),  # even from a frame: never loaded
        ("https://www.forstok.com/dashboard", True, "external"),
        ("http://oauth.jd.id/oauth2/login", True, "external"),  # not the login's origin
        ("https://oauth.jd.id:8443/x", True, "external"),
        ("https://captcha.example.com/frame", False, "allow"),
        ("http://tracker.example.com/frame", False, "refuse"),
        ("file:///etc/passwd", True, "refuse"),
        ("javascript:alert(1)", True, "refuse"),
        ("about:blank", True, "allow"),
    ],
)
def test_navigation_policy(url: str, main_frame: bool, decision: str) -> None:
    assert NavigationPolicy(AUTH, CALLBACK).decide(url, main_frame) == decision


def test_no_sandbox_and_no_zygote_only_as_root_and_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    env = {"QT_QPA_PLATFORM": "xcb", webengine_env.FLAGS_ENV: "--lang=id"}
    with caplog.at_level(logging.WARNING, logger="wizard.ui.qtenv.webengine_env"):
        flags = webengine_env.configure_environment(env, as_root=True)
    assert flags.split() == ["--lang=id", "--no-sandbox", "--no-zygote"]
    assert "root" in caplog.text
    caplog.clear()
    env = {"QT_QPA_PLATFORM": "xcb"}
    with caplog.at_level(logging.WARNING, logger="wizard.ui.qtenv.webengine_env"):
        assert webengine_env.configure_environment(env, as_root=False) == ""
    assert webengine_env.FLAGS_ENV not in env and caplog.text == ""


def test_headless_flags_once() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", webengine_env.FLAGS_ENV: "--disable-gpu"}
    webengine_env.configure_environment(env, as_root=False)
    webengine_env.configure_environment(env, as_root=False)
    assert env[webengine_env.FLAGS_ENV] == "--disable-gpu"


def test_every_client_error_has_a_sentence_and_every_action_a_target() -> None:
    keys = {
        cls.key
        for cls in vars(jdid).values()
        if isinstance(cls, type) and issubclass(cls, jdid.JdidError)
    }
    missing = keys - set(FIXES) - {"jdid_error"}
    assert not missing, f"no sentence for: {sorted(missing)}"
    for key, fix in FIXES.items():
        assert fix.action in ("retry", "login", "session_only") or (
            fix.action.startswith("step:") and fix.action[5:] in step_ids()
        ), key
    assert error_key(jdid.WrongApiKey("x")) == "wrong_api_key"
    assert error_key(ValueError("x")) == "platform_error"


def test_start_up_does_not_load_qtwebengine(tmp_path) -> None:  # noqa: ANN001
    code = textwrap.dedent(
        """
        import sys
        from wizard.ui.qtenv import refcount_guard
        refcount_guard.apply()
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from wizard.app import start_wizard
        from wizard.appdata.paths import resolve_paths
        started = start_wizard(resolve_paths().ensure(), lang="en")
        assert "step14" in started.wizard.pages
        print(sorted(m for m in sys.modules if "WebEngine" in m))
        started.ctx.shutdown()
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JDID_WIZARD_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
