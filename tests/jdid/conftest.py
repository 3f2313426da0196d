"""Clients wired to a sandbox, closed at the test's end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wizard.jdid import JdidClient, Token
from wizard.sandbox import SandboxServer


@pytest.fixture
def make_client() -> Iterator[Callable[..., JdidClient]]:
    clients: list[JdidClient] = []

    def make(server: SandboxServer, token: Token | None = None, **kw: Any) -> JdidClient:
        acc = server.account
        key = kw.pop("app_key", acc.app_key)
        secret = kw.pop("app_secret", acc.app_secret)
        client = JdidClient(server.profile, key, secret, token, **kw)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
