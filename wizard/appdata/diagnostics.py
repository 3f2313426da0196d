"""A diagnostics zip for support staff: logs, settings, progress and versions, with no secret.

Every file is cleaned before it goes in: values under a key that names a secret, token or
password are masked, the caller's known secrets (the stored API Secret and tokens) are
replaced wherever they appear, and `name=value` / `"name": "value"` pairs whose name says
secret/token/password are masked in plain text too (a log line could carry one). The zip is
written to a temp file next to the target and renamed, so a failure never leaves half a zip.
No Qt: the Help dialog runs this in a worker thread.
"""

from __future__ import annotations

import io
import json
import logging
import os
import platform
import re
import sys
import time
import zipfile
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from wizard import APP_NAME, __version__
from wizard.appdata.jsonfile import write_atomic
from wizard.appdata.paths import AppPaths

log = logging.getLogger(__name__)

MASK = "***"
SECRET_WORDS = ("secret", "token", "password", "passwd", "authorization")
# Only the tail of a big log goes in: support needs the recent lines, not megabytes.
MAX_LOG_BYTES = 2_000_000
# A "secret" shorter than this is no secret worth scrubbing (and would mangle the text).
MIN_SCRUB_LEN = 4

_SECRET_NAME = r"[\w.-]*(?:secret|token|password|passwd)[\w.-]*"
# "name": "value" / 'name': value (quoted names, as in JSON or a repr) and name=value (as in a
# URL query or a dataclass repr). An unquoted "name:" is left alone: log lines start with the
# logger's name ("wizard.appdata.secrets: ..."), and the known secrets are replaced anyway.
_PAIR = re.compile(
    rf"""(?P<name>(?P<nq>["']){_SECRET_NAME}(?P=nq)\s*[:=]\s*|\b{_SECRET_NAME}\s*=\s*)"""
    r"""(?:(?P<q>["'])(?P<qv>[^"'\r\n]*)|(?P<v>[^\s"'&,;})\]]+))""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)


class DiagnosticsError(Exception):
    """The zip could not be written. `key` is stable for the UI; the text holds no secret."""

    key = "diagnostics_not_written"

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"could not write {target}: {reason}")
        self.target = target
        self.reason = reason


def _is_secret_name(name: str) -> bool:
    low = name.lower()
    return any(word in low for word in SECRET_WORDS)


def mask_secrets(value: Any) -> Any:
    """A copy of a JSON value with every value under a secret-looking key masked."""
    if isinstance(value, Mapping):
        return {
            k: (MASK if _is_secret_name(str(k)) and v not in (None, "") else mask_secrets(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_secrets(v) for v in value]
    return value


def scrub_text(text: str, secrets: Iterable[str]) -> str:
    """`text` with each known secret and each `secret-name = value` pair masked."""
    # Longest first, so a secret that contains another is replaced whole.
    for secret in sorted(
        {s for s in secrets if s and len(s) >= MIN_SCRUB_LEN}, key=len, reverse=True
    ):
        text = text.replace(secret, MASK)
        escaped = json.dumps(secret)[1:-1]  # as it would appear inside a JSON string
        if escaped != secret:
            text = text.replace(escaped, MASK)

    def _mask(m: re.Match[str]) -> str:
        value = m.group("qv") if m.group("q") else m.group("v")
        if not value or value == MASK:
            return m.group(0)
        return f"{m.group('name')}{m.group('q') or ''}{MASK}"

    return _BEARER.sub(rf"\g<1>{MASK}", _PAIR.sub(_mask, text))


def _scrub_value(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        return scrub_text(value, secrets)
    if isinstance(value, dict):
        return {k: _scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_value(v, secrets) for v in value]
    return value


def clean_json_file(raw: bytes, secrets: list[str]) -> str:
    """A settings-like JSON file with secrets masked; text scrubbing if it is not valid JSON."""
    text = raw.decode("utf-8", errors="replace")
    try:
        value = json.loads(text)
    except ValueError:
        return scrub_text(text, secrets)
    cleaned = _scrub_value(mask_secrets(value), secrets)
    return json.dumps(cleaned, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _read_tail(path: Path, limit: int | None = None) -> bytes:
    limit = MAX_LOG_BYTES if limit is None else limit
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - limit))
        data = f.read()
    if size > limit:  # drop the cut first line
        data = b"[... older lines left out ...]\n" + data.split(b"\n", 1)[-1]
    return data


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def system_info(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Versions of the app, Python, Qt/PySide6 and the OS (no user data)."""
    info = {
        "app": f"{APP_NAME} {__version__}",
        "python": sys.version.replace("\n", " "),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "pyside6": _package_version("PySide6"),
        "requests": _package_version("requests"),
        "keyring": _package_version("keyring"),
        "created": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }
    # The Qt runtime version, only when Qt is already loaded (this module never imports Qt).
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        info["qt"] = qtcore.qVersion()
    info.update(extra or {})
    return info


def _listing(paths: AppPaths) -> str:
    """Names and sizes of the app's files (not their content), to see what exists."""
    lines: list[str] = []
    for label, folder in (
        ("data", paths.data_dir),
        ("config", paths.config_dir),
        ("logs", paths.log_dir),
        ("cache", paths.cache_dir),
    ):
        lines.append(f"[{label}] {folder}")
        if not folder.is_dir():
            lines.append("  (missing)")
            continue
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                try:
                    size = p.stat().st_size
                except OSError:
                    size = -1
                lines.append(f"  {p.relative_to(folder)}  {size} bytes")
    return "\n".join(lines) + "\n"


def build_diagnostics(
    paths: AppPaths, secrets_to_scrub: Iterable[str], extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The zip's members (name -> cleaned text); every file that could not be read is noted."""
    secrets = [s for s in secrets_to_scrub if s]
    members: dict[str, str] = {}
    problems: list[str] = []

    if paths.log_dir.is_dir():
        for p in sorted(paths.log_dir.iterdir()):
            if not p.is_file():
                continue
            try:
                text = _read_tail(p).decode("utf-8", errors="replace")
            except OSError as exc:
                problems.append(f"logs/{p.name}: {type(exc).__name__}")
                continue
            members[f"logs/{p.name}"] = scrub_text(text, secrets)

    if paths.config_dir.is_dir():
        # settings.json, progress.json and any *.bad copy of them set aside after damage
        for p in sorted(paths.config_dir.iterdir()):
            if not p.is_file() or not (p.suffix in (".json", ".bad") or ".json." in p.name):
                continue
            try:
                members[f"config/{p.name}"] = clean_json_file(p.read_bytes(), secrets)
            except OSError as exc:
                problems.append(f"config/{p.name}: {type(exc).__name__}")

    info = system_info(extra)
    members["system.json"] = (
        json.dumps({k: scrub_text(v, secrets) for k, v in info.items()}, indent=2, sort_keys=True)
        + "\n"
    )
    members["files.txt"] = scrub_text(_listing(paths), secrets)
    if problems:
        members["problems.txt"] = "\n".join(problems) + "\n"
    return members


def known_secrets(api_key: str, also: Iterable[str | None] = ()) -> list[str]:
    """The secrets stored for the app `api_key` (API Secret, access and refresh token) plus
    `also` (e.g. the practice account's password), for `write_diagnostics_zip` to scrub.

    Reads the keyring, so call it off the GUI thread. A keyring that cannot be read gives no
    values: the key-name and name=value masking still apply."""
    from wizard.appdata import secrets

    found = [v for v in also if v]
    if not api_key:
        return found
    try:
        found.append(secrets.load_api_secret(api_key) or "")
        token = secrets.load_token(api_key)
    except Exception as exc:  # noqa: BLE001 - a keyring problem must not stop the zip
        log.warning("secrets not readable for scrubbing: %s", type(exc).__name__)
        return found
    if token is not None:
        found += [token.access_token, token.refresh_token]
    return [v for v in found if v]


def write_diagnostics_zip(
    paths: AppPaths,
    target: Path,
    secrets_to_scrub: Iterable[str],
    *,
    extra: Mapping[str, str] | None = None,
) -> Path:
    """Write the diagnostics zip to `target` (temp file + rename) and return `target`.

    `secrets_to_scrub`: the values to remove wherever they appear (the stored API Secret,
    access and refresh tokens, practice passwords). `extra`: more version lines (the UI adds
    the Qt details). Raises DiagnosticsError when the file cannot be written."""
    target = Path(target)
    members = build_diagnostics(paths, secrets_to_scrub, extra)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text.encode("utf-8"))
    try:
        write_atomic(target, buffer.getvalue())
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        log.warning("diagnostics zip not written to %s: %s", target, reason)
        raise DiagnosticsError(target, reason) from None
    log.info("diagnostics written to %s (%d files)", target, len(members))
    return target
