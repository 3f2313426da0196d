"""Start-up: reopen the wizard at the login (step 14) when the stored login cannot be renewed.

`start_reconnect_check(window)` checks the stored login in a worker; when it has expired
and cannot be renewed, the wizard goes to the flow's reconnect entry and step 14 says why.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from wizard.ui.pages.connect.login import LOGGED_IN_FOR

if TYPE_CHECKING:
    from wizard.jdid import EndpointProfile
    from wizard.store.connection import ConnectionCheck
    from wizard.ui.context import WizardContext
    from wizard.ui.window import SetupWizard
    from wizard.ui.worker import Task

log = logging.getLogger(__name__)


def start_reconnect_check(window: SetupWizard) -> Task | None:
    """If this install logged in before, check the stored login in a worker; when it has
    expired and cannot be renewed, jump to step 14 and say why. Returns the Task or None."""
    ctx: WizardContext = window.ctx
    api_key = ctx.settings.api_key
    if not api_key or ctx.progress.answers.get(LOGGED_IN_FOR) != api_key:
        return None
    if ctx.profile is None:  # practice platform still starting: check once it runs

        def later(profile: EndpointProfile | None) -> None:
            if profile is not None:
                ctx.profile_changed.disconnect(later)
                start_reconnect_check(window)

        ctx.profile_changed.connect(later)
        return None

    from wizard.store import connection

    def done(check: ConnectionCheck) -> None:
        if check.status == "login_needed":
            open_for_reconnect(window, check.reason or "login_expired")

    return ctx.runner.run(
        connection.check_connection,
        ctx.profile,
        api_key,
        on_result=done,
        on_error=lambda exc: log.warning("reconnect check: %s", type(exc).__name__),
        name="check the stored JD.ID login",
    )


def open_for_reconnect(window: SetupWizard, reason_key: str) -> None:
    entry = window.flow.reconnect_entry()
    page = window.pages.get(entry)
    if page is None:
        return
    page.show_reconnect(reason_key)
    window.jump_to(entry)
    if window.current_step_id() != entry:
        # The pages before could not be walked (something changed): start the wizard there.
        window.setStartId(window.page_id(entry))
        window.restart()
