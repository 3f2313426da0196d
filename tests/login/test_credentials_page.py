"""Step 12 as a seller uses it: paste noise removed, problems as sentences, the secret masked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.login import helpers as h
from wizard.store import credentials as cr
from wizard.ui.pages.connect.credentials import PROBLEMS, CredentialsPage
from wizard.ui.pages.connect.install import INSTALLED

KEY = "6f56e2b696af42d08814af1af096a166"
SECRET = "afed860909a342b48eaada1849c3d442"


@pytest.fixture
def page(seller) -> CredentialsPage:  # noqa: ANN001
    s = seller()
    assert s.driver.current == "step12"
    return s.page


def test_secret_is_masked_with_a_show_hide_toggle(page, qtbot) -> None:  # noqa: ANN001
    secret = page.fields[cr.API_SECRET]
    assert secret.edit.echoMode() == QLineEdit.EchoMode.Password
    assert secret.toggle.text().replace("&", "") == "Show"
    qtbot.mouseClick(secret.toggle, Qt.MouseButton.LeftButton)
    assert secret.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert secret.toggle.text().replace("&", "") == "Hide"
    qtbot.mouseClick(secret.toggle, Qt.MouseButton.LeftButton)
    assert secret.edit.echoMode() == QLineEdit.EchoMode.Password


def test_each_field_says_where_to_find_it_with_our_pictures(page) -> None:  # noqa: ANN001
    assert "Shop Information" in page.fields[cr.SHOP_ID].where.text()
    assert "App overview" in page.fields[cr.API_KEY].where.text()
    assert "App overview" in page.fields[cr.API_SECRET].where.text()
    assert page.shop_picture.path.name == "shop-id.svg"
    assert page.keys_picture.path.name == "api-key-secret.svg"


def test_pasted_noise_is_removed_at_once(page, qtbot) -> None:  # noqa: ANN001
    h.paste_into(qtbot, page.fields[cr.API_KEY].edit, f"\u201c{KEY}\u201d\r\n")
    assert page.fields[cr.API_KEY].edit.text() == KEY
    h.paste_into(qtbot, page.fields[cr.SHOP_ID].edit, "Shop ID: \u00a0\uff11\uff12\uff13\u200b")
    assert page.fields[cr.SHOP_ID].edit.text() == "123"


def test_problems_show_under_the_field_not_in_a_popup(page, qtbot) -> None:  # noqa: ANN001
    shop = page.fields[cr.SHOP_ID]
    qtbot.keyClicks(shop.edit, "12a4")
    shop.edit.editingFinished.emit()
    assert shop.problem.isVisible()
    assert "\u201ca\u201d" in shop.problem.text()
    h.paste_into(qtbot, page.fields[cr.API_KEY].edit, KEY)
    h.paste_into(qtbot, page.fields[cr.API_SECRET].edit, KEY)
    assert "same as the API Key" in page.fields[cr.API_SECRET].problem.text()
    assert page.blocked_reason and "red" in page.blocked_reason
    assert not [w for w in page.window().findChildren(QMessageBox) if w.isVisible()]


def test_a_saved_secret_may_stay_empty(page, qtbot) -> None:  # noqa: ANN001
    page.ctx.progress.answers["secret_saved_for"] = KEY
    page.ctx.progress.answers[INSTALLED] = {"shop_id": "123", "api_key": KEY}
    page.set_values("123", KEY, "")
    assert page.isComplete()
    assert "leave empty" in page.fields[cr.API_SECRET].edit.placeholderText()
    page.set_values("123", "another0key000000", "")  # a different app: its secret is needed
    assert not page.isComplete()


_pasted = st.lists(
    st.one_of(
        st.text(max_size=10),
        st.sampled_from([" ", "\n", "\u00a0", "\u200b", '"', "\u201c", ":", "0", "a", "\ufeff"]),
    ),
    max_size=14,
).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.tuples(_pasted, _pasted, _pasted))
def test_fuzz_no_input_crashes_the_page_and_every_rejection_says_why(
    page,
    values: tuple[str, str, str],  # noqa: ANN001
) -> None:
    for name, value in zip(cr.FIELDS, values, strict=True):
        edit = page.fields[name].edit
        edit.setText(value)
        edit.textEdited.emit(value)
        edit.editingFinished.emit()
    problems = page.problems()
    if problems:
        assert not page.isComplete()
        assert page.blocked_reason
        for name, problem in problems.items():
            label = page.fields[name].problem
            if problem.key != "empty":
                assert label.isVisibleTo(page) and label.text(), (name, problem)
            assert problem.key in PROBLEMS or problem.key == "bad_char"
            if name == cr.API_SECRET:
                secret = page.fields[name].edit.text()
                # (a secret of one to three characters may occur in any sentence by chance)
                assert len(secret) < 4 or secret not in label.text()
    else:
        assert page.isComplete()
