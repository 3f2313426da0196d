"""Pages built a part per event-loop turn after the first paint (BasePage.build_in_parts):
whatever the seller does meanwhile, a page is whole before it can be seen."""

from __future__ import annotations

import pytest

from wizard.ui import window


@pytest.fixture
def held_builder(monkeypatch):  # noqa: ANN001, ANN201
    """The window's after-paint builder waits a minute between pieces: the test takes its
    turns itself (`turn_until`), so it can stop with a page half built."""
    monkeypatch.setattr(window, "BUILD_STEP_PAUSE_MS", 60_000)

    def turn_until(driver, cond) -> None:  # noqa: ANN001
        wizard = driver.wizard
        driver.qtbot.waitUntil(lambda: len(wizard._pages) > 1, timeout=15000)  # its first piece
        for _ in range(200):
            if cond(wizard):
                return
            wizard._core_loaded()
        raise AssertionError("the builder never got there")

    return turn_until


def _half_built(step_id: str):  # noqa: ANN202
    def cond(wizard) -> bool:  # noqa: ANN001
        page = wizard._pages.get(step_id)
        return page is not None and not page.built

    return cond


def test_next_reaches_only_whole_pages(start, held_builder) -> None:
    d = start()
    held_builder(d, _half_built("step12"))
    assert d.wizard.built_page("step12") is None  # not whole yet, so not handed out
    d.walk_to("step12")
    page = d.page
    assert page.built and d.wizard.built_page("step12") is page
    assert page.fields["shop_id"].label.text() == "&Shop ID:"
    assert page.fields["api_key"].edit.isVisible()


def test_the_side_panel_and_a_language_switch_meanwhile(start, held_builder) -> None:
    d = start()
    held_builder(d, _half_built("step16"))
    d.wizard.language_requested.emit("id")  # the half-built page sets its texts at the end
    d.qtbot.wait(20)  # the LanguageChange events reach the pages
    assert not d.wizard._pages["step16"].built
    d.wizard.side_panel.jump_requested.emit("welcome")  # any jump builds every page first
    assert all(page.built for page in d.wizard._pages.values())
    page = d.wizard.built_page("step16")
    assert page.start_button.text() and page.start_button.text() != "&Start import"


def test_a_restored_place_is_whole(start, held_builder) -> None:
    d = start()
    d.walk_to("step12")
    d2 = start()
    held_builder(d2, _half_built("step12"))
    d2.click(d2.page.resume_button)
    assert d2.current == "step12" and d2.page.built
    assert d2.page.fields["api_key"].edit.isVisible()
