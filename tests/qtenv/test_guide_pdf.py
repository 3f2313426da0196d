"""The printable guide: a real PDF, read back with QtPdf, with every step in the chosen language."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from wizard import i18n
from wizard.flow.steps import NUMBERED_STEPS, REAL_CALLBACK_URL, step
from wizard.ui.qtenv.guide_pdf import (
    EXIT_BAD_ARGUMENT,
    EXIT_NOT_WRITTEN,
    EXIT_OK,
    GuideExportError,
    export_guide,
    run_export_cli,
    step_heading,
    translator_for,
)

INTRO = [step("welcome"), step("qualified")]


def _pdf_text(path: Path) -> tuple[QPdfDocument, str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
    return doc, _norm(text)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def exported(qapp, tmp_path_factory, cache_dir) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("guide")
    files = {}
    for lang in ("en", "id"):
        files[lang] = out / f"guide-{lang}.pdf"
        export_guide(files[lang], lang, cache_dir=cache_dir)
    return files


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_step_number_and_title_in_the_pdf(exported, cache_dir, lang: str) -> None:
    doc, text = _pdf_text(exported[lang])
    translate = translator_for(lang, cache_dir)
    for s in INTRO + list(NUMBERED_STEPS):
        heading = _norm(step_heading(s, translate))
        assert heading in text, f"{lang}: missing {heading!r}"
    positions = [text.index(_norm(step_heading(s, translate))) for s in NUMBERED_STEPS]
    assert positions == sorted(positions)  # in order
    # the links and the callback URL to register are printed
    for url in ("https://seller.jd.id/", "https://open-console.jd.id/", REAL_CALLBACK_URL):
        assert url in text.replace(" ", "")
    # one page per step at least (each numbered step starts a new page)
    assert doc.pageCount() >= len(NUMBERED_STEPS) + 1


def test_english_guide_has_the_step_texts(exported) -> None:
    _, text = _pdf_text(exported["en"])
    assert "Step 10 of 17: Enter the callback URL" in text
    assert "same SKU code" in text  # the welcome warning
    assert "Qualified Sellers" in text  # the Qualified note
    assert "Export sync starts Off" in text
    # Written for paper (issue 10, defect 10): how to read it, and no "Click Next."
    assert "Keep this guide next to your computer" in text
    assert "Click Next" not in text and "In the wizard, press the red Check keys button" in text


def test_pictures_are_drawn_in_the_pdf(exported, qapp) -> None:
    doc = QPdfDocument()
    doc.load(str(exported["en"]))
    image = doc.render(1, QSize(420, 594))  # the Qualified page: its picture has JD.ID red
    reds = sum(
        1
        for x in range(0, 420, 3)
        for y in range(0, 594, 3)
        if (c := QColor(image.pixel(x, y))).red() > 200 and c.green() < 80 and c.blue() < 80
    )
    assert reds > 20


def _finished_id_titles() -> dict[str, str]:
    """Step titles that the Indonesian .ts file translates (finished entries only)."""
    found: dict[str, str] = {}
    for ts in i18n.ts_files("id"):
        for context in ET.parse(ts).getroot().iter("context"):
            if context.findtext("name") != "Steps":
                continue
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                    found[message.findtext("source") or ""] = tr.text or ""
    return found


def test_indonesian_titles_come_from_the_translations(exported) -> None:
    titles = _finished_id_titles()
    wanted = {s.title for s in NUMBERED_STEPS} & set(titles)
    if not wanted:
        pytest.skip("no finished Indonesian step titles in resources/i18n yet")
    _, text = _pdf_text(exported["id"])
    for source in wanted:
        assert _norm(titles[source]) in text, f"Indonesian title of {source!r} missing"
    english = {s.title: s for s in NUMBERED_STEPS}
    for source in wanted:
        if titles[source] != source:  # not a name kept as is, like "API Key"
            heading = step_heading(english[source], lambda _c, t: t)
            assert _norm(heading) not in text, f"English heading left in: {heading!r}"


def test_unwritable_folder_gives_a_bilingual_sentence_and_exit_3(
    qapp, tmp_path: Path, app_home
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me", "utf-8")
    with pytest.raises(GuideExportError) as info:
        export_guide(blocker / "guide.pdf", "en", cache_dir=tmp_path / "c")
    assert info.value.key == "guide_not_written"
    err = io.StringIO()
    assert run_export_cli(str(blocker / "guide.pdf"), "id", stderr=err) == EXIT_NOT_WRITTEN
    message = err.getvalue()
    assert "Could not save the guide" in message and "Panduan tidak dapat disimpan" in message
    assert "Traceback" not in message
    assert blocker.read_text("utf-8") == "keep me"


def test_unknown_language_exit_2(qapp, tmp_path: Path, app_home) -> None:
    err = io.StringIO()
    assert run_export_cli(str(tmp_path / "g.pdf"), "fr", stderr=err) == EXIT_BAD_ARGUMENT
    assert "--lang id" in err.getvalue() and "tidak dikenal" in err.getvalue()
    assert not (tmp_path / "g.pdf").exists()


def test_export_replaces_an_old_file_whole(qapp, tmp_path: Path, app_home) -> None:
    target = tmp_path / "out" / "guide.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert run_export_cli(str(target), "en", stderr=io.StringIO()) == EXIT_OK
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["guide.pdf"]  # no temp file left


def _run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JDID_WIZARD_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must work without a display setting
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_main_export_guide_command(tmp_path: Path) -> None:
    """`python main.py --export-guide FILE --lang id` as support staff would type it."""
    target = tmp_path / "panduan.pdf"
    result = _run_main(tmp_path, "--export-guide", str(target), "--lang", "id")
    assert result.returncode == EXIT_OK, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_main_export_guide_into_a_missing_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    result = _run_main(tmp_path, "--export-guide", str(blocker / "g.pdf"), "--lang", "en")
    assert result.returncode == EXIT_NOT_WRITTEN
    assert "Could not save the guide" in result.stderr
    assert "Panduan tidak dapat disimpan" in result.stderr
    assert "Traceback" not in result.stderr
