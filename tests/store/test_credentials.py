"""Cleaning and checking the step-12 fields: copy noise is removed, what is wrong is named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.store import credentials as c

KEY = "6f56e2b696af42d08814af1af096a166"
SECRET = "afed860909a342b48eaada1849c3d442"
KNOWN_KEYS = {
    "empty",
    "inner_space",
    "not_digits",
    "looks_like_key",
    "too_long",
    "too_short",
    "zero",
    "bad_char",
    "same_as_key",
}


@pytest.mark.parametrize(
    "raw",
    [
        f"  {KEY}  ",
        f'"{KEY}"',
        f"'{KEY}'\n",
        f"\u201c{KEY}\u201d",  # curly quotes from a word processor
        f"\u200b{KEY}\ufeff",  # zero-width space, BOM
        f"\u00a0{KEY}\u00a0",  # non-breaking spaces from a web page
        f"{KEY[:16]}\r\n{KEY[16:]}",  # wrapped over two lines in a chat message
        f"App Key: {KEY}",
        f"app_key={KEY}",
        f"\tAPI KEY\uff1a {KEY} \n",  # full-width colon
    ],
)
def test_paste_noise_is_removed_from_the_api_key(raw: str) -> None:
    assert c.clean(raw, c.API_KEY) == KEY
    assert c.check_api_key(c.clean(raw, c.API_KEY)) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1000123456", "1000123456"),
        (" 1000123456\n", "1000123456"),
        ("\uff11\uff10\uff10\uff10", "1000"),  # full-width digits
        ("Shop ID: 12345", "12345"),
        ("ID Toko : 12345", "12345"),
        ("\u202a12345\u202c", "12345"),  # bidi marks around a copied number
    ],
)
def test_shop_id_noise_is_removed(raw: str, expected: str) -> None:
    assert c.clean(raw, c.SHOP_ID) == expected
    assert c.check_shop_id(expected) is None


@pytest.mark.parametrize(
    ("value", "key", "char"),
    [
        ("", "empty", None),
        ("12 34", "inner_space", None),
        ("12-34", "not_digits", "-"),
        ("12345x", "not_digits", "x"),
        (KEY, "looks_like_key", None),
        ("1" * 20, "too_long", None),
        ("000", "zero", None),
    ],
)
def test_shop_id_problems(value: str, key: str, char: str | None) -> None:
    problem = c.check_shop_id(value)
    assert problem is not None
    assert (problem.field, problem.key, problem.char) == (c.SHOP_ID, key, char)


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("", "empty"),
        ("abcd 1234efgh", "inner_space"),
        ("abc", "too_short"),
        ("a" * 129, "too_long"),
        ("abcd-1234-efgh", "bad_char"),
    ],
)
def test_key_and_secret_problems(value: str, key: str) -> None:
    assert c.check_api_key(value).key == key
    assert c.check_api_secret(value).key == key


def test_bad_character_is_named_for_the_key_but_never_for_the_secret() -> None:
    assert c.check_api_key("abcd#1234efgh").char == "#"
    assert c.check_api_secret("abcd#1234efgh").char is None


def test_secret_equal_to_key_is_caught() -> None:
    creds, problems = c.check_all("123", KEY, KEY)
    assert creds is None
    assert [(p.field, p.key) for p in problems] == [(c.API_SECRET, "same_as_key")]


def test_check_all_returns_clean_credentials_whose_repr_hides_the_secret() -> None:
    creds, problems = c.check_all(" 123 ", f'"{KEY}"', f"{SECRET}\n")
    assert problems == []
    assert creds == c.Credentials("123", KEY, SECRET)
    assert SECRET not in repr(creds) and SECRET not in str(creds)


def test_every_field_problem_is_reported_at_once() -> None:
    _, problems = c.check_all("", "", "")
    assert [(p.field, p.key) for p in problems] == [
        (c.SHOP_ID, "empty"),
        (c.API_KEY, "empty"),
        (c.API_SECRET, "empty"),
    ]


# Text a seller might paste: any Unicode, with extra weight on the noise we clean.
_noise = st.sampled_from(
    [" ", "\n", "\r\n", "\t", "\u00a0", "\u200b", "\ufeff", '"', "'", "\u201c", ":", "\u3000"]
)
_pasted = st.lists(st.one_of(st.text(max_size=12), _noise), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(shop_id=_pasted, api_key=_pasted, api_secret=_pasted)
def test_fuzz_any_input_is_accepted_or_rejected_with_a_reason(
    shop_id: str, api_key: str, api_secret: str
) -> None:
    creds, problems = c.check_all(shop_id, api_key, api_secret)
    if creds is None:
        assert problems, "a rejection must say what is wrong"
        for p in problems:
            assert p.field in c.FIELDS and p.key in KNOWN_KEYS
            if p.field == c.API_SECRET:
                assert p.char is None
    else:
        assert problems == []
        assert creds.shop_id.isdigit() and creds.shop_id.isascii()
        for value in (creds.api_key, creds.api_secret):
            assert value.isascii() and value.isalnum()
            assert c.KEY_MIN_LEN <= len(value) <= c.KEY_MAX_LEN


@settings(max_examples=200, deadline=None)
@given(value=st.text(alphabet="0123456789abcdefABCDEF", min_size=8, max_size=64), noise=_pasted)
def test_fuzz_noise_around_a_good_key_is_removed(value: str, noise: str) -> None:
    # Whitespace, invisible characters and quotes on both sides never change the value.
    pad = "".join(ch for ch in noise if ch in " \n\r\t\u00a0\u200b\ufeff\"'\u201c\u3000")
    assert c.clean(pad + value + pad[::-1], c.API_KEY) == value
