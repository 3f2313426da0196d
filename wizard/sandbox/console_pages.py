"""HTML of the practice Seller Center and developer console: plain HTML and CSS, no script,
no outside files. Every value is escaped. <body> carries data-page (and data-error when a
form was refused) and the controls have stable ids, for the tests and support staff.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from wizard.sandbox.console_state import MAX_LENGTH, MAX_LENGTH_DEFAULT, ConsoleApp
from wizard.sandbox.console_texts import TEXT

# The colours of our step pictures: a dark top bar with the red mark, white cards.
_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
margin:0;background:#eceff3;color:#1f2329;font-size:16px;line-height:1.45}
.bar{background:#262a33;color:#fff;display:flex;align-items:center;gap:16px;padding:10px 24px}
.mark{color:#e1251b;font-weight:700;font-size:20px}.site{font-weight:600}
.bar .right{margin-left:auto;display:flex;gap:12px;font-size:14px}
.bar a{color:#dfe3ea}
.note{background:#fff4e5;color:#6b4a00;padding:6px 24px;font-size:14px}
.wrap{display:flex;gap:20px;max-width:980px;margin:24px auto;padding:0 16px}
nav{width:200px;flex:none}nav a{display:block;padding:8px 12px;border-radius:8px;color:#2f343d;
text-decoration:none}nav a.on{background:#fff;font-weight:600;border-left:4px solid #e1251b}
main{flex:1;background:#fff;border:1px solid #d5d9df;border-radius:12px;padding:24px 28px}
main.narrow{max-width:460px;margin:32px auto;flex:none;width:100%}
h1{font-size:22px;margin:0 0 12px}
label{display:block;margin:14px 0 4px;font-weight:600}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=url]{
width:100%;padding:10px;font-size:16px;border:1px solid #bbb;border-radius:8px;font-family:inherit}
label.tick{font-weight:400;display:flex;gap:8px;align-items:flex-start}
button{font-size:16px;padding:9px 20px;border-radius:8px;border:1px solid #e1251b;cursor:pointer;
margin-top:16px;font-family:inherit;background:#e1251b;color:#fff}
button.secondary{background:#fff;color:#e1251b}
.error{background:#fdecea;border-left:4px solid #dc2626;padding:10px 12px;margin:12px 0}
.ok{background:#eaf7ee;border-left:4px solid #16a34a;padding:10px 12px;margin:12px 0}
.hint{color:#5b6470;font-size:14px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}dt{font-weight:600}
dd{margin:0;word-break:break-all}code{background:#f0f2f5;padding:2px 6px;border-radius:4px}
details{border:1px solid #d5d9df;border-radius:8px;margin:12px 0;padding:8px 12px}
summary{cursor:pointer;font-weight:600}
.row{display:flex;align-items:center;gap:16px;border-top:1px solid #e4e7eb;padding:8px 0}
.row div{flex:1}.row button{margin:0}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:8px;
border-bottom:1px solid #e4e7eb}
.status-on{color:#16a34a;font-weight:600}.status-off{color:#d97706;font-weight:600}
"""

SITES = {"seller": ("/seller", "seller_brand"), "console": ("/console", "console_brand")}


def t(lang: str, key: str, **values: object) -> str:
    """A text of the consoles, escaped for HTML (values are escaped with it)."""
    text = TEXT[lang][key]
    return escape(text.format(**values) if values else text)


def input_error(lang: str, field_name: str, key: str) -> str:
    """The sentence for a refused form value (console_state.InputRefused's keys)."""
    label = TEXT[lang][f"field.{field_name}"]
    limit = MAX_LENGTH.get(field_name, MAX_LENGTH_DEFAULT)
    return t(lang, f"input.{key}", field=label, max=limit)


def page(
    lang: str,
    site: str,
    page_id: str,
    title: str,
    content: str,
    *,
    nav: Sequence[tuple[str, str]] = (),
    current: str = "",
    logged_in: bool = False,
    path: str = "",
    error: str = "",
) -> str:
    """One page of a console: bar, practice note, side navigation, the card."""
    base, brand = SITES[site]
    switch = " ".join(
        f'<a href="{escape(path or base + "/")}?lang={code}" id="lang-{code}" hreflang="{code}">'
        f"{name}</a>"
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English"))
    )
    logout = f'<a href="{base}/logout" id="logout">{t(lang, "logout")}</a>' if logged_in else ""
    links = "".join(
        f'<a href="{href}"{" class=on" if href == current else ""}>{label}</a>'
        for href, label in nav
    )
    attrs = f' data-page="{page_id}"' + (f' data-error="{escape(error)}"' if error else "")
    main = f'<main class="narrow">{content}</main>' if not nav else f"<main>{content}</main>"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} - {t(lang, brand)}</title><style>{_CSS}</style></head><body{attrs}>"
        f'<div class="bar"><span class="mark">JD.ID</span><span class="site">{t(lang, brand)}'
        f'</span><span class="right">{switch}{logout}</span></div>'
        f'<div class="note">{t(lang, "practice")}</div>'
        f'<div class="wrap">{f"<nav>{links}</nav>" if nav else ""}{main}</div></body></html>'
    )


def errors_html(sentences: Sequence[str]) -> str:
    """Refusals, each already escaped."""
    return "".join(f'<div class="error">{s}</div>' for s in sentences)


def field_html(field_id: str, name: str, label: str, value: str = "", kind: str = "text") -> str:
    # No `required`/`maxlength` limits on purpose: the server's sentence is what the seller
    # should meet (and a browser's own bubble is not in our words).
    return (
        f'<label for="{field_id}">{label}</label>'
        f'<input type="{kind}" id="{field_id}" name="{name}" value="{escape(value)}">'
    )


def login_page(
    lang: str, site: str, next_path: str, email: str, errors: Sequence[str], account: str
) -> str:
    """`account`: the practice account line (already escaped), so nobody has to look it up."""
    base = SITES[site][0]
    title = t(lang, f"{site}_login_title")
    content = (
        f"<h1>{title}</h1><p>{t(lang, 'login_intro')}</p>"
        f'<p class="hint" id="practice-account">{account}</p>{errors_html(errors)}'
        f'<form method="post" action="{base}/login" id="login-form">'
        f'<input type="hidden" name="next" value="{escape(next_path)}">'
        + field_html("email", "email", t(lang, "email"), email, "email")
        + field_html("password", "password", t(lang, "password"), "", "password")
        + f'<button type="submit" id="login">{t(lang, "login")}</button></form>'
    )
    error = "wrong_password" if errors else ""
    return page(lang, site, f"{site}-login", title, content, path=f"{base}/login", error=error)


def seller_nav(lang: str) -> list[tuple[str, str]]:
    return [("/seller/shop", t(lang, "nav.shop"))]


def shop_page(lang: str, shop: Mapping[str, str]) -> str:
    title = t(lang, "shop_title")
    rows = "".join(
        f'<dt>{t(lang, "shop." + key)}</dt><dd id="shop-{key}">{escape(shop[key])}</dd>'
        for key in ("name", "id", "level", "owner", "phone", "email")
    )
    content = (
        f"<h1>{title}</h1><dl>{rows}</dl>"
        f'<p class="hint">{t(lang, "shop.id_hint")}</p>'
        f'<p class="hint">{t(lang, "shop.owner_hint")}</p>'
        f"<p>{t(lang, 'shop.samples')} "
        '<a href="/practice/sample-products.csv" id="sample-csv">CSV</a> · '
        '<a href="/practice/sample-products.xlsx" id="sample-xlsx">Excel (.xlsx)</a></p>'
    )
    nav = seller_nav(lang)
    return page(
        lang, "seller", "seller-shop", title, content, nav=nav, current="/seller/shop",
        logged_in=True, path="/seller/shop",
    )  # fmt: skip


def console_nav(lang: str) -> list[tuple[str, str]]:
    return [("/console/", t(lang, "nav.home")), ("/console/apps", t(lang, "nav.apps"))]


def console_page(
    lang: str, page_id: str, title: str, content: str, path: str, error: str = ""
) -> str:
    current = "/console/apps" if path.startswith("/console/app") else "/console/"
    return page(
        lang, "console", page_id, title, content, nav=console_nav(lang), current=current,
        logged_in=True, path=path, error=error,
    )  # fmt: skip


def register_page(lang: str, values: Mapping[str, str], errors: Sequence[str], error: str) -> str:
    title = t(lang, "register_title")
    content = (
        f"<h1>{title}</h1><p>{t(lang, 'register_intro')}</p>{errors_html(errors)}"
        '<form method="post" action="/console/register" id="register-form">'
        + field_html("dev-name", "name", t(lang, "field.name"), values.get("name", ""))
        + field_html("dev-phone", "phone", t(lang, "field.phone"), values.get("phone", ""), "tel")
        + field_html("dev-email", "email", t(lang, "field.email"), values.get("email", ""), "email")
        + '<label class="tick"><input type="checkbox" id="agree" name="agree" value="yes"'
        + (" checked" if values.get("agree") == "yes" else "")
        + ">"
        f"{t(lang, 'agree')}</label>"
        f'<button type="submit" id="register">{t(lang, "register")}</button></form>'
    )
    return console_page(lang, "console-register", title, content, "/console/register", error)


def _app_label(lang: str, app: ConsoleApp) -> str:
    return escape(app.name) if app.name.strip() else t(lang, "no_name")


def home_page(lang: str, developer_name: str, app: ConsoleApp | None) -> str:
    title = t(lang, "home_title")
    mine = (
        f'<p>{t(lang, "your_app")} <a href="/console/app" id="open-app">{_app_label(lang, app)}'
        "</a></p>"
        if app
        else ""
    )
    content = (
        f"<h1>{title}</h1><p>{t(lang, 'registered_as', name=developer_name)}</p>{mine}"
        f'<form method="get" action="/console/create"><button type="submit" id="create-app">'
        f"{t(lang, 'create_app')}</button></form>"
    )
    return console_page(lang, "console-home", title, content, "/console/")


def create_page(lang: str) -> str:
    title = t(lang, "create_title")
    content = (
        f"<h1>{title}</h1><p>{t(lang, 'create_intro')}</p>"
        f'<details id="seller-to-jdid"><summary>{t(lang, "group_seller")}</summary>'
        f'<div class="row"><div><strong>{t(lang, "standard_api")}</strong><br>'
        f'<span class="hint">{t(lang, "standard_api_note")}</span></div>'
        '<form method="post" action="/console/create">'
        f'<button type="submit" id="create-standard">{t(lang, "create_app")}</button></form>'
        "</div></details>"
        f'<details id="isv-to-jdid"><summary>{t(lang, "group_isv")}</summary>'
        f'<p class="hint">{t(lang, "group_isv_note")}</p></details>'
    )
    return console_page(lang, "console-create", title, content, "/console/create")


def app_page(lang: str, app: ConsoleApp, name_value: str, notes: Sequence[str], error: str) -> str:
    """The app's own page: App Name (step 7) and Publish App (step 8)."""
    title = t(lang, "app_title")
    status = (
        f'<span class="status-on" id="status">{t(lang, "published")}</span>'
        if app.published
        else f'<span class="status-off" id="status">{t(lang, "not_published")}</span>'
    )
    publish = (
        f'<div class="ok">{t(lang, "published_note")}</div>'
        if app.published
        else '<form method="post" action="/console/app/publish">'
        f'<button type="submit" id="publish">{t(lang, "publish")}</button></form>'
    )
    content = (
        f"<h1>{title}</h1>{notes_html(notes, error)}"
        '<form method="post" action="/console/app/name" id="name-form">'
        + field_html("app-name", "app_name", t(lang, "field.app_name"), name_value)
        + f'<button type="submit" id="save-name" class="secondary">{t(lang, "save")}</button>'
        f"</form><p>{t(lang, 'status')}: {status}</p>{publish}"
        f'<p><a href="/console/app/setting">{t(lang, "app_setting")}</a> · '
        f'<a href="/console/app/overview">{t(lang, "overview")}</a></p>'
    )
    return console_page(lang, "console-app", title, content, "/console/app", error)


def notes_html(notes: Sequence[str], error: str) -> str:
    """A refusal (when `error`) or a confirmation such as "Saved."."""
    css = "error" if error else "ok"
    return "".join(f'<div class="{css}" id="note">{n}</div>' for n in notes)


def apps_page(lang: str, app: ConsoleApp | None) -> str:
    title = t(lang, "apps_title")
    if app is None:
        body = f'<p id="app-list">{t(lang, "apps_none")}</p>'
    else:
        state = t(lang, "published" if app.published else "not_published")
        body = (
            f'<table id="app-list"><tr><th>{t(lang, "field.app_name")}</th>'
            f"<th>{t(lang, 'status')}</th><th></th></tr>"
            f'<tr><td><a href="/console/app">{_app_label(lang, app)}</a></td><td>{state}</td>'
            f'<td><a href="/console/app/setting" id="open-setting">{t(lang, "app_setting")}</a> · '
            f'<a href="/console/app/overview" id="open-overview">{t(lang, "overview")}</a></td>'
            "</tr></table>"
        )
    return console_page(lang, "console-apps", title, f"<h1>{title}</h1>{body}", "/console/apps")


def setting_page(lang: str, value: str, notes: Sequence[str], error: str) -> str:
    title = t(lang, "setting_title")
    content = (
        f"<h1>{title}</h1><p>{t(lang, 'setting_intro')}</p>{notes_html(notes, error)}"
        '<form method="post" action="/console/app/setting" id="setting-form">'
        + field_html("callback-url", "callback_url", t(lang, "field.callback_url"), value, "url")
        + f'<button type="submit" id="save-callback">{t(lang, "save")}</button></form>'
    )
    return console_page(lang, "console-setting", title, content, "/console/app/setting", error)


def overview_page(lang: str, app: ConsoleApp) -> str:
    title = t(lang, "overview_title")
    content = (
        f"<h1>{title}</h1><dl>"
        f"<dt>{t(lang, 'field.app_name')}</dt><dd>{_app_label(lang, app)}</dd>"
        f'<dt>{t(lang, "api_key")}</dt><dd><code id="api-key">{escape(app.app_key)}</code></dd>'
        f'<dt>{t(lang, "api_secret")}</dt><dd><details id="reveal-secret"><summary>'
        f'{t(lang, "show_secret")}</summary><code id="api-secret">{escape(app.app_secret)}'
        "</code></details></dd></dl>"
        f'<p class="hint">{t(lang, "overview_hint")}</p>'
    )
    return console_page(lang, "console-overview", title, content, "/console/app/overview")


def message_page(lang: str, site: str, key: str, path: str) -> str:
    """A console page that cannot show yet ("register first", "create an app first")."""
    title = t(lang, key)
    content = f'<div class="error" id="note">{title}</div>'
    if site == "console":
        return console_page(lang, "console-message", title, content, path, error=key)
    return page(lang, site, f"{site}-message", title, content, path=path, error=key)
