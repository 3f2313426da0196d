"""Helpers for import tests: a client for a sandbox, what the catalog holds, what it should."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from wizard.catalog import sku_key
from wizard.jdid import AUDIT_PASSED, WARE_DELETED, JdidClient, Token
from wizard.sandbox import SandboxServer
from wizard.sandbox.practice_login import practice_login


def client_for(server: SandboxServer, token: Token | None = None, **kw: Any) -> JdidClient:
    account = server.account
    return JdidClient(
        server.profile, account.app_key, account.app_secret, token or practice_login(server), **kw
    )


@pytest.fixture
def clients() -> Any:
    """client_for(...) that closes what it made at the end of the test."""
    made: list[JdidClient] = []

    def make(server: SandboxServer, token: Token | None = None, **kw: Any) -> JdidClient:
        client = client_for(server, token, **kw)
        made.append(client)
        return client

    yield make
    for c in made:
        c.close()


def catalog_content(path: Path) -> dict[str, list[tuple]]:
    """Everything a seller could see in the catalog, without ids, run numbers or times."""
    conn = sqlite3.connect(path)
    try:
        masters = conn.execute(
            "SELECT sku, sku_key, name, stock, price, origin FROM masters ORDER BY sku_key"
        ).fetchall()
        listings = conn.execute(
            """SELECT l.sku_id, l.shop_id, l.spu_id, l.seller_sku_id, l.sku_key, l.spu_name,
                      l.name, l.price, l.stock, l.audit_status, l.ware_status, l.sku_status,
                      k.link_class, m.sku
               FROM listings l LEFT JOIN listing_links k ON k.sku_id = l.sku_id
               LEFT JOIN masters m ON m.id = k.master_id ORDER BY l.sku_id"""
        ).fetchall()
        skipped = conn.execute(
            """SELECT s.spu_id, s.name, s.audit_status, s.ware_status, s.reason
               FROM run_skipped s JOIN import_runs r ON r.id = s.run_id
               WHERE r.state = 'done' ORDER BY s.run_id, s.spu_id"""
        ).fetchall()
    finally:
        conn.close()
    return {"masters": masters, "listings": listings, "skipped": skipped}


def expected_classes(server: SandboxServer) -> dict[int, str]:
    """skuId -> class, worked out from the sandbox's own data (no importer code involved)."""
    passed = [
        sku
        for spu in server.state.spus()
        if spu.audit_status == AUDIT_PASSED and spu.ware_status != WARE_DELETED
        for sku in spu.skus
    ]
    per_code = Counter(sku_key(s.seller_sku_id) for s in passed)
    out = {}
    for s in passed:
        key = sku_key(s.seller_sku_id)
        out[s.sku_id] = (
            "empty_sku" if not key else "duplicate_sku" if per_code[key] > 1 else "new_master"
        )
    return out


@pytest.fixture
def started_children(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The processes wizard.jobs.child_job starts in this test (real children, recorded)."""
    from wizard.jobs import child_job

    started: list[Any] = []
    real_start = child_job.start_child

    def recording_start(command: list[str], **kw: Any) -> Any:
        started.append(real_start(command, **kw))
        return started[-1]

    monkeypatch.setattr(child_job, "start_child", recording_start)
    return started
