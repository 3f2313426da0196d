"""The printable guide: every step of wizard.flow.steps.STEPS as a PDF, in Indonesian or English.

Used by `main.py --export-guide FILE.pdf --lang id|en` (see `run_export_cli` for the exit
codes) and usable from the app. The text comes from the same table and translations as the
wizard's pages; pictures are the guide's SVG files drawn at print resolution. The PDF is
built in memory and then written with a temp file + rename, so a failure never leaves a
half-written file (nor replaces a good one).
"""

from __future__ import annotations

import html
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from wizard import APP_NAME, __version__, i18n
from wizard.appdata.jsonfile import write_atomic
from wizard.appdata.paths import resolve_paths
from wizard.flow.steps import (
    NUMBERED_STEPS,
    PICTURES_DIR,
    QT_TRANSLATE_NOOP,
    STEPS,
    Step,
    resolve_url,
    step,
)

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
CONTEXT = "GuidePdf"
# The steps without a number that belong in the printed guide, before step 1.
INTRO_STEP_IDS = ("welcome", "qualified")
# Extra pictures shown with a step (where to find what the step asks for).
EXTRA_PICTURES = {"step12": ("shop-id.svg", "api-key-secret.svg")}
PICTURE_WIDTH = 520  # in the document's pixels (about 14 cm on A4)

# Exit codes of `--export-guide` (documented in run_export_cli).
EXIT_OK = 0
EXIT_BAD_ARGUMENT = 2
EXIT_NOT_WRITTEN = 3

Translate = Callable[[str, str], str]  # (context, English source) -> text

# The guide's own texts (the steps' texts are in the "Steps" context of wizard.flow.steps).
GUIDE_TITLE = QT_TRANSLATE_NOOP("GuidePdf", "How to connect your JD.ID store")
APP_TITLE = QT_TRANSLATE_NOOP("GuidePdf", "JD.ID Setup Wizard")
SUBTITLE = QT_TRANSLATE_NOOP("GuidePdf", "Printed guide of the %1, version %2, made on %3")
HOW_TO_READ = QT_TRANSLATE_NOOP(
    "GuidePdf",
    "Keep this guide next to your computer. Each section is one page of the wizard, in the "
    "same order, with the same picture. The wizard's buttons are written in bold, as on the "
    "screen: the red one is the one to press. A page goes on with Next (bottom right) once "
    "it is done.",
)
# Steps 13 to 17 happen inside the wizard: on paper they say where to look and what the
# reader will see, instead of "Click Next".
PAPER_BODIES = {
    "step13": QT_TRANSLATE_NOOP(
        "GuidePdf",
        "In the wizard, press the red Check keys button. The wizard checks your API Key and API "
        "Secret with JD.ID; after a few seconds it says they are accepted, or what to fix.",
    ),
    "step14": QT_TRANSLATE_NOOP(
        "GuidePdf",
        "In the wizard, press Log in. JD.ID's login page opens inside the wizard: log in with "
        "your Seller Center email and password and allow access.",
    ),
    "step15": QT_TRANSLATE_NOOP(
        "GuidePdf",
        "The wizard shows your store's name and Shop ID and confirms that it is a Qualified "
        "Seller. If the name is right, go on with Next.",
    ),
    "step16": QT_TRANSLATE_NOOP(
        "GuidePdf",
        "In the wizard, press Start import. Your JD.ID products that passed JD.ID's product "
        "check (QC) come into your product list and are linked by their SKU code. At the end "
        "the wizard lists the products that need your attention.",
    ),
    "step17": QT_TRANSLATE_NOOP(
        "GuidePdf",
        "Export sync starts Off: nothing on JD.ID changes. When you want your product list to "
        "update stock, prices and listings on JD.ID, turn the switch On. The wizard first shows "
        "every change it would send; nothing is sent until you agree.",
    ),
}


class GuideExportError(Exception):
    """The guide could not be exported. `key` is stable; str() is English + Indonesian."""

    def __init__(
        self, key: str, message: str, target: Path | None = None, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.key = key
        self.target = target  # the file that could not be written, if that was the problem
        self.reason = reason  # the system's short reason ("Permission denied", ...)


def _not_written(path: Path, reason: str) -> GuideExportError:
    return GuideExportError(
        "guide_not_written",
        f"Could not save the guide as {path} ({reason}). Check that the folder exists and that "
        "you may write in it, or choose another folder.\n"
        f"Panduan tidak dapat disimpan sebagai {path} ({reason}). Pastikan foldernya ada dan "
        "Anda boleh menyimpan file di sana, atau pilih folder lain.",
        target=path,
        reason=reason,
    )


def _unknown_language(lang: str) -> GuideExportError:
    return GuideExportError(
        "unknown_language",
        f'Unknown language "{lang}". Use --lang id (Bahasa Indonesia) or --lang en (English).\n'
        f'Bahasa "{lang}" tidak dikenal. Gunakan --lang id (Bahasa Indonesia) atau --lang en '
        "(English).",
    )


# ------------------------------------------------------------------------------ translation


def translator_for(lang: str, cache_dir: Path | None = None) -> Translate:
    """A translate function for `lang` that leaves the running app's language alone.

    The QTranslators are loaded but not installed, so exporting from inside the app does not
    switch its windows to another language. `cache_dir` is where missing .qm files are built
    (wizard.i18n.qm_files)."""
    if lang not in LANGUAGES:
        raise _unknown_language(lang)
    translators: list[QTranslator] = []
    for qm in i18n.qm_files(lang, cache_dir):
        translator = QTranslator()
        if translator.load(str(qm)):
            translators.append(translator)
        else:
            log.error("could not load %s; that part of the guide stays in English", qm)

    def translate(context: str, text: str) -> str:
        for t in translators:
            out = t.translate(context, text)
            if out:
                return out
        return text

    return translate


# ------------------------------------------------------------------------------ pictures


def render_picture(name: str, width_px: int) -> QImage | None:
    """The SVG picture drawn as an image `width_px` wide, or None if it is missing."""
    path = PICTURES_DIR / name
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is None or not renderer.isValid():
        log.warning("picture %s missing or unreadable; the guide goes without it", name)
        return None
    size = renderer.defaultSize()
    image = QImage(
        width_px, round(width_px * size.height() / size.width()), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


# ------------------------------------------------------------------------------ the document


def _paragraphs(text: str) -> str:
    """Body text to HTML: blank lines split paragraphs, lines starting with "- " are bullets."""
    out: list[str] = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        bullets = [ln[2:] for ln in lines if ln.startswith("- ")]
        plain = [ln for ln in lines if not ln.startswith("- ")]
        if plain:
            out.append(f"<p>{'<br/>'.join(html.escape(ln) for ln in plain)}</p>")
        if bullets:
            items = "".join(f"<li>{html.escape(b)}</li>" for b in bullets)
            out.append(f"<ul>{items}</ul>")
    return "".join(out)


def step_heading(s: Step, translate: Translate) -> str:
    """ "Step 3 of 17: Register as a developer" (or the plain title for an unnumbered page)."""
    title = translate("Steps", s.title)
    if s.number is None:
        return title
    template = translate("Steps", "Step %1 of %2")
    return template.replace("%1", str(s.number)).replace("%2", str(len(NUMBERED_STEPS))) + (
        ": " + title
    )


class _GuideBuilder:
    def __init__(self, translate: Translate, doc: QTextDocument) -> None:
        self.xl = translate
        self.doc = doc
        self.parts: list[str] = []
        self._pictures = 0

    def image(self, name: str, width: int) -> str:
        """An <img> of the picture `width` document pixels wide ("" when it is missing)."""
        image = render_picture(name, width * 2)  # 2x for sharp print
        if image is None:
            return ""
        self._pictures += 1
        url = QUrl(f"guide-picture://{self._pictures}/{name}")
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        height = round(width * image.height() / image.width())
        return f'<img src="{url.toString()}" width="{width}" height="{height}"/>'

    def picture(self, name: str) -> str:
        return f'<p align="center">{self.image(name, PICTURE_WIDTH)}</p>'

    def pictures_side_by_side(self, names: tuple[str, ...]) -> str:
        width = (PICTURE_WIDTH + 80) // len(names) - 10
        cells = "".join(f'<td align="center">{self.image(n, width)}</td>' for n in names)
        return f'<table align="center" cellspacing="6"><tr>{cells}</tr></table>'

    def step_section(self, s: Step, first: bool) -> None:
        brk = "" if first else ' style="page-break-before: always"'
        self.parts.append(f"<h2{brk}>{html.escape(step_heading(s, self.xl))}</h2>")
        if s.picture:
            self.parts.append(self.picture(s.picture))
        paper = PAPER_BODIES.get(s.id)
        body = self.xl(CONTEXT, paper) if paper else self.xl("Steps", s.body)
        self.parts.append(_paragraphs(body))
        if s.id in EXTRA_PICTURES:
            self.parts.append(self.pictures_side_by_side(EXTRA_PICTURES[s.id]))
        rows: list[tuple[str, str]] = [
            (self.xl("Steps", link.label), resolve_url(link.url_key)) for link in s.links
        ]
        for cv in s.copy_values:
            if cv.value_key == "callback_url":  # the one value the guide can know in advance
                rows.append((self.xl("Steps", cv.label), resolve_url("callback_url")))
        if rows:
            items = "".join(
                f"<li><b>{html.escape(label)}:</b> "
                f'<a href="{html.escape(url)}">{html.escape(url)}</a></li>'
                for label, url in rows
            )
            self.parts.append(f"<ul>{items}</ul>")

    def build(self) -> str:
        xl = self.xl
        self.parts.append(f"<h1>{html.escape(xl(CONTEXT, GUIDE_TITLE))}</h1>")
        subtitle = (
            html.escape(xl(CONTEXT, SUBTITLE))
            .replace("%1", html.escape(xl(CONTEXT, APP_TITLE)))
            .replace("%2", __version__)
            .replace("%3", time.strftime("%Y-%m-%d"))
        )
        self.parts.append(f'<p class="sub">{subtitle}</p>')
        self.parts.append(f"<p>{html.escape(xl(CONTEXT, HOW_TO_READ))}</p>")
        sections = [step(i) for i in INTRO_STEP_IDS] + [s for s in STEPS if s.number is not None]
        for n, s in enumerate(sections):
            self.step_section(s, first=n == 0)
        style = (
            "h1 { color: #e1251b; font-size: 20pt; } "
            "h2 { color: #2f343d; font-size: 15pt; margin-top: 6px; } "
            "p { font-size: 11pt; } li { font-size: 11pt; } "
            "p.sub { color: #4a505c; font-size: 10pt; } a { color: #b71c14; }"
        )
        return f"<html><head><style>{style}</style></head><body>{''.join(self.parts)}</body></html>"


def render_guide_pdf(translate: Translate) -> bytes:
    """The whole guide as PDF bytes (A4), in the language of `translate`."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(translate(CONTEXT, GUIDE_TITLE))
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm margins
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setDefaultFont(QFont("sans-serif", 11))
    doc.setHtml(_GuideBuilder(translate, doc).build())
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    data = bytes(QByteArray(buffer.data()).data())
    buffer.close()
    return data


def _ensure_gui_app() -> None:
    """Fonts and pictures need a QGuiApplication; the command line may not have one yet."""
    if QCoreApplication.instance() is None:
        from wizard.ui.qtenv import refcount_guard

        refcount_guard.apply()  # as at GUI start: PySide6 6.12 on Python 3.11
        # Kept alive for the rest of the process (a command-line export ends right after).
        _ensure_gui_app.app = QGuiApplication(  # type: ignore[attr-defined]
            [sys.argv[0] if sys.argv else "jdid-wizard", "-platform", "offscreen"]
        )


def export_guide(path: Path, lang: str, *, cache_dir: Path | None = None) -> None:
    """Write the whole guide in `lang` ("id" or "en") to `path` as PDF.

    `cache_dir` (default: the app's cache folder) is where translations are built if needed.
    Raises GuideExportError (key "unknown_language" or "guide_not_written"; the message is in
    English and Indonesian, for the command line)."""
    path = Path(path)
    _ensure_gui_app()
    translate = translator_for(lang, cache_dir or resolve_paths().cache_dir)
    data = render_guide_pdf(translate)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise _not_written(path, exc.strerror or type(exc).__name__) from None
    log.info("guide (%s) written to %s, %d bytes", lang, path, len(data))


def run_export_cli(path: str, lang: str, stderr: TextIO | None = None) -> int:
    """`--export-guide FILE.pdf --lang id|en`: export and return the process's exit code.

    Exit codes: 0 the PDF was written; 2 unknown language; 3 the file could not be written
    (folder missing or not writable). The error sentence goes to stderr in English and
    Indonesian."""
    stderr = stderr or sys.stderr
    try:
        export_guide(Path(path).expanduser(), lang)
    except GuideExportError as exc:
        print(str(exc), file=stderr)
        return EXIT_BAD_ARGUMENT if exc.key == "unknown_language" else EXIT_NOT_WRITTEN
    return EXIT_OK
