"""The three step-12 fields (Shop ID, API Key, API Secret): cleaning and format checks.

Sellers copy these values out of Seller Center and the developer console, often through a
chat app or a spreadsheet on the way. What comes along is noise, not part of the value:
surrounding spaces and quotes, line breaks, zero-width characters, non-breaking spaces,
full-width digits, a label such as "App Key:". `clean()` removes that noise; `check_*`
then say, with a stable key, what is still wrong. No Qt here: the page maps each key to a
translated sentence. A problem never carries the secret (nor any part of it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SHOP_ID = "shop_id"
API_KEY = "api_key"
API_SECRET = "api_secret"
FIELDS = (SHOP_ID, API_KEY, API_SECRET)

# Shop IDs are positive integers; 19 digits is the most a signed 64-bit number holds.
SHOP_ID_MAX_DIGITS = 19
# JD app keys and secrets are 32 hexadecimal characters; we accept any letters and digits
# in a generous length range, so a future format does not lock sellers out.
KEY_MIN_LEN = 8
KEY_MAX_LEN = 128

_QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d"
# Labels a seller may copy along with the value ("App Key: 1a2b..."), per field.
_LABELS = {
    SHOP_ID: ("shop id", "shopid", "id toko", "vendor id", "venderid"),
    API_KEY: ("api key", "app key", "appkey", "apikey", "app_key", "api_key", "client id"),
    API_SECRET: (
        "api secret",
        "app secret",
        "appsecret",
        "apisecret",
        "app_secret",
        "api_secret",
        "secret key",
        "client secret",
    ),
}
_LABEL_SEPARATORS = ":=：-"


def _is_invisible(ch: str) -> bool:
    """Characters a seller cannot see: format controls (zero-width space, BOM, ...)."""
    return unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\t\n\r"


def clean(raw: str, field_name: str | None = None) -> str:
    """Remove what copying adds around a value; keep everything that could be the value.

    Line breaks and invisible characters go wherever they are (a value wrapped over two
    lines in a chat message is still one value). Full-width digits and letters become
    plain ones (NFKC). Spaces and quotes go only at the ends; a space in the middle is
    left for the checks to report, because guessing which half is the value is unsafe.
    """
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(ch for ch in text if not _is_invisible(ch))
    text = "".join(line.strip() for line in text.splitlines())
    text = "".join(" " if ch.isspace() else ch for ch in text)
    text = _strip_ends(text)
    if field_name is not None:
        text = _strip_ends(_strip_label(text, field_name))
    return text


def _strip_ends(text: str) -> str:
    previous = None
    while text != previous:
        previous = text
        text = text.strip().strip(_QUOTES)
    return text


def _strip_label(text: str, field_name: str) -> str:
    lowered = text.lower()
    for label in _LABELS.get(field_name, ()):
        if lowered.startswith(label):
            rest = text[len(label) :].lstrip()
            if rest and rest[0] in _LABEL_SEPARATORS:
                return rest[1:].strip()
    return text


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field. `key` is stable; `char` names an offending character
    (never for the API Secret); `count` is a length where that helps."""

    field: str
    key: str
    char: str | None = None
    count: int | None = None


def _bad_char(value: str, allowed: re.Pattern[str]) -> str | None:
    for ch in value:
        if not allowed.fullmatch(ch):
            return ch
    return None


_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"[0-9]")


def check_shop_id(value: str) -> Problem | None:
    if not value:
        return Problem(SHOP_ID, "empty")
    if " " in value:
        return Problem(SHOP_ID, "inner_space")
    bad = _bad_char(value, _DIGIT)
    if bad is not None:
        if _ALNUM.fullmatch(bad) and len(value) >= KEY_MIN_LEN:
            return Problem(SHOP_ID, "looks_like_key")
        return Problem(SHOP_ID, "not_digits", char=bad)
    if len(value) > SHOP_ID_MAX_DIGITS:
        return Problem(SHOP_ID, "too_long", count=SHOP_ID_MAX_DIGITS)
    if int(value) == 0:
        return Problem(SHOP_ID, "zero")
    return None


def _check_key_like(field_name: str, value: str) -> Problem | None:
    show_char = field_name != API_SECRET
    if not value:
        return Problem(field_name, "empty")
    if " " in value:
        return Problem(field_name, "inner_space")
    bad = _bad_char(value, _ALNUM)
    if bad is not None:
        return Problem(field_name, "bad_char", char=bad if show_char else None)
    if len(value) < KEY_MIN_LEN:
        return Problem(field_name, "too_short", count=KEY_MIN_LEN)
    if len(value) > KEY_MAX_LEN:
        return Problem(field_name, "too_long", count=KEY_MAX_LEN)
    return None


def check_api_key(value: str) -> Problem | None:
    return _check_key_like(API_KEY, value)


def check_api_secret(value: str, api_key: str = "") -> Problem | None:
    problem = _check_key_like(API_SECRET, value)
    if problem is None and api_key and value == api_key:
        return Problem(API_SECRET, "same_as_key")
    return problem


@dataclass(frozen=True)
class Credentials:
    """Cleaned, well-formed values. The secret never shows in a repr."""

    shop_id: str
    api_key: str
    api_secret: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Credentials(shop_id={self.shop_id!r}, api_key={self.api_key!r}, api_secret=***)"


def check_all(
    shop_id: str, api_key: str, api_secret: str
) -> tuple[Credentials | None, list[Problem]]:
    """Clean all three raw fields; return the credentials if every field is fine, and the
    problems (at most one per field) otherwise."""
    sid = clean(shop_id, SHOP_ID)
    key = clean(api_key, API_KEY)
    secret = clean(api_secret, API_SECRET)
    problems = [
        p
        for p in (check_shop_id(sid), check_api_key(key), check_api_secret(secret, key))
        if p is not None
    ]
    if problems:
        return None, problems
    return Credentials(sid, key, secret), []
