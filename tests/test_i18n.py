"""Translations: complete, consistent with the source, buildable, chosen by the system locale."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard import i18n

PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation text (None when unfinished)."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            done = translation is not None and kind != "unfinished" and translation.text
            out[(name, message.findtext("source") or "")] = translation.text if done else None
    return out


def test_every_translation_is_finished() -> None:
    found = i18n.problems()
    assert not found, "run `python -m wizard.i18n update` and translate:\n" + "\n".join(found)


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path) -> None:
    fresh = tmp_path / "fresh_id.ts"
    sources = sorted(str(p) for p in i18n.SOURCE_DIR.rglob("*.py"))
    subprocess.run(
        [*i18n._pyside_tool("lupdate"), "-silent", *sources, "-ts", str(fresh)], check=True
    )
    in_code = set(messages(fresh))
    for lang in i18n.LANGUAGES:
        in_ts = set().union(*(messages(ts) for ts in i18n.ts_files(lang)))
        missing = sorted(in_code - in_ts)
        assert not missing, f"{lang}: not in the .ts files (run the update): {missing[:5]}"


def test_translations_keep_placeholders_accelerators_and_paragraphs() -> None:
    for ts in i18n.ts_files("id"):
        for (context, source), text in messages(ts).items():
            if text is None:
                continue
            where = f"[{context}] {source[:60]!r}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
            if "&" in source.replace("&&", ""):
                assert "&" in text, where
            assert source.count("\n") == text.count("\n"), where


def test_english_translation_is_the_source() -> None:
    for ts in i18n.ts_files("en"):
        for (context, source), text in messages(ts).items():
            assert text == source, f"[{context}] {source[:60]!r}"


def test_problems_finds_unfinished_and_contextless_entries(tmp_path) -> None:
    for lang in i18n.LANGUAGES:
        (tmp_path / f"x_{lang}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
            "<context><name>A</name><message><source>Hello</source>"
            '<translation type="unfinished"></translation></message></context>'
            "<context><name></name><message><source>Loose</source>"
            "<translation>Lepas</translation></message></context></TS>",
            encoding="utf-8",
        )
    found = i18n.problems(tmp_path)
    assert any("unfinished: 'Hello'" in line for line in found)
    assert any("no context" in line and "Loose" in line for line in found)


def test_build_and_the_cache_follow_the_ts_content(tmp_path) -> None:
    i18n_dir = tmp_path / "i18n"
    shutil.copytree(i18n.I18N_DIR, i18n_dir, ignore=shutil.ignore_patterns("*.qm*"))
    built = i18n.build(i18n_dir)
    assert {p.name for p in built} == {"wizard_id.qm", "wizard_en.qm", "qt_id.qm"}
    for qm in built:
        assert qm.stat().st_size > 1000 and qm.with_name(qm.name + ".source").exists()


def test_missing_qm_files_are_built_into_the_cache_once(tmp_path, monkeypatch) -> None:
    i18n_dir = tmp_path / "i18n"
    i18n_dir.mkdir()
    source = i18n.I18N_DIR / "wizard_id.ts"
    ts = i18n_dir / source.name
    shutil.copy(source, ts)
    monkeypatch.setattr(i18n, "I18N_DIR", i18n_dir)
    monkeypatch.setattr(i18n, "ts_files", lambda lang, d=i18n_dir: sorted(d.glob(f"*_{lang}.ts")))
    cache = tmp_path / "cache"
    first = i18n.qm_files("id", cache)
    assert len(first) == 1 and first[0].parent == cache / "i18n"
    stamp = first[0].stat().st_mtime_ns
    assert i18n.qm_files("id", cache) == first and first[0].stat().st_mtime_ns == stamp
    ts.write_text(ts.read_text(encoding="utf-8").replace("Langkah", "Tahap"), encoding="utf-8")
    second = i18n.qm_files("id", cache)
    assert second != first and not first[0].exists()


@pytest.mark.parametrize(
    ("lang_env", "expected"), [("id_ID.UTF-8", "id"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")]
)
def test_the_system_locale_picks_the_language(lang_env, expected) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang_env, LANGUAGE="", LC_ALL=lang_env)
    out = subprocess.run(
        [sys.executable, "-c", "from wizard.i18n import system_language; print(system_language())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=i18n.ROOT,
    )
    assert out.stdout.strip() == expected
