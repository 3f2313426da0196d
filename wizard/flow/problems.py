"""Every problem the wizard can report, once: its sentences, the step that fixes it, the action.

No Qt: the GUI and the CLI both read this table. One row per error key (the stable `key` of
wizard.jdid errors, of the sandbox's login error pages, of the keyring and of the pages'
own checks). A row has the sentence for each place that reports it (`texts`), since the
same problem reads differently while connecting, during the import and during a sync:

    CONNECT      steps 13-15 (with a title and the action button)   context "ConnectProblems"
    IMPORT_PAGE  step 16's own checks before the import             context "ImportPage"
    IMPORT       why an import stopped (step 16 and `main.py import`) context "ImportReport"
    SYNC_PAGE    step 17's own checks                                context "SyncPage"
    SYNC         why a sync stopped (step 17 and `main.py sync`)     context "ExportSync"

The translation contexts are those the sentences always had, so their translations stay.
`sentence(key, where, translate)` turns a key into the seller's sentence; the GUI passes
QCoreApplication.translate, the CLI prints the English source. Adding an error is one row.

Actions: "retry" (run the same thing again; nothing typed is lost), "step" (go to
`fix_step`), "login" (start the login again), "session_only" (keep the secrets in memory
for this run).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from wizard.catalog.texts import QT_TRANSLATE_NOOP

CONNECT, IMPORT_PAGE, IMPORT, SYNC_PAGE, SYNC, CONSOLE = (
    "connect",
    "import_page",
    "import",
    "sync_page",
    "sync",
    "console",
)
CONTEXTS: dict[str, str] = {
    CONNECT: "ConnectProblems",
    IMPORT_PAGE: "ImportPage",
    IMPORT: "ImportReport",
    SYNC_PAGE: "SyncPage",
    SYNC: "ExportSync",
    CONSOLE: "ConsoleCheck",
}
# What a place says when it meets a key it has no sentence for: (key, place).
FALLBACK: dict[str, tuple[str, str]] = {
    CONNECT: ("platform_error", CONNECT),
    IMPORT_PAGE: ("internal_error", IMPORT),
    IMPORT: ("internal_error", IMPORT),
    SYNC_PAGE: ("internal_error", SYNC_PAGE),
    SYNC: ("platform_error", SYNC),
    CONSOLE: ("console_unexpected", CONSOLE),
}

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Problem:
    key: str
    fix_step: str | None = None  # the wizard step where the seller fixes it
    action: str = "retry"  # "retry", "step", "login", "session_only" (steps 13-15)
    action_label: str = ""  # the action button's text (context "ConnectProblems")
    title: str = ""  # the heading at steps 13-15 (context "ConnectProblems")
    link: str | None = None  # url key of a "read more" button (wizard.flow.steps)
    link_label: str | None = None
    texts: Mapping[str, str] = field(default_factory=dict)  # place -> English sentence


_RETRY = QT_TRANSLATE_NOOP("ConnectProblems", "&Retry")
_LOGIN_AGAIN = QT_TRANSLATE_NOOP("ConnectProblems", "&Log in again")
_BACK_TO_12 = QT_TRANSLATE_NOOP("ConnectProblems", "&Go back to step 12")


_ROWS: tuple[Problem, ...] = (
    Problem(
        "wrong_api_key",
        fix_step="step12",
        action="step",
        action_label=_BACK_TO_12,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID does not know this API Key"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The API Key in step 12 does not belong to any JD.ID app. Open the "
                "developer console, go to your app's overview (App overview), copy "
                "the API Key again and paste it into step 12.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID does not know this API Key. Check it in step 12.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID does not know this API Key. Check it in step 12.",
            ),
        },
    ),
    Problem(
        "wrong_api_secret",
        fix_step="step12",
        action="step",
        action_label=_BACK_TO_12,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The API Secret does not match the API Key"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID knows the API Key, but the API Secret is not the one that "
                "belongs to it. Open the developer console, go to App overview, copy "
                "the API Secret again and paste it into step 12.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID does not accept this API Secret. Check it in step 12.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID does not accept this API Secret. Check it in step 12.",
            ),
        },
    ),
    Problem(
        "no_secret",
        fix_step="step12",
        action="step",
        action_label=_BACK_TO_12,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The API Secret is no longer saved"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "This computer does not have the API Secret any more (it may have "
                "been kept for one session only). Paste it again in step 12, then "
                "click Check keys.",
            ),
            IMPORT_PAGE: QT_TRANSLATE_NOOP(
                "ImportPage",
                "The API Secret is not saved on this computer any more. Go back "
                "to step 12 and paste it again, then come back here.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "The API Secret is not saved on this computer any more. Go back to "
                "step 12 and paste it again.",
            ),
        },
    ),
    Problem(
        "clock_wrong",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "Your computer's clock is wrong"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID refused the request because this computer's date or time is "
                "off by more than a few minutes. Set the date, the time and the time "
                "zone correctly (or let the computer set them automatically), then "
                "click Retry.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "This computer's clock is wrong, so JD.ID refuses the requests. Let "
                "the computer set its date and time automatically, then try again.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "This computer's clock is wrong, so JD.ID refuses the requests. Let the "
                "computer set its date and time automatically, then try again.",
            ),
        },
    ),
    Problem(
        "rate_limited",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID asks us to slow down"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID received too many requests from this app in a short time. "
                "Wait a minute, then click Retry.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID is limiting requests right now. Wait a minute and start the "
                "import again: it continues where it stopped.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID is limiting requests right now. Wait a minute, then sync again.",
            ),
        },
    ),
    Problem(
        "no_network",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "No internet connection"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "This computer cannot reach the internet. Check the cable or Wi-Fi, "
                "then click Retry. What you typed is kept.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "There is no internet connection. Connect, then start the import "
                "again: it continues where it stopped.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "There is no internet connection. Connect, then sync again.",
            ),
        },
    ),
    Problem(
        "platform_unreachable",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID does not answer"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The internet works, but JD.ID did not answer in time. It may be "
                "busy. Wait a moment, then click Retry. What you typed is kept.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID is not answering. Try again in a few minutes: the import "
                "continues where it stopped.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID is not answering. Try again in a few minutes.",
            ),
        },
    ),
    Problem(
        "unexpected_answer",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID gave an answer we did not expect"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID answered, but not in the way this app understands. Click "
                "Retry. If it happens again, save a support file (Help menu) and "
                "send it to support.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID gave an answer the wizard does not understand. Try again "
                "later; if it keeps happening, send the diagnostics file to support.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID gave an answer the wizard does not understand. Try again later; "
                "if it keeps happening, send the diagnostics file to support.",
            ),
        },
    ),
    Problem(
        "platform_error",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "JD.ID refused the request"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID refused the request for a reason of its own. Click Retry. If "
                "it happens again, save a support file (Help menu) and send it to "
                "support.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID refused a request. Try again later; if it keeps happening, "
                "send the diagnostics file to support.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID refused a request. Try again later; if it keeps happening, send "
                "the diagnostics file to support.",
            ),
        },
    ),
    Problem(
        "wrong_callback",
        fix_step="step10",
        action="step",
        action_label=QT_TRANSLATE_NOOP(
            "ConnectProblems",
            "&Go back to step 10 and paste the callback URL again",
        ),
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The Callback URL in your app is not right"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID stopped the login because the Callback URL saved in your "
                "app's settings is not the address this app uses. In the developer "
                "console, open App Management, then App Setting, paste the callback "
                "URL from step 10 into \u201cCallback URL\u201d and save. Then log "
                "in again.",
            ),
            # Only the practice login of `main.py import/sync --sandbox` meets it there.
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "The Callback URL saved in the practice developer console is not the practice "
                "platform's, so the practice login stopped. Open the wizard in practice mode, "
                "fix it at step 10 (or click \u201cDo this step for me\u201d there), then run "
                "this command again.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "The Callback URL saved in the practice developer console is not the practice "
                "platform's, so the practice login stopped. Open the wizard in practice mode, "
                "fix it at step 10 (or click \u201cDo this step for me\u201d there), then run "
                "this command again.",
            ),
        },
    ),
    Problem(
        "app_not_published",
        fix_step="step08",
        action="step",
        action_label=QT_TRANSLATE_NOOP("ConnectProblems", "&Go back to step 8 and publish the app"),
        title=QT_TRANSLATE_NOOP("ConnectProblems", "Your app is not published yet"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID only lets a published app log in to a store. In the developer "
                "console, publish your app (step 8), then log in again.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "The practice app is not published yet, so the practice login stopped. Open "
                "the wizard in practice mode, publish the app at step 8 (or click \u201cDo "
                "this step for me\u201d there), then run this command again.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "The practice app is not published yet, so the practice login stopped. Open "
                "the wizard in practice mode, publish the app at step 8 (or click \u201cDo "
                "this step for me\u201d there), then run this command again.",
            ),
        },
    ),
    Problem(
        "not_qualified",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "Your store is a Basic Seller"),
        link="qualified_blog",
        link_label=QT_TRANSLATE_NOOP("ConnectProblems", "How to become a &Qualified Seller"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID opens its API only to Qualified Sellers, and this store is "
                "still a Basic Seller. Ask JD.ID to upgrade the store to Qualified "
                "(the JD.ID blog explains how). When JD.ID has confirmed the "
                "upgrade, log in again.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "JD.ID says this store is not a Qualified Seller, so it cannot use "
                "the Open API. Upgrade to Qualified Seller in Seller Center first.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "JD.ID says this store is not a Qualified Seller, so it cannot use the "
                "Open API. Upgrade to Qualified Seller in Seller Center first.",
            ),
        },
    ),
    Problem(
        "oauth_denied",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "Access was not allowed"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The login ended without allowing this app to work with your store. "
                "The app needs that permission to read your products and update "
                "stock. Log in again and choose to allow access.",
            ),
        },
    ),
    Problem(
        "invalid_code",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The login has expired"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The login took too long or was already used, so JD.ID did not "
                "accept it. Log in again; it only takes a moment.",
            ),
        },
    ),
    Problem(
        "state_mismatch",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "This login answer was refused"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The answer does not belong to the login started here (it may be "
                "from an older login or another window), so it was ignored for your "
                "safety. Log in again.",
            ),
        },
    ),
    Problem(
        "login_expired",
        fix_step="step14",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "Please log in again"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The JD.ID login of this app has expired and could not be renewed "
                "automatically. Log in again to reconnect your store; nothing else "
                "needs to be set up again.",
            ),
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "Your JD.ID login has expired. Log in to JD.ID again (step 14), then "
                "start the import again: it continues where it stopped.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.",
            ),
        },
    ),
    Problem(
        "oauth_error",
        action="login",
        action_label=_LOGIN_AGAIN,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The login did not finish"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "JD.ID ended the login with an error. Log in again.",
            ),
        },
    ),
    Problem(
        "login_unreachable",
        action="retry",
        action_label=_RETRY,
        title=QT_TRANSLATE_NOOP("ConnectProblems", "The JD.ID login page does not open"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The login page could not be loaded. Check the internet connection, "
                "then click Retry. If it keeps failing, use your own web browser "
                "instead (button below).",
            ),
        },
    ),
    Problem(
        "not_callback",
        action="retry",
        action_label=QT_TRANSLATE_NOOP("ConnectProblems", "&Try again"),
        title=QT_TRANSLATE_NOOP("ConnectProblems", "That is not the address we need"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "Paste the full address from your browser's address bar after the "
                "login, the one that starts with the callback URL of step 10.",
            ),
        },
    ),
    Problem(
        "no_keyring",
        action="session_only",
        action_label=QT_TRANSLATE_NOOP("ConnectProblems", "&Continue for this session only"),
        title=QT_TRANSLATE_NOOP("ConnectProblems", "This computer has no password store"),
        texts={
            CONNECT: QT_TRANSLATE_NOOP(
                "ConnectProblems",
                "The API Secret and the login must be kept in the computer's "
                "password store, and none is available (or it refused). You can go "
                "on for this session only: the secrets stay in memory and are gone "
                "when you close the app, so you will have to paste the API Secret "
                "and log in again next time. They are never written to a file.",
            ),
            IMPORT_PAGE: QT_TRANSLATE_NOOP(
                "ImportPage",
                "The password store of this computer cannot be opened, so the "
                "saved JD.ID login cannot be read. Unlock it (or log in to your "
                "computer again), then click Retry.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "The password store of this computer cannot be opened, so the "
                "saved JD.ID login cannot be read. Unlock it, then try again.",
            ),
        },
    ),
    Problem(
        "not_set_up",
        fix_step="step12",
        texts={
            IMPORT_PAGE: QT_TRANSLATE_NOOP(
                "ImportPage",
                "Your store is not connected yet. Go back to step 12, fill in "
                "the Shop ID, API Key and API Secret, then click Check keys and log "
                "in.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "Your store is not connected yet. Go back to step 12 and connect "
                "it first; until then export sync stays Off.",
            ),
        },
    ),
    Problem(
        "not_logged_in",
        fix_step="step14",
        texts={
            IMPORT_PAGE: QT_TRANSLATE_NOOP(
                "ImportPage",
                "There is no JD.ID login saved on this computer. Log in to JD.ID "
                "in step 14, then come back here.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "There is no JD.ID login saved on this computer. Log in to JD.ID in step 14 first.",
            ),
        },
    ),
    Problem(
        "practice_starting",
        texts={
            IMPORT_PAGE: QT_TRANSLATE_NOOP(
                "ImportPage",
                "The practice platform is still starting. Click Retry in a moment.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "The practice platform is still starting. Wait a moment.",
            ),
        },
    ),
    Problem(
        "cancelled",
        texts={
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "The import was stopped. Start it again to continue where it stopped.",
            ),
            SYNC: QT_TRANSLATE_NOOP(
                "ExportSync",
                "Export sync was turned off, so the rest was not sent to JD.ID.",
            ),
        },
    ),
    Problem(
        "worker_lost",  # wizard.jobs.child_job: the job's process ended without an answer
        texts={
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "The import was stopped by the computer, perhaps because it ran short of "
                "memory. Close other programs, then start the import again: it continues "
                "where it stopped.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "Sending the changes was stopped by the computer, perhaps because it ran "
                "short of memory. Close other programs, then sync again: the preview shows "
                "what is still to send.",
            ),
        },
    ),
    Problem(
        "internal_error",
        texts={
            IMPORT: QT_TRANSLATE_NOOP(
                "ImportReport",
                "Something went wrong inside the wizard. Start the import again; if "
                "it keeps happening, send the diagnostics file to support.",
            ),
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "Something went wrong inside the wizard. Try again; if it keeps "
                "happening, send the diagnostics file to support.",
            ),
        },
    ),
    Problem(
        "no_import",
        texts={
            SYNC_PAGE: QT_TRANSLATE_NOOP(
                "SyncPage",
                "Import your products first (step 16). Until then there is nothing "
                "to sync, so the switch waits.",
            ),
        },
    ),
    # Practice mode's live checks of steps 3-10 in the practice developer console
    # (wizard.sandbox.console_client): {expected} and {actual} are filled in.
    Problem(
        "not_registered",
        fix_step="step03",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "You are not registered as a developer yet. In the practice developer console, "
                "fill in the registration with the details of Shop Information and click "
                "Register.",
            ),
        },
    ),
    Problem(
        "no_app",
        fix_step="step06",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "There is no app yet. In the practice developer console, click Create App, open "
                '"Seller to JD.ID" and click Create App next to "normal standard API".',
            ),
        },
    ),
    Problem(
        "name_differs",
        fix_step="step07",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The App Name is not your store's name yet. Store's name: \u201c{expected}\u201d. "
                "App Name now: \u201c{actual}\u201d. Copy the store's name, paste it as the App "
                "Name and click Save.",
            ),
        },
    ),
    Problem(
        "not_published",
        fix_step="step08",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The app is not published yet. Open your app in the developer console and click "
                '"Publish App".',
            ),
        },
    ),
    Problem(
        "callback_missing",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "No Callback URL is saved yet. Open App Setting, paste the Callback URL below "
                'into "Callback URL" and click Save.',
            ),
        },
    ),
    Problem(
        "callback_spaces",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The saved Callback URL has an extra space (or another invisible character) "
                "before or after it: \u201c{actual}\u201d. Paste it again without the space and "
                "click Save.",
            ),
        },
    ),
    Problem(
        "callback_scheme",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The saved Callback URL starts differently: it must start with "
                "\u201c{expected}\u201d, not \u201c{actual}\u201d. Paste the Callback URL below "
                "again and click Save.",
            ),
        },
    ),
    Problem(
        "callback_host",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The saved Callback URL points to another address: \u201c{actual}\u201d instead "
                "of \u201c{expected}\u201d. Paste the Callback URL below again and click Save.",
            ),
        },
    ),
    Problem(
        "callback_path",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The end of the saved Callback URL is different: \u201c{actual}\u201d instead of "
                "\u201c{expected}\u201d. Paste the whole Callback URL below again and click Save.",
            ),
        },
    ),
    Problem(
        "callback_other",
        fix_step="step10",
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The saved Callback URL is not exactly ours: \u201c{actual}\u201d. Paste the "
                "Callback URL below again and click Save.",
            ),
        },
    ),
    Problem(
        "console_unreachable",
        fix_step=None,
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The practice platform did not answer, so this step could not be checked. Click "
                '"Check again".',
            ),
        },
    ),
    Problem(
        "console_unexpected",
        fix_step=None,
        texts={
            CONSOLE: QT_TRANSLATE_NOOP(
                "ConsoleCheck",
                "The practice platform gave an answer the wizard does not understand, so this "
                'step could not be checked. Click "Check again"; if it stays, close the wizard '
                "and open it again.",
            ),
        },
    ),
)


PROBLEMS: dict[str, Problem] = {p.key: p for p in _ROWS}


def _english(_context: str, text: str) -> str:
    return text


def known(key: str | None, where: str) -> bool:
    """`key` has a sentence for `where`."""
    return key in PROBLEMS and where in PROBLEMS[key].texts


def sentence(key: str | None, where: str, translate: Translate = _english) -> str:
    """The seller's sentence for `key` at `where` (the place's fallback for a key it has no
    sentence for), through `translate(context, text)`; English by default (the CLI)."""
    if not known(key, where):
        key, where = FALLBACK[where]
    return translate(CONTEXTS[where], PROBLEMS[str(key)].texts[where])


def fix_step(key: str | None) -> str | None:
    """The step that fixes `key`, if one does."""
    row = PROBLEMS.get(key or "")
    return row.fix_step if row is not None else None


def texts_of(where: str) -> dict[str, str]:
    """key -> English sentence of every problem `where` reports (the tables pages had)."""
    return {p.key: p.texts[where] for p in _ROWS if where in p.texts}


def describe(key: str | None, places: tuple[str, ...], from_platform: bool) -> tuple[str, str]:
    """(key, place) of the sentence to show for an error `key` where `places` report (the
    first that has it). Otherwise "platform_error" for an error JD.ID gave
    (`from_platform`), else "internal_error", at the first of `places` that has it."""
    for where in places:
        if known(key, where):
            return str(key), where
    fallback = "platform_error" if from_platform else "internal_error"
    return fallback, next(w for w in places if known(fallback, w))
