"""The steps table: complete, consistent with the seed, and usable without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wizard.flow.steps import (
    DEV_CONSOLE_URL,
    NUMBERED_STEPS,
    QUALIFIED_BLOG_URL,
    REAL_CALLBACK_URL,
    SELLER_CENTER_URL,
    STEPS,
    resolve_url,
    step,
    step_as_text,
)


def test_every_page_is_in_the_table_in_order() -> None:
    ids = [s.id for s in STEPS]
    assert ids == [
        "welcome",
        "qualified",
        "upgrade",
        "reach",
        *(f"step{n:02d}" for n in range(1, 18)),
        "done",
    ]
    assert [s.number for s in NUMBERED_STEPS] == list(range(1, 18))


def test_every_step_has_a_title_a_body_and_known_urls() -> None:
    for s in STEPS:
        assert s.title.strip() and s.body.strip(), s.id
        for link in s.links:
            assert resolve_url(link.url_key).startswith("https://")
        for cv in s.copy_values:
            assert cv.value_key in ("store_name", "callback_url")


def test_numbered_steps_have_their_picture_names() -> None:
    for s in NUMBERED_STEPS:
        assert s.picture == f"step{s.number:02d}.svg"
    assert step("welcome").picture == "sku-warning.svg"
    assert step("qualified").picture == step("upgrade").picture == "qualified.svg"


def test_guide_steps_confirm_and_console_steps_carry_a_practice_note() -> None:
    for n in range(1, 12):
        assert step(f"step{n:02d}").confirm
    for n in range(2, 11):
        s = step(f"step{n:02d}")
        assert s.practice_note and any(link.url_key == "dev_console" for link in s.links)
    # Seller Center too: in practice it is a window of the app, not the browser tab step 1 names.
    assert step("step01").practice_note and step("step01").links[0].url_key == "seller_center"


def test_seed_facts() -> None:
    assert SELLER_CENTER_URL == "https://seller.jd.id/"
    assert DEV_CONSOLE_URL == "https://open-console.jd.id/"
    assert REAL_CALLBACK_URL == "https://www.forstok.com/dashboard/channels/integrations/jd/setup"
    assert QUALIFIED_BLOG_URL.startswith("https://www.jd.id/blog/")
    assert "SKU code" in step("welcome").body
    assert [cv.value_key for cv in step("step07").copy_values] == ["store_name"]
    assert [cv.value_key for cv in step("step10").copy_values] == ["callback_url"]
    for word in ("Shop ID", "API Key", "API Secret"):
        assert word in step("step11").body and word in step("step12").body
    assert "Off" in step("step17").body
    assert "audit" in step("step16").body


def test_callback_url_comes_from_the_profile() -> None:
    class Profile:
        callback_url = "http://127.0.0.1:5555/callback"

    assert resolve_url("callback_url", Profile()) == "http://127.0.0.1:5555/callback"
    assert resolve_url("callback_url", None) == REAL_CALLBACK_URL
    with pytest.raises(KeyError):
        resolve_url("nowhere")


def test_step_as_text_for_a_chat_message() -> None:
    text = step_as_text(step("step07"), {"store_name": "Toko A"}, translate=lambda t: t)
    assert text.splitlines()[0] == "Step 7 of 17: Name the app after your store"
    assert "App Name (your store's name): Toko A" in text
    assert text.endswith("When it is done: I entered my store's name as the App Name")


def test_the_table_loads_without_qt() -> None:
    code = (
        "import sys, wizard.flow.steps as s; s.step_as_text(s.step('step10'), translate=str);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
