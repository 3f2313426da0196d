"""Practice mode's live console checks, driven like a seller: each checked step page is
locked until the practice console (changed over real HTTP, as a browser does) is right, and
"Check again" unlocks it; the console buttons open the practice consoles; step 12 fills in
from the app overview."""

from __future__ import annotations

from tests.fixtures.consoles import Browser, register_right
from wizard.ui.practice_console import console_client


def practice_at(start, step_id: str):  # noqa: ANN001, ANN201
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.sandbox is not None, timeout=15000)
    d.walk_to(step_id)
    if d.page.console_check is not None:
        d.wait_for_check()
    return d


def panel_says(d) -> str:  # noqa: ANN001
    """What the check panel says; the line under the page only points to it."""
    assert d.blocked_text() == POINTER
    return d.page.console_check.status.text()


POINTER = (
    "Above the Check again button it says what is still missing in the practice console. "
    "Next works once that is done."
)


def check_again(d) -> None:  # noqa: ANN001
    d.click(d.page.console_check.check_button)
    d.wait_for_check()


def console(d) -> Browser:  # noqa: ANN001
    b = Browser(d.ctx.sandbox)
    b.login()
    return b


def test_step_3_is_locked_until_registered_then_unlocks_by_itself(start) -> None:
    d = practice_at(start, "step03")
    assert not d.page.confirm_box.isVisible() and d.page.console_check.isVisible()
    assert not d.next_button.isEnabled()
    assert "You are not registered as a developer yet" in panel_says(d)
    b = console(d)
    register_right(b)
    b.close()
    # The seller comes back from the console and presses nothing: the page notices.
    d.qtbot.waitUntil(d.next_button.isEnabled, timeout=15000)
    assert d.blocked_text() is None
    assert d.page.console_check.status.text() == "Checked: you are registered as a developer."


def test_step_7_shows_both_names_until_they_are_the_same(start) -> None:
    d = practice_at(start, "step07")
    assert "App Name now: \u201c\u201d" in panel_says(d)
    b = console(d)
    b.post("/console/app/name", app_name="Toko Latihan Jaya")
    check_again(d)
    text = panel_says(d)
    assert "Store's name: \u201cToko Latihan\u201d" in text
    assert "App Name now: \u201cToko Latihan Jaya\u201d" in text
    b.post("/console/app/name", app_name="Toko Latihan")
    b.close()
    check_again(d)
    assert d.next_button.isEnabled()


def test_step_8_waits_for_publish(start) -> None:
    d = practice_at(start, "step08")
    assert "The app is not published yet" in panel_says(d)
    b = console(d)
    b.post("/console/app/publish")
    b.close()
    check_again(d)
    assert d.next_button.isEnabled()


def test_step_10_says_where_the_callback_url_differs(start) -> None:
    d = practice_at(start, "step10")
    ours = d.ctx.profile.callback_url
    assert "No Callback URL is saved yet" in panel_says(d)
    b = console(d)
    q1, q2 = "\u201c", "\u201d"
    for saved, words in (
        (ours + " ", "has an extra space"),
        (ours.replace("http://", "https://"), f"must start with {q1}http://{q2}, not {q1}https"),
        (ours.replace("/callback", "/callbacks"), f"{q1}/callbacks{q2} instead of {q1}/callback"),
    ):
        b.post("/console/app/setting", callback_url=saved)
        check_again(d)
        assert words in panel_says(d), saved
        assert not d.next_button.isEnabled()
    b.post("/console/app/setting", callback_url=ours)
    b.close()
    check_again(d)
    assert d.next_button.isEnabled()


def test_do_this_step_for_me_passes_the_check(start) -> None:
    d = practice_at(start, "step03")
    d.click(d.page.console_check.do_button)
    d.wait_for_check()
    assert d.next_button.isEnabled()
    # The practice console (the platform's own process) says so too, as a browser sees it.
    assert console_client(d.ctx).view().registered


def test_console_buttons_open_the_practice_consoles_in_the_wizards_language(start) -> None:
    d = start(practice=True, lang="id")
    d.qtbot.waitUntil(lambda: d.ctx.sandbox is not None, timeout=15000)
    d.walk_to("step01")
    d.click(next(b for b in d.page.link_buttons if b.objectName() == "link_seller_center"))
    assert d.opened[-1] == d.ctx.sandbox.seller_center_url + "?lang=id"
    d.walk_to("step02")
    d.click(d.page.link_buttons[0])
    assert d.opened[-1] == d.ctx.sandbox.developer_console_url + "?lang=id"


def test_real_mode_keeps_the_tick_and_the_jdid_sites(start) -> None:
    d = start()
    d.walk_to("step03")
    assert not d.page.console_check.isVisible() and d.page.confirm_box.isVisible()
    d.click(d.page.link_buttons[0])
    assert d.opened[-1] == "https://open-console.jd.id/"


def test_step_12_fills_in_from_the_practice_console(start) -> None:
    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.sandbox is not None, timeout=15000)
    d.walk_to("step12")
    button = d.page.fill_button
    assert button.isVisible() and button.text() == "Fill in from the practice console"
    d.click(button)
    account = d.ctx.practice_account
    d.qtbot.waitUntil(lambda: d.page.raw("api_key") == account.app_key, timeout=15000)
    assert d.page.raw("shop_id") == str(account.shop_id)
    assert d.page.raw("api_secret") == account.app_secret
    assert d.ctx.answers.credentials() == (
        str(account.shop_id),
        account.app_key,
        account.app_secret,
    )  # what steps 13-15 use
    assert d.next_button.isEnabled()


def test_a_reopened_practice_wizard_resumes_past_the_checked_steps(start) -> None:
    practice_at(start, "step11")  # then closed by the next start()
    d2 = start(practice=True)
    d2.qtbot.waitUntil(lambda: d2.ctx.sandbox is not None, timeout=15000)
    d2.click(d2.page.resume_button)
    assert d2.current == "step11"
    d2.back()
    assert d2.current == "step10"
    d2.wait_for_check()  # it ran again, against the console kept in the state file
    assert d2.page.console_check.passed and d2.next_button.isEnabled()


def test_practice_install_without_a_password_store_goes_on_for_this_session(start) -> None:
    import keyring
    from keyring.backends import fail

    from tests.fixtures.keyring_backend import MemoryKeyring
    from wizard.appdata import secrets

    d = start(practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.sandbox is not None, timeout=15000)
    d.walk_to("step12")
    d.click(d.page.fill_button)
    d.qtbot.waitUntil(d.next_button.isEnabled, timeout=15000)
    d.next()
    assert d.current == "step13"
    keyring.set_keyring(fail.Keyring())  # no password store at all, as on a bare computer
    try:
        d.click(d.page.install_button)
        d.qtbot.waitUntil(d.page.isComplete, timeout=15000)
        # No alarm and no extra click for practice secrets: they stay in memory, and it says so.
        assert not d.page.problem.isVisible()
        assert secrets.session_only()
        assert "this session only" in d.page.done_note.text()
    finally:
        keyring.set_keyring(MemoryKeyring())
