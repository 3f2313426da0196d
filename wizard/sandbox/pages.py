"""The sandbox's login, consent and error pages: plain HTML a seller can read, in two languages.

The language comes from `lang` (id/en) or the browser's Accept-Language; Bahasa Indonesia
when neither says. Every error page carries `data-error` on <body> so the wizard knows which
error it is; form fields have stable ids (#email, #password, #login, #allow, #deny).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

TEXT: Mapping[str, Mapping[str, str]] = {
    "en": {
        "brand": "JD.ID Sandbox (practice)",
        "practice": "This is the practice sandbox. Nothing here touches a real store.",
        "login_title": "Log in to authorize {app}",
        "login_intro": "Log in with your JD.ID seller account email and password.",
        "email": "Email",
        "password": "Password",
        "login": "Log in",
        "wrong_password": "The email or password is not right. Check both and try again.",
        "consent_title": "Allow {app} to manage your shop?",
        "consent_intro": (
            "The app {app} asks to read your products and to update stock, prices and "
            "listings of the shop {shop} (Shop ID {shop_id})."
        ),
        "allow": "Allow",
        "deny": "Do not allow",
        "error_title": "The login cannot continue",
        "what_to_do": "What to do",
        "back": "Close this page and start the login again from the wizard.",
        "wrong_app_key.what": "No app with this API Key exists.",
        "wrong_app_key.fix": (
            "Check the API Key you typed in step 12: copy it again from App overview in "
            "the developer console."
        ),
        "app_not_published.what": "The app {app} is not published yet.",
        "app_not_published.fix": (
            "Open the developer console, open your app and publish it (step 8). Then log in again."
        ),
        "wrong_callback.what": (
            "The callback URL of this login is not the Callback URL saved in the app's settings."
        ),
        "wrong_callback.fix": (
            "In the developer console open App Management, then App Setting, and paste "
            "exactly this Callback URL (step 10):"
        ),
        "not_qualified.what": (
            "The shop {shop} is a Basic Seller. The Open API is for Qualified Sellers only."
        ),
        "not_qualified.fix": (
            "Upgrade the shop to Qualified Seller in Seller Center, then log in again."
        ),
        "bad_request.what": "The login link is incomplete or damaged.",
        "bad_request.fix": "Start the login again from the wizard.",
        "expired.what": "This login page has been open too long.",
        "expired.fix": "Start the login again from the wizard.",
        "callback_title": "Login finished",
        "callback_body": (
            "Copy the address of this page from your browser's address bar, paste it into "
            "the wizard (step 14) and click Continue there. Then you can close this page."
        ),
        "index_title": "JD.ID practice sandbox",
        "index_intro": "Use this practice account in the wizard:",
        "index_consoles": "Practice consoles:",
    },
    "id": {
        "brand": "Sandbox JD.ID (latihan)",
        "practice": "Ini sandbox latihan. Tidak ada yang mengubah toko sungguhan.",
        "login_title": "Masuk untuk memberi izin kepada {app}",
        "login_intro": "Masuk dengan email dan kata sandi akun penjual JD.ID Anda.",
        "email": "Email",
        "password": "Kata sandi",
        "login": "Masuk",
        "wrong_password": "Email atau kata sandi salah. Periksa keduanya lalu coba lagi.",
        "consent_title": "Izinkan {app} mengelola toko Anda?",
        "consent_intro": (
            "Aplikasi {app} meminta izin membaca produk Anda serta memperbarui stok, harga, "
            "dan status tayang produk di {shop} (Shop ID {shop_id})."
        ),
        "allow": "Izinkan",
        "deny": "Jangan izinkan",
        "error_title": "Proses masuk tidak dapat dilanjutkan",
        "what_to_do": "Yang perlu dilakukan",
        "back": "Tutup halaman ini dan mulai masuk lagi dari wizard.",
        "wrong_app_key.what": "Tidak ada aplikasi dengan API Key ini.",
        "wrong_app_key.fix": (
            "Periksa API Key yang Anda isi di langkah 12: salin lagi dari App overview di "
            "developer console."
        ),
        "app_not_published.what": "Aplikasi {app} belum dipublikasikan.",
        "app_not_published.fix": (
            "Buka developer console, buka aplikasi Anda lalu publikasikan (langkah 8). "
            "Setelah itu masuk lagi."
        ),
        "wrong_callback.what": (
            "Callback URL proses masuk ini tidak sama dengan Callback URL di pengaturan aplikasi."
        ),
        "wrong_callback.fix": (
            "Di developer console buka App Management, lalu App Setting, dan tempel persis "
            "Callback URL ini (langkah 10):"
        ),
        "not_qualified.what": (
            "Toko {shop} masih Basic Seller. Open API hanya untuk Qualified Seller."
        ),
        "not_qualified.fix": (
            "Tingkatkan toko menjadi Qualified Seller di Seller Center, lalu masuk lagi."
        ),
        "bad_request.what": "Tautan masuk tidak lengkap atau rusak.",
        "bad_request.fix": "Mulai masuk lagi dari wizard.",
        "expired.what": "Halaman masuk ini terlalu lama terbuka.",
        "expired.fix": "Mulai masuk lagi dari wizard.",
        "callback_title": "Proses masuk selesai",
        "callback_body": (
            "Salin alamat halaman ini dari kolom alamat browser, tempel di wizard (langkah 14), "
            "lalu klik Lanjutkan di sana. Setelah itu halaman ini boleh ditutup."
        ),
        "index_title": "Sandbox latihan JD.ID",
        "index_intro": "Gunakan akun latihan ini di wizard:",
        "index_consoles": "Konsol latihan:",
    },
}

ERROR_KEYS = (
    "wrong_app_key",
    "app_not_published",
    "wrong_callback",
    "not_qualified",
    "bad_request",
    "expired",
)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
background:#f5f5f5;color:#222;font-size:15px;line-height:1.45}
header{background:#e1251b;color:#fff;padding:8px 24px;font-weight:600;font-size:17px}
.note{background:#fff4e5;color:#6b4a00;padding:4px 24px;font-size:13px}
main{max-width:460px;margin:12px auto;background:#fff;padding:14px 24px;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:20px;margin:0 0 6px}
label{display:block;margin:8px 0 3px;font-weight:600}
input[type=email],input[type=password],input[type=text]{width:100%;box-sizing:border-box;
padding:7px 10px;font-size:15px;border:1px solid #bbb;border-radius:4px;font-family:inherit}
button{font-size:16px;padding:10px 22px;border-radius:4px;border:1px solid #e1251b;
cursor:pointer;margin-top:12px;font-family:inherit}
button.primary{background:#e1251b;color:#fff}
button.secondary{background:#fff;color:#e1251b;margin-left:8px}
.error{background:#fdecea;border-left:4px solid #e1251b;padding:10px 12px;margin:12px 0}
.fix{background:#eef6ee;border-left:4px solid #2e7d32;padding:10px 12px;margin:12px 0}
code{background:#f0f0f0;padding:2px 4px;word-break:break-all}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}dt{font-weight:600}
dd{margin:0;word-break:break-all}
main.wide{max-width:680px}
.expected{display:block;margin-top:8px;padding:6px 8px;user-select:all}
"""


def pick_lang(query_lang: str | None, accept_language: str | None) -> str:
    if query_lang in TEXT:
        return query_lang  # type: ignore[return-value]
    if accept_language:
        for part in accept_language.split(","):
            tag = part.split(";")[0].strip().lower()[:2]
            if tag in TEXT:
                return tag
    return "id"


def _t(lang: str, key: str, **values: object) -> str:
    text = TEXT[lang][key]
    return escape(text.format(**values) if values else text)


def _page(lang: str, title: str, content: str, body_attrs: str = "", wide: bool = False) -> str:
    main_attrs = ' class="wide"' if wide else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_CSS}</style></head><body{body_attrs}>"
        f"<header>{_t(lang, 'brand')}</header>"
        f'<div class="note">{_t(lang, "practice")}</div>'
        f"<main{main_attrs}>{content}</main></body></html>"
    )


def _hidden(fields: Mapping[str, str]) -> str:
    return "".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in fields.items()
    )


def login_page(
    lang: str, app: str, fields: Mapping[str, str], email: str = "", error: bool = False
) -> str:
    title = _t(lang, "login_title", app=app)
    err = f'<div class="error" id="error">{_t(lang, "wrong_password")}</div>' if error else ""
    content = (
        f"<h1>{title}</h1><p>{_t(lang, 'login_intro')}</p>{err}"
        f'<form method="post" action="/oauth2/login" id="login-form">{_hidden(fields)}'
        f'<label for="email">{_t(lang, "email")}</label>'
        f'<input type="email" id="email" name="email" value="{escape(email)}" '
        f'autocomplete="username" required>'
        f'<label for="password">{_t(lang, "password")}</label>'
        f'<input type="password" id="password" name="password" '
        f'autocomplete="current-password" required>'
        f'<button type="submit" id="login" class="primary">{_t(lang, "login")}</button></form>'
    )
    attrs = ' data-page="login"' + (' data-error="wrong_password"' if error else "")
    return _page(lang, title, content, attrs)


def consent_page(lang: str, app: str, shop: str, shop_id: int, fields: Mapping[str, str]) -> str:
    title = _t(lang, "consent_title", app=app)
    content = (
        f"<h1>{title}</h1><p>{_t(lang, 'consent_intro', app=app, shop=shop, shop_id=shop_id)}</p>"
        f'<form method="post" action="/oauth2/authorize" id="consent-form">{_hidden(fields)}'
        f'<button type="submit" name="decision" value="allow" id="allow" class="primary">'
        f"{_t(lang, 'allow')}</button>"
        f'<button type="submit" name="decision" value="deny" id="deny" class="secondary">'
        f"{_t(lang, 'deny')}</button></form>"
    )
    return _page(lang, title, content, f' data-page="consent" data-shop-id="{shop_id}"')


def error_page(lang: str, error: str, **values: object) -> str:
    title = _t(lang, "error_title")
    extra = ""
    if error == "wrong_callback":
        expected = escape(str(values.get("expected", "")))
        extra = f'<code class="expected" id="expected-callback">{expected}</code>'
    content = (
        f"<h1>{title}</h1>"
        f'<div class="error" id="what">{_t(lang, error + ".what", **values)}</div>'
        f"<h2>{_t(lang, 'what_to_do')}</h2>"
        f'<div class="fix" id="fix">{_t(lang, error + ".fix", **values)}{extra}</div>'
        f"<p>{_t(lang, 'back')}</p>"
    )
    return _page(lang, title, content, f' data-page="error" data-error="{escape(error)}"')


def callback_page(lang: str) -> str:
    title = _t(lang, "callback_title")
    content = f"<h1>{title}</h1><p>{_t(lang, 'callback_body')}</p>"
    return _page(lang, title, content, ' data-page="callback"')


def index_page(lang: str, account_lines: list[str]) -> str:
    title = _t(lang, "index_title")
    rows = "".join(
        f"<dt>{escape(k.strip())}</dt><dd><code>{escape(v.strip())}</code></dd>"
        for k, _, v in (line.partition(":") for line in account_lines)
    )
    consoles = (
        f"<p>{_t(lang, 'index_consoles')} "
        f'<a href="/seller/?lang={lang}" id="seller-center">Seller Center</a> · '
        f'<a href="/console/?lang={lang}" id="developer-console">Developer console</a></p>'
    )
    content = f"<h1>{title}</h1><p>{_t(lang, 'index_intro')}</p><dl>{rows}</dl>{consoles}"
    return _page(lang, title, content, ' data-page="index"', wide=True)
