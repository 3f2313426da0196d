"""Switching the language on the welcome page retranslates what is on screen, without a restart."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWizard


def choose_language(d, code: str) -> None:  # noqa: ANN001
    combo = d.page.language
    combo.setCurrentIndex(combo.findData(code))
    wait_for_language(d, code)


def wait_for_language(d, code: str) -> None:  # noqa: ANN001
    # Qt posts LanguageChange to the windows: it arrives with the next events, as for a user.
    title = {"id": "Wizard Integrasi JD.ID", "en": "JD.ID Setup Wizard"}[code]
    d.qtbot.waitUntil(lambda: d.wizard.windowTitle() == title, timeout=5000)


def test_switching_to_indonesian_and_back_retranslates_the_window(start) -> None:
    d = start(lang="en")
    assert d.wizard.windowTitle() == "JD.ID Setup Wizard"
    choose_language(d, "id")
    assert d.ctx.language == "id"
    assert d.wizard.windowTitle() == "Wizard Integrasi JD.ID"
    assert d.button(QWizard.WizardButton.NextButton).text() == "&Berikutnya >"
    assert d.button(QWizard.WizardButton.CancelButton).text() == "Batal"
    page = d.page
    assert page.title() == "Selamat datang"
    assert "kode SKU yang sama" in page.sku_warning.text()
    assert page.real_radio.text() == "Hubungkan toko JD.ID saya yang asli"
    assert d.wizard.side_panel.item_text("step01") == "1. Login ke Seller Center"
    assert d.ctx.flush_saves(10)
    assert json.loads(d.ctx.paths.settings_file.read_text())["language"] == "id"
    choose_language(d, "en")
    assert d.wizard.windowTitle() == "JD.ID Setup Wizard"
    assert page.title() == "Welcome"
    assert d.button(QWizard.WizardButton.NextButton).text() == "&Next >"


def test_a_guide_page_and_its_reason_follow_the_language(start) -> None:
    d = start(lang="en")
    d.walk_to("step07")
    d.wizard.language_requested.emit("id")  # what the welcome page's list sends
    wait_for_language(d, "id")
    page = d.page
    assert page.title() == "Beri nama app sesuai nama toko"
    assert page.subTitle() == "Langkah 7 dari 17"
    assert d.blocked_text() == "Ketik nama toko Anda persis seperti di JD.ID untuk melanjutkan."
    assert page.copy_instructions.text() == "Salin petunjuk"
    assert page.copy_rows[0].button.text() == "Salin"
    assert d.wizard.side_panel.item_text("step06").startswith("\u2713 6. Buat app")


def test_the_practice_account_box_follows_a_language_switch(start) -> None:
    """Issue 10, defect 7: step 12's practice-account box stayed English after a switch."""
    d = start(lang="en", practice=True)
    d.qtbot.waitUntil(lambda: d.ctx.practice_account is not None, timeout=15_000)
    box = d.wizard.pages["step12"].findChild(QGroupBox, "practiceAccount")
    assert box.title() == "Practice account"
    d.wizard.language_requested.emit("id")
    wait_for_language(d, "id")
    assert box.title() == "Akun latihan"
    buttons = [b.text() for b in box.findChildren(QPushButton)]
    assert buttons and all(t == "Salin" for t in buttons)
    assert "Password:" not in [lb.text() for lb in box.findChildren(QLabel)]


def test_the_saved_language_is_used_next_time(start) -> None:
    d = start(lang=None)
    choose_language(d, "id")
    d2 = start(lang=None)
    assert d2.wizard.windowTitle() == "Wizard Integrasi JD.ID"
    assert d2.page.language.currentData() == "id"


def test_an_indonesian_start_shows_indonesian_from_the_first_paint(start) -> None:
    d = start(lang="id")
    assert d.page.title() == "Selamat datang"
    assert d.page.language.currentData() == "id"
    d.next()
    assert d.page.title() == "Apakah toko Anda sudah Qualified Seller?"
    assert d.blocked_text() == "Pilih Ya, Tidak, atau Tidak yakin untuk melanjutkan."
