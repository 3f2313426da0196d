"""English source texts of export sync; the GUI translates them in the "ExportSync"
context, the CLI prints them as they are. No Qt."""

from __future__ import annotations

from wizard.catalog.texts import QT_TRANSLATE_NOOP
from wizard.flow import problems
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

# Why a push or a preview stopped, by JdidError key (also the CLI's sentences): the one
# problem table's sentences for a sync (wizard.flow.problems).
STOP_REASONS: dict[str, str] = problems.texts_of(problems.SYNC)

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
    return problems.sentence(key, problems.SYNC)


def failure_reason(f: PushFailure) -> str:
    """The English reason for one failed change (the GUI translates the template)."""
    if f.key in FAILURE_REASONS:
        return FAILURE_REASONS[f.key].format(message=f.message or f.code)
    return stop_sentence(f.key)
