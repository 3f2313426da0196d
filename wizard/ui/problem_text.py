"""The seller's sentence for anything a job or a page raises, in the language showing.

The sentences are the one problem table's (wizard.flow.problems); the product list's own
errors (a locked or damaged catalog file) are the catalog's (wizard.catalog.texts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.catalog import texts as catalog_texts
from wizard.flow import problems


def problem_sentence(exc: BaseException, places: tuple[str, ...]) -> tuple[str, str]:
    """(key, translated sentence) for `exc` where `places` report (wizard.flow.problems)."""
    from wizard.catalog import CatalogError
    from wizard.jdid import JdidError

    if isinstance(exc, CatalogError):
        errors = catalog_texts.CATALOG_ERRORS
        text = errors.get(exc.key, errors["catalog_error"])
        translated = QCoreApplication.translate(catalog_texts.CONTEXT, text)
        return exc.key, translated.format(path=exc.path or "")
    key = getattr(exc, "key", None)
    key, where = problems.describe(
        key if isinstance(key, str) else None, places, isinstance(exc, JdidError)
    )
    return key, problems.sentence(key, where, QCoreApplication.translate)
