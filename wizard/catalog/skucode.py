"""The one rule that decides when two SKU codes are the same code.

Decision (documented in the import note and tested): a SKU code is compared after
- Unicode NFKC normalisation (full-width letters and digits, non-breaking spaces and the
  like become their plain forms; spreadsheets and phone keyboards produce them),
- removing zero-width characters and the byte-order mark,
- trimming whitespace at both ends (inner spaces are kept: "AB 1" and "AB1" differ),
- ignoring upper/lower case ("abc-01" and "ABC-01" are the same code), because sellers
  retype codes in Seller Center and in Excel with different case and never mean two
  products by it; treating them as different would silently create a second master.

Every comparison (CSV load, import, linking, duplicate detection) goes through
`sku_key`, so the rule lives only here.
"""

from __future__ import annotations

import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean_sku(code: str | None) -> str:
    """The code as the seller wrote it, minus invisible characters and outer whitespace."""
    if not code:
        return ""
    return unicodedata.normalize("NFKC", code).translate(_ZERO_WIDTH).strip()


def sku_key(code: str | None) -> str:
    """The comparison key of a SKU code; "" means the SKU code is empty."""
    return clean_sku(code).casefold()
