"""The practice Seller Center and developer console over real HTTP: every step, each mistake,
bad input, sessions, languages, and the OAuth and gateway checks reading the console."""

from __future__ import annotations

import pytest
import requests

from tests.fixtures.consoles import Browser, do_console_steps, register_right
from tests.fixtures.sandbox import login_token
from wizard.catalog.master_csv import read_master_csv
from wizard.jdid import JdidClient, authorize_url
from wizard.jdid.errors import WrongApiKey, WrongCallback
from wizard.sandbox import SandboxServer


@pytest.fixture
def fresh(make_sandbox) -> SandboxServer:
    return make_sandbox(console_ready=False)


@pytest.fixture
def browser(fresh):
    b = Browser(fresh)
    yield b
    b.close()


def _login_page(server: SandboxServer, lang: str = "en") -> requests.Response:
    url = authorize_url(server.profile, server.account.app_key, "s1") + f"&lang={lang}"
    return requests.get(url, timeout=5)


def test_a_console_page_without_login_goes_to_its_login_and_back(browser):
    browser.get("/console/app/setting")
    assert browser.page == "console-login"
    assert 'name="next" value="/console/app/setting"' in browser.last.text
    assert browser.text_of("practice-account") == (
        "Practice account: penjual@contoh.id, password latihan123."
    )
    browser.post("/console/login", email="penjual@contoh.id", password="latihan123",
                 next="/console/app/setting")  # fmt: skip
    # Not registered yet: the console sends the seller to the registration first.
    assert browser.page == "console-register"
    browser.get("/seller/shop")
    assert browser.page == "seller-login"  # each site has its own login


def test_login_refuses_a_wrong_password_and_a_redirect_elsewhere(browser):
    browser.post("/console/login", email="penjual@contoh.id", password="salah")
    assert browser.page == "console-login" and browser.error == "wrong_password"
    assert "The email or password is not right" in browser.sentences()[0]
    assert browser.value_of("email") == "penjual@contoh.id"
    r = browser.http.post(
        browser.server.base_url + "/seller/login",
        data={"email": "penjual@contoh.id", "password": "latihan123", "next": "//evil.example/"},
        allow_redirects=False,
        timeout=5,
    )
    assert r.status_code == 303 and r.headers["Location"] == "/seller/"


def test_seller_center_shows_the_shop_id_and_the_owner_record(fresh, browser):
    browser.login("seller")
    assert browser.page == "seller-shop"
    assert browser.text_of("shop-id") == str(fresh.account.shop_id)
    assert browser.text_of("shop-owner") == fresh.config.owner_name
    assert browser.text_of("shop-level") == "Qualified Seller"
    other = Browser(fresh)
    other.login("seller", fresh.config.other_seller_email, fresh.config.other_seller_password)
    assert other.text_of("shop-id") == str(fresh.config.other_shop_id)
    other.login("console", fresh.config.other_seller_email, fresh.config.other_seller_password)
    assert other.page == "console-login"
    assert fresh.config.seller_email in other.sentences()[0]
    other.close()


@pytest.mark.parametrize(
    ("field", "wrong", "sentence"),
    [
        ("name", "Sari W.", "The full name is not the one"),
        ("phone", "081299999999", "The phone number is not the one"),
        ("email", "sari@contoh.id", "The email is not the one"),
    ],
)
def test_registration_with_other_data_than_the_store_is_refused(browser, field, wrong, sentence):
    c = browser.server.config
    form = {"name": c.owner_name, "phone": c.owner_phone, "email": c.seller_email, "agree": "yes"}
    browser.login()
    browser.post("/console/register", **{**form, field: wrong})
    assert browser.page == "console-register" and browser.error == "registration_mismatch"
    assert [s for s in browser.sentences() if sentence in s]
    assert browser.value_of(f"dev-{field}") == wrong  # nothing typed is lost
    assert 'id="agree" name="agree" value="yes" checked>' in browser.last.text  # nor ticked
    assert not browser.server.console.snapshot().registered
    # The same number written the international way, other case and spacing: accepted.
    browser.post("/console/register", **{**form, "phone": "+62 812-3456-7890",
                                          "name": " sari  WULANDARI "})  # fmt: skip
    assert browser.page == "console-home"


def test_registration_needs_the_terms_ticked(browser):
    c = browser.server.config
    browser.login()
    browser.post("/console/register", name=c.owner_name, phone=c.owner_phone, email=c.seller_email)
    assert browser.error == "bad_input"
    assert "Tick the box to agree to the terms." in browser.sentences()
    assert 'id="agree" name="agree" value="yes">' in browser.last.text  # not ticked: not shown so


def test_every_console_step_then_the_real_login_and_gateway_work(fresh, browser):
    # Before anything: the wizard's login is refused, as no app has this key.
    assert 'data-error="wrong_app_key"' in _login_page(fresh).text
    browser.login()
    register_right(browser)
    assert browser.page == "console-home"
    browser.get("/console/create")  # step 4
    assert browser.page == "console-create"
    assert '<details id="seller-to-jdid">' in browser.last.text  # step 5
    assert "normal standard API" in browser.last.text
    browser.post("/console/create")  # step 6
    assert browser.page == "console-app" and browser.text_of("status") == "Not published"
    browser.post("/console/app/publish")
    assert browser.error == "no_app_name"
    assert "Type an App Name and save it" in browser.sentences()[0]
    browser.post("/console/app/name", app_name="Toko Latihan")  # step 7
    assert browser.sentences() == ["Saved."] and browser.value_of("app-name") == "Toko Latihan"
    # Published not yet: the login says so.
    assert 'data-error="app_not_published"' in _login_page(fresh).text
    browser.post("/console/app/publish")  # step 8
    assert browser.text_of("status") == "Published"
    browser.get("/console/apps")  # step 9
    assert "Toko Latihan" in browser.last.text.split('id="app-list"')[1]
    assert 'data-error="wrong_callback"' in _login_page(fresh).text  # no Callback URL yet
    browser.post("/console/app/setting", callback_url=fresh.callback_url)  # step 10
    assert browser.value_of("callback-url") == fresh.callback_url
    browser.get("/console/app/overview")  # step 12's source
    assert browser.text_of("api-key") == fresh.account.app_key
    assert browser.text_of("api-secret") == fresh.account.app_secret
    token = login_token(fresh)  # the real login pages now let the seller through
    with JdidClient(fresh.profile, fresh.account.app_key, fresh.account.app_secret, token) as c:
        assert c.list_spus(page=1, size=5).total > 0


@pytest.mark.parametrize(
    "saved",
    [
        "{cb} ",  # a trailing space
        "{cb}/",  # another path
        "https://www.forstok.com/dashboard/channels/integrations/jd/setup",
    ],
)
def test_a_wrong_callback_url_is_the_same_error_page_as_before(fresh, browser, saved):
    do_console_steps(browser, callback=saved.format(cb=fresh.callback_url))
    page = _login_page(fresh)
    assert 'data-error="wrong_callback"' in page.text
    assert fresh.callback_url in page.text  # the page says what to paste
    with pytest.raises(WrongCallback):
        login_token(fresh)


def test_http_instead_of_https_is_refused_at_login(make_sandbox):
    server = make_sandbox(console_ready=False, callback_url="https://toko.example.id/jd/setup")
    b = Browser(server)
    do_console_steps(b, callback="http://toko.example.id/jd/setup")
    assert 'data-error="wrong_callback"' in _login_page(server).text
    b.post("/console/app/setting", callback_url="https://toko.example.id/jd/setup")
    assert 'data-page="login"' in _login_page(server).text
    b.close()


def test_unpublished_app_gives_the_not_published_page(fresh, browser):
    do_console_steps(browser, publish=False)
    page = _login_page(fresh, "id")
    assert 'data-error="app_not_published"' in page.text
    assert "belum dipublikasikan" in page.text


@pytest.mark.parametrize(
    ("value", "key", "sentence"),
    [
        ("", "empty", "Fill in App Name."),
        ("   ", "empty", "Fill in App Name."),
        ("x" * 61, "too_long", "App Name is too long: at most 60 characters."),
        ("Toko\nLatihan", "control_chars", "App Name contains a character that cannot be typed"),
        ("Toko\tLatihan", "control_chars", "App Name contains a character that cannot be typed"),
    ],
)
def test_bad_app_names_are_refused_with_a_sentence(fresh, browser, value, key, sentence):
    do_console_steps(browser)
    browser.post("/console/app/name", app_name=value)
    assert browser.error == key
    assert [s for s in browser.sentences() if s.startswith(sentence)]
    assert fresh.console.snapshot().app.name == "Toko Latihan"  # the good one is kept


def test_bad_callback_urls_and_registration_fields_are_refused(fresh, browser):
    do_console_steps(browser)
    browser.post("/console/app/setting", callback_url="x" * 501)
    assert browser.error == "too_long"
    assert fresh.console.snapshot().app.callback_url == fresh.callback_url
    other = Browser(fresh)
    other.login()
    assert other.page == "console-home"  # already registered by the first browser
    other.close()
    b = Browser(fresh)
    b.get("/console/register")
    b.login()
    b.post("/console/register", name="\x00", phone="", email="a" * 101, agree="yes")
    assert b.page == "console-home"  # registered: the form is not offered again
    b.close()


def test_registration_refuses_empty_and_control_characters(browser):
    browser.login()
    browser.post("/console/register", name="Sari\x07", phone="", email="a" * 101, agree="yes")
    said = browser.sentences()
    assert "Fill in Phone number." in said
    assert "Email is too long: at most 100 characters." in said
    assert [s for s in said if s.startswith("Full name contains a character")]


def test_html_in_a_field_is_shown_as_text(fresh, browser):
    do_console_steps(browser)
    browser.post("/console/app/name", app_name='<b id="x">Toko</b><script>alert(1)</script>')
    assert "<script>" not in browser.last.text
    assert "&lt;script&gt;" in browser.last.text
    assert browser.value_of("app-name") == '<b id="x">Toko</b><script>alert(1)</script>'
    browser.get("/console/apps")
    assert "<b id=" not in browser.last.text
    page = _login_page(fresh)  # the app name on the OAuth pages is escaped too
    assert "<script>" not in page.text


def test_two_browsers_on_the_same_account_see_the_same_app(fresh):
    first, second = Browser(fresh), Browser(fresh, lang="id")
    do_console_steps(first, publish=False)
    second.login()
    second.get("/console/app")
    assert second.text_of("status") == "Belum dipublikasikan"
    first.post("/console/app/publish")
    second.get("/console/app")
    assert second.text_of("status") == "Sudah dipublikasikan"
    first.close()
    second.close()


def test_language_follows_the_query_then_the_cookie(browser):
    browser.get("/console/login", lang="id")
    assert "Masuk ke developer console" in browser.last.text
    assert browser.http.cookies.get("lang") == "id"
    browser.get("/console/login")  # the browser asks for English; the switch wins
    assert "Masuk ke developer console" in browser.last.text
    browser.get("/console/login", lang="en")
    assert "Log in to the developer console" in browser.last.text
    assert 'id="lang-id"' in browser.last.text


def test_the_console_survives_a_restart_on_another_port(make_sandbox, tmp_path):
    state = tmp_path / "sandbox.json"
    first = make_sandbox(console_ready=False, state_file=state)
    b = Browser(first)
    do_console_steps(b)
    b.close()
    cookies = b.http.cookies
    first.stop()
    second = make_sandbox(console_ready=False, state_file=state)
    assert second.base_url != first.base_url
    app = second.console.snapshot().app
    assert app is not None and app.published and app.name == "Toko Latihan"
    assert app.callback_url == second.callback_url  # the sandbox's own address moved with it
    assert "c47d29e1" not in state.read_text()  # the API Secret is never written
    again = Browser(second)
    again.http.cookies = cookies  # still logged in after the restart
    again.get("/console/app")
    assert again.page == "console-app"
    again.close()
    login_token(second)


def test_the_default_console_is_ready_and_the_knob_still_unpublishes(make_sandbox):
    server = make_sandbox()
    snap = server.console.snapshot()
    assert snap.registered and snap.app.published and snap.app.callback_url == server.callback_url
    server.configure(app_published=False)
    assert 'data-error="app_not_published"' in _login_page(server).text


def test_the_gateway_knows_no_app_before_it_is_created(fresh, sandbox_token):
    acc = fresh.account
    client = JdidClient(fresh.profile, acc.app_key, acc.app_secret, sandbox_token)
    with client, pytest.raises(WrongApiKey):
        client.list_spus(page=1, size=5)


def test_the_sample_master_list_downloads_as_csv_and_xlsx(sandbox, tmp_path):
    csv_text = requests.get(sandbox.base_url + "/practice/sample-products.csv", timeout=5).text
    assert csv_text.splitlines()[0] == "sku,name,stock,price"
    xlsx = requests.get(sandbox.base_url + "/practice/sample-products.xlsx", timeout=5)
    assert xlsx.content.startswith(b"PK")
    (tmp_path / "produk.csv").write_bytes(csv_text.encode())
    (tmp_path / "produk.xlsx").write_bytes(xlsx.content)
    from_csv = read_master_csv(tmp_path / "produk.csv")
    from_xlsx = read_master_csv(tmp_path / "produk.xlsx")
    assert not from_csv.problems and not from_xlsx.problems
    assert [(r.sku, r.stock, r.price) for r in from_csv.rows] == [
        (r.sku, r.stock, r.price) for r in from_xlsx.rows
    ]
    assert len(from_csv.rows) == len(sandbox.sample_master_rows())
