"""Welcome: language, practice or real store, the SKU warning, and resume-or-start-over."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.flow.steps import Step, picture_path, tr_step
from wizard.ui.context import WizardContext
from wizard.ui.pages.base import BasePage
from wizard.ui.widgets import PictureView, body_label, note_label

# Each language is named in itself, so a seller can find theirs whatever is showing.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WelcomePage(BasePage):
    language_chosen = Signal(str)
    resume_chosen = Signal()
    start_over_chosen = Signal()

    def __init__(self, ctx: WizardContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(ctx, step, parent)
        # Resume banner: shown when a saved onboarding was found at start-up.
        self.resume_box = QGroupBox(self)
        self.resume_box.setObjectName("resumeBox")
        resume_layout = QVBoxLayout(self.resume_box)
        self.resume_text = QLabel(self.resume_box)
        self.resume_text.setWordWrap(True)
        resume_layout.addWidget(self.resume_text)
        buttons = QHBoxLayout()
        self.resume_button = QPushButton(self.resume_box)
        self.resume_button.setObjectName("resumeButton")
        self.start_over_button = QPushButton(self.resume_box)
        self.start_over_button.setObjectName("startOverButton")
        self.resume_button.clicked.connect(self.resume_chosen)
        self.start_over_button.clicked.connect(self.start_over_chosen)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.start_over_button)
        buttons.addStretch(1)
        resume_layout.addLayout(buttons)
        self.resume_box.hide()
        self.content_layout.addWidget(self.resume_box)
        self.notice = note_label("info", self)
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.content_layout.addWidget(self.notice)
        self._resume_step: str | None = None
        self._resume_finished = False

        row = self.add_responsive_row(QHBoxLayout())
        self.content_layout.addLayout(row, 1)
        col = QVBoxLayout()
        row.addLayout(col, 3)

        self.intro = body_label(self)
        col.addWidget(self.intro)

        form = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        form.addWidget(self.language_label)
        form.addWidget(self.language, 1)
        col.addLayout(form)

        self.mode_box = QGroupBox(self)
        mode_layout = QVBoxLayout(self.mode_box)
        self.mode_group = QButtonGroup(self)
        self.practice_radio = QRadioButton(self.mode_box)
        self.practice_radio.setObjectName("modePractice")
        self.real_radio = QRadioButton(self.mode_box)
        self.real_radio.setObjectName("modeReal")
        for radio in (self.real_radio, self.practice_radio):
            self.mode_group.addButton(radio)
            mode_layout.addWidget(radio)
        self.mode_hint = QLabel(self.mode_box)
        self.mode_hint.setWordWrap(True)
        mode_layout.addWidget(self.mode_hint)
        col.addWidget(self.mode_box)
        # The real store's card (JD.ID's closure): built when needed, see _update_card.
        self.real_card: Any = None
        self._col = col
        self._painted = False

        self.sku_warning = note_label("warning", self)
        self.sku_warning.setObjectName("skuWarning")
        col.addWidget(self.sku_warning)
        col.addStretch(1)

        self.picture = PictureView(picture_path(step), self)
        self.picture.setObjectName("picture")
        self.picture.setVisible(self.picture.path is not None)
        row.addWidget(self.picture, 2)

        self._sync_from_settings()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.practice_radio.toggled.connect(self._mode_toggled)
        ctx.settings_changed.connect(self._settings_changed)  # e.g. "Practise instead" elsewhere
        self.retranslate()

    def _sync_from_settings(self) -> None:
        lang = self.ctx.language
        index = self.language.findData(lang)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        radio = self.practice_radio if self.ctx.practice else self.real_radio
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)

    def _language_changed(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def _mode_toggled(self, practice: bool) -> None:
        self.ctx.set_mode("practice" if practice else "real")
        self.retranslate()
        self._update_card()

    def _settings_changed(self) -> None:
        if self.practice_radio.isChecked() != self.ctx.practice:
            self._sync_from_settings()
            self.retranslate()
        self._update_card()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._painted:  # the card waits for the window's first paint (eventFilter)
            self.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._update_card)
        return False

    def _update_card(self) -> None:
        """Show the real store's card while the real store is chosen (built on first need)."""
        wanted = not self.ctx.practice
        if wanted and self.real_card is None:
            if not self._painted:
                return  # not before the first paint; paintEvent comes back here
            from wizard.ui.real_store_card import RealStoreCard

            self.real_card = RealStoreCard(self.ctx, self)
            self.real_card.practise_chosen.connect(lambda: self.practice_radio.setChecked(True))
            self._col.insertWidget(self._col.indexOf(self.mode_box) + 1, self.real_card)
        if self.real_card is not None:
            self.real_card.setVisible(wanted)

    def show_notice(self, text: str) -> None:
        """A one-time message at start-up (e.g. a damaged progress file was set aside)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _secret_not_kept(self) -> bool:
        """Install went through with the secrets in memory only (no password store): the
        resumed wizard will stop at step 12 for the API Secret, so say so now."""
        answers = self.ctx.progress.answers
        installed = answers.get("installed")  # wizard.ui.pages.connect.install.INSTALLED
        return bool(installed) and answers.get("secret_saved_for") != installed.get("api_key")

    def show_resume_offer(self, step_title: str | None, finished: bool = False) -> None:
        """Offer "continue where you left off" for a saved onboarding; None hides the offer.
        `finished`: the seller had gone through to the end. While it is offered, Next waits
        for the choice (so the saved place is not lost)."""
        self._resume_step = step_title
        self._resume_finished = finished
        self.resume_box.setVisible(step_title is not None)
        self.retranslate()

    @property
    def resume_offered(self) -> bool:
        return self._resume_step is not None

    def update_blocked(self) -> None:
        if self._resume_step is not None:
            self.set_blocked(
                translate(
                    "WelcomePage",
                    "Choose \u201cContinue where I left off\u201d or \u201cStart over\u201d above.",
                )
            )
        else:
            self.set_blocked(None)

    def retranslate(self) -> None:
        s = self.step
        self.intro.setText(tr_step(s.body).split("\n\n")[0])
        self.sku_warning.setText("\n\n".join(tr_step(s.body).split("\n\n")[1:]))
        self.language_label.setText(translate("WelcomePage", "&Language:"))
        self.language.setAccessibleName(translate("WelcomePage", "Language"))
        self.mode_box.setTitle(translate("WelcomePage", "What do you want to do?"))
        self.real_radio.setText(translate("WelcomePage", "Connect my real JD.ID store"))
        self.practice_radio.setText(
            translate("WelcomePage", "Practise first, with a made-up store on this computer")
        )
        if self.ctx.practice:
            self.mode_hint.setText(
                translate(
                    "WelcomePage",
                    "Practice mode changes nothing on JD.ID. Everything happens on a practice "
                    "platform inside this app, so you can try every step safely.",
                )
            )
        else:
            self.mode_hint.setText(
                translate(
                    "WelcomePage",
                    "You will need your JD.ID Seller Center email and password, and about 20 "
                    "minutes.",
                )
            )
        if self._resume_step is not None:
            self.resume_box.setTitle(translate("WelcomePage", "Welcome back"))
            if self._secret_not_kept():
                self.resume_text.setText(
                    translate(
                        "WelcomePage",
                        "Last time this computer had no password store, so the API Secret and "
                        "the JD.ID login were kept only until the wizard closed. Continue: at "
                        "step 12 paste the API Secret again, then click Check keys and log in "
                        "again. Everything else is still filled in.",
                    )
                )
            elif self._resume_finished:
                self.resume_text.setText(
                    translate(
                        "WelcomePage",
                        "Your JD.ID store is already connected. Continue to see it again (for "
                        "example to switch export sync On or Off), or start over to connect a "
                        "store again.",
                    )
                )
            else:
                self.resume_text.setText(
                    translate(
                        "WelcomePage",
                        "You started connecting your store before and stopped at \u201c%1\u201d.",
                    ).replace("%1", tr_step(self._resume_step))
                )
        self.resume_button.setText(translate("WelcomePage", "&Continue where I left off"))
        self.start_over_button.setText(translate("WelcomePage", "&Start over"))
        self.picture.setAccessibleName(
            translate("WelcomePage", "Same product, same SKU code in every channel")
        )
        super().retranslate()

    def save_state(self) -> dict[str, Any]:
        return {}
