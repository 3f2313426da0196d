"""The words of the practice Seller Center and developer console, in English and Indonesian.

Our own wording, in the spirit of the wizard's step pictures (not JD.ID's screens). JD.ID's
control names (Create App, Seller to JD.ID, App Name, Publish App, App Management, App
Setting, Callback URL, API Key, API Secret) stay in English in both languages, as the
guide names them.
"""

from __future__ import annotations

from collections.abc import Mapping

TEXT: Mapping[str, Mapping[str, str]] = {
    "en": {
        "seller_brand": "Seller Center",
        "console_brand": "Developer console",
        "practice": "Practice: nothing here touches a real store.",
        "seller_login_title": "Log in to Seller Center",
        "console_login_title": "Log in to the developer console",
        "login_intro": "Log in with the email and password of your JD.ID seller account.",
        "practice_account": "Practice account: {email}, password {password}.",
        "email": "Email",
        "password": "Password",
        "login": "Log in",
        "logout": "Log out",
        "wrong_password": "The email or password is not right. Check both and try again.",
        "not_console_seller": (
            "This practice developer console belongs to the practice store. Log in with {email}."
        ),
        "input.empty": "Fill in {field}.",
        "input.too_long": "{field} is too long: at most {max} characters.",
        "input.control_chars": (
            "{field} contains a character that cannot be typed (a line break or a tab, for "
            "example). Type it again on one line."
        ),
        "field.name": "Full name",
        "field.phone": "Phone number",
        "field.email": "Email",
        "field.password": "Password",
        "field.app_name": "App Name",
        "field.callback_url": "Callback URL",
        "nav.shop": "Shop Information",
        "nav.home": "Home",
        "nav.apps": "App Management",
        "shop_title": "Shop Information",
        "shop.name": "Shop name",
        "shop.id": "Shop ID",
        "shop.level": "Seller level",
        "shop.qualified": "Qualified Seller",
        "shop.basic": "Basic Seller",
        "shop.owner": "Owner",
        "shop.phone": "Phone number",
        "shop.email": "Email",
        "shop.id_hint": "Step 12 of the wizard asks for this Shop ID.",
        "shop.owner_hint": (
            "These are the details your store was opened with: register as a developer "
            "with the same ones (step 3)."
        ),
        "shop.samples": "Practice list of your own products (SKU codes, stock, prices):",
        "register_title": "Developer registration",
        "register_intro": (
            "Fill in the same details you gave when you opened your store on JD.ID."
        ),
        "agree": "I agree to the JD.ID Open Platform terms for developers",
        "agree_missing": "Tick the box to agree to the terms.",
        "register": "Register",
        "mismatch.name": (
            "The full name is not the one your store was opened with (see Shop Information "
            "in Seller Center)."
        ),
        "mismatch.phone": (
            "The phone number is not the one your store was opened with (see Shop "
            "Information in Seller Center)."
        ),
        "mismatch.email": (
            "The email is not the one your store was opened with (see Shop Information in "
            "Seller Center)."
        ),
        "home_title": "Developer console",
        "registered_as": "You are registered as a developer: {name}.",
        "create_app": "Create App",
        "your_app": "Your app:",
        "no_name": "(no name yet)",
        "create_title": "Create App",
        "create_intro": "Choose who the app works for, then the kind of app.",
        "group_seller": "Seller to JD.ID",
        "group_isv": "Service provider to JD.ID",
        "group_isv_note": "For companies that build apps for many sellers; not needed here.",
        "standard_api": "normal standard API",
        "standard_api_note": "Products, stock, prices and orders of your own store.",
        "app_exists": "You already have an app; it opens below.",
        "app_title": "Your app",
        "save": "Save",
        "saved": "Saved.",
        "status": "Status",
        "published": "Published",
        "not_published": "Not published",
        "publish": "Publish App",
        "published_note": "The app is published.",
        "no_app_name": "Type an App Name and save it before you publish the app.",
        "apps_title": "App Management",
        "apps_none": "You have no app yet. Choose Create App on the home page first.",
        "app_setting": "App Setting",
        "overview": "Overview",
        "setting_title": "App Setting",
        "setting_intro": "JD.ID sends the seller back to this address after the login.",
        "overview_title": "App overview",
        "api_key": "API Key",
        "api_secret": "API Secret",
        "show_secret": "Show API Secret",
        "overview_hint": "Step 12 of the wizard asks for the API Key and API Secret.",
        "not_registered": "Register as a developer first.",
        "no_app": "Create an app first (Create App on the home page).",
        "not_found": "This page does not exist.",
    },
    "id": {
        "seller_brand": "Seller Center",
        "console_brand": "Developer console",
        "practice": "Latihan: tidak ada yang mengubah toko sungguhan.",
        "seller_login_title": "Masuk ke Seller Center",
        "console_login_title": "Masuk ke developer console",
        "login_intro": "Masuk dengan email dan kata sandi akun penjual JD.ID Anda.",
        "practice_account": "Akun latihan: {email}, kata sandi {password}.",
        "email": "Email",
        "password": "Kata sandi",
        "login": "Masuk",
        "logout": "Keluar",
        "wrong_password": "Email atau kata sandi salah. Periksa keduanya lalu coba lagi.",
        "not_console_seller": (
            "Developer console latihan ini milik toko latihan. Masuklah dengan {email}."
        ),
        "input.empty": "Isi {field}.",
        "input.too_long": "{field} terlalu panjang: paling banyak {max} karakter.",
        "input.control_chars": (
            "{field} berisi karakter yang tidak bisa diketik (misalnya baris baru atau tab). "
            "Ketik lagi dalam satu baris."
        ),
        "field.name": "Nama lengkap",
        "field.phone": "Nomor telepon",
        "field.email": "Email",
        "field.password": "Kata sandi",
        "field.app_name": "App Name",
        "field.callback_url": "Callback URL",
        "nav.shop": "Shop Information",
        "nav.home": "Beranda",
        "nav.apps": "App Management",
        "shop_title": "Shop Information",
        "shop.name": "Nama toko",
        "shop.id": "Shop ID",
        "shop.level": "Level penjual",
        "shop.qualified": "Qualified Seller",
        "shop.basic": "Basic Seller",
        "shop.owner": "Pemilik",
        "shop.phone": "Nomor telepon",
        "shop.email": "Email",
        "shop.id_hint": "Langkah 12 di wizard meminta Shop ID ini.",
        "shop.owner_hint": (
            "Ini data yang dipakai saat toko Anda dibuka: daftar sebagai developer dengan "
            "data yang sama (langkah 3)."
        ),
        "shop.samples": "Daftar latihan produk Anda sendiri (kode SKU, stok, harga):",
        "register_title": "Pendaftaran developer",
        "register_intro": "Isi dengan data yang sama seperti saat Anda membuka toko di JD.ID.",
        "agree": "Saya setuju dengan ketentuan JD.ID Open Platform untuk developer",
        "agree_missing": "Centang kotaknya untuk menyetujui ketentuan.",
        "register": "Daftar",
        "mismatch.name": (
            "Nama lengkap tidak sama dengan data saat toko Anda dibuka (lihat Shop "
            "Information di Seller Center)."
        ),
        "mismatch.phone": (
            "Nomor telepon tidak sama dengan data saat toko Anda dibuka (lihat Shop "
            "Information di Seller Center)."
        ),
        "mismatch.email": (
            "Email tidak sama dengan data saat toko Anda dibuka (lihat Shop Information di "
            "Seller Center)."
        ),
        "home_title": "Developer console",
        "registered_as": "Anda terdaftar sebagai developer: {name}.",
        "create_app": "Create App",
        "your_app": "Aplikasi Anda:",
        "no_name": "(belum bernama)",
        "create_title": "Create App",
        "create_intro": "Pilih untuk siapa aplikasi ini bekerja, lalu jenis aplikasinya.",
        "group_seller": "Seller to JD.ID",
        "group_isv": "Service provider to JD.ID",
        "group_isv_note": (
            "Untuk perusahaan yang membuat aplikasi bagi banyak penjual; tidak diperlukan di sini."
        ),
        "standard_api": "normal standard API",
        "standard_api_note": "Produk, stok, harga, dan pesanan toko Anda sendiri.",
        "app_exists": "Anda sudah punya aplikasi; aplikasinya terbuka di bawah.",
        "app_title": "Aplikasi Anda",
        "save": "Simpan",
        "saved": "Tersimpan.",
        "status": "Status",
        "published": "Sudah dipublikasikan",
        "not_published": "Belum dipublikasikan",
        "publish": "Publish App",
        "published_note": "Aplikasi sudah dipublikasikan.",
        "no_app_name": "Isi App Name lalu simpan sebelum memublikasikan aplikasi.",
        "apps_title": "App Management",
        "apps_none": "Anda belum punya aplikasi. Pilih Create App di beranda dulu.",
        "app_setting": "App Setting",
        "overview": "Overview",
        "setting_title": "App Setting",
        "setting_intro": "JD.ID mengirim penjual kembali ke alamat ini setelah proses masuk.",
        "overview_title": "App overview",
        "api_key": "API Key",
        "api_secret": "API Secret",
        "show_secret": "Tampilkan API Secret",
        "overview_hint": "Langkah 12 di wizard meminta API Key dan API Secret.",
        "not_registered": "Daftar sebagai developer dulu.",
        "no_app": "Buat aplikasi dulu (Create App di beranda).",
        "not_found": "Halaman ini tidak ada.",
    },
}
