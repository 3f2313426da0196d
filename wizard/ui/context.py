"""WizardContext: what every page gets. Paths, settings, progress, the endpoint profile, the
practice sandbox (if any) and the worker runner, plus signals for the things that change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wizard.appdata.background_writer import BackgroundWriter, json_copy
from wizard.appdata.paths import AppPaths
from wizard.appdata.settings import Settings
from wizard.flow.navigation import Flow, SellerAnswers
from wizard.flow.position import Position
from wizard.ui.pages import page_sequence
from wizard.ui.worker import WorkerRunner

if TYPE_CHECKING:
    from wizard.jdid import EndpointProfile
    from wizard.sandbox.config import PracticeAccount
    from wizard.store.practice_platform import PracticePlatform
    from wizard.ui.reachability import ReachabilityCheck
    from wizard.ui.worker import Task

log = logging.getLogger(__name__)

SAVE_WAIT_S = 10.0  # how long a closing window waits for its settings and progress to be written


class WizardContext(QObject):
    """Shared state of one wizard window.

    Fields: `paths` (AppPaths), `settings` (Settings, non-secret), `progress` (Position: where
    the seller is, saved),
    `runner` (WorkerRunner), `profile` (wizard.jdid.EndpointProfile or None while the practice
    sandbox is still starting), `sandbox` (the running practice platform in practice mode, a
    wizard.store.practice_platform.PracticePlatform: a child process; else None), `language`
    ("id"/"en", the one showing), `sandbox_error` (the exception if the sandbox could not
    start), `url_opener` (how links open; tests replace it).
    `answers` (the seller's answers, wizard.flow.navigation.SellerAnswers) and `flow` (the
    navigation the window and the side panel ask).
    Signals: `profile_changed(object)` (new profile or None), `settings_changed()`,
    `language_changed(str)`, `jump_requested(str)` (a page's "go to step N" button: the
    window goes there if the flow allows it), `login_requested()` (start the JD.ID login
    again, once step 14 shows).
    """

    profile_changed = Signal(object)
    settings_changed = Signal()
    language_changed = Signal(str)
    jump_requested = Signal(str)
    login_requested = Signal()
    link_not_opened = Signal(str, str)  # url, reason (wizard.ui.link_notice)

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings | None = None,
        progress: Position | None = None,
        runner: WorkerRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings or Settings()
        self.progress = progress or Position()
        # Settings and progress are written by a thread of their own: the fsync of a save
        # never holds the window (flush_saves waits for them, shutdown does at the end).
        self.writer = BackgroundWriter()
        self._saved_progress: dict[str, Any] | None = json_copy(self.progress.to_dict())  # on disk
        self.runner = runner or WorkerRunner(self)
        self.language = self.settings.language or "en"  # the language showing now
        self.answers = SellerAnswers(
            shop_id=self.settings.shop_id,
            api_key=self.settings.api_key,
            store_name=self.settings.store_name,
            qualified=self.progress.answers.get("qualified"),
        )
        self.flow = Flow(page_sequence(), self.answers, practice=lambda: self.practice)
        self.profile: EndpointProfile | None = None
        self.sandbox: PracticePlatform | None = None
        self.sandbox_error: BaseException | None = None
        self._sandbox_task: Task | None = None
        self._reachability: ReachabilityCheck | None = None
        self._shut_down = False
        # How links open; tests replace it to see which address a button would open. It
        # returns False when no browser started (None counts as started).
        self.url_opener: Callable[[str], bool | None] = _open_in_browser

    def open_url(self, url: str, *, own_fallback: bool = False) -> bool:
        """Open `url` in the seller's browser: the one way links open. False when it did
        not: in practice mode for JD.ID's own sites (closed; never opened), or when no
        browser started. Then `link_not_opened` says why, so the window tells the seller
        with the address (wizard.ui.link_notice) -- unless `own_fallback`: the caller shows
        the page itself (the practice consoles' own window)."""
        from wizard.ui.link_notice import NO_BROWSER, PRACTICE, is_jdid_site

        if self.practice and is_jdid_site(url):
            log.info("practice mode: not opening %s", url)
            self.link_not_opened.emit(url, PRACTICE)
            return False
        log.info("opening %s in the browser", url)
        if self.url_opener(url) is False:
            log.warning("no browser opened %s", url)
            if not own_fallback:
                self.link_not_opened.emit(url, NO_BROWSER)
            return False
        return True

    # ----- mode and endpoint profile -------------------------------------------------------
    @property
    def practice(self) -> bool:
        return self.settings.mode == "practice"

    def shop_name(self, shop_id: str) -> str:
        """The store's name for `shop_id`: the practice store's own, or for a real store the
        name the seller gave in step 7 (the App Name is the store's name); "" if unknown."""
        account = self.practice_account
        if account is not None:
            if str(account.shop_id) == shop_id:
                return str(account.shop_name)
            if str(getattr(account, "other_shop_id", "")) == shop_id:
                return str(account.other_shop_name)
            return ""
        return self.settings.store_name if shop_id == self.settings.shop_id else ""

    @property
    def practice_account(self) -> PracticeAccount | None:
        """The sandbox's PracticeAccount (seller email/password, Shop ID, keys) or None."""
        return getattr(self.sandbox, "account", None)

    def set_mode(self, mode: str) -> None:
        """Switch between "practice" and "real"; starts or stops the sandbox in a worker."""
        if mode not in ("practice", "real"):
            raise ValueError(mode)
        changed = mode != self.settings.mode
        self.settings.mode = mode
        if changed:
            self.save_settings()
        self.apply_mode()

    def start_mode(self) -> None:
        """At start-up: start the sandbox in practice mode; in real mode use the production
        profile unless one was set already (tests point real mode at a sandbox)."""
        if self.practice or self.profile is None:
            self.apply_mode()

    def apply_mode(self) -> None:
        if self.practice:
            self._start_sandbox()
        else:
            self._stop_sandbox()
            self._set_profile(_real_profile(self.settings))

    def remember_profile(self, profile: EndpointProfile | None) -> None:
        """Use `profile` (a checked EndpointProfile; None = JD.ID's own) for the real store
        from now on, also after a restart; in real mode at once."""
        from wizard.jdid.profiles import PRODUCTION, profile_to_dict

        is_default = profile is None or profile == PRODUCTION
        self.settings.profile = {} if is_default else profile_to_dict(profile)
        self.save_settings()
        if not self.practice and self.profile is not None:
            self._set_profile(_real_profile(self.settings))

    @property
    def reachability(self) -> ReachabilityCheck:
        """The platform check (wizard.ui.reachability.ReachabilityCheck), made when first
        needed so it costs nothing before the window shows."""
        if self._reachability is None:
            from wizard.ui.reachability import ReachabilityCheck

            self._reachability = ReachabilityCheck(self)
        return self._reachability

    def _set_profile(self, profile: EndpointProfile | None) -> None:
        if profile != self.profile:
            self.profile = profile
            self.profile_changed.emit(profile)

    def _start_sandbox(self) -> None:
        if self._shut_down:
            return
        if self.sandbox is not None:
            self._set_profile(self.sandbox.profile)
            return
        if self._sandbox_task is not None:
            return
        self._set_profile(None)
        self.sandbox_error = None
        self._sandbox_task = self.runner.run(
            practice_sandbox,  # the same practice store (and state file) as `import --sandbox`
            self.paths,
            # The seller does steps 3-10 in the practice console (or has them done, one
            # click a step); a console saved by an earlier run is kept as it was.
            console_ready=False,
            on_result=self._sandbox_started,
            on_error=self._sandbox_failed,
            name="start practice sandbox",
        )

    def _sandbox_started(self, server: PracticePlatform) -> None:
        self._sandbox_task = None
        if self._shut_down:  # arrived after the window closed
            server.stop()
            return
        if not self.practice:  # the seller switched back to real mode meanwhile
            self.runner.run(server.stop, name="stop practice sandbox")
            return
        self.sandbox = server
        log.info("practice sandbox running at %s", server.base_url)
        self._set_profile(server.profile)

    def _sandbox_failed(self, exc: BaseException) -> None:
        self._sandbox_task = None
        self.sandbox_error = exc
        log.error("practice sandbox could not start: %s", type(exc).__name__)
        self.profile_changed.emit(None)

    def _stop_sandbox(self) -> None:
        server, self.sandbox = self.sandbox, None
        if server is not None:
            server.stop()

    def shutdown(self) -> None:
        """Stop the sandbox, wait for workers and write what waits to be saved (called when
        the window closes)."""
        self._shut_down = True
        if self._reachability is not None:
            self._reachability.stop()  # a check waiting for a silent host ends at once
        self.runner.wait(5000)
        # A sandbox that finished starting meanwhile is handed over by a queued signal:
        # deliver it, so it is stopped below instead of left running.
        QCoreApplication.sendPostedEvents()
        self._stop_sandbox()
        if not self.writer.close(SAVE_WAIT_S):  # a disk that hangs must not keep the app open
            log.error(
                "settings or progress not written within %s s; the earlier files stay", SAVE_WAIT_S
            )

    # ----- persistence ---------------------------------------------------------------------
    def save_settings(self) -> None:
        """Save the settings (written by the writer thread; the file replaced whole)."""
        self.writer.save_json(self.paths.settings_file, self.settings.to_dict(), _settings_failed)
        self.settings_changed.emit()

    def save_progress(self) -> None:
        """Save where the seller is (written by the writer thread), unless unchanged."""
        # Unchanged since it was read or last written: no write (a reopened wizard would
        # otherwise write, and fsync, its progress before the first page shows).
        current = self.progress.to_dict()
        if current == self._saved_progress:
            return
        self._saved_progress = self.writer.save_json(
            self.paths.progress_file, current, self._progress_failed
        )

    def flush_saves(self, timeout: float | None = None) -> bool:
        """Wait until the settings and progress saved so far are on disk: for whatever reads
        the files (the diagnostics zip, in a worker). False if `timeout` (s) passed first."""
        return self.writer.flush(timeout)

    def _progress_failed(self, exc: OSError) -> None:
        # Writer thread. The next save writes again, even if nothing changes meanwhile.
        log.error("could not save progress: %s", exc)
        self._saved_progress = None


def _settings_failed(exc: OSError) -> None:
    log.error("could not save settings: %s", exc)


def practice_sandbox(paths: AppPaths, **config: Any) -> PracticePlatform:
    """wizard.store.target.practice_platform (the practice sandbox in a child process, so
    its server threads never take the interpreter from the window), imported when first
    used: after the first paint."""
    from wizard.store.target import practice_platform as start

    return start(paths, **config)


def _open_in_browser(url: str) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from wizard.ui.qtenv import child_env

    with child_env.restored():  # the installed app's library paths are not the browser's
        return bool(QDesktopServices.openUrl(QUrl(url)))


def _real_profile(settings: Settings) -> EndpointProfile:
    """The remembered profile (wizard.store.target.real_profile), else JD.ID's own."""
    from wizard.store.target import real_profile

    return real_profile(settings)
