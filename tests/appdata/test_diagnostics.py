"""The diagnostics zip: the files support needs, and no secret even when one was planted."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from wizard import __version__
from wizard.appdata import diagnostics
from wizard.appdata.diagnostics import DiagnosticsError, write_diagnostics_zip
from wizard.appdata.paths import AppPaths, resolve_paths
from wizard.appdata.settings import Settings
from wizard.flow.position import Position

API_SECRET = 'Sx9"k\\eY-4411-secret'  # a quote and a backslash: JSON-escaped in files
ACCESS_TOKEN = "at-7f3e9c2b1a"
REFRESH_TOKEN = "rt-00ddeeff99"
PASSWORD = "practice-pass-42"
SECRETS = [API_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, PASSWORD]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = resolve_paths(tmp_path / "home").ensure()
    settings = Settings(store_name="Toko Maju", shop_id="10012345", api_key="key-abc")
    settings.extra = {
        "refresh_token": REFRESH_TOKEN,  # planted by a broken older version, say
        "note": f"pasted by mistake: {API_SECRET}",
        "nested": {"Password": PASSWORD, "keep": "visible"},
    }
    # Settings.save refuses secret-looking keys, so plant the file the way a bug would.
    p.settings_file.write_text(json.dumps(_settings_dict(settings)), encoding="utf-8")
    progress = Position()
    progress.enter(["welcome", "qualified", "step01"])
    progress.set_confirmed("step01", True)
    progress.save(p.progress_file)
    log_lines = [
        "2026-11-27 10:00:00 INFO wizard.app: started",
        f"2026-11-27 10:00:01 DEBUG wizard.jdid: GET /token?access_token={ACCESS_TOKEN}&x=1",
        f"2026-11-27 10:00:02 DEBUG wizard.jdid: body {json.dumps({'app_secret': API_SECRET})}",
        f"2026-11-27 10:00:03 WARNING wizard.ui: odd value {REFRESH_TOKEN} in a message",
        f"2026-11-27 10:00:04 DEBUG wizard.sandbox: login with password={PASSWORD}",
        "2026-11-27 10:00:05 INFO wizard.appdata.secrets: keyring write ok",
        "2026-11-27 10:00:06 DEBUG wizard.http: Authorization: Bearer zz.yy.xx",
    ]
    p.log_file.write_text("\n".join(log_lines) + "\n", encoding="utf-8")
    (p.log_dir / "wizard.log.1").write_text(f"old line {ACCESS_TOKEN}\n", encoding="utf-8")
    return p


def _settings_dict(settings: Settings) -> dict:
    data = dict(settings.extra)
    data.update(
        language=settings.language,
        mode=settings.mode,
        store_name=settings.store_name,
        shop_id=settings.shop_id,
        api_key=settings.api_key,
    )
    return data


def _read_zip(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_zip_has_logs_settings_progress_and_versions(paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "out" / "diag.zip"
    assert write_diagnostics_zip(paths, target, SECRETS) == target
    members = _read_zip(target)
    assert set(members) >= {
        "logs/wizard.log",
        "logs/wizard.log.1",
        "config/settings.json",
        "config/progress.json",
        "system.json",
        "files.txt",
    }
    settings = json.loads(members["config/settings.json"])
    assert settings["store_name"] == "Toko Maju" and settings["shop_id"] == "10012345"
    assert settings["nested"]["keep"] == "visible"
    assert settings["refresh_token"] == "***" and settings["nested"]["Password"] == "***"
    progress = json.loads(members["config/progress.json"])
    assert progress["confirmed"] == ["step01"] and progress["path"][-1] == "step01"
    system = json.loads(members["system.json"])
    assert __version__ in system["app"] and system["python"] and system["pyside6"]
    assert "wizard.log" in members["files.txt"] and "settings.json" in members["files.txt"]
    assert "INFO wizard.app: started" in members["logs/wizard.log"]
    assert "INFO wizard.appdata.secrets: keyring write ok" in members["logs/wizard.log"]
    # nothing is left behind next to the zip
    assert [p.name for p in target.parent.iterdir()] == ["diag.zip"]


def test_no_secret_reaches_the_zip(paths: AppPaths, tmp_path: Path) -> None:
    target = write_diagnostics_zip(paths, tmp_path / "diag.zip", SECRETS)
    escaped = [json.dumps(s)[1:-1] for s in SECRETS]
    for name, text in _read_zip(target).items():
        for secret in SECRETS + escaped + ["zz.yy.xx"]:
            assert secret not in text, f"{secret!r} found in {name}"
    log = _read_zip(target)["logs/wizard.log"]
    assert "access_token=***&x=1" in log and "Bearer ***" in log


def test_secret_named_values_masked_without_being_told(paths: AppPaths, tmp_path: Path) -> None:
    """Even with no list of known secrets, secret-named keys and pairs are masked."""
    members = _read_zip(write_diagnostics_zip(paths, tmp_path / "d.zip", []))
    settings = json.loads(members["config/settings.json"])
    assert settings["refresh_token"] == "***"
    assert ACCESS_TOKEN not in members["logs/wizard.log"]
    assert PASSWORD not in members["logs/wizard.log"]


def test_broken_settings_file_is_scrubbed_as_text(paths: AppPaths, tmp_path: Path) -> None:
    paths.settings_file.write_text('{"api_secret": "' + ACCESS_TOKEN + '", broken', "utf-8")
    members = _read_zip(write_diagnostics_zip(paths, tmp_path / "d.zip", [API_SECRET]))
    assert ACCESS_TOKEN not in members["config/settings.json"]
    assert "broken" in members["config/settings.json"]


def test_only_the_tail_of_a_big_log(paths: AppPaths, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(diagnostics, "MAX_LOG_BYTES", 1000)
    paths.log_file.write_text("".join(f"line {i:05d}\n" for i in range(2000)), "utf-8")
    log = _read_zip(write_diagnostics_zip(paths, tmp_path / "d.zip", []))["logs/wizard.log"]
    assert log.startswith("[... older lines left out ...]")
    assert "line 01999" in log and "line 00000" not in log and len(log) < 1100


def test_missing_folders_still_give_a_zip(tmp_path: Path) -> None:
    empty = resolve_paths(tmp_path / "nothing")
    members = _read_zip(write_diagnostics_zip(empty, tmp_path / "d.zip", SECRETS))
    assert "(missing)" in members["files.txt"] and "system.json" in members


def test_unwritable_target_raises_and_keeps_old_file(paths: AppPaths, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    with pytest.raises(DiagnosticsError) as info:
        write_diagnostics_zip(paths, blocker / "diag.zip", SECRETS)
    assert info.value.key == "diagnostics_not_written"
    assert all(s not in str(info.value) for s in SECRETS)
    assert blocker.read_text("utf-8") == "not a folder"


def test_known_secrets_reads_the_keyring(memory_keyring) -> None:
    from wizard.appdata import secrets
    from wizard.jdid import Token

    secrets.save_api_secret("key-1", API_SECRET)
    secrets.save_token("key-1", Token(ACCESS_TOKEN, REFRESH_TOKEN, 2e9, 1e9))
    found = diagnostics.known_secrets("key-1", [PASSWORD, None, ""])
    assert sorted(found) == sorted(SECRETS)
    assert diagnostics.known_secrets("", [PASSWORD]) == [PASSWORD]  # no app yet
    assert diagnostics.known_secrets("other-key") == []


def test_known_secrets_without_a_keyring(monkeypatch) -> None:
    from wizard.appdata import secrets

    def broken(api_key: str) -> str:
        raise secrets.NoKeyring("no backend")

    monkeypatch.setattr(secrets, "load_api_secret", broken)
    assert diagnostics.known_secrets("key-1", [PASSWORD]) == [PASSWORD]
