"""A mistake the seller leaves in the practice developer console (done over real HTTP, as a
browser would) is caught at the login exactly as before: the same error page, the same
problem on step 14, and its button leads to the step that fixes it."""

from __future__ import annotations

import pytest

from tests.fixtures.consoles import Browser, do_console_steps
from tests.login import helpers as h

pytestmark = pytest.mark.webengine


@pytest.mark.parametrize(
    ("mistake", "key", "target"),
    [
        ({"callback": " "}, "wrong_callback", "step10"),  # a trailing space
        ({"publish": False}, "app_not_published", "step08"),
    ],
    ids=["callback_with_a_space", "not_published"],
)
def test_a_mistake_left_in_the_console_is_caught_at_login(seller, mistake, key, target) -> None:  # noqa: ANN001
    s = seller(console_ready=False)
    b = Browser(s.server)
    callback = s.server.callback_url + mistake.get("callback", "")
    do_console_steps(b, callback=callback, publish=mistake.get("publish", True))
    b.close()
    h.fill_credentials(s)
    s.driver.next()
    h.install(s)
    s.driver.next()
    h.start_login(s)
    s.driver.qtbot.waitUntil(lambda: s.page.problem.key == key, timeout=h.WAIT_MS)
    assert s.page.problem.isVisible()
    s.driver.click(s.page.problem.action)
    assert s.driver.current == target
