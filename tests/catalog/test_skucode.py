"""The one SKU-code rule: trim, NFKC, no zero-width characters, case-insensitive."""

from __future__ import annotations

import pytest

from wizard.catalog import clean_sku, sku_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ABC-01", "abc-01"),  # case does not make a different product
        ("  ABC-01 ", "ABC-01"),  # outer spaces from Excel
        ("ABC-01\u00a0", "ABC-01"),  # non-breaking space
        ("\ufeffABC-01", "ABC-01"),  # a BOM glued to the first cell
        ("AB\u200bC-01", "ABC-01"),  # zero-width space pasted from a web page
        ("ＡＢＣ－０１", "ABC-01"),  # full-width characters from a phone keyboard
    ],
)
def test_same_code(a: str, b: str) -> None:
    assert sku_key(a) == sku_key(b)


@pytest.mark.parametrize(("a", "b"), [("AB 1", "AB1"), ("ABC-01", "ABC-1"), ("A.1", "A-1")])
def test_different_codes(a: str, b: str) -> None:
    assert sku_key(a) != sku_key(b)


@pytest.mark.parametrize("empty", [None, "", "   ", "\u200b", "\t\n"])
def test_empty_codes(empty: str | None) -> None:
    assert sku_key(empty) == ""


def test_clean_keeps_the_sellers_case() -> None:
    assert clean_sku("  Kaos-Merah-XL ") == "Kaos-Merah-XL"
