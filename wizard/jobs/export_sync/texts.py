"""English source texts of export sync; the GUI translates them in the "ExportSync"
context, the CLI prints them as they are. No Qt."""

from __future__ import annotations

from wizard.catalog.texts import QT_TRANSLATE_NOOP
from wizard.jobs.export_sync.models import (
    NO_ANSWER,
    OFF_SHELF,
    ON_SHELF,
    PRICE,
    REFUSED,
    STOCK,
    PushFailure,
)

CONTEXT = "ExportSync"

# Why a push or a preview stopped, by JdidError key (also the CLI's sentences).
STOP_REASONS: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP(
        "ExportSync", "Export sync was turned off, so the rest was not sent to JD.ID."
    ),
    "login_expired": QT_TRANSLATE_NOOP(
        "ExportSync",
        "Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.",
    ),
    "not_qualified": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. "
        "Upgrade to Qualified Seller in Seller Center first.",
    ),
    "wrong_api_key": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID does not know this API Key. Check it in step 12."
    ),
    "wrong_api_secret": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID does not accept this API Secret. Check it in step 12."
    ),
    "clock_wrong": QT_TRANSLATE_NOOP(
        "ExportSync",
        "This computer's clock is wrong, so JD.ID refuses the requests. Let the computer "
        "set its date and time automatically, then try again.",
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID is limiting requests right now. Wait a minute, then sync again."
    ),
    "no_network": QT_TRANSLATE_NOOP(
        "ExportSync", "There is no internet connection. Connect, then sync again."
    ),
    "platform_unreachable": QT_TRANSLATE_NOOP(
        "ExportSync", "JD.ID is not answering. Try again in a few minutes."
    ),
    "unexpected_answer": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID gave an answer the wizard does not understand. Try again later; if it keeps "
        "happening, send the diagnostics file to support.",
    ),
    "platform_error": QT_TRANSLATE_NOOP(
        "ExportSync",
        "JD.ID refused a request. Try again later; if it keeps happening, send the "
        "diagnostics file to support.",
    ),
}

# PushFailure.key -> the reason shown next to a failed change ({message}: JD.ID's words).
FAILURE_REASONS: dict[str, str] = {
    REFUSED: QT_TRANSLATE_NOOP("ExportSync", "JD.ID refused it: {message}"),
    NO_ANSWER: QT_TRANSLATE_NOOP("ExportSync", "JD.ID did not confirm this change."),
}

WHAT_NAMES: dict[str, str] = {
    STOCK: QT_TRANSLATE_NOOP("ExportSync", "Stock"),
    PRICE: QT_TRANSLATE_NOOP("ExportSync", "Price"),
    OFF_SHELF: QT_TRANSLATE_NOOP("ExportSync", "Take off sale"),
    ON_SHELF: QT_TRANSLATE_NOOP("ExportSync", "Put back on sale"),
}

ZERO_STOCK_WARNING = QT_TRANSLATE_NOOP(
    "ExportSync",
    "This would set the stock of {count} of your {linked} linked JD.ID products to 0, so "
    "buyers could not order them any more. This often means the master file is the wrong "
    "one or is missing stock numbers. Check the file first.",
)


def stop_sentence(key: str) -> str:
    return STOP_REASONS.get(key, STOP_REASONS["platform_error"])


def failure_reason(f: PushFailure) -> str:
    """The English reason for one failed change (the GUI translates the template)."""
    if f.key in FAILURE_REASONS:
        return FAILURE_REASONS[f.key].format(message=f.message or f.code)
    return stop_sentence(f.key)
