"""The onboarding steps as data: one table drives the side panel, the guide pages and the PDF guide.

Every text here is English source marked with QT_TRANSLATE_NOOP("Steps", ...) so that
pyside6-lupdate finds it; `tr_step()` translates it at the moment it is shown. Adding or
rewording a step is a change to this table, not new code. Qt-free apart from the translate call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, lupdate's marker)
    """Marks `text` for pyside6-lupdate; returns it unchanged (translated later by tr_step)."""
    return text


SELLER_CENTER_URL = "https://seller.jd.id/"
DEV_CONSOLE_URL = "https://open-console.jd.id/"
QUALIFIED_BLOG_URL = "https://www.jd.id/blog/segera-update-toko-Anda-jadi-qualified-untuk-keuntungan-berlipat_194.html"
# The callback URL a real store registers (the help-centre guide's); practice has its own.
REAL_CALLBACK_URL = "https://www.forstok.com/dashboard/channels/integrations/jd/setup"


# NamedTuples rather than frozen dataclasses: as immutable, and the table is read before the
# first page is painted, where defining the three dataclasses cost ~4 ms.
class Link(NamedTuple):
    label: str  # English source, marked QT_TRANSLATE_NOOP("Steps", ...)
    url_key: str  # resolved by resolve_url(key, profile)


class CopyValue(NamedTuple):
    label: str  # English source
    value_key: str  # "store_name", "callback_url", ...


class Step(NamedTuple):
    id: str  # "welcome", "qualified", "upgrade", "step01".."step17", "done"
    number: int | None  # 1..17 for the guide's numbered steps, else None
    title: str
    body: str  # paragraphs separated by "\n\n"
    picture: str | None  # file name in resources/pictures/
    links: tuple[Link, ...] = ()
    copy_values: tuple[CopyValue, ...] = ()
    confirm: str | None = None  # "I have done this" text that gates Next
    practice_note: str | None = None  # shown in practice mode on console steps
    short_title: str | None = None  # for the side panel; defaults to title

    @property
    def side_title(self) -> str:
        return self.short_title or self.title


_OPEN_SELLER_CENTER = Link(QT_TRANSLATE_NOOP("Steps", "Open Seller Center"), "seller_center")
_OPEN_DEV_CONSOLE = Link(QT_TRANSLATE_NOOP("Steps", "Open developer console"), "dev_console")
_CONSOLE_DONE_IN_PRACTICE = QT_TRANSLATE_NOOP(
    "Steps",
    "Practice mode: do this step in the practice developer console, which the button below "
    "opens, with the practice account. It looks like the real one and nothing there touches "
    "a real store.",
)

STEPS: tuple[Step, ...] = (
    Step(
        id="welcome",
        number=None,
        title=QT_TRANSLATE_NOOP("Steps", "Welcome"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "This wizard connects your JD.ID store to your inventory, so stock and prices can "
            "be kept the same everywhere you sell.\n\n"
            "Important before you start: the same product must have the same SKU code in every "
            "store and channel. After the connection, your JD.ID products are imported and "
            "linked to your other products by their SKU code. A product with a different SKU "
            "code will not be linked.",
        ),
        picture="sku-warning.svg",
    ),
    Step(
        id="qualified",
        number=None,
        title=QT_TRANSLATE_NOOP("Steps", "Is your store a Qualified Seller?"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Qualified Seller check"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "JD.ID only opens its Open API to Qualified Sellers. A store that is still a Basic "
            "Seller cannot be connected until it has been upgraded.\n\n"
            "You can see your seller level in JD.ID Seller Center, on your store's profile "
            "(Shop Information).",
        ),
        picture="qualified.svg",
        links=(_OPEN_SELLER_CENTER,),
    ),
    Step(
        id="upgrade",
        number=None,
        title=QT_TRANSLATE_NOOP("Steps", "Upgrade to Qualified Seller first"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Upgrade your store"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Your store is a Basic Seller, and JD.ID only lets Qualified Sellers use the Open "
            "API. Ask JD.ID to upgrade your store first; the JD.ID page below explains how and "
            "what you gain.\n\n"
            "When JD.ID has confirmed that your store is Qualified, come back here and tick "
            "the box below. Your progress is saved, so you can close the wizard now and return "
            "later.",
        ),
        picture="qualified.svg",
        links=(
            Link(QT_TRANSLATE_NOOP("Steps", "How to become a Qualified Seller"), "qualified_blog"),
            _OPEN_SELLER_CENTER,
        ),
        confirm=QT_TRANSLATE_NOOP(
            "Steps", "JD.ID has confirmed that my store is now a Qualified Seller"
        ),
    ),
    Step(
        id="reach",
        number=None,
        title=QT_TRANSLATE_NOOP("Steps", "Can this computer reach JD.ID?"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Platform check"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "JD.ID closed its marketplace on 31 March 2023, so the wizard first checks that "
            "this computer can reach the JD.ID platform it is set up for: its login pages and "
            "its API. Nothing of yours is sent.\n\n"
            "Offline on purpose? You can still read steps 1 to 11. Step 12, where you enter "
            "your keys, waits until the platform can be reached.",
        ),
        picture=None,
    ),
    Step(
        id="step01",
        number=1,
        title=QT_TRANSLATE_NOOP("Steps", "Log in to JD.ID Seller Center"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Log in to Seller Center"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Open JD.ID Seller Center in your web browser and log in with the email address and "
            "password of your store.\n\n"
            "Keep this browser tab open: you will use the same account in the next steps.",
        ),
        picture="step01.svg",
        links=(_OPEN_SELLER_CENTER,),
        confirm=QT_TRANSLATE_NOOP("Steps", "I am logged in to Seller Center"),
        # In practice Seller Center opens in a window of this app, not in a browser tab.
        practice_note=QT_TRANSLATE_NOOP(
            "Steps",
            "Practice mode: the button below opens the practice Seller Center in a window of "
            "this app. Log in there with the practice account and keep that window open "
            "instead of a browser tab. Nothing there touches a real store.",
        ),
    ),
    Step(
        id="step02",
        number=2,
        title=QT_TRANSLATE_NOOP("Steps", "Log in to the JD.ID developer console"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Log in to the developer console"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Open the JD.ID developer console and log in with the same account you use for "
            "Seller Center. The developer console is where JD.ID gives out the keys that let "
            "this app talk to your store.",
        ),
        picture="step02.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", "I am logged in to the developer console"),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step03",
        number=3,
        title=QT_TRANSLATE_NOOP("Steps", "Register as a developer"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "The first time, the developer console asks you to register. Fill in the form with "
            "the same details you gave when you opened your store on JD.ID, tick the boxes, "
            "and click Register.\n\n"
            "If you have registered before, the console skips this form and you can go on.",
        ),
        picture="step03.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", "I am registered as a developer"),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step04",
        number=4,
        title=QT_TRANSLATE_NOOP("Steps", 'Choose "Create App"'),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'In the developer console, click "Create App". An app is how JD.ID lets another '
            "program, like this one, work with your store.",
        ),
        picture="step04.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", 'I clicked "Create App"'),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step05",
        number=5,
        title=QT_TRANSLATE_NOOP("Steps", 'Open "Seller to JD.ID"'),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'Find the section called "Seller to JD.ID" and open its drop-down list.',
        ),
        picture="step05.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", 'I opened the "Seller to JD.ID" list'),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step06",
        number=6,
        title=QT_TRANSLATE_NOOP("Steps", "Create a standard API app"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'In the list, find "normal standard API" and click "Create App" next to it.',
        ),
        picture="step06.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", 'I clicked "Create App" under "normal standard API"'),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step07",
        number=7,
        title=QT_TRANSLATE_NOOP("Steps", "Name the app after your store"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'In the "App Name" field, type the name of your store exactly as it appears on '
            "JD.ID. Use the copy button below so there are no typing mistakes, then save the "
            "app.",
        ),
        picture="step07.svg",
        links=(_OPEN_DEV_CONSOLE,),
        copy_values=(
            CopyValue(QT_TRANSLATE_NOOP("Steps", "App Name (your store's name)"), "store_name"),
        ),
        confirm=QT_TRANSLATE_NOOP("Steps", "I entered my store's name as the App Name"),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step08",
        number=8,
        title=QT_TRANSLATE_NOOP("Steps", "Publish the app"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'Click "Publish App". An app that is not published cannot connect to your store.',
        ),
        picture="step08.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", "I published the app"),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step09",
        number=9,
        title=QT_TRANSLATE_NOOP("Steps", 'Open "App Management"'),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'Go to "App Management" in the developer console. Your new app is listed there.',
        ),
        picture="step09.svg",
        links=(_OPEN_DEV_CONSOLE,),
        confirm=QT_TRANSLATE_NOOP("Steps", 'I opened "App Management"'),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step10",
        number=10,
        title=QT_TRANSLATE_NOOP("Steps", "Enter the callback URL"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'Open "App Setting" for your app. Paste the address below into the '
            '"Callback URL" field and save.\n\n'
            "JD.ID sends you back to this address after you log in, so it must be exactly "
            "right: use the copy button instead of typing it.",
        ),
        picture="step10.svg",
        links=(_OPEN_DEV_CONSOLE,),
        copy_values=(CopyValue(QT_TRANSLATE_NOOP("Steps", "Callback URL"), "callback_url"),),
        confirm=QT_TRANSLATE_NOOP("Steps", "I pasted the callback URL and saved"),
        practice_note=_CONSOLE_DONE_IN_PRACTICE,
    ),
    Step(
        id="step11",
        number=11,
        title=QT_TRANSLATE_NOOP("Steps", "Continue in this app"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Everything in the JD.ID websites is ready. From here on, the connection happens "
            "inside this app: you do not need to open any other program.\n\n"
            "Have these three things at hand for the next step:\n"
            "- Shop ID: in Seller Center, under Shop Information.\n"
            "- API Key and API Secret: in the developer console, on your app's overview.",
        ),
        picture="step11.svg",
        links=(_OPEN_SELLER_CENTER, _OPEN_DEV_CONSOLE),
        confirm=QT_TRANSLATE_NOOP(
            "Steps", "I know where to find my Shop ID, API Key and API Secret"
        ),
    ),
    Step(
        id="step12",
        number=12,
        title=QT_TRANSLATE_NOOP("Steps", "Enter Shop ID, API Key and API Secret"),
        short_title=QT_TRANSLATE_NOOP("Steps", "Shop ID, API Key, API Secret"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Type or paste your Shop ID, API Key and API Secret.\n\n"
            "The Shop ID is in Seller Center, under Shop Information. The API Key and API "
            "Secret are in the developer console, on your app's overview page. The API Secret "
            "is kept in your computer's secure password store, never in a plain file.",
        ),
        picture="step12.svg",
        links=(_OPEN_SELLER_CENTER, _OPEN_DEV_CONSOLE),
    ),
    Step(
        id="step13",
        number=13,
        title=QT_TRANSLATE_NOOP("Steps", "Check keys"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Click Check keys. The app checks your API Key and API Secret with JD.ID and tells "
            "you in plain words if something needs fixing.",
        ),
        picture="step13.svg",
    ),
    Step(
        id="step14",
        number=14,
        title=QT_TRANSLATE_NOOP("Steps", "Log in and allow access"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Click Log in. The JD.ID login page opens inside this app. Log in with your store "
            "account and allow the app to work with your store.",
        ),
        picture="step14.svg",
    ),
    Step(
        id="step15",
        number=15,
        title=QT_TRANSLATE_NOOP("Steps", "Connected"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "JD.ID has accepted the login. The app shows your store and confirms that it is a "
            "Qualified Seller. Click Next.",
        ),
        picture="step15.svg",
    ),
    Step(
        id="step16",
        number=16,
        title=QT_TRANSLATE_NOOP("Steps", "Import your products"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            'Click "Start import" to bring your products in from JD.ID. Only products that '
            "have passed JD.ID's review (audit / QC passed) are imported, and each one is linked "
            "to your other channels by its SKU code.",
        ),
        picture="step16.svg",
    ),
    Step(
        id="step17",
        number=17,
        title=QT_TRANSLATE_NOOP("Steps", "Turn on export sync"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "JD.ID is now connected. Export sync starts switched Off, so nothing is changed on "
            "JD.ID yet. Turn it On when you want your stock, listings and prices to be updated "
            "on JD.ID.",
        ),
        picture="step17.svg",
    ),
    Step(
        id="done",
        number=None,
        title=QT_TRANSLATE_NOOP("Steps", "All done"),
        body=QT_TRANSLATE_NOOP(
            "Steps",
            "Your JD.ID store is connected. You can close this wizard.",
        ),
        picture=None,
    ),
)

# Practice mode checks these steps live in the practice developer console (instead of the
# tick): registered, an app exists, its name, published, the Callback URL.
# The phase each step belongs to: the side panel draws the caption above the first visible step
# of it, and the pages without a step number show their phase as the caption under the title.
PHASES: dict[str, str] = {
    "welcome": QT_TRANSLATE_NOOP("SidePanel", "Prepare"),
    "step01": QT_TRANSLATE_NOOP("SidePanel", "JD.ID websites"),
    "step12": QT_TRANSLATE_NOOP("SidePanel", "Connect"),
    "step16": QT_TRANSLATE_NOOP("SidePanel", "Your products"),
}

PRACTICE_CHECKED_STEPS = ("step03", "step06", "step07", "step08", "step10")

_BY_ID = {s.id: s for s in STEPS}
NUMBERED_STEPS: tuple[Step, ...] = tuple(s for s in STEPS if s.number is not None)


def step(step_id: str) -> Step:
    """The step with this id (KeyError if there is none)."""
    return _BY_ID[step_id]


def step_ids() -> tuple[str, ...]:
    return tuple(s.id for s in STEPS)


def tr_step(text: str) -> str:
    """Translate a text of this table into the current language (the identity without Qt)."""
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - the PDF guide and core code may run without Qt
        return text
    return QCoreApplication.translate("Steps", text)


class _Profile(Protocol):
    callback_url: str


def resolve_url(url_key: str, profile: _Profile | Any | None = None) -> str:
    """The address behind a Link's url_key; the callback comes from the endpoint profile."""
    if url_key == "seller_center":
        return SELLER_CENTER_URL
    if url_key == "dev_console":
        return DEV_CONSOLE_URL
    if url_key == "qualified_blog":
        return QUALIFIED_BLOG_URL
    if url_key == "callback_url":
        return profile.callback_url if profile is not None else REAL_CALLBACK_URL
    raise KeyError(url_key)


RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
PICTURES_DIR = RESOURCES_DIR / "pictures"


def picture_path(s: Step) -> Path | None:
    """The step's illustration file, or None when it has none or it is not drawn yet."""
    if not s.picture:
        return None
    path = PICTURES_DIR / s.picture
    return path if path.is_file() else None


def step_heading(s: Step, translate: Callable[[str], str] = tr_step) -> str:
    """ "Step 7 of 17: <title>" for a numbered step, else its title: what a seller tells the
    person who helps them, in the current language."""
    title = translate(s.title)
    if s.number is None:
        return title
    where = (
        translate(QT_TRANSLATE_NOOP("Steps", "Step %1 of %2"))
        .replace("%1", str(s.number))
        .replace("%2", str(len(NUMBERED_STEPS)))
    )
    return f"{where}: {title}"


def step_as_text(
    s: Step,
    values: dict[str, str] | None = None,
    profile: Any = None,
    translate: Callable[[str], str] = tr_step,
) -> str:
    """The step as plain text for a chat message or the printed guide, in the current language.

    `values` maps CopyValue.value_key to its value (e.g. the store's name)."""
    values = values or {}
    lines: list[str] = [step_heading(s, translate)]
    lines.append("")
    lines.append(translate(s.body))
    for link in s.links:
        lines.append("")
        lines.append(f"{translate(link.label)}: {resolve_url(link.url_key, profile)}")
    for cv in s.copy_values:
        value = values.get(cv.value_key)
        if value is None and cv.value_key == "callback_url":
            value = resolve_url("callback_url", profile)
        lines.append("")
        lines.append(f"{translate(cv.label)}: {value or '…'}")
    if s.confirm:
        lines.append("")
        lines.append(
            translate(QT_TRANSLATE_NOOP("Steps", "When it is done: %1")).replace(
                "%1", translate(s.confirm)
            )
        )
    return "\n".join(lines)
