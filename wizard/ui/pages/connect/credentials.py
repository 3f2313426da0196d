"""Step 12: Shop ID, API Key and API Secret, each with where to find it.

Pasting is forgiving (wizard.store.credentials removes what copying adds); what is still wrong
shows as a sentence under the field. The secret is masked, with a Show button. Nothing is
saved here: step 13 checks the values with JD.ID first, then saves them (the secret to the
password store). After a successful Install the secret field may stay empty: the saved
secret is used (the field says so).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.flow.navigation import SHOP_CORRECTED
from wizard.flow.steps import PICTURES_DIR, Step, resolve_url, tr_step
from wizard.store import credentials as cr
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.practice_account import PracticeAccountBox
from wizard.ui.practice_console import ConsoleCredentialsButton, open_link
from wizard.ui.reachability import ReachView
from wizard.ui.widgets import PictureView, body_label

# Progress answer: the API Key whose secret sits in the password store (not a secret itself).
SECRET_SAVED_FOR = "secret_saved_for"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


FIELD_NAMES = {
    cr.SHOP_ID: QT_TRANSLATE_NOOP("CredentialsPage", "Shop ID"),
    cr.API_KEY: QT_TRANSLATE_NOOP("CredentialsPage", "API Key"),
    cr.API_SECRET: QT_TRANSLATE_NOOP("CredentialsPage", "API Secret"),
}
WHERE = {
    cr.SHOP_ID: QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "In Seller Center, open Shop Information and copy the number next to Shop ID.",
    ),
    cr.API_KEY: QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "In the developer console, open your app's overview (App overview) and copy the API Key.",
    ),
    cr.API_SECRET: QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "On the same App overview page, copy the API Secret. It goes to this computer's "
        "password store, never into a file.",
    ),
}
# Problem key -> sentence; %1 = the field's name, %2 = a character or a number.
PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("CredentialsPage", "Fill in the %1."),
    "inner_space": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The %1 has a space in the middle. Copy it again, all in one piece.",
    ),
    "not_digits": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The Shop ID is a number: \u201c%2\u201d does not belong in it. Copy only the number "
        "from Shop Information.",
    ),
    "looks_like_key": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "This looks like an API Key, not a Shop ID. The Shop ID is a number: find it in "
        "Seller Center under Shop Information.",
    ),
    "zero": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The Shop ID cannot be 0. Copy the number from Seller Center, Shop Information.",
    ),
    "bad_char": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The %1 has only letters and digits: \u201c%2\u201d does not belong in it. Copy it again.",
    ),
    "bad_char_hidden": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The %1 has only letters and digits, and what you pasted has another sign in it. "
        "Copy it again.",
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The %1 looks cut off: it should have at least %2 characters. Copy it again, all of it.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The %1 is too long (at most %2 characters). Copy only the value, nothing around it.",
    ),
    "same_as_key": QT_TRANSLATE_NOOP(
        "CredentialsPage",
        "The API Secret is the same as the API Key. Copy the API Secret: it is the second "
        "value on App overview.",
    ),
}


def problem_sentence(problem: cr.Problem) -> str:
    key = problem.key
    if key == "bad_char" and problem.char is None:
        key = "bad_char_hidden"
    detail = problem.char if problem.char is not None else str(problem.count or "")
    if detail and not detail.isprintable():
        detail = f"U+{ord(detail[0]):04X}"
    return (
        translate("CredentialsPage", PROBLEMS[key])
        .replace("%1", translate("CredentialsPage", FIELD_NAMES[problem.field]))
        .replace("%2", detail)
    )


class _Field(QWidget):
    """Label, line edit, where-to-find sentence and the problem sentence of one field."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"block_{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{name}")
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        self.toggle: QPushButton | None = None
        if name == cr.API_SECRET:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.toggle = QPushButton(self)
            self.toggle.setObjectName("showSecret")
            self.toggle.setCheckable(True)
            self.toggle.toggled.connect(self._show_secret)
            row.addWidget(self.toggle)
        self.where = QLabel(self)
        self.where.setObjectName(f"where_{name}")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel(self)
        self.problem.setObjectName(f"problem_{name}")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.problem.hide()
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.where)
        layout.addWidget(self.problem)
        self.touched = False

    def _show_secret(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.retranslate()

    def set_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self.edit.setAccessibleDescription(text or translate("CredentialsPage", WHERE[self.name]))

    def retranslate(self) -> None:
        name = translate("CredentialsPage", FIELD_NAMES[self.name])
        self.label.setText(f"&{name}:" if self.name == cr.SHOP_ID else f"{name}:")
        self.edit.setAccessibleName(name)
        self.where.setText(translate("CredentialsPage", WHERE[self.name]))
        if self.toggle is not None:
            self.toggle.setText(
                translate("CredentialsPage", "&Hide")
                if self.toggle.isChecked()
                else translate("CredentialsPage", "S&how")
            )
            self.toggle.setAccessibleName(
                translate("CredentialsPage", "Hide the API Secret")
                if self.toggle.isChecked()
                else translate("CredentialsPage", "Show the API Secret")
            )


class CredentialsPage(BasePage):
    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        self.build_in_parts(self._parts(ctx, step))

    def _parts(self, ctx: WizardContext, step: Step) -> Iterator[None]:
        # Real store: the platform check, while it has not passed (it gates this page).
        self.reach_view = ReachView(ctx, self, compact=True)
        self.content_layout.addWidget(self.reach_view)
        self.body = body_label(self)
        self.body.setObjectName("body")
        self.content_layout.addWidget(self.body)

        links = QHBoxLayout()
        self.link_buttons: list[QPushButton] = []
        for link in step.links:
            button = QPushButton(self)
            button.setObjectName(f"link_{link.url_key}")
            button.clicked.connect(lambda _=False, k=link.url_key: open_link(ctx, k, self))
            links.addWidget(button)
            self.link_buttons.append(button)
        links.addStretch(1)
        self.content_layout.addLayout(links)

        yield
        # Fields on the left, our own pictures of where each value sits on the right (the
        # Shop ID in Seller Center; key and secret together in the developer console).
        columns = QHBoxLayout()
        columns.setSpacing(16)
        field_col, picture_col = QVBoxLayout(), QVBoxLayout()
        self.fields = {name: _Field(name, self) for name in cr.FIELDS}
        for name in cr.FIELDS:
            field_col.addWidget(self.fields[name])
        field_col.addStretch(1)
        yield
        self.shop_picture = PictureView(PICTURES_DIR / "shop-id.svg", self)
        self.shop_picture.setObjectName("shopIdPicture")
        self.keys_picture = PictureView(PICTURES_DIR / "api-key-secret.svg", self)
        self.keys_picture.setObjectName("apiKeyPicture")
        for picture in (self.shop_picture, self.keys_picture):
            picture.setMinimumSize(176, 110)
            picture.setMaximumSize(288, 180)
            picture_col.addWidget(picture)
        picture_col.addStretch(1)
        columns.addLayout(field_col, 3)
        columns.addLayout(picture_col, 2)
        self.content_layout.addLayout(columns)

        yield
        # Practice mode: the values as the practice consoles show them, in one click.
        self.fill_button = ConsoleCredentialsButton(ctx, self.set_values, self)
        fill_row = QHBoxLayout()
        fill_row.addWidget(self.fill_button)
        fill_row.addStretch(1)
        self.content_layout.addLayout(fill_row)
        self.content_layout.addWidget(self.fill_button.status)
        self.account_box = PracticeAccountBox(ctx, parent=self)
        self.content_layout.addWidget(self.account_box)
        self.content_layout.addStretch(1)

        yield
        ctx.reachability.changed.connect(self.update_blocked)
        ctx.settings_changed.connect(self.update_blocked)  # practice / real
        # Not registered as QWizard fields: QWizard would reset those when the seller goes
        # Back past this page, and nothing typed may be lost.
        for name, block in self.fields.items():
            block.edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
            block.edit.textChanged.connect(lambda _t: self._changed())
            block.edit.editingFinished.connect(lambda n=name: self._finished(n))
        ctx.answers.listen(self._answer_changed)
        self.restore_state(ctx.progress.answers)
        yield
        self.retranslate()

    # ----- values ----------------------------------------------------------------------------
    def raw(self, name: str) -> str:
        return self.fields[name].edit.text()

    def set_values(self, shop_id: str, api_key: str, api_secret: str = "") -> None:
        for name, value in zip(cr.FIELDS, (shop_id, api_key, api_secret), strict=True):
            self.fields[name].edit.setText(value)

    def secret_saved(self) -> bool:
        """A secret for the API Key in the field is already in the password store."""
        saved_for = self.ctx.progress.answers.get(SECRET_SAVED_FOR)
        return bool(saved_for) and saved_for == cr.clean(self.raw(cr.API_KEY), cr.API_KEY)

    def problems(self) -> dict[str, cr.Problem]:
        shop_id, api_key, api_secret = (self.raw(n) for n in cr.FIELDS)
        _creds, problems = cr.check_all(shop_id, api_key, api_secret)
        found = {p.field: p for p in problems}
        secret_problem = found.get(cr.API_SECRET)
        if secret_problem is not None and secret_problem.key == "empty" and self.secret_saved():
            del found[cr.API_SECRET]
        return found

    def values(self) -> tuple[str, str, str]:
        """Cleaned Shop ID, API Key and API Secret ("" = use the saved secret)."""
        return tuple(cr.clean(self.raw(n), n) for n in cr.FIELDS)  # type: ignore[return-value]

    # ----- editing ---------------------------------------------------------------------------
    def _changed(self) -> None:
        self.ctx.answers.set_credentials(*self.values())  # what steps 13-15 use
        self.update_blocked()

    def _answer_changed(self, name: str) -> None:
        # Step 15 took the Shop ID of the shop that logged in: show it here too.
        if name == SHOP_CORRECTED and self.values()[0] != self.ctx.answers.shop_id:
            self.fields[cr.SHOP_ID].edit.setText(self.ctx.answers.shop_id)

    def _edited(self, name: str, text: str) -> None:
        cleaned = cr.clean(text, name)
        # A paste brings noise along (quotes, line breaks, invisible characters): tidy it at
        # once. Plain spaces at the ends wait until the seller leaves the field, so typing a
        # space does not make the cursor jump.
        if cleaned != text and text.strip(" ") != cleaned:
            self.fields[name].edit.setText(cleaned)
            self.fields[name].touched = True
        self.update_blocked()

    def _finished(self, name: str) -> None:
        block = self.fields[name]
        cleaned = cr.clean(block.edit.text(), name)
        if cleaned != block.edit.text():
            block.edit.setText(cleaned)
        block.touched = block.touched or bool(cleaned)
        self.update_blocked()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        for name, block in self.fields.items():
            block.touched = True
            block.edit.setText(cr.clean(block.edit.text(), name))
        self.update_blocked()
        return not self.problems()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.ctx.reachability.ensure()  # checks again if it failed or never ran

    def reach_gate(self) -> str | None:
        """Why the platform check holds this page, if it does. A store installed already
        with these keys is not held back (resuming needs no new check)."""
        if self.secret_saved():
            return None
        return self.ctx.reachability.gate_sentence()

    def update_blocked(self) -> None:
        gate = self.reach_gate()
        self.reach_view.setVisible(gate is not None)
        problems = self.problems()
        for name, block in self.fields.items():
            problem = problems.get(name)
            show = problem is not None and (block.touched or problem.key != "empty")
            block.set_problem(problem_sentence(problem) if show and problem else None)
        secret = self.fields[cr.API_SECRET].edit
        secret.setPlaceholderText(
            translate("CredentialsPage", "Saved on this computer; leave empty to keep it")
            if self.secret_saved()
            else ""
        )
        if gate is not None:
            self.set_blocked(gate)
        elif not problems:
            self.set_blocked(None)
        elif all(p.key == "empty" for p in problems.values()):
            self.set_blocked(
                translate(
                    "CredentialsPage",
                    "Fill in the Shop ID, the API Key and the API Secret to go on.",
                )
            )
        else:
            self.set_blocked(
                translate("CredentialsPage", "Fix what is marked in red under the fields to go on.")
            )

    # ----- progress --------------------------------------------------------------------------
    def reset(self) -> None:
        """Start over: empty fields (Shop ID and API Key come back from the settings)."""
        for block in self.fields.values():
            block.edit.clear()
            block.touched = False
        self.restore_state({})

    def restore_state(self, answers: dict) -> None:
        settings = self.ctx.settings
        if not self.raw(cr.SHOP_ID) and settings.shop_id:
            self.fields[cr.SHOP_ID].edit.setText(settings.shop_id)
        if not self.raw(cr.API_KEY) and settings.api_key:
            self.fields[cr.API_KEY].edit.setText(settings.api_key)
        self.update_blocked()

    def retranslate(self) -> None:
        self.body.setText(tr_step(self.step.body))
        for link, button in zip(self.step.links, self.link_buttons, strict=True):
            button.setText(tr_step(link.label))
            button.setToolTip(resolve_url(link.url_key, self.ctx.profile))
        for block in self.fields.values():
            block.retranslate()
        self.reach_view.refresh()
        self.shop_picture.setAccessibleName(
            translate("CredentialsPage", "Where to find the Shop ID in Seller Center")
        )
        self.keys_picture.setAccessibleName(
            translate(
                "CredentialsPage",
                "Where to find the API Key and API Secret in the developer console",
            )
        )
        super().retranslate()
