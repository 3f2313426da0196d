"""The app's look in one place: colours, type scale, spacing and radii, applied in one call.

Fusion is the base so the wizard looks the same on Windows, macOS and Linux; the light or
dark palette follows the system's colour scheme (and changes with it). One accent colour
marks the primary action (Next, Finish, Start import, Turn on) and the current step, so a
support agent can say "click the red button" and be right. Info, warning, success and
problem notes are cards with a coloured left stripe on a pale tint.

The window has its look applied once its first page is painted (wizard.app.theme_steps):
polishing every widget with a style sheet costs start-up time the seller would otherwise
wait through. There the style sheet goes on the window's parts, one an event-loop turn,
rather than on the app (`apply(app)`, for a window without parts) in one freeze.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

# Qt's classes are imported where they are used: the first page's note cards import this
# module before the first paint, and they only need the colour tokens.
if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

LIGHT, DARK = "light", "dark"


class Tokens(NamedTuple):
    """Every colour the app draws with; nothing else hard-codes one. (A NamedTuple: as
    immutable as a frozen dataclass, and ~8 ms cheaper to define on the way to the first
    paint.)"""

    window: str
    card: str
    border: str
    text: str
    secondary: str
    accent: str = "#D7263D"
    accent_hover: str = "#B81E33"
    accent_text: str = "#FFFFFF"
    disabled: str = "#9AA1AB"
    # note kind -> (stripe, tint, text)
    info: tuple[str, str, str] = ("#2563EB", "#EAF1FD", "#1E3A6E")
    success: tuple[str, str, str] = ("#16A34A", "#E8F6EE", "#14532D")
    warning: tuple[str, str, str] = ("#D97706", "#FDF3E2", "#5C3A06")
    problem: tuple[str, str, str] = ("#DC2626", "#FDECEC", "#6B1414")


PALETTES = {
    LIGHT: Tokens(
        window="#F6F7F9", card="#FFFFFF", border="#E2E5EA", text="#1F2329", secondary="#5B6470"
    ),
    DARK: Tokens(
        window="#1E2126",
        card="#272B31",
        border="#3A3F47",
        text="#E8EAED",
        secondary="#A3ABB5",
        disabled="#6B727C",
        info=("#60A5FA", "#1F2C40", "#DCE8FB"),
        success=("#4ADE80", "#1C3326", "#D5F5E0"),
        warning=("#FBBF24", "#3A2F18", "#FBEBC8"),
        problem=("#F87171", "#3D1F22", "#FAD9D9"),
    ),
}

# Type scale (points) and the 4 px spacing grid.
BODY_PT = 10.5
TITLE_PT = 17
CAPTION_PT = 9.5  # step captions and the side rail
SPACE = 4
RADIUS = 8

# Note kinds the pages use -> the card colours they are drawn with.
CARD_KINDS = {"info": "info", "practice": "success", "success": "success"}
CARD_KINDS.update(warning="warning", problem="problem", blocked="warning")

_state = {"scheme": LIGHT}


def tokens(scheme: str | None = None) -> Tokens:
    return PALETTES[scheme or _state["scheme"]]


def system_scheme() -> str:
    """ "dark" when the system asks apps for a dark look, else "light"."""
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:  # Qt before 6.5
        return LIGHT
    from PySide6.QtCore import Qt

    return DARK if scheme() == Qt.ColorScheme.Dark else LIGHT


def current_scheme() -> str:
    return _state["scheme"]


def card_style(kind: str, scheme: str | None = None) -> str:
    """The style sheet of a note card of `kind` (info, practice/success, warning, problem)."""
    stripe, tint, text = getattr(tokens(scheme), CARD_KINDS.get(kind, "info"))
    return (
        f"QLabel {{ background: {tint}; color: {text}; border: none;"
        f" border-left: 4px solid {stripe}; border-radius: {RADIUS // 2}px;"
        f" padding: {2 * SPACE}px {3 * SPACE}px; }}"
    )


def qpalette(t: Tokens) -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: t.window,
        role.WindowText: t.text,
        role.Base: t.card,
        role.AlternateBase: t.window,
        role.Text: t.text,
        role.Button: t.card,
        role.ButtonText: t.text,
        role.ToolTipBase: t.card,
        role.ToolTipText: t.text,
        role.PlaceholderText: t.secondary,
        role.Highlight: t.accent,
        role.HighlightedText: t.accent_text,
        role.Link: t.info[0],
        role.BrightText: t.accent_text,
        role.Mid: t.border,
        role.Midlight: t.border,
    }
    for r, colour in colours.items():
        pal.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(t.disabled))
    return pal


# The object names Qt gives the wizard's Next, Commit and Finish buttons: each page's
# primary action.
_WIZARD_PRIMARY = ", ".join(
    f"QPushButton#{n}"
    for n in ("__qt__passive_wizardbutton1", "qt_wizard_commit", "qt_wizard_finish")
)
# Primary buttons on the pages themselves (object names set by the pages).
PRIMARY_BUTTONS = (
    "startImport",
    "installButton",
    "loginButton",
    "sendChanges",
    "sendNow",
    "connectRealStore",
)


def stylesheet(t: Tokens) -> str:
    """The app-wide style sheet: buttons, fields, the header, the side rail, cards."""
    primary = ", ".join([_WIZARD_PRIMARY] + [f"QPushButton#{n}" for n in PRIMARY_BUTTONS])
    primary_hover = ", ".join(f"{p.strip()}:hover" for p in primary.split(","))
    primary_off = ", ".join(f"{p.strip()}:disabled" for p in primary.split(","))
    pad = f"{SPACE + 2}px {4 * SPACE}px"
    return f"""
QWizard, QDialog, QMessageBox {{ background: {t.window}; }}
QScrollArea, QWidget#pageContent {{ background: transparent; }}
QToolTip {{ background: {t.card}; color: {t.text}; border: 1px solid {t.border}; }}
QPushButton {{
    background: {t.card}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS}px; padding: {pad}; min-height: 20px;
}}
QPushButton:hover {{ border-color: {t.secondary}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; padding: {SPACE + 1}px {4 * SPACE - 1}px; }}
QPushButton:disabled {{ color: {t.disabled}; background: {t.window}; }}
{primary} {{
    background: {t.accent}; color: {t.accent_text}; border: 1px solid {t.accent};
    font-weight: 600;
}}
{primary_hover} {{ background: {t.accent_hover}; }}
{primary_off} {{ background: {t.border}; color: {t.disabled}; border-color: {t.border}; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSpinBox {{
    background: {t.card}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS // 2}px; padding: {SPACE}px {2 * SPACE}px;
    selection-background-color: {t.accent}; selection-color: {t.accent_text};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {t.accent}; }}
QGroupBox {{
    background: {t.card}; border: 1px solid {t.border}; border-radius: {RADIUS}px;
    margin-top: {4 * SPACE}px; padding: {3 * SPACE}px {2 * SPACE}px {2 * SPACE}px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: {2 * SPACE}px; color: {t.secondary}; }}
QTableView {{
    background: {t.card}; alternate-background-color: {t.window}; color: {t.text};
    gridline-color: {t.border}; border: 1px solid {t.border}; border-radius: {RADIUS // 2}px;
}}
QHeaderView::section {{
    background: {t.window}; color: {t.secondary}; border: none;
    border-bottom: 1px solid {t.border}; padding: {SPACE}px {2 * SPACE}px;
}}
QProgressBar {{
    background: {t.border}; border: none; border-radius: {RADIUS // 2}px; height: 8px;
    color: {t.text}; text-align: center;
}}
QProgressBar::chunk {{ background: {t.accent}; border-radius: {RADIUS // 2}px; }}
QLabel#blockedReason {{
    background: {t.warning[1]}; color: {t.warning[2]}; border: none;
    border-left: 4px solid {t.warning[0]}; border-radius: {RADIUS // 2}px;
    padding: {2 * SPACE}px {3 * SPACE}px;
}}
QWidget#sidePanel {{ background: {t.card}; border-radius: {RADIUS}px; }}
QLabel#sideHeading {{ color: {t.secondary}; padding: {3 * SPACE}px {3 * SPACE}px 0; }}
QListWidget#stepList {{ background: {t.card}; border: none; outline: none; }}
QLabel#pageCaption {{ color: {t.secondary}; font-size: {CAPTION_PT}pt; }}
QLabel#pageTitle {{ color: {t.text}; font-size: {TITLE_PT}pt; font-weight: 600; }}
QCheckBox, QRadioButton {{ spacing: {2 * SPACE}px; }}
"""


def body_font() -> QFont:
    from PySide6.QtGui import QGuiApplication

    font = QGuiApplication.font()
    font.setPointSizeF(BODY_PT)
    return font


# QApplication's arguments for Fusion from the start: app.setStyle() (and app.style()) hand
# Python Qt's own style object, which costs ~10 ms of PySide building classes before the
# first paint; every widget made later is polished once, in Fusion.
STYLE_ARGUMENTS = ["-style", "Fusion"]


def prepare(app: QApplication) -> None:
    """The body size, best before the first widget is made: set later, every widget is
    laid out again for it. (Fusion comes with STYLE_ARGUMENTS, or in apply.)"""
    if app.font().pointSizeF() != BODY_PT:
        app.setFont(body_font())


def _other_style(app: QApplication) -> bool:
    # With the style sheet set, app.style() is Qt's style sheet style, on top of Fusion.
    return (app.style().name() or "").lower() != "fusion" and not app.styleSheet()


# The widgets that carry the style sheet themselves, where the look is set part by part
# (apply_steps with `parts`) rather than on the app. Held, not weakly: Python's wrapper of a
# widget Qt made (the window's parts) goes as soon as Python drops it; dropped here once
# Qt has deleted the widget.
_carriers: list[QWidget] = []


def _live_carriers() -> list[QWidget]:
    import shiboken6

    _carriers[:] = [w for w in _carriers if shiboken6.isValid(w)]
    return _carriers


def _carry_sheet(widgets: list[QWidget]) -> None:
    """The style sheet on each of `widgets`, for it and everything inside it."""
    sheet = stylesheet(tokens())
    carriers = _live_carriers()
    for widget in widgets:
        set_style(widget, sheet)
        if widget not in carriers:
            carriers.append(widget)


def _set_sheet(app: QApplication) -> None:
    """The style sheet where it is already (on a window's parts), else on the app."""
    if _live_carriers():
        _carry_sheet(list(_carriers))
    else:
        app.setStyleSheet(stylesheet(tokens()))


def join_look(widget: QWidget) -> bool:
    """Where the look is on a window's parts (the window itself does not carry the style
    sheet), `widget` becomes one: a dialog opened on the window, the page's title. True if
    it was not one before."""
    if not _live_carriers() or widget in _carriers:
        return False
    _carry_sheet([widget])
    return True


def forget_parts() -> None:
    """The look back on the app alone (tests: a window's parts go with the window)."""
    _carriers.clear()


def apply_steps(
    app: QApplication,
    scheme: str | None = None,
    parts: list[Callable[[], list[QWidget]]] | None = None,
) -> list[Callable[[], None]]:
    """apply() in steps, each for an event-loop turn of its own (SetupWizard runs them
    before the later pages are built). `parts`: where the style sheet goes, two steps each
    (the window's side panel, its buttons, its pages: restyled, then painted), instead of
    the app in one step: the style sheet restyles every widget it reaches and then the
    window paints all of them, ~20-30 ms of a frozen window in one turn."""

    def colours() -> None:
        _state["scheme"] = scheme or system_scheme()  # tokens() follows it from here
        other_style = _other_style(app)
        if other_style or app.font().pointSizeF() != BODY_PT:
            from PySide6.QtCore import QCoreApplication

            prepare(app)
            if other_style:
                app.setStyle("Fusion")  # once: a new style object replaces the old everywhere
            # Every widget takes the new size now: once the style sheet is set, it would not.
            QCoreApplication.sendPostedEvents()
        app.setPalette(qpalette(tokens()))

    def on_part(part: Callable[[], list[QWidget]]) -> list[Callable[[], None]]:
        # The part restyled and laid out on one turn while its old look stays on screen,
        # painted on the next: for the page, each is ~6 ms, and in one turn they froze the
        # window ~14 ms.
        widgets: list[QWidget] = []

        def restyle() -> None:
            widgets[:] = part()
            for widget in widgets:
                widget.setUpdatesEnabled(False)
            _carry_sheet(widgets)

        def paint() -> None:
            import shiboken6

            for widget in widgets:
                if shiboken6.isValid(widget):  # not closed meanwhile
                    widget.setUpdatesEnabled(True)

        return [restyle, paint]

    def cards_and_follow() -> None:
        _restyle_cards()
        from PySide6.QtGui import QGuiApplication

        hints = QGuiApplication.styleHints()
        if scheme is None and hasattr(hints, "colorSchemeChanged") and not _state.get("following"):
            _state["following"] = "yes"
            hints.colorSchemeChanged.connect(lambda _scheme: apply(app))

    sheets = (
        [step for part in parts for step in on_part(part)] if parts else [lambda: _set_sheet(app)]
    )
    return [colours, *sheets, cards_and_follow]


def apply(app: QApplication, scheme: str | None = None) -> str:
    """Fusion, the palette, the body size and the style sheet for the whole app (or, once the
    look is on a window's parts, for those). `scheme`: LIGHT or DARK; None follows the
    system (and keeps following it). Returns the scheme."""
    for step in apply_steps(app, scheme):
        step()
    return _state["scheme"]


_cards: weakref.WeakKeyDictionary[QLabel, str] = weakref.WeakKeyDictionary()


def name_header(wizard: QWidget) -> None:
    """Give the wizard's own title and "Step N of 17" labels their names, so the style
    sheet draws one header style on every page (Qt makes them without names); where the
    look is on the window's parts, they carry the style sheet too."""
    page = wizard.currentPage()  # type: ignore[attr-defined]
    if page is None:
        return
    names = {page.title(): "pageTitle", page.subTitle(): "pageCaption"}
    from PySide6.QtWidgets import QLabel

    for label in wizard.findChildren(QLabel):
        # By its text first: asking a label made by Qt for its parent has PySide build
        # every QtWidgets class it has not built yet (~15 ms on the GUI thread).
        name = names.get(label.text()) if label.text() else None
        current = label.objectName() if name else None
        unnamed = current in ("", "pageTitle", "pageCaption") and current != name
        if name and unnamed and label.window() is wizard:
            label.setObjectName(name)
            if not join_look(label):  # a new style sheet polishes it with its name
                label.style().unpolish(label)
                label.style().polish(label)


def _restyle_cards() -> None:
    """Note cards made before (or in the other scheme) take the current colours."""
    for label, kind in list(_cards.items()):
        try:
            label.setStyleSheet(card_style(kind))
        except RuntimeError:  # its window was closed and deleted meanwhile
            _cards.pop(label, None)


def mark_card(label: QLabel, kind: str) -> None:
    """Make `label` a note card of `kind`; it keeps following the scheme."""
    _cards[label] = kind
    set_style(label, card_style(kind))


def set_style(widget: QWidget, style: str) -> None:
    """widget.setStyleSheet(style), unless it has that style already: the same sheet set
    again restyles the widget all the same (a few ms)."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)
