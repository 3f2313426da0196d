"""Shared set-up for the step 16 tests: a store connected the way steps 13-14 leave it, and
the real ImportPage inside a QWizard (a page before it, so Back exists, and one after it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWizard, QWizardPage

from wizard.appdata import secrets
from wizard.appdata.paths import AppPaths, resolve_paths
from wizard.appdata.settings import Settings
from wizard.flow.steps import step
from wizard.sandbox import SandboxServer
from wizard.sandbox.practice_login import practice_login
from wizard.ui.context import WizardContext
from wizard.ui.pages.products.page import ImportPage


@dataclass
class Store:
    server: SandboxServer
    paths: AppPaths
    settings: Settings


def connect_store(server: SandboxServer, practice: bool = False) -> Store:
    """Settings and password-store entries as Install (step 13) and Log in (step 14) leave
    them: Shop ID and API Key in the settings file, API Secret and tokens in the keyring."""
    paths = resolve_paths().ensure()
    account = server.account
    settings = Settings(
        language="en",
        mode="practice" if practice else "real",
        store_name=account.shop_name,
        shop_id=str(account.shop_id),
        api_key=account.app_key,
    )
    settings.save(paths.settings_file)
    secrets.save_api_secret(account.app_key, account.app_secret)
    secrets.save_token(account.app_key, practice_login(server))
    return Store(server, paths, settings)


@dataclass
class Host:
    wizard: QWizard
    page: ImportPage
    ctx: WizardContext

    def close(self) -> None:
        self.page.runner.cancel()
        self.ctx.runner.wait(10_000)
        self.wizard.close()


def host_page(qtbot: Any, store: Store, practice: bool = False) -> Host:
    """The real step 16 page in a QWizard, entered with Next from the page before it."""
    ctx = WizardContext(store.paths, store.settings)
    ctx.profile = store.server.profile
    if practice:
        ctx.sandbox = store.server  # the practice platform the context would have started
    wizard = QWizard()
    wizard.setObjectName("hostWizard")
    page = ImportPage(ctx, step("step16"), wizard)
    wizard.addPage(QWizardPage(wizard))
    wizard.addPage(page)
    wizard.addPage(QWizardPage(wizard))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    assert wizard.currentPage() is page
    return Host(wizard, page, ctx)
