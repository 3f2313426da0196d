"""Can this computer reach the platform of an endpoint profile? No Qt, no credentials.

Before a seller types any key, the wizard checks the profile's login host and gateway host:
the name resolves, a connection opens (TLS for https) and a plain `HEAD /` gets an HTTP
answer, each within `timeout_s`. Nothing of the seller's is sent. The problem keys say what a
failure most likely means (no internet, a firewall, the platform gone); the sentences are
English source for pyside6-lupdate ("Reachability" context), translated by the GUI.

Blocking: call from a worker thread. Each host is probed in its own daemon thread, so a name
lookup that hangs (the system's resolver has no timeout) costs at most `timeout_s`, and
`cancel` (a threading.Event) ends the wait at once when the window closes.
"""

from __future__ import annotations

import errno
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from wizard.flow.steps import QT_TRANSLATE_NOOP  # lupdate's marker; steps.py is light and Qt-free
from wizard.jdid.profiles import EndpointProfile

CONTEXT = "Reachability"
DEFAULT_TIMEOUT_S = 6.0

# Problem key -> what it means and what to do. %1 = the host, %2 = the timeout in seconds.
PROBLEMS: dict[str, str] = {
    "no_name": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 could not be found. Either this computer is not connected to the internet, or "
        "the address no longer exists (JD.ID closed its platform on 31 March 2023).",
    ),
    "no_route": QT_TRANSLATE_NOOP(
        "Reachability",
        "This computer has no connection to the network of %1. Check that it is connected "
        "to the internet.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 was found, but the connection was turned away: the platform is no longer "
        "there, or a firewall blocks it.",
    ),
    "blocked": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 was found, but there was no reply within %2 seconds. A firewall may be blocking "
        "it, or the internet connection is very slow.",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 answered, but its security certificate is not right. A firewall or proxy may be "
        "in between, or the address is not the platform's.",
    ),
    "no_answer": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 accepted the connection but did not answer within %2 seconds. The platform may "
        "be down or very busy; try again later.",
    ),
    "not_http": QT_TRANSLATE_NOOP(
        "Reachability",
        "%1 answered, but not like a web server. Ask the person who set up the wizard to "
        "check the address.",
    ),
}
STATUS = (QT_TRANSLATE_NOOP("Reachability", "answers"),
          QT_TRANSLATE_NOOP("Reachability", "cannot be reached"))  # fmt: skip
ROLES: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Reachability", "JD.ID login"),
    "gateway": QT_TRANSLATE_NOOP("Reachability", "JD.ID API"),
}


@dataclass(frozen=True)
class HostCheck:
    """One host of the profile. `problem` is None when it answered, else a PROBLEMS key."""

    roles: tuple[str, ...]  # "login", "gateway" (one host may serve both)
    host: str  # host[:port] as in the profile
    problem: str | None


@dataclass(frozen=True)
class Reachability:
    profile_name: str
    timeout_s: float
    hosts: tuple[HostCheck, ...]

    @property
    def ok(self) -> bool:
        return all(h.problem is None for h in self.hosts)

    @property
    def failed(self) -> tuple[HostCheck, ...]:
        return tuple(h for h in self.hosts if h.problem is not None)


def check_reachability(
    profile: EndpointProfile,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> Reachability:
    """Probe the login and gateway hosts of `profile` at the same time (blocking)."""
    targets: dict[tuple[str, str], list[str]] = {}
    for role, url in (("login", profile.authorize_url), ("gateway", profile.gateway_url)):
        parts = urlsplit(url)
        targets.setdefault((parts.scheme, parts.netloc), []).append(role)
    probes = [_Probe(scheme, netloc, timeout_s) for scheme, netloc in targets]
    for probe in probes:
        probe.start()
    # Each probe times out on its own (from when its thread runs, so a busy computer does not
    # turn a slow answer into a wrong one); this wait only ends a name lookup that hangs.
    deadline = time.monotonic() + timeout_s + max(2.0, timeout_s)
    cancel = cancel or threading.Event()
    while any(p.is_alive() for p in probes) and time.monotonic() < deadline:
        if cancel.wait(0.02):
            break
    hosts = tuple(
        HostCheck(tuple(roles), netloc, probe.outcome())
        for ((_scheme, netloc), roles), probe in zip(targets.items(), probes, strict=True)
    )
    return Reachability(profile.name, timeout_s, hosts)


class _Probe(threading.Thread):
    """Resolve, connect, `HEAD /`; `stage` says how far it got when time ran out."""

    def __init__(self, scheme: str, netloc: str, timeout_s: float) -> None:
        super().__init__(name=f"reach {netloc}", daemon=True)
        parts = urlsplit(f"{scheme}://{netloc}")
        self.scheme = scheme
        self.hostname = parts.hostname or ""
        self.port = parts.port or (443 if scheme == "https" else 80)
        self.netloc = netloc
        self.timeout_s = timeout_s
        self.stage = "resolve"
        self.problem: str | None = None
        self.finished = False

    def outcome(self) -> str | None:
        if self.finished:
            return self.problem
        # Still waiting: what the wait means depends on where it is stuck.
        return {"resolve": "no_name", "connect": "blocked"}.get(self.stage, "no_answer")

    def run(self) -> None:
        try:
            self.problem = self._probe()
        except Exception:  # noqa: BLE001 - any other failure still means "not reachable"
            self.problem = "not_http"
        self.finished = True

    def _probe(self) -> str | None:
        start = time.monotonic()

        def left() -> float:
            return max(0.05, self.timeout_s - (time.monotonic() - start))

        try:
            infos = socket.getaddrinfo(self.hostname, self.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return "no_name"
        self.stage = "connect"
        family, kind, proto, _name, address = infos[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(left())
            try:
                sock.connect(address)
            except TimeoutError:
                return "blocked"
            except ConnectionRefusedError:
                return "refused"
            except OSError as exc:
                if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
                    return "no_route"
                return "refused"
            self.stage = "answer"
            if self.scheme == "https":
                context = ssl.create_default_context()
                try:
                    sock = context.wrap_socket(sock, server_hostname=self.hostname)
                except ssl.SSLCertVerificationError:
                    return "tls"
                except TimeoutError:
                    return "no_answer"
                except (ssl.SSLError, OSError):
                    return "tls"
            sock.settimeout(left())
            request = f"HEAD / HTTP/1.1\r\nHost: {self.netloc}\r\nConnection: close\r\n\r\n"
            try:
                sock.sendall(request.encode("ascii"))
                first = sock.recv(5)
            except TimeoutError:
                return "no_answer"
            except OSError:
                return "refused"
            return None if first.startswith(b"HTTP/") else "not_http"
        finally:
            sock.close()
