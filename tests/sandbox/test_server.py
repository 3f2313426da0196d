"""The server itself: quick stop, state file, knobs, the CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from tests.fixtures.sandbox import login_token
from wizard.jdid import JdidClient, sandbox_profile
from wizard.sandbox import SandboxConfig, SandboxServer

ROOT = Path(__file__).resolve().parents[2]


def test_stop_is_quick_even_during_a_hang(make_sandbox):
    server = make_sandbox(hang_s=30)
    server.inject("hang")
    errors = []

    def call():
        try:
            requests.post(server.profile.gateway_url, data={}, timeout=10)
        except requests.RequestException as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.2)
    server.stop()
    # The call would hang for its 10 s timeout; joined well before that, it was cut off by
    # stop() (an error, no answer) rather than timing out on its own.
    worker.join(5)
    assert not worker.is_alive() and errors


def test_writes_survive_a_restart_with_a_state_file(tmp_path):
    state_file = tmp_path / "state.json"
    with SandboxServer(SandboxConfig(state_file=state_file)) as server:
        token = login_token(server)
        acc = server.account
        sku = server.state.spus()[0].skus[0].sku_id
        with JdidClient(server.profile, acc.app_key, acc.app_secret, token) as client:
            client.update_stock({sku: 4321})
            client.update_price(sku, 77_000)
    with SandboxServer(SandboxConfig(state_file=state_file)) as again:
        assert again.state.stock(sku) == 4321
        assert again.state.price(sku) == 77_000
        # the practice login also survives: tokens are signed, not remembered
        with JdidClient(again.profile, acc.app_key, acc.app_secret, token) as client:
            assert client.list_spus(1, 1).total == 60


def test_knobs_are_checked(sandbox):
    with pytest.raises(TypeError):
        sandbox.configure(colour="red")
    with pytest.raises(ValueError):
        sandbox.inject("explode")
    with pytest.raises(TypeError):
        SandboxServer(no_such_setting=1)


def test_random_faults_are_deterministic_from_the_seed():
    def draws(seed):
        server = SandboxServer(SandboxConfig(seed=seed, fault_rate=0.3))
        return [server.next_fault() for _ in range(50)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)
    assert 5 < sum(d is not None for d in draws(3)) < 30


def test_account_repr_hides_the_secret(sandbox):
    assert sandbox.account.app_secret not in repr(sandbox.account)


def test_cli_prints_the_account_and_serves(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [
        sys.executable,
        "-m",
        "wizard.sandbox",
        "--port",
        "0",
        "--spus",
        "5",
        "--seller-email",
        "coba@contoh.id",
        "--shop-id",
        "555",
    ]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        lines = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("Press Ctrl+C"):
                break
        text = "\n".join(lines)
        base = lines[0].rsplit(" ", 1)[-1]
        assert base.startswith("http://127.0.0.1:")
        assert "coba@contoh.id" in text and "Shop ID:          555" in text
        values = dict(line.split(":", 1) for line in lines[2:] if ":" in line)
        key, secret = values["API Key"].strip(), values["API Secret"].strip()
        assert values["Callback URL"].strip() == base + "/callback"
        with JdidClient(sandbox_profile(base), key, secret) as client:
            client.check_credentials()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        if proc.stdout:
            proc.stdout.close()
