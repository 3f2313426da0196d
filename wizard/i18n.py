"""Translations with Qt Linguist: choosing the language, switching it live, building .qm files.

Commands (from the project folder):
    python -m wizard.i18n update   # pyside6-lupdate over wizard/ -> resources/i18n/*_id.ts, *_en.ts
                                   # (English entries are filled with their source text)
    python -m wizard.i18n build    # pyside6-lrelease: resources/i18n/*.ts -> *.qm
    python -m wizard.i18n check    # list unfinished or missing translations (exit 1 if any)

resources/i18n/qt_id.ts carries Indonesian for Qt's own texts the app can show (right-click
menus, file dialogs, standard buttons, the embedded login's menu): Qt ships no Indonesian.
Its contexts are Qt's class names; `update` leaves it alone, every *_id.ts is loaded.

The app does not need committed .qm files: at start-up it builds missing or stale ones into
its cache folder with PySide6's lrelease.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import Any, ClassVar

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
    import subprocess  # only when a .qm has to be built (once per .ts change)

    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(qm.name + ".tmp")
    subprocess.run(
        [*_pyside_tool("lrelease"), "-silent", str(ts), "-qm", str(tmp)],
        check=True,
        capture_output=True,
    )
    os.replace(tmp, qm)


def _digest(ts: Path) -> str:
    import zlib  # a checksum is enough to tell .ts versions apart, and cheap to import

    data = ts.read_bytes()
    return f"{zlib.crc32(data):08x}{len(data):x}"


def _stamp(qm: Path) -> Path:
    """Next to a built .qm: the digest of the .ts it was built from (mtimes lie after a clone)."""
    return qm.with_name(qm.name + ".source")


def built_from(qm: Path, ts: Path) -> bool:
    """`qm` exists and was built from this very `ts` (its stamp says so)."""
    stamp = _stamp(qm)
    return qm.exists() and stamp.exists() and stamp.read_text().strip() == _digest(ts)


def qm_files(lang: str, cache_dir: Path | None) -> list[Path]:
    """The .qm files for `lang`: the ones next to the .ts if built from this very .ts, else
    built (once per .ts content) into `cache_dir`/i18n."""
    found: list[Path] = []
    for ts in ts_files(lang):
        committed = ts.with_suffix(".qm")
        if built_from(committed, ts):
            found.append(committed)
            continue
        if getattr(sys, "frozen", False):  # the installed app: .qm built before freezing
            log.error("no translation built for %s", ts.name)  # and no lrelease to build one
            continue
        if cache_dir is None:
            continue
        digest = _digest(ts)
        cached = cache_dir / "i18n" / f"{ts.stem}-{digest}.qm"
        if not cached.exists():
            try:
                release(ts, cached)
                log.info("built %s", cached)
            except Exception as exc:  # noqa: BLE001 - no translation beats no window
                log.error("could not build %s: %s", cached, exc)
                continue
            for old in cached.parent.glob(f"{ts.stem}-*.qm"):
                if old != cached:
                    old.unlink(missing_ok=True)
        found.append(cached)
    return found


class LanguageSwitcher:
    """Installs the translators of one language; switching sends LanguageChange to every
    widget, whose changeEvent re-sets its texts (no restart)."""

    # The translators installed in the application, whichever switcher installed them: one
    # language at a time for the whole app.
    _installed: ClassVar[list[Any]] = []

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.language: str | None = None

    def set_language(self, lang: str) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

        if lang not in LANGUAGES:
            raise ValueError(lang)
        app = QCoreApplication.instance()
        self.clear()
        for qm in qm_files(lang, self.cache_dir):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                LanguageSwitcher._installed.append(translator)
            else:
                log.error("could not load %s", qm)
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        )
        self.language = lang
        if hasattr(app, "setApplicationDisplayName"):
            # Qt appends this name to every window title: in the seller's language too.
            app.setApplicationDisplayName(
                QCoreApplication.translate("SetupWizard", "JD.ID Setup Wizard")
            )
        from wizard import locale_forms

        locale_forms.set_language(lang)  # dates, rupiah and counts follow the language

    @classmethod
    def clear(cls) -> None:
        """Remove every translator installed so far (back to the English source texts)."""
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        while cls._installed:
            translator = cls._installed.pop()
            if app is not None:
                app.removeTranslator(translator)
        from wizard import locale_forms

        locale_forms.set_language("en")


# ----- maintenance commands ------------------------------------------------------------------
def update(i18n_dir: Path = I18N_DIR) -> None:
    """Collect every tr()/QT_TRANSLATE_NOOP string of wizard/ into the .ts files."""
    import subprocess

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
    import xml.etree.ElementTree as ET

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


def _write_ts(tree: Any, ts: Path) -> None:
    import xml.etree.ElementTree as ET

    body = ET.tostring(tree.getroot(), encoding="unicode")
    # Quotes in texts escaped as lupdate writes them, so the file does not flip between the
    # two spellings (and every quoted line show up in a diff) depending on who wrote it last.
    body = re.sub(
        r">([^<]*)<",
        lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<",
        body,
    )
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def build(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """Build resources/i18n/*.qm, each with a stamp saying which .ts content it came from."""
    built = []
    for lang in LANGUAGES:
        for ts in ts_files(lang, i18n_dir):
            qm = ts.with_suffix(".qm")
            release(ts, qm)
            _stamp(qm).write_text(_digest(ts) + "\n")
            built.append(qm)
    return built


def problems(i18n_dir: Path = I18N_DIR) -> list[str]:
    """Unfinished, empty or missing translations in the .ts files, one line each."""
    import xml.etree.ElementTree as ET

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
                    if not name:
                        # A module-level tr() helper: lupdate cannot tell its context, and
                        # QTranslator never finds it. Use translate("Context", ...) or self.tr.
                        out.append(f"{ts.name}: no context (use translate): {source[:70]!r}")
                        continue
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
