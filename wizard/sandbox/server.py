"""The sandbox HTTP server: a real server on 127.0.0.1 that speaks JD.ID's protocol.

Each request runs in its own daemon thread; latency and hangs sleep in that thread only, on
an event that `stop()` sets, so a stopping server never waits for them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, fields, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from wizard.appdata.jsonfile import BrokenFile, load_json, save_json
from wizard.appdata.redact import redact
from wizard.sandbox import consoles, gateway, login, pages
from wizard.sandbox.addresses import PlatformAddresses
from wizard.sandbox.catalog import SandboxSpu, SandboxState, generate_shop
from wizard.sandbox.config import (
    FAULT_KINDS,
    TOKEN_FAULT_KINDS,
    PracticeAccount,
    SandboxConfig,
)
from wizard.sandbox.console_state import ConsoleState, Developer
from wizard.sandbox.sample_masters import SampleRow, sample_rows
from wizard.sandbox.tokens import TokenIssuer

log = logging.getLogger(__name__)

CALL_LOG_MAX = 100_000
MAX_BODY = 4 * 1024 * 1024
_KNOBS = frozenset(
    {
        "latency_ms",
        "rate_limit",
        "fault_rate",
        "fault_kinds",
        "hang_s",
        "qualified",
        "app_published",
        "clock_offset_s",
        "token_ttl",
        "refresh_reuse_s",
        "token_fault_rate",
        "token_fault_kinds",
        "fail_sku_writes",
    }
)
_INJECTABLE = (*FAULT_KINDS, "garbage")


@dataclass(frozen=True)
class CallRecord:
    method: str
    app_key: str
    params: dict  # the business parameters (never a secret, token or signature)
    code: str  # "0" success; a gateway code; a business code; or the fault ("http_500", ...)
    at: float


class _Bucket:
    __slots__ = ("tokens", "last")

    def __init__(self, tokens: float, last: float) -> None:
        self.tokens = tokens
        self.last = last


class SandboxServer(PlatformAddresses):
    """A running sandbox: `SandboxServer(SandboxConfig()).start()`, or use it as a context."""

    def __init__(self, config: SandboxConfig | None = None, **overrides: Any) -> None:
        # A copy: knobs turned on this server must not leak into a config shared by others.
        self.config = replace(config) if config is not None else SandboxConfig()
        for k, v in overrides.items():
            if k not in {f.name for f in fields(SandboxConfig)}:
                raise TypeError(f"unknown sandbox setting: {k}")
            setattr(self.config, k, v)
        cfg = self.config
        self.state = SandboxState(
            {
                cfg.shop_id: self._seeded_shop(),
                cfg.other_shop_id: generate_shop(
                    cfg.seed, cfg.other_shop_id, cfg.other_spus, 700_000_000, 2_000_000_000
                ),
            }
        )
        self.state.fail_sku_writes = frozenset(cfg.fail_sku_writes)
        key = TokenIssuer.derive_key(cfg.app_key, cfg.app_secret, cfg.seed)
        self.issuer = TokenIssuer(
            key, cfg.token_ttl, cfg.refresh_ttl, cfg.code_ttl, cfg.refresh_reuse_s
        )
        self._lock = threading.Lock()
        self._save_lock = threading.Lock()
        self._log: deque[CallRecord] = deque(maxlen=CALL_LOG_MAX)
        self._buckets: dict[str, _Bucket] = {}
        self._fault_rng = random.Random(f"faults:{cfg.seed}")
        self._injected: deque[str] = deque()
        self._token_injected: deque[str] = deque()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        # The practice developer console (steps 3-10); set up at the first start, when the
        # sandbox's address (its own Callback URL) is known.
        self.console = ConsoleState(
            Developer(cfg.owner_name, cfg.owner_phone, cfg.seller_email),
            cfg.app_key,
            cfg.app_secret,
            cfg.shop_name,
        )
        self._console_base: str | None = None

    def _seeded_shop(self) -> list[SandboxSpu]:
        cfg = self.config
        return generate_shop(cfg.seed, cfg.shop_id, cfg.spus, 600_000_000, 1_000_000_000)

    # --- life ----------------------------------------------------------------------------

    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        self._load_state()
        self._stopping.clear()
        self._httpd = _HTTPServer((self.config.host, self.config.port), _Handler, self)
        host, port = self._httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        self._start_console()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"jdid-sandbox-{port}",
            daemon=True,
        )
        self._thread.start()
        log.info("sandbox listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        log.info("sandbox on %s stopped", self.base_url)

    def _start_console(self) -> None:
        """The console as saved in the state file, else as SandboxConfig.console_ready says.
        Restarted on another port, a Callback URL on the old address moves with it."""
        if self._console_base is None:
            saved = self._saved_state().get("console")
            if isinstance(saved, dict):
                self.console.load_json(saved, self.base_url)
            elif self.config.console_ready:
                cfg = self.config
                self.console.make_ready(cfg.app_name, cfg.app_published, self.callback_url)
        elif self._console_base != self.base_url:
            self.console.load_json(self.console.to_json(self._console_base), self.base_url)
        self._console_base = self.base_url

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests and the wizard read ----------------------------------------------------

    @property
    def callback_url(self) -> str:
        return self.config.callback_url or f"{self.base_url}/callback"

    @property
    def account(self) -> PracticeAccount:
        c = self.config
        return PracticeAccount(
            seller_email=c.seller_email,
            seller_password=c.seller_password,
            shop_id=c.shop_id,
            shop_name=c.shop_name,
            app_name=c.app_name,
            app_key=c.app_key,
            app_secret=c.app_secret,
            callback_url=self.callback_url,
            other_seller_email=c.other_seller_email,
            other_seller_password=c.other_seller_password,
            other_shop_id=c.other_shop_id,
            other_shop_name=c.other_shop_name,
            owner_name=c.owner_name,
            owner_phone=c.owner_phone,
        )

    @property
    def app_name(self) -> str:
        """The practice app's name as the console has it (the login pages show it)."""
        app = self.console.snapshot().app
        return app.name if app is not None and app.name else self.config.app_name

    def app_exists(self, app_key: str) -> bool:
        """An app with this key was created in the practice console."""
        app = self.console.snapshot().app
        return app is not None and app_key == app.app_key

    def sample_master_rows(self) -> list[SampleRow]:
        """The practice store's sample "my own products" list (from the seeded shop)."""
        return sample_rows(self._seeded_shop(), self.config.seed)

    @property
    def call_log(self) -> list[CallRecord]:
        with self._lock:
            return list(self._log)

    def clear_call_log(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, method: str, app_key: str, params: dict, code: str) -> None:
        with self._lock:
            self._log.append(CallRecord(method, app_key, params, code, time.time()))

    # --- knobs ---------------------------------------------------------------------------

    def configure(self, **knobs: Any) -> None:
        """Change latency, rate limit, faults, qualification, publication... while running."""
        unknown = set(knobs) - _KNOBS
        if unknown:
            raise TypeError(f"not a sandbox knob: {', '.join(sorted(unknown))}")
        with self._lock:
            for k, v in knobs.items():
                setattr(self.config, k, v)
            if "rate_limit" in knobs:
                self._buckets.clear()
            if "token_ttl" in knobs:
                self.issuer.token_ttl = int(knobs["token_ttl"])
            if "refresh_reuse_s" in knobs:
                self.issuer.reuse_s = float(knobs["refresh_reuse_s"])
            self.state.fail_sku_writes = frozenset(self.config.fail_sku_writes)
        if "app_published" in knobs:
            self.console.set_published(bool(knobs["app_published"]))

    def expire_tokens(self) -> None:
        """Every access token issued so far stops working (refresh tokens still work)."""
        self.issuer.expire_access(time.time())
        self.save_state()

    def inject(self, kind: str, count: int = 1) -> None:
        """The next `count` gateway calls fail with `kind`: a fault name or a gateway code."""
        if kind not in _INJECTABLE and kind not in gateway.DESCRIPTIONS:
            raise ValueError(f"cannot inject {kind!r}")
        with self._lock:
            self._injected.extend([kind] * count)

    def inject_token_fault(self, kind: str, count: int = 1) -> None:
        """The next `count` requests to the token endpoints fail with `kind` (see
        TOKEN_FAULT_KINDS; "lost" rotates first, then drops the answer)."""
        if kind not in TOKEN_FAULT_KINDS:
            raise ValueError(f"cannot inject {kind!r} at the token endpoints")
        with self._lock:
            self._token_injected.extend([kind] * count)

    def next_token_fault(self) -> str | None:
        cfg = self.config
        kinds = cfg.token_fault_kinds or TOKEN_FAULT_KINDS
        return self._draw_fault(self._token_injected, cfg.token_fault_rate, kinds)

    def seller(self, email: str, password: str) -> tuple[int, str, bool] | None:
        """(shop id, shop name, qualified) of a seller login, or None."""
        c = self.config
        email = email.strip().lower()
        if email == c.seller_email.lower() and password == c.seller_password:
            return c.shop_id, c.shop_name, c.qualified
        if email == c.other_seller_email.lower() and password == c.other_seller_password:
            return c.other_shop_id, c.other_shop_name, True
        return None

    def allow_call(self, app_key: str, now: float) -> bool:
        """The per-app rate limit: a bucket of R calls refilled at R per second."""
        rate = self.config.rate_limit
        if not rate:
            return True
        with self._lock:
            b = self._buckets.get(app_key)
            if b is None:
                b = self._buckets[app_key] = _Bucket(float(rate), now)
            b.tokens = min(float(rate), b.tokens + (now - b.last) * rate)
            b.last = now
            if b.tokens >= 1.0:
                b.tokens -= 1.0
                return True
            return False

    def next_fault(self) -> str | None:
        cfg = self.config
        return self._draw_fault(self._injected, cfg.fault_rate, cfg.fault_kinds or FAULT_KINDS)

    def _draw_fault(self, injected: deque[str], rate: float, kinds: tuple[str, ...]) -> str | None:
        """The next injected fault, else one drawn at `rate` (seeded), else None."""
        with self._lock:
            if injected:
                return injected.popleft()
            if rate > 0 and self._fault_rng.random() < rate:
                return kinds[self._fault_rng.randrange(len(kinds))]
        return None

    def pause(self, seconds: float) -> None:
        """Sleep in the calling handler thread; returns at once when the server stops."""
        if seconds > 0:
            self._stopping.wait(seconds)

    # --- state file ------------------------------------------------------------------------

    def _saved_state(self) -> dict[str, Any]:
        path = self.config.state_file
        if not path:
            return {}
        try:
            data = load_json(Path(path), default={})
        except BrokenFile:
            log.warning("sandbox state file was unreadable; starting fresh")
            return {}
        return data if isinstance(data, dict) else {}

    def _load_state(self) -> None:
        data = self._saved_state()
        if not data:
            return
        self.state.apply_changes(data.get("changes", {}))
        self.issuer.used.update(data.get("used", []))
        self.issuer.access_not_before = float(data.get("access_not_before", 0.0))
        self.issuer.successors.update(data.get("successors", {}))

    def save_state(self) -> None:
        path = self.config.state_file
        if not path:
            return
        with self._save_lock:
            save_json(
                Path(path),
                {
                    "changes": self.state.snapshot_changes(),
                    "used": sorted(self.issuer.used),
                    "access_not_before": self.issuer.access_not_before,
                    "successors": dict(self.issuer.successors),
                    "console": self.console.to_json(self._console_base or self.base_url),
                },
            )


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # thread pools open several connections at once

    def __init__(self, address: tuple[str, int], handler: type, sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def close_connections(self) -> None:
        with self.connections_lock:
            conns = list(self.connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("sandbox: a connection from %s ended with an error", client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "JDIDSandbox/1.0"
    timeout = 120  # an idle keep-alive connection is closed after this
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (base class name)
        log.debug("sandbox: %s", redact(format % args))

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    # --- plumbing ------------------------------------------------------------------------

    def _params(self) -> tuple[str, dict[str, str]]:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if 0 < length <= MAX_BODY:
            body = self.rfile.read(length)
            ctype = self.headers.get("Content-Type", "")
            if "application/x-www-form-urlencoded" in ctype or not ctype:
                text = body.decode("utf-8", errors="replace")
                params.update(parse_qsl(text, keep_blank_values=True))
        elif length > MAX_BODY:
            self.close_connection = True  # the body is not read, so the connection is spent
        return url.path, params

    def _send(self, resp: login.Response) -> None:
        reason = self.responses.get(resp.status, ("",))[0]
        head = [
            f"HTTP/1.1 {resp.status} {reason}",
            f"Server: {self.server_version}",
            f"Content-Type: {resp.content_type}",
            f"Content-Length: {len(resp.body)}",
            "Cache-Control: no-store",
        ]
        for k, v in resp.headers.items():
            head += [f"{k}: {item}" for item in (v if isinstance(v, list) else [v])]
        if self.close_connection:
            head.append("Connection: close")
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + resp.body)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _dispatch(self) -> None:
        sandbox = self.server.sandbox
        path, p = self._params()
        now = time.time()
        if path == "/routerjson":
            self._gateway(sandbox, p)
            return
        lang = pages.pick_lang(
            p.get("lang") or consoles.cookie_lang(self.headers),
            self.headers.get("Accept-Language"),
        )
        if path.startswith(consoles.PREFIXES):
            req = consoles.Request(self.command, path, p, self.headers, lang, now)
            answer = consoles.handle(sandbox, req)
            if answer is not None:
                self._send(answer)
                return
        if path == "/oauth2/to_login":
            resp = login.to_login(sandbox, p, lang)
        elif path == "/oauth2/login" and self.command == "POST":
            resp = login.login(sandbox, p, lang, now)
        elif path == "/oauth2/authorize" and self.command == "POST":
            resp = login.authorize(sandbox, p, lang, now)
        elif path in ("/oauth2/access_token", "/oauth2/refresh_token"):
            self._token(sandbox, path, p, now)
            return
        elif path == "/callback":
            resp = login.Response(200, pages.callback_page(lang).encode())
        elif path == "/":
            resp = login.Response(200, pages.index_page(lang, sandbox.account.lines()).encode())
        else:
            resp = login.Response(404, b"not found", "text/plain; charset=utf-8")
        self._send(resp)

    def _token(self, sandbox: SandboxServer, path: str, p: dict[str, str], now: float) -> None:
        name = path.lstrip("/").replace("/", ".")
        fault = sandbox.next_token_fault()
        if fault is not None and fault != "lost":
            sandbox.record(name, p.get("app_key", ""), {}, fault)
            self._fail(sandbox, fault)
            return
        grant = "authorization_code" if path.endswith("access_token") else "refresh_token"
        code, resp = login.token(sandbox, p, now, grant)
        sandbox.record(name, p.get("app_key", ""), {}, "lost" if fault else str(code))
        if fault == "lost":  # done (the refresh token rotated), but the answer never arrives
            self._drop()
            return
        self._send(resp)

    def _fail(self, sandbox: SandboxServer, fault: str) -> None:
        """Answer as a failing platform: HTTP 500, a maintenance page, a drop or a hang."""
        if fault == "http_500":
            self._send(login.Response(500, b"Internal Server Error", "text/plain"))
        elif fault == "garbage":
            self._send(login.Response(200, b"<html>maintenance</html>", "text/html"))
        else:
            if fault == "hang":
                sandbox.pause(sandbox.config.hang_s)
            self._drop()

    def _gateway(self, sandbox: SandboxServer, p: dict[str, str]) -> None:
        method, app_key = p.get("method", ""), p.get("app_key", "")
        sandbox.pause(sandbox.config.latency_ms / 1000.0)
        fault = sandbox.next_fault()
        if fault is not None and fault in _INJECTABLE:
            sandbox.record(method, app_key, {}, fault)
            self._fail(sandbox, fault)
            return
        if fault is not None:  # an injected gateway code
            body = gateway.error_envelope(fault)
            code, biz = fault, {}
        else:
            code, body, biz = gateway.answer(sandbox, p, time.time())
        sandbox.record(method, app_key, biz, code)
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(login.Response(200, data, "application/json; charset=utf-8"))
