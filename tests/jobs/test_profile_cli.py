"""`--profile FILE.json` on the command line: a bad file gives its sentence, exit code 2, and
changes nothing; `--endpoint` is checked the same way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

BAD = {
    "missing field": (
        {"oauth_base": "https://oauth.example.co.id", "callback_url": "https://shop.example/cb"},
        "gateway_base is missing",
    ),
    "http to a public host": (
        {
            "oauth_base": "https://oauth.example.co.id",
            "gateway_base": "http://api.example.co.id",
            "callback_url": "https://shop.example/cb",
        },
        "gateway_base must start with https://",
    ),
    "not json": ("oauth_base = https://oauth.example.co.id", "is not valid JSON"),
}


def main_py(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip


# The app (before any window) with each bad file; the commands with one each.
RUNS = [((), case) for case in BAD] + [
    (("import",), "http to a public host"),
    (("sync",), "not json"),
]


@pytest.mark.parametrize(
    ("command", "case"), RUNS, ids=[f"{c[0] if c else 'app'}-{k}" for c, k in RUNS]
)
def test_a_bad_profile_file_is_refused_with_a_sentence(tmp_path: Path, command, case) -> None:  # noqa: ANN001
    content, words = BAD[case]
    profile = tmp_path / "profile.json"
    profile.write_text(content if isinstance(content, str) else json.dumps(content))
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"language": "en", "shop_id": "10023456", "api_key": "K"}')
    before = settings.read_bytes()
    done = main_py("--data-dir", str(tmp_path), *command, "--profile", str(profile))
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and str(profile) in done.stderr
    assert "Nothing was changed" in done.stderr or "nothing was changed" in done.stderr
    assert "Traceback" not in done.stderr
    assert settings.read_bytes() == before


def test_endpoint_is_a_profile_and_checked_the_same_way(tmp_path: Path) -> None:
    done = main_py("import", "--data-dir", str(tmp_path), "--endpoint", "http://sandbox.example")
    assert done.returncode == 2
    assert "oauth_base must start with https://" in done.stderr and "--endpoint" in done.stderr
