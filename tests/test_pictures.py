"""Every illustration the guide names exists, is plain SVG Tiny that QtSvg draws, and draws."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from wizard.flow.steps import PICTURES_DIR, STEPS

# The contract's list; shop-id and api-key-secret are shown by the step-12 page, not the table.
CONTRACT_NAMES = {f"step{n:02d}.svg" for n in range(1, 18)} | {
    "sku-warning.svg",
    "qualified.svg",
    "shop-id.svg",
    "api-key-secret.svg",
}
STEP_NAMES = {s.picture for s in STEPS if s.picture}
# QtSvg implements SVG Tiny 1.2: these would be ignored or warned about.
UNSUPPORTED = re.compile(r"<(filter|mask|style|foreignObject|image|script)\b|xlink:href=\"http")


def test_every_step_picture_is_in_the_contract_list() -> None:
    assert STEP_NAMES <= CONTRACT_NAMES


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES | STEP_NAMES))
def test_picture_renders_without_warnings(name: str, qapp, qtlog) -> None:
    path = PICTURES_DIR / name
    assert path.is_file(), f"missing picture {path}"
    source = path.read_text(encoding="utf-8")
    assert not UNSUPPORTED.search(source)
    assert set(re.findall(r'font-family="([^"]+)"', source)) <= {"sans-serif"}
    assert len(source) < 12_000, "keep the pictures small"

    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(640, 400)

    image = QImage(480, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # Something was drawn, including the JD.ID red of the highlight or a JD.ID tile.
    colours = {image.pixel(x, y) for x in range(0, 480, 4) for y in range(0, 300, 4)}
    assert len(colours) > 20
    assert any(_is_jd_red(QColor(c)) for c in colours)
    assert not [r for r in qtlog.records if "svg" in r.message.lower()]


def _is_jd_red(c: QColor) -> bool:
    return abs(c.red() - 0xE1) < 12 and abs(c.green() - 0x25) < 12 and abs(c.blue() - 0x1B) < 12


def test_generator_output_is_committed() -> None:
    """The SVG files match what resources/pictures/_generate.py draws (no hand edits lost)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_generate", PICTURES_DIR / "_generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, draw in module.PICTURES.items():
        assert (PICTURES_DIR / name).read_text(encoding="utf-8") == draw(), name
