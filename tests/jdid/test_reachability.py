"""The reachability check against real sockets: a closed port, a name that does not
resolve, a host that accepts and never answers, and a reachable sandbox."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from wizard.jdid.profiles import EndpointProfile, profile_from_dict, sandbox_profile
from wizard.jdid.reachability import check_reachability


def closed_port() -> int:
    """A local port nothing listens on (bound once, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_host() -> Iterator[str]:
    """http://127.0.0.1:PORT of a server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)  # the kernel completes the handshakes; nobody ever reads or writes
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()


def two_hosts(login: str, gateway: str) -> EndpointProfile:
    raw = {"oauth_base": login, "gateway_base": gateway, "callback_url": f"{login}/callback"}
    return profile_from_dict(raw, "test")


def test_a_reachable_sandbox_passes(sandbox) -> None:  # noqa: ANN001
    result = check_reachability(sandbox.profile)
    assert result.ok, result
    assert [h.roles for h in result.hosts] == [("login", "gateway")]  # one host serves both


def test_a_closed_port_is_refused_and_named(sandbox) -> None:  # noqa: ANN001
    result = check_reachability(two_hosts(sandbox.base_url, f"http://127.0.0.1:{closed_port()}"))
    assert not result.ok
    assert [(h.roles, h.problem) for h in result.hosts] == [
        (("login",), None),
        (("gateway",), "refused"),
    ]


def test_a_name_that_does_not_resolve() -> None:
    result = check_reachability(sandbox_profile("http://jdid-platform.invalid"), timeout_s=5)
    assert [(h.host, h.problem) for h in result.hosts] == [("jdid-platform.invalid", "no_name")]


def test_a_host_that_never_answers_times_out(silent_host: str) -> None:
    result = check_reachability(sandbox_profile(silent_host), timeout_s=0.3)
    assert [h.problem for h in result.hosts] == ["no_answer"]
