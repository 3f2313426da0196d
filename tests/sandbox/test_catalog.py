"""The sandbox's products: deterministic from the seed and as varied as a real shop."""

from __future__ import annotations

from collections import Counter

import pytest

from wizard.jdid.models import (
    AUDIT_MODIFYING,
    AUDIT_PASSED,
    AUDIT_PENDING,
    AUDIT_REJECTED,
    WARE_DELETED,
    WARE_OFFLINE,
)
from wizard.sandbox.catalog import generate_shop


def shop(seed: int = 7, count: int = 60):
    return generate_shop(seed, 10023456, count, 600_000_000, 1_000_000_000)


def test_same_seed_same_shop_other_seed_other_shop():
    assert shop(7) == shop(7)
    assert shop(7) != shop(8)


@pytest.mark.parametrize("seed", [1, 7, 99])
def test_every_case_a_seller_can_meet_is_there(seed):
    spus = shop(seed)
    assert len(spus) == 60
    assert {len(s.skus) for s in spus} <= {1, 2, 3, 4, 5}
    assert max(len(s.skus) for s in spus) >= 4
    audits = Counter(s.audit_status for s in spus)
    assert audits[AUDIT_PASSED] > len(spus) / 2
    assert all(audits[a] for a in (AUDIT_PENDING, AUDIT_REJECTED, AUDIT_MODIFYING))
    wares = Counter(s.ware_status for s in spus)
    assert wares[WARE_OFFLINE] and wares[WARE_DELETED]
    codes = [k.seller_sku_id for s in spus for k in s.skus]
    assert "" in codes
    assert any(n > 1 for c, n in Counter(codes).items() if c)
    assert len({k.sku_id for s in spus for k in s.skus}) == len(codes)
    assert len({s.spu_id for s in spus}) == len(spus)


def test_names_and_prices_look_indonesian():
    spus = shop()
    words = " ".join(s.name for s in spus)
    assert any(w in words for w in ("Kaos", "Kopi", "Sambal", "Batik", "Hijab", "Madu"))
    prices = [k.price for s in spus for k in s.skus]
    assert all(p % 500 == 0 and 3_000 <= p <= 1_000_000 for p in prices)
    assert all(s.name and s.main_image.startswith("https://") for s in spus)


def test_small_shops_work():
    assert len(shop(count=3)) == 3
    assert shop(count=0) == []
