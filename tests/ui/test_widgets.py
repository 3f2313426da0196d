"""Small shared widgets: the illustration and the copy row."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from wizard.ui.widgets import CopyRow, PictureView


def red_picture(qtbot, tmp_path) -> PictureView:  # noqa: ANN001
    """A PictureView of a red 20 x 10 rectangle."""
    svg = tmp_path / "p.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
        '<rect width="20" height="10" fill="#ff0000"/></svg>'
    )
    view = PictureView(svg)
    qtbot.addWidget(view)
    return view


def test_a_picture_is_scaled_to_fit_and_keeps_its_shape(qtbot, tmp_path) -> None:
    view = red_picture(qtbot, tmp_path)
    view.resize(200, 200)
    image = view.grab().toImage()
    assert image.pixelColor(100, 50).red() == 255  # drawn at the top, 200 x 100
    assert image.pixelColor(100, 150).red() != 255  # not stretched to the full height
    assert view.heightForWidth(200) == 100  # its height follows its width


def test_a_resized_picture_shows_at_once_and_is_drawn_anew_on_a_later_turn(qtbot, tmp_path):  # noqa: ANN001
    view = red_picture(qtbot, tmp_path)
    view.resize(200, 200)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    view.resize(400, 400)
    image = view.grab().toImage()  # the earlier drawing, scaled into place
    assert image.pixelColor(300, 100).red() == 255 and image.pixelColor(300, 300).red() != 255
    qtbot.waitUntil(lambda: view._pixmap_key is not None and view._pixmap_key[0] == 400)


def test_a_missing_picture_is_hidden() -> None:
    view = PictureView(None)
    view.set_path(None)
    assert view.isHidden()


def test_copy_row_copies_and_says_so(qtbot) -> None:
    row = CopyRow("callback_url")
    qtbot.addWidget(row)
    row.set_label("Callback URL")
    row.set_value("https://example.invalid/cb")
    row._reset_timer.setInterval(50)  # "Copied" shows for 2 s in the app
    assert row.field.isReadOnly() and row.button.text() == "Copy"
    assert row.button.accessibleName() == "Copy Callback URL"
    row.button.click()
    assert row.button.text() == "Copied"  # read first: the clipboard may run the event loop
    assert QGuiApplication.clipboard().text() == "https://example.invalid/cb"
    qtbot.waitUntil(lambda: row.button.text() == "Copy", timeout=4000)


def test_the_picture_keeps_its_place_when_the_hint_bar_comes_and_goes(start) -> None:  # noqa: ANN001
    """Issue 10, defect 9: ticking "Done" hides the hint bar under the page; the picture
    beside the text must not jump or change size."""
    d = start()
    d.walk_to("step04")
    picture = d.page.picture
    # After the first paint pictures follow their width; this one is drawn (shape known).
    d.qtbot.waitUntil(lambda: PictureView.follow_width and bool(picture._renderer))
    d.qtbot.wait(50)
    before = (picture.mapTo(d.wizard, picture.rect().topLeft()), picture.size())
    assert d.page.blocked_label.isVisible()
    d.tick_confirm()
    assert not d.page.blocked_label.isVisible()
    d.qtbot.wait(50)
    assert (picture.mapTo(d.wizard, picture.rect().topLeft()), picture.size()) == before


LONG_TEXT = "Your JD.ID products are imported and linked to your products by SKU code. " * 4


def laid_out_label(qtbot, make) -> tuple:  # noqa: ANN001
    """A label made by `make(parent)` in a box 300 px wide (laid out by `lay_out`; not shown:
    offscreen Qt warns when a shown window's size hints change)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = make(window)
    layout.addWidget(label)
    layout.addStretch(1)
    window.resize(300, 3000)
    return window, label


def lay_out(window) -> None:  # noqa: ANN001
    window.layout().invalidate()
    window.layout().activate()


def test_a_wrapped_label_shows_all_of_its_text_as_its_text_font_and_style_change(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from wizard.ui.widgets import WrappedLabel, body_label

    box, label = laid_out_label(qtbot, body_label)
    assert isinstance(label, WrappedLabel)

    def laid_out() -> int:
        lay_out(box)
        # As tall as Qt's own label works out now, at that width: no line cut off.
        assert label.height() == QLabel.heightForWidth(label, label.width())
        return label.height()

    label.setText("Short.")
    one_line = laid_out()
    label.setText(LONG_TEXT)
    long = laid_out()
    assert long > 3 * one_line
    label.setText(LONG_TEXT * 2)
    assert laid_out() > long  # a new text: not the height remembered
    label.setText(LONG_TEXT)
    assert laid_out() == long
    font = label.font()  # a bigger font
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    bigger = laid_out()
    assert bigger > long
    label.setStyleSheet("padding: 20px;")  # a theme's padding
    assert laid_out() > bigger


def test_a_wrapped_label_lays_its_text_out_once_per_width(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    from wizard.ui.widgets import body_label

    _box, label = laid_out_label(qtbot, body_label)
    label.setText(LONG_TEXT)
    asked: list[int] = []
    qt_height = QLabel.heightForWidth

    def counted(self, width: int) -> int:  # noqa: ANN001
        asked.append(width)
        return qt_height(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    first = [label.heightForWidth(w) for w in (200, 250, 200, 250, 200)]
    assert asked == [200, 250]  # the page's next layouts ask again: remembered
    assert first[0] == first[2] == first[4] and first[1] == first[3]
    label.setMargin(10)
    assert label.heightForWidth(200) > first[0] and asked[-1] == 200
