"""Dates, rupiah and counts as a seller reads them, checked against QLocale's own forms."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from wizard import locale_forms as forms

QT_LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def test_the_issues_examples() -> None:
    when = datetime(2026, 12, 1, 21, 41)
    assert forms.date_time(when, "id") == "1 Desember 2026, 21.41"
    assert forms.date_time(when, "en") == "1 December 2026, 21:41"
    assert forms.rupiah(276000, "id") == "Rp276.000"
    assert forms.rupiah(276000, "en") == "Rp276,000"
    assert forms.count(1234567, "id") == "1.234.567"
    assert forms.count(82, "en") == "82"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("month", range(1, 13))
def test_dates_match_qlocale(lang: str, month: int) -> None:
    when = datetime(2027, month, 9, 7, 5)
    qt = QDateTime(QDate(2027, month, 9), QTime(7, 5))
    pattern = "d MMMM yyyy, HH.mm" if lang == "id" else "d MMMM yyyy, HH:mm"
    assert forms.date_time(when, lang) == QT_LOCALES[lang].toString(qt, pattern)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("n", [0, 7, 999, 1000, 12345, 276000, 1234567, -4500])
def test_counts_and_rupiah_match_qlocale(lang: str, n: int) -> None:
    assert forms.count(n, lang) == QT_LOCALES[lang].toString(n)
    if lang == "id" and n >= 0:
        assert forms.rupiah(n, lang) == QT_LOCALES["id"].toCurrencyString(n, "Rp", 0).replace(
            "\u00a0", ""
        )


def test_the_language_the_app_shows_is_the_default() -> None:
    forms.set_language("id")
    try:
        assert forms.count(5000) == "5.000"
    finally:
        forms.set_language("en")
    assert forms.count(5000) == "5,000"


def test_a_stamp_that_is_not_a_date_is_shown_as_it_is() -> None:
    assert forms.date_time_iso("yesterday", "en") == "yesterday"
    assert forms.date_time_iso("2026-12-01T21:41:00", "id") == "1 Desember 2026, 21.41"
