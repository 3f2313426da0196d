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
