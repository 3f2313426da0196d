"""The login and consent pages, and the error pages a seller may meet, in both languages."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.fixtures.sandbox import login_redirect
from wizard.jdid import authorize_url, new_state, sandbox_profile


def get(url: str, **kw) -> requests.Response:
    return requests.get(url, timeout=5, **kw)


def flow(server, **over) -> dict[str, str]:
    acc = server.account
    base = {
        "app_key": acc.app_key,
        "response_type": "code",
        "redirect_uri": acc.callback_url,
        "state": "s1",
        "scope": "snsapi_base",
    }
    return {**base, **over}


def test_login_page_is_a_real_form(sandbox):
    page = get(authorize_url(sandbox.profile, sandbox.account.app_key, "s1") + "&lang=en")
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    for marker in (
        'data-page="login"',
        'id="email"',
        'id="password"',
        'id="login"',
        'action="/oauth2/login"',
        sandbox.account.app_name,
        "#e1251b",
    ):
        assert marker in page.text
    assert "Log in" in page.text


@pytest.mark.parametrize(
    ("query", "header", "word"),
    [
        ("&lang=id", None, "Kata sandi"),
        ("&lang=en", "id-ID", "Password"),
        ("", "id-ID,id;q=0.9", "Kata sandi"),
        ("", "en-US,en;q=0.9", "Password"),
        ("", None, "Kata sandi"),
    ],
)
def test_language_from_query_or_browser(sandbox, query, header, word):
    headers = {"Accept-Language": header} if header else {}
    url = authorize_url(sandbox.profile, sandbox.account.app_key, "s1") + query
    assert word in get(url, headers=headers).text


def test_wrong_password_shows_the_form_again_with_a_plain_message(sandbox):
    form = {
        **flow(sandbox),
        "email": sandbox.account.seller_email,
        "password": "salah",
        "lang": "en",
    }
    page = requests.post(f"{sandbox.base_url}/oauth2/login", data=form, timeout=5)
    assert page.status_code == 200
    assert 'data-error="wrong_password"' in page.text
    assert "email or password is not right" in page.text
    assert f'value="{sandbox.account.seller_email}"' in page.text  # typed email kept


def test_wrong_callback_page_names_the_registered_url(sandbox):
    params = flow(
        sandbox, redirect_uri="https://www.forstok.com/dashboard/channels/integrations/jd/setup"
    )
    page = get(sandbox.profile.authorize_url, params={**params, "lang": "en"})
    assert page.status_code == 400
    assert 'data-error="wrong_callback"' in page.text
    assert sandbox.account.callback_url in page.text
    assert "App Setting" in page.text and "step 10" in page.text


def test_unknown_app_key(sandbox):
    page = get(sandbox.profile.authorize_url, params=flow(sandbox, app_key="NOPE"))
    assert 'data-error="wrong_app_key"' in page.text


def test_app_not_published(make_sandbox):
    server = make_sandbox(app_published=False)
    page = get(server.profile.authorize_url, params={**flow(server), "lang": "id"})
    assert 'data-error="app_not_published"' in page.text
    assert "belum dipublikasikan" in page.text


def test_basic_seller_is_stopped_after_the_password(make_sandbox):
    server = make_sandbox(qualified=False)
    acc = server.account
    form = {
        **flow(server),
        "email": acc.seller_email,
        "password": acc.seller_password,
        "lang": "en",
    }
    page = requests.post(f"{server.base_url}/oauth2/login", data=form, timeout=5)
    assert page.status_code == 403
    assert 'data-error="not_qualified"' in page.text
    assert "Qualified Seller" in page.text


def test_consent_names_the_app_and_the_shop(sandbox):
    acc = sandbox.account
    form = {**flow(sandbox), "email": acc.seller_email.upper(), "password": acc.seller_password}
    page = requests.post(f"{sandbox.base_url}/oauth2/login", data=form, timeout=5)
    assert 'data-page="consent"' in page.text
    assert 'id="allow"' in page.text and 'id="deny"' in page.text
    assert acc.shop_name in page.text and str(acc.shop_id) in page.text


def test_allow_and_deny_redirect_to_the_callback(sandbox):
    state = new_state()
    allow = urlsplit(login_redirect(sandbox, state))
    assert f"{allow.scheme}://{allow.netloc}{allow.path}" == sandbox.account.callback_url
    assert parse_qs(allow.query)["state"] == [state] and parse_qs(allow.query)["code"]
    deny = parse_qs(urlsplit(login_redirect(sandbox, state, decision="deny")).query)
    assert deny == {"error": ["access_denied"], "state": [state]}


def test_tampered_ticket_is_an_expired_page(sandbox):
    form = {**flow(sandbox), "ticket": "abc.def", "decision": "allow"}
    page = requests.post(
        f"{sandbox.base_url}/oauth2/authorize", data=form, timeout=5, allow_redirects=False
    )
    assert 'data-error="expired"' in page.text


def test_values_are_escaped(sandbox):
    page = get(sandbox.profile.authorize_url, params=flow(sandbox, state='"><script>x</script>'))
    assert "<script>x</script>" not in page.text


def test_callback_and_index_pages(sandbox):
    assert 'data-page="callback"' in get(sandbox.account.callback_url + "?code=x&state=y").text
    index = get(sandbox.base_url + "/?lang=en").text
    acc = sandbox.account
    for value in (
        acc.seller_email,
        acc.seller_password,
        str(acc.shop_id),
        acc.app_key,
        acc.app_secret,
        acc.callback_url,
    ):
        assert value in index


def test_sandbox_profile_paths(sandbox):
    p = sandbox.profile
    assert p == sandbox_profile(sandbox.base_url)
    assert p.authorize_url == f"{sandbox.base_url}/oauth2/to_login"
    assert p.login_host == p.callback_host == urlsplit(sandbox.base_url).netloc
