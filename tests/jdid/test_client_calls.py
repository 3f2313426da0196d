"""The typed calls: every page, details in batches, SKUs, stock and price written and read back."""

from __future__ import annotations

import pytest

from tests.fixtures.sandbox import login_token
from wizard.jdid import (
    AUDIT_PASSED,
    WARE_DELETED,
    WARE_OFFLINE,
    WARE_ONLINE,
    PlatformError,
    Sku,
    SpuDetail,
    SpuSummary,
)


@pytest.fixture
def client(sandbox, sandbox_token, make_client):
    return make_client(sandbox, sandbox_token)


def test_pagination_walks_every_page(sandbox, client):
    expected = [s.spu_id for s in sandbox.state.spus()]
    seen, page = [], 1
    while True:
        result = client.list_spus(page, size=7)
        assert result.total == len(expected)
        assert result.page == page
        assert all(isinstance(item, SpuSummary) for item in result.items)
        if not result.items:
            break
        seen += [item.spu_id for item in result.items]
        page += 1
    assert seen == expected
    assert page == -(-len(expected) // 7) + 1
    assert [s.spu_id for s in client.iter_spus(size=25)] == expected


def test_spu_details_are_batched_by_twenty(sandbox, client):
    spus = sandbox.state.spus()
    ids = [s.spu_id for s in spus]
    sandbox.clear_call_log()
    details = client.get_spu_details(ids)
    calls = [r for r in sandbox.call_log if r.method.endswith("getWareBySpuIds")]
    assert len(calls) == -(-len(ids) // 20)
    assert all(len(r.params["spuId"].split(",")) <= 20 for r in calls)
    assert all(isinstance(d, SpuDetail) for d in details)
    by_id = {d.spu_id: d for d in details}
    for spu in spus:
        d = by_id[spu.spu_id]
        assert (d.audit_status, d.ware_status, d.name) == (
            spu.audit_status,
            spu.ware_status,
            spu.name,
        )
        assert d.sku_ids == [k.sku_id for k in spu.skus]
        assert d.shop_id == sandbox.account.shop_id
        assert d.audit_passed == (spu.audit_status == AUDIT_PASSED)


def test_skus_of_an_spu(sandbox, client):
    spu = max(sandbox.state.spus(), key=lambda s: len(s.skus))
    skus = client.get_skus(spu.spu_id)
    assert all(isinstance(k, Sku) for k in skus)
    assert [(k.sku_id, k.seller_sku_id, k.price, k.upc) for k in skus] == [
        (k.sku_id, k.seller_sku_id, k.price, k.upc) for k in spu.skus
    ]
    assert all(k.spu_id == spu.spu_id for k in skus)


def test_skus_of_an_unknown_spu_is_a_platform_error(client):
    with pytest.raises(PlatformError) as info:
        client.get_skus(1)
    assert info.value.code == "SPU_NOT_FOUND"


def test_stock_update_is_applied_batched_and_read_back(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server))
    skus = [k.sku_id for s in server.state.spus() for k in s.skus][:70]
    wanted = {sku: (i * 7) % 113 for i, sku in enumerate(skus)}
    server.clear_call_log()
    results = client.update_stock(wanted)
    assert len([r for r in server.call_log if "updateEpi" in r.method]) == 2  # 50 + 20
    assert all(r.ok and r.code == "0" for r in results.values())
    assert set(results) == set(skus)
    assert {sku: server.state.stock(sku) for sku in skus} == wanted
    assert client.query_stock(skus) == wanted


def test_stock_update_reports_each_sku(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server))
    sku = server.state.spus()[0].skus[0].sku_id
    results = client.update_stock({sku: 5, 42: 1, sku + 0: 5})
    assert results[sku].ok
    assert not results[42].ok and results[42].code == "SKU_NOT_FOUND"
    assert not client.update_stock({sku: -1})[sku].ok
    assert server.state.stock(sku) == 5


def test_price_update_is_applied(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server))
    sku = server.state.spus()[1].skus[0].sku_id
    client.update_price(sku, 123_500)
    assert server.state.price(sku) == 123_500
    assert client.get_skus(server.state.spus()[1].spu_id)[0].price == 123_500
    with pytest.raises(PlatformError):
        client.update_price(sku, 0)


def test_off_and_on_shelf(make_sandbox, make_client):
    server = make_sandbox()
    client = make_client(server, login_token(server))
    online = [s.spu_id for s in server.state.spus() if s.ware_status == WARE_ONLINE][:3]
    client.off_shelf(online)
    assert not any(server.state.on_sale(s) for s in online)
    assert {d.ware_status for d in client.get_spu_details(online)} == {WARE_OFFLINE}
    client.on_shelf(online)
    assert all(server.state.on_sale(s) for s in online)
    deleted = next(s.spu_id for s in server.state.spus() if s.ware_status == WARE_DELETED)
    with pytest.raises(PlatformError):
        client.on_shelf([deleted])


def test_another_shop_sees_only_its_own_products(sandbox, make_client):
    acc = sandbox.account
    token = login_token(sandbox, email=acc.other_seller_email, password=acc.other_seller_password)
    client = make_client(sandbox, token)
    page = client.list_spus(1, 100)
    assert page.total == len(sandbox.state.spus(acc.other_shop_id))
    mine = {s.spu_id for s in sandbox.state.spus()}
    assert not mine & {s.spu_id for s in page.items}
    assert client.get_spu_details(sorted(mine)[:5]) == []


def test_non_ascii_parameters_are_signed_as_utf8_on_the_wire(sandbox, client):
    from wizard.jdid.client import M_LIST_SPUS

    inner = client.call(M_LIST_SPUS, {"page": 1, "size": 1, "catatan": "Kopi ☕ 你好 é"})
    assert inner["returnType"]["success"] is True
