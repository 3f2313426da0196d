"""Translations with Qt Linguist: choosing the language, switching it live, building .qm files.

Commands (from the project folder):
    python -m wizard.i18n update   # pyside6-lupdate over wizard/ -> resources/i18n/*_id.ts, *_en.ts
                                   # (English entries are filled with their source text)
    python -m wizard.i18n build    # pyside6-lrelease: resources/i18n/*.ts -> *.qm
    python -m wizard.i18n check    # list unfinished or missing translations (exit 1 if any)

The app does not need committed .qm files: at start-up it builds missing or stale ones into
its cache folder with PySide6's lrelease.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_DIR = ROOT / "wizard"
MAIN_TS = "wizard"  # resources/i18n/wizard_<lang>.ts


def system_language() -> str:
    """ "id" when the system locale is Indonesian, otherwise "en"."""
    from PySide6.QtCore import QLocale

    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


def ts_files(lang: str, i18n_dir: Path = I18N_DIR) -> list[Path]:
    return sorted(i18n_dir.glob(f"*_{lang}.ts"))


def _pyside_tool(name: str) -> list[str]:
    """Command line of a PySide6 tool (lupdate / lrelease), found next to the PySide6 package."""
    import PySide6

    binary = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if binary.exists():
        return [str(binary)]
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def release(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(qm.name + ".tmp")
    subprocess.run(
        [*_pyside_tool("lrelease"), "-silent", str(ts), "-qm", str(tmp)],
        check=True,
        capture_output=True,
    )
    os.replace(tmp, qm)


def qm_files(lang: str, cache_dir: Path | None) -> list[Path]:
    """The .qm files for `lang`: committed ones if up to date, else built into `cache_dir`."""
    found: list[Path] = []
    for ts in ts_files(lang):
        committed = ts.with_suffix(".qm")
        if committed.exists() and committed.stat().st_mtime >= ts.stat().st_mtime:
            found.append(committed)
            continue
        if cache_dir is None:
            continue
        cached = cache_dir / "i18n" / committed.name
        if not cached.exists() or cached.stat().st_mtime < ts.stat().st_mtime:
            try:
                release(ts, cached)
                log.info("built %s", cached)
            except (OSError, subprocess.CalledProcessError) as exc:
                log.error("could not build %s: %s", cached, exc)
                continue
        found.append(cached)
    return found


class LanguageSwitcher:
    """Installs the translators of one language; switching sends LanguageChange to every
    widget, whose changeEvent re-sets its texts (no restart)."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.language: str | None = None
        self._translators: list = []

    def set_language(self, lang: str) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

        if lang not in LANGUAGES:
            raise ValueError(lang)
        app = QCoreApplication.instance()
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        for qm in qm_files(lang, self.cache_dir):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.error("could not load %s", qm)
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        )
        self.language = lang


# ----- maintenance commands ------------------------------------------------------------------
def update(i18n_dir: Path = I18N_DIR) -> None:
    """Collect every tr()/QT_TRANSLATE_NOOP string of wizard/ into the .ts files."""
    sources = sorted(str(p) for p in SOURCE_DIR.rglob("*.py"))
    i18n_dir.mkdir(parents=True, exist_ok=True)
    targets = [i18n_dir / f"{MAIN_TS}_{lang}.ts" for lang in LANGUAGES]
    for ts in targets:
        lang = ts.stem.rsplit("_", 1)[1]
        subprocess.run(
            [
                *_pyside_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                "id_ID" if lang == "id" else "en_US",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
    fill_english(i18n_dir / f"{MAIN_TS}_en.ts")


def fill_english(ts: Path) -> int:
    """English is the source language: every unfinished entry gets its source as translation."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
            translation.text or len(translation)
        ):
            if message.get("numerus") == "yes":
                continue
            translation.text = message.findtext("source") or ""
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        _write_ts(tree, ts)
    return filled


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def build(i18n_dir: Path = I18N_DIR) -> list[Path]:
    built = []
    for lang in LANGUAGES:
        for ts in ts_files(lang, i18n_dir):
            release(ts, ts.with_suffix(".qm"))
            built.append(ts.with_suffix(".qm"))
    return built


def problems(i18n_dir: Path = I18N_DIR) -> list[str]:
    """Unfinished, empty or missing translations in the .ts files, one line each."""
    out: list[str] = []
    for lang in LANGUAGES:
        files = ts_files(lang, i18n_dir)
        if not files:
            out.append(f"no *_{lang}.ts file in {i18n_dir}")
        for ts in files:
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    source = message.findtext("source") or ""
                    translation = message.find("translation")
                    kind = None if translation is None else translation.get("type")
                    if kind in ("vanished", "obsolete"):
                        continue
                    text = (
                        ""
                        if translation is None
                        else (translation.text or "".join(n.text or "" for n in translation))
                    )
                    if translation is None or kind == "unfinished" or not text.strip():
                        out.append(f"{ts.name}: [{name}] unfinished: {source[:70]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else ""
    if command == "update":
        update()
        print("updated:", ", ".join(p.name for lang in LANGUAGES for p in ts_files(lang)))
        return 0
    if command == "build":
        print("built:", ", ".join(p.name for p in build()))
        return 0
    if command == "check":
        found = problems()
        print("\n".join(found) if found else "all translations finished")
        return 1 if found else 0
    print("usage: python -m wizard.i18n update|build|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
