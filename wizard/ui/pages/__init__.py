"""The page registry: which class shows which step of wizard.flow.steps.STEPS.

Every page class is built as `cls(ctx: WizardContext, step: Step, parent=None)` and derives
from wizard.ui.pages.base.BasePage. Steps without an entry here are shown by GuidePage if
they are guide steps (welcome..step11). Registering a page for steps 12-17 is one line:

    "step12": "wizard.ui.pages.connect.credentials:CredentialsPage",

The wizard contains steps 12-17 only as far as they are registered without a gap; the last
page present is the final page (Finish). "done" is added after step17.
Classes are named as "module:Class" strings and imported when the window is built, so a
page's heavy imports (QtWebEngine) never slow down modules that only read this table.
"""

from __future__ import annotations

import importlib

from wizard.flow.steps import STEPS

PAGES: dict[str, str] = {
    "welcome": "wizard.ui.pages.welcome:WelcomePage",
    "qualified": "wizard.ui.pages.qualified:QualifiedPage",
    "upgrade": "wizard.ui.pages.qualified:UpgradePage",
    "reach": "wizard.ui.pages.reach:ReachPage",
    # Steps 12-17 (their owners add one line each here):
    "step12": "wizard.ui.pages.connect.credentials:CredentialsPage",
    "step13": "wizard.ui.pages.connect.install:InstallPage",
    "step14": "wizard.ui.pages.connect.login:LoginPage",
    "step15": "wizard.ui.pages.connect.connected:ConnectedPage",
    "step16": "wizard.ui.pages.products.page:ImportPage",
    "step17": "wizard.ui.pages.sync.page:SyncPage",
    "done": "wizard.ui.pages.done:DonePage",
}

GUIDE_PAGE = "wizard.ui.pages.guide:GuidePage"
# Steps shown by GuidePage when nothing else is registered for them.
GUIDE_STEPS = tuple(f"step{n:02d}" for n in range(1, 12))
LATER_STEPS = tuple(f"step{n:02d}" for n in range(12, 18))


def page_spec(step_id: str) -> str | None:
    if step_id in PAGES:
        return PAGES[step_id]
    if step_id in GUIDE_STEPS:
        return GUIDE_PAGE
    return None


def page_sequence() -> list[str]:
    """Step ids of the pages the wizard contains, in order."""
    ids: list[str] = []
    for s in STEPS:
        if s.id in LATER_STEPS and s.id not in PAGES:
            break  # a gap: the wizard ends before it
        if s.id == "done" and LATER_STEPS[-1] not in ids:
            break
        if page_spec(s.id) is not None:
            ids.append(s.id)
    return ids


def page_class(step_id: str) -> type:
    """The page class for `step_id` (imports its module)."""
    spec = page_spec(step_id)
    if spec is None:
        raise KeyError(step_id)
    module_name, _, class_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), class_name)
