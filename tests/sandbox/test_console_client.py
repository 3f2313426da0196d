"""The wizard's live checks of the practice console (wizard.sandbox.console_client) over real
HTTP: each checked step fails with its reason until the console is right, "do this step for
me" makes it pass, and the overview's credentials log in for real."""

from __future__ import annotations

import pytest

from tests.fixtures.consoles import Browser, do_console_steps
from tests.fixtures.sandbox import login_token
from wizard.flow import problems
from wizard.jdid.errors import AppNotPublished, WrongApiKey, WrongCallback
from wizard.sandbox.console_client import (
    CHECKED_STEPS,
    ConsoleClient,
    ConsoleUnavailable,
    callback_difference,
)

CB = "https://www.forstok.com/dashboard/channels/integrations/jd/setup"


def client_of(server, **kw) -> ConsoleClient:
    acc = server.account
    return ConsoleClient(server.base_url, acc.seller_email, acc.seller_password, **kw)


@pytest.mark.parametrize(
    ("saved", "key", "expected", "actual"),
    [
        (CB, None, None, None),
        ("", "callback_missing", CB, ""),
        (CB + " ", "callback_spaces", CB, CB + " "),
        ("\u00a0" + CB, "callback_spaces", CB, "\u00a0" + CB),
        (CB.replace("https", "http"), "callback_scheme", "https://", "http://"),
        (CB.replace("www.forstok.com", "forstok.com"), "callback_host", "www.forstok.com",
         "forstok.com"),
        (CB.rsplit("/", 1)[0], "callback_path", "/dashboard/channels/integrations/jd/setup",
         "/dashboard/channels/integrations/jd"),
        (CB + "?x=1", "callback_path", "/dashboard/channels/integrations/jd/setup",
         "/dashboard/channels/integrations/jd/setup?x=1"),
    ],
)  # fmt: skip
def test_callback_difference_says_where(saved, key, expected, actual):
    diff = callback_difference(saved, CB)
    if key is None:
        assert diff is None
    else:
        assert diff == (key, expected, actual)
        assert problems.known(key, problems.CONSOLE)
        assert problems.fix_step(key) == "step10"


def test_each_checked_step_is_locked_until_the_console_is_right(make_sandbox):
    server = make_sandbox(console_ready=False)
    client = client_of(server)
    assert {s: client.check(s).reason for s in CHECKED_STEPS} == dict.fromkeys(
        CHECKED_STEPS, "not_registered"
    )
    assert problems.fix_step("not_registered") == "step03"
    b = Browser(server)
    do_console_steps(b, callback=server.callback_url + " ", publish=False)
    b.post("/console/app/name", app_name="Toko Latihan Jaya")
    assert client.check("step03").passed and client.check("step06").passed
    name = client.check("step07")
    assert (name.passed, name.reason) == (False, "name_differs")
    assert name.values == {"expected": "Toko Latihan", "actual": "Toko Latihan Jaya"}
    assert client.check("step08").reason == "not_published"
    assert client.check("step10").reason == "callback_spaces"
    # The seller fixes each in the console; "Check again" passes.
    b.post("/console/app/name", app_name="Toko Latihan")
    b.post("/console/app/publish")
    b.post("/console/app/setting", callback_url=server.callback_url)
    assert all(client.check(s).passed for s in CHECKED_STEPS)
    b.close()


@pytest.mark.parametrize("step_id", CHECKED_STEPS)
def test_do_this_step_for_me_makes_the_check_pass(make_sandbox, step_id, tmp_path):
    server = make_sandbox(console_ready=False, state_file=tmp_path / "s.json")
    client = client_of(server)
    assert not client.check(step_id).passed
    client.do_step(step_id)
    assert client.check(step_id).passed
    assert '"console"' in (tmp_path / "s.json").read_text()  # kept for the next start
    # The steps before it that it needs are done too; later ones are not.
    later = CHECKED_STEPS[CHECKED_STEPS.index(step_id) + 1 :]
    if step_id != "step07" and later:  # step 7 names the app, so 8 and 10 still fail
        assert not client.check(later[-1]).passed


def test_a_wrong_callback_left_in_the_console_is_still_caught_at_login(make_sandbox):
    server = make_sandbox(console_ready=False)
    client = client_of(server)
    for step_id in CHECKED_STEPS[:-1]:
        client.do_step(step_id)
    assert client.check("step10").reason == "callback_missing"
    with pytest.raises(WrongCallback):
        login_token(server)
    client.do_step("step10")
    login_token(server)


def test_the_practice_login_names_the_console_mistake(make_sandbox):
    server = make_sandbox(console_ready=False)
    client = client_of(server)
    with pytest.raises(WrongApiKey):  # no app yet
        login_token(server)
    client.do_step("step07")
    with pytest.raises(AppNotPublished):
        login_token(server)


def test_credentials_come_from_the_app_overview(make_sandbox):
    server = make_sandbox(console_ready=False)
    client = client_of(server)
    with pytest.raises(ConsoleUnavailable) as caught:
        client.credentials()
    assert caught.value.key == "console_unexpected"
    client.do_step("step10")
    creds = client.credentials()
    assert (creds.shop_id, creds.api_key, creds.api_secret) == (
        str(server.account.shop_id),
        server.account.app_key,
        server.account.app_secret,
    )
    assert server.account.app_secret not in repr(creds)


def test_a_wrong_password_or_a_stopped_platform_is_a_keyed_failure(make_sandbox):
    server = make_sandbox()
    acc = server.account
    wrong = ConsoleClient(server.base_url, acc.seller_email, "salah")
    assert wrong.check("step03").reason == "console_unexpected"
    client = client_of(server, timeout_s=2)
    assert client.check("step03").passed
    server.stop()
    assert client.check("step03").reason == "console_unreachable"
