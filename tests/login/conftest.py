"""Steps 12-15 driven like a seller: the real wizard, the real QtWebEngine view, a real sandbox.

QtWebEngine set-up happens here, at import, which pytest does while collecting, before any
QApplication exists: the flags (--no-sandbox as root, --disable-gpu headless) and
AA_ShareOpenGLContexts. See wizard/ui/qtenv/webengine_env.py.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from wizard.appdata import secrets
from wizard.ui.qtenv import webengine_env

webengine_env.prepare()

from tests.ui.conftest import Driver, close  # noqa: E402 - after the QtWebEngine set-up
from wizard.app import start_wizard  # noqa: E402
from wizard.appdata.paths import resolve_paths  # noqa: E402
from wizard.sandbox import SandboxServer  # noqa: E402

# Headless Chromium (offscreen platform, no GPU) still tries an OpenGL context for the view's
# scene graph, fails, and falls back to software, saying so once per process. Harmless here
# and not reachable from configuration; only these exact messages are ignored.
WEBENGINE_HEADLESS_MESSAGES = (
    r"^QRhiGles2: Failed to create (temporary )?context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^GPUInfo not initialized on GpuInfoUpdate$",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        # (A test with its own qt_log_ignore lists these messages itself.)
        own = item.get_closest_marker("qt_log_ignore") is not None
        if item.get_closest_marker("webengine") is not None and not own:
            item.add_marker(pytest.mark.qt_log_ignore(*WEBENGINE_HEADLESS_MESSAGES))


@pytest.fixture(autouse=True)
def _fresh_secret_memory() -> Iterator[None]:
    secrets.reset_session_memory()
    yield
    secrets.reset_session_memory()


def walk_to(driver: Driver, step_id: str, store_name: str) -> None:
    """Through the guide pages (steps 1-11 belong to the shell's tests): answer, tick (or in
    practice mode "Do this step for me"), Next."""
    for _ in range(40):
        if driver.current == step_id:
            return
        page = driver.page
        if driver.current == "qualified" and page.answer() is None:
            page.set_answer("yes")
        for row in getattr(page, "copy_rows", []):
            if row.key == "store_name" and not row.value():
                row.field.setText(store_name)
                row.field.textEdited.emit(store_name)
        check = getattr(page, "console_check", None)
        box = getattr(page, "confirm_box", None)
        if check is not None and check.isVisible():  # practice mode: the quick path
            driver.do_console_step()
        elif box is not None and not box.isChecked():
            box.click()
        assert page.isComplete(), f"stuck at {driver.current}: {driver.blocked_text()}"
        driver.wizard.next()
    raise AssertionError(f"could not reach {step_id}; stuck at {driver.current}")


@dataclass
class Seller:
    """A driven wizard connected to its own sandbox (real mode, sandbox endpoints)."""

    driver: Driver
    server: SandboxServer

    @property
    def wizard(self) -> Any:
        return self.driver.wizard

    @property
    def page(self) -> Any:
        return self.driver.page

    @property
    def ctx(self) -> Any:
        return self.driver.ctx


@pytest.fixture
def seller(app_home, qtbot, make_sandbox, memory_keyring) -> Iterator[Callable[..., Seller]]:  # noqa: ANN001
    """seller(**sandbox_config) -> Seller at step 12: a wizard in real mode whose endpoint
    profile is a private sandbox with its own random API Secret."""
    drivers: list[Driver] = []

    def start(*, sent_callback: str | None = None, **config: Any) -> Seller:
        """`sent_callback`: the callback URL the wizard sends, when it should differ from
        the one registered in the (sandbox's) app settings."""
        config.setdefault("app_secret", uuid.uuid4().hex)
        server = make_sandbox(**config)
        profile = server.profile
        if sent_callback is not None:
            profile = dataclasses.replace(profile, callback_url=sent_callback)
        paths = resolve_paths().ensure()
        started = start_wizard(paths, lang="en", practice=False)
        driver = Driver(started, qtbot)
        started.ctx.url_opener = driver.opened.append
        started.wizard._confirm_close = lambda: True
        started.wizard.show()  # closed below (not by qtbot: a test may close and reopen)
        qtbot.waitExposed(started.wizard)
        # Real mode, but the endpoints are the sandbox's (as a test profile would be). The
        # wizard sets its own profile when it starts (maybe after the first paint): then ours.
        qtbot.waitUntil(lambda: started.ctx.profile is not None, timeout=5000)
        started.ctx.profile = profile
        started.ctx.profile_changed.emit(profile)
        drivers.append(driver)
        assert "step15" in started.wizard.pages  # builds any page not built yet
        walk_to(driver, "step12", server.account.shop_name)
        # Step 12 waits for the platform check (run against the sandbox since the check page).
        qtbot.waitUntil(lambda: started.ctx.reachability.ok, timeout=10_000)
        return Seller(driver, server)

    yield start
    for driver in drivers:
        close(driver)
