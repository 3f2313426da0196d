"""How dates, rupiah amounts and counts are written for a seller, in Indonesian and English.

Qt-free, so the window, the command line and the import/sync texts write them the same way:
"1 Desember 2026, 21.41" / "1 December 2026, 21:41" (never "01/12/26", which reads as
January in one country and December in another), "Rp276.000" / "Rp276,000", "1.234" /
"1,234". tests/test_locale_forms.py checks them against QLocale's own forms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datetime loads when a date is written, not on the way to the first paint
    from datetime import datetime

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
THOUSANDS = {"id": ".", "en": ","}  # Indonesian groups with a dot, English with a comma
TIME_SEPARATOR = {"id": ".", "en": ":"}  # "21.41" is how Indonesian writes the time


_current = "en"  # the language the window or the command shows (set_language)


def set_language(lang: str) -> None:
    """The language the forms use when a call names none (the app's LanguageSwitcher and
    the commands set it)."""
    global _current
    _current = _lang(lang)


def _lang(lang: str | None) -> str:
    if lang is None:
        return _current
    return "id" if lang.lower().startswith("id") else "en"


def count(n: int, lang: str | None = None) -> str:
    """A whole number with the language's thousands separator: 12.345 / 12,345."""
    sign = "-" if n < 0 else ""
    digits = str(abs(int(n)))
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + THOUSANDS[_lang(lang)].join(groups)


def rupiah(amount: int, lang: str | None = None) -> str:
    """A price in whole rupiah as a seller writes it: Rp276.000 (Rp276,000 in English)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{count(abs(int(amount)), lang)}"


def date_time(when: datetime | float, lang: str | None = None) -> str:
    """Day, month name, year and the local time: 1 Desember 2026, 21.41. `when`: a datetime
    (an aware one is shown in this computer's time zone) or seconds since the epoch."""
    from datetime import datetime

    if not isinstance(when, datetime):
        when = datetime.fromtimestamp(float(when))
    elif when.tzinfo is not None:
        when = when.astimezone()
    lang = _lang(lang)
    sep = TIME_SEPARATOR[lang]
    month = MONTHS[lang][when.month - 1]
    return f"{when.day} {month} {when.year}, {when.hour:02d}{sep}{when.minute:02d}"


def date_time_iso(stamp: str, lang: str | None = None) -> str:
    """date_time() of an ISO 8601 stamp as the catalog stores it; the stamp itself if it
    is not one (an old or hand-edited file must not stop a page from showing)."""
    from datetime import datetime

    try:
        return date_time(datetime.fromisoformat(stamp), lang)
    except (TypeError, ValueError):
        return stamp
